"""The auditors' review: the queue of flagged items, a claim's detail, dispositions, batch summaries.

A flagged item is a flagged line, or a claim's own failed check (line_id None). Its amount at risk
is claimed − eligible (for the claim-level item: what the claim loses beyond its lines). Its kind of
flag (violation, missing information, manual review) comes from the reasons of its failed findings
(models.flag_kind). Its status comes from its latest disposition: none or request_documents → open;
confirm or overturn → resolved.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func, or_, select, update
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import FLAG_KINDS, ClaimDecision, Finding, LineDecision, flag_kind
from . import trail
from .batches import BatchInfo, batch_info, claim_record
from ..vocabulary import ACTIONS_VI, RESOLUTION_REASONS_VI
from .db import Store
from .errors import NotFound, StoreError
from .schema import Batch, BatchGroup, ClaimRow, Disposition, FindingRow, FlagKey, FlagRow, LineRow, RuleText, now
from .users import User, refresh, require

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


PAGE = 50  # queue rows per page
COUNT_CAP = 10_000  # items counted for a page's totals before saying "more than"
# Each sort's order: (column, descending); the last columns make it total (keyset pagination).
_ORDERS = {
    "at_risk": (("at_risk", True), ("claim_id", False), ("line_key", False), ("id", False)),
    "claim": (("claim_id", False), ("line_key", False), ("id", False)),
    "unit": (("unit_code", False), ("at_risk", True), ("claim_id", False), ("line_key", False), ("id", False)),
}


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    after: str | None  # the cursor of the next page (None: this is the last)


@dataclass(frozen=True)
class QueueTotals:
    items: int
    at_risk: int
    capped: bool  # True: more than `items` match (counting stopped at COUNT_CAP)


def _check(filters: QueueFilter, sort: str) -> None:
    if filters.status not in STATUSES:
        raise StoreError(f"trạng thái '{filters.status}' không hợp lệ; chọn: {', '.join(STATUSES)}")
    if sort not in SORTS:
        raise StoreError(f"cách sắp xếp '{sort}' không hợp lệ; chọn: {', '.join(SORTS)}")
    if filters.kind is not None and filters.kind not in FLAG_KINDS:
        raise StoreError(f"loại cờ '{filters.kind}' không hợp lệ; chọn: {', '.join(FLAG_KINDS)}")


def _scope_ids(session: Session, filters: QueueFilter) -> list[int]:
    if filters.batch_id is not None:
        return [filters.batch_id]
    return list(session.scalars(_current_batches()))


def _clause_keys(session: Session, scope: list[int], needle: str) -> list[str]:
    """The clause labels in scope that contain `needle` (case-insensitive): the batches' groups list them."""
    needle = needle.casefold()
    keys = session.scalars(select(BatchGroup.key).where(BatchGroup.batch_id.in_(scope), BatchGroup.dimension == "clause",
                                                        BatchGroup.key != "").distinct())
    return sorted(k for k in keys if needle in k.casefold())


def _where(session: Session, filters: QueueFilter, sort: str):
    """(the flags' select with every filter, the columns to order by) — or None when nothing can match.
    A reason or a single clause is walked through flag_keys' index in the queue's default order."""
    scope = _scope_ids(session, filters)
    if not scope:
        return None
    query = select(FlagRow)
    # Every current batch is most of the items: not a term to look up by index (`+ 0`), so the planner
    # walks the index of the queue's order (or of a selective filter) instead of sorting them all.
    conditions: list[ColumnElement[bool]] = [
        FlagRow.batch_id.in_(scope) if filters.batch_id is not None else (FlagRow.batch_id + 0).in_(scope)]
    if filters.unit:
        conditions.append(FlagRow.unit_code == filters.unit)
    if filters.subproject:
        conditions.append(FlagRow.subproject == filters.subproject)
    if filters.kind:
        conditions.append(FlagRow.kind == filters.kind)
    if filters.status == "open":  # most items, likewise (open or waiting)
        conditions.append(FlagRow.status != "resolved")
    elif filters.status == "resolved":
        conditions.append(FlagRow.status == "resolved")
    keys: list[tuple[str, list[str]]] = []
    if filters.reason:
        keys.append(("reason", [filters.reason]))
    if filters.clause:
        clauses = _clause_keys(session, scope, filters.clause)
        if not clauses:
            return None
        keys.append(("clause", clauses))
    walked = None  # the flag_keys alias whose index gives the order
    for n, (dimension, values) in enumerate(keys):
        if n == 0 and len(values) == 1:
            walk = aliased(FlagKey)
            query = query.join(walk, walk.flag_id == FlagRow.id)
            conditions += [walk.dimension == dimension, walk.key == values[0]]
            if sort == "at_risk":
                walked = walk
        else:
            conditions.append(FlagRow.id.in_(select(FlagKey.flag_id).where(FlagKey.dimension == dimension,
                                                                            FlagKey.key.in_(values))))
    columns = [(getattr(walked, "flag_id" if name == "id" else name) if walked is not None else getattr(FlagRow, name),
                desc) for name, desc in _ORDERS[sort]]
    return query.where(*conditions), columns


