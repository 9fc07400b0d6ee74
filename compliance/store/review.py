"""The auditors' review: the queue of flagged items, a claim's detail, dispositions, batch summaries.

A flagged item is a flagged line, or a claim's own failed check (line_id None). Its amount at risk
is claimed − eligible (for the claim-level item: what the claim loses beyond its lines). Its kind of
flag (violation, missing information, manual review) comes from the reasons of its failed findings
(models.flag_kind). Its status comes from its latest disposition: none or request_documents → open;
confirm or overturn → resolved.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import FLAG_KINDS, ClaimDecision, Finding, LineDecision, flag_kind
from . import trail
from .batches import BatchInfo, batch_info, claim_record
from .db import Store
from .errors import NotFound, StoreError
from .schema import Batch, ClaimRow, Disposition, FindingRow, LineRow, RuleText, now
from .users import User, refresh, require

ACTIONS_VI = {
    "confirm": "xác nhận cờ",
    "overturn": "bỏ cờ, chấp nhận khoản chi",
    "request_documents": "yêu cầu bổ sung chứng từ",
}
RESOLUTION_REASONS_VI = {
    "management_exception": "ngoại lệ được cấp có thẩm quyền chấp thuận",
    "in_policy": "đúng chế độ, định mức",
    "false_positive": "quy tắc gắn cờ nhầm",
    "corrected_by_submitter": "đơn vị đã điều chỉnh, bổ sung",
    "confirmed_violation": "vi phạm được xác nhận",
    "documents_missing": "thiếu chứng từ, cần bổ sung",
}
STATUS_VI = {"open": "chưa xử lý", "waiting": "chờ bổ sung chứng từ", "resolved": "đã xử lý"}
STATUSES = ("open", "resolved", "all")
SORTS = ("at_risk", "claim", "unit")
MAX_NOTE = 2000


@dataclass(frozen=True)
class QueueFilter:
    status: str = "open"  # open (incl. waiting for documents) | resolved | all
    unit: str | None = None
    reason: str | None = None
    kind: str | None = None  # violation | missing_information | manual_review
    clause: str | None = None  # a piece of a clause label, e.g. "Điều 6 Thông tư 40/2017"
    subproject: str | None = None
    batch_id: int | None = None  # default: the current version of every batch


@dataclass(frozen=True)
class DispositionInfo:
    id: int
    batch_id: int
    claim_id: str
    line_id: str | None
    action: str
    reason: str
    note: str
    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class QueueRow:
    batch_id: int
    claim_id: str
    line_id: str | None  # None: the claim's own checks
    unit_code: str
    subproject: str
    activity_kind: str
    category: str | None
    incurred_on: dt.date | None
    claimed_amount: int
    eligible_amount: int
    at_risk: int
    kind: str | None  # of flag: violation, missing_information or manual_review
    reasons: list[str]
    clauses: list[str]
    messages: list[str]
    last: DispositionInfo | None

    @property
    def status(self) -> str:
        """open, waiting (documents requested) or resolved."""
        if self.last is None:
            return "open"
        return "waiting" if self.last.action == "request_documents" else "resolved"


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    rule_title: str | None
    rule_text: str | None


@dataclass(frozen=True)
class ItemView:
    line_id: str | None
    line: LineDecision | None
    submitted: dict | None  # the line item as submitted, when the input was stored
    decision: str
    claimed_amount: int
    eligible_amount: int
    at_risk: int
    findings: list[FindingView]
    history: list[DispositionInfo]

    @property
    def kind(self) -> str | None:
        """The kind of flag of the item (None when nothing failed)."""
        return flag_kind(v.finding.reason for v in self.findings if v.finding.outcome == "fail")

    @property
    def status(self) -> str | None:
        if self.decision != "flag":
            return None
        last = self.history[-1] if self.history else None
        return "open" if last is None else "waiting" if last.action == "request_documents" else "resolved"


@dataclass(frozen=True)
class ClaimDetail:
    batch: BatchInfo
    record: ClaimDecision
    submitted: dict | None
    items: list[ItemView]  # the claim-level item first, then each line
    earlier: list[DispositionInfo] = field(default_factory=list)  # on earlier versions of this claim


@dataclass(frozen=True)
class Group:
    key: str
    claimed_amount: int = 0
    eligible_amount: int = 0
    at_risk: int = 0
    items: int = 0


@dataclass(frozen=True)
class Summary:
    batch: BatchInfo
    totals: Group
    open_items: int
    by_unit: list[Group]
    by_subproject: list[Group]
    by_kind: list[Group]  # every kind of flag, strongest first; each item counts under one
    by_reason: list[Group]  # an item failing several reasons counts under each
    by_clause: list[Group]  # likewise, by the first citation of each failed finding ("" when none cites one)


# ---- queue -------------------------------------------------------------------------------


def _current_batches():
    """Ids of batches that no later version supersedes."""
    newer = aliased(Batch)
    return select(Batch.id).where(~select(newer.id).where(newer.supersedes_id == Batch.id).exists())


def queue(store: Store, filters: QueueFilter = QueueFilter(), sort: str = "at_risk") -> list[QueueRow]:
    """Flagged items matching the filters, by default sorted by amount at risk, largest first."""
    if filters.status not in STATUSES:
        raise StoreError(f"trạng thái '{filters.status}' không hợp lệ; chọn: {', '.join(STATUSES)}")
    if sort not in SORTS:
        raise StoreError(f"cách sắp xếp '{sort}' không hợp lệ; chọn: {', '.join(SORTS)}")
    if filters.kind is not None and filters.kind not in FLAG_KINDS:
        raise StoreError(f"loại cờ '{filters.kind}' không hợp lệ; chọn: {', '.join(FLAG_KINDS)}")
    with store.read() as session:
        rows = list(_items(session, filters))
    if filters.reason:
        rows = [r for r in rows if filters.reason in r.reasons]
    if filters.kind:
        rows = [r for r in rows if r.kind == filters.kind]
    if filters.clause:
        needle = filters.clause.casefold()
        rows = [r for r in rows if any(needle in c.casefold() for c in r.clauses)]
    if filters.status == "open":
        rows = [r for r in rows if r.status != "resolved"]
    elif filters.status == "resolved":
        rows = [r for r in rows if r.status == "resolved"]
    keys = {"at_risk": lambda r: (-r.at_risk, r.claim_id, r.line_id or ""),
            "claim": lambda r: (r.claim_id, r.line_id or ""),
            "unit": lambda r: (r.unit_code, -r.at_risk, r.claim_id, r.line_id or "")}
    return sorted(rows, key=keys[sort])


def _items(session: Session, filters: QueueFilter) -> Iterable[QueueRow]:
    scope = [filters.batch_id] if filters.batch_id is not None else _current_batches()
    claim_filter: list[ColumnElement[bool]] = [ClaimRow.batch_id.in_(scope)]
    if filters.unit:
        claim_filter.append(ClaimRow.unit_code == filters.unit)
    if filters.subproject:
        claim_filter.append(ClaimRow.subproject == filters.subproject)
    failed: dict[tuple[int, int | None], list[FindingRow]] = defaultdict(list)
    for f in session.scalars(select(FindingRow).where(FindingRow.batch_id.in_(scope), FindingRow.outcome == "fail")
                             .order_by(FindingRow.id)):
        failed[(f.claim_pk, f.line_pk)].append(f)
    last = _last_dispositions(session, Disposition.batch_id.in_(scope))
    line_risk = dict(session.execute(
        # PostgreSQL sums a BIGINT to NUMERIC (a Decimal): cast back to whole đồng
        select(LineRow.claim_pk, cast(func.sum(LineRow.claimed_amount - LineRow.eligible_amount), BigInteger))
        .where(LineRow.batch_id.in_(scope)).group_by(LineRow.claim_pk)).all())

    for claim in session.scalars(select(ClaimRow).where(*claim_filter, ClaimRow.decision == "flag")):
        findings = failed.get((claim.id, None))
        if findings:
            risk = claim.claimed_amount - claim.eligible_amount - (line_risk.get(claim.id) or 0)
            yield _row(claim, None, claim.claimed_amount, claim.eligible_amount, max(risk, 0), findings,
                       last.get((claim.id, None)))
    lines = session.execute(select(LineRow, ClaimRow).join(ClaimRow, LineRow.claim_pk == ClaimRow.id)
                            .where(*claim_filter, LineRow.decision == "flag"))
    for line, claim in lines:
        yield _row(claim, line, line.claimed_amount, line.eligible_amount,
                   line.claimed_amount - line.eligible_amount, failed.get((claim.id, line.id), []),
                   last.get((claim.id, line.id)))


def _row(claim: ClaimRow, line: LineRow | None, claimed: int, eligible: int, at_risk: int,
         findings: list[FindingRow], last: DispositionInfo | None) -> QueueRow:
    reasons = list(dict.fromkeys(f.reason for f in findings if f.reason))
    return QueueRow(
        batch_id=claim.batch_id, claim_id=claim.claim_id, line_id=line.line_id if line else None,
        unit_code=claim.unit_code, subproject=claim.subproject, activity_kind=claim.activity_kind,
        category=line.category if line else None, incurred_on=line.incurred_on if line else None,
        claimed_amount=claimed, eligible_amount=eligible, at_risk=at_risk, kind=flag_kind(reasons), reasons=reasons,
        clauses=list(dict.fromkeys(f.clause for f in findings if f.clause)),
        messages=[f.record["message"] for f in findings], last=last)


def _info(d: Disposition) -> DispositionInfo:
    return DispositionInfo(d.id, d.batch_id, d.claim_id, d.line_id, d.action, d.reason, d.note, d.actor, d.at)


def _last_dispositions(session: Session, where) -> dict[tuple[int, int | None], DispositionInfo]:
    last: dict[tuple[int, int | None], DispositionInfo] = {}
    for d in session.scalars(select(Disposition).where(where).order_by(Disposition.id)):
        last[(d.claim_pk, d.line_pk)] = _info(d)
    return last


# ---- one claim ---------------------------------------------------------------------------


def _claim_row(session: Session, claim_id: str, batch_id: int | None) -> ClaimRow:
    query = select(ClaimRow).where(ClaimRow.claim_id == claim_id).options(
        selectinload(ClaimRow.findings), selectinload(ClaimRow.lines).selectinload(LineRow.findings))
    if batch_id is None:
        query = query.where(ClaimRow.batch_id.in_(_current_batches()))
    else:
        query = query.where(ClaimRow.batch_id == batch_id)
    row = session.scalars(query).first()
    if row is None:
        where = f" trong lô #{batch_id}" if batch_id is not None else ""
        raise NotFound(f"không có hồ sơ '{claim_id}'{where}. Xem: compliance review list --status all")
    return row


def claim_detail(store: Store, claim_id: str, batch_id: int | None = None) -> ClaimDetail:
    """A claim (its current version unless `batch_id` is given): every finding with its rule's
    title and text, each item's disposition history, and dispositions made on earlier versions."""
    with store.read() as session:
        row = _claim_row(session, claim_id, batch_id)
        digest = session.scalar(select(Batch.rulebook_digest).where(Batch.id == row.batch_id))
        texts = {t.rule_id: t for t in session.scalars(select(RuleText).where(RuleText.rulebook_digest == digest))}
        history: dict[int | None, list[DispositionInfo]] = defaultdict(list)
        earlier = []
        for d in session.scalars(select(Disposition).where(Disposition.claim_id == claim_id).order_by(Disposition.id)):
            if d.claim_pk == row.id:
                history[d.line_pk].append(_info(d))
            else:
                earlier.append(_info(d))
        record = claim_record(row)
        submitted = row.input or {}
        submitted_lines = {item["line_id"]: item for item in submitted.get("line_items", [])}

        def views(findings: list[Finding]) -> list[FindingView]:
            return [FindingView(f, getattr(texts.get(f.rule_id), "title", None),
                                getattr(texts.get(f.rule_id), "text", None)) for f in findings]

        line_risk = sum(l.claimed_amount - l.eligible_amount for l in record.lines)
        claim_failed = any(f.outcome == "fail" for f in record.findings)
        items = [ItemView(None, None, None, "flag" if claim_failed else "approve", record.claimed_amount,
                          record.eligible_amount, max(record.claimed_amount - record.eligible_amount - line_risk, 0),
                          views(record.findings), history.get(None, []))]
        for line_row, line in zip(row.lines, record.lines, strict=True):
            items.append(ItemView(line.line_id, line, submitted_lines.get(line.line_id), line.decision,
                                  line.claimed_amount, line.eligible_amount, line.claimed_amount - line.eligible_amount,
                                  views(line.findings), history.get(line_row.id, [])))
        batch_id = row.batch_id
        submitted_claim = row.input
    return ClaimDetail(batch_info(store, batch_id), record, submitted_claim, items, earlier)


