"""The treasury's own forms, as units type them in Excel → claims (readers/stream.py validates them).

- C2-02a/NS, "Giấy rút dự toán ngân sách nhà nước" (form 13 of Decree 347/2025; the same table under
  Decree 11/2020): a header (unit, Mã ĐVQHNS, programme, number and date, the decision or contract it
  rests on), the table (1) Nội dung thanh toán, (2)-(3) invoice number and date, (4)-(5) voucher number
  and date, (6) Mã NDKT, (7) Mã ngành KT, (8) Mã nguồn NSNN, (9) amount; the total row; the amount in words.
- C2-03/NS, "Giấy đề nghị thanh toán tạm ứng" (form 10): the same, with the Mã NDKT advanced and the
  Mã NDKT to settle, the advance balance and the amount requested.
- The payee list (form 20) in the same workbook: its total becomes the claim's `payee_list_total`
  (of the order on the sheets before it), which a rule holds against the order.

A sheet is recognised by its title or its table's headings; the table's columns by their headings
(merged header cells, a second heading row, the "(1) (2) … (9)" numbering row all read). Blank spacer
rows are skipped; amounts typed as text with dots ("1.200.000") are read. Each order is one claim,
each table row one line; the total row is the claim's `declared_total`.

What the form does not carry is worked out from what it does (readers/from_words.py) and noted in
`attributes.inferred` (field → how; every finding that rests on the field says so): the category,
quantity and unit price of a row, its date (the invoice's, else the voucher's), the unit's level, the
sub-project, the kind of activity and its dates. A row value that cannot be worked out stays blank,
and the rules that need it ask for it (missing information). The contract requires a unit level, a
sub-project and a kind of activity for every claim: when the order's words do not tell them, the
order is an input problem naming the header cell to complete.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from . import from_words as words
from .columns import CellError, Column, column_for, is_blank, read_cell, read_date, read_money
from .errors import InputError, Problem
from .items import Item
from .tabular import put_at

C2_02A, C2_03, PAYEES = "C2-02a/NS", "C2-03/NS", "danh sách chi trả"
FORM_NAME = {C2_02A: "giấy rút dự toán", C2_03: "giấy đề nghị thanh toán tạm ứng"}
# Words of a sheet's first rows (compared without diacritics) that name the form.
TITLES = ((C2_02A, ("c2-02a", "giay rut du toan")), (C2_03, ("c2-03", "de nghi thanh toan tam ung")),
          (PAYEES, ("doi tuong thu huong", "danh sach chi tra", "danh sach thanh toan", "mau so 20")))
HEAD_ROWS = 40  # a form's header lies within its first rows
# The header's labels (compared without diacritics, at the start of a cell) → what they give.
LABELS = (("unit_code", ("ma dvqhns", "ma don vi co quan he voi ngan sach", "ma dvsdns", "ma don vi")),
          ("unit_name", ("don vi rut du toan", "don vi de nghi thanh toan", "don vi tra tien", "don vi:")),
          ("programme", ("ten ctmt", "ten chuong trinh", "ctmt, da", "chuong trinh muc tieu", "ma ctmt")),
          ("fiscal_year", ("nam ngan sach", "nam ns")),
          ("number", ("so:", "so :")),
          ("basis", ("can cu", "theo quyet dinh", "quyet dinh so", "hop dong so")))
_DATE_WORDS = re.compile(r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)
_SPAN = re.compile(r"từ\s*ngày\s*(\d{1,2}/\d{1,2}/\d{4})\s*(?:đến|-)\s*(?:ngày\s*)?(\d{1,2}/\d{1,2}/\d{4})",
                   re.IGNORECASE)
_ON_DAY = re.compile(r"ngày\s*(\d{1,2}/\d{1,2}/\d{4})", re.IGNORECASE)
_ABOUT = re.compile(r"về việc\s+(.+)", re.IGNORECASE)
_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_TOTAL = re.compile(r"^(tong cong|cong|tong so|tong)\b")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def form_of(rows: list[list[Any]]) -> str | None:
    """Which treasury form a sheet is: the first of its cells (in reading order) that names one, else its
    table's headings ("(Kèm theo Giấy rút dự toán …)" under a payee list's title names the list's order)."""
    cells = [words.plain(_text(c)) for row in rows[:HEAD_ROWS] for c in row if not is_blank(c)]
    for cell in cells:
        for form, cues in TITLES:
            if any(cue in cell for cue in cues):
                return form
    head = " | ".join(cells)
    if "noi dung thanh toan" in head and "ndkt" in head:
        return C2_03 if "tam ung" in head else C2_02A
    return None


