"""`audit verify`: the trail's hash chain is intact, anchored outside the database, and what it vouches
for is still as recorded.

The chain: ids run 1, 2, 3, … without gaps; each entry names the previous entry's hash; each hash
matches its content. The anchor (anchor.py): the entries named by signed checkpoint receipts still have
the hashes the receipts say, and none of them is missing (a deleted tail). What it vouches for: the
users table is what the user entries (user.add, user.change) say, replayed; each saved batch still
hashes to the document digest its `batch.save` entry recorded (and the queryable columns agree); each
disposition still reads as its `disposition` entry says.

Incremental: with an anchor, the chain is read from the newest `verify` checkpoint on (its entry must
still have the signed hash), so the work grows with the entries added since, not with the trail. The
vouching entries (users, batch saves, dispositions: few next to logins) are re-hashed and compared
every time; the claims, lines and findings of batches saved before the checkpoint are re-hashed only by
`full=True` (`audit verify --full`), as is every entry before the checkpoint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from . import trail
from .anchor import Anchor, Receipt
from .batches import claim_record, document_digest, get_batch
from .db import Store
from .schema import Batch, ClaimRow, Disposition, TrailEntry
from .schema import User as UserRow

USER_ACTIONS = ("user.add", "user.change")


@dataclass(frozen=True)
class Broken:
    entry_id: int | None  # None: a stored row that no trail entry vouches for (entries removed at the end)
    at: dt.datetime | None
    action: str
    problem: str  # Vietnamese


@dataclass(frozen=True)
class Verification:
    entries: int  # entries whose hashes were recomputed in the chain walk
    batches: int
    dispositions: int
    broken: Broken | None
    users: int = 0
    since: int = 0  # entries up to this id were verified before (the `verify` checkpoint this run started from)
    anchored: Receipt | None = None  # the newest receipt the trail was checked against
    receipt: Receipt | None = None  # the `verify` checkpoint this run signed (None: not intact, or no anchor)

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(store: Store, anchor: Anchor | None = None, *, full: bool = False) -> Verification:
    """Check the trail. Without `anchor`, only its internal consistency (from the first entry); with one,
    also against the signed checkpoints, incrementally from the last `verify` checkpoint unless `full`."""
    receipts = anchor.receipts() if anchor else []
    base = None if full else next((r for r in reversed(receipts) if r.kind == "verify"), None)
    newest = max(receipts, key=lambda r: r.entry_id, default=None)
    checks = {r.entry_id: r for r in receipts if base is None or r.entry_id > base.entry_id}
    walk = _chain(store, base, checks)
    broken = walk.broken
    if broken is None and newest is not None and newest.entry_id > walk.last_id:
        broken = Broken(None, None, "checkpoint", _GONE.format(at=newest.at, id=newest.entry_id))
    users = 0
    if broken is None:
        broken, users = _users(store)
    batches = dispositions = 0
    if broken is None:
        broken, batches = _batches(store, walk.since if not full else 0)
    if broken is None:
        broken, dispositions = _dispositions(store)
    receipt = None
    if broken is None and anchor is not None and walk.last_id:
        receipt = anchor.sign(walk.last_id, walk.last_hash, "verify")
    return Verification(walk.count, batches, dispositions, broken, users, walk.since, newest, receipt)


_GONE = ("mốc nhật ký ký lúc {at} ghi đến mục #{id}, nhưng mục này không còn: các mục cuối đã bị xóa "
         "(hoặc nhật ký bị đánh số lại)")
_REWRITTEN = ("mã băm của mục khác với mốc đã ký lúc {at}: nhật ký đã bị viết lại (cả chuỗi mã băm được tính lại) "
              "từ mục này trở về trước")


@dataclass
class _Walk:
    broken: Broken | None = None
    count: int = 0
    since: int = 0
    last_id: int = 0
    last_hash: str = trail.GENESIS


def _chain(store: Store, base: Receipt | None, checks: dict[int, Receipt]) -> _Walk:
    """Walk the chain from `base` (a signed `verify` checkpoint) or from the first entry."""
    walk = _Walk()
    with store.read() as session:
        if base is not None:
            row = session.execute(select(*trail.COLUMNS).where(TrailEntry.id == base.entry_id)).first()
            if row is None:
                walk.broken = Broken(None, None, "checkpoint", _GONE.format(at=base.at, id=base.entry_id))
                return walk
            if row.hash != base.hash or trail.row_hash(*row[:7]) != row.hash:
                walk.broken = Broken(row.id, row.at, row.action, _REWRITTEN.format(at=base.at) if row.hash != base.hash
                                     else "nội dung mục đã bị sửa: mã băm không còn khớp")
                return walk
            walk.since = walk.last_id = base.entry_id
            walk.last_hash = base.hash
        query = select(*trail.COLUMNS).where(TrailEntry.id > walk.last_id).order_by(TrailEntry.id)
        for row in session.execute(query.execution_options(yield_per=5000)):
            walk.count += 1
            expected = walk.last_id + 1
            if row.id != expected:
                walk.broken = Broken(row.id, row.at, row.action,
                                     f"thiếu mục #{expected}–#{row.id - 1} trước mục này (đã bị xóa)")
                return walk
            if row.prev_hash != walk.last_hash:
                walk.broken = Broken(row.id, row.at, row.action, "mã băm của mục trước ghi trong mục này không khớp "
                                                                 "(mục trước đã bị sửa hoặc thay)")
                return walk
            if trail.row_hash(*row[:7]) != row.hash:
                walk.broken = Broken(row.id, row.at, row.action, "nội dung mục đã bị sửa: mã băm không còn khớp")
                return walk
            check = checks.get(row.id)
            if check is not None and check.hash != row.hash:
                walk.broken = Broken(row.id, row.at, row.action, _REWRITTEN.format(at=check.at))
                return walk
            walk.last_id, walk.last_hash = row.id, row.hash
    return walk


def _vouching(session, actions: tuple[str, ...]):
    """The entries of these actions, oldest first, each re-hashed (index ix_trail_action_id)."""
    for row in session.execute(select(*trail.COLUMNS).where(TrailEntry.action.in_(actions)).order_by(TrailEntry.id)
                               .execution_options(yield_per=2000)):
        yield row, trail.row_hash(*row[:7]) == row.hash


def _users(store: Store) -> tuple[Broken | None, int]:
    """Replay the user entries; the users table must say the same (name, role, active, password hash)."""
    state: dict[str, dict] = {}
    last: dict[str, Any] = {}
    with store.read() as session:
        for row, intact in _vouching(session, USER_ACTIONS):
            if not intact:
                return Broken(row.id, row.at, row.action, "nội dung mục đã bị sửa: mã băm không còn khớp"), 0
            name = row.subject.removeprefix("user:")
            if row.action == "user.add":
                state[name] = {"role": row.details.get("role"), "active": True,
                               "credential": row.details.get("credential")}
            elif name in state:
                state[name].update({k: row.details[k] for k in ("role", "active", "credential") if k in row.details})
            last[name] = row
        users = session.execute(select(UserRow.name, UserRow.role, UserRow.active, UserRow.password_hash)).all()
    from .users import credential

    for user in users:
        recorded = state.pop(user.name, None)
        if recorded is None:
            return Broken(None, None, "user.add", f"người dùng '{user.name}' có trong bảng người dùng nhưng nhật ký "
                                                  "không ghi việc thêm người này (đã được chèn thẳng vào cơ sở dữ liệu)"), 0
        problems = [what for what, same in (
            ("vai trò", recorded["role"] == user.role), ("trạng thái", recorded["active"] == user.active),
            ("mật khẩu", recorded["credential"] in (None, credential(user.password_hash)))) if not same]
        if problems:
            entry = last[user.name]
            return Broken(entry.id, entry.at, entry.action,
                          f"người dùng '{user.name}' trong bảng người dùng không khớp với nhật ký "
                          f"({', '.join(problems)} đã bị sửa trực tiếp trong cơ sở dữ liệu)"), 0
    if state:
        name = sorted(state)[0]
        entry = last[name]
        return Broken(entry.id, entry.at, entry.action,
                      f"người dùng '{name}' có trong nhật ký nhưng không còn trong bảng người dùng (đã bị xóa)"), 0
    return None, len(users)


def _batches(store: Store, since: int) -> tuple[Broken | None, int]:
    """Every batch has its intact save entry and the digest it recorded; the data of those saved after
    entry `since` (all of them when 0) still hash to it."""
    with store.read() as session:
        saves = {}
        for row, intact in _vouching(session, ("batch.save",)):
            if not intact:
                return Broken(row.id, row.at, row.action, "nội dung mục đã bị sửa: mã băm không còn khớp"), 0
            saves[row.details["batch_id"]] = row
        batches = session.execute(select(Batch.id, Batch.document_digest).order_by(Batch.id)).all()
    for batch_id, stored_digest in batches:
        entry = saves.pop(batch_id, None)
        if entry is None:
            return Broken(None, None, "batch.save",
                          f"lô #{batch_id} có trong kho nhưng không có mục nhật ký nào ghi việc lưu lô"), 0
        problem = None
        try:
            if stored_digest != entry.details["document_digest"]:
                problem = "mã băm của lô"
            elif entry.id > since and document_digest(get_batch(store, batch_id)) != stored_digest:
                problem = "hồ sơ, khoản chi hoặc kết quả kiểm tra"
            elif entry.id > since and not _columns_match(store, batch_id):
                problem = "cột số tiền, kết luận hoặc lý do"
        except (ValidationError, KeyError, TypeError, ValueError):
            problem = "bản ghi kết quả không còn đọc được"
        if problem:
            return Broken(entry.id, entry.at, entry.action,
                          f"dữ liệu của lô #{batch_id} ({problem}) không còn khớp với mục nhật ký này"), 0
    if saves:
        batch_id, entry = next(iter(saves.items()))
        return Broken(entry.id, entry.at, entry.action, f"lô #{batch_id} đã lưu theo nhật ký nhưng không còn trong kho"), 0
    return None, len(batches)


def _columns_match(store: Store, batch_id: int) -> bool:
    """The queryable columns still say what the stored records say (queues and summaries read them)."""
    with store.read() as session:
        for row in session.scalars(select(ClaimRow).where(ClaimRow.batch_id == batch_id)
                                   .options(selectinload(ClaimRow.all_findings), selectinload(ClaimRow.lines))):
            r = claim_record(row)
            if (row.claim_id, row.unit_code, row.subproject, row.activity_kind, row.decision, row.claimed_amount,
                    row.eligible_amount) != (r.claim_id, r.unit_code, r.subproject, r.activity_kind, r.decision,
                                             r.claimed_amount, r.eligible_amount):
                return False
            for line_row, line in zip(row.lines, r.lines, strict=True):
                if (line_row.line_id, line_row.category, line_row.incurred_on, line_row.decision,
                        line_row.claimed_amount, line_row.eligible_amount) != (
                        line.line_id, line.category, line.incurred_on, line.decision, line.claimed_amount,
                        line.eligible_amount):
                    return False
            for f in row.all_findings:
                labels = f.record.get("citations") or [{}]
                if (f.rule_id, f.outcome, f.reason, f.clause) != (f.record.get("rule_id"), f.record.get("outcome"),
                                                                  f.record.get("reason"), labels[0].get("label", "")):
                    return False
    return True


def _dispositions(store: Store) -> tuple[Broken | None, int]:
    """Each disposition row reads as its (intact) entry says, and each disposition entry has its row."""
    with store.read() as session:
        recorded = {}
        for row, intact in _vouching(session, ("disposition",)):
            if not intact:
                return Broken(row.id, row.at, row.action, "nội dung mục đã bị sửa: mã băm không còn khớp"), 0
            recorded[row.id] = row
        rows = session.scalars(select(Disposition).order_by(Disposition.id)).all()
    for d in rows:
        entry = recorded.pop(d.trail_id, None)
        stored = {"batch_id": d.batch_id, "claim_id": d.claim_id, "line_id": d.line_id, "action": d.action,
                  "reason": d.reason, "note": d.note}
        if entry is None or entry.details != stored or entry.actor != d.actor:
            problem = f"quyết định xử lý #{d.id} (hồ sơ {d.claim_id}) không còn khớp với nhật ký"
            if entry is None:
                return Broken(d.trail_id, d.at, "disposition", problem), 0
            return Broken(entry.id, entry.at, entry.action, problem), 0
    if recorded:
        entry = next(iter(recorded.values()))
        return Broken(entry.id, entry.at, entry.action, "quyết định xử lý ghi trong mục này không còn trong kho "
                                                        "(đã bị xóa)"), 0
    return None, len(rows)


def entries(store: Store, limit: int = 50) -> list[TrailEntry]:
    """The newest `limit` trail entries, oldest first (detached rows, read-only)."""
    with store.read() as session:
        rows = session.scalars(select(TrailEntry).order_by(TrailEntry.id.desc()).limit(limit)).all()
    return list(reversed(rows))
