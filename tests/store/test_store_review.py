"""The review queue, claim detail, dispositions and the batch summary."""

from __future__ import annotations

import pytest

from compliance.models import flag_kind
from compliance.store import (NotFound, PermissionDenied, QueueFilter, StoreError, claim_detail, queue, resolve,
                              save_batch, summary)


@pytest.fixture
def saved(store, people, sample, book):
    claims, doc, inputs = sample
    return save_batch(store, doc, claims, inputs, people["finance"], book=book), doc


def flagged_items(doc):
    """The flagged items the document implies: each flagged line, and each claim with failed own checks."""
    items = {(c.claim_id, l.line_id) for c in doc.claims for l in c.lines if l.decision == "flag"}
    items |= {(c.claim_id, None) for c in doc.claims if any(f.outcome == "fail" for f in c.findings)}
    return items


def test_queue_holds_every_flag_sorted_by_amount_at_risk(store, saved):
    _, doc = saved
    rows = queue(store)
    assert {(r.claim_id, r.line_id) for r in rows} == flagged_items(doc)
    assert [r.at_risk for r in rows] == sorted((r.at_risk for r in rows), reverse=True)
    lines = {(c.claim_id, l.line_id): l for c in doc.claims for l in c.lines}
    for r in rows:
        if r.line_id is not None:
            line = lines[(r.claim_id, r.line_id)]
            assert r.at_risk == line.claimed_amount - line.eligible_amount
            assert set(r.reasons) == {f.reason for f in line.findings if f.outcome == "fail"}
        assert r.status == "open" and r.last is None
    # Money at risk adds up to the batch's: claimed − eligible.
    assert sum(r.at_risk for r in rows) == sum(c.claimed_amount - c.eligible_amount for c in doc.claims)


@pytest.mark.parametrize("filters, check", [
    (QueueFilter(unit="SLDTBXH"), lambda r: r.unit_code == "SLDTBXH"),
    (QueueFilter(reason="over_ceiling"), lambda r: "over_ceiling" in r.reasons),
    (QueueFilter(subproject="TDA2"), lambda r: r.subproject == "TDA2"),
    (QueueFilter(clause="điều 12 thông tư 40/2017"), lambda r: any("Điều 12 Thông tư 40/2017" in c for c in r.clauses)),
    (QueueFilter(unit="SLDTBXH", reason="over_ceiling"), lambda r: r.unit_code == "SLDTBXH" and "over_ceiling" in r.reasons),
])
def test_filters(store, saved, filters, check):
    everything = queue(store, QueueFilter(status="all"))
    picked = queue(store, filters)
    assert picked, "the sample has items for every filter here"
    assert picked == [r for r in everything if check(r)]


def test_dispositions_keep_their_history(store, saved, people):
    auditor = people["auditor"]
    item = next(r for r in queue(store) if r.line_id is not None)
    resolve(store, auditor, item.claim_id, item.line_id, "request_documents", "documents_missing", "Bổ sung hợp đồng")
    waiting = [r for r in queue(store) if (r.claim_id, r.line_id) == (item.claim_id, item.line_id)]
    assert waiting and waiting[0].status == "waiting"  # still open: documents were requested
    resolve(store, auditor, item.claim_id, item.line_id, "overturn", "corrected_by_submitter", "Đã có hợp đồng số 12/HĐ")
    assert (item.claim_id, item.line_id) not in {(r.claim_id, r.line_id) for r in queue(store)}
    resolved = queue(store, QueueFilter(status="resolved"))
    assert [(r.claim_id, r.line_id, r.last.action, r.last.actor) for r in resolved] == [
        (item.claim_id, item.line_id, "overturn", "lan")]
    detail = claim_detail(store, item.claim_id)
    line = next(i for i in detail.items if i.line_id == item.line_id)
    assert [(d.action, d.reason, d.note) for d in line.history] == [
        ("request_documents", "documents_missing", "Bổ sung hợp đồng"),
        ("overturn", "corrected_by_submitter", "Đã có hợp đồng số 12/HĐ")]
    assert line.status == "resolved"


def test_claim_level_flags_are_settled_without_a_line(store, saved, people):
    item = next(r for r in queue(store) if r.line_id is None)
    resolve(store, people["auditor"], item.claim_id, None, "confirm", "confirmed_violation", "Vượt dự toán")
    detail = claim_detail(store, item.claim_id)
    assert detail.items[0].line_id is None and detail.items[0].history[0].action == "confirm"


