"""The trail: an append-only log of every action, each entry chained to the previous by sha256.

An entry's hash covers a canonical JSON of its id, time, actor, action, subject, details and the
previous entry's hash; editing any stored field, or removing an entry, breaks the chain there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import LOCK_TRAIL, lock
from .schema import UTC, TrailEntry, now

GENESIS = "0" * 64

ACTIONS_VI = {
    "batch.save": "lưu lô đã thẩm định",
    "disposition": "xử lý cờ",
    "login": "đăng nhập",
    "login.failed": "đăng nhập thất bại",
    "user.add": "thêm người dùng",
    "user.change": "sửa người dùng",
    "export": "xuất báo cáo",
}


def canonical(value: Any) -> bytes:
    """The one JSON text of a value: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def timestamp(at: dt.datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(entry: TrailEntry) -> str:
    return sha256({"id": entry.id, "at": timestamp(entry.at), "actor": entry.actor, "action": entry.action,
                   "subject": entry.subject, "details": entry.details, "prev_hash": entry.prev_hash})


def append(session: Session, actor: str | None, action: str, subject: str, details: dict[str, Any]) -> TrailEntry:
    """Add an entry in the caller's transaction (so it commits, or not, with the action itself)."""
    if action not in ACTIONS_VI:
        raise ValueError(action)
    lock(session, LOCK_TRAIL)
    last = session.scalars(select(TrailEntry).order_by(TrailEntry.id.desc()).limit(1)).first()
    # The stored details are what gets hashed: normalise them through JSON first.
    entry = TrailEntry(id=(last.id + 1) if last else 1, at=now(),
                       actor=actor, action=action, subject=subject, details=json.loads(canonical(details)),
                       prev_hash=last.hash if last else GENESIS)
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry
