"""Saving a vetted batch (one transaction, idempotent, versioned) and reading it back."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, selectinload

from ..models import Claim, ClaimDecision, DecisionDocument, Finding
from ..rulebook import Rulebook
from ..vocabulary import ENGINE_RULES
from . import trail
from .db import Store
from .errors import Conflict, NotFound, StoreError
from .schema import Batch, ClaimOwner, ClaimRow, FindingRow, LineRow, RuleText, now
from .users import User, refresh, require

FLUSH_EVERY = 200  # claims per flush while saving: bounded memory, one transaction all the same
CHUNK = 500  # ids per IN (...) list


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


def save_batch(store: Store, doc: DecisionDocument, claims: Sequence[Claim], inputs: Sequence[InputFile], actor: User,
               *, book: Rulebook | None = None) -> SaveResult:
    """Store a vetted batch in one transaction. The same claims under the same rulebook store nothing;
    under another rulebook they become a new version that supersedes the newest earlier one.
    `claims` are the claims as read (and vetted into `doc`); `inputs` the files they came from;
    `book` (when given) keeps the rules' titles and texts for the claim pages."""
    if not inputs:
        raise ValueError("inputs")
    if doc.law_as_of is not None:
        raise StoreError("kết quả thẩm định giả định (--law-as-of) không được lưu: kho chỉ giữ kết luận chính thức, "
                         "theo pháp luật tại ngày phát sinh của từng khoản chi")
    if [c.claim_id for c in claims] != [c.claim_id for c in doc.claims]:
        raise ValueError("claims do not match the decision document")
    for attempt in (1, 2):
        try:
            with store.write() as session:
                return _save(session, doc, claims, inputs, actor, book)
        except IntegrityError:
            # Another process saved the same input at the same moment: the re-run sees its batch.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _save(session: Session, doc: DecisionDocument, claims: Sequence[Claim], inputs: Sequence[InputFile],
          actor: User, book: Rulebook | None) -> SaveResult:
    require(refresh(session, actor), "upload")
    digest = input_digest(claims)
    existing = session.scalars(select(Batch).where(Batch.input_digest == digest,
                                                   Batch.rulebook_digest == doc.rulebook.digest)).first()
    if existing:
        return SaveResult(existing.id, False, existing.supersedes_id)
    newer = aliased(Batch)
    previous = session.scalars(select(Batch).where(Batch.input_digest == digest, ~select(newer.id).where(
        newer.supersedes_id == Batch.id).exists()).order_by(Batch.id.desc())).first()
    _check_owners(session, claims, digest)
    batch = Batch(
        input_digest=digest, inputs=[vars(f) for f in inputs], rulebook_version=doc.rulebook.version,
        rulebook_digest=doc.rulebook.digest, law_as_of=doc.law_as_of, document_digest=document_digest(doc),
        claim_count=len(doc.claims), flagged_count=sum(c.decision == "flag" for c in doc.claims),
        claimed_amount=sum(c.claimed_amount for c in doc.claims),
        eligible_amount=sum(c.eligible_amount for c in doc.claims),
        created_at=now(), created_by=actor.name, supersedes_id=previous.id if previous else None)
    session.add(batch)
    session.flush()
    if previous is None:
        session.add_all(ClaimOwner(claim_id=c.claim_id, input_digest=digest, claim_digest=claim_digest(c),
                                   first_batch_id=batch.id) for c in claims)
    for position, record in enumerate(doc.claims):
        session.add(_claim_row(batch.id, position, record, claims[position]))
        if (position + 1) % FLUSH_EVERY == 0:
            session.flush()
            session.expunge_all()  # keep memory flat on large batches
    if book is not None:
        _add_rule_texts(session, book)
    trail.append(session, actor.name, "batch.save", f"batch:{batch.id}", {
        "batch_id": batch.id, "input_digest": digest, "inputs": batch.inputs,
        "rulebook_version": doc.rulebook.version, "rulebook_digest": doc.rulebook.digest,
        "document_digest": batch.document_digest, "claims": batch.claim_count, "flagged": batch.flagged_count,
        "supersedes": batch.supersedes_id})
    return SaveResult(batch.id, True, batch.supersedes_id)


def _check_owners(session: Session, claims: Sequence[Claim], digest: str) -> None:
    """Claim ids are unique in the store: none may already belong to another input."""
    mine = {c.claim_id: c for c in claims}
    clashes: list[ClaimOwner] = []
    for chunk in _chunks(list(mine)):
        clashes += session.scalars(select(ClaimOwner).where(ClaimOwner.claim_id.in_(chunk),
                                                            ClaimOwner.input_digest != digest)).all()
    if not clashes:
        return
    changed = [o for o in clashes if o.claim_digest != claim_digest(mine[o.claim_id])]
    named = changed or clashes
    shown = ", ".join(f"{o.claim_id} (lô #{o.first_batch_id})" for o in named[:10])
    shown += f" và {len(named) - 10} hồ sơ khác" if len(named) > 10 else ""
    unchanged = len(clashes) - len(changed)
    also = f"; {unchanged} hồ sơ khác đã có trong kho ở một lô khác" if changed and unchanged else ""
    what = "với nội dung khác" if changed else "ở một lô khác"
    raise Conflict(f"mã hồ sơ đã có trong kho {what}: {shown}{also}. Mã hồ sơ là duy nhất trong kho và hồ sơ "
                   "đã lưu không bị ghi đè: không có gì được lưu.")


def _claim_row(batch_id: int, position: int, record: ClaimDecision, claim: Claim) -> ClaimRow:
    row = ClaimRow(
        batch_id=batch_id, position=position, claim_id=record.claim_id, unit_code=record.unit_code,
        subproject=record.subproject, activity_kind=record.activity_kind, decision=record.decision,
        claimed_amount=record.claimed_amount, eligible_amount=record.eligible_amount,
        record=record.model_dump(mode="json", exclude={"findings", "lines"}),
        input=claim.model_dump(mode="json"))
    row.all_findings = [_finding_row(batch_id, i, f) for i, f in enumerate(record.findings)]
    for position_, line in enumerate(record.lines):
        line_row = LineRow(
            batch_id=batch_id, position=position_, line_id=line.line_id, category=line.category,
            incurred_on=line.incurred_on, decision=line.decision, claimed_amount=line.claimed_amount,
            eligible_amount=line.eligible_amount, record=line.model_dump(mode="json", exclude={"findings"}))
        line_row.findings = [_finding_row(batch_id, i, f) for i, f in enumerate(line.findings)]
        row.all_findings += line_row.findings
        row.lines.append(line_row)
    return row


def _finding_row(batch_id: int, position: int, finding: Finding) -> FindingRow:
    return FindingRow(batch_id=batch_id, position=position, rule_id=finding.rule_id, outcome=finding.outcome,
                      reason=finding.reason, clause=finding.citations[0].label if finding.citations else "",
                      record=finding.model_dump(mode="json"))


def _add_rule_texts(session: Session, book: Rulebook) -> None:
    if session.scalar(select(func.count()).select_from(RuleText).where(RuleText.rulebook_digest == book.digest)):
        return
    session.add_all(RuleText(rulebook_digest=book.digest, rule_id=item.id, title=item.title, text=item.text.strip())
                    for item in [*book.rules, *book.budgets, *getattr(book, "joins", ())])
    session.add_all(RuleText(rulebook_digest=book.digest, rule_id=rule_id, title=title, text=title)
                    for rule_id, title in ENGINE_RULES.items())


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


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
