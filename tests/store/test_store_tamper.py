"""The trail against someone who holds the database: each tamper of issue 11 is caught by `audit verify`.

The rewrites below leave a trail that agrees with itself (the chain recomputed, the digests too):
`verify(store)` without an anchor still says intact for those, and so did `audit verify` before the
anchor. The signed checkpoint (written on every save, here by the same function `vet --save` calls)
is what catches them. Users and roles need no anchor: the users table is checked against the trail."""

from __future__ import annotations

import json
import os
import stat
import uuid

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from compliance.cli import app
from compliance.store import (Store, Unavailable, add_user, authenticate, document_digest, get_batch, log_export, queue,
                              resolve, save_batch, verify)
from compliance.store.anchor import Anchor, Receipt
from compliance.cli.store import checkpoint
from compliance.store.schema import FindingRow, TrailEntry
from storetest import PASSWORD, PG_OWNER_URL, PG_URL, SAMPLE, in_schema
from tamper import rechain, set_details, unguard

runner = CliRunner()


def flat(result) -> str:
    """The command's output with its lines joined (messages wrap to the terminal's width)."""
    return " ".join(result.output.split())


@pytest.fixture
def busy(store, people, sample, book):
    """Users (entries 1–3), a saved batch (4), a login (5), two dispositions (6, 7), an export (8),
    then a checkpoint receipt at entry 8, as `vet --save` signs one."""
    claims, doc, inputs = sample
    save_batch(store, doc, claims, inputs, people["finance"], book=book)
    auditor = authenticate(store, "lan", PASSWORD, channel="cli")
    rows = queue(store)
    resolve(store, auditor, rows[0].claim_id, rows[0].line_id, "request_documents", "documents_missing", "Bổ sung hóa đơn")
    resolve(store, auditor, rows[1].claim_id, rows[1].line_id, "overturn", "management_exception", "UBND tỉnh chấp thuận")
    log_export(store, auditor, 1, "xlsx", "bao-cao.xlsx")
    checkpoint(store, "save")
    return store


def deleted_tail(conn, store):
    """Drop the guard, delete the last disposition and the entries after it."""
    unguard(conn, "trail", "dispositions")
    conn.execute(text("DELETE FROM dispositions WHERE trail_id = 7"))
    conn.execute(text("DELETE FROM trail WHERE id >= 7"))


def recomputed_chain(conn, store):
    """Rewrite a disposition's note (its row and its entry), then recompute the chain from there."""
    unguard(conn, "trail", "dispositions")
    conn.execute(text("UPDATE dispositions SET note = 'Đủ chứng từ' WHERE trail_id = 6"))
    set_details(conn, 6, note="Đủ chứng từ")
    rechain(conn, 6)


def renumbered(conn, store):
    """Remove the login (entry 5) and renumber the entries after it, so the ids run without a gap."""
    unguard(conn, "trail", "dispositions")
    conn.execute(text("DELETE FROM trail WHERE id = 5"))
    for old in (6, 7, 8):
        row = conn.execute(select(TrailEntry.__table__).where(TrailEntry.id == old)).mappings().one()
        conn.execute(TrailEntry.__table__.insert().values({**row, "id": old - 1, "prev_hash": f"x{old}",
                                                           "hash": f"y{old}"}))
        conn.execute(text(f"UPDATE dispositions SET trail_id = {old - 1} WHERE trail_id = {old}"))
        conn.execute(text(f"DELETE FROM trail WHERE id = {old}"))
    rechain(conn, 5)


def whitewashed_batch(conn, store):
    """Turn a failed finding into a pass, recompute the batch's digest, its save entry and the chain."""
    unguard(conn, "trail", "findings", "batches")
    finding = conn.execute(select(FindingRow.id, FindingRow.record).where(FindingRow.outcome == "fail")
                           .order_by(FindingRow.id).limit(1)).one()
    record = {**finding.record, "outcome": "pass", "reason": None}
    conn.execute(update(FindingRow).where(FindingRow.id == finding.id).values(outcome="pass", reason=None, record=record))
    conn.commit()  # the app's own code computes the new digest from the whitewashed rows, as an attacker's would
    digest = document_digest(get_batch(store, 1))
    conn.execute(text("UPDATE batches SET document_digest = :d WHERE id = 1"), {"d": digest})
    set_details(conn, 4, document_digest=digest)
    rechain(conn, 4)


def role_changed(conn, store):
    conn.execute(text("UPDATE users SET role = 'admin' WHERE name = 'minh'"))


def password_replaced(conn, store):
    conn.execute(text("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'lan') "
                      "WHERE name = 'minh'"))


