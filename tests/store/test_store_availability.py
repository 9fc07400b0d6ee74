"""Availability: logins that hold no lock, limits that count atomically and expire, unlock, session
versions, bounded fields from anonymous requests, and contention as a Vietnamese message."""

from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import make_url, select
from typer.testing import CliRunner

from compliance.cli import app
from compliance.store import (AuthError, Busy, PermissionDenied, Store, add_user, authenticate, change_user, end_sessions,
                              get_user, unlock_user, verify)
from compliance.store import users as users_module
from compliance.store.schema import TrailEntry
from storetest import PASSWORD

runner = CliRunner()


def flat(result) -> str:
    """The command's output with its lines joined (messages wrap to the terminal's width)."""
    return " ".join(result.output.split())


def last_entry(store) -> TrailEntry:
    with store.read() as s:
        return s.scalars(select(TrailEntry).order_by(TrailEntry.id.desc())).first()


def test_no_password_is_hashed_or_checked_inside_a_transaction(store, people, monkeypatch):
    """While argon2 runs, the login holds no database connection (so no SQLite write lock, no PostgreSQL
    transaction): a flood of logins cannot stall the writers."""
    held = []
    verify_, hasher = users_module.verify_password, users_module.hasher

    def checking_verify(*args):
        held.append(store.engine.pool.checkedout())
        return verify_(*args)

    class CheckingHasher:
        def hash(self, password):
            held.append(store.engine.pool.checkedout())
            return hasher.hash(password)

        def __getattr__(self, name):
            return getattr(hasher, name)

    monkeypatch.setattr(users_module, "verify_password", checking_verify)
    monkeypatch.setattr(users_module, "hasher", CheckingHasher())
    authenticate(store, "lan", PASSWORD)
    with pytest.raises(AuthError):
        authenticate(store, "lan", "sai-mat-khau")
    with pytest.raises(AuthError):
        authenticate(store, "khong-co-ai", "sai-mat-khau")
    add_user(store, "hoa", "finance", PASSWORD, people["admin"])
    change_user(store, "hoa", people["admin"], password="mat-khau-moi-1")
    assert len(held) == 5 and held == [0] * 5


def test_a_write_goes_through_while_a_password_is_being_checked(store, people, monkeypatch):
    """SQLite: another process takes the write lock (with no wait) in the middle of a login's argon2 check."""
    if store.dialect != "sqlite":
        pytest.skip("the SQLite write lock")
    path = make_url(store.url).database
    took = []
    verify_ = users_module.verify_password

    def with_a_writer(*args):
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            took.append(True)
        except sqlite3.OperationalError:
            took.append(False)
        finally:
            other.close()
        return verify_(*args)

    monkeypatch.setattr(users_module, "verify_password", with_a_writer)
    authenticate(store, "lan", PASSWORD)
    assert took == [True]


def test_parallel_guesses_get_no_more_password_checks_than_the_limit(store, people, monkeypatch):
    """30 wrong passwords at once from one address: the counts are taken before the (slow) checks, atomically,
    so no more than MAX_FAILED_LOGINS passwords are checked. Every attempt is in the trail."""
    checks = []
    verify_ = users_module.verify_password

    def slow_verify(*args):
        checks.append(1)
        time.sleep(0.05)  # widen the window a racing counter would slip through
        return verify_(*args)

    monkeypatch.setattr(users_module, "verify_password", slow_verify)

    def guess(i: int) -> str:
        try:
            authenticate(store, "quantri", f"doan-{i}", address="203.0.113.9")
        except AuthError as exc:
            return "locked" if "tạm bị khóa" in str(exc) else "wrong"
        return "in"

    with ThreadPoolExecutor(max_workers=10) as pool:
        outcomes = list(pool.map(guess, range(30)))
    assert len(checks) == users_module.MAX_FAILED_LOGINS
    assert outcomes.count("wrong") == users_module.MAX_FAILED_LOGINS and outcomes.count("locked") == 25
    with store.read() as s:
        failed = s.scalars(select(TrailEntry).where(TrailEntry.action == "login.failed")).all()
    assert len(failed) == 30 and sum(bool(e.details.get("locked_out")) for e in failed) == 25
    assert verify(store).ok


def test_one_address_cannot_lock_a_name_for_everyone_and_locks_expire(store, people, monkeypatch):
    for i in range(users_module.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError, match="sai tên"):
            authenticate(store, "quantri", f"doan-{i}", address="198.51.100.7")
    with pytest.raises(AuthError, match="tạm bị khóa từ địa chỉ này"):
        authenticate(store, "quantri", PASSWORD, address="198.51.100.7")
    assert authenticate(store, "quantri", PASSWORD, address="192.0.2.1").name == "quantri"  # the admin, elsewhere
    assert authenticate(store, "quantri", PASSWORD, channel="cli").name == "quantri"  # and on the command line
    later = users_module.now() + users_module.LOCKOUT
    monkeypatch.setattr(users_module, "now", lambda: later)
    assert authenticate(store, "quantri", PASSWORD, address="198.51.100.7").name == "quantri"  # the lock expired


