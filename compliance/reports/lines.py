"""A batch of any size as one table, streamed: every line with its decision and, when flagged, its
kind of flag, reasons, clauses and review status (and a row for each claim's own flagged checks).

The rows are read `CLAIMS_AT_ONCE` claims at a time (keyset on their position, columns only: no
JSON record is decoded) and written as they come, to CSV or to an Excel workbook in openpyxl's
write-only mode, so memory does not grow with the batch. The full Excel report (xlsx.py)
builds the whole workbook in memory: it is for batches up to `FULL_REPORT_CLAIMS` claims.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import select

from ..store import Store
from ..store.schema import ClaimRow, FlagRow, LineRow
from ..vocabulary import FLAG_KIND_VI, REASON_VI, STATUS_VI
from .workbook import FORMULA_START

CLAIMS_AT_ONCE = 500
FULL_REPORT_CLAIMS = 5_000  # above: exports give this table instead of the full report
DECISION_VI = {"approve": "chấp nhận", "flag": "gắn cờ"}
HEADERS = ("Lô", "Mã hồ sơ", "Đơn vị", "Tiểu dự án", "Hoạt động", "Khoản chi", "Nội dung chi", "Ngày phát sinh",
           "Kết luận", "Đề nghị (đồng)", "Được chi (đồng)", "Rủi ro (đồng)", "Loại cờ", "Lý do", "Điều khoản căn cứ",
           "Trạng thái xử lý")
WIDTHS = (6, 24, 14, 10, 18, 10, 22, 13, 10, 16, 16, 16, 22, 40, 50, 20)


def rows(store: Store, batch_id: int) -> Iterator[tuple]:
    """The table's rows in the batch's order: a claim's own flagged checks, then its lines."""
    last = -1
    while True:
        with store.read() as session:
            claims = session.execute(
                select(ClaimRow.id, ClaimRow.position, ClaimRow.claim_id, ClaimRow.unit_code, ClaimRow.subproject,
                       ClaimRow.activity_kind, ClaimRow.claimed_amount, ClaimRow.eligible_amount)
                .where(ClaimRow.batch_id == batch_id, ClaimRow.position > last)
                .order_by(ClaimRow.position).limit(CLAIMS_AT_ONCE)).all()
            if not claims:
                return
            pks = [c.id for c in claims]
            lines: dict[int, list] = {}
            for line in session.execute(
                    select(LineRow.claim_pk, LineRow.line_id, LineRow.category, LineRow.incurred_on, LineRow.decision,
                           LineRow.claimed_amount, LineRow.eligible_amount)
                    .where(LineRow.claim_pk.in_(pks)).order_by(LineRow.claim_pk, LineRow.position)):
                lines.setdefault(line.claim_pk, []).append(line)
            flags = {(f.claim_pk, f.line_key): f for f in session.execute(
                select(FlagRow.claim_pk, FlagRow.line_key, FlagRow.kind, FlagRow.reasons, FlagRow.clauses,
                       FlagRow.status, FlagRow.at_risk).where(FlagRow.claim_pk.in_(pks)))}
        for c in claims:
            head = (batch_id, c.claim_id, c.unit_code, c.subproject, c.activity_kind)
            own = flags.get((c.id, ""))
            if own is not None:
                yield (*head, "(cả hồ sơ)", None, None, DECISION_VI["flag"], c.claimed_amount, c.eligible_amount,
                       *_flag_cells(own))
            for line in lines.get(c.id, []):
                flag = flags.get((c.id, line.line_id))
                cells = _flag_cells(flag) if flag else (line.claimed_amount - line.eligible_amount, None, None, None,
                                                        None)
                yield (*head, line.line_id, line.category, line.incurred_on, DECISION_VI.get(line.decision, line.decision),
                       line.claimed_amount, line.eligible_amount, *cells)
        last = claims[-1].position


def _flag_cells(f) -> tuple:
    return (f.at_risk, FLAG_KIND_VI.get(f.kind, f.kind) or None, "; ".join(REASON_VI.get(r, r) for r in f.reasons),
            "; ".join(f.clauses), STATUS_VI[f.status])


def _text_safe(value):
    """CSV opened in a spreadsheet: text that would start a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_chunks(store: Store, batch_id: int, rows_at_once: int = 2000) -> Iterator[bytes]:
    """The table as CSV (UTF-8 with a BOM, for Excel), a few thousand rows per chunk of bytes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(HEADERS)
    for n, row in enumerate(rows(store, batch_id), start=1):
        writer.writerow([_text_safe(v) for v in row])
        if n % rows_at_once == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def write_csv(store: Store, batch_id: int, out: IO[bytes]) -> None:
    for chunk in csv_chunks(store, batch_id):
        out.write(chunk)


def write_xlsx(store: Store, batch_id: int, path: Path | str) -> None:
    """The table as an Excel workbook written row by row (openpyxl write-only), saved atomically."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    from .workbook import BOLD, DATE, HEADER_FILL, MONEY, save_atomic

    book = Workbook(write_only=True)
    ws = book.create_sheet(f"Lô {batch_id}")
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill = BOLD, HEADER_FILL
        header.append(cell)
    ws.append(header)
    formats = {7: DATE, 9: MONEY, 10: MONEY, 11: MONEY}
    for row in rows(store, batch_id):
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, never a formula
                if value.startswith(FORMULA_START):
                    cell.quotePrefix = True
            elif index in formats and value is not None:
                cell.number_format = formats[index]
            cells.append(cell)
        ws.append(cells)
    save_atomic(book, path)
