"""Saving a batch as it is vetted: (claim, decision record) pairs in, rows out, in bounded memory.

One transaction fed incrementally: rows go to the database `batches.FLUSH_EVERY` claims at a time, and
only the pairs of the current chunk are held. What needs the whole batch is kept as running
state: the input and document digests (sha256 fed with the same canonical JSON that
`input_digest` / `document_digest` hash at once), the totals and the per-batch groups.

The batch's own row comes last, once its digests are known (the batches table is append-only, so
it cannot be written first and filled in later): its id is reserved up front and the foreign keys
to it are checked at commit (deferred). Then the idempotence and ownership checks, which need the
digest, run in SQL over the rows just written; if the same input is already stored, or a claim id
belongs to another input, the transaction is rolled back and nothing stays.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import String, Table, func, insert, literal, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ..models import Claim, ClaimDecision, DecisionDocument, RulebookRef, flag_kind
from ..rulebook import Rulebook
from . import batches, trail
from .db import Store
from .errors import Conflict, StoreError
from .schema import Batch, BatchGroup, ClaimOwner, ClaimRow, FindingRow, FlagKey, FlagRow, LineRow, now

CONFLICTS_SHOWN = 10
DIMENSIONS = ("unit", "subproject", "kind", "reason", "clause")


@dataclass
class Groups:
    """Running totals of one batch: by unit and sub-project over claims (with their flagged items'
    count), by kind, reason and clause over flagged items. Memory grows with the number of distinct
    units and clauses, not with the batch."""

    by: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0, 0]))

    def claim(self, record: ClaimDecision, items: list[dict]) -> None:
        for dim, key in (("unit", record.unit_code), ("subproject", record.subproject), ("total", "")):
            g = self.by[(dim, key)]
            g[0] += record.claimed_amount
            g[1] += record.eligible_amount
            g[2] += record.claimed_amount - record.eligible_amount
            g[3] += len(items)
            g[4] += 1
        for item in items:
            keys = [("kind", item["kind"])] + [("reason", r) for r in item["reasons"]] + \
                   [("clause", c) for c in (item["clauses"] or [""])]
            for dim_key in keys:
                g = self.by[dim_key]
                g[0] += item["claimed_amount"]
                g[1] += item["eligible_amount"]
                g[2] += item["at_risk"]
                g[3] += 1

    def rows(self, batch_id: int) -> list[dict]:
        return [{"batch_id": batch_id, "dimension": dim, "key": key, "claimed_amount": g[0], "eligible_amount": g[1],
                 "at_risk": g[2], "items": g[3], "claims": g[4]} for (dim, key), g in self.by.items()]


def flagged_items(record: ClaimDecision) -> list[dict]:
    """The claim's flagged items as the queue shows them (the claim-level item first, then lines in
    order); `line` is the index of the line, None for the claim's own checks."""
    items = []
    line_risk = sum(line.claimed_amount - line.eligible_amount for line in record.lines)
    failed = [f for f in record.findings if f.outcome == "fail"]
    if record.decision == "flag" and failed:
        items.append(_item(None, None, record.claimed_amount, record.eligible_amount,
                           max(record.claimed_amount - record.eligible_amount - line_risk, 0), failed))
    for index, line in enumerate(record.lines):
        if line.decision == "flag":
            items.append(_item(index, line, line.claimed_amount, line.eligible_amount,
                               line.claimed_amount - line.eligible_amount, [f for f in line.findings if f.outcome == "fail"]))
    return items


def _item(index, line, claimed: int, eligible: int, at_risk: int, failed) -> dict:
    reasons = list(dict.fromkeys(f.reason for f in failed if f.reason))
    return {"line": index, "line_key": line.line_id if line else "", "category": line.category if line else None,
            "incurred_on": line.incurred_on if line else None, "claimed_amount": claimed, "eligible_amount": eligible,
            "at_risk": at_risk, "kind": flag_kind(reasons) or "", "reasons": reasons,
            "clauses": list(dict.fromkeys(f.citations[0].label for f in failed if f.citations and f.citations[0].label))}


class Digests:
    """The batch's input and document digests, fed claim by claim: the bytes hashed are exactly
    `trail.canonical` of the whole list / document (keys sorted: "claims" < "law_as_of" < "rulebook")."""

    def __init__(self):
        self._input = hashlib.sha256(b"[")
        self._doc = hashlib.sha256(b'{"claims":[')
        self.count = 0

    def add(self, claim_json: dict, record_json: dict) -> None:
        sep = b"," if self.count else b""
        self._input.update(sep + trail.canonical(claim_json))
        self._doc.update(sep + trail.canonical(record_json))
        self.count += 1

    def input_digest(self) -> str:
        return "sha256:" + _done(self._input, b"]")

    def document_digest(self, rulebook: RulebookRef, law_as_of) -> str:
        tail = (b'],"law_as_of":' + trail.canonical(law_as_of.isoformat() if law_as_of else None)
                + b',"rulebook":' + trail.canonical(rulebook.model_dump(mode="json")) + b"}")
        return "sha256:" + _done(self._doc, tail)


