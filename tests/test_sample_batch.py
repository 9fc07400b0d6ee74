"""The bundled sample batch vets as the law says (expectations worked out by hand, not by the engine)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.readers import read
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter
from compliance.vocabulary import DECISION_VI, REASON_VI, money

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples/quang-nam-2022/claims.json"
EXPECTED = json.loads((ROOT / "tests/data/sample_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc():
    return Vetter(load()).document(read(SAMPLE))


def _outcome(decision: str, reasons, amount: int | None = None) -> str:
    said = DECISION_VI[decision] + (f" ({', '.join(REASON_VI[r] for r in sorted(reasons))})" if reasons else "")
    return said if amount is None else f"{said}, được thanh toán {money(amount)}"


def _differences(doc) -> list[str]:
    """Every claim and line whose outcome differs from the hand-derived expectation, in Vietnamese."""
    out = [f"hồ sơ {missing}: có trong tệp kết quả mong đợi nhưng không có trong lô mẫu"
           for missing in sorted(set(EXPECTED) - {c.claim_id for c in doc.claims})]
    for claim in doc.claims:
        want = EXPECTED.get(claim.claim_id)
        if want is None:
            out.append(f"hồ sơ {claim.claim_id}: chưa có kết quả mong đợi")
            continue
        got = (claim.decision, sorted({f.reason for f in claim.findings if f.outcome == "fail"}))
        if got != (want["decision"], sorted(want["claim_reasons"])):
            out.append(f"hồ sơ {claim.claim_id}: mong đợi {_outcome(want['decision'], want['claim_reasons'])}; "
                       f"nhận được {_outcome(*got)}")
        for line in claim.lines:
            exp = want["lines"][line.line_id]
            got_line = (line.decision, sorted({f.reason for f in line.findings if f.outcome == "fail"}), line.eligible_amount)
            if got_line != (exp["decision"], sorted(exp["reasons"]), exp["eligible_amount"]):
                out.append(f"hồ sơ {claim.claim_id}, khoản {line.line_id}: mong đợi "
                           f"{_outcome(exp['decision'], exp['reasons'], exp['eligible_amount'])}; nhận được {_outcome(*got_line)}")
    return out


def test_every_claim_and_line_as_expected(doc):
    differences = _differences(doc)
    assert not differences, (
        "Lô mẫu examples/quang-nam-2022/claims.json không còn cho kết quả đã tính tay trong "
        "tests/data/sample_expected.json:\n  " + "\n  ".join(differences) + "\nNếu thay đổi bộ quy tắc cố ý làm đổi "
        "các kết quả này, sửa đúng các mục đó trong tests/data/sample_expected.json (tính lại bằng tay theo văn bản) "
        "và nêu lý do khi gửi thay đổi; nếu không, thay đổi đã làm sai một hồ sơ của lô mẫu.")


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
