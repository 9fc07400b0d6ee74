"""CSV and XLSX input: rows of line items (format in `columns.py`) → validated claims.

Rows are streamed: a CSV is read line by line, an XLSX sheet row by row (openpyxl read-only).
Row numbers in messages are those a spreadsheet shows (the header is usually row 1).
"""

from __future__ import annotations

import csv
import difflib
import itertools
from collections.abc import Generator, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from .columns import (COLUMNS, HEADERS, REQUIRED, CellError, Column, column_at, column_for, is_blank, normalise,
                      read_cell)
from ..spill import SpillMap
from .errors import InputError, Problem
from .items import Item

SHEET = "Khoản chi"
Row = tuple[int, list[Any]]  # (row number, cell values)


WINDOW = 5000  # claims kept open while a file is read: a claim's rows must lie within this many claims
MAX_COLUMNS = 16_384  # Excel's last column, XFD (a CSV can have more; column letters stop at ZZZ, 18,278)


def tabular_items(path: Path, problems) -> Iterator:
    """The raw claims of a CSV/XLSX file as they are completed (readers/stream.py validates them)."""
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    builder = _Builder(str(path), problems)
    with closing(rows):
        for index, (data, numbers) in enumerate(builder.stream(rows)):
            def row_of(loc: tuple, numbers=numbers) -> int:
                if len(loc) >= 2 and loc[0] == "line_items" and isinstance(loc[1], int) and loc[1] < len(numbers):
                    return numbers[loc[1]]
                return numbers[0]
            yield Item(data, index, numbers[0], row_of, relabel, numbers)


# ---- sources of rows -----------------------------------------------------------------------


def _csv_rows(path: Path) -> Generator[Row, None, None]:
    number = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            first = next((line for line in handle if line.strip()), "")  # the header line
            delimiter = max(",;\t", key=first.count)
            handle.seek(0)
            for number, cells in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                yield number, cells
    except UnicodeDecodeError:
        raise InputError(str(path), [Problem("tệp CSV không phải văn bản UTF-8; hãy lưu lại bằng "
                                             "'CSV UTF-8 (Comma delimited)'")]) from None
    except csv.Error as exc:
        raise InputError(str(path), [Problem(f"tệp CSV không hợp lệ: {exc}", row=number + 1)]) from None


def _xlsx_rows(path: Path) -> Generator[Row, None, None]:
    broken = InputError(str(path), [Problem("không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng "
                                            ".xlsx (hãy mở bằng Excel và lưu lại dạng 'Excel Workbook (*.xlsx)')")])
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # BadZipFile, InvalidFileException, KeyError, XML errors…
        raise broken from None
    try:
        try:
            names = {normalise(name): name for name in book.sheetnames}
            sheet = book[names.get(normalise(SHEET), book.sheetnames[0])]
            sheet.reset_dimensions()  # dimensions written by some tools are wrong: read every row
            rows = sheet.iter_rows(min_row=1, values_only=True)
        except Exception:  # no worksheet (a chart sheet first, no sheets)
            raise broken from None
        for number in itertools.count(1):
            try:
                cells = next(rows)
            except StopIteration:
                return
            except Exception:  # a damaged sheet: truncated zip member, bad XML
                raise broken from None
            yield number, list(cells)
    finally:
        book.close()


# ---- rows → claims -------------------------------------------------------------------------


def _field(column: Column, index: int) -> str:
    return f"{column.header} (cột {get_column_letter(index + 1)})"


