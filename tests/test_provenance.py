"""Every finding says where its figure comes from and how sure that is."""

from __future__ import annotations

from compliance.vocabulary import SECONDARY_NOTE, UNVERIFIED_NOTE
from compliance.models import Claim
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

BOOK = load()


def _line(category: str, price: int, attributes: dict, day: str = "2022-11-15") -> dict:
    claim = Claim.model_validate({
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1", "activity": {"kind": "conference", "start_date": day},
        "line_items": [{"line_id": "1", "category": category, "quantity": 10, "unit_price": price,
                        "amount": 10 * price, "attributes": attributes}],
    })
    return Vetter(BOOK, "reference").judge_claim(claim).lines[0]


def test_a_percentage_rule_marked_unverified_says_so_even_on_a_secondary_figure():
    line = _line("interpretation", 125_000, {"in_house": True, "interpretation_mode": "ordinary"})
    in_house = next(f for f in line.findings if f.rule_id == "tt46.d4.phien_dich_noi_bo")
    assert in_house.outcome == "pass" and in_house.limit == 125_000  # 50 % of 250.000 đ/giờ
    assert in_house.basis.verification == "secondary"  # the TT71 rate itself
    assert in_house.message.endswith(UNVERIFIED_NOTE)  # the 50 % rule of Circular 46 is unverified


def test_a_rule_and_figure_from_secondary_sources_say_so_but_not_unverified():
    line = _line("per_diem", 200_000, {})
    per_diem = next(f for f in line.findings if f.rule_id == "tt40.d6.k1")
    assert per_diem.basis.verification == "secondary" and per_diem.basis.rate_id == "tt40.per_diem"
    assert UNVERIFIED_NOTE not in per_diem.message and per_diem.message.endswith(SECONDARY_NOTE)
    assert [c.label for c in per_diem.citations] == ["khoản 1 Điều 6 Thông tư 40/2017/TT-BTC"]


def test_the_provinces_own_plan_is_the_text_itself_and_carries_no_source_note():
    claim = Claim.model_validate({
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1", "activity": {"kind": "training", "title": "Lớp tập huấn", "start_date": "2022-11-15"},
        "line_items": [{"line_id": "1", "category": "per_diem", "quantity": 1, "unit_price": 200_000,
                        "amount": 200_000}],
    })
    record = Vetter(BOOK, "reference").judge_claim(claim)
    plan = next(f for f in record.findings if f.rule_id == "qn2022.tap_huan.thoi_gian")
    assert plan.basis.verification == "official_text"
    assert not plan.message.endswith((SECONDARY_NOTE, UNVERIFIED_NOTE))


def test_a_figure_from_an_amending_circular_is_cited_too():
    line = _line("per_diem", 300_000, {}, day="2025-05-04")
    per_diem = next(f for f in line.findings if f.rule_id == "tt40.d6.k1")
    assert per_diem.outcome == "pass" and per_diem.limit == 300_000
    assert "khoản 3 Điều 1 Thông tư 12/2025/TT-BTC" in [c.label for c in per_diem.citations]
