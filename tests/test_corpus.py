"""The malformed-input corpus beyond the JSON files of test_cli.py and the tabular_* files of
test_tabular.py: JSON Lines and CSV with huge numbers, numbers no parser should hold, NaN and
Infinity, dates out of range, nesting too deep, bytes that are not UTF-8 — each rejected with a
Vietnamese message naming file and line, nothing written, the same with one job or two. Then
input that is valid but tricky: Vietnamese text in NFC and NFD, and Excel cells that look like
formulas or are formulas."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from compliance.cli import app
from compliance.readers import read
from compliance.rulebook import load
from compliance.vetting.vetter import Vetter

ROOT = Path(__file__).resolve().parents[1]
MALFORMED = ROOT / "tests/data/malformed"
runner = CliRunner()

# file -> fragments of the message (the line or row, and the problem)
CORPUS = {
    "lines_huge_amount.jsonl": ["hồ sơ HS-2, dòng 2", "line_items[1].amount", "vượt giới hạn cho phép"],
    "lines_number_too_long.jsonl": ["dòng 2", "số quá dài (hơn 4300 chữ số)"],
    "lines_nan_and_infinity.jsonl": ["dòng 1", "NaN không phải là một số", "dòng 2", "Infinity không phải là một số"],
    "lines_date_out_of_range.jsonl": ["hồ sơ HS-1, dòng 1, trường 'activity.start_date (ngày bắt đầu)'",
                                      "hồ sơ HS-2, dòng 2, trường 'activity.end_date (ngày kết thúc)'",
                                      "ngày hợp lệ dạng YYYY-MM-DD"],
    "lines_deep_nesting.jsonl": ["dòng 2", "lồng nhau quá sâu"],
    "lines_not_utf8.jsonl": ["dòng 2", "không phải văn bản UTF-8"],
    "lines_lone_surrogate.jsonl": ["hồ sơ HS-1, dòng 1", "line_items[1].description", "không phải văn bản Unicode"],
    "sheet_huge_number.csv": ["hồ sơ HS-2, dòng 3", "Đơn giá", "vượt giới hạn cho phép"],
    "sheet_date_out_of_range.csv": ["hồ sơ HS-1, dòng 2", "Ngày bắt đầu (cột G)", "31/12/99999"],
}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_rejected_with_a_vietnamese_message_and_nothing_written(name, jobs, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["vet", str(MALFORMED / name), "-f", "json", "-o", str(out), "--jobs", jobs])
    assert result.exit_code == 2, result.output
    message = " ".join(result.stderr.split())
    assert "Traceback" not in result.output and f"tệp {MALFORMED / name}" in message
    for fragment in CORPUS[name]:
        assert fragment in message, (fragment, message)
    assert not out.exists() and not list(tmp_path.iterdir())


def test_every_corpus_file_is_in_the_table():
    assert {p.name for p in MALFORMED.iterdir() if p.name.startswith(("lines_", "sheet_"))} == set(CORPUS)


# ---- NFC and NFD -------------------------------------------------------------------------------

HEADERS = ["Mã hồ sơ", "Mã đơn vị", "Cấp đơn vị", "Năm ngân sách", "Tiểu dự án", "Loại hoạt động", "Ngày bắt đầu",
           "Ngày kết thúc", "Mã khoản chi", "Loại khoản chi", "Số lượng", "Đơn giá", "Thành tiền", "Người nhận"]
ROWS = [["HS-1", "SLDTBXH", "cấp tỉnh", "2022", "Tiểu dự án 2", "kiểm tra, giám sát, đánh giá", "14/12/2022",
         "16/12/2022", "1", "phụ cấp lưu trú", "3", "150.000", "450.000", "Nguyễn Văn Hùng"],
        ["HS-2", "SLDTBXH", "cấp tỉnh", "2022", "Tiểu dự án 2", "kiểm tra, giám sát, đánh giá", "15/12/2022",
         "15/12/2022", "1", "phụ cấp lưu trú", "1", "150.000", "150.000", "Nguyễn Văn Hùng"]]


def _csv(path: Path, form: str, rows=ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[unicodedata.normalize(form, cell) for cell in row] for row in [HEADERS, *rows]])
    return path


def test_nfd_headers_codes_and_names_read_as_nfc(tmp_path):
    nfc, nfd = _csv(tmp_path / "nfc.csv", "NFC"), _csv(tmp_path / "nfd.csv", "NFD")
    assert nfd.read_bytes() != nfc.read_bytes()
    a, b = read(nfc), read(nfd)
    assert [c.model_dump(exclude={"line_items"}) for c in a] == [c.model_dump(exclude={"line_items"}) for c in b]
    assert [line.category for c in b for line in c.line_items] == ["per_diem", "per_diem"]


def test_the_same_person_in_nfc_and_nfd_is_paid_once_a_day(tmp_path):
    """HS-2 pays Nguyễn Văn Hùng (NFD) for 15/12, a day HS-1 (NFC) already paid him for."""
    rows = [list(ROWS[0]), list(ROWS[1])]
    rows[0][-1] = unicodedata.normalize("NFC", rows[0][-1])
    claims = read(_csv(tmp_path / "mixed.csv", "NFC", rows))
    data = [c.model_dump(mode="json", exclude_none=True) for c in claims]
    data[1]["line_items"][0]["payee"]["name"] = unicodedata.normalize("NFD", "Nguyễn Văn Hùng")
    data[0]["line_items"][0]["incurred_on"] = "2022-12-14"
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in data), encoding="utf-8")
    doc = Vetter(load()).document(read(path))
    second = doc.claims[1].lines[0]
    duplicate = [f for f in second.findings if f.reason == "duplicate"]
    assert duplicate and "HS-1" in duplicate[0].message and second.decision == "flag"


# ---- formulas in Excel cells --------------------------------------------------------------------

INJECTIONS = ['=HYPERLINK("http://example.com","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)"]


def _sheet(path: Path, rows: list[list]) -> Path:
    """Every cell stored as text (as a user typing '=…' after an apostrophe, or a system exporting text)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Khoản chi"
    sheet.append([*HEADERS, "Nội dung"])
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            cell.data_type = "s"
    book.save(path)
    return path


def _formulas(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_text_that_looks_like_a_formula_stays_text_in_the_report(tmp_path):
    rows = []
    for i, text in enumerate(INJECTIONS):
        row = [f"HS-{i}", *ROWS[0][1:-1], text, text]  # payee and description
        rows.append(row)
    source = _sheet(tmp_path / "in.xlsx", rows)
    assert _formulas(source) == []
    out = tmp_path / "report.xlsx"
    result = runner.invoke(app, ["vet", str(source), "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _formulas(out) == []
    cells = {c.value for ws in openpyxl.load_workbook(out) for row in ws.iter_rows() for c in row}
    assert any(isinstance(v, str) and "HS-0" in v for v in cells)


def test_a_real_formula_cell_is_never_evaluated(tmp_path):
    """A formula the reader finds without a value Excel computed (a file not saved by Excel) is
    missing data: rejected, nothing written. Nothing here evaluates a formula."""
    row = [*ROWS[0][:12], "=K2*L2", ROWS[0][-1], "=HYPERLINK(\"http://example.com\",\"x\")"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Khoản chi"
    sheet.append([*HEADERS, "Nội dung"])
    sheet.append(row)
    source = tmp_path / "f.xlsx"
    book.save(source)
    assert _formulas(source) == ["Khoản chi!M2", "Khoản chi!O2"]
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["vet", str(source), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2
    assert "line_items[1].amount" in " ".join(result.stderr.split()) and not out.exists()