# ---- dispositions ------------------------------------------------------------------------


def resolve(store: Store, actor: User, claim_id: str, line_id: str | None, action: str, reason: str, note: str,
            batch_id: int | None = None) -> DispositionInfo:
    """Record a disposition on a flagged item of the claim's current version (auditors and admins).
    `line_id` None settles the claim's own failed checks. History is kept: nothing is overwritten."""
    if action not in ACTIONS_VI:
        raise StoreError(f"hành động '{action}' không hợp lệ; chọn: {', '.join(ACTIONS_VI)}")
    if reason not in RESOLUTION_REASONS_VI:
        raise StoreError(f"mã lý do '{reason}' không hợp lệ; chọn: {', '.join(RESOLUTION_REASONS_VI)}")
    note = (note or "").strip()
    if not note or len(note) > MAX_NOTE:
        raise StoreError(f"cần ghi chú (1–{MAX_NOTE} ký tự) giải thích quyết định")
    with store.write() as session:
        acting = refresh(session, actor)
        require(acting, "resolve")
        current = session.scalars(select(ClaimRow).where(ClaimRow.claim_id == claim_id,
                                                         ClaimRow.batch_id.in_(_current_batches()))).first()
        if current is None:
            raise NotFound(f"không có hồ sơ '{claim_id}' trong kho")
        if batch_id is not None and batch_id != current.batch_id:
            raise StoreError(f"hồ sơ '{claim_id}' đã được thẩm định lại ở lô #{current.batch_id}; "
                             f"chỉ xử lý cờ trên phiên bản hiện hành")
        line = None
        if line_id is None:
            flagged = session.scalar(select(func.count()).select_from(FindingRow).where(
                FindingRow.claim_pk == current.id, FindingRow.line_pk.is_(None), FindingRow.outcome == "fail"))
            if not flagged:
                raise StoreError(f"hồ sơ '{claim_id}' không có cờ ở cấp hồ sơ; hãy chỉ rõ mã khoản chi")
        else:
            line = session.scalars(select(LineRow).where(and_(LineRow.claim_pk == current.id,
                                                              LineRow.line_id == line_id))).first()
            if line is None:
                raise NotFound(f"hồ sơ '{claim_id}' không có khoản chi '{line_id}'")
            if line.decision != "flag":
                raise StoreError(f"khoản chi '{line_id}' của hồ sơ '{claim_id}' đã được duyệt, không có cờ để xử lý")
        at = now()
        details = {"batch_id": current.batch_id, "claim_id": claim_id, "line_id": line_id, "action": action,
                   "reason": reason, "note": note}
        entry = trail.append(session, acting.name, "disposition", f"claim:{claim_id}/line:{line_id or '-'}", details)
        row = Disposition(batch_id=current.batch_id, claim_pk=current.id, line_pk=line.id if line else None,
                          claim_id=claim_id, line_id=line_id, action=action, reason=reason, note=note,
                          actor=acting.name, at=at, trail_id=entry.id)
        session.add(row)
        session.flush()
        return _info(row)


