"""The bundled sample batch vets as the law says (expectations worked out by hand, not by the engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.readers import read
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
EXPECTED = json.loads((ROOT / "tests/data/sample_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc():
    return Vetter(load()).document(read(SAMPLE))


def test_every_claim_and_line_as_expected(doc):
    assert {c.claim_id for c in doc.claims} == set(EXPECTED)
    for claim in doc.claims:
        want = EXPECTED[claim.claim_id]
        assert claim.decision == want["decision"], claim.claim_id
        assert sorted({f.reason for f in claim.findings if f.outcome == "fail"}) == sorted(want["claim_reasons"])
        for line in claim.lines:
            exp = want["lines"][line.line_id]
            got = sorted({f.reason for f in line.findings if f.outcome == "fail"})
            assert (line.decision, got, line.eligible_amount) == (exp["decision"], sorted(exp["reasons"]),
                                                                  exp["eligible_amount"]), (claim.claim_id, line.line_id)


def test_records_follow_the_contract(doc):
    assert doc.rulebook.digest.startswith("sha256:") and len(doc.rulebook.digest) == 71
    for claim in doc.claims:
        for line in claim.lines:
            assert line.findings
            if line.decision == "approve":
                # The clause that makes the content eligible (Art. 23/24 of 46/2022, 78/79 of 55/2023, or the
                # component content 10 of Art. 14 of 60/2026 for costs from 31/05/2026 outside extended tasks).
                eligibility = [c for f in line.findings for c in f.citations
                               if (c.instrument, c.article) in {("46/2022/TT-BTC", 23), ("46/2022/TT-BTC", 24),
                                                                ("55/2023/TT-BTC", 78), ("55/2023/TT-BTC", 79),
                                                                ("60/2026/TT-BTC", 14)}]
                assert eligibility and all(c.clause for c in eligibility), (claim.claim_id, line.line_id)
            for f in line.findings:
                assert (f.outcome == "fail") == (f.reason is not None)


def test_the_reason_codes_the_sample_must_show(doc):
    reasons = {f.reason for c in doc.claims for f in c.findings} | {
        f.reason for c in doc.claims for l in c.lines for f in l.findings}
    assert reasons - {None} >= {"over_ceiling", "ineligible", "wrong_subproject", "outside_period", "over_duration",
                                "over_budget", "arithmetic_mismatch", "missing_document", "duplicate",
                                "missing_information", "manual_review"}


def test_the_three_kinds_of_flag_are_kept_apart(doc):
    """Every flagged line has one kind; a line whose only failures ask for a blank is missing information."""
    kinds = {l.flag_kind for c in doc.claims for l in c.lines if l.decision == "flag"}
    assert kinds == {"violation", "missing_information", "manual_review"}
    for claim in doc.claims:
        for line in claim.lines:
            failed = {f.reason for f in line.findings if f.outcome == "fail"}
            assert (line.flag_kind is None) == (line.decision == "approve")
            if failed and failed <= {"missing_information"}:
                assert line.flag_kind == "missing_information" and line.eligible_amount == 0


def test_succession_cites_46_then_55(doc):
    by_id = {c.claim_id: c for c in doc.claims}
    before, after = by_id["QN-SLDTBXH-2023-001"], by_id["QN-SLDTBXH-2023-002"]
    assert before.lines[0].incurred_on.isoformat() == "2023-08-14"
    assert after.lines[0].incurred_on.isoformat() == "2023-08-15"
    cited = lambda c: {x.instrument for f in c.lines[0].findings for x in f.citations}
    assert "46/2022/TT-BTC" in cited(before) and "55/2023/TT-BTC" not in cited(before)
    assert "55/2023/TT-BTC" in cited(after) and "46/2022/TT-BTC" not in cited(after)


def test_over_budget_caps_the_claim_at_the_envelope(doc):
    crossing = next(c for c in doc.claims if any(f.reason == "over_budget" for f in c.findings))
    spent = sum(c.eligible_amount for c in doc.claims if c.unit_code == "SLDTBXH" and c.subproject == "TDA2"
                and c.claim_id.startswith("QN-SLDTBXH-2022"))
    assert spent == 685_281_000
    assert crossing.eligible_amount < crossing.claimed_amount
