"""The Excel report of a vetting run: "Tổng hợp" (summary, with the flagged items by kind of flag and
by reason), "Hồ sơ" (claims), "Khoản chi" (findings), "Bảng kiểm tra" (the check table an accountant
staples to the treasury payment order: the C2-02a/NS columns, then basis, accepted amount, difference,
classification and recommendation), then one sheet per clause cited, listing the findings that rest on
it; a stored batch's report also carries the auditors' dispositions ("Xử lý cờ", "Lịch sử xử lý").
Every flagged claim and failed finding names its kind of flag (violation, missing information,
manual review).

The report carries the same content as the JSON decision document. Every text cell is written
through `workbook.put`, so nothing from a claim can become a formula.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from ..models import FLAG_KIND, Citation, Claim, ClaimDecision, DecisionDocument, Finding, LineDecision
from ..vocabulary import OUTCOME_VI, VERIFICATION_VI, CATEGORY_VI, DECISION_VI, FLAG_KIND_VI, KIND_NOTE_VI, KIND_VI, REASON_VI, SUBPROJECT_VI
from .appraisal import appraisal, failed, submitted
from .kinds import claim_kind, flagged, tally
from .workbook import (BOLD, DATE, FLAG_FILL, HEADER_FILL, MONEY, WRAP, autofilter, put, put_row, save_atomic,
                       table_header)

if TYPE_CHECKING:
    from ..store.review import BatchReview

CLAIM_HEADERS = (
    ("Mã hồ sơ", 26), ("Mã đơn vị", 14), ("Tiểu dự án", 10), ("Loại hoạt động", 30), ("Kết quả", 10),
    ("Loại cờ", 16), ("Số tiền đề nghị", 15), ("Số tiền được thanh toán", 15), ("Số tiền có rủi ro", 15),
    ("Số khoản chi gắn cờ", 10), ("Lý do (cấp hồ sơ)", 28), ("Nội dung (cấp hồ sơ)", 70),
)
CLAIM_FORMATS = (None,) * 6 + (MONEY, MONEY, MONEY)
LINE_HEADERS = (
    ("Mã hồ sơ", 26), ("Mã khoản chi", 9), ("Loại khoản chi", 26), ("Ngày phát sinh", 12), ("Kết quả khoản chi", 10),
    ("Số tiền đề nghị của khoản chi", 15), ("Số tiền được thanh toán của khoản chi", 15), ("Mã quy tắc", 28),
    ("Kết quả kiểm tra", 10), ("Lý do", 22), ("Loại cờ", 16), ("Nội dung", 70), ("Giá trị thực tế", 14), ("Mức giới hạn", 14),
    ("Căn cứ", 45), ("Nguồn căn cứ", 45), ("Mức xác minh", 18),
)
LINE_FORMATS = (None, None, None, DATE, None, MONEY, MONEY)
WHOLE_CLAIM = "(cả hồ sơ)"
LEFT = Alignment(horizontal="left")


def write_report(doc: DecisionDocument, path: Path | str, claims: Iterable[Claim | dict] | None = None, *,
                 review: BatchReview | None = None) -> None:
    """Write the decision document as an .xlsx workbook at `path` (replaced atomically).

    `claims`: the claims as submitted (models, or their contract JSON as the store keeps it), for the
    check table's payment-order columns (content, invoice, voucher, budget codes); without them those
    cells show the category and stay blank. `review`: a stored batch's dispositions (store.batch_review)."""
    book = Workbook()
    summary = book.active
    summary.title = "Tổng hợp"
    _summary(summary, doc)
    _claims(book.create_sheet("Hồ sơ"), doc)
    _lines(book.create_sheet("Khoản chi"), doc)
    check_table(book.create_sheet(CHECK_SHEET), doc, claims)
    if review is not None:
        _dispositions(book, review)
    _clauses(book, doc)
    save_atomic(book, path)


def _kind(f: Finding) -> str | None:
    """The kind of flag of a failed finding, in Vietnamese."""
    return FLAG_KIND_VI[FLAG_KIND.get(f.reason, "violation")] if f.outcome == "fail" else None


def _reasons(findings: list[Finding]) -> str:
    reasons = dict.fromkeys(f.reason for f in failed(findings) if f.reason)
    return "; ".join(REASON_VI.get(r, r) for r in reasons)