def _done(h, tail: bytes) -> str:
    h = h.copy()
    h.update(tail)
    return h.hexdigest()


def vetted_pairs(vetter, claims: Iterable[Claim], progress=None) -> Iterator[tuple[Claim, ClaimDecision]]:
    """(claim, record) as `vetter.stream` makes the records (one per claim, in input order): only the
    claims of the engine session in progress are held."""
    pending: deque[Claim] = deque()

    def fed() -> Iterator[Claim]:
        for claim in claims:
            pending.append(claim)
            yield claim

    for record in vetter.stream(fed(), progress):
        yield pending.popleft(), record


@dataclass(frozen=True)
class Saved:
    batch_id: int
    created: bool
    supersedes_id: int | None
    claims: int


def save_stream(store: Store, pairs: Iterable[tuple[Claim, ClaimDecision]], inputs: Sequence, actor,
                rulebook: RulebookRef | Rulebook, *, law_as_of=None, book: Rulebook | None = None) -> Saved:
    """Store the pairs, in input order, as one batch: all of it, or nothing (an exception from the
    iterator — bad input met half-way — rolls everything back). Idempotent: the same claims under the
    same rulebook store nothing new (the rows written are rolled back). `inputs`: the files read
    (InputFile); `book` (when given) keeps the rules' titles and texts for the claim pages."""
    from .users import refresh, require

    if not inputs:
        raise ValueError("inputs")
    if law_as_of is not None:
        raise StoreError("kết quả thẩm định giả định (--law-as-of) không được lưu: kho chỉ giữ kết luận chính thức, "
                         "theo pháp luật tại ngày phát sinh của từng khoản chi")

    ref = RulebookRef(version=rulebook.version, digest=rulebook.digest)
    state: dict = {}
    try:
        with store.write() as session:
            require(refresh(session, actor), "upload")
            return _save(session, pairs, inputs, actor, ref, book, state)
    except _AlreadyStored as done:
        return done.saved
    except IntegrityError:
        # Another process saved the same input under the same rulebook while this one was writing.
        digest = state.get("digest")
        if digest:
            with store.read() as session:
                existing = session.scalars(select(Batch).where(Batch.input_digest == digest,
                                                               Batch.rulebook_digest == ref.digest)).first()
            if existing is not None:
                return Saved(existing.id, False, existing.supersedes_id, existing.claim_count)
        raise Conflict("không lưu được lô: mã hồ sơ trùng trong lô, hoặc một lô có cùng mã hồ sơ vừa được lưu "
                       "đồng thời. Không có gì được lưu; hãy kiểm tra tệp rồi chạy lại lệnh") from None


class _AlreadyStored(Exception):
    """Raised out of the transaction (rolling it back) when the input turns out to be stored."""

    def __init__(self, saved: Saved):
        self.saved = saved


def _reserve_id(session: Session) -> int:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        return session.scalar(text("SELECT nextval(pg_get_serial_sequence('batches', 'id'))"))
    session.execute(text("PRAGMA defer_foreign_keys = ON"))  # reset by SQLite at commit or rollback
    # The write lock is held (BEGIN IMMEDIATE): no other writer can take this id meanwhile.
    return (session.scalar(select(func.max(Batch.id))) or 0) + 1


