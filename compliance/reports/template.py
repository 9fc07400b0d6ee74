"""The Excel input template: the "Khoản chi" sheet to fill in, a guide, and the code lists.

`write_template(path)` gives an empty template; `write_template(path, claims)` fills one row
per line item, which is how `examples/quang-nam-2022/claims.xlsx` is made from claims.json.
The columns come from `readers/columns.py`, so what is written here reads back unchanged.
"""

from __future__ import annotations

import typing
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..models import ActivityKind, Category, Claim
from ..readers.columns import COLUMNS, DOCUMENT_KINDS, HEADERS, Column, allowed, claim_rows, other_keys
from ..vocabulary import CATEGORY_VI, DOCUMENT_VI, KIND_VI
from .workbook import BOLD, DATE, HEADER_FILL, MONEY, WRAP, put, put_row, save_atomic, table_header

SHEET, GUIDE, CODES = "Khoản chi", "Hướng dẫn", "Loại khoản chi"
TEMPLATE_ROWS = 5000  # rows that get the drop-down lists
CATEGORIES: tuple[str, ...] = typing.get_args(Category)
KINDS: tuple[str, ...] = typing.get_args(ActivityKind)

# The typical unit of each category, and the clause of each activity kind (spec: claim-format.md).
CATEGORY_UNIT = {
    "lecturer_fee": "buổi", "trainee_meal": "người-ngày", "delegate_meal": "người-ngày",
    "drinking_water": "người-ngày", "per_diem": "người-ngày", "lodging": "người-đêm", "travel": "lượt",
    "venue_rental": "gói", "materials_writing": "trang", "materials_editing": "trang", "materials_review": "trang",
    "printing": "bản", "respondent_payment": "phiếu", "enumerator_pay": "người-ngày", "expert_fee": "người-tháng",
    "software": "gói", "hospitality": "lần", "other": "—",
    "survey_design": "gói", "result_analysis": "gói", "data_processing": "gói", "translation": "trang (350 từ)",
    "interpretation": "giờ", "own_vehicle": "lượt", "monthly_allowance": "người-tháng",
}
KIND_CLAUSE = {
    "training": ("TDA1", 23, 1), "materials": ("TDA1", 23, 1), "study_tour": ("TDA1", 23, 2),
    "conference": ("TDA1", 23, 2), "handbook": ("TDA1", 23, 3), "results_framework": ("TDA2", 24, 1),
    "household_review": ("TDA2", 24, 2), "evaluation_survey": ("TDA2", 24, 2),
    "database_software": ("TDA2", 24, 3), "inspection": ("TDA2", 24, 4),
}
FORMATS = {"text": "văn bản", "int": "số nguyên, ví dụ 2022",
           "money": "số nguyên đồng: 1004012000, 1.004.012.000 hoặc 1,004,012,000",
           "quantity": "số, có thể có phần lẻ: 2 hoặc 1,5",
           "date": "ngày: ô ngày của Excel, YYYY-MM-DD hoặc dd/mm/yyyy", "bool": "có / không (true / false)",
           "documents": "loại:số:ngày, nhiều chứng từ cách nhau bởi ';' — ví dụ contract:12/HĐ:2022-11-01; "
                        "invoice:0001234. Loại chứng từ: ",
           "attributes": "khóa=giá trị, cách nhau bởi ';' — ví dụ expert_level=2; in_house=có. Các khóa:\n"}
GUIDE_INTRO = (
    "Mỗi dòng của trang 'Khoản chi' là một khoản chi. Các cột của hồ sơ "
    f"(từ '{COLUMNS[0].header}' đến '{[c for c in COLUMNS if c.level == 'claim'][-1].header}') "
    "ghi lặp lại trên mọi dòng của hồ sơ; các dòng cùng 'Mã hồ sơ' thuộc một hồ sơ và phải ghi giống nhau "
    "(ô để trống được lấy theo dòng khác của hồ sơ).",
    "Không thêm, đổi tên cột; có thể bỏ các cột không bắt buộc. Mã danh mục ghi bằng mã tiếng Anh "
    "(ví dụ province, TDA1, lecturer_fee) hoặc bằng tên tiếng Việt trong danh mục.",
    "Số tiền là số nguyên đồng. Tệp CSV cũng dùng được: cùng tiêu đề cột, mã hóa UTF-8, phân cách bằng dấu phẩy "
    "hoặc dấu chấm phẩy.",
)


