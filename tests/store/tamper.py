"""What someone holding the database can do by hand (imported by name: tests/ is not a package).

Each function takes a connection of the tables' owner (on SQLite: anyone who can write the file)."""

from __future__ import annotations

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection

from compliance.store import trail
from compliance.store.schema import TrailEntry


def unguard(conn: Connection, *tables: str) -> None:
    """Drop the append-only guard of these tables (the owner can; the app role cannot)."""
    for table in tables:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        else:
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))


def rechain(conn: Connection, start: int) -> None:
    """Recompute prev_hash and hash of every entry from `start` on: the chain agrees with itself again."""
    prev = conn.execute(select(TrailEntry.hash).where(TrailEntry.id == start - 1)).scalar() or trail.GENESIS
    for row in conn.execute(select(*trail.COLUMNS).where(TrailEntry.id >= start).order_by(TrailEntry.id)).all():
        new = trail.row_hash(row.id, row.at, row.actor, row.action, row.subject, row.details, prev)
        conn.execute(update(TrailEntry).where(TrailEntry.id == row.id).values(prev_hash=prev, hash=new))
        prev = new


def set_details(conn: Connection, entry_id: int, **changes) -> None:
    details = conn.execute(select(TrailEntry.details).where(TrailEntry.id == entry_id)).scalar()
    conn.execute(update(TrailEntry).where(TrailEntry.id == entry_id).values(details={**details, **changes}))
