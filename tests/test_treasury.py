"""Payment orders as units type them (readers/treasury.py, readers/from_words.py): the treasury's
C2-02a/NS and C2-03/NS sheets and the payee list, read into claims; what the form does not carry
worked out from its words, and said so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.readers import InputError, read
from compliance.readers.from_words import category, quantity_and_price, subproject, unit_level, venue
from compliance.readers.treasury import is_treasury_workbook

ORDERS = Path(__file__).parent.parent / "examples" / "lenh-chi-kho-bac"
TRAINING = ORDERS / "c2-02a-tap-huan-nui-thanh-2022.xlsx"
CONFERENCE = ORDERS / "c2-02a-hoi-nghi-so-ket-2023.xlsx"
SURVEY = ORDERS / "c2-03-khao-sat-2024.xlsx"
runner = CliRunner()


def message(exc) -> str:
    return " ".join(str(exc.value).split())


# ---- words → codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phụ cấp lưu trú (40 người x 3 ngày x 200.000đ)", (120, "người-ngày", 200000)),
    ("Thuê hội trường 3 ngày x 2.500.000", (3, "ngày", 2500000)),
    ("Bồi dưỡng giảng viên 1,5 buổi x 1.000.000 đồng", (1.5, "buổi", 1000000)),
    ("In tài liệu 60 bộ × 35.000", (60, "bộ", 35000)),
    ("Tàu xe 2 lượt*250.000 đồng", (2, "lượt", 250000)),
    ("Nước uống 60 người x 2 ngày x 20000", (120, "người-ngày", 20000)),
])
def test_quantity_and_unit_price_from_the_content(text, expected):
    quantity, unit, price, note = quantity_and_price(text)
    assert (quantity, unit, price) == expected
    assert note.startswith("số lượng và đơn giá suy ra từ nội dung «")


@pytest.mark.parametrize("text", ["Chi 4 người x 3 ngày", "Thuê hội trường, âm thanh", "", None,
                                  "Hợp đồng số 12/2022 ngày 01/11/2022"])
def test_no_product_no_guess(text):
    assert quantity_and_price(text) is None


def test_category_from_words_then_from_the_code():
    assert category("Chi phụ cấp lưu trú cho học viên", 7761, None)[0] == "per_diem"  # the words win
    assert category("Hỗ trợ tiền ăn 60 người", None, "training")[0] == "trainee_meal"
    assert category("Hỗ trợ tiền ăn 60 người", None, "conference")[0] == "delegate_meal"
    code, note = category("Thanh toán theo bảng kê", 6702, None)
    assert code == "per_diem" and "Mã NDKT 6702" in note and "chưa xác minh" in note
    assert category("Thanh toán theo bảng kê", 6699, None) is None
    assert category("Phu cap luu tru hoc vien", None, None)[0] == "per_diem"


def test_unit_level_reads_the_unit_s_name_not_the_ministry_s():
    assert unit_level("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam")[0] == "province"
    assert unit_level("Phòng Lao động - Thương binh và Xã hội huyện Núi Thành")[0] == "district"
    assert unit_level("Phòng LĐTBXH thị xã Điện Bàn")[0] == "district"
    assert unit_level("UBND xã Tam Hòa")[0] == "commune"
    assert unit_level("Ban quản lý dự án") is None


def test_subproject_and_venue_from_the_header():
    assert subproject([("x", "CTMTQG giảm nghèo bền vững - Dự án 7 - Tiểu dự án 2")])[0] == "TDA2"
    assert subproject([("x", "DA7-TDA1")])[0] == "TDA1"
    assert subproject([("x", "Dự án 7")]) is None
    assert venue([("x", "lớp tập huấn tại Trung tâm Văn hóa - Thể thao huyện Núi Thành, từ ngày 08/11/2022")])[0] \
        == "Trung tâm Văn hóa - Thể thao huyện Núi Thành"


# ---- the examples ----------------------------------------------------------------------------------


def test_examples_are_recognised_as_orders_and_the_template_is_not():
    assert all(is_treasury_workbook(p) for p in (TRAINING, CONFERENCE, SURVEY))
    assert not is_treasury_workbook(Path(__file__).parent.parent / "examples" / "quang-nam-2022" / "claims.xlsx")


def _cells(path: Path) -> list[tuple]:
    return [tuple(c for c in row) for row in openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True)]


def test_the_training_order_as_typed():
    """Merged headings, the (1)…(9) row, a blank spacer row, amounts as text with dots, a payee list."""
    rows = _cells(TRAINING)
    assert any(r[0] == "(1)" for r in rows) and any(all(c is None for c in r) for r in rows[12:20])
    assert any(isinstance(r[8], str) and "." in r[8] for r in rows[12:20])  # "24.000.000" typed as text
    [claim] = read(TRAINING)
    assert claim.claim_id == "C2-02a số 125"
    assert (claim.unit.code, claim.unit.level, claim.fiscal_year, claim.subproject, claim.activity.kind) == \
        ("1045678", "district", 2022, "TDA1", "training")
    assert (claim.activity.start_date, claim.activity.end_date) == (dt.date(2022, 11, 8), dt.date(2022, 11, 10))
    assert claim.activity.venue.name == "Trung tâm Văn hóa - Thể thao huyện Núi Thành"
    assert [line.amount for line in claim.line_items] == [24_000_000, 9_000_000, 6_000_000, 2_400_000, 7_500_000,
                                                           1_200_000]
    assert [line.category for line in claim.line_items] == ["per_diem", "lodging", "lecturer_fee", "drinking_water",
                                                            "venue_rental", "per_diem"]
    assert [line.attributes.ndkt for line in claim.line_items] == [6702, 6703, 6652, 6699, 6655, 7761]
    first = claim.line_items[0]
    assert (first.quantity, first.unit_price, first.unit) == (120, 200_000, "người-ngày")
    assert first.documents_complete is False and [d.kind for d in first.documents] == ["payment_voucher"]
    lodging = claim.line_items[1]
    assert [(d.kind, d.number, d.date) for d in lodging.documents] == [
        ("invoice", "0000153", dt.date(2022, 11, 10)), ("payment_voucher", "PC02", dt.date(2022, 11, 10))]
    assert claim.attributes.declared_total == 50_100_000 == sum(line.amount for line in claim.line_items)
    assert claim.attributes.payee_list_total == 50_100_000
    notes = claim.attributes.model_extra["inferred"]
    assert set(notes) >= {"unit.level", "subproject", "activity.kind", "activity.start_date", "activity.venue.name"}
    assert "huyện" in notes["unit.level"] and "Tiểu dự án 1" in notes["subproject"].replace("tiểu", "Tiểu")


def test_the_conference_order_heading_row_and_a_row_without_a_product():
    [claim] = read(CONFERENCE)
    assert claim.activity.kind == "conference" and claim.unit.level == "province"
    # The heading row inside the table ("Hội nghị sơ kết tại Tam Kỳ, ngày 21/09/2023") is no line; it
    # gives the place and the day (the vouchers are dated when paid, four days later).
    assert len(claim.line_items) == 5 and claim.activity.venue.name == "Tam Kỳ"
    assert claim.activity.start_date == dt.date(2023, 9, 21)
    hall = claim.line_items[3]
    assert hall.description == "Thuê hội trường, âm thanh" and hall.quantity is None and hall.unit_price is None
    assert claim.line_items[4].category == "other"  # "Chi phục vụ hội nghị": neither words nor code tell
    assert claim.attributes.declared_total == 24_400_000 != sum(line.amount for line in claim.line_items)


def test_the_advance_settlement_reads_both_codes_and_the_balance():
    [claim] = read(SURVEY)
    assert claim.claim_id == "C2-03 số 07" and claim.activity.kind == "evaluation_survey"
    assert claim.subproject == "TDA2"
    assert [line.amount for line in claim.line_items] == [10_000_000, 4_000_000, 9_000_000]
    extra = claim.line_items[0].attributes.model_extra
    assert (claim.line_items[0].attributes.ndkt, extra["advanced_ndkt"], extra["advance_balance"]) == \
        (7049, 7049, 25_000_000)


# ---- bad orders --------------------------------------------------------------------------------------


def _order(tmp_path: Path, programme: str = "Dự án 7 - Tiểu dự án 1", amount="1.200.000",
           unit="Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Giấy rút"
    ws.append(["GIẤY RÚT DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC", None, None, None, "Số: 9"])
    ws.append([f"Đơn vị rút dự toán: {unit}"])
    ws.append(["Mã ĐVQHNS: 1012345"])
    ws.append([f"Tên CTMT, DA: {programme}"])
    ws.append(["Căn cứ Quyết định số 3/QĐ về việc tổ chức hội nghị tập huấn"])
    ws.append(["Noi dung thanh toan", "So hoa don", "Ngay hoa don", "Ma NDKT", "So tien"])  # typed without accents
    ws.append(["Phụ cấp lưu trú 2 người x 3 ngày x 200.000đ", "0000012", "12/10/2022", "6702", amount])
    ws.append(["Tổng cộng", None, None, None, amount])
    path = tmp_path / "giay-rut.xlsx"
    book.save(path)
    return path


def test_a_one_row_heading_typed_without_diacritics(tmp_path):
    [claim] = read(_order(tmp_path))
    line = claim.line_items[0]
    assert (line.category, line.quantity, line.unit_price, line.amount, line.attributes.ndkt) == \
        ("per_diem", 6, 200_000, 1_200_000, 6702)
    assert line.incurred_on == dt.date(2022, 10, 12) and claim.fiscal_year == 2022  # from the invoice's date
    assert claim.activity.start_date == dt.date(2022, 10, 12)


def test_an_order_that_does_not_name_its_sub_project_says_where_to_write_it(tmp_path):
    path = _order(tmp_path, programme="CTMTQG giảm nghèo bền vững - Dự án 7")
    with pytest.raises(InputError) as exc:
        read(path)
    text = message(exc)
    assert f"tệp {path}" in text and "hồ sơ C2-02a số 9" in text and "trang tính «Giấy rút»" in text
    assert "tiểu dự án" in text and "«Tên CTMT, DA»" in text


def test_an_unreadable_amount_names_sheet_row_and_column(tmp_path):
    path = _order(tmp_path, amount="1,2 triệu")
    with pytest.raises(InputError) as exc:
        read(path)
    text = message(exc)
    assert "dòng 7" in text and "trang tính «Giấy rút», cột E (Số tiền)" in text and "1,2 triệu" in text


def test_bad_order_exits_2_and_writes_nothing(tmp_path):
    path = _order(tmp_path, unit="Ban quản lý")
    out = tmp_path / "r.xlsx"
    result = runner.invoke(app, ["vet", str(path), "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 2 and "cấp đơn vị" in " ".join(result.output.split()) and not out.exists()


def test_columns_a_unit_adds_beside_the_table_answer_the_questions(tmp_path):
    """«Hưởng lương» and «Hồ sơ kèm theo» added to the right of the form's (9) columns: what the rules ask."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["GIẤY RÚT DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC", None, None, "Số: 3"])
    ws.append(["Đơn vị rút dự toán: Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"])
    ws.append(["Mã ĐVQHNS: 1012345"])
    ws.append(["Tên CTMT, DA: Dự án 7 - Tiểu dự án 1"])
    ws.append(["Căn cứ Kế hoạch số 7/KH về việc tổ chức hội nghị sơ kết tại TP Tam Kỳ, ngày 21/09/2023"])
    ws.append(["Nội dung thanh toán", "Số chứng từ", "Ngày chứng từ", "Số tiền", "Hưởng lương", "Hồ sơ kèm theo"])
    ws.append(["Tiền ăn đại biểu 10 người x 1 ngày x 150.000đ", "PC1", "25/09/2023", "1.500.000", "không",
               "danh sách ký nhận:01"])
    path = tmp_path / "them-cot.xlsx"
    book.save(path)
    [claim] = read(path)
    line = claim.line_items[0]
    assert line.payee.salaried is False and line.documents_complete is True
    assert {d.kind for d in line.documents} == {"payment_voucher", "receipt_list"}
    result = runner.invoke(app, ["vet", str(path), "--format", "json"])
    assert result.exit_code == 0
    from compliance.models import DecisionDocument

    findings = DecisionDocument.model_validate_json(result.stdout).claims[0].lines[0].findings
    salaried = next(f for f in findings if f.rule_id == "tt40.d12.k4.khong_huong_luong")
    assert salaried.outcome == "pass"  # answered by the added column, no longer asked


