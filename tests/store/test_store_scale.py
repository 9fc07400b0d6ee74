"""The store at scale: the streaming save (lazy, all or nothing, same digests as the whole batch),
keyset pages of the queue (no item skipped or repeated, under every filter and order), and the
per-batch totals kept at save time (equal to a recount)."""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select

from compliance.models import FLAG_KINDS as KINDS
from compliance.reports.kinds import flagged
from compliance.store import (QueueFilter, StoreError, document_digest, input_digest, list_batches, queue, queue_page,
                              queue_totals, resolve, summary, verify)
from compliance.store import batches as batches_module
from compliance.store import save as save_module
from compliance.store.save import save_stream
from compliance.store.schema import (Batch, BatchGroup, ClaimOwner, ClaimRow, FindingRow, FlagKey, FlagRow, LineRow,
                                     TrailEntry)

TABLES = (Batch, ClaimOwner, ClaimRow, LineRow, FindingRow, FlagRow, FlagKey, BatchGroup, TrailEntry)


def renamed(claims, doc, prefix: str):
    """The sample under other claim ids (another input, the same decisions), made pair by pair."""
    for claim, record in zip(claims, doc.claims, strict=True):
        new = f"{prefix}{claim.claim_id}"
        yield claim.model_copy(update={"claim_id": new}), record.model_copy(update={"claim_id": new})


def counts(store) -> dict[str, int]:
    with store.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}


@pytest.fixture
def two_batches(store, people, sample, book):
    """The sample and a renamed copy of it, saved by streaming: two batches, twice the items."""
    claims, doc, inputs = sample
    first = save_stream(store, zip(claims, doc.claims), inputs, people["finance"], book, book=book)
    second = save_stream(store, renamed(claims, doc, "B-"), inputs, people["finance"], book, book=book)
    return first.batch_id, second.batch_id


# ---- the streaming save ---------------------------------------------------------------------


def test_streamed_digests_are_those_of_the_whole_batch(store, people, sample, book):
    claims, doc, inputs = sample
    saved = save_stream(store, iter(list(zip(claims, doc.claims))), inputs, people["finance"], book)
    [info] = list_batches(store)
    assert saved.created and info.id == saved.batch_id
    assert info.input_digest == input_digest(claims)
    assert info.document_digest == document_digest(doc)
    assert verify(store).ok


def test_the_save_holds_a_chunk_of_pairs_not_the_batch(store, people, sample, book, monkeypatch):
    """Fed by a generator, the save asks for the next pairs only once the earlier ones are written,
    and lets them go: the records alive at any moment are at most two chunks, whatever the batch."""
    monkeypatch.setattr(batches_module, "FLUSH_EVERY", 7)
    claims, doc, inputs = sample
    copies = 12  # the sample renamed 12 times: one batch of 12 × its claims
    alive: list[weakref.ref] = []
    most_alive = 0
    written = [0]
    write = save_module._write_chunk

    def counting_write(session, batch_id, position, chunk, *args):
        written[0] += len(chunk)
        return write(session, batch_id, position, chunk, *args)

    monkeypatch.setattr(save_module, "_write_chunk", counting_write)
    ahead = []

    def pairs():
        nonlocal most_alive
        for n in range(copies):
            for claim, record in renamed(claims, doc, f"C{n}-"):
                ahead.append(len(alive) - written[0])  # pairs handed out and not yet written
                alive.append(weakref.ref(record))
                most_alive = max(most_alive, sum(ref() is not None for ref in alive))
                yield claim, record

    saved = save_stream(store, pairs(), inputs, people["finance"], book)
    total = copies * len(claims)
    assert saved.claims == total == written[0]
    assert max(ahead) < 7  # never more than one chunk handed out ahead of the rows written
    assert most_alive <= 2 * 7 + 1 < total  # the earlier records were let go
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(ClaimRow)) == total


def test_a_failure_mid_stream_leaves_nothing_and_the_same_input_saves_later(store, people, sample, book, monkeypatch):
    monkeypatch.setattr(batches_module, "FLUSH_EVERY", 3)
    claims, doc, inputs = sample
    before = counts(store)

    def broken():
        for i, pair in enumerate(zip(claims, doc.claims)):
            if i == len(claims) - 2:  # several chunks are already in the transaction
                raise RuntimeError("tệp đầu vào hỏng giữa chừng")
            yield pair

    with pytest.raises(RuntimeError):
        save_stream(store, broken(), inputs, people["finance"], book)
    assert counts(store) == before
    saved = save_stream(store, zip(claims, doc.claims), inputs, people["finance"], book)
    assert saved.created and verify(store).ok


