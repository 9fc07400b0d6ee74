"""The Excel report of a vetting run: "Tổng hợp" (summary, with the flagged items by kind of flag and
by reason), "Hồ sơ" (claims), "Khoản chi" (findings), then one sheet per clause cited, listing the
findings that rest on it. Every flagged claim and failed finding names its kind of flag (violation,
missing information, manual review).

The report carries the same content as the JSON decision document. Every text cell is written
through `workbook.put`, so nothing from a claim can become a formula.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from ..models import FLAG_KIND, ClaimDecision, DecisionDocument, Finding, LineDecision
from ..vocabulary import CATEGORY_VI, DECISION_VI, FLAG_KIND_VI, KIND_VI, REASON_VI
from .kinds import KIND_NOTE_VI, claim_kind, flagged, tally
from .workbook import BOLD, DATE, FLAG_FILL, HEADER_FILL, MONEY, autofilter, put, put_row, save_atomic, table_header

OUTCOME_VI = {"pass": "đạt", "fail": "không đạt"}
VERIFICATION_VI = {"official_text": "đã đối chiếu văn bản gốc", "secondary": "theo nguồn thứ cấp",
                   "unverified": "chưa xác minh"}
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


def write_report(doc: DecisionDocument, path: Path | str) -> None:
    """Write the decision document as an .xlsx workbook at `path` (replaced atomically)."""
    book = Workbook()
    summary = book.active
    summary.title = "Tổng hợp"
    _summary(summary, doc)
    _claims(book.create_sheet("Hồ sơ"), doc)
    _lines(book.create_sheet("Khoản chi"), doc)
    _clauses(book, doc)
    save_atomic(book, path)


def _failed(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.outcome == "fail"]


def _kind(f: Finding) -> str | None:
    """The kind of flag of a failed finding, in Vietnamese."""
    return FLAG_KIND_VI[FLAG_KIND.get(f.reason, "violation")] if f.outcome == "fail" else None


def _reasons(findings: list[Finding]) -> str:
    reasons = dict.fromkeys(f.reason for f in _failed(findings) if f.reason)
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
    findings, lines, claim_ids, at_risk = Counter(), Counter(), {}, Counter()
    for claim in claims:
        for reason in dict.fromkeys(f.reason for f in _failed(claim.findings) if f.reason):
            claim_ids.setdefault(reason, set()).add(claim.claim_id)
            at_risk[reason] += claim.claimed_amount - claim.eligible_amount
        for f in _failed(claim.findings):
            findings[f.reason] += 1
        for line in claim.lines:
            for reason in dict.fromkeys(f.reason for f in _failed(line.findings) if f.reason):
                lines[reason] += 1
                claim_ids.setdefault(reason, set()).add(claim.claim_id)
                at_risk[reason] += line.claimed_amount - line.eligible_amount
            for f in _failed(line.findings):
                findings[f.reason] += 1
    put(ws, first, 1, "Theo lý do gắn cờ").font = BOLD
    put(ws, first, 2, "Một khoản chi có thể có nhiều lý do nên các dòng dưới đây có thể cộng trùng.")
    headers = ("Lý do", "Mã lý do", "Số lần không đạt", "Số khoản chi", "Số hồ sơ", "Số tiền có rủi ro", "Loại cờ")
    for index, header in enumerate(headers, start=1):
        cell = put(ws, first + 1, index, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
    order = [r for r in REASON_VI if r in findings] + sorted(r for r in findings if r not in REASON_VI and r)
    for row, reason in enumerate(order, start=first + 2):
        put_row(ws, row, (REASON_VI.get(reason, reason), reason, findings[reason], lines[reason],
                          len(claim_ids.get(reason, ())), at_risk[reason], FLAG_KIND_VI[FLAG_KIND.get(reason, "violation")]),
                (None,) * 5 + (MONEY,))


def _claims(ws, doc: DecisionDocument) -> None:
    table_header(ws, [h for h, _ in CLAIM_HEADERS], [w for _, w in CLAIM_HEADERS])
    for row, claim in enumerate(doc.claims, start=2):
        failed = _failed(claim.findings)
        values = (
            claim.claim_id, claim.unit_code, claim.subproject, KIND_VI.get(claim.activity_kind, claim.activity_kind),
            DECISION_VI[claim.decision], FLAG_KIND_VI.get(claim_kind(claim)), claim.claimed_amount, claim.eligible_amount,
            claim.claimed_amount - claim.eligible_amount, sum(line.decision == "flag" for line in claim.lines),
            _reasons(claim.findings), "\n".join(f.message for f in failed),
        )
        put_row(ws, row, values, CLAIM_FORMATS, FLAG_FILL if claim.decision == "flag" else None)
    autofilter(ws, len(CLAIM_HEADERS))


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
            for f in line.findings or [None]:
                put_row(ws, row, _line_head(claim, line) + _finding_cells(f), LINE_FORMATS,
                        FLAG_FILL if (f.outcome == "fail" if f else line.decision == "flag") else None)
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
    cited = {}
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
        for row, (values, failed) in enumerate(rows[label], start=3):
            put_row(ws, row, values, CLAUSE_FORMATS, FLAG_FILL if failed else None)