def _chunks(pairs: Iterable[tuple[Claim, ClaimDecision]]) -> Iterator[list[tuple[Claim, ClaimDecision]]]:
    chunk = []
    for pair in pairs:
        chunk.append(pair)
        if len(chunk) >= batches.FLUSH_EVERY:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _save(session: Session, pairs, inputs, actor, ref: RulebookRef, book, state: dict) -> Saved:
    batch_id = _reserve_id(session)
    digests, groups = Digests(), Groups()
    position = 0
    totals = {"claims": 0, "flagged": 0, "claimed": 0, "eligible": 0}
    for chunk in _chunks(pairs):
        position = _write_chunk(session, batch_id, position, chunk, digests, groups, totals)
        session.flush()  # (a no-op for the rows above; kept as the point tests and tools hook into)
    digest = digests.input_digest()
    state["digest"] = digest
    existing = session.scalars(select(Batch).where(Batch.input_digest == digest,
                                                   Batch.rulebook_digest == ref.digest)).first()
    if existing is not None:
        raise _AlreadyStored(Saved(existing.id, False, existing.supersedes_id, existing.claim_count))
    newer = aliased(Batch)
    previous = session.scalars(select(Batch).where(Batch.input_digest == digest, ~select(newer.id).where(
        newer.supersedes_id == Batch.id).exists()).order_by(Batch.id.desc())).first()
    _check_owners(session, batch_id, digest)
    batch = Batch(
        id=batch_id, input_digest=digest, inputs=[vars(f) for f in inputs], rulebook_version=ref.version,
        rulebook_digest=ref.digest, law_as_of=None, document_digest=digests.document_digest(ref, None),
        claim_count=totals["claims"], flagged_count=totals["flagged"], claimed_amount=totals["claimed"],
        eligible_amount=totals["eligible"], created_at=now(), created_by=actor.name,
        supersedes_id=previous.id if previous else None)
    session.add(batch)
    session.flush()
    if previous is None:
        session.execute(insert(ClaimOwner).from_select(
            ["claim_id", "input_digest", "claim_digest", "first_batch_id"],
            select(ClaimRow.claim_id, literal(digest, String), ClaimRow.claim_digest, ClaimRow.batch_id)
            .where(ClaimRow.batch_id == batch_id)))
    rows = groups.rows(batch_id)
    if rows:
        session.execute(insert(BatchGroup), rows)
    if book is not None:
        batches._add_rule_texts(session, book)
    trail.append(session, actor.name, "batch.save", f"batch:{batch_id}", {
        "batch_id": batch_id, "input_digest": digest, "inputs": batch.inputs,
        "rulebook_version": ref.version, "rulebook_digest": ref.digest,
        "document_digest": batch.document_digest, "claims": batch.claim_count, "flagged": batch.flagged_count,
        "supersedes": batch.supersedes_id})
    return Saved(batch_id, True, batch.supersedes_id, batch.claim_count)


def _write_chunk(session: Session, batch_id: int, position: int, chunk, digests: Digests, groups: Groups,
                 totals: dict) -> int:
    claim_rows, per_claim = [], []
    for claim, record in chunk:
        if claim.claim_id != record.claim_id:
            raise ValueError("claims do not match the decision records")
        claim_json = claim.model_dump(mode="json")
        record_json = record.model_dump(mode="json")
        digests.add(claim_json, record_json)
        items = flagged_items(record)
        groups.claim(record, items)
        totals["claims"] += 1
        totals["flagged"] += record.decision == "flag"
        totals["claimed"] += record.claimed_amount
        totals["eligible"] += record.eligible_amount
        claim_rows.append({
            "batch_id": batch_id, "position": position, "claim_id": record.claim_id, "unit_code": record.unit_code,
            "subproject": record.subproject, "activity_kind": record.activity_kind, "decision": record.decision,
            "claimed_amount": record.claimed_amount, "eligible_amount": record.eligible_amount,
            "record": {k: v for k, v in record_json.items() if k not in ("findings", "lines")},
            "input": claim_json, "claim_digest": "sha256:" + hashlib.sha256(trail.canonical(claim_json)).hexdigest()})
        per_claim.append((record, record_json, items))
        position += 1
    claim_pks = _insert_returning_ids(session, ClaimRow, claim_rows)
    line_rows, findings = [], []
    for claim_pk, (record, record_json, items) in zip(claim_pks, per_claim):
        for i, f in enumerate(record_json["findings"]):
            findings.append(_finding(batch_id, claim_pk, None, i, f))
        for i, line in enumerate(record_json["lines"]):
            original = record.lines[i]
            line_rows.append({
                "batch_id": batch_id, "claim_pk": claim_pk, "position": i, "line_id": original.line_id,
                "category": original.category, "incurred_on": original.incurred_on, "decision": original.decision,
                "claimed_amount": original.claimed_amount, "eligible_amount": original.eligible_amount,
                "record": {k: v for k, v in line.items() if k != "findings"}})
    line_pks = _insert_returning_ids(session, LineRow, line_rows) if line_rows else []
    at, indexed = 0, []
    for claim_pk, (record, record_json, items) in zip(claim_pks, per_claim):
        mine = line_pks[at:at + len(record.lines)]
        at += len(record.lines)
        for i, line in enumerate(record_json["lines"]):
            for j, f in enumerate(line["findings"]):
                findings.append(_finding(batch_id, claim_pk, mine[i], j, f))
        indexed.append((claim_pk, record, items, mine))
    if findings:
        session.execute(insert(_table(FindingRow)), findings)
    write_flags(session, batch_id, indexed)
    return position


