"""The example payment orders (examples/lenh-chi-kho-bac/), vetted end to end: each gives the records
worked out by hand below; the appraisal record and the check table are written from them.

Hand check (rulebook of the day of each cost):
- C2-02a số 125, a district's training class, 08–10/11/2022 (TT46): per diem 200.000 đ/day ≤ 200.000
  (TT40 Art. 6.1), room 450.000 đ on an invoice at a district venue, water, hall; the speakers' fee has no
  contract named on the order (asked for) and no rate of the province (manual review); a per diem coded
  7761 «Chi tiếp khách» (Mục 7750, not 6700 Công tác phí: manual review, the code table is unverified);
  the total row and the payee list both equal the rows. 50.100.000 claimed, 42.900.000 payable.
- C2-02a số 58, the department's review conference, 21/09/2023 (TT55): the total row says 24.400.000,
  the rows add to 23.400.000 (a violation: the order cannot go to the treasury as typed, nothing payable);
  delegates' meals without «Hưởng lương» (asked for); a speaker's fee at a conference and a row
  "Chi phục vụ hội nghị" no rule covers (manual review).
- C2-03 số 07, an advance settled for a mid-term survey, 05/2024: respondents' 50.000 đ/form is above the
  rate of a form of up to 30 indicators (asked: «Số chỉ tiêu»); enumerators above half the average wage
  (asked: «Loại điều tra viên») without acceptance minutes named (asked); their code 6750 is a Mục, not
  a Tiểu mục (a violation, Circular 324/2016 Art. 4). 23.000.000 claimed, 4.000.000 payable.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document
from typer.testing import CliRunner

from compliance.cli import app
from compliance.models import DecisionDocument, flag_kind
from compliance.readers import read
from compliance.reports.amount_words import vnd_figures, vnd_in_words
from compliance.reports.docx_layout import MOTTO, NATION
from compliance.reports.xlsx import CHECK_HEADER_ROW, CHECK_SHEET

from office import pdf_of

ORDERS = Path(__file__).parent.parent / "examples" / "lenh-chi-kho-bac"
PATHS = sorted(ORDERS.glob("*.xlsx"))
runner = CliRunner()

EXPECTED = {  # claim -> (claimed, payable, {(line or None, rule id): (reason, kind of flag)})
    "C2-02a số 125": (50_100_000, 42_900_000, {
        ("3", "tt46.d4.k1.thu_lao.hop_dong"): ("missing_information", "missing_information"),
        ("3", "tt46.d4.k1.thu_lao.muc"): ("manual_review", "manual_review"),
        ("6", "tt324.d4.k3.muc.cong_tac_phi"): ("manual_review", "manual_review"),
    }),
    "C2-02a số 58": (23_400_000, 0, {
        (None, "ktoan.d16.tong_cong"): ("arithmetic_mismatch", "violation"),
        ("1", "tt40.d12.k4.khong_huong_luong"): ("missing_information", "missing_information"),
        ("2", "chung.loai_khoan_chi"): ("manual_review", "manual_review"),
        ("5", "chung.loai_khoan_chi"): ("manual_review", "manual_review"),
    }),
    "C2-03 số 07": (23_000_000, 4_000_000, {
        ("1", "tt109.d3.k7.chua_ghi_chi_tieu"): ("missing_information", "missing_information"),
        ("3", "tt109.d3.k5.chua_ghi_loai"): ("missing_information", "missing_information"),
        ("3", "tt109.d3.k5.d"): ("missing_information", "missing_information"),
        ("3", "tt324.d4.k3.tieu_muc"): ("wrong_budget_code", "violation"),
    }),
}


@pytest.fixture(scope="module")
def decisions() -> DecisionDocument:
    result = runner.invoke(app, ["vet", *map(str, PATHS), "--format", "json"])
    assert result.exit_code == 0, result.output
    return DecisionDocument.model_validate_json(result.stdout)


def test_there_are_two_c2_02a_orders_and_one_c2_03():
    assert [claim.claim_id.split(" số")[0] for path in PATHS for claim in read(path)].count("C2-02a") == 2
    assert sum(claim.claim_id.startswith("C2-03") for path in PATHS for claim in read(path)) == 1


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_each_order_vets_with_exit_0(path):
    result = runner.invoke(app, ["vet", str(path)])
    assert result.exit_code == 0, result.output


def test_each_order_gives_the_records_worked_out_by_hand(decisions):
    assert {c.claim_id for c in decisions.claims} == set(EXPECTED)
    for claim in decisions.claims:
        claimed, payable, flags = EXPECTED[claim.claim_id]
        assert (claim.claimed_amount, claim.eligible_amount, claim.decision) == (claimed, payable, "flag")
        failed = {(None, f.rule_id): (f.reason, flag_kind([f.reason])) for f in claim.findings if f.outcome == "fail"}
        failed |= {(line.line_id, f.rule_id): (f.reason, flag_kind([f.reason]))
                   for line in claim.lines for f in line.findings if f.outcome == "fail"}
        assert failed == flags, claim.claim_id


def test_the_training_order_s_totals_and_codes_pass_and_say_what_was_worked_out(decisions):
    claim = next(c for c in decisions.claims if c.claim_id == "C2-02a số 125")
    own = {f.rule_id: f for f in claim.findings}
    assert own["ktoan.d16.tong_cong"].outcome == "pass" and own["nd11.d7.danh_sach_chi_tra"].outcome == "pass"
    per_diem = {f.rule_id: f for f in claim.lines[0].findings}
    assert per_diem["tt324.d4.k3.muc.cong_tac_phi"].outcome == "pass"
    ceiling = next(f for f in claim.lines[0].findings if f.basis and f.basis.rate_id == "tt40.per_diem")
    assert (ceiling.outcome, ceiling.actual, ceiling.limit) == ("pass", 200_000, 200_000)
    assert "số lượng và đơn giá suy ra từ nội dung «40 người x 3 ngày x 200.000đ»" in ceiling.message
    assert "loại khoản chi suy ra từ nội dung" in ceiling.message


# ---- the papers the office signs and staples ------------------------------------------------------------


@pytest.fixture(scope="module")
def record_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("orders") / "bien-ban.docx"
    result = runner.invoke(app, ["vet", *map(str, PATHS), "--format", "docx", "--out", str(out),
                                 "--unit-name", "Sở Lao động - Thương binh và Xã hội", "--place", "Quảng Nam"])
    assert result.exit_code == 0, result.output
    return out


def test_the_record_of_the_orders(record_path, decisions):
    document = Document(str(record_path))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert NATION in cells and MOTTO in cells and "BIÊN BẢN THẨM ĐỊNH HỒ SƠ THANH TOÁN" in text
    claimed = sum(c.claimed_amount for c in decisions.claims)
    payable = sum(c.eligible_amount for c in decisions.claims)
    assert claimed == 96_500_000 and payable == 46_900_000
    for amount in (claimed, payable, claimed - payable):
        assert f"{vnd_figures(amount)} đồng" in text and vnd_in_words(amount) in text
    for claim in decisions.claims:
        assert f"Hồ sơ {claim.claim_id}" in text
    # each line is named by the order's own words
    assert "Phụ cấp lưu trú học viên (40 người x 3 ngày x 200.000đ)" in cells
    assert "Chi phục vụ hội nghị" in cells


def test_the_record_of_the_orders_converts_to_pdf(record_path, tmp_path):
    assert pdf_of(record_path, tmp_path).read_bytes().startswith(b"%PDF")


def test_the_check_table_mirrors_the_order(tmp_path):
    out = tmp_path / "kiem-tra.xlsx"
    result = runner.invoke(app, ["vet", str(ORDERS / "c2-02a-tap-huan-nui-thanh-2022.xlsx"), "--format", "xlsx",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out)[CHECK_SHEET]
    rows = [r for r in ws.iter_rows(min_row=CHECK_HEADER_ROW + 2, values_only=True)]
    lodging = next(r for r in rows if r[1] and str(r[1]).startswith("Tiền thuê phòng nghỉ"))
    assert ("0000153", "PC02", "6703", "398", "12") == (lodging[2], lodging[4], lodging[6], lodging[7], lodging[8])