def user_inserted(conn, store):
    conn.execute(text("INSERT INTO users (name, role, password_hash, active, created_at, created_by, session_version) "
                      "SELECT 'ke-gian', 'admin', password_hash, active, created_at, NULL, 0 FROM users "
                      "WHERE name = 'lan'"))


TAMPERS = {  # tamper → (the chain alone agrees with itself afterwards, what `audit verify` says)
    "deleted_tail": (deleted_tail, True, "các mục cuối đã bị xóa"),
    "recomputed_chain": (recomputed_chain, True, "khác với mốc đã ký"),
    "renumbered": (renumbered, True, "các mục cuối đã bị xóa"),
    "whitewashed_batch": (whitewashed_batch, True, "khác với mốc đã ký"),
    "role_changed": (role_changed, False, "người dùng 'minh' trong bảng người dùng không khớp với nhật ký (vai trò"),
    "password_replaced": (password_replaced, False, "(mật khẩu đã bị sửa"),
    "user_inserted": (user_inserted, False, "người dùng 'ke-gian' có trong bảng người dùng nhưng nhật ký không ghi"),
}


@pytest.mark.parametrize("name", TAMPERS)
def test_each_tamper_is_caught(busy, db_url, owner_url, name):
    tamper, self_consistent, said = TAMPERS[name]
    assert runner.invoke(app, ["audit", "verify", "--db", db_url]).exit_code == 0
    engine = create_engine(owner_url)
    with engine.connect() as conn:
        tamper(conn, busy)
        conn.commit()
    engine.dispose()
    if self_consistent:  # what `audit verify` saw before the anchor: nothing wrong
        assert verify(busy).ok
    result = runner.invoke(app, ["audit", "verify", "--db", db_url], env={"COLUMNS": "400"})
    assert result.exit_code == 1, result.output
    assert "nhật ký đã bị thay đổi" in flat(result) and said in flat(result)
    # ... and from the first entry too
    full = runner.invoke(app, ["audit", "verify", "--full", "--db", db_url])
    assert full.exit_code == 1, full.output


def test_vet_save_prints_a_signed_receipt_and_keeps_it(store, people, db_url, trail_key, monkeypatch):
    monkeypatch.setenv("COMPLIANCE_PASSWORD", PASSWORD)
    saved = runner.invoke(app, ["vet", str(SAMPLE), "--save", "--user", "minh", "--db", db_url, "--format", "json"])
    assert saved.exit_code == 0, saved.output
    line = next(x for x in saved.stderr.splitlines() if x.startswith("Mốc nhật ký"))
    receipt = Receipt.parse(line[line.index("{"):])
    anchor = Anchor(db_url)
    assert anchor.receipts() == [receipt] and receipt.kind == "save"
    with store.read() as s:
        head = s.scalars(select(TrailEntry).order_by(TrailEntry.id.desc())).first()
    assert (receipt.entry_id, receipt.hash, head.action) == (head.id, head.hash, "batch.save")
    assert stat.S_IMODE(os.stat(trail_key).st_mode) == 0o600
    again = runner.invoke(app, ["vet", str(SAMPLE), "--save", "--user", "minh", "--db", db_url, "--format", "json"])
    assert again.exit_code == 0 and "Mốc nhật ký" in again.stderr  # a receipt on every save, even of nothing new
    assert len(anchor.receipts()) == 2


def test_a_kept_receipt_catches_a_deleted_tail_even_without_the_checkpoint_file(busy, db_url, owner_url, trail_key):
    receipt = Anchor(db_url).receipts()[-1]
    engine = create_engine(owner_url)
    with engine.begin() as conn:
        deleted_tail(conn, busy)
    engine.dispose()
    (trail_key.parent / "checkpoints.jsonl").unlink()
    plain = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert plain.exit_code == 0 and "Chưa có mốc nào" in flat(plain)  # the file is gone: said, not hidden
    kept = runner.invoke(app, ["audit", "verify", "--db", db_url, "--receipt", receipt.line()])
    assert kept.exit_code == 1 and "mục #8" in flat(kept) and "không còn" in flat(kept)


def test_a_forged_checkpoint_is_refused(busy, db_url, trail_key):
    path = trail_key.parent / "checkpoints.jsonl"
    data = json.loads(path.read_text().splitlines()[-1])
    path.write_text(json.dumps({**data, "entry_id": 5}) + "\n")
    result = runner.invoke(app, ["audit", "verify", "--db", db_url])
    assert result.exit_code == 1 and "chữ ký sai" in flat(result)