def test_a_payee_list_that_does_not_add_up_to_the_order_is_flagged(tmp_path):
    path = _order(tmp_path)
    book = openpyxl.load_workbook(path)
    ws = book.create_sheet("DS")
    ws.append(["DANH SÁCH CHI TRẢ CHO ĐỐI TƯỢNG THỤ HƯỞNG"])
    ws.append(["STT", "Đối tượng thụ hưởng", "Số tài khoản", "Ngân hàng", "Số tiền"])
    ws.append(["I", "Công chức"])
    ws.append([1, "Nguyễn Văn A", "001", "VCB", "600.000"])
    ws.append([2, "Trần Thị B", "002", "VCB", "500.000"])
    book.save(path)
    [claim] = read(path)
    assert claim.attributes.payee_list_total == 1_100_000  # no total row: the sum of its rows
    result = runner.invoke(app, ["vet", str(path), "--format", "json"])
    from compliance.models import DecisionDocument

    claim_decision = DecisionDocument.model_validate_json(result.stdout).claims[0]
    listed = next(f for f in claim_decision.findings if f.rule_id == "nd11.d7.danh_sach_chi_tra")
    assert (listed.outcome, listed.reason) == ("fail", "arithmetic_mismatch")
    assert "1.100.000" in listed.message and "1.200.000" in listed.message


def test_a_content_merged_over_the_invoice_columns_is_no_invoice(tmp_path):
    path = _order(tmp_path)
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("A7:C7")  # the content typed across the invoice's two columns
    book.active["E2"] = "Quảng Nam, ngày 12 tháng 10 năm 2022"
    book.save(path)
    [claim] = read(path)
    line = claim.line_items[0]
    assert line.description.startswith("Phụ cấp lưu trú") and not line.documents
    assert claim.fiscal_year == 2022 and claim.activity.start_date == dt.date(2022, 10, 12)  # the order's date