def is_treasury_workbook(path: Path) -> bool:
    """An .xlsx whose sheets hold a payment order (and no sheet laid out as our template)."""
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # the tabular reader reports a broken file
        return False
    try:
        found = False
        for sheet in book.worksheets:
            rows = [list(r) for r in sheet.iter_rows(max_row=HEAD_ROWS, values_only=True)]
            first = next((r for r in rows if any(not is_blank(c) for c in r)), [])
            if any(words.plain(_text(c)) == "ma ho so" for c in first):
                return False  # our own template
            found = found or form_of(rows) in (C2_02A, C2_03)
        return found
    except Exception:
        return False
    finally:
        book.close()


# ---- a sheet as a grid ------------------------------------------------------------------------------


def _grid(sheet) -> tuple[list[list[Any]], list[list[Any]]]:
    """The sheet's values as typed, and the same with each merged cell's value repeated over its range —
    for reading headings ("Hóa đơn" merged over "Số" and "Ngày" names both); rows are read as typed (a
    content merged over the invoice's columns is not an invoice number)."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    filled = [list(r) for r in rows]
    for merged in sheet.merged_cells.ranges:
        value = rows[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(rows) else None
        for r in range(merged.min_row, min(merged.max_row, len(rows)) + 1):
            row = filled[r - 1]
            row.extend([None] * (merged.max_col - len(row)))
            for c in range(merged.min_col, merged.max_col + 1):
                if row[c - 1] is None:
                    row[c - 1] = value
    return rows, filled


# The table's columns, by words of their headings (all rows of the heading, without diacritics).
COLUMNS = (("advanced_ndkt", ("ndkt", "tam ung"), ("de nghi",)), ("ndkt", ("ndkt",), ()),
           ("ndkt", ("noi dung kinh te",), ()), ("content", ("noi dung",), ()),
           ("invoice_date", ("hoa don", "ngay"), ()), ("invoice_no", ("hoa don",), ()),
           ("voucher_date", ("chung tu", "ngay"), ()), ("voucher_no", ("chung tu",), ()),
           ("nganh_kt", ("nganh",), ()), ("nguon_nsnn", ("nguon",), ()),
           ("advance_balance", ("so du",), ()), ("amount", ("so tien",), ()),
           ("amount", ("de nghi thanh toan",), ()), ("amount", ("thanh tien",), ()), ("stt", ("stt",), ()),
           ("payee", ("doi tuong",), ()), ("payee", ("ho va ten",), ()), ("payee", ("ho ten",), ()))
# The heading of a column a unit adds to list the papers filed with each row (the form's own "Chứng từ"
# is the payment voucher): read as our template's «Chứng từ».
PAPERS = ("ho so kem theo", "chung tu kem theo", "tai lieu kem theo")
PAPERS_VI = "Chứng từ"
NEEDED = {C2_02A: ("content", "amount"), C2_03: ("content", "amount"), PAYEES: ("amount",)}
HEADING_VI = {"content": "Nội dung thanh toán", "amount": "Số tiền", "ndkt": "Mã NDKT",
              "invoice_date": "Ngày hóa đơn", "voucher_date": "Ngày chứng từ", "advance_balance": "Số dư tạm ứng"}


def _kind_of(heading: str) -> str | None:
    for kind, cues, unless in COLUMNS:
        if all(c in heading for c in cues) and not any(u in heading for u in unless):
            return kind
    return None


@dataclass
class Table:
    columns: dict[str, int]  # kind -> column index
    first: int  # index of the first data row
    # Columns the unit added beside the form's, headed as our template's ("Hạng", "Địa điểm" …): what the
    # rules ask for that the form has no place for.
    added: dict[int, Column] = field(default_factory=dict)


def _table(grid: list[list[Any]], form: str) -> Table | None:
    """Where the table's headings are, and its columns."""
    needed = NEEDED[form]
    for h, row in enumerate(grid):
        cells = [words.plain(_text(c)) for c in row]
        if not any("so tien" in c or "noi dung" in c or "de nghi thanh toan" in c for c in cells):
            continue
        # The heading may take the next rows too (a merged "Hóa đơn" over "Số" and "Ngày"), down to the
        # numbering row or the first row with an amount.
        last = h
        for r in range(h + 1, min(h + 4, len(grid))):
            texts = [_text(c) for c in grid[r] if not is_blank(c)]
            if texts and all(_NUMBERING.match(t) for t in texts):
                break
            if not texts or any(isinstance(c, (int, float)) and not isinstance(c, bool) for c in grid[r]):
                break
            if all(words.plain(t) in ("so", "ngay", "so hieu", "ngay thang") for t in texts) or \
                    any(t in ("Số", "Ngày") for t in texts):
                last = r
            else:
                break
        width = max(len(grid[r]) for r in range(h, last + 1))
        columns: dict[str, int] = {}
        added: dict[int, Column] = {}
        for c in range(width):
            heading = " ".join(words.plain(_text(grid[r][c])) for r in range(h, last + 1) if c < len(grid[r]))
            named = _text(grid[h][c]) if c < len(grid[h]) else ""
            template = column_for(PAPERS_VI if words.plain(named) in PAPERS else named)
            kind = _kind_of(heading)
            if kind:
                columns.setdefault(kind, c)
            elif template is not None:
                added[c] = template
        if all(k in columns for k in needed):
            first = last + 1
            texts = [_text(c) for c in grid[first]] if first < len(grid) else []
            if any(texts) and all(_NUMBERING.match(t) for t in texts if t):
                first += 1  # the "(1) (2) … (9)" row
            return Table(columns, first, added)
    return None