def test_verify_is_incremental_from_its_last_checkpoint(busy, owner_url):
    anchor = Anchor(busy.url)
    first = verify(busy, anchor)
    assert first.ok and first.since == 0 and first.entries == 8 and first.receipt.entry_id == 8
    for _ in range(3):
        authenticate(busy, "lan", PASSWORD)
    second = verify(busy, anchor)
    assert second.ok and (second.since, second.entries, second.receipt.entry_id) == (8, 3, 11)
    assert (second.users, second.batches, second.dispositions) == (3, 1, 2)  # vouched state: checked every time
    # The chain rewritten behind the checkpoint: the checkpointed entry's hash is no longer the signed one.
    engine = create_engine(owner_url)
    with engine.begin() as conn:
        unguard(conn, "trail")
        conn.execute(text("UPDATE trail SET actor = 'quantri' WHERE id = 5"))
        rechain(conn, 5)
    engine.dispose()
    broken = verify(busy, anchor).broken
    assert broken is not None and broken.entry_id == 11 and "khác với mốc đã ký" in broken.problem


@pytest.mark.skipif(not PG_OWNER_URL, reason="COMPLIANCE_TEST_PG_OWNER_URL is not set (bash .ci/postgres.sh owner)")
def test_on_postgresql_the_app_role_cannot_disable_the_guard(busy, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    assert not busy.owns_tables()
    engine = create_engine(db_url)  # the app's own role
    for sql in ("ALTER TABLE trail DISABLE TRIGGER USER", "ALTER TABLE trail DISABLE TRIGGER trail_append_only",
                "DROP TRIGGER trail_append_only ON trail", "TRUNCATE trail CASCADE", "DROP TABLE trail CASCADE",
                "UPDATE trail SET actor = 'x' WHERE id = 1", "DELETE FROM dispositions",
                "ALTER TABLE users ADD COLUMN x int"):
        with pytest.raises(DBAPIError, match="must be owner|permission denied|append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    engine.dispose()
    assert verify(busy, Anchor(db_url)).ok


def test_the_owner_meets_the_triggers_until_it_disables_them(busy, owner_url):
    engine = create_engine(owner_url)
    for sql in ("UPDATE trail SET actor = 'x' WHERE id = 1", "DELETE FROM dispositions", "UPDATE lines SET decision = 'approve'"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    engine.dispose()


@pytest.mark.skipif(not PG_OWNER_URL, reason="COMPLIANCE_TEST_PG_OWNER_URL is not set (bash .ci/postgres.sh owner)")
def test_compliance_migrate_as_the_owner_grants_the_app_role(monkeypatch):
    from sqlalchemy.engine import make_url

    schema = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_OWNER_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    app_url, owner_url = in_schema(PG_URL, schema), in_schema(PG_OWNER_URL, schema)
    role = make_url(PG_URL).username
    try:
        with pytest.raises(Unavailable, match="compliance migrate"):  # the app role cannot create the tables
            Store(app_url)
        done = runner.invoke(app, ["migrate", "--db", owner_url, "--app-role", role])
        assert done.exit_code == 0 and f"đã cấp quyền cho vai trò {role}" in flat(done), done.output
        with Store(app_url) as store:
            add_user(store, "quantri", "admin", PASSWORD, None)
            assert not store.owns_tables()
        monkeypatch.setenv("COMPLIANCE_PASSWORD", PASSWORD)
        assert runner.invoke(app, ["users", "unlock", "quantri", "--user", "quantri", "--db", app_url]).exit_code == 0
        checked = runner.invoke(app, ["audit", "verify", "--db", owner_url])
        assert checked.exit_code == 0 and "vai trò đang kết nối sở hữu các bảng" in flat(checked)
        assert "sở hữu" not in flat(runner.invoke(app, ["audit", "verify", "--db", app_url]))
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_receipts_signed_with_another_key_do_not_vouch(busy, db_url, trail_key, tmp_path):
    other = tmp_path / "khac" / "trail.key"
    Anchor(db_url, key_path=other).key(create=True)
    checkpoints = str(trail_key.parent / "checkpoints.jsonl")
    result = runner.invoke(app, ["audit", "verify", "--db", db_url, "--key", str(other), "--checkpoints", checkpoints])
    assert result.exit_code == 1 and "chữ ký sai" in flat(result)
    same = runner.invoke(app, ["audit", "verify", "--db", db_url, "--key", str(trail_key), "--checkpoints", checkpoints])
    assert same.exit_code == 0 and "Khớp với mốc đã ký gần nhất: mục #8" in flat(same)
