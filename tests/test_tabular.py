"""Excel and CSV input (readers/tabular.py, readers/columns.py), the template and the Excel report."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from compliance.models import Claim, DecisionDocument
from compliance.readers import InputError, read
from compliance.readers.columns import (COLUMNS, HEADERS, REQUIRED, CellError, claim_rows, format_documents,
                                        parse_documents, read_money, read_quantity)
from compliance.reports.template import write_template
from compliance.reports.xlsx import write_report
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter
from compliance.vocabulary import REASON_VI

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_JSON = ROOT / "examples/quang-nam-2022/claims.json"
SAMPLE_XLSX = ROOT / "examples/quang-nam-2022/claims.xlsx"
MALFORMED = ROOT / "tests/data/malformed"
# The sample's hand-derived expectations (tests/data/sample_expected.json): one entry per claim, one per line.
EXPECTED = json.loads((ROOT / "tests/data/sample_expected.json").read_text(encoding="utf-8"))
INJECTIONS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


@pytest.fixture(scope="module")
def sample() -> list[Claim]:
    return read(SAMPLE_JSON)


@pytest.fixture(scope="module")
def document(sample) -> DecisionDocument:
    return Vetter(load()).document(sample)


def message(exc: pytest.ExceptionInfo) -> str:
    return " ".join(str(exc.value).split())


# ---- the format ------------------------------------------------------------------------------


def test_required_columns_are_the_contract_s_required_fields():
    assert REQUIRED == ("Mã hồ sơ", "Mã đơn vị", "Cấp đơn vị", "Năm ngân sách", "Tiểu dự án", "Loại hoạt động",
                        "Ngày bắt đầu", "Mã khoản chi", "Loại khoản chi", "Thành tiền")
    assert len(set(HEADERS)) == len(HEADERS)


@pytest.mark.parametrize("text, amount", [("1.004.012.000", 1_004_012_000), ("1,004,012,000", 1_004_012_000),
                                          ("200.000 đ", 200_000), ("200000", 200_000), (1_500_000, 1_500_000),
                                          (1_500_000.0, 1_500_000)])
def test_vietnamese_amounts(text, amount):
    assert read_money(text) == amount


@pytest.mark.parametrize("value", [1_500_000.5, "200000.5", "1.500.000,5", "abc", True, dt.date(2022, 1, 1)])
def test_amounts_that_are_not_whole_dong_are_rejected(value):
    with pytest.raises(CellError):
        read_money(value)


@pytest.mark.parametrize("text, quantity", [("2", 2), ("1,5", 1.5), ("1.5", 1.5), ("2.500", 2500), ("1.234,5", 1234.5),
                                            (0.25, 0.25), (3.0, 3)])
def test_quantities_may_be_fractional(text, quantity):
    assert read_quantity(text) == quantity


def test_document_cell_syntax():
    assert parse_documents("contract:12/HĐ:2022-11-01; invoice:0001234") == [
        {"kind": "contract", "number": "12/HĐ", "date": dt.date(2022, 11, 1)},
        {"kind": "invoice", "number": "0001234"}]
    assert parse_documents(" hóa đơn : 0000153 : 19/10/2022 ;attendance_list::2022-10-19;") == [
        {"kind": "invoice", "number": "0000153", "date": dt.date(2022, 10, 19)},
        {"kind": "attendance_list", "date": dt.date(2022, 10, 19)}]
    for bad in ("receipt:1", "invoice:1:2022-13-01", "invoice:1:2:3:4:5"):
        with pytest.raises(CellError):
            parse_documents(bad)


def test_document_cell_round_trips():
    line = Claim.model_validate(_claim_dict()).line_items[0]
    docs = line.model_copy(update={"documents": [
        *line.documents,
        line.documents[0].model_copy(update={"number": r"a:b;c\d", "issuer": "Sở: X; Y"}),
        line.documents[0].model_copy(update={"number": None, "date": None}),
    ]}).documents
    text = format_documents(docs)
    assert [d.model_dump(exclude_none=True) for d in docs] == parse_documents(text)


# ---- reading: the sample, CSV variants -----------------------------------------------------------


def test_xlsx_sample_reads_back_equal_to_the_json(sample):
    assert read(SAMPLE_XLSX) == sample


def test_template_round_trips(sample, tmp_path):
    path = tmp_path / "claims.xlsx"
    write_template(path, sample)
    assert read(path) == sample


def _csv_text(claims: list[Claim], delimiter: str, money_style: str, date_style: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for claim in claims:
        for row in claim_rows(claim):
            writer.writerow([_csv_cell(column.kind, value, money_style, date_style)
                             for column, value in zip(COLUMNS, row)])
    return out.getvalue()


def _csv_cell(kind: str, value, money_style: str, date_style: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        return {"plain": str(value), "dot": f"{value:,}".replace(",", "."), "comma": f"{value:,}",
                "dong": f"{value:,} đ".replace(",", ".")}[money_style]
    if isinstance(value, dt.date):
        return value.isoformat() if date_style == "iso" else value.strftime("%d/%m/%Y")
    return str(value)


@pytest.mark.parametrize("delimiter", [",", ";"])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("money_style, date_style", [("plain", "iso"), ("dot", "dmy"), ("comma", "iso"),
                                                     ("dong", "dmy")])
def test_csv_reads_back_equal(sample, tmp_path, delimiter, bom, money_style, date_style):
    path = tmp_path / "claims.csv"
    text = _csv_text(sample, delimiter, money_style, date_style)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    assert read(path) == sample


def _write_csv(path: Path, rows: list[list[str]], headers=None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([list(headers or HEADERS_MIN), *rows])
    return path


HEADERS_MIN = ["Mã hồ sơ", "Mã đơn vị", "Cấp đơn vị", "Năm ngân sách", "Tiểu dự án", "Loại hoạt động", "Ngày bắt đầu",
               "Mã khoản chi", "Loại khoản chi", "Số lượng", "Đơn giá", "Thành tiền", "Chứng từ"]
ROW = ["HS-1", "SLDTBXH", "province", "2022", "TDA1", "training", "2022-11-08", "1", "per_diem", "2", "200000",
       "400000", "approval_decision:12/QĐ"]


def test_vietnamese_labels_blank_continuation_cells_and_empty_rows(tmp_path):
    rows = [
        ["HS-1", "SLDTBXH", "Cấp tỉnh", "2022", "Tiểu dự án 1", "đào tạo, tập huấn, bồi dưỡng", "08/11/2022", "1",
         "phụ cấp lưu trú", "2", "200.000 đ", "400.000", "quyết định phê duyệt:12/QĐ:01/11/2022"],
        [""] * 13,
        ["", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["HS-1", "", "", "", "", "", "", "2", "trainee_meal", "1,5", "1,004,012,000", "1.506.018.000", ""],
    ]
    [claim] = read(_write_csv(tmp_path / "vi.csv", rows))
    assert (claim.unit.level, claim.subproject, claim.activity.kind) == ("province", "TDA1", "training")
    assert [line.category for line in claim.line_items] == ["per_diem", "trainee_meal"]
    assert claim.line_items[1].quantity == 1.5 and claim.line_items[1].unit_price == 1_004_012_000
    assert claim.line_items[0].documents[0].kind == "approval_decision"


def test_first_sheet_named_khoan_chi_is_read(tmp_path, sample):
    path = tmp_path / "claims.xlsx"
    write_template(path, sample[:2])
    book = openpyxl.load_workbook(path)
    book.move_sheet("Khoản chi", offset=2)  # no longer the first sheet
    book.active = 0
    book.save(path)
    assert read(path) == sample[:2]


def test_rows_after_gaps_keep_their_spreadsheet_row_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([])
    sheet.append(HEADERS_MIN)  # the header is row 2
    sheet.append(ROW)
    sheet.append([])
    sheet.append(["HS-1", *ROW[1:7], "2", "per_diem", "1", "200000", "1.5", ""])  # row 5
    book.save(tmp_path / "gap.xlsx")
    with pytest.raises(InputError) as exc:
        read(tmp_path / "gap.xlsx")
    assert "dòng 5" in message(exc) and "Thành tiền" in message(exc)


# ---- malformed input -------------------------------------------------------------------------

BAD = {
    "tabular_unknown_header.csv": ["dòng 1", "Ghi chú", "cột M"],
    "tabular_missing_header.csv": ["dòng 1", "thiếu cột bắt buộc 'Thành tiền'"],
    "tabular_inconsistent_claim.csv": ["hồ sơ HS-1", "dòng 3", "khác với dòng 2", "Mã đơn vị (cột B)"],
    "tabular_bad_date.csv": ["hồ sơ HS-2", "dòng 3", "Ngày bắt đầu (cột G)", "31/02/2022"],
    "tabular_fractional_money.csv": ["hồ sơ HS-1", "dòng 3", "Đơn giá (cột K)", "không có phần lẻ"],
    "tabular_text_renamed.xlsx": ["không đọc được tệp Excel"],
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_malformed_files_name_file_row_and_field(name):
    path = MALFORMED / name
    with pytest.raises(InputError) as exc:
        read(path)
    text = message(exc)
    assert f"tệp {path}" in text
    for fragment in BAD[name]:
        assert fragment in text, (fragment, text)


def test_every_malformed_tabular_file_is_in_the_table():
    assert {p.name for p in MALFORMED.glob("tabular_*")} == set(BAD)


def test_fractional_money_in_an_xlsx_cell(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(HEADERS_MIN)
    book.active.append([*ROW[:10], 200000.5, 400001, ""])
    book.save(tmp_path / "f.xlsx")
    with pytest.raises(InputError) as exc:
        read(tmp_path / "f.xlsx")
    assert all(s in message(exc) for s in (f"tệp {tmp_path / 'f.xlsx'}", "dòng 2", "Đơn giá (cột K)", "phần lẻ"))


def test_validation_errors_point_at_the_line_row(tmp_path):
    rows = [ROW, ["HS-1", *ROW[1:7], "2", "", "1", "200000", "200000", ""]]
    with pytest.raises(InputError) as exc:
        read(_write_csv(tmp_path / "v.csv", rows))
    assert "hồ sơ HS-1, dòng 3, trường 'Loại khoản chi — line_items[2].category" in message(exc)
    rows = [["HS-1", "SLDTBXH", "", *ROW[3:]], ["HS-1", "SLDTBXH", "", *ROW[3:7], "2", *ROW[8:]]]
    with pytest.raises(InputError) as exc:
        read(_write_csv(tmp_path / "w.csv", rows))
    assert "dòng 2, trường 'Cấp đơn vị — unit.level" in message(exc)


def test_data_under_no_header_and_duplicate_headers(tmp_path):
    with pytest.raises(InputError) as exc:
        read(_write_csv(tmp_path / "n.csv", [[*ROW, "", "lost"]], headers=[*HEADERS_MIN, ""]))
    assert "dòng 2, trường 'cột O': ô có dữ liệu nằm ở cột không có tiêu đề" in message(exc)
    with pytest.raises(InputError) as exc:
        read(_write_csv(tmp_path / "d.csv", [[*ROW, "1"]], headers=[*HEADERS_MIN, " đơn GIÁ "]))
    assert "cột 'Đơn giá' xuất hiện hai lần (cột K và cột N)" in message(exc)


def test_unknown_code_lists_the_allowed_ones(tmp_path):
    with pytest.raises(InputError) as exc:
        read(_write_csv(tmp_path / "c.csv", [[*ROW[:8], "snacks", *ROW[9:]]]))
    assert "Loại khoản chi (cột I)" in message(exc) and "lecturer_fee" in message(exc)


@pytest.mark.parametrize("content", [b"", b"\x00" * 100, b"PK\x03\x04 not really a zip"],
                         ids=["empty", "zeros", "zip-signature"])
def test_non_xlsx_bytes(tmp_path, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as exc:
        read(path)
    assert f"tệp {path}" in message(exc) and "không đọc được tệp Excel" in message(exc)


@pytest.mark.parametrize("fraction", [0.05, 0.5, 0.95, 0.999])
def test_truncated_xlsx(tmp_path, fraction):
    data = SAMPLE_XLSX.read_bytes()
    path = tmp_path / "t.xlsx"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(InputError) as exc:
        read(path)
    assert f"tệp {path}" in message(exc) and "không đọc được tệp Excel" in message(exc)


def test_xlsx_with_a_damaged_sheet(tmp_path):
    path = tmp_path / "d.xlsx"
    with zipfile.ZipFile(SAMPLE_XLSX) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(InputError) as exc:
        read(path)
    assert "không đọc được tệp Excel" in message(exc)


def test_csv_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(",".join(HEADERS_MIN).encode("utf-16"))
    with pytest.raises(InputError) as exc:
        read(path)
    assert "UTF-8" in message(exc)


def test_empty_csv(tmp_path):
    (tmp_path / "e.csv").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read(tmp_path / "e.csv")
    assert "không có dòng tiêu đề" in message(exc)


# ---- formula injection -----------------------------------------------------------------------


def _claim_dict(**changes) -> dict:
    claim = {
        "claim_id": "HS-1", "unit": {"code": "SLDTBXH", "name": "Sở", "level": "province"}, "fiscal_year": 2022,
        "subproject": "TDA1",
        "activity": {"kind": "training", "title": "Lớp tập huấn", "start_date": "2022-11-08",
                     "end_date": "2022-11-09", "organiser_level": "province",
                     "venue": {"name": "Tam Kỳ", "kind": "provincial_city"}, "participants": 60},
        "line_items": [{"line_id": "1", "category": "per_diem", "description": "Phụ cấp lưu trú", "quantity": 2,
                        "unit": "người-ngày", "unit_price": 200000, "amount": 400000, "incurred_on": "2022-11-08",
                        "payee": {"name": "Nguyễn Văn A", "salaried": True},
                        "documents": [{"kind": "approval_decision", "number": "12/QĐ", "date": "2022-11-01"}]}],
    }
    claim.update(changes)
    return claim


def _hostile_claims() -> list[Claim]:
    claims = []
    for index, text in enumerate(INJECTIONS):
        data = _claim_dict(claim_id=f"{text} #{index}")
        data["unit"]["code"] = text
        data["activity"]["title"] = text
        line = data["line_items"][0]
        line.update(line_id=text, description=text, unit=text)
        line["payee"]["name"] = text
        line["documents"][0]["number"] = text
        claims.append(Claim.model_validate(data))
    return claims


def _formula_cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_template_never_writes_a_formula(tmp_path):
    claims = _hostile_claims()
    path = tmp_path / "t.xlsx"
    write_template(path, claims)
    assert _formula_cells(path) == []
    sheet = openpyxl.load_workbook(path)["Khoản chi"]
    descriptions = [row[HEADERS.index("Nội dung")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert descriptions == INJECTIONS  # the text as it was (carriage returns too), stored as text
    # read back as data; the reader trims spaces around a cell, so "\t=1+1" comes back as "=1+1"
    assert read(path)[:4] == claims[:4]


def _hostile_document() -> DecisionDocument:
    """Every text field of a decision record is hostile (built by hand: independent of the rules)."""
    def finding(text: str, outcome: str) -> dict:
        return {"rule_id": text, "outcome": outcome, "reason": "duplicate" if outcome == "fail" else None,
                "message": text, "actual": text, "limit": text,
                "citations": [{"instrument": text, "label": text}],
                "basis": {"source": text, "verification": "secondary"}}

    claims = [{"claim_id": f"{text} #{i}", "unit_code": text, "subproject": "TDA1", "activity_kind": "training",
               "decision": "flag", "claimed_amount": 400000, "eligible_amount": 0,
               "findings": [finding(text, "fail")],
               "lines": [{"line_id": text, "category": "per_diem", "incurred_on": "2022-11-08", "decision": "flag",
                          "claimed_amount": 400000, "eligible_amount": 0,
                          "findings": [finding(text, "pass"), finding(text, "fail")]}]}
              for i, text in enumerate(INJECTIONS)]
    return DecisionDocument.model_validate({"rulebook": {"version": INJECTIONS[0], "digest": INJECTIONS[1]},
                                            "claims": claims})


def test_report_never_writes_a_formula(tmp_path):
    doc = _hostile_document()
    path = tmp_path / "r.xlsx"
    write_report(doc, path)
    assert _formula_cells(path) == []
    book = openpyxl.load_workbook(path)
    assert [r[0] for r in book["Hồ sơ"].iter_rows(min_row=2, values_only=True)] == [
        c.claim_id for c in doc.claims]
    rows = list(book["Khoản chi"].iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in rows} - {"(cả hồ sơ)"} == {text for text in INJECTIONS}
    assert {r[11] for r in rows} == {r[7] for r in rows} == {text for text in INJECTIONS}  # message, rule
    assert _summary(book)["Phiên bản bộ quy tắc"] == INJECTIONS[0]
    cell = book["Hồ sơ"]["A2"]
    assert cell.data_type == "s" and cell.quotePrefix


def test_vetted_hostile_claims_report_has_no_formula(tmp_path):
    doc = Vetter(load()).document(_hostile_claims())
    write_report(doc, tmp_path / "r.xlsx")
    assert _formula_cells(tmp_path / "r.xlsx") == []


# ---- the report ------------------------------------------------------------------------------


def _summary(book) -> dict:
    return {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(values_only=True) if row[0]}


def test_report_of_the_sample(document, tmp_path):
    path = tmp_path / "r.xlsx"
    write_report(document, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["Tổng hợp", "Hồ sơ", "Khoản chi"]
    claims = document.claims
    lines = [line for claim in claims for line in claim.lines]
    summary = _summary(book)
    assert summary["Phiên bản bộ quy tắc"] == document.rulebook.version
    assert summary["Mã kiểm bộ quy tắc (digest)"] == document.rulebook.digest
    assert summary["Số hồ sơ"] == len(claims) == len(EXPECTED)
    assert summary["Hồ sơ được duyệt"] == sum(c.decision == "approve" for c in claims)
    assert summary["Hồ sơ gắn cờ"] == sum(c.decision == "flag" for c in claims) > 0
    assert summary["Số khoản chi"] == len(lines) == sum(len(c["lines"]) for c in EXPECTED.values())
    assert summary["Khoản chi gắn cờ"] == sum(line.decision == "flag" for line in lines) > 0
    assert summary["Khoản chi được duyệt"] == sum(line.decision == "approve" for line in lines)
    claimed, eligible = sum(c.claimed_amount for c in claims), sum(c.eligible_amount for c in claims)
    assert (summary["Tổng số tiền đề nghị"], summary["Tổng số tiền được thanh toán"],
            summary["Tổng số tiền có rủi ro"]) == (claimed, eligible, claimed - eligible)
    failed = {f.reason for c in claims for f in c.findings + [f for line in c.lines for f in line.findings]
              if f.outcome == "fail"}
    by_reason = {row[1]: row for row in book["Tổng hợp"].iter_rows(values_only=True) if row[1] in failed}
    assert set(by_reason) == failed  # one row per reason: Vietnamese name, code, counts, money at risk
    assert sum(row[2] for row in by_reason.values()) == sum(
        f.outcome == "fail" for c in claims for f in c.findings + [f for line in c.lines for f in line.findings])

    sheet = book["Hồ sơ"]
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(claims) and sheet.freeze_panes == "A2"
    assert sum(r[4].value == "gắn cờ" for r in rows) == summary["Hồ sơ gắn cờ"]
    assert all((r[4].value == "gắn cờ") == (r[0].fill.fgColor.rgb == "00FFC7CE") for r in rows)
    assert {r[6].number_format for r in rows} == {"#,##0"}

    sheet = book["Khoản chi"]
    rows = list(sheet.iter_rows(min_row=2))
    findings = sum(len(c.findings) + sum(len(line.findings) or 1 for line in c.lines) for c in claims)
    assert len(rows) == findings and sheet.freeze_panes == "A2"
    assert {r[1].value for r in rows} >= {line.line_id for line in lines}
    fails = [r for r in rows if r[8].value == "không đạt"]
    assert fails and all(r[0].fill.fgColor.rgb == "00FFC7CE" for r in fails)
    assert {r[5].number_format for r in rows if r[5].value is not None} == {"#,##0"}


def test_report_shows_the_kinds_of_flag(document, tmp_path):
    """A block by kind (items, claimed, at risk) adding up to the batch; the kind on every flagged row."""
    from compliance.models import FLAG_KIND, flag_kind
    from compliance.vocabulary import FLAG_KIND_VI

    path = tmp_path / "r.xlsx"
    write_report(document, path)
    book = openpyxl.load_workbook(path)
    summary = [row for row in book["Tổng hợp"].iter_rows(values_only=True)]
    first = next(i for i, row in enumerate(summary) if row[0] == "Theo loại cờ")
    assert summary[first + 1][:4] == ("Loại cờ", "Số khoản gắn cờ", "Số tiền đề nghị", "Số tiền có rủi ro")
    block = {row[0]: row[1:4] for row in summary[first + 2:first + 5]}
    expected = {label: [0, 0, 0] for label in FLAG_KIND_VI.values()}
    for claim in document.claims:
        own = [f.reason for f in claim.findings if f.outcome == "fail"]
        if own:  # the claim's own checks: one item, claimed the whole claim, at risk what it loses beyond its lines
            beyond = claim.claimed_amount - claim.eligible_amount - sum(
                line.claimed_amount - line.eligible_amount for line in claim.lines)
            expected[FLAG_KIND_VI[flag_kind(own)]] = [a + b for a, b in zip(
                expected[FLAG_KIND_VI[flag_kind(own)]], (1, claim.claimed_amount, max(beyond, 0)))]
        for line in claim.lines:
            if line.decision == "flag":
                label = FLAG_KIND_VI[line.flag_kind]
                expected[label] = [a + b for a, b in zip(expected[label], (
                    1, line.claimed_amount, line.claimed_amount - line.eligible_amount))]
    assert {k: list(v) for k, v in block.items()} == expected
    assert sum(v[2] for v in block.values()) == sum(c.claimed_amount - c.eligible_amount for c in document.claims)

    claims = {row[0]: row for row in book["Hồ sơ"].iter_rows(min_row=2, values_only=True)}
    assert [c.value for c in book["Hồ sơ"][1]][5] == "Loại cờ"
    assert {c.claim_id: claims[c.claim_id][5] for c in document.claims} == {
        c.claim_id: FLAG_KIND_VI.get(c.flag_kind) for c in document.claims}
    headers = [c.value for c in book["Khoản chi"][1]]
    reason, kind = headers.index("Lý do"), headers.index("Loại cờ")
    rows = list(book["Khoản chi"].iter_rows(min_row=2, values_only=True))
    by_label = {v: k for k, v in REASON_VI.items()}
    assert any(r[kind] for r in rows)
    for r in rows:
        code = by_label.get(r[reason])
        assert r[kind] == (FLAG_KIND_VI[FLAG_KIND.get(code, "violation")] if r[reason] else None)


def test_a_failed_write_leaves_nothing(document, tmp_path, monkeypatch):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"previous report")

    def boom(self, filename):
        Path(filename).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    with pytest.raises(OSError):
        write_report(document, target)
    with pytest.raises(OSError):
        write_template(tmp_path / "t.xlsx", [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]
    assert target.read_bytes() == b"previous report"


def test_template_sheets(tmp_path):
    path = tmp_path / "t.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Khoản chi", "Hướng dẫn", "Loại khoản chi"]
    sheet = book["Khoản chi"]
    assert [c.value for c in sheet[1]] == list(HEADERS) and sheet.freeze_panes == "A2" and sheet["A1"].font.b
    guide = {row[0]: row for row in book["Hướng dẫn"].iter_rows(values_only=True) if row[0]}
    assert all(guide[h][1] == ("có" if h in REQUIRED else "không") for h in HEADERS)
    codes = [row for row in book["Loại khoản chi"].iter_rows(values_only=True)]
    assert ("lecturer_fee", "thù lao giảng viên, báo cáo viên", "buổi", None) in codes
    assert ("inspection", "kiểm tra, giám sát, đánh giá", "TDA2", "khoản 4 Điều 24 Thông tư 46/2022/TT-BTC") in codes
    with pytest.raises(InputError):  # an empty template is not a batch
        read(path)


def test_attributes_round_trip_through_the_sheet(tmp_path):
    data = _claim_dict(attributes={"extended_task": True, "note": "a;b=c", "count": 5})
    data["activity"]["attributes"] = {"abroad": True, "lead_unit": False}
    data["line_items"][0]["attributes"] = {"respondent": "organisation", "indicators": 30, "mode": "flat",
                                           "expert_level": 2, "in_house": True}
    claim = Claim.model_validate(json.loads(json.dumps(data)))
    write_template(tmp_path / "a.xlsx", [claim])
    assert read(tmp_path / "a.xlsx") == [claim]
    data["attributes"]["nested"] = {"a": 1}  # cannot be written to a cell: refused, not dropped
    with pytest.raises(ValueError, match="nested"):
        write_template(tmp_path / "b.xlsx", [Claim.model_validate(data)])
    assert not (tmp_path / "b.xlsx").exists()


def test_report_has_a_sheet_per_clause_with_its_findings(tmp_path):
    from compliance.reports.xlsx import write_report
    from compliance.rulebook import load
    from compliance.vetting.vetter import Vetter
    import openpyxl

    doc = Vetter(load()).document(read(ROOT / "examples/quang-nam-2022/claims.json"))
    out = tmp_path / "report.xlsx"
    write_report(doc, out)
    book = openpyxl.load_workbook(out)
    by_label = {ws.cell(1, 1).value: ws for ws in book.worksheets[3:]}
    per_diem = by_label["khoản 1 Điều 6 Thông tư 40/2017/TT-BTC"]
    rows = [[c.value for c in r] for r in per_diem.iter_rows(min_row=3)]
    expected = sum(1 for c in doc.claims for l in c.lines for f in l.findings
                   if any(x.label == "khoản 1 Điều 6 Thông tư 40/2017/TT-BTC" for x in f.citations))
    assert len(rows) == expected > 0
    assert any(r[4] == "vượt mức tối đa" for r in rows)
    assert all(len(ws.title) <= 31 for ws in book.worksheets)
