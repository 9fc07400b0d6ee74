"""Saving batches: exact round trip, idempotence, versions under a changed rulebook, claim-id ownership."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from compliance.store import (Conflict, InputFile, PermissionDenied, QueueFilter, batch_info, change_user, claim_detail, get_batch,
                              list_batches, queue, resolve, save_batch, verify)
from compliance.store.schema import Batch, ClaimRow, FindingRow, LineRow, TrailEntry
from compliance.readers import read_all
from compliance.vetting.vetter import Vetter

from storetest import SAMPLE


def counts(store) -> dict[str, int]:
    with store.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t))
                for t in (Batch, ClaimRow, LineRow, FindingRow, TrailEntry)}


def test_saved_batch_round_trips_exactly(store, people, sample, book):
    claims, doc, inputs = sample
    result = save_batch(store, doc, claims, inputs, people["finance"], book=book)
    assert result.created and result.supersedes_id is None
    back = get_batch(store, result.batch_id)
    assert back == doc
    assert back.model_dump_json() == doc.model_dump_json()
    info = batch_info(store, result.batch_id)
    assert info.created_by == "minh" and info.rulebook_digest == book.digest and info.inputs[0]["name"] == SAMPLE.name
    assert info.claim_count == len(doc.claims) and info.flagged_count == sum(c.decision == "flag" for c in doc.claims)
    n = counts(store)
    assert n["lines"] == sum(len(c.lines) for c in doc.claims)
    assert n["findings"] == sum(len(c.findings) + sum(len(l.findings) for l in c.lines) for c in doc.claims)


def test_same_input_and_rulebook_stores_nothing_new(store, people, sample, book):
    claims, doc, inputs = sample
    first = save_batch(store, doc, claims, inputs, people["finance"], book=book)
    before = counts(store)
    again = save_batch(store, doc, claims, [InputFile.of(SAMPLE, name="renamed.json")], people["auditor"], book=book)
    assert (again.batch_id, again.created) == (first.batch_id, False)
    assert counts(store) == before


def test_changed_rulebook_makes_a_new_version_linked_to_the_old(store, people, sample, book, other_book):
    claims, doc, inputs = sample
    first = save_batch(store, doc, claims, inputs, people["finance"], book=book)
    flagged = queue(store)[0]
    resolve(store, people["auditor"], flagged.claim_id, flagged.line_id, "confirm", "confirmed_violation", "đúng")
    doc2 = Vetter(other_book, "reference").document(claims)
    second = save_batch(store, doc2, claims, inputs, people["finance"], book=other_book)
    assert second.created and second.supersedes_id == first.batch_id
    assert get_batch(store, first.batch_id) == doc  # the old version is untouched
    assert get_batch(store, second.batch_id).rulebook.digest == other_book.digest
    infos = {b.id: b for b in list_batches(store)}
    assert infos[first.batch_id].superseded_by == second.batch_id and infos[second.batch_id].current
    # The queue shows the current version; the earlier disposition stays visible on the claim.
    assert {r.batch_id for r in queue(store, QueueFilter(status="all"))} == {second.batch_id}
    detail = claim_detail(store, flagged.claim_id)
    assert detail.batch.id == second.batch_id
    assert [d.batch_id for d in detail.earlier] == [first.batch_id]
    # Back under the first rulebook: already stored, nothing new.
    assert save_batch(store, doc, claims, inputs, people["finance"], book=book).created is False
    assert verify(store).ok


def test_the_same_claims_in_another_format_are_the_same_input(store, people, sample, book):
    claims, doc, inputs = sample
    first = save_batch(store, doc, claims, inputs, people["finance"], book=book)
    workbook = SAMPLE.with_name("claims.xlsx")
    from_excel = read_all([workbook])
    assert from_excel == claims
    again = save_batch(store, Vetter(book, "reference").document(from_excel), from_excel, [InputFile.of(workbook)],
                       people["finance"], book=book)
    assert (again.batch_id, again.created) == (first.batch_id, False)


def test_claim_ids_belong_to_one_input(store, people, sample, book):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    before = counts(store)
    first = claims[0]
    changed = [first.model_copy(update={"fiscal_year": first.fiscal_year + 1}), *claims[1:]]
    with pytest.raises(Conflict, match=first.claim_id):
        save_batch(store, Vetter(book, "reference").document(changed), changed, inputs, people["finance"], book=book)
    assert counts(store) == before


def test_locked_user_cannot_save(store, people, sample):
    claims, doc, inputs = sample
    change_user(store, "minh", people["admin"], active=False)
    with pytest.raises(PermissionDenied):
        save_batch(store, doc, claims, inputs, people["finance"])
    assert counts(store)["batches"] == 0


@pytest.mark.parametrize("statement", [
    "UPDATE claims SET eligible_amount = claimed_amount",
    "DELETE FROM findings",
    "UPDATE batches SET created_by = 'someone'",
    "DELETE FROM trail",
    "UPDATE trail SET actor = 'someone'",
    "UPDATE lines SET decision = 'approve'",
    "DELETE FROM batches",
])
def test_database_refuses_changes_to_stored_decisions(store, people, sample, statement):
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"])
    before = counts(store)
    # PostgreSQL with an owner role: the app role has no UPDATE or DELETE privilege to begin with.
    with pytest.raises(DBAPIError, match="append-only|permission denied"):
        with store.write() as session:
            session.execute(text(statement))
    assert counts(store) == before


def test_what_if_vetting_under_another_law_date_is_not_stored(store, people, sample):
    import datetime as dt

    from compliance.store import StoreError

    claims, doc, inputs = sample
    with pytest.raises(StoreError, match="giả định"):
        save_batch(store, doc.model_copy(update={"law_as_of": dt.date(2024, 1, 1)}), claims, inputs, people["finance"])
    assert counts(store)["batches"] == 0
