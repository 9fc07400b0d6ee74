"""Users, roles and authentication."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from compliance.store import (AuthError, Conflict, PermissionDenied, StoreError, add_user, authenticate, change_user,
                              get_user, list_users)
from compliance.store.schema import TrailEntry
from compliance.store.schema import User as UserRow
from storetest import PASSWORD


def trail_actions(store) -> list[tuple[str | None, str]]:
    with store.read() as s:
        return [(e.actor, e.action) for e in s.scalars(select(TrailEntry).order_by(TrailEntry.id))]


def test_the_first_user_is_an_admin_and_needs_no_login(store):
    with pytest.raises(StoreError, match="admin"):
        add_user(store, "lan", "auditor", PASSWORD, None)
    admin = add_user(store, "quantri", "admin", PASSWORD, None)
    with pytest.raises(PermissionDenied):
        add_user(store, "lan", "auditor", PASSWORD, None)  # from now on an admin must act
    add_user(store, "lan", "auditor", PASSWORD, admin)
    assert [(u.name, u.role, u.created_by) for u in list_users(store)] == [("lan", "auditor", "quantri"),
                                                                         ("quantri", "admin", None)]


def test_passwords_are_argon2_hashes(store, people):
    with store.read() as s:
        hashes = s.scalars(select(UserRow.password_hash)).all()
    assert all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_only_admins_manage_users(store, people):
    with pytest.raises(PermissionDenied, match="quản lý người dùng"):
        add_user(store, "hoa", "finance", PASSWORD, people["auditor"])
    with pytest.raises(Conflict):
        add_user(store, "lan", "finance", PASSWORD, people["admin"])
    with pytest.raises(StoreError, match="vai trò"):
        add_user(store, "hoa", "boss", PASSWORD, people["admin"])
    with pytest.raises(StoreError, match="ít nhất 8"):
        add_user(store, "hoa", "finance", "ngắn", people["admin"])


def test_authenticate_and_every_attempt_is_in_the_trail(store, people):
    user = authenticate(store, "lan", PASSWORD)
    assert (user.name, user.role) == ("lan", "auditor") and user.can("resolve") and not user.can("manage_users")
    with pytest.raises(AuthError):
        authenticate(store, "lan", "sai-mat-khau")
    with pytest.raises(AuthError):
        authenticate(store, "khong-co", PASSWORD)
    assert trail_actions(store)[-3:] == [("lan", "login"), (None, "login.failed"), (None, "login.failed")]


def test_roles(people):
    finance, auditor, admin = people["finance"], people["auditor"], people["admin"]
    assert finance.can("upload") and finance.can("read") and not finance.can("resolve")
    assert auditor.can("resolve") and not auditor.can("manage_users")
    assert all(admin.can(p) for p in ("read", "upload", "resolve", "manage_users"))


def test_changes_apply_at_once_and_are_logged(store, people):
    change_user(store, "minh", people["admin"], role="auditor")
    assert get_user(store, "minh").can("resolve")
    change_user(store, "minh", people["admin"], active=False)
    with pytest.raises(AuthError):
        authenticate(store, "minh", PASSWORD)
    change_user(store, "lan", people["auditor"], password="mật-khẩu-mới-123")  # one's own password
    assert authenticate(store, "lan", "mật-khẩu-mới-123").name == "lan"
    with pytest.raises(PermissionDenied):
        change_user(store, "lan", people["auditor"], role="admin")
    with pytest.raises(StoreError, match="quản trị viên"):
        change_user(store, "quantri", people["admin"], role="finance")  # the last admin stays
    assert [a for _, a in trail_actions(store)].count("user.change") == 3


def test_failed_logins_in_a_row_lock_the_name_for_a_while(store, people, monkeypatch):
    from compliance.store import users

    authenticate(store, "minh", PASSWORD)
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError, match="sai tên"):
            authenticate(store, "minh", "doan-mo")
    assert authenticate(store, "minh", PASSWORD).name == "minh"  # a success starts the count again
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError, match="sai tên"):
            authenticate(store, "minh", "doan-mo")
    with pytest.raises(AuthError, match="tạm bị khóa"):  # the right password is not even checked
        authenticate(store, "minh", PASSWORD)
    assert authenticate(store, "lan", PASSWORD).name == "lan"  # other names are not affected
    with store.read() as s:
        last = s.scalars(select(TrailEntry).where(TrailEntry.subject == "user:minh")
                         .order_by(TrailEntry.id.desc())).first()
    assert (last.actor, last.action, last.details) == (None, "login.failed", {"channel": "web", "locked_out": True,
                                                                   "limit": "pair"})
    later = users.now() + users.LOCKOUT + users.dt.timedelta(seconds=1)
    monkeypatch.setattr(users, "now", lambda: later)
    assert authenticate(store, "minh", PASSWORD).name == "minh"  # once LOCKOUT has passed