# ---- the header ---------------------------------------------------------------------------------------


@dataclass
class Header:
    values: dict[str, str] = field(default_factory=dict)
    date: dt.date | None = None


def _header(grid: list[list[Any]], end: int) -> Header:
    """The header's labelled values (a value after the label's colon, or in the next cell of the row)
    and the order's date: the first "ngày … tháng … năm …" of the sheet (above the table or by the
    signatures below it)."""
    found = Header()
    for row in grid:
        for text in map(_text, row):
            when = _DATE_WORDS.search(text)
            if when and found.date is None:
                try:
                    found.date = dt.date(int(when[3]), int(when[2]), int(when[1]))
                except ValueError:
                    pass
    for row in grid[:end]:
        cells = [_text(c) for c in row]
        for i, text in enumerate(cells):
            if not text:
                continue
            bare = words.plain(text)
            for name, labels in LABELS:
                label = next((lab for lab in labels if bare.startswith(lab)), None)
                if label is None or name in found.values:
                    continue
                value = text.split(":", 1)[1].strip(" .…") if ":" in text else ""
                if name == "basis" and not value:
                    value = text
                if not value:  # in the next cell (a merged label repeats itself over its range: skip it)
                    value = next((c for c in cells[i + 1:] if c and c != text and c not in (":", "…")), "")
                if value and not set(value) <= set(".…_ "):
                    found.values[name] = value
                break
    return found


# ---- the workbook → raw claims ----------------------------------------------------------------------------


@dataclass
class Order:
    """One order as read: its sheet, its raw claim, and the rows (its heading row, then each line's)."""

    sheet: str
    data: dict
    rows: list[int]