def _summary(ws, doc: DecisionDocument) -> None:
    claims = doc.claims
    lines = [line for claim in claims for line in claim.lines]
    claimed = sum(c.claimed_amount for c in claims)
    eligible = sum(c.eligible_amount for c in claims)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 70
    for col in "CDEF":
        ws.column_dimensions[col].width = 16
    put(ws, 1, 1, "Kết quả thẩm định chi Dự án 7").font = BOLD
    rows = [
        ("Phiên bản bộ quy tắc", doc.rulebook.version, None),
        ("Mã kiểm bộ quy tắc (digest)", doc.rulebook.digest, None),
        ("Áp dụng pháp luật tại ngày", doc.law_as_of or "ngày phát sinh của từng khoản chi", DATE),
        None,
        ("Số hồ sơ", len(claims), None),
        ("Hồ sơ được duyệt", sum(c.decision == "approve" for c in claims), None),
        ("Hồ sơ gắn cờ", sum(c.decision == "flag" for c in claims), None),
        ("Số khoản chi", len(lines), None),
        ("Khoản chi được duyệt", sum(line.decision == "approve" for line in lines), None),
        ("Khoản chi gắn cờ", sum(line.decision == "flag" for line in lines), None),
        None,
        ("Tổng số tiền đề nghị", claimed, MONEY),
        ("Tổng số tiền được thanh toán", eligible, MONEY),
        ("Tổng số tiền có rủi ro", claimed - eligible, MONEY),
    ]
    row = 3
    for item in rows:
        if item:
            label, value, number_format = item
            put(ws, row, 1, label).font = BOLD
            put(ws, row, 2, value, number_format).alignment = LEFT
        row += 1
    _by_reason(ws, _by_kind(ws, row + 1, claims) + 1, claims)