def _after(columns, values: list) -> object:
    """Rows strictly after `values` in the order of `columns` (mixed directions): the leading column's
    bound stands alone as well, so the index seeks to it instead of filtering from the start."""
    ors = []
    for i, (column, desc) in enumerate(columns):
        step = [c == v for (c, _), v in zip(columns[:i], values[:i])]
        step.append(column < values[i] if desc else column > values[i])
        ors.append(and_(*step))
    first, desc = columns[0]
    return and_(first <= values[0] if desc else first >= values[0], or_(*ors))


def _cursor(row: FlagRow, sort: str) -> str:
    values = [getattr(row, name) for name, _ in _ORDERS[sort]]
    return base64.urlsafe_b64encode(json.dumps(values, ensure_ascii=False).encode()).decode().rstrip("=")


def _uncursor(cursor: str, sort: str) -> list:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        types = [int if name in ("at_risk", "id") else str for name, _ in _ORDERS[sort]]
        if not isinstance(values, list) or len(values) != len(types) or \
                not all(type(v) is t for v, t in zip(values, types)) or \
                any(type(v) is int and not -2**63 <= v < 2**63 for v in values):  # what a BIGINT holds
            raise ValueError(cursor)
    except (ValueError, UnicodeDecodeError):
        raise StoreError("con trỏ trang không hợp lệ (--after): hãy bắt đầu lại từ trang đầu") from None
    return values


def queue_page(store: Store, filters: QueueFilter = QueueFilter(), sort: str = "at_risk", after: str | None = None,
               limit: int = PAGE) -> QueuePage:
    """One page of flagged items matching the filters (by default by amount at risk, largest first),
    after the cursor `after` of the previous page: each page costs the same, however deep."""
    _check(filters, sort)
    if limit < 1:
        raise StoreError("số dòng mỗi trang phải lớn hơn 0")
    with store.read() as session:
        built = _where(session, filters, sort)
        if built is None:
            return QueuePage([], None)
        query, columns = built
        if after:
            query = query.where(_after(columns, _uncursor(after, sort)))
        query = query.order_by(*[c.desc() if desc else c.asc() for c, desc in columns]).limit(limit + 1)
        flags = list(session.scalars(query))
        more = len(flags) > limit
        flags = flags[:limit]
        rows = _hydrate(session, flags)
    return QueuePage(rows, _cursor(flags[-1], sort) if more else None)


def iter_queue(store: Store, filters: QueueFilter = QueueFilter(), sort: str = "at_risk",
               page: int = 1000) -> Iterator[QueueRow]:
    """Every matching item, a page at a time (exports of a large batch hold one page)."""
    after = None
    while True:
        got = queue_page(store, filters, sort, after, page)
        yield from got.rows
        if got.after is None:
            return
        after = got.after


def queue(store: Store, filters: QueueFilter = QueueFilter(), sort: str = "at_risk") -> list[QueueRow]:
    """Every flagged item matching the filters, in a list (see queue_page for a large store)."""
    return list(iter_queue(store, filters, sort))


def queue_totals(store: Store, filters: QueueFilter = QueueFilter(), cap: int = COUNT_CAP) -> QueueTotals:
    """How many items match and their amount at risk; counting stops past `cap` (`capped`)."""
    _check(filters, "at_risk")
    with store.read() as session:
        built = _where(session, filters, "at_risk")
        if built is None:
            return QueueTotals(0, 0, False)
        query, _ = built
        if filters.status == "all" and not (filters.unit or filters.subproject or filters.kind or filters.reason
                                            or filters.clause):
            # The whole scope: the batches' totals, counted at save time.
            scope = _scope_ids(session, filters)
            items, at_risk = session.execute(
                select(func.coalesce(func.sum(BatchGroup.items), 0), func.coalesce(func.sum(BatchGroup.at_risk), 0))
                .where(BatchGroup.batch_id.in_(scope), BatchGroup.dimension == "kind")).one()
            return QueueTotals(int(items), int(at_risk), False)
        capped = query.with_only_columns(FlagRow.at_risk).limit(cap + 1).subquery()
        count, at_risk = session.execute(select(func.count(), func.coalesce(
            cast(func.sum(capped.c.at_risk), BigInteger), 0))).one()
    if count > cap:
        return QueueTotals(cap, 0, True)
    return QueueTotals(int(count), int(at_risk), False)