def test_an_input_already_stored_rolls_back_what_the_stream_wrote(store, people, sample, book):
    claims, doc, inputs = sample
    first = save_stream(store, zip(claims, doc.claims), inputs, people["finance"], book)
    before = counts(store)
    again = save_stream(store, zip(claims, doc.claims), inputs, people["finance"], book)
    assert (again.batch_id, again.created) == (first.batch_id, False)
    assert counts(store) == before


# ---- keyset pages -----------------------------------------------------------------------------


def reference_items(store, batch_ids) -> list[dict]:
    """Every flagged item recounted from the stored documents (reports.kinds), unsorted."""
    from compliance.store import get_batch

    items = []
    for batch_id in batch_ids:
        for item in flagged(get_batch(store, batch_id).claims):
            failed = [f for f in (item.line or item.claim).findings if f.outcome == "fail"]
            items.append({"batch_id": batch_id, "claim_id": item.claim.claim_id,
                          "line_id": item.line.line_id if item.line else None, "unit": item.claim.unit_code,
                          "subproject": item.claim.subproject, "kind": item.kind, "at_risk": item.at_risk,
                          "reasons": {f.reason for f in failed if f.reason},
                          "clauses": {f.citations[0].label for f in failed if f.citations and f.citations[0].label}})
    return items


ORDER = {"at_risk": lambda r: (-r["at_risk"], r["claim_id"], r["line_id"] or ""),
         "claim": lambda r: (r["claim_id"], r["line_id"] or ""),
         "unit": lambda r: (r["unit"], -r["at_risk"], r["claim_id"], r["line_id"] or "")}


def paged(store, filters: QueueFilter, sort: str, limit: int) -> list:
    rows, after, pages = [], None, 0
    while True:
        page = queue_page(store, filters, sort, after, limit)
        assert len(page.rows) <= limit
        rows += page.rows
        pages += 1
        if page.after is None:
            return rows
        assert len(page.rows) == limit
        after = page.after


def key(row) -> tuple:
    return row.batch_id, row.claim_id, row.line_id


def test_pages_cover_the_queue_exactly_in_every_order_and_filter(store, two_batches):
    reference = reference_items(store, two_batches)
    assert len(reference) > 20
    first = reference[0]
    reason = sorted(next(r for r in reference if r["reasons"])["reasons"])[0]
    clause = sorted(next(r for r in reference if r["clauses"])["clauses"])[-1]
    matches = {
        "all": (QueueFilter(status="all"), lambda r: True),
        "unit": (QueueFilter(status="all", unit=first["unit"]), lambda r: r["unit"] == first["unit"]),
        "kind": (QueueFilter(status="all", kind=first["kind"]), lambda r: r["kind"] == first["kind"]),
        "reason": (QueueFilter(status="all", reason=reason), lambda r: reason in r["reasons"]),
        # a piece of a clause label, in other letter case: every label containing it
        "clause": (QueueFilter(status="all", clause=clause[2:].upper()),
                   lambda r: any(clause[2:].casefold() in c.casefold() for c in r["clauses"])),
        "subproject": (QueueFilter(status="all", subproject=first["subproject"]),
                       lambda r: r["subproject"] == first["subproject"]),
        "batch": (QueueFilter(status="all", batch_id=two_batches[1]), lambda r: r["batch_id"] == two_batches[1]),
        "open, unit": (QueueFilter(unit=first["unit"]), lambda r: r["unit"] == first["unit"]),
    }
    for name, (filters, wanted) in matches.items():
        expected = [r for r in reference if wanted(r)]
        assert expected, name
        for sort, order in ORDER.items():
            want = [(r["batch_id"], r["claim_id"], r["line_id"]) for r in sorted(expected, key=order)]
            for limit in (1, 4, len(want) + 1):
                got = [key(r) for r in paged(store, filters, sort, limit)]
                assert got == want, (name, sort, limit)
        totals = queue_totals(store, filters)
        assert (totals.items, totals.at_risk, totals.capped) == (len(expected), sum(r["at_risk"] for r in expected),
                                                                 False), name


def test_a_page_after_a_settled_flag_neither_skips_nor_repeats(store, people, two_batches):
    open_before = [key(r) for r in queue(store)]
    first = queue_page(store, QueueFilter(), limit=5)
    settled = first.rows[-1]  # an item already shown: settling it must not shift the next page
    resolve(store, people["auditor"], settled.claim_id, settled.line_id, "confirm", "confirmed_violation", "đã xem")
    rest = []
    after = first.after
    while after:
        page = queue_page(store, QueueFilter(), after=after, limit=5)
        rest += [key(r) for r in page.rows]
        after = page.after
    assert [key(r) for r in first.rows] + rest == open_before
    resolved = queue(store, QueueFilter(status="resolved"))
    assert [key(r) for r in resolved] == [key(settled)] and resolved[0].status == "resolved"
    assert queue_totals(store, QueueFilter(status="resolved")).items == 1