def _by_kind(ws, first: int, claims: list[ClaimDecision]) -> int:
    """One row per kind of flag: flagged items, amount claimed and at risk; returns the next free row."""
    put(ws, first, 1, "Theo loại cờ").font = BOLD
    put(ws, first, 2, KIND_NOTE_VI)
    for index, header in enumerate(("Loại cờ", "Số khoản gắn cờ", "Số tiền đề nghị", "Số tiền có rủi ro"), start=1):
        cell = put(ws, first + 1, index, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
    totals = tally(flagged(claims))
    for row, total in enumerate(totals, start=first + 2):
        put_row(ws, row, (FLAG_KIND_VI[total.kind], total.items, total.claimed, total.at_risk), (None, None, MONEY, MONEY))
    return first + 2 + len(totals)


def _by_reason(ws, first: int, claims: list[ClaimDecision]) -> None:
    """One row per reason: failing findings, claims and lines affected, and the money at risk on them."""
    findings: Counter[str | None] = Counter()
    lines: Counter[str] = Counter()
    claim_ids: dict[str, set[str]] = {}
    at_risk: Counter[str] = Counter()
    for claim in claims:
        for reason in dict.fromkeys(f.reason for f in failed(claim.findings) if f.reason):
            claim_ids.setdefault(reason, set()).add(claim.claim_id)
            at_risk[reason] += claim.claimed_amount - claim.eligible_amount
        for f in failed(claim.findings):
            findings[f.reason] += 1
        for line in claim.lines:
            for reason in dict.fromkeys(f.reason for f in failed(line.findings) if f.reason):
                lines[reason] += 1
                claim_ids.setdefault(reason, set()).add(claim.claim_id)
                at_risk[reason] += line.claimed_amount - line.eligible_amount
            for f in failed(line.findings):
                findings[f.reason] += 1
    put(ws, first, 1, "Theo lý do gắn cờ").font = BOLD
    put(ws, first, 2, "Một khoản chi có thể có nhiều lý do nên các dòng dưới đây có thể cộng trùng.")
    headers = ("Lý do", "Mã lý do", "Số lần không đạt", "Số khoản chi", "Số hồ sơ", "Số tiền có rủi ro", "Loại cờ")
    for index, header in enumerate(headers, start=1):
        cell = put(ws, first + 1, index, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
    order = [r for r in REASON_VI if r in findings] + sorted(r for r in findings if r not in REASON_VI and r)
    for row, code in enumerate(order, start=first + 2):
        put_row(ws, row, (REASON_VI.get(code, code), code, findings[code], lines[code],
                          len(claim_ids.get(code, ())), at_risk[code], FLAG_KIND_VI[FLAG_KIND.get(code, "violation")]),
                (None,) * 5 + (MONEY,))


def _claims(ws, doc: DecisionDocument) -> None:
    table_header(ws, [h for h, _ in CLAIM_HEADERS], [w for _, w in CLAIM_HEADERS])
    for row, claim in enumerate(doc.claims, start=2):
        own = failed(claim.findings)
        kind = claim_kind(claim)
        values = (
            claim.claim_id, claim.unit_code, claim.subproject, KIND_VI.get(claim.activity_kind, claim.activity_kind),
            DECISION_VI[claim.decision], FLAG_KIND_VI.get(kind) if kind is not None else None, claim.claimed_amount, claim.eligible_amount,
            claim.claimed_amount - claim.eligible_amount, sum(line.decision == "flag" for line in claim.lines),
            _reasons(claim.findings), "\n".join(f.message for f in own),
        )
        put_row(ws, row, values, CLAIM_FORMATS, FLAG_FILL if claim.decision == "flag" else None)
    autofilter(ws, len(CLAIM_HEADERS))


_NO_FINDING: list[Finding | None] = [None]  # a line without findings still gets a row


def _finding_cells(f: Finding | None) -> tuple:
    if f is None:
        return (None,) * 10
    basis = f.basis
    return (f.rule_id, OUTCOME_VI.get(f.outcome, f.outcome), REASON_VI.get(f.reason, f.reason) if f.reason else None,
            _kind(f), f.message, f.actual, f.limit, "; ".join(c.label for c in f.citations),
            basis.source if basis else None, VERIFICATION_VI.get(basis.verification) if basis else None)


def _lines(ws, doc: DecisionDocument) -> None:
    """One row per finding (a line without findings still gets a row); claim-level findings first."""
    table_header(ws, [h for h, _ in LINE_HEADERS], [w for _, w in LINE_HEADERS])
    row = 2
    for claim in doc.claims:
        for f in claim.findings:
            head = (claim.claim_id, WHOLE_CLAIM, None, None, DECISION_VI[claim.decision], None, None)
            put_row(ws, row, head + _finding_cells(f), LINE_FORMATS, FLAG_FILL if f.outcome == "fail" else None)
            row += 1
        for line in claim.lines:
            for found in line.findings or _NO_FINDING:
                put_row(ws, row, _line_head(claim, line) + _finding_cells(found), LINE_FORMATS,
                        FLAG_FILL if (found.outcome == "fail" if found else line.decision == "flag") else None)
                row += 1
    autofilter(ws, len(LINE_HEADERS))


def _line_head(claim: ClaimDecision, line: LineDecision) -> tuple:
    return (claim.claim_id, line.line_id, CATEGORY_VI.get(line.category, line.category), line.incurred_on,
            DECISION_VI[line.decision], line.claimed_amount, line.eligible_amount)


CLAUSE_HEADERS = (("Mã hồ sơ", 26), ("Mã khoản chi", 9), ("Mã quy tắc", 28), ("Kết quả kiểm tra", 10), ("Lý do", 22),
                  ("Loại cờ", 16), ("Nội dung", 70), ("Số tiền đề nghị", 15), ("Số tiền được thanh toán", 15))
CLAUSE_FORMATS = (None,) * 7 + (MONEY, MONEY)
_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "/\\?*[]:"})


def _sheet_name(citation, taken: set[str]) -> str:
    """A short, unique sheet name for a clause: 'k1 Đ6 40-2017-TT-BTC' (Excel allows 31 characters)."""
    parts = [f"đ{citation.point}" if citation.point else "", f"k{citation.clause}" if citation.clause else "",
             f"Đ{citation.article}" if citation.article else "", citation.section or "", citation.instrument]
    base = " ".join(p for p in parts if p).translate(_SHEET_FORBIDDEN)[:28]
    name, n = base, 2
    while name.lower() in taken:
        name, n = f"{base[:26]} {n}", n + 1
    taken.add(name.lower())
    return name