def test_an_address_guessing_many_names_is_stopped(store, people, monkeypatch):
    monkeypatch.setattr(users_module, "ADDRESS_MAX_FAILURES", 6)
    for i in range(6):
        with pytest.raises(AuthError, match="sai tên"):
            authenticate(store, f"ten-{i}", "doan", address="203.0.113.50")
    with pytest.raises(AuthError, match="địa chỉ này đã đăng nhập sai 6 lần"):
        authenticate(store, "lan", PASSWORD, address="203.0.113.50")  # even the right password: not checked
    assert authenticate(store, "lan", PASSWORD, address="203.0.113.51").name == "lan"


def test_many_addresses_lock_the_name_on_the_web_until_it_expires_or_an_admin_unlocks(store, people, monkeypatch):
    monkeypatch.setattr(users_module, "NAME_MAX_FAILURES", 6)
    for i in range(6):
        with pytest.raises(AuthError, match="sai tên"):
            authenticate(store, "lan", "doan", address=f"203.0.113.{i}")
    with pytest.raises(AuthError, match="từ nhiều địa chỉ"):
        authenticate(store, "lan", PASSWORD, address="192.0.2.200")
    assert authenticate(store, "lan", PASSWORD, channel="cli").name == "lan"  # the command line is not locked
    with pytest.raises(PermissionDenied):
        unlock_user(store, "lan", people["auditor"])
    assert unlock_user(store, "lan", people["admin"]) == 1
    entry = last_entry(store)
    assert (entry.actor, entry.action, entry.details) == ("quantri", "user.unlock", {"name": "lan", "locked": 1})
    assert authenticate(store, "lan", PASSWORD, address="192.0.2.200").name == "lan"
    assert verify(store).ok


@pytest.mark.parametrize("name", ["x" * 900_000, "ten\x00nul", "a b\n" * 40])
def test_what_a_failed_login_stores_of_the_name_is_bounded(store, people, name):
    with pytest.raises(AuthError, match="sai tên"):
        authenticate(store, name, PASSWORD, address="203.0.113.1" + "9" * 1000)
    entry = last_entry(store)
    assert entry.action == "login.failed" and len(entry.subject) <= len("user:") + users_module.MAX_NAME
    assert entry.subject.isprintable() and "\x00" not in entry.subject
    assert entry.details["name_length"] == len(name) and len(entry.details["address"]) <= users_module.MAX_ADDRESS
    assert verify(store).ok


def test_session_versions_end_sessions_on_logout_and_password_change(store, people):
    version = get_user(store, "lan").session_version
    end_sessions(store, "lan")
    assert get_user(store, "lan").session_version == version + 1
    change_user(store, "lan", people["auditor"], password="mat-khau-moi-2")  # one's own password
    assert get_user(store, "lan").session_version == version + 2
    change_user(store, "lan", people["admin"], role="finance")  # a role change needs no new session
    assert get_user(store, "lan").session_version == version + 2
    assert verify(store).ok  # session versions are not history: the users check ignores them


@pytest.fixture
def locked_sqlite(store, monkeypatch):
    """Another process holds the SQLite write lock; writers here wait one second, not thirty."""
    if store.dialect != "sqlite":
        pytest.skip("SQLite's write lock")
    from compliance.store import db

    monkeypatch.setattr(db, "BUSY_SECONDS", 1)
    path = make_url(store.url).database
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield Store(store.url)
    holder.execute("ROLLBACK")
    holder.close()


def test_contention_is_a_vietnamese_message_after_a_wait(people, locked_sqlite):
    started = time.monotonic()
    with pytest.raises(Busy, match="cơ sở dữ liệu đang bận") as caught:
        authenticate(locked_sqlite, "lan", PASSWORD)
    assert 0.9 < time.monotonic() - started < 10 and "Không có gì được ghi" in str(caught.value)


def test_the_cli_says_busy_with_exit_code_5(people, locked_sqlite, db_url, monkeypatch):
    monkeypatch.setenv("COMPLIANCE_PASSWORD", PASSWORD)
    result = runner.invoke(app, ["users", "unlock", "lan", "--user", "quantri", "--db", db_url])
    assert result.exit_code == 5, result.output
    assert "cơ sở dữ liệu đang bận" in flat(result) and "Traceback" not in flat(result)
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_users_unlock(store, people, db_url, monkeypatch):
    monkeypatch.setenv("COMPLIANCE_PASSWORD", PASSWORD)
    for _ in range(users_module.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            authenticate(store, "minh", "doan", channel="cli")
    denied = runner.invoke(app, ["users", "unlock", "minh", "--user", "lan", "--db", db_url])
    assert denied.exit_code == 4 and "quản lý người dùng" in flat(denied)
    done = runner.invoke(app, ["users", "unlock", "minh", "--user", "quantri", "--db", db_url])
    assert done.exit_code == 0 and "Đã mở khóa đăng nhập của minh (trước đó đang bị khóa)" in flat(done)
    assert authenticate(store, "minh", PASSWORD, channel="cli").name == "minh"


def test_concurrent_first_opens_of_one_new_sqlite_file(tmp_path):
    """Several stores opening (migrating) and writing a new SQLite file at once: all succeed."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    errors = []

    def open_and_add(i: int) -> None:
        try:
            with Store(url) as s:
                if i == 0:
                    add_user(s, "quantri", "admin", PASSWORD, None)
                with s.write() as session:
                    session.execute(select(1))
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=open_and_add, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