def write_flags(session: Session, batch_id: int, claims: list[tuple[int, ClaimDecision, list[dict], list[int]]]) -> None:
    """The flagged items of some claims of a batch, and their reasons and clauses (flag_keys).
    `claims`: (claim row id, record, flagged_items(record), its lines' row ids)."""
    flags = [{
        "batch_id": batch_id, "claim_pk": claim_pk, "line_pk": None if item["line"] is None else line_pks[item["line"]],
        "claim_id": record.claim_id, "line_key": item["line_key"], "unit_code": record.unit_code,
        "subproject": record.subproject, "activity_kind": record.activity_kind, "category": item["category"],
        "incurred_on": item["incurred_on"], "kind": item["kind"], "claimed_amount": item["claimed_amount"],
        "eligible_amount": item["eligible_amount"], "at_risk": item["at_risk"], "reasons": item["reasons"],
        "clauses": item["clauses"], "status": "open"}
        for claim_pk, record, items, line_pks in claims for item in items]
    if not flags:
        return
    flag_ids = _insert_returning_ids(session, FlagRow, flags)
    keys = [{"flag_id": fid, "dimension": dim, "key": key, "at_risk": flag["at_risk"], "claim_id": flag["claim_id"],
             "line_key": flag["line_key"]}
            for fid, flag in zip(flag_ids, flags)
            for dim, values in (("reason", flag["reasons"]), ("clause", flag["clauses"])) for key in values]
    if keys:
        session.execute(insert(_table(FlagKey)), keys)


def _table(entity) -> Table:
    """An entity's Core table: inserts of many rows through it skip the ORM's per-row work."""
    return cast(Table, entity.__table__)


def _insert_returning_ids(session: Session, entity, rows: list[dict]) -> list[int]:
    """Core INSERT … RETURNING id of many rows in a few statements (insertmanyvalues), ids in the
    rows' order (the ORM's bulk insert sends one statement per row when it must return ids)."""
    table = _table(entity)
    return list(session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())


def _finding(batch_id: int, claim_pk: int, line_pk: int | None, position: int, f: dict) -> dict:
    citations = f.get("citations") or []
    return {"batch_id": batch_id, "claim_pk": claim_pk, "line_pk": line_pk, "position": position,
            "rule_id": f["rule_id"], "outcome": f["outcome"], "reason": f.get("reason"),
            "clause": citations[0]["label"] if citations else "", "record": f}


def _check_owners(session: Session, batch_id: int, digest: str) -> None:
    """Claim ids are unique in the store: none of this batch's may already belong to another input
    (checked in SQL over the rows just written, now that the batch's digest is known)."""
    clash = (select(ClaimOwner.claim_id, ClaimOwner.first_batch_id, ClaimOwner.claim_digest != ClaimRow.claim_digest)
             .join(ClaimRow, ClaimRow.claim_id == ClaimOwner.claim_id)
             .where(ClaimRow.batch_id == batch_id, ClaimOwner.input_digest != digest))
    counted = select(func.count()).select_from(clash.subquery())
    total = session.scalar(counted) or 0
    if not total:
        return
    changed_q = clash.where(ClaimOwner.claim_digest != ClaimRow.claim_digest)
    changed = session.scalar(select(func.count()).select_from(changed_q.subquery())) or 0
    named = session.execute((changed_q if changed else clash).order_by(ClaimRow.position).limit(CONFLICTS_SHOWN)).all()
    count = changed or total
    shown = ", ".join(f"{claim_id} (lô #{first})" for claim_id, first, _ in named)
    shown += f" và {count - CONFLICTS_SHOWN} hồ sơ khác" if count > CONFLICTS_SHOWN else ""
    unchanged = total - changed
    also = f"; {unchanged} hồ sơ khác đã có trong kho ở một lô khác" if changed and unchanged else ""
    what = "với nội dung khác" if changed else "ở một lô khác"
    raise Conflict(f"mã hồ sơ đã có trong kho {what}: {shown}{also}. Mã hồ sơ là duy nhất trong kho và hồ sơ "
                   "đã lưu không bị ghi đè: không có gì được lưu.")


def save_batch(store: Store, doc: DecisionDocument, claims: Sequence[Claim], inputs: Sequence[batches.InputFile], actor,
               *, book: Rulebook | None = None) -> batches.SaveResult:
    """Store a vetted batch in one transaction. The same claims under the same rulebook store nothing;
    under another rulebook they become a new version that supersedes the newest earlier one.
    `claims` are the claims as read (and vetted into `doc`); `inputs` the files they came from;
    `book` (when given) keeps the rules' titles and texts for the claim pages.
    (A batch in memory through `save.save_stream`, which takes the pairs as they are vetted.)"""
    if [c.claim_id for c in claims] != [c.claim_id for c in doc.claims]:
        raise ValueError("claims do not match the decision document")
    saved = save_stream(store, zip(claims, doc.claims), inputs, actor, doc.rulebook, law_as_of=doc.law_as_of, book=book)
    return batches.SaveResult(saved.batch_id, saved.created, saved.supersedes_id)