def clause_label(article: int, clause: int) -> str:
    return f"khoản {clause} Điều {article} Thông tư 46/2022/TT-BTC"


def _format(column: Column) -> str:
    if column.kind == "code":
        return "một trong: " + allowed(column.codes, column.labels)
    if column.kind == "documents":
        return FORMATS["documents"] + allowed(DOCUMENT_KINDS, DOCUMENT_VI)
    if column.kind == "attributes":
        keys = [f"{key} ({_format(spec)}): {spec.help}" for key, spec in other_keys(column).items()]
        return FORMATS["attributes"] + "\n".join(keys)
    return FORMATS[column.kind]


def write_template(path: Path | str, claims: list[Claim] | None = None) -> None:
    """Write the input template to `path` (.xlsx), with one row per line item of `claims` if given."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    _fill_claims(sheet, claims or [])
    _fill_guide(book.create_sheet(GUIDE))
    kinds_at = _fill_codes(book.create_sheet(CODES))
    _add_lists(sheet, kinds_at)
    save_atomic(book, path)


def _fill_claims(sheet, claims: list[Claim]) -> None:
    table_header(sheet, HEADERS, (c.width for c in COLUMNS))
    sheet.row_dimensions[1].height = 32
    formats = [MONEY if c.kind == "money" else DATE if c.kind == "date" else None for c in COLUMNS]
    row = 2
    for claim in claims:
        for values in claim_rows(claim):
            put_row(sheet, row, values, formats)
            row += 1


def _fill_guide(sheet) -> None:
    for row, text in enumerate(GUIDE_INTRO, start=1):
        put(sheet, row, 1, text).alignment = WRAP
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 45
    first = len(GUIDE_INTRO) + 2
    table_header(sheet, ("Cột", "Bắt buộc", "Nội dung", "Giá trị cho phép / cách ghi"), (28, 10, 55, 90), first)
    for row, column in enumerate(COLUMNS, start=first + 1):
        put_row(sheet, row, (column.header, "có" if column.required else "không", column.help, _format(column)))
        for index in (3, 4):
            sheet.cell(row=row, column=index).alignment = WRAP


def _fill_codes(sheet) -> tuple[int, int]:
    """Categories, then activity kinds; returns the rows of the kind codes (for the drop-down list)."""
    table_header(sheet, ("Mã loại khoản chi", "Nội dung", "Đơn vị tính thường dùng"), (22, 45, 22))
    for row, code in enumerate(CATEGORIES, start=2):
        put_row(sheet, row, (code, CATEGORY_VI.get(code, ""), CATEGORY_UNIT.get(code, "")))
    row = len(CATEGORIES) + 3
    for index, header in enumerate(("Mã loại hoạt động", "Nội dung", "Tiểu dự án", "Căn cứ"), start=1):
        cell = put(sheet, row, index, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
    sheet.column_dimensions["D"].width = 42
    first = row + 1
    for row, code in enumerate(KINDS, start=first):
        label = KIND_VI.get(code, "")
        subproject, article, clause = KIND_CLAUSE.get(code, ("", 0, 0))
        put_row(sheet, row, (code, label, subproject, clause_label(article, clause) if article else ""))
    return first, first + len(KINDS) - 1


def _add_lists(sheet, kinds_at: tuple[int, int]) -> None:
    """Drop-down lists of codes; other spellings (Vietnamese labels) are still allowed."""
    for index, column in enumerate(COLUMNS, start=1):
        if column.kind not in ("code", "bool"):
            continue
        codes = column.codes or ("có", "không")
        if column.header == "Loại khoản chi":
            source = f"'{CODES}'!$A$2:$A${len(CATEGORIES) + 1}"
        elif column.header == "Loại hoạt động":
            source = f"'{CODES}'!$A${kinds_at[0]}:$A${kinds_at[1]}"
        elif len(",".join(codes)) <= 250:  # Excel's limit for an inline list
            source = '"' + ",".join(codes) + '"'
        else:
            continue
        rule = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
        letter = get_column_letter(index)
        rule.add(f"{letter}2:{letter}{max(TEMPLATE_ROWS, sheet.max_row)}")
        sheet.add_data_validation(rule)
