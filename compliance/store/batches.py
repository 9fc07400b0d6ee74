"""Saving a vetted batch (one transaction, idempotent, versioned) and reading it back."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import Claim, ClaimDecision, DecisionDocument
from ..rulebook import Rulebook
from . import trail
from .db import Store
from .errors import NotFound
from .schema import Batch, ClaimRow, LineRow, RuleText
from .users import User, refresh, require

FLUSH_EVERY = 200  # claims written at a time while saving (save.py): bounded memory, one transaction all the same


@dataclass(frozen=True)
class InputFile:
    name: str
    sha256: str
    bytes: int

    @classmethod
    def of(cls, path: Path | str, name: str | None = None) -> InputFile:
        digest, size = hashlib.sha256(), 0
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
        return cls(name or Path(path).name, digest.hexdigest(), size)


def input_digest(claims: Sequence[Claim]) -> str:
    """The batch's input identity: the claims as read, in order (so one batch sent as JSON, CSV or
    Excel, or re-saved with other spacing or file names, is the same input)."""
    return "sha256:" + trail.sha256([c.model_dump(mode="json") for c in claims])


def claim_digest(claim: Claim) -> str:
    return "sha256:" + trail.sha256(claim.model_dump(mode="json"))


def document_digest(doc: DecisionDocument) -> str:
    return "sha256:" + trail.sha256(doc.model_dump(mode="json"))


@dataclass(frozen=True)
class SaveResult:
    batch_id: int
    created: bool  # False: this input was already stored under this rulebook; nothing new was written
    supersedes_id: int | None


@dataclass(frozen=True)
class BatchInfo:
    id: int
    created_at: dt.datetime
    created_by: str
    inputs: list[dict]
    input_digest: str
    rulebook_version: str
    rulebook_digest: str
    law_as_of: dt.date | None
    document_digest: str
    claim_count: int
    flagged_count: int
    claimed_amount: int
    eligible_amount: int
    supersedes_id: int | None
    superseded_by: int | None

    @property
    def current(self) -> bool:
        return self.superseded_by is None


def _add_rule_texts(session: Session, book: Rulebook) -> None:
    if session.scalar(select(func.count()).select_from(RuleText).where(RuleText.rulebook_digest == book.digest)):
        return
    session.add_all(RuleText(rulebook_digest=book.digest, rule_id=item.id, title=item.title, text=item.text.strip())
                    for item in [*book.rules, *book.budgets, *getattr(book, "joins", ())])
    session.add_all(RuleText(rulebook_digest=book.digest, rule_id=fallback.id, title=fallback.title, text=fallback.title)
                    for fallback in book.fallbacks.values())


def log_export(store: Store, actor: User, batch_id: int, fmt: str, file_name: str) -> None:
    """Record in the trail that `actor` exported a report of a batch (CLI `report`, the web's download)."""
    with store.write() as session:
        require(refresh(session, actor), "read")
        if session.get(Batch, batch_id) is None:
            raise NotFound(f"không có lô #{batch_id}")
        trail.append(session, actor.name, "export", f"batch:{batch_id}",
                     {"batch_id": batch_id, "format": fmt, "file": file_name})


# ---- reading -----------------------------------------------------------------------------


def _info(batch: Batch, superseded_by: int | None) -> BatchInfo:
    return BatchInfo(batch.id, batch.created_at, batch.created_by, batch.inputs, batch.input_digest,
                     batch.rulebook_version, batch.rulebook_digest, batch.law_as_of, batch.document_digest,
                     batch.claim_count, batch.flagged_count, batch.claimed_amount, batch.eligible_amount,
                     batch.supersedes_id, superseded_by)


def _with_successor():
    newer = aliased(Batch)
    return select(Batch, newer.id).outerjoin(newer, newer.supersedes_id == Batch.id)


def list_batches(store: Store) -> list[BatchInfo]:
    """Every stored batch, newest first, with the version that superseded it (if any)."""
    with store.read() as session:
        return [_info(batch, later) for batch, later in session.execute(_with_successor().order_by(Batch.id.desc()))]


def batch_info(store: Store, batch_id: int) -> BatchInfo:
    with store.read() as session:
        row = session.execute(_with_successor().where(Batch.id == batch_id)).first()
    if row is None:
        raise NotFound(f"không có lô #{batch_id}")
    return _info(*row)


def get_batch(store: Store, batch_id: int) -> DecisionDocument:
    """The decision document exactly as it was vetted and saved."""
    with store.read() as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise NotFound(f"không có lô #{batch_id}")
        rows = session.scalars(select(ClaimRow).where(ClaimRow.batch_id == batch_id).order_by(ClaimRow.position)
                               .options(selectinload(ClaimRow.findings),
                                        selectinload(ClaimRow.lines).selectinload(LineRow.findings))).all()
        return DecisionDocument(
            rulebook={"version": batch.rulebook_version, "digest": batch.rulebook_digest},
            law_as_of=batch.law_as_of, claims=[claim_record(row) for row in rows])


def claim_record(row: ClaimRow) -> ClaimDecision:
    """Rebuild a claim's decision record from its rows (lines and findings in their stored order)."""
    return ClaimDecision.model_validate({
        **row.record,
        "findings": [f.record for f in row.findings],
        "lines": [{**line.record, "findings": [f.record for f in line.findings]} for line in row.lines],
    })
