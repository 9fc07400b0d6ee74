"""The check table ("Bảng kiểm tra") of the Excel report: the columns of the treasury payment order
C2-02a/NS, then the appraisal's basis, accepted amount, difference, classification and recommendation;
printable on A4 landscape. Expectations come from the claims and the decision document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import FLAG_KIND, Claim, DecisionDocument, Finding
from compliance.models import FLAG_KINDS as KINDS
from compliance.readers import read
from compliance.reports.appraisal import REASON_ORDER, appraisal, strongest_failure
from compliance.reports.xlsx import CHECK_SHEET, write_report
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter
from compliance.vocabulary import APPRAISAL_CLASS_VI, CATEGORY_VI, RECOMMENDATION_VI

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_JSON = ROOT / "examples/quang-nam-2022/claims.json"
HEADERS = ("Khoản", "Nội dung thanh toán", "Số hóa đơn", "Ngày hóa đơn", "Số chứng từ", "Ngày chứng từ", "Mã NDKT",
           "Mã ngành KT", "Mã nguồn NSNN", "Số tiền", "Căn cứ", "Mức chấp nhận", "Chênh lệch", "Phân loại", "Kiến nghị")
COL = {name: index for index, name in enumerate(HEADERS)}
HEADER_ROW = 4


def _claim(**changes) -> dict:
    claim = {
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "name": "Sở LĐTBXH", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1",
        "activity": {"kind": "training", "title": "Lớp tập huấn cán bộ", "start_date": "2022-11-08",
                     "end_date": "2022-11-09", "organiser_level": "province",
                     "venue": {"name": "Tam Kỳ", "kind": "provincial_city"}, "participants": 60},
        "line_items": [],
    }
    claim.update(changes)
    return claim


def _line(line_id: str, quantity: int, price: int, payee: str, **changes) -> dict:
    line = {"line_id": line_id, "category": "per_diem", "description": f"Phụ cấp lưu trú ({payee})",
            "quantity": quantity, "unit": "người-ngày", "unit_price": price, "amount": quantity * price,
            "incurred_on": "2022-11-08", "payee": {"name": payee, "salaried": True},
            "documents": [{"kind": "approval_decision", "number": "12/QĐ", "date": "2022-11-01"}]}
    line.update(changes)
    return line


ORDER_LINE = _line("1", 2, 200_000, "Nguyễn Văn A", documents=[
    {"kind": "approval_decision", "number": "12/QĐ", "date": "2022-11-01"},
    {"kind": "invoice", "number": "0000123", "date": "2022-11-08"},
    {"kind": "invoice", "number": "0000999", "date": "2022-11-09"},
    {"kind": "payment_voucher", "number": "PC-07", "date": "2022-11-10"},
    {"kind": "payment_voucher", "number": "PC-08", "date": "2022-11-11"}],
    attributes={"ndkt": 6704, "nganh_kt": "398", "nguon_nsnn": "12"})


@pytest.fixture(scope="module")
def book():
    return load()


@pytest.fixture(scope="module")
def small(book) -> tuple[list[Claim], DecisionDocument]:
    """HS-1: a line as a payment order carries it (invoices, vouchers, budget codes) and a line over the
    per-diem ceiling; HS-2: the same lines in a training that ends after the plan's period (a claim-level flag)."""
    data = [
        _claim(line_items=[ORDER_LINE, _line("2", 2, 300_000, "Trần Thị B")]),
        _claim(claim_id="HS-2", activity={**_claim()["activity"], "start_date": "2022-12-30", "end_date": "2023-01-02"},
               line_items=[_line("1", 2, 200_000, "Lê C", incurred_on="2022-12-30"),
                           _line("2", 2, 300_000, "Phạm D", incurred_on="2022-12-30")]),
    ]
    claims = [Claim.model_validate(item) for item in data]
    return claims, Vetter(book, "reference").document(claims)


