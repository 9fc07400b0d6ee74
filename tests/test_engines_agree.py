"""Differential property test: durable-rules and the reference evaluator give identical records."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

from strategies import batches

BOOK = load()
DURABLE = Vetter(BOOK, "durable")
REFERENCE = Vetter(BOOK, "reference")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches)
def test_durable_and_reference_agree(batch):
    durable = DURABLE.document(batch)
    reference = REFERENCE.document(batch)
    assert durable == reference


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches)
def test_decision_invariants(batch):
    doc = DURABLE.document(batch)
    for claim in doc.claims:
        assert 0 <= claim.eligible_amount <= claim.claimed_amount
        assert claim.decision == "approve" or any(
            f.outcome == "fail" for f in claim.findings) or any(l.decision == "flag" for l in claim.lines)
        for line in claim.lines:
            assert line.findings, "every line must carry the rules that judged it"
            assert 0 <= line.eligible_amount <= line.claimed_amount
            failed = [f for f in line.findings if f.outcome == "fail"]
            assert (line.decision == "approve") == (not failed)
            assert all(f.reason for f in failed)
            if line.decision == "approve":
                assert line.eligible_amount == line.claimed_amount