def treasury_items(path: Path, problems) -> Iterator:
    """The raw claims of a workbook of payment orders (readers/stream.py validates them)."""
    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except Exception:
        raise InputError(str(path), [Problem("không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng "
                                             ".xlsx")]) from None
    orders: list[Order] = []
    for sheet in book.worksheets:
        grid, headings = _grid(sheet)
        form = form_of(headings)
        if form is None:
            continue
        reader = _SheetReader(sheet.title, form, grid, headings, problems)
        if form == PAYEES:
            total = reader.payee_total()
            if total is not None and orders:  # a list belongs to the order on the sheets before it
                attributes = orders[-1].data.setdefault("attributes", {})
                attributes["payee_list_total"] = attributes.get("payee_list_total", 0) + total
            elif total is not None:
                reader.fail("danh sách chi trả đứng trước mọi giấy rút dự toán: đặt nó sau giấy rút mà nó kèm theo")
            continue
        order = reader.order()
        if order is not None:
            orders.append(order)
    book.close()
    ids: dict[str, int] = {}
    for index, order in enumerate(orders):
        claim_id = order.data["claim_id"]
        if claim_id in ids:  # two orders with the same number: tell them apart by their sheets
            order.data["claim_id"] = f"{claim_id} ({order.sheet})"
        ids[claim_id] = index
        rows = order.rows

        def row_of(loc: tuple, rows=rows) -> int | None:
            if len(loc) >= 2 and loc[0] == "line_items" and isinstance(loc[1], int) and loc[1] < len(rows) - 1:
                return rows[loc[1] + 1]
            return rows[0]

        def relabel(problem: Problem, sheet=order.sheet) -> Problem:
            return Problem(problem.message, problem.claim_id, problem.row,
                           f"trang tính «{sheet}» — {problem.field}" if problem.field else f"trang tính «{sheet}»")

        yield Item(order.data, index, rows[0], row_of, relabel, rows[1:])
    if not orders and not problems:
        problems.add(Problem("không thấy giấy rút dự toán (C2-02a/NS) hay giấy đề nghị thanh toán tạm ứng "
                             "(C2-03/NS) nào trong tệp"))