def _sheet(doc, tmp_path, claims=None, **options):
    path = tmp_path / "r.xlsx"
    write_report(doc, path, claims, **options)
    return openpyxl.load_workbook(path)[CHECK_SHEET]


def _rows(ws) -> dict[tuple[str, str], tuple]:
    """(claim id, line id or "(hồ sơ)" or "Cộng") -> row values, following the claim heading rows."""
    rows, claim = {}, None
    for values in ws.iter_rows(min_row=HEADER_ROW + 2, values_only=True):
        text = values[1] or ""
        if values[0] and str(values[0]).startswith("Hồ sơ ") and all(v is None for v in values[1:]):
            claim = values[0].split(" — ")[0].removeprefix("Hồ sơ ")
        elif text.startswith("Cộng hồ sơ "):
            rows[(claim, "Cộng")] = values
        elif text.startswith("Tổng cộng"):
            rows[("*", "Tổng cộng")] = values
        else:
            rows[(claim, values[0])] = values
    return rows


def test_the_payment_order_columns_carry_what_the_claim_carries(small, tmp_path, book):
    claims, doc = small
    ws = _sheet(doc, tmp_path, claims)
    assert [c.value for c in ws[HEADER_ROW]] == list(HEADERS)
    assert [c.value for c in ws[HEADER_ROW + 1]][1:10] == [f"({n})" for n in range(1, 10)]
    row = _rows(ws)[("HS-1", "1")]
    line = claims[0].line_items[0]
    invoice = next(d for d in line.documents if d.kind == "invoice")  # the first invoice, the first voucher
    voucher = next(d for d in line.documents if d.kind == "payment_voucher")
    assert row[COL["Nội dung thanh toán"]] == line.description
    assert (row[COL["Số hóa đơn"]], row[COL["Ngày hóa đơn"]].date()) == (invoice.number, invoice.date)
    assert (row[COL["Số chứng từ"]], row[COL["Ngày chứng từ"]].date()) == (voucher.number, voucher.date)
    attributes = line.attributes.model_dump()
    assert [row[COL[h]] for h in ("Mã NDKT", "Mã ngành KT", "Mã nguồn NSNN")] == [
        str(attributes[k]) for k in ("ndkt", "nganh_kt", "nguon_nsnn")]  # codes as text, the int Mã NDKT too
    other = _rows(ws)[("HS-1", "2")]  # no invoice, voucher or codes: blank
    assert all(other[COL[h]] is None for h in HEADERS[2:9])


def test_amounts_basis_classification_and_recommendation(small, tmp_path, book):
    claims, doc = small
    rows = _rows(_sheet(doc, tmp_path, claims))
    roles = {rule.id: rule.role for rule in book.rules}
    for claim in doc.claims:
        for line in claim.lines:
            row = rows[(claim.claim_id, line.line_id)]
            assert row[COL["Số tiền"]] == line.claimed_amount
            assert row[COL["Mức chấp nhận"]] == line.eligible_amount
            assert row[COL["Chênh lệch"]] == line.claimed_amount - line.eligible_amount
            failed = [f for f in line.findings if f.outcome == "fail"]
            if failed:
                assert len({f.reason for f in failed}) == 1
                reason = failed[0].reason
                assert row[COL["Phân loại"]] == APPRAISAL_CLASS_VI[reason]
                assert row[COL["Kiến nghị"]] == RECOMMENDATION_VI[reason]
                assert row[COL["Căn cứ"]] == "; ".join(c.label for c in failed[0].citations)
            else:
                own = [f for f in line.findings if f.outcome == "pass" and roles.get(f.rule_id) == "coverage"]
                assert own, line.findings
                assert row[COL["Căn cứ"]] == "; ".join(dict.fromkeys(c.label for f in own for c in f.citations))
                assert (row[COL["Phân loại"]], row[COL["Kiến nghị"]]) == ("đạt", "chấp nhận thanh toán")
    over = rows[("HS-1", "2")]
    assert over[COL["Phân loại"]] == "sai định mức" and 0 < over[COL["Mức chấp nhận"]] < over[COL["Số tiền"]]


