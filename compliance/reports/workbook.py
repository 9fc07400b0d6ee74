"""What the Excel writers share: formula-safe cells, table headers, and saving without half-written files.

Formula injection: a claim's text is untrusted. A string that a spreadsheet would read as a
formula (starting with = + - @, tab or carriage return) is stored as a text cell with Excel's
quote prefix, so it shows and re-reads as the same text and is never evaluated.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MONEY = "#,##0"
DATE = "dd/mm/yyyy"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
FLAG_FILL = PatternFill("solid", fgColor="FFC7CE")  # light red
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws: Worksheet, row: int, column: int, value: Any, number_format: str | None = None) -> Cell:
    """Write one cell; text is always stored as text, never as a formula."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters cannot be stored in .xlsx
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_START):
            cell.quotePrefix = True
    if number_format and value is not None:
        cell.number_format = number_format
    return cell


def put_row(ws: Worksheet, row: int, values: Sequence[Any], formats: Sequence[str | None] = (),
            fill: PatternFill | None = None) -> None:
    for index, value in enumerate(values, start=1):
        cell = put(ws, row, index, value, formats[index - 1] if index <= len(formats) else None)
        if fill is not None:
            cell.fill = fill


def table_header(ws: Worksheet, headers: Sequence[str], widths: Iterable[int], row: int = 1) -> None:
    """Bold header row with fill, frozen below it, column widths, and filter buttons."""
    for index, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = put(ws, row, index, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def autofilter(ws: Worksheet, columns: int, first_row: int = 1) -> None:
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(columns)}{max(ws.max_row, first_row)}"


def save_atomic(book: Workbook, path: Path | str) -> None:
    """Save to a temporary file beside `path`, then rename: a failure leaves no partial file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; give the file the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