class _SheetReader:
    def __init__(self, sheet: str, form: str, grid: list[list[Any]], headings: list[list[Any]], problems):
        self.sheet, self.form, self.grid, self.headings, self.problems = sheet, form, grid, headings, problems

    def fail(self, message: str, row: int | None = None, column: int | None = None, kind: str | None = None,
             claim_id: str | None = None) -> None:
        where = f"trang tính «{self.sheet}»"
        if column is not None:
            where += f", cột {get_column_letter(column + 1)}" + (f" ({HEADING_VI.get(kind, kind)})" if kind else "")
        self.problems.add(Problem(message, claim_id, row, where))

    def _cell(self, r: int, kind: str, table: Table) -> Any:
        c = table.columns.get(kind)
        row = self.grid[r]
        return row[c] if c is not None and c < len(row) else None

    def _read(self, r: int, kind: str, table: Table, read: Callable[[Any], Any], claim_id: str | None = None) -> Any:
        """A cell of the table read by `read` (read_money, read_date); None when blank or unreadable (the
        problem, naming sheet, row and column, is added)."""
        value = self._cell(r, kind, table)
        if is_blank(value):
            return None
        try:
            return read(value)
        except CellError as exc:
            self.fail(str(exc), r + 1, table.columns[kind], kind, claim_id)
            return None

    def payee_total(self) -> int | None:
        """The list's total: its total row, else the sum of its amounts."""
        table = _table(self.headings, PAYEES)
        if table is None:
            self.fail("không thấy cột «Số tiền» của danh sách chi trả")
            return None
        amounts: list[int] = []
        for r in range(table.first, len(self.grid)):
            texts = [words.plain(_text(c)) for c in self.grid[r] if not is_blank(c)]
            amount = self._read(r, "amount", table, read_money)
            if texts and _TOTAL.match(texts[0]) and amount is not None:
                return amount
            if amount is not None and not re.match(r"^[ivx]+\.?$", texts[0] if texts else ""):
                amounts.append(amount)  # a group's heading row ("I. Công chức") carries no amount of its own
        return sum(amounts) if amounts else None

    def order(self) -> Order | None:
        table = _table(self.headings, self.form)
        if table is None:
            self.fail(f"không thấy bảng của {FORM_NAME[self.form]}: cần các cột «Nội dung thanh toán» và "
                      "«Số tiền» (hoặc «Số đề nghị thanh toán»)")
            return None
        header = _header(self.headings, table.first)
        number = header.values.get("number")
        claim_id = f"{self.form.split('/')[0]} số {number}" if number else f"{self.form.split('/')[0]} {self.sheet}"
        lines: list[dict] = []
        rows: list[int] = []
        declared: int | None = None
        texts: list[tuple[str, str]] = []
        for r in range(table.first, len(self.grid)):
            cells = [_text(c) for c in self.grid[r]]
            if not any(cells):
                continue  # a spacer row
            content = _text(self._cell(r, "content", table))
            first = words.plain(next(c for c in cells if c))
            if "bang chu" in first or "ghi bang chu" in words.plain(" ".join(cells)):
                break
            amount = self._read(r, "amount", table, read_money, claim_id)
            if _TOTAL.match(first) or _TOTAL.match(words.plain(content)):
                declared = amount
                break
            if amount is None:
                if content:
                    texts.append(("dòng", content))  # a heading inside the table: "Lớp tập huấn tại …"
                continue
            line = self._line(r, table, content, amount, claim_id)
            line["line_id"] = str(len(lines) + 1)
            lines.append(line)
            rows.append(r + 1)
        if not lines:
            self.fail(f"{FORM_NAME[self.form]} không có dòng nào có số tiền", claim_id=claim_id)
            return None
        data = self._claim(claim_id, header, lines, texts)
        if declared is not None:
            data.setdefault("attributes", {})["declared_total"] = declared
        return Order(self.sheet, data, [table.first + 1, *rows])

    def _line(self, r: int, table: Table, content: str, amount: int, claim_id: str) -> dict:
        line: dict[str, Any] = {"amount": amount}
        notes: dict[str, str] = {}
        if content:
            line["description"] = content
        attributes: dict[str, Any] = {}
        for kind in ("ndkt", "advanced_ndkt"):
            code = _text(self._cell(r, kind, table))
            if code:
                if re.fullmatch(r"\d{4}", code):
                    attributes[kind] = int(code)
                else:
                    self.fail(f"Mã NDKT phải là 4 chữ số (giá trị: {code!r})", r + 1, table.columns[kind], kind,
                              claim_id)
        for kind in ("nganh_kt", "nguon_nsnn"):
            code = _text(self._cell(r, kind, table))
            if code:
                attributes[kind] = code
        balance = self._read(r, "advance_balance", table, read_money, claim_id)
        if balance is not None:
            attributes["advance_balance"] = balance
        documents = []
        for kind, number_kind, date_kind in (("invoice", "invoice_no", "invoice_date"),
                                             ("payment_voucher", "voucher_no", "voucher_date")):
            number, date = _text(self._cell(r, number_kind, table)), self._read(r, date_kind, table, read_date, claim_id)
            if number or date:
                documents.append({"kind": kind, **({"number": number} if number else {}),
                                  **({"date": date.isoformat()} if date else {})})
        line["documents_complete"] = False  # the contract, minutes … are filed with the order, not named on it
        if documents:
            line["documents"] = documents
            dated = next(((d["kind"], d["date"]) for d in documents if "date" in d), None)
            if dated:
                line["incurred_on"] = dated[1]
                notes["incurred_on"] = ("ngày phát sinh lấy theo ngày " +
                                        ("hóa đơn" if dated[0] == "invoice" else "chứng từ") + f" {_dmy(dated[1])}")
        product = words.quantity_and_price(content)
        if product:
            quantity, unit, price, note = product
            line.update(quantity=quantity, unit_price=price, **({"unit": unit} if unit else {}))
            notes["quantity"] = notes["unit_price"] = note
        if attributes:
            line["attributes"] = attributes
        for c, column in table.added.items():
            value = self.grid[r][c] if c < len(self.grid[r]) else None
            try:
                value = read_cell(column, value)
            except CellError as exc:
                self.fail(str(exc), r + 1, c, column.header, claim_id)
                continue
            if value is None:
                continue
            if column.path == ("documents",):  # the unit lists the papers filed with the row: all of them
                line["documents"] = line.get("documents", []) + value
                line["documents_complete"] = True
            else:
                put_at(line if column.level == "line" else line.setdefault("_claim", {}), column.path, value)
        line["_notes"] = notes
        return line

    def _claim(self, claim_id: str, header: Header, lines: list[dict], texts: list[tuple[str, str]]) -> dict:
        values = header.values
        notes: dict[str, str] = {}
        basis = values.get("basis")
        programme = values.get("programme")
        sources = ([("căn cứ", basis)] if basis else []) + ([("tên chương trình, dự án", programme)] if programme
                                                              else []) + texts
        sources += [("nội dung", line["description"]) for line in lines if line.get("description")]
        unit: dict[str, Any] = {}
        if values.get("unit_code"):
            unit["code"] = values["unit_code"]
        if values.get("unit_name"):
            unit["name"] = values["unit_name"]
        level = words.unit_level(values.get("unit_name"))
        if level:
            unit["level"], notes["unit.level"] = level
        data: dict[str, Any] = {"claim_id": claim_id, "unit": unit}
        year = values.get("fiscal_year")
        if year and re.fullmatch(r"\d{4}", year.strip()):
            data["fiscal_year"] = int(year)
        elif header.date:
            data["fiscal_year"] = header.date.year
            notes["fiscal_year"] = f"năm ngân sách lấy theo ngày của {FORM_NAME[self.form]} {header.date:%d/%m/%Y}"
        elif dated := sorted(d["date"] for line in lines for d in line.get("documents", []) if "date" in d):
            data["fiscal_year"] = int(dated[-1][:4])
            notes["fiscal_year"] = f"năm ngân sách lấy theo ngày hóa đơn, chứng từ muộn nhất {_dmy(dated[-1])}"
        found = words.subproject(sources)
        if found:
            data["subproject"], notes["subproject"] = found
        kind = words.activity_kind(sources)
        activity: dict[str, Any] = {}
        if kind:
            activity["kind"], notes["activity.kind"] = kind
        if basis:  # "Căn cứ Quyết định số … về việc tổ chức lớp tập huấn …": the activity is what it is about
            about = _ABOUT.search(basis)
            activity["title"] = (about[1] if about else basis).strip(" .")
        place = words.venue(sources)
        if place:
            activity["venue"] = {"name": place[0]}
            notes["activity.venue.name"] = place[1]
        span = _SPAN.search(" ".join(t for _, t in sources))
        # The activity's days: its invoices' (a voucher is dated when paid, after the activity).
        days = sorted(dt.date.fromisoformat(d["date"]) for line in lines for d in line.get("documents", [])
                      if d["kind"] == "invoice" and "date" in d)
        heading_day = next((m for _, t in texts if (m := _ON_DAY.search(t))), None)
        if span:
            try:
                start, end = read_date(span[1]), read_date(span[2])
                activity["start_date"], activity["end_date"] = start.isoformat(), end.isoformat()
                notes["activity.start_date"] = notes["activity.end_date"] = f"thời gian hoạt động theo «{span[0]}»"
            except CellError:
                span = None
        if not span and heading_day:
            try:
                activity["start_date"] = read_date(heading_day[1]).isoformat()
                notes["activity.start_date"] = f"ngày hoạt động theo dòng «{heading_day.string}»"
            except CellError:
                heading_day = None
        if not span and not heading_day and days:
            activity["start_date"], activity["end_date"] = days[0].isoformat(), days[-1].isoformat()
            notes["activity.start_date"] = notes["activity.end_date"] = (
                f"thời gian hoạt động lấy theo ngày sớm nhất và muộn nhất của hóa đơn "
                f"({days[0]:%d/%m/%Y}–{days[-1]:%d/%m/%Y})")
        elif not span and not heading_day and (paid := sorted(line["incurred_on"] for line in lines
                                                              if "incurred_on" in line)):
            activity["start_date"] = paid[0]  # no invoice: the earliest voucher (paid on or after the day)
            notes["activity.start_date"] = f"ngày hoạt động lấy theo ngày chứng từ sớm nhất {_dmy(paid[0])}"
        elif not span and not heading_day and header.date:
            activity["start_date"] = header.date.isoformat()
            notes["activity.start_date"] = f"ngày hoạt động lấy theo ngày của {FORM_NAME[self.form]}"
        data["activity"] = activity
        for line in lines:  # the claim's columns the unit added beside the table: the first value given
            for name, value in line.pop("_claim", {}).items():
                _merge(data, name, value)
        for line in lines:
            line_notes = line.pop("_notes")
            code = (line.get("attributes") or {}).get("ndkt")
            found = words.category(line.get("description"), code, activity.get("kind"))
            if found:
                line["category"], line_notes["category"] = found
            else:
                line["category"] = "other"
                line_notes["category"] = ("nội dung và Mã NDKT không cho biết loại khoản chi: xếp vào «khác», cần "
                                          "thẩm định thủ công")
            if line_notes:
                line.setdefault("attributes", {})["inferred"] = line_notes
        data["line_items"] = lines
        if notes:
            data["attributes"] = {"inferred": notes}
        self._required(data, values, claim_id)
        return data

    def _required(self, data: dict, values: dict[str, str], claim_id: str) -> None:
        """The contract's required fields the order's words did not give: say which header cell to complete."""
        asks = []
        if "code" not in data["unit"]:
            asks.append("mã đơn vị: ghi «Mã ĐVQHNS: …» ở phần đầu")
        if "level" not in data["unit"]:
            asks.append(f"cấp đơn vị: tên đơn vị «{values.get('unit_name', '')}» không cho biết cấp tỉnh, huyện hay "
                        "xã — ghi «Đơn vị rút dự toán: …» với tên đầy đủ (ví dụ «… huyện Núi Thành»)")
        if "fiscal_year" not in data:
            asks.append("năm ngân sách: ghi «Năm NS: …» hoặc ngày lập giấy")
        if "subproject" not in data:
            asks.append("tiểu dự án: ghi «Tiểu dự án 1» hoặc «Tiểu dự án 2» trong «Tên CTMT, DA» (ví dụ «Dự án 7 - "
                        "Tiểu dự án 1»)")
        if "kind" not in data["activity"]:
            asks.append("loại hoạt động: ghi căn cứ (ví dụ «Căn cứ Quyết định số … về việc tổ chức lớp tập huấn …») "
                        "hoặc nêu hoạt động trong nội dung thanh toán")
        if "start_date" not in data["activity"]:
            asks.append("ngày: ghi ngày hóa đơn, chứng từ hoặc ngày lập giấy")
        for ask in asks:
            self.fail(f"{FORM_NAME[self.form]} không cho biết {ask}", claim_id=claim_id)


def _merge(target: dict, name: str, value: Any) -> None:
    """What a unit wrote in an added column wins over what was worked out from words (and its note goes)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            _merge(target.setdefault(name, {}), key, inner)
    else:
        target[name] = value


def _dmy(iso: str) -> str:
    return f"{dt.date.fromisoformat(iso):%d/%m/%Y}"