# ---- a batch's review, for its Excel report ----------------------------------------------


@dataclass(frozen=True)
class BatchReview:
    """What a stored batch's Excel report carries beyond its decision document."""

    submitted: dict[str, dict]  # claim id -> the claim as submitted (contract JSON), when it was stored
    items: list[QueueRow]  # every flagged item, with its status and latest disposition
    history: list[DispositionInfo]  # every disposition on the batch, oldest first


def batch_review(store: Store, batch_id: int) -> BatchReview:
    """The claims as submitted, the flagged items and every disposition of a batch."""
    batch_info(store, batch_id)  # NotFound
    items = queue(store, QueueFilter(status="all", batch_id=batch_id), sort="claim")
    with store.read() as session:
        submitted = {claim_id: data for claim_id, data in session.execute(
            select(ClaimRow.claim_id, ClaimRow.input).where(ClaimRow.batch_id == batch_id)
            .order_by(ClaimRow.position)) if data}
        history = [_info(d) for d in session.scalars(select(Disposition).where(Disposition.batch_id == batch_id)
                                                     .order_by(Disposition.id))]
    return BatchReview(submitted, items, history)


# ---- summary -----------------------------------------------------------------------------


def summary(store: Store, batch_id: int) -> Summary:
    """Claimed, eligible and at-risk totals of a batch by unit, sub-project, kind of flag, reason and clause."""
    info = batch_info(store, batch_id)
    with store.read() as session:
        claims = session.execute(select(ClaimRow.unit_code, ClaimRow.subproject, ClaimRow.claimed_amount,
                                        ClaimRow.eligible_amount).where(ClaimRow.batch_id == batch_id)).all()
    items = queue(store, QueueFilter(status="all", batch_id=batch_id))
    flagged_by_unit: dict[str, int] = defaultdict(int)
    flagged_by_subproject: dict[str, int] = defaultdict(int)
    for item in items:
        flagged_by_unit[item.unit_code] += 1
        flagged_by_subproject[item.subproject] += 1

    def by_claim(key_index: Literal[0, 1], counts: dict[str, int]) -> list[Group]:  # unit code, sub-project
        groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for row in claims:
            groups[row[key_index]][0] += row[2]
            groups[row[key_index]][1] += row[3]
        return _sorted([Group(k, c, e, c - e, counts.get(k, 0)) for k, (c, e) in groups.items()])

    def by_item(keys) -> list[Group]:
        groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for item in items:
            for key in keys(item):
                g = groups[key]
                g[0] += item.claimed_amount
                g[1] += item.eligible_amount
                g[2] += item.at_risk
                g[3] += 1
        return _sorted([Group(k, *v) for k, v in groups.items()])

    claimed = sum(r[2] for r in claims)
    eligible = sum(r[3] for r in claims)
    kinds = {g.key: g for g in by_item(lambda i: [i.kind])}
    return Summary(
        batch=info, totals=Group("total", claimed, eligible, claimed - eligible, len(items)),
        open_items=sum(1 for i in items if i.status != "resolved"),
        by_unit=by_claim(0, flagged_by_unit), by_subproject=by_claim(1, flagged_by_subproject),
        by_kind=[kinds.get(k, Group(k)) for k in FLAG_KINDS], by_reason=by_item(lambda i: i.reasons),
        by_clause=by_item(lambda i: i.clauses or [""]))


def _sorted(groups: list[Group]) -> list[Group]:
    return sorted(groups, key=lambda g: (-g.at_risk, -g.claimed_amount, g.key))
