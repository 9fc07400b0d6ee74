"""Tables of the store (SQLAlchemy 2 typed ORM). The Alembic migrations create them.

Decisions (batches, claims, lines, findings), dispositions and the trail are append-only:
the API never updates or deletes them, and database triggers refuse it (see migrations).
Each claim, line and finding keeps its contract record as JSON so a batch round-trips exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import JSON, BigInteger, Date, DateTime, ForeignKey, Index, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

UTC = dt.timezone.utc


def now() -> dt.datetime:
    return dt.datetime.now(UTC)


class UtcDateTime(TypeDecorator):
    """Aware UTC datetimes on every backend (SQLite keeps naive values: they are stored as UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Money = BigInteger


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[Optional[str]] = mapped_column(String(64))
    # In every session cookie of this user; raised on logout and password change (ends those sessions).
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")


class LoginLimit(Base):
    """Failed logins counted in a window, per client address, per user name, or per (name, address).
    Operational state (rows change and expire), not history: see users.authenticate."""

    __tablename__ = "login_limits"
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # "address", "name" or "pair"
    name: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)
    address: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int]
    since: Mapped[dt.datetime]


class Batch(Base):
    __tablename__ = "batches"
    __table_args__ = (UniqueConstraint("input_digest", "rulebook_digest"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    input_digest: Mapped[str] = mapped_column(String(80), index=True)  # the claims' content, in order
    inputs: Mapped[list[Any]]  # the files they were read from: [{"name", "sha256", "bytes"}] in the order given
    rulebook_version: Mapped[str] = mapped_column(String(100))
    rulebook_digest: Mapped[str] = mapped_column(String(80))
    law_as_of: Mapped[Optional[dt.date]] = mapped_column(Date)
    document_digest: Mapped[str] = mapped_column(String(80))
    claim_count: Mapped[int]
    flagged_count: Mapped[int]
    claimed_amount: Mapped[int] = mapped_column(Money)
    eligible_amount: Mapped[int] = mapped_column(Money)
    created_at: Mapped[dt.datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    # A batch is superseded at most once: versions of one input form a chain.
    supersedes_id: Mapped[Optional[int]] = mapped_column(ForeignKey("batches.id"), unique=True)

    claims: Mapped[list[ClaimRow]] = relationship(back_populates="batch", order_by="ClaimRow.position")


class ClaimOwner(Base):
    """A claim id belongs to one input, i.e. one content digest (claim ids are unique within the store)."""

    __tablename__ = "claim_owners"
    claim_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    input_digest: Mapped[str] = mapped_column(String(80))
    claim_digest: Mapped[str] = mapped_column(String(80))  # the claim's own content, to name what changed
    first_batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("batch_id", "claim_id"), UniqueConstraint("batch_id", "position"))
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    position: Mapped[int]
    claim_id: Mapped[str] = mapped_column(String(100), index=True)
    unit_code: Mapped[str] = mapped_column(String(500), index=True)
    subproject: Mapped[str] = mapped_column(String(8))
    activity_kind: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(8))
    claimed_amount: Mapped[int] = mapped_column(Money)
    eligible_amount: Mapped[int] = mapped_column(Money)
    record: Mapped[dict[str, Any]]  # ClaimDecision without findings and lines
    input: Mapped[Optional[dict[str, Any]]]  # the claim as submitted (contract input), when known
    # sha256 of the claim as read (as in claim_owners): the save checks ownership against it in SQL,
    # once the batch's own digest is known at the end of the stream. None on batches saved before it.
    claim_digest: Mapped[Optional[str]] = mapped_column(String(80))

    batch: Mapped[Batch] = relationship(back_populates="claims")
    lines: Mapped[list[LineRow]] = relationship(back_populates="claim", order_by="LineRow.position")
    all_findings: Mapped[list[FindingRow]] = relationship(foreign_keys="FindingRow.claim_pk")
    # Claim-level findings only (not those of its lines).
    findings: Mapped[list[FindingRow]] = relationship(
        order_by="FindingRow.position", viewonly=True,
        primaryjoin="and_(FindingRow.claim_pk == ClaimRow.id, FindingRow.line_pk.is_(None))")


class LineRow(Base):
    __tablename__ = "lines"
    __table_args__ = (UniqueConstraint("claim_pk", "line_id"), Index("ix_lines_batch_decision", "batch_id", "decision"))
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    position: Mapped[int]
    line_id: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(40))
    incurred_on: Mapped[dt.date]
    decision: Mapped[str] = mapped_column(String(8))
    claimed_amount: Mapped[int] = mapped_column(Money)
    eligible_amount: Mapped[int] = mapped_column(Money)
    record: Mapped[dict[str, Any]]  # LineDecision without findings

    claim: Mapped[ClaimRow] = relationship(back_populates="lines")
    findings: Mapped[list[FindingRow]] = relationship(back_populates="line", order_by="FindingRow.position")


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    line_pk: Mapped[Optional[int]] = mapped_column(ForeignKey("lines.id"), index=True)
    position: Mapped[int]
    rule_id: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(8))
    reason: Mapped[Optional[str]] = mapped_column(String(40))
    clause: Mapped[str] = mapped_column(Text)  # the first citation's label
    record: Mapped[dict[str, Any]]  # the Finding

    line: Mapped[Optional[LineRow]] = relationship(back_populates="findings")