def test_a_cursor_changed_by_hand_is_refused_in_vietnamese(store, two_batches):
    page = queue_page(store, QueueFilter(), limit=2)
    import base64
    import json

    huge = base64.urlsafe_b64encode(json.dumps([10**30, "a", "", 1]).encode()).decode()
    for bad in ("khong-phai-con-tro", page.after[:-3], queue_page(store, QueueFilter(), sort="claim", limit=2).after,
                huge):
        with pytest.raises(StoreError, match="con trỏ trang không hợp lệ"):
            queue_page(store, QueueFilter(), sort="at_risk", after=bad)


def test_totals_stop_counting_at_the_cap(store, two_batches):
    every = queue_totals(store, QueueFilter())
    capped = queue_totals(store, QueueFilter(unit=None), cap=3)
    assert every.items > 3 and not every.capped
    assert capped.capped and capped.items == 3


# ---- the totals kept per batch ---------------------------------------------------------------


def test_the_batch_totals_equal_a_recount(store, people, two_batches):
    from compliance.store import get_batch

    batch_id = two_batches[1]
    doc = get_batch(store, batch_id)
    items = reference_items(store, [batch_id])
    s = summary(store, batch_id)
    assert (s.totals.claimed_amount, s.totals.eligible_amount, s.totals.items, s.totals.at_risk) == (
        sum(c.claimed_amount for c in doc.claims), sum(c.eligible_amount for c in doc.claims), len(items),
        sum(c.claimed_amount - c.eligible_amount for c in doc.claims))
    units: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in doc.claims:
        units[c.unit_code][0] += c.claimed_amount
        units[c.unit_code][1] += c.eligible_amount
    unit_items = Counter(i["unit"] for i in items)
    assert {g.key: (g.claimed_amount, g.eligible_amount, g.items) for g in s.by_unit} == {
        u: (c, e, unit_items[u]) for u, (c, e) in units.items()}
    assert [(g.key, g.items, g.at_risk) for g in s.by_kind] == [
        (k, sum(i["kind"] == k for i in items), sum(i["at_risk"] for i in items if i["kind"] == k)) for k in KINDS]
    reasons = Counter(r for i in items for r in i["reasons"])
    assert {g.key: g.items for g in s.by_reason} == dict(reasons)
    clauses = Counter(c for i in items for c in (i["clauses"] or {""}))
    assert {g.key: g.items for g in s.by_clause} == dict(clauses)
    assert s.open_items == len(items)
    row = queue(store, QueueFilter(batch_id=batch_id))[0]
    resolve(store, people["auditor"], row.claim_id, row.line_id, "overturn", "in_policy", "đúng định mức")
    assert summary(store, batch_id).open_items == len(items) - 1


def test_the_queue_index_refuses_changes_but_the_status(store, two_batches):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for statement in ("UPDATE flags SET at_risk = 0", "DELETE FROM flags", "UPDATE batch_groups SET items = 0",
                      "DELETE FROM flag_keys"):
        # the trigger refuses it; on PostgreSQL the app role is not even granted the change
        with pytest.raises(DBAPIError, match="append-only|permission denied"):
            with store.write() as session:
                session.execute(text(statement))


# ---- streamed exports ------------------------------------------------------------------------


def test_the_streamed_table_has_every_line_and_every_flag(store, people, two_batches, tmp_path, monkeypatch):
    import csv
    import io

    from openpyxl import load_workbook

    from compliance.reports import lines as export
    from compliance.store import get_batch

    monkeypatch.setattr(export, "CLAIMS_AT_ONCE", 2)  # several reads, as for a big batch
    batch_id = two_batches[0]
    doc = get_batch(store, batch_id)
    items = reference_items(store, [batch_id])
    buffer = io.BytesIO()
    export.write_csv(store, batch_id, buffer)
    text = buffer.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert table[0] == list(export.HEADERS)
    body = table[1:]
    own = sum(1 for i in items if i["line_id"] is None)
    assert len(body) == sum(len(c.lines) for c in doc.claims) + own
    assert [r[1] for r in body if r[5] != "(cả hồ sơ)"] == [c.claim_id for c in doc.claims for _ in c.lines]
    flagged_rows = [r for r in body if r[12]]
    assert len(flagged_rows) == len(items)
    assert sum(int(r[11]) for r in flagged_rows) == sum(i["at_risk"] for i in items)
    path = tmp_path / "lo.xlsx"
    export.write_xlsx(store, batch_id, path)
    sheet = load_workbook(path, read_only=True).active
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(cells) == len(table)
    assert [str(v) if v is not None else "" for v in cells[1]][:6] == body[0][:6]