def _clauses(book, doc: DecisionDocument) -> None:
    rows: dict[str, list[tuple]] = {}
    cited: dict[str, Citation] = {}
    for claim in doc.claims:
        items = [(WHOLE_CLAIM, f, claim.claimed_amount, claim.eligible_amount) for f in claim.findings]
        items += [(line.line_id, f, line.claimed_amount, line.eligible_amount) for line in claim.lines for f in line.findings]
        for line_id, f, claimed, eligible in items:
            for citation in f.citations:
                cited.setdefault(citation.label, citation)
                rows.setdefault(citation.label, []).append(
                    ((claim.claim_id, line_id, f.rule_id, OUTCOME_VI.get(f.outcome, f.outcome),
                      REASON_VI.get(f.reason, f.reason) if f.reason else None, _kind(f), f.message, claimed, eligible),
                     f.outcome == "fail"))
    taken = {ws.title.lower() for ws in book.worksheets}
    for label in sorted(rows):
        ws = book.create_sheet(_sheet_name(cited[label], taken))
        table_header(ws, [h for h, _ in CLAUSE_HEADERS], [w for _, w in CLAUSE_HEADERS])
        ws.insert_rows(1)
        ws.freeze_panes = "A3"
        put(ws, 1, 1, label).font = BOLD
        for row, (values, flagged_row) in enumerate(rows[label], start=3):
            put_row(ws, row, values, CLAUSE_FORMATS, FLAG_FILL if flagged_row else None)


# ---- the check table (Bảng kiểm tra): the payment order's columns and the appraisal's ---------------

CHECK_SHEET = "Bảng kiểm tra"
CHECK_TITLE = "BẢNG KIỂM TRA HỒ SƠ THANH TOÁN"
CHECK_NOTE = ("Đối chiếu từng dòng của Giấy rút dự toán ngân sách nhà nước (mẫu C2-02a/NS), cột (1)–(9), với kết quả "
              "thẩm định: căn cứ, mức chấp nhận, chênh lệch (= số tiền − mức chấp nhận), phân loại và kiến nghị. "
              "Bản kiểm tra nội bộ của đơn vị, không phải chứng từ của Kho bạc.")
# (header, number shown under it as on the form, width, number format, wrap)
CHECK_COLUMNS: tuple[tuple[str, str, int, str | None, bool], ...] = (
    ("Khoản", "", 7, None, False),
    ("Nội dung thanh toán", "(1)", 38, None, True),
    ("Số hóa đơn", "(2)", 12, None, True),
    ("Ngày hóa đơn", "(3)", 11, DATE, False),
    ("Số chứng từ", "(4)", 12, None, True),
    ("Ngày chứng từ", "(5)", 11, DATE, False),
    ("Mã NDKT", "(6)", 8, None, False),
    ("Mã ngành KT", "(7)", 8, None, False),
    ("Mã nguồn NSNN", "(8)", 8, None, False),
    ("Số tiền", "(9)", 14, MONEY, False),
    ("Căn cứ", "(10)", 34, None, True),
    ("Mức chấp nhận", "(11)", 14, MONEY, False),
    ("Chênh lệch", "(12) = (9) − (11)", 14, MONEY, False),
    ("Phân loại", "(13)", 16, None, True),
    ("Kiến nghị", "(14)", 26, None, True),
)
CHECK_HEADER_ROW = 4  # the title, a note and a blank row above; the column numbers below it
# The line attributes a payment-order reader fills from columns (6)-(8) of the form.
CODE_ATTRIBUTES = ("ndkt", "nganh_kt", "nguon_nsnn")
CLAIM_ROW_VI = "Kiểm tra cấp hồ sơ"
GROUP_FILL = PatternFill("solid", fgColor="EDEDED")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
ITALIC = Font(italic=True)


def _as_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _code(value: Any) -> str | None:
    """A budget code as text (so that 0-led codes and codes like 6551 stay as written)."""
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _order_cells(line: LineDecision, given: dict | None) -> tuple:
    """Columns (1)-(8) of the payment order for a line: what the claim carries, else blank."""
    given = given or {}
    documents = given.get("documents") or []
    invoice: dict[str, Any] = next((d for d in documents if d.get("kind") == "invoice"), {})
    voucher: dict[str, Any] = next((d for d in documents if d.get("kind") == "payment_voucher"), {})
    attributes = given.get("attributes") or {}
    content = given.get("description") or CATEGORY_VI.get(line.category, line.category)
    return (content, invoice.get("number"), _as_date(invoice.get("date")), voucher.get("number"),
            _as_date(voucher.get("date")), *(_code(attributes.get(key)) for key in CODE_ATTRIBUTES))