class RuleText(Base):
    """The title and paraphrased text of each rule of a rulebook version, for the claim page."""

    __tablename__ = "rule_texts"
    rulebook_digest: Mapped[str] = mapped_column(String(80), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class Disposition(Base):
    """One step in the review of a flagged item; the latest one gives its status."""

    __tablename__ = "dispositions"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    line_pk: Mapped[Optional[int]] = mapped_column(ForeignKey("lines.id"), index=True)
    claim_id: Mapped[str] = mapped_column(String(100), index=True)
    line_id: Mapped[Optional[str]] = mapped_column(String(64))  # None: the claim-level flag
    action: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime]
    trail_id: Mapped[int] = mapped_column(ForeignKey("trail.id"))


class TrailEntry(Base):
    """The hash-chained log of every action. `prev_hash` is unique: the chain cannot fork."""

    __tablename__ = "trail"
    __table_args__ = (Index("ix_trail_subject_id", "subject", "id"),  # the entries about one user or batch
                      Index("ix_trail_action_id", "action", "id"))  # audit verify replays the user entries
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    actor: Mapped[Optional[str]] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)



# ---- derived, for the queue and the batch pages (written at save time, see save.py) ---------
# One row per flagged item and per (batch, dimension, key): what the queue and the batch page read
# instead of scanning claims, lines and findings. The decisions stay the record; these tables can
# be rebuilt from them (migration scale_0003 does so for batches saved before they existed).

RANK = ("at_risk", "claim_id", "line_key", "id")  # the queue's default order: at_risk desc, then these


class FlagRow(Base):
    """A flagged item: a flagged line, or a claim's own failed checks (line_key "")."""

    __tablename__ = "flags"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"))
    claim_pk: Mapped[int] = mapped_column(ForeignKey("claims.id"))
    line_pk: Mapped[Optional[int]] = mapped_column(ForeignKey("lines.id"))
    claim_id: Mapped[str] = mapped_column(String(100))
    line_key: Mapped[str] = mapped_column(String(64))  # the line id, "" for the claim's own checks (sorts first)
    unit_code: Mapped[str] = mapped_column(String(500))
    subproject: Mapped[str] = mapped_column(String(8))
    activity_kind: Mapped[str] = mapped_column(String(40))
    category: Mapped[Optional[str]] = mapped_column(String(40))
    incurred_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))  # "" when no failed finding names a reason
    claimed_amount: Mapped[int] = mapped_column(Money)
    eligible_amount: Mapped[int] = mapped_column(Money)
    at_risk: Mapped[int] = mapped_column(Money)
    reasons: Mapped[list[Any]]
    clauses: Mapped[list[Any]]
    # open | waiting | resolved: the latest disposition's, kept by `resolve` in its transaction
    # (the only column that changes; the dispositions themselves are the record).
    status: Mapped[str] = mapped_column(String(10), default="open")


class FlagKey(Base):
    """A flagged item under each of its reasons and clauses (an item may have several): the reason
    and clause filters walk this table's index in the queue's order."""

    __tablename__ = "flag_keys"
    flag_id: Mapped[int] = mapped_column(ForeignKey("flags.id"), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(8), primary_key=True)  # reason | clause
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    at_risk: Mapped[int] = mapped_column(Money)
    claim_id: Mapped[str] = mapped_column(String(100))
    line_key: Mapped[str] = mapped_column(String(64))


class BatchGroup(Base):
    """A batch's totals by unit, sub-project, kind of flag, reason and clause (Summary), and overall
    (dimension "total"), counted once at save time."""

    __tablename__ = "batch_groups"
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id"), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(12), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    claimed_amount: Mapped[int] = mapped_column(Money)
    eligible_amount: Mapped[int] = mapped_column(Money)
    at_risk: Mapped[int] = mapped_column(Money)
    items: Mapped[int]
    claims: Mapped[int]