def test_who_may_resolve_and_what(store, saved, people):
    _, doc = saved
    item = queue(store)[0]
    with pytest.raises(PermissionDenied):
        resolve(store, people["finance"], item.claim_id, item.line_id, "overturn", "in_policy", "x")
    resolve(store, people["admin"], item.claim_id, item.line_id, "overturn", "in_policy", "quản trị xử lý")
    approved = next((c.claim_id, l.line_id) for c in doc.claims for l in c.lines if l.decision == "approve")
    with pytest.raises(StoreError, match="đã được duyệt"):
        resolve(store, people["auditor"], *approved, "confirm", "confirmed_violation", "x")
    with pytest.raises(NotFound):
        resolve(store, people["auditor"], "KHONG-CO", "1", "confirm", "confirmed_violation", "x")
    with pytest.raises(StoreError, match="mã lý do"):
        resolve(store, people["auditor"], item.claim_id, item.line_id, "confirm", "vi_sao", "x")
    with pytest.raises(StoreError, match="ghi chú"):
        resolve(store, people["auditor"], item.claim_id, item.line_id, "confirm", "confirmed_violation", "  ")


def test_claim_detail_carries_clause_text_and_rate_source(store, saved):
    _, doc = saved
    flagged = next(c for c in doc.claims for l in c.lines if l.decision == "flag")
    detail = claim_detail(store, flagged.claim_id)
    assert detail.record == flagged and detail.submitted["claim_id"] == flagged.claim_id
    views = [v for item in detail.items for v in item.findings]
    cited = [v for v in views if v.finding.citations]  # rules of the rulebook (the fallbacks cite nothing)
    assert cited and all(v.rule_text and v.rule_title for v in cited)
    assert any(v.finding.basis and v.finding.basis.source for v in views)
    with pytest.raises(NotFound):
        claim_detail(store, "KHONG-CO")


def test_summary_adds_up(store, saved):
    result, doc = saved
    s = summary(store, result.batch_id)
    assert s.totals.claimed_amount == sum(c.claimed_amount for c in doc.claims)
    assert s.totals.eligible_amount == sum(c.eligible_amount for c in doc.claims)
    for groups in (s.by_unit, s.by_subproject):
        assert sum(g.claimed_amount for g in groups) == s.totals.claimed_amount
        assert sum(g.at_risk for g in groups) == s.totals.at_risk
        assert sum(g.items for g in groups) == s.totals.items == len(flagged_items(doc))
    assert {g.key for g in s.by_reason} == {f.reason for c in doc.claims for l in [c, *c.lines]
                                            for f in l.findings if f.outcome == "fail"}
    assert sum(g.at_risk for g in s.by_reason) >= s.totals.at_risk  # an item may count under several reasons
    assert s.open_items == s.totals.items


def kinds_of(doc):
    """The kind of flag of each flagged item the document implies (from the engine's `flag_kind` of a line)."""
    kinds = {(c.claim_id, l.line_id): l.flag_kind for c in doc.claims for l in c.lines if l.decision == "flag"}
    kinds |= {(c.claim_id, None): flag_kind(f.reason for f in c.findings if f.outcome == "fail")
              for c in doc.claims if any(f.outcome == "fail" for f in c.findings)}
    return kinds


def test_each_item_has_one_kind_and_the_queue_filters_by_it(store, saved):
    _, doc = saved
    everything = queue(store, QueueFilter(status="all"))
    assert {(r.claim_id, r.line_id): r.kind for r in everything} == kinds_of(doc)
    assert len({r.kind for r in everything}) >= 2, "the sample has more than one kind of flag"
    for kind in ("violation", "missing_information", "manual_review"):
        assert queue(store, QueueFilter(status="all", kind=kind)) == [r for r in everything if r.kind == kind]
    assert queue(store, QueueFilter(kind="manual_review", reason="no_applicable_rule")) == [
        r for r in queue(store) if r.kind == "manual_review" and "no_applicable_rule" in r.reasons]
    with pytest.raises(StoreError, match="loại cờ"):
        queue(store, QueueFilter(kind="vi_pham"))
    item = next(r for r in everything if r.line_id is not None)
    detail = claim_detail(store, item.claim_id)
    assert {i.line_id: i.kind for i in detail.items if i.decision == "flag"} == {
        line_id: kind for (claim_id, line_id), kind in kinds_of(doc).items() if claim_id == item.claim_id}


def test_summary_by_kind_adds_up(store, saved):
    result, doc = saved
    s = summary(store, result.batch_id)
    assert [g.key for g in s.by_kind] == ["violation", "missing_information", "manual_review"]
    expected = {k: [0, 0] for k in ("violation", "missing_information", "manual_review")}
    for r in queue(store, QueueFilter(status="all", batch_id=result.batch_id)):
        expected[kinds_of(doc)[(r.claim_id, r.line_id)]][0] += 1
        expected[kinds_of(doc)[(r.claim_id, r.line_id)]][1] += r.at_risk
    assert {g.key: [g.items, g.at_risk] for g in s.by_kind} == expected
    assert sum(g.items for g in s.by_kind) == s.totals.items
    assert sum(g.at_risk for g in s.by_kind) == s.totals.at_risk  # each item counts under one kind
