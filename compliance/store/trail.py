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

from ..vocabulary import TRAIL_ACTIONS_VI
from .db import LOCK_TRAIL, lock
from .schema import UTC, TrailEntry, now

GENESIS = "0" * 64



def canonical(value: Any) -> bytes:
    """The one JSON text of a value: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sha256(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def timestamp(at: dt.datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(entry: TrailEntry) -> str:
    return row_hash(entry.id, entry.at, entry.actor, entry.action, entry.subject, entry.details, entry.prev_hash)


def row_hash(id_: int, at: dt.datetime, actor: str | None, action: str, subject: str, details: Any,
             prev_hash: str) -> str:
    """An entry's hash from its columns (audit verify reads rows, not ORM objects, to go fast)."""
    return sha256({"id": id_, "at": timestamp(at), "actor": actor, "action": action, "subject": subject,
                   "details": details, "prev_hash": prev_hash})


# The columns of an entry, in row_hash's order, then its hash.
COLUMNS = (TrailEntry.id, TrailEntry.at, TrailEntry.actor, TrailEntry.action, TrailEntry.subject, TrailEntry.details,
           TrailEntry.prev_hash, TrailEntry.hash)


def head(session: Session) -> tuple[int, str] | None:
    """The newest entry's id and hash (what a checkpoint signs), or None for an empty trail."""
    row = session.execute(select(TrailEntry.id, TrailEntry.hash).order_by(TrailEntry.id.desc()).limit(1)).first()
    return (row.id, row.hash) if row else None


def append(session: Session, actor: str | None, action: str, subject: str, details: dict[str, Any]) -> TrailEntry:
    """Add an entry in the caller's transaction (so it commits, or not, with the action itself)."""
    if action not in TRAIL_ACTIONS_VI:
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