class _Builder:
    def __init__(self, file: str, problems):
        self.file = file
        self.problems = problems  # readers.stream.Problems: the builder's own problems are input problems
        self.columns: list[tuple[int, Column]] = []
        self.named: set[int] = set()  # indexes of cells under a header; data elsewhere is an error
        self.id_at = 0  # index of the "Mã hồ sơ" column
        self.claims: dict[str, dict] = {}  # claim id -> {"values": {header: (value, row)}, "rows", "lines"}
        self.closed: SpillMap | None = None  # claim id -> last row, of the claims already complete
        self.window = WINDOW

    def fail(self, message: str, claim_id: str | None = None, row: int | None = None, field: str | None = None):
        self.problems.add(Problem(message, claim_id, row, field))

    def stream(self, rows: Iterator[Row]) -> Iterator[tuple[dict, list[int]]]:
        """(raw claim, its row numbers) as each claim is complete; row problems go to `problems`."""
        header_seen = False
        try:
            for number, cells in rows:
                if all(is_blank(c) for c in cells):
                    continue
                if len(cells) > MAX_COLUMNS and any(not is_blank(c) for c in cells[MAX_COLUMNS:]):
                    raise InputError(self.file, [Problem(f"dòng có dữ liệu sau cột thứ {MAX_COLUMNS:,} (số cột tối đa "
                                                         "của một bảng tính)".replace(",", "."),
                                                         row=number)])
                if not header_seen:
                    header_seen = True
                    self.header(number, cells)
                    if self.problems.input:
                        raise InputError(self.file, list(self.problems.input))
                    continue
                self.row(number, cells)
                while len(self.claims) > self.window:
                    yield self._close()
            if not header_seen:
                raise InputError(self.file, [Problem("tệp trống: không có dòng tiêu đề")])
            while self.claims:
                yield self._close()
        finally:
            if self.closed is not None:
                self.closed.close()

    def _close(self) -> tuple[dict, list[int]]:
        claim_id = next(iter(self.claims))
        claim = self.claims.pop(claim_id)
        if self.closed is None:
            self.closed = SpillMap("closed-claims")
        self.closed.setdefault(claim_id, claim["rows"][-1])
        return self._raw(claim), claim["rows"]

    def _raw(self, claim: dict) -> dict:
        data: dict[str, Any] = {}
        for header, (value, _) in claim["values"].items():
            column = column_for(header)
            assert column is not None  # values are kept under the headers of known columns (`row`)
            put_at(data, column.path, value)
        data["line_items"] = claim["lines"]
        return data

    def header(self, number: int, cells: list[Any]) -> None:
        seen: dict[str, int] = {}
        for index, cell in enumerate(cells):
            if is_blank(cell):
                continue
            letter = get_column_letter(index + 1)
            column = column_for(str(cell))
            if column is None:
                close = difflib.get_close_matches(str(cell).strip(), HEADERS, n=1, cutoff=0.6)
                hint = f" (có phải là '{close[0]}'?)" if close else ""
                self.fail(f"tiêu đề cột không được hỗ trợ: '{str(cell).strip()}'{hint}; các cột hợp lệ: "
                          + ", ".join(HEADERS), row=number, field=f"cột {letter}")
            elif column.header in seen:
                self.fail(f"cột '{column.header}' xuất hiện hai lần (cột {get_column_letter(seen[column.header] + 1)} "
                          f"và cột {letter})", row=number, field=f"cột {letter}")
            else:
                seen[column.header] = index
                self.columns.append((index, column))
            self.named.add(index)
        self.id_at = seen.get(COLUMNS[0].header, 0)
        for header in REQUIRED:
            if header not in seen:
                self.fail(f"thiếu cột bắt buộc '{header}'", row=number)

    def row(self, number: int, cells: list[Any]) -> None:
        for index, cell in enumerate(cells):
            if index not in self.named and not is_blank(cell):
                self.fail("ô có dữ liệu nằm ở cột không có tiêu đề", row=number,
                          field=f"cột {get_column_letter(index + 1)}")
        values: dict[str, tuple[Column, Any, int]] = {}  # header -> (column, value, index)
        for index, column in self.columns:
            raw = cells[index] if index < len(cells) else None
            try:
                value = read_cell(column, raw)
            except CellError as exc:
                claim_id = cells[self.id_at] if self.id_at < len(cells) else None
                self.fail(str(exc), _text(claim_id), number, _field(column, index))
                continue
            if value is not None:
                values[column.header] = (column, value, index)
        claim_id = values.get(COLUMNS[0].header, (None, None))[1]
        if claim_id is None:
            self.fail("dòng có dữ liệu nhưng thiếu mã hồ sơ", row=number, field=COLUMNS[0].header)
            return
        if claim_id not in self.claims and self.closed is not None:
            last = self.closed.get(claim_id)
            if last is not None:
                self.fail(f"các dòng của hồ sơ này cách xa nhau (dòng {last} và dòng {number}, giữa chúng có hơn "
                          f"{self.window} hồ sơ khác): tệp lớn được đọc dần, hãy xếp các dòng của mỗi hồ sơ liền nhau",
                          str(claim_id), number, COLUMNS[0].header)
                return
        claim = self.claims.setdefault(claim_id, {"values": {}, "rows": [], "lines": []})
        claim["rows"].append(number)
        for column, value, index in values.values():
            if column.level != "claim":
                continue
            known = claim["values"].get(column.header)
            if known is None:
                claim["values"][column.header] = (value, number)
            elif known[0] != value:
                self.fail(f"khác với dòng {known[1]} của cùng hồ sơ ({known[0]!s} ≠ {value!s}); các cột của hồ sơ "
                          "phải giống nhau trên mọi dòng", claim_id, number, _field(column, index))
        line: dict[str, Any] = {}
        for column, value, _ in values.values():
            if column.level == "line":
                put_at(line, column.path, value)
        claim["lines"].append(line)


def _text(value: Any) -> str | None:
    return None if is_blank(value) else str(value).strip()


def put_at(target: dict, path: tuple[str, ...], value: Any) -> None:
    """Set a nested value; attributes from several columns are merged (their keys never overlap)."""
    for name in path[:-1]:
        target = target.setdefault(name, {})
    if isinstance(value, dict) and isinstance(target.get(path[-1]), dict):
        target[path[-1]].update(value)
    else:
        target[path[-1]] = value


def relabel(problem: Problem) -> Problem:
    """Name the spreadsheet column next to the contract field: 'Hưởng lương — line_items[2].payee.salaried'."""
    if not problem.field:
        return problem
    path = problem.field.split(" (")[0]
    loc = tuple(int(p) if p.isdigit() else p for p in path.replace("[", ".").replace("]", "").split("."))
    column = column_at(loc)
    if column is None:
        return problem
    return Problem(problem.message, problem.claim_id, problem.row, f"{column.header} — {path}")