def test_a_claim_level_flag_has_its_row_and_totals_add_up(small, tmp_path, book):
    claims, doc = small
    rows = _rows(_sheet(doc, tmp_path, claims))
    for claim in doc.claims:
        total = rows[(claim.claim_id, "Cộng")]
        assert (total[COL["Số tiền"]], total[COL["Mức chấp nhận"]], total[COL["Chênh lệch"]]) == (
            claim.claimed_amount, claim.eligible_amount, claim.claimed_amount - claim.eligible_amount)
        lines_diff = sum(rows[(claim.claim_id, line.line_id)][COL["Chênh lệch"]] for line in claim.lines)
        own = [f for f in claim.findings if f.outcome == "fail"]
        if own:
            row = rows[(claim.claim_id, "(hồ sơ)")]
            assert row[COL["Phân loại"]] == APPRAISAL_CLASS_VI[own[0].reason]
            assert row[COL["Căn cứ"]] == own[0].citations[0].label
            assert lines_diff + row[COL["Chênh lệch"]] == total[COL["Chênh lệch"]]
        else:
            assert (claim.claim_id, "(hồ sơ)") not in rows
            assert lines_diff == total[COL["Chênh lệch"]]
    assert ("HS-2", "(hồ sơ)") in rows and rows[("HS-2", "Cộng")][COL["Mức chấp nhận"]] == 0
    grand = rows[("*", "Tổng cộng")]
    assert (grand[COL["Số tiền"]], grand[COL["Mức chấp nhận"]]) == (
        sum(c.claimed_amount for c in doc.claims), sum(c.eligible_amount for c in doc.claims))


def test_every_flagged_line_of_the_sample_is_classified_by_its_strongest_failure(tmp_path, book):
    """A violation is never filed under 'to complete' or 'manual review'; the recommendations list each reason's."""
    claims = read(SAMPLE_JSON)
    doc = Vetter(book, "reference").document(claims)
    rows = _rows(_sheet(doc, tmp_path, claims))
    kinds_seen = set()
    for claim in doc.claims:
        for line in claim.lines:
            row = rows[(claim.claim_id, line.line_id)]
            submitted = next(item for item in next(c for c in claims if c.claim_id == claim.claim_id).line_items
                             if item.line_id == line.line_id)
            assert row[COL["Nội dung thanh toán"]] == (submitted.description or CATEGORY_VI[submitted.category])
            reasons = {f.reason for f in line.findings if f.outcome == "fail"}
            if not reasons:
                assert row[COL["Phân loại"]] == "đạt"
                continue
            kinds = {FLAG_KIND.get(r, "violation") for r in reasons}
            kinds_seen |= kinds
            strongest = next(k for k in ("violation", "missing_information", "manual_review") if k in kinds)
            candidates = {APPRAISAL_CLASS_VI[r] for r in reasons if FLAG_KIND.get(r, "violation") == strongest}
            assert row[COL["Phân loại"]] in candidates
            assert all(RECOMMENDATION_VI[r] in row[COL["Kiến nghị"]] for r in reasons)
    assert kinds_seen == {"violation", "missing_information", "manual_review"}  # the sample exercises all three


def test_strongest_reason_puts_a_violation_before_a_blank_and_a_blank_before_a_person():
    def failed(reason: str) -> Finding:
        return Finding(rule_id=reason, outcome="fail", reason=reason, message="",
                       citations=[{"instrument": "X", "label": f"căn cứ {reason}"}])

    assert strongest_failure([failed("manual_review"), failed("missing_information")]).reason == "missing_information"
    assert strongest_failure([failed("missing_information"), failed("over_ceiling")]).reason == "over_ceiling"
    assert strongest_failure([failed("over_ceiling"), failed("ineligible")]).reason == "ineligible"
    assert appraisal([failed("over_ceiling"), failed("duplicate")])[0] == "căn cứ duplicate"
    assert strongest_failure([]) is None
    assert set(REASON_ORDER) == set(APPRAISAL_CLASS_VI)  # every reason has its place
    kinds = [KINDS.index(FLAG_KIND.get(r, "violation")) for r in REASON_ORDER]
    assert kinds == sorted(kinds)  # the order keeps the order of the kinds of flag


