"""`audit verify`: the trail's hash chain is intact, and what it vouches for is still as recorded.

The chain: ids run 1, 2, 3, … without gaps; each entry names the previous entry's hash; each hash
matches its content. The anchors: each saved batch still hashes to the document digest its
`batch.save` entry recorded, and each disposition still reads as its `disposition` entry says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from . import trail
from .batches import claim_record, document_digest, get_batch
from .db import Store
from .schema import Batch, ClaimRow, Disposition, TrailEntry


@dataclass(frozen=True)
class Broken:
    entry_id: int | None  # None: a stored row that no trail entry vouches for (entries removed at the end)
    at: dt.datetime | None
    action: str
    problem: str  # Vietnamese


@dataclass(frozen=True)
class Verification:
    entries: int
    batches: int
    dispositions: int
    broken: Broken | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify(store: Store) -> Verification:
    broken, entries, saves, disposals = _chain(store)
    if broken is None:
        broken = _batches(store, saves) or _dispositions(store, disposals)
    return Verification(entries, len(saves), len(disposals), broken)


def _chain(store: Store) -> tuple[Broken | None, int, dict[int, TrailEntry], dict[int, TrailEntry]]:
    saves: dict[int, TrailEntry] = {}  # batch id -> its batch.save entry
    disposals: dict[int, TrailEntry] = {}  # trail id -> disposition entry
    prev_hash, expected_id, count = trail.GENESIS, 1, 0
    with store.read() as session:
        for entry in session.scalars(select(TrailEntry).order_by(TrailEntry.id).execution_options(yield_per=1000)):
            count += 1
            if entry.id != expected_id:
                return Broken(entry.id, entry.at, entry.action,
                              f"thiếu mục #{expected_id}–#{entry.id - 1} trước mục này (đã bị xóa)"), count, saves, disposals
            if entry.prev_hash != prev_hash:
                return Broken(entry.id, entry.at, entry.action,
                              "mã băm của mục trước ghi trong mục này không khớp (mục trước đã bị sửa hoặc thay)"), count, saves, disposals
            if trail.entry_hash(entry) != entry.hash:
                return Broken(entry.id, entry.at, entry.action,
                              "nội dung mục đã bị sửa: mã băm không còn khớp"), count, saves, disposals
            if entry.action == "batch.save":
                saves[entry.details["batch_id"]] = entry
            elif entry.action == "disposition":
                disposals[entry.id] = entry
            prev_hash, expected_id = entry.hash, entry.id + 1
    return None, count, saves, disposals


def _batches(store: Store, saves: dict[int, TrailEntry]) -> Broken | None:
    with store.read() as session:
        batches = session.execute(select(Batch.id, Batch.document_digest).order_by(Batch.id)).all()
    for batch_id, stored_digest in batches:
        entry = saves.get(batch_id)
        if entry is None:
            return Broken(None, None, "batch.save",
                          f"lô #{batch_id} có trong kho nhưng không có mục nhật ký nào ghi việc lưu lô")
        problem = None
        try:
            if stored_digest != entry.details["document_digest"] or document_digest(get_batch(store, batch_id)) != stored_digest:
                problem = "hồ sơ, khoản chi hoặc kết quả kiểm tra"
            elif not _columns_match(store, batch_id):
                problem = "cột số tiền, kết luận hoặc lý do"
        except (ValidationError, KeyError, TypeError, ValueError):
            problem = "bản ghi kết quả không còn đọc được"
        if problem:
            return Broken(entry.id, entry.at, entry.action,
                          f"dữ liệu của lô #{batch_id} ({problem}) không còn khớp với mục nhật ký này")
    return None


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


def _dispositions(store: Store, disposals: dict[int, TrailEntry]) -> Broken | None:
    with store.read() as session:
        rows = session.scalars(select(Disposition).order_by(Disposition.id)).all()
    for d in rows:
        entry = disposals.get(d.trail_id)
        recorded = {"batch_id": d.batch_id, "claim_id": d.claim_id, "line_id": d.line_id, "action": d.action,
                    "reason": d.reason, "note": d.note}
        if entry is None or entry.details != recorded or entry.actor != d.actor:
            where = (entry.id, entry.at, entry.action) if entry else (d.trail_id, d.at, "disposition")
            return Broken(*where, f"quyết định xử lý #{d.id} (hồ sơ {d.claim_id}) không còn khớp với nhật ký")
    return None


def entries(store: Store, limit: int = 50) -> list[TrailEntry]:
    """The newest `limit` trail entries, oldest first (detached rows, read-only)."""
    with store.read() as session:
        rows = session.scalars(select(TrailEntry).order_by(TrailEntry.id.desc()).limit(limit)).all()
    return list(reversed(rows))