def _group_title(claim: ClaimDecision, given: dict | None) -> str:
    given = given or {}
    unit = (given.get("unit") or {}).get("name")
    activity = given.get("activity") or {}
    what = activity.get("title") or KIND_VI.get(claim.activity_kind, claim.activity_kind)
    start = _as_date(activity.get("start_date"))
    when = f", ngày {start:%d/%m/%Y}" if isinstance(start, dt.date) else ""
    unit_text = f"{unit} ({claim.unit_code})" if unit else claim.unit_code
    return (f"Hồ sơ {claim.claim_id} — {unit_text} — {SUBPROJECT_VI.get(claim.subproject, claim.subproject)} — "
            f"{what}{when}")


def check_table(ws, doc: DecisionDocument, claims: Iterable[Claim | dict] | None = None) -> None:
    """The check table: per claim a heading row, one row per line (columns (1)-(9) of C2-02a/NS and the
    appraisal's (10)-(14)), a row for the claim's own failed checks, and the claim's total; then the
    grand total. Printable: A4 landscape, one page wide, header rows repeated on every page."""
    by_id = submitted(claims)
    width = len(CHECK_COLUMNS)
    last = get_column_letter(width)
    formats = [fmt for _, _, _, fmt, _ in CHECK_COLUMNS]
    wraps = [wrap for *_, wrap in CHECK_COLUMNS]
    put(ws, 1, 1, CHECK_TITLE).font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].alignment = Alignment(horizontal="center")
    put(ws, 2, 1, CHECK_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 30
    put(ws, 3, 1, f"Bộ quy tắc {doc.rulebook.version} · lập ngày {dt.date.today():%d/%m/%Y}").font = ITALIC
    ws.merge_cells(f"A3:{last}3")
    header = CHECK_HEADER_ROW
    table_header(ws, [h for h, *_ in CHECK_COLUMNS], [w for _, _, w, _, _ in CHECK_COLUMNS], header)
    ws.row_dimensions[header].height = 30
    for index, (_, number, *_rest) in enumerate(CHECK_COLUMNS, start=1):
        cell = put(ws, header + 1, index, number or None)
        cell.font, cell.fill, cell.alignment = ITALIC, HEADER_FILL, Alignment(horizontal="center")
    ws.freeze_panes = ws.cell(row=header + 2, column=1)
    row = header + 2

    def row_of(values: Sequence, fill=None, bold: bool = False) -> None:
        nonlocal row
        put_row(ws, row, values, formats, fill)
        for index, wrap in enumerate(wraps, start=1):
            cell = ws.cell(row=row, column=index)
            if wrap:
                cell.alignment = WRAP
            if bold:
                cell.font = BOLD
        row += 1

    claimed_total = eligible_total = 0
    for claim in doc.claims:
        data = by_id.get(claim.claim_id)
        lines_in = {item.get("line_id"): item for item in (data or {}).get("line_items", [])}
        put(ws, row, 1, _group_title(claim, data)).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        ws.cell(row=row, column=1).fill = GROUP_FILL
        row += 1
        for line in claim.lines:
            basis, rank, advice = appraisal(line.findings)
            row_of((line.line_id, *_order_cells(line, lines_in.get(line.line_id)), line.claimed_amount,
                    basis, line.eligible_amount, line.claimed_amount - line.eligible_amount,
                    rank, advice), FLAG_FILL if line.decision == "flag" else None)
        if any(f.outcome == "fail" for f in claim.findings):
            beyond = claim.claimed_amount - claim.eligible_amount - sum(
                line.claimed_amount - line.eligible_amount for line in claim.lines)
            basis, rank, advice = appraisal(claim.findings)
            row_of(("(hồ sơ)", f"{CLAIM_ROW_VI}: {_reasons(claim.findings)}") + (None,) * 8
                   + (basis, None, max(beyond, 0), rank, advice), FLAG_FILL)
        row_of(("", f"Cộng hồ sơ {claim.claim_id}") + (None,) * 7
               + (claim.claimed_amount, None, claim.eligible_amount, claim.claimed_amount - claim.eligible_amount,
                  None, None), TOTAL_FILL, bold=True)
        claimed_total += claim.claimed_amount
        eligible_total += claim.eligible_amount
    row_of(("", f"Tổng cộng ({len(doc.claims)} hồ sơ)") + (None,) * 7
           + (claimed_total, None, eligible_total, claimed_total - eligible_total, None, None), TOTAL_FILL, bold=True)
    printable(ws, f"{header}:{header + 1}")


def printable(ws, title_rows: str) -> None:
    """A4 landscape, one page wide, these rows repeated at the top of every page, page numbers."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "Trang &P / &N"


# ---- the auditors' dispositions of a stored batch --------------------------------------------------

DISPOSITION_HEADERS = (
    ("Mã hồ sơ", 26), ("Mã khoản chi", 9), ("Đơn vị", 14), ("Loại cờ", 16), ("Lý do gắn cờ", 24), ("Căn cứ", 36),
    ("Số tiền đề nghị", 15), ("Số tiền được thanh toán", 15), ("Số tiền có rủi ro", 15), ("Trạng thái", 16),
    ("Quyết định xử lý", 22), ("Lý do xử lý", 28), ("Ghi chú", 50), ("Người xử lý", 14), ("Thời điểm", 17),
)
HISTORY_HEADERS = (("Số", 7), ("Lô", 6), ("Mã hồ sơ", 26), ("Mã khoản chi", 9), ("Quyết định xử lý", 22),
                   ("Lý do xử lý", 28), ("Mã lý do", 20), ("Ghi chú", 60), ("Người xử lý", 14), ("Thời điểm", 17))
WHEN = "dd/mm/yyyy hh:mm"


def _local(at: dt.datetime | None) -> dt.datetime | None:
    """An aware time as the office's local wall-clock time (Excel cells hold no time zone)."""
    return at.astimezone().replace(tzinfo=None) if at else None


def _dispositions(book, review: BatchReview) -> None:
    """"Xử lý cờ": every flagged item with its status and latest disposition; "Lịch sử xử lý": every
    disposition of the batch, oldest first (nothing is overwritten)."""
    from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI, STATUS_VI

    ws = book.create_sheet("Xử lý cờ")
    table_header(ws, [h for h, _ in DISPOSITION_HEADERS], [w for _, w in DISPOSITION_HEADERS])
    formats = (None,) * 6 + (MONEY, MONEY, MONEY) + (None,) * 5 + (WHEN,)
    for row, item in enumerate(review.items, start=2):
        last = item.last
        put_row(ws, row, (
            item.claim_id, item.line_id or WHOLE_CLAIM, item.unit_code, FLAG_KIND_VI.get(item.kind, item.kind) if item.kind is not None else None,
            "; ".join(REASON_VI.get(r, r) for r in item.reasons), "; ".join(item.clauses) or None,
            item.claimed_amount, item.eligible_amount, item.at_risk, STATUS_VI.get(item.status, item.status),
            ACTIONS_VI.get(last.action, last.action) if last else None,
            RESOLUTION_REASONS_VI.get(last.reason, last.reason) if last else None, last.note if last else None,
            last.actor if last else None, _local(last.at) if last else None),
            formats, FLAG_FILL if item.status != "resolved" else None)
        for column in (6, 13):
            ws.cell(row=row, column=column).alignment = WRAP
    autofilter(ws, len(DISPOSITION_HEADERS))
    printable(ws, "1:1")

    ws = book.create_sheet("Lịch sử xử lý")
    table_header(ws, [h for h, _ in HISTORY_HEADERS], [w for _, w in HISTORY_HEADERS])
    for row, d in enumerate(review.history, start=2):
        put_row(ws, row, (d.id, d.batch_id, d.claim_id, d.line_id or WHOLE_CLAIM, ACTIONS_VI.get(d.action, d.action),
                          RESOLUTION_REASONS_VI.get(d.reason, d.reason), d.reason, d.note, d.actor, _local(d.at)),
                (None,) * 9 + (WHEN,))
        ws.cell(row=row, column=8).alignment = WRAP
    autofilter(ws, len(HISTORY_HEADERS))
    printable(ws, "1:1")