def test_printable_a4_landscape_with_header_rows_repeated(small, tmp_path, book):
    claims, doc = small
    ws = _sheet(doc, tmp_path, claims)
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.fitToWidth) == 1
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW + 1}"
    assert ws.freeze_panes == f"A{HEADER_ROW + 2}"
    assert all(ws.column_dimensions[chr(ord("A") + i)].width >= 7 for i in range(len(HEADERS)))
    line_rows = [r for r in ws.iter_rows(min_row=HEADER_ROW + 2) if r[9].value is not None]
    assert line_rows and {r[9].number_format for r in line_rows} == {"#,##0"}
    assert {r[12].number_format for r in line_rows} == {"#,##0"}
    dated = [r[3] for r in line_rows if r[3].value is not None]
    assert dated and {c.number_format for c in dated} == {"dd/mm/yyyy"}


def test_without_the_claims_the_sheet_still_lists_every_line(small, tmp_path, book):
    claims, doc = small
    rows = _rows(_sheet(doc, tmp_path, None))
    for claim in doc.claims:
        for line in claim.lines:
            row = rows[(claim.claim_id, line.line_id)]
            assert row[COL["Nội dung thanh toán"]] == CATEGORY_VI[line.category]
            assert all(row[COL[h]] is None for h in HEADERS[2:9])
            assert row[COL["Mức chấp nhận"]] == line.eligible_amount


def test_claims_given_as_stored_json_read_the_same(small, tmp_path, book):
    claims, doc = small
    as_models = _rows(_sheet(doc, tmp_path, claims))
    as_json = _rows(_sheet(doc, tmp_path, [c.model_dump(mode="json") for c in claims]))
    assert as_models == as_json


def test_vet_format_xlsx_writes_the_sheet(tmp_path):
    out = tmp_path / "ket-qua.xlsx"
    result = CliRunner().invoke(app, ["vet", str(SAMPLE_JSON), "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out)[CHECK_SHEET]
    doc = Vetter(load(), "reference").document(read(SAMPLE_JSON))
    grand = _rows(ws)[("*", "Tổng cộng")]
    assert (grand[COL["Số tiền"]], grand[COL["Mức chấp nhận"]]) == (
        sum(c.claimed_amount for c in doc.claims), sum(c.eligible_amount for c in doc.claims))
    assert ws.cell(3, 1).value.endswith(f"lập ngày {dt.date.today():%d/%m/%Y}")


def test_text_from_the_claim_never_becomes_a_formula(book, tmp_path):
    hostile = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1:A2)"]
    data = [_claim(claim_id=f"HS-{i}", activity={**_claim()["activity"], "title": text}, line_items=[_line(
        "1", 2, 200_000, "A", description=text, attributes={"nganh_kt": text},
        documents=[{"kind": "invoice", "number": text, "date": "2022-11-08"},
                   {"kind": "payment_voucher", "number": text}])]) for i, text in enumerate(hostile)]
    claims = [Claim.model_validate(item) for item in data]
    doc = Vetter(book, "reference").document(claims)
    ws = _sheet(doc, tmp_path, claims)
    assert not [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    rows = _rows(ws)
    assert [rows[(f"HS-{i}", "1")][COL["Nội dung thanh toán"]] for i in range(len(hostile))] == hostile
    assert [rows[(f"HS-{i}", "1")][COL["Số chứng từ"]] for i in range(len(hostile))] == hostile
