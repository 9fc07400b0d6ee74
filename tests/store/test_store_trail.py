"""The trail: hash chain, `audit verify`, and what happens when someone edits the database by hand."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from compliance.cli import app
from compliance.store import authenticate, queue, resolve, save_batch, verify
from compliance.store.schema import TrailEntry
from compliance.store.trail import GENESIS, append, entry_hash
from storetest import PASSWORD
from tamper import unguard


def by_hand(owner_url: str, sql: str, table: str) -> None:
    """What someone holding the database (its tables' owner) could do: drop the guard, edit a row."""
    engine = create_engine(owner_url)
    with engine.begin() as conn:
        unguard(conn, table)
        conn.execute(text(sql))
    engine.dispose()


@pytest.fixture
def busy(store, people, sample, book):
    """A store with users, a saved batch, logins and two dispositions."""
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    auditor = authenticate(store, "lan", PASSWORD)
    rows = queue(store)
    resolve(store, auditor, rows[0].claim_id, rows[0].line_id, "request_documents", "documents_missing", "Bổ sung hóa đơn")
    resolve(store, auditor, rows[1].claim_id, rows[1].line_id, "overturn", "management_exception", "UBND tỉnh chấp thuận")
    return store


def entries(store) -> list[TrailEntry]:
    with store.read() as s:
        return list(s.scalars(select(TrailEntry).order_by(TrailEntry.id)))


def test_every_action_is_chained(busy):
    log = entries(busy)
    assert [e.action for e in log] == ["user.add", "user.add", "user.add", "batch.save", "login",
                                       "disposition", "disposition"]
    assert log[0].prev_hash == GENESIS
    for before, after in zip(log, log[1:]):
        assert after.prev_hash == before.hash and after.id == before.id + 1
    assert all(entry_hash(e) == e.hash for e in log)
    result = verify(busy)
    assert result.ok and (result.entries, result.batches, result.dispositions) == (7, 1, 2)


def test_verify_names_the_first_edited_entry(busy, owner_url):
    target = entries(busy)[4]  # the login
    by_hand(owner_url, f"UPDATE trail SET actor = 'minh' WHERE id = {target.id}", "trail")
    broken = verify(busy).broken
    assert (broken.entry_id, broken.action) == (target.id, "login")
    assert broken.at == target.at and "mã băm" in broken.problem


def test_cli_verify_passes_then_fails_after_an_edit(busy, db_url, owner_url):
    runner = CliRunner()
    ok = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert ok.exit_code == 0, ok.output
    assert "Nhật ký nguyên vẹn: 7 mục" in ok.output
    target = entries(busy)[5]
    by_hand(owner_url, f"UPDATE trail SET details = '{{\"note\": \"sửa\"}}' WHERE id = {target.id}", "trail")
    bad = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert bad.exit_code == 1
    assert f"mục #{target.id}" in bad.output and "xử lý cờ" in bad.output
    assert target.at.astimezone().strftime("%d/%m/%Y %H:%M:%S") in bad.output


def test_a_removed_entry_breaks_the_chain(busy, owner_url):
    by_hand(owner_url, "DELETE FROM trail WHERE id = 2", "trail")
    broken = verify(busy).broken
    assert broken.entry_id == 3 and "thiếu mục #2" in broken.problem


@pytest.mark.parametrize("sql, table", [
    ("UPDATE findings SET record = (SELECT record FROM findings WHERE id = 2) WHERE id = 1", "findings"),
    ("UPDATE findings SET record = '{}' WHERE id = 1", "findings"),
    ("UPDATE claims SET eligible_amount = claimed_amount", "claims"),
    ("UPDATE lines SET decision = 'approve'", "lines"),
    ("UPDATE findings SET reason = 'duplicate' WHERE reason IS NOT NULL", "findings"),
])
def test_an_edited_decision_is_caught_by_its_save_entry(busy, owner_url, sql, table):
    """The trail entry of a save holds the batch's digest; the columns must agree with the records."""
    with busy.read() as s:
        save = s.scalars(select(TrailEntry).where(TrailEntry.action == "batch.save")).one()
    by_hand(owner_url, sql, table)
    broken = verify(busy).broken
    assert (broken.entry_id, broken.action) == (save.id, "batch.save")
    assert "lô #1" in broken.problem


def test_an_edited_disposition_is_caught(busy, owner_url):
    by_hand(owner_url, "UPDATE dispositions SET action = 'overturn', reason = 'in_policy' WHERE id = 1", "dispositions")
    broken = verify(busy).broken
    assert broken.action == "disposition" and "#1" in broken.problem


def test_the_chain_cannot_fork(store, people):
    last = entries(store)[-1]
    with pytest.raises(IntegrityError):
        with store.write() as s:
            s.add(TrailEntry(id=last.id + 1, at=last.at, actor=None, action="login", subject="x", details={},
                             prev_hash=last.prev_hash, hash="f" * 64))
    with store.write() as s:
        append(s, None, "login", "user:x", {"channel": "test"})
    assert verify(store).ok


def test_concurrent_writers_keep_one_chain(store, people):
    """Several writers at once (as several web workers would be): every entry lands, in one chain."""
    from concurrent.futures import ThreadPoolExecutor

    before = len(entries(store))
    with ThreadPoolExecutor(max_workers=4) as pool:
        users = list(pool.map(lambda _: authenticate(store, "lan", PASSWORD).name, range(16)))
    assert users == ["lan"] * 16
    log = entries(store)
    assert len(log) == before + 16 and [e.id for e in log] == list(range(1, len(log) + 1))
    assert verify(store).ok
