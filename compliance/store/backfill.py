"""Index batches stored before the queue's tables existed (migration scale_0003): their flagged
items, reasons and clauses, per-batch totals and the items' statuses, from the stored rows with
the same functions as the save."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from .batches import claim_record
from .save import Groups, flagged_items, write_flags
from .schema import Batch, BatchGroup, ClaimRow, Disposition, FlagRow, LineRow

CLAIMS_AT_ONCE = 500


def index_stored(session: Session) -> None:
    for batch_id in session.scalars(select(Batch.id).order_by(Batch.id)).all():
        groups = Groups()
        last_position = -1
        while True:
            rows = session.scalars(
                select(ClaimRow).where(ClaimRow.batch_id == batch_id, ClaimRow.position > last_position)
                .order_by(ClaimRow.position).limit(CLAIMS_AT_ONCE)
                .options(selectinload(ClaimRow.findings), selectinload(ClaimRow.lines).selectinload(LineRow.findings))
            ).all()
            if not rows:
                break
            indexed = []
            for row in rows:
                record = claim_record(row)
                items = flagged_items(record)
                groups.claim(record, items)
                indexed.append((row.id, record, items, [line.id for line in row.lines]))
            write_flags(session, batch_id, indexed)
            last_position = rows[-1].position
            session.expunge_all()
        if groups.by:
            session.execute(insert(BatchGroup), groups.rows(batch_id))
    # Each item's status is its latest disposition's.
    latest: dict[tuple[int, int | None], str] = {}
    for d in session.scalars(select(Disposition).order_by(Disposition.id)):
        latest[(d.claim_pk, d.line_pk)] = "waiting" if d.action == "request_documents" else "resolved"
    for (claim_pk, line_pk), status in latest.items():
        where = FlagRow.line_pk.is_(None) if line_pk is None else FlagRow.line_pk == line_pk
        session.execute(update(FlagRow).where(FlagRow.claim_pk == claim_pk, where).values(status=status))
    session.flush()
