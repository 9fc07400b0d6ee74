"""The Mã NDKT rules (rules/tt324-2016, rules/tt130-2025) and the order totals (ktoan.d16.tong_cong,
nd11.d7.danh_sach_chi_tra, nd347.d6.k2.b.danh_sach_chi_tra):

- a blank code or total is never asked for and never flagged (claims in the office's own template carry none);
- the circular is chosen by the claim's budget year, not by the date: Circular 324/2016 for 2018-2025, Circular
  130/2025 from 2026, nothing before 2018;
- every category but `other` has exactly one Mục rule per circular, and each accepts every Tiểu mục of its Mục,
  the "khác" one (…49, …99) included;
- only a rule read in a (secondary) source concludes a violation; the Mục sets and all of Circular 130/2025 are
  unverified and send the line to manual review.
"""

from __future__ import annotations

import datetime as dt
import typing

import pytest

from compliance.rulebook import conditions as c
from compliance.models import Category, Claim, flag_kind
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

BOOK = load()
VETTER = Vetter(BOOK, "reference")
CATEGORIES = typing.get_args(Category)
NDKT = ("tt324.", "tt130.")
TOTALS = {"ktoan.d16.tong_cong", "nd11.d7.danh_sach_chi_tra", "nd347.d6.k2.b.danh_sach_chi_tra"}
# budget year -> the day of the activity (a 2025 order written in January 2026, a 2026 one for December 2025)
YEARS = {2017: dt.date(2017, 11, 15), 2022: dt.date(2022, 11, 15), 2025: dt.date(2026, 1, 15),
         2026: dt.date(2025, 12, 15), 2027: dt.date(2027, 3, 1)}


def _claim(fiscal_year: int, day: dt.date, lines: list[dict], attributes: dict | None = None) -> Claim:
    return Claim.model_validate({
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "level": "province"}, "fiscal_year": fiscal_year,
        "subproject": "TDA1", "activity": {"kind": "conference", "start_date": day.isoformat()},
        "attributes": attributes or {},
        "line_items": [{"line_id": str(i + 1), "quantity": 1, "unit_price": 100_000, "amount": 100_000, **line}
                       for i, line in enumerate(lines)],
    })


def _line_findings(claim: Claim) -> list:
    return [f for line in VETTER.judge_claim(claim).lines for f in line.findings]


@pytest.mark.parametrize("fiscal_year", sorted(YEARS))
def test_a_line_without_a_code_gets_no_ndkt_finding_and_no_question(fiscal_year):
    claim = _claim(fiscal_year, YEARS[fiscal_year], [{"category": cat} for cat in CATEGORIES])
    findings = _line_findings(claim)
    assert not [f.rule_id for f in findings if f.rule_id.startswith(NDKT)]
    assert not [f.message for f in findings if "Mã NDKT" in f.message or "attributes.ndkt" in f.message]


@pytest.mark.parametrize("fiscal_year", sorted(YEARS))
def test_a_claim_without_totals_gets_no_totals_finding(fiscal_year):
    record = VETTER.judge_claim(_claim(fiscal_year, YEARS[fiscal_year], [{"category": "per_diem"}]))
    assert not [f.rule_id for f in record.findings if f.rule_id in TOTALS]


@pytest.mark.parametrize("fiscal_year", sorted(YEARS))
def test_the_circular_follows_the_budget_year_not_the_date(fiscal_year):
    lines = [{"category": cat, "attributes": {"ndkt": 6702}} for cat in CATEGORIES]
    for line, record in zip(lines, VETTER.judge_claim(_claim(fiscal_year, YEARS[fiscal_year], lines)).lines):
        ids = [f.rule_id for f in record.findings if f.rule_id.startswith(NDKT)]
        prefix = None if fiscal_year < 2018 else "tt324.d4.k3." if fiscal_year <= 2025 else "tt130.ndkt."
        if prefix is None:
            assert ids == [], line
            continue
        assert all(i.startswith(prefix) for i in ids), ids
        fit = [i for i in ids if ".muc." in i]
        assert ids.count(prefix + "tieu_muc") == 1
        assert len(fit) == (0 if line["category"] == "other" else 1), (line["category"], fit)


def _fit_rules():
    for rule in BOOK.rules:
        if rule.id.startswith(NDKT) and ".muc." in rule.id:
            node = c.parse(rule.check.condition, "line")
            items = node.items if isinstance(node, c.Any_) else (node,)
            yield rule, sorted(item.value for item in items)


@pytest.mark.parametrize("rule,mucs", list(_fit_rules()), ids=lambda x: getattr(x, "id", ""))
def test_each_muc_rule_accepts_every_tieu_muc_of_its_muc_and_no_other(rule, mucs):
    category = rule.applies["category"]
    category = category["in"][-1] if isinstance(category, dict) else category
    fiscal_year = 2022 if rule.id.startswith("tt324.") else 2027
    codes = {m + k: True for m in mucs for k in (1, 9, 49)}  # first, an ordinary and the "khác" Tiểu mục
    codes |= {m - 1: m - 50 in mucs for m in mucs}  # the "khác" of the Mục before
    codes |= {m + 51: m + 50 in mucs for m in mucs}  # a Tiểu mục of the Mục after
    lines = [{"category": category, "attributes": {"ndkt": code}} for code in codes]
    records = VETTER.judge_claim(_claim(fiscal_year, YEARS[fiscal_year], lines)).lines
    for (code, accepted), record in zip(codes.items(), records):
        (found,) = [f for f in record.findings if f.rule_id == rule.id]
        assert (found.outcome == "pass") == accepted, (rule.id, code, found.message)
        if not accepted:
            assert f"Mã NDKT {code} thuộc mục {code - code % 50}" in found.message
            assert all(str(m) in found.message for m in mucs)


def test_only_rules_read_in_a_source_conclude_a_violation():
    for rule in BOOK.rules:
        if not rule.id.startswith(NDKT):
            continue
        if flag_kind([rule.reason]) == "violation":
            assert rule.verification in ("V", "S") and rule.id.startswith("tt324."), rule.id
        else:
            assert rule.reason == "manual_review" and rule.verification == "M", rule.id
            assert "cần đối chiếu" in rule.messages.fail, rule.id


@pytest.mark.parametrize("field,fiscal_year,rule_id", [
    ("declared_total", 2022, "ktoan.d16.tong_cong"), ("declared_total", 2027, "ktoan.d16.tong_cong"),
    ("payee_list_total", 2022, "nd11.d7.danh_sach_chi_tra"), ("payee_list_total", 2025, "nd11.d7.danh_sach_chi_tra"),
    ("payee_list_total", 2026, "nd347.d6.k2.b.danh_sach_chi_tra"),
])
def test_a_total_must_equal_the_sum_of_the_lines_to_the_dong(field, fiscal_year, rule_id):
    lines = [{"category": "per_diem"}, {"category": "travel"}]
    for total, outcome in ((200_000, "pass"), (200_001, "fail"), (199_999, "fail")):
        record = VETTER.judge_claim(_claim(fiscal_year, YEARS[fiscal_year], lines, {field: total}))
        found = [f for f in record.findings if f.rule_id in TOTALS]
        assert [(f.rule_id, f.outcome) for f in found] == [(rule_id, outcome)]
        assert found[0].actual == 200_000 and found[0].limit == total
        if outcome == "fail":
            assert found[0].reason == "arithmetic_mismatch" and record.eligible_amount == 0