@dataclass(frozen=True)
class Choices:
    """The values a queue filter can take in a scope (the batches' groups: no scan of the items)."""

    units: list[str]
    clauses: list[str]
    reasons: list[str]
    kinds: list[str]


def queue_choices(store: Store, batch_id: int | None = None) -> Choices:
    with store.read() as session:
        scope = _scope_ids(session, QueueFilter(batch_id=batch_id))
        found: dict[str, set[str]] = defaultdict(set)
        for dimension, key in session.execute(select(BatchGroup.dimension, BatchGroup.key).where(
                BatchGroup.batch_id.in_(scope), BatchGroup.items > 0,
                BatchGroup.dimension.in_(("unit", "clause", "reason", "kind"))).distinct()):
            found[dimension].add(key)
    return Choices(sorted(found["unit"]), sorted(k for k in found["clause"] if k), sorted(found["reason"]),
                   [k for k in FLAG_KINDS if k in found["kind"]])


def _hydrate(session: Session, flags: list[FlagRow]) -> list[QueueRow]:
    """Queue rows of a page of items: their failed findings' messages and latest dispositions."""
    if not flags:
        return []
    pks = sorted({f.claim_pk for f in flags})
    messages: dict[tuple[int, int | None], list[str]] = defaultdict(list)
    for claim_pk, line_pk, record in session.execute(
            select(FindingRow.claim_pk, FindingRow.line_pk, FindingRow.record)
            .where(FindingRow.claim_pk.in_(pks), FindingRow.outcome == "fail").order_by(FindingRow.id)):
        messages[(claim_pk, line_pk)].append(record["message"])
    last = _last_dispositions(session, Disposition.claim_pk.in_(pks))
    return [QueueRow(
        batch_id=f.batch_id, claim_id=f.claim_id, line_id=f.line_key or None, unit_code=f.unit_code,
        subproject=f.subproject, activity_kind=f.activity_kind, category=f.category, incurred_on=f.incurred_on,
        claimed_amount=f.claimed_amount, eligible_amount=f.eligible_amount, at_risk=f.at_risk, kind=f.kind or None,
        reasons=list(f.reasons), clauses=list(f.clauses), messages=messages.get((f.claim_pk, f.line_pk), []),
        last=last.get((f.claim_pk, f.line_pk))) for f in flags]


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
        # The item's status in the queue's index follows its latest disposition (same transaction).
        session.execute(update(FlagRow).where(FlagRow.claim_pk == current.id, FlagRow.line_key == (line_id or ""))
                        .values(status="waiting" if action == "request_documents" else "resolved"))
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
    """Claimed, eligible and at-risk totals of a batch by unit, sub-project, kind of flag, reason and clause,
    from the totals counted when it was saved (batch_groups); the open items from the queue's index."""
    info = batch_info(store, batch_id)
    groups: dict[str, list[Group]] = defaultdict(list)
    with store.read() as session:
        for g in session.scalars(select(BatchGroup).where(BatchGroup.batch_id == batch_id)):
            groups[g.dimension].append(Group(g.key, g.claimed_amount, g.eligible_amount, g.at_risk, g.items))
        resolved = session.scalar(select(func.count()).select_from(FlagRow).where(
            FlagRow.batch_id == batch_id, FlagRow.status == "resolved")) or 0
    total = groups["total"][0] if groups["total"] else Group("total")
    kinds = {g.key: g for g in groups["kind"]}
    return Summary(
        batch=info, totals=Group("total", total.claimed_amount, total.eligible_amount, total.at_risk, total.items),
        open_items=total.items - resolved,
        by_unit=_sorted(groups["unit"]), by_subproject=_sorted(groups["subproject"]),
        by_kind=[kinds.get(k, Group(k)) for k in FLAG_KINDS], by_reason=_sorted(groups["reason"]),
        by_clause=_sorted(groups["clause"]))


def _sorted(groups: list[Group]) -> list[Group]:
    return sorted(groups, key=lambda g: (-g.at_risk, -g.claimed_amount, g.key))
