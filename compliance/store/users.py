"""Users, roles and authentication (argon2 hashes). The CLI and the web layer both use these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import trail
from .db import Store
from .errors import AuthError, Conflict, NotFound, PermissionDenied, StoreError
from .schema import TrailEntry
from .schema import User as UserRow
from .schema import now

ROLES_VI = {"finance": "kế toán, kiểm soát chi", "auditor": "thanh tra, kiểm toán", "admin": "quản trị"}
# finance: upload and read; auditor: also settle flags; admin: everything, including managing users.
PERMISSIONS = {
    "finance": frozenset({"read", "upload"}),
    "auditor": frozenset({"read", "upload", "resolve"}),
    "admin": frozenset({"read", "upload", "resolve", "manage_users"}),
}
PERMISSIONS_VI = {"read": "xem", "upload": "tải lên và thẩm định lô", "resolve": "xử lý cờ",
                  "manage_users": "quản lý người dùng"}
MIN_PASSWORD = 8
# After this many failed logins in a row at one user name, each within LOCKOUT of now, the name is
# refused without checking the password until LOCKOUT has passed since the last attempt.
MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
_hasher = PasswordHasher()
# Verified against when the user does not exist, so both failures take the same time.
_DUMMY_HASH = _hasher.hash("compliance-no-such-user")


@dataclass(frozen=True)
class User:
    name: str
    role: str
    active: bool
    created_at: dt.datetime
    created_by: str | None

    def can(self, permission: str) -> bool:
        return self.active and permission in PERMISSIONS[self.role]


def require(user: User, permission: str) -> None:
    if not user.can(permission):
        raise PermissionDenied(f"người dùng '{user.name}' (vai trò {user.role}) không có quyền "
                               f"{PERMISSIONS_VI[permission]}")


def _public(row: UserRow) -> User:
    return User(row.name, row.role, row.active, row.created_at, row.created_by)


def _check(name: str | None = None, role: str | None = None, password: str | None = None) -> None:
    if name is not None and not (1 <= len(name) <= 64 and name.isprintable() and name.strip() == name and " " not in name):
        raise StoreError("tên người dùng phải có 1–64 ký tự, không có khoảng trắng")
    if role is not None and role not in PERMISSIONS:
        raise StoreError(f"vai trò '{role}' không hợp lệ; chọn một trong: {', '.join(PERMISSIONS)}")
    if password is not None and len(password) < MIN_PASSWORD:
        raise StoreError(f"mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")


def count_users(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(UserRow)) or 0  # a count always has a row


def add_user(store: Store, name: str, role: str, password: str, actor: User | None) -> User:
    """Create a user. `actor` must be an admin, except for the very first user (who must be an admin)."""
    _check(name, role, password)
    try:
        with store.write() as session:
            first = session.scalar(select(func.count()).select_from(UserRow)) == 0
            if actor is None:
                if not first:
                    raise PermissionDenied("cần một quản trị viên đăng nhập để thêm người dùng")
                if role != "admin":
                    raise StoreError("người dùng đầu tiên phải có vai trò admin (để quản lý những người sau)")
            else:
                require(refresh(session, actor), "manage_users")
            row = UserRow(name=name, role=role, password_hash=_hasher.hash(password), active=True,
                          created_at=now(), created_by=actor.name if actor else None)
            session.add(row)
            session.flush()
            trail.append(session, actor.name if actor else None, "user.add", f"user:{name}", {"name": name, "role": role})
            return _public(row)
    except IntegrityError:
        raise Conflict(f"người dùng '{name}' đã tồn tại") from None


def change_user(store: Store, name: str, actor: User, *, role: str | None = None, password: str | None = None,
                active: bool | None = None) -> User:
    """Change a user's role, password or active flag (admins only; users may change their own password)."""
    _check(role=role, password=password)
    with store.write() as session:
        acting = refresh(session, actor)
        own_password_only = acting.name == name and role is None and active is None
        if not own_password_only:
            require(acting, "manage_users")
        row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
        if row is None:
            raise NotFound(f"không có người dùng '{name}'")
        changes: dict[str, object] = {}
        if role is not None and role != row.role:
            changes["role"] = row.role = role
        if active is not None and active != row.active:
            changes["active"] = row.active = active
        if password is not None:
            row.password_hash = _hasher.hash(password)
            changes["password"] = "changed"
        if not changes:
            return _public(row)
        session.flush()
        admins = session.scalar(select(func.count()).select_from(UserRow)
                                .where(UserRow.role == "admin", UserRow.active.is_(True)))
        if admins == 0:
            raise StoreError("phải còn ít nhất một quản trị viên đang hoạt động")
        trail.append(session, acting.name, "user.change", f"user:{name}", changes)
        return _public(row)


def list_users(store: Store) -> list[User]:
    with store.read() as session:
        return [_public(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]


def get_user(store: Store, name: str) -> User:
    """The user as stored now (the web layer calls this on each request: role changes apply at once)."""
    with store.read() as session:
        return _by_name(session, name)


def authenticate(store: Store, name: str, password: str, channel: str = "web") -> User:
    """Check a password; every attempt, good or bad, is written to the trail (which also counts
    the failures that lock a user name out for a while: guessing is slowed to a few tries an hour)."""
    with store.write() as session:
        locked = _locked_out(session, name)
        row = None if locked else session.scalars(select(UserRow).where(UserRow.name == name)).first()
        ok = not locked and _verify(row.password_hash if row else _DUMMY_HASH, password) and row is not None \
            and row.active
        user = row if ok else None  # `ok` holds only with a row
        details = {"channel": channel, "locked_out": True} if locked else {"channel": channel}
        trail.append(session, name if ok else None, "login" if ok else "login.failed", f"user:{name}", details)
        if user is not None and _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
    if locked:
        raise AuthError(f"đăng nhập sai {MAX_FAILED_LOGINS} lần liên tiếp: tên người dùng này tạm bị khóa, hãy thử "
                        f"lại sau {LOCKOUT.seconds // 60} phút (hoặc nhờ quản trị viên kiểm tra)")
    if user is None:
        raise AuthError("sai tên người dùng hoặc mật khẩu, hoặc tài khoản đã bị khóa")
    return _public(user)


def _locked_out(session: Session, name: str) -> bool:
    """The last MAX_FAILED_LOGINS attempts at this name all failed, all within LOCKOUT of now."""
    last = session.scalars(
        select(TrailEntry).where(TrailEntry.subject == f"user:{name}")
        .where(TrailEntry.action.in_(("login", "login.failed")))
        .order_by(TrailEntry.id.desc()).limit(MAX_FAILED_LOGINS)).all()
    since = now() - LOCKOUT
    return len(last) == MAX_FAILED_LOGINS and all(e.action == "login.failed" and e.at >= since for e in last)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _by_name(session: Session, name: str) -> User:
    row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
    if row is None:
        raise NotFound(f"không có người dùng '{name}'")
    return _public(row)


def refresh(session: Session, user: User) -> User:
    """Re-read the acting user inside the transaction: a removed role or a locked account counts at once."""
    return _by_name(session, user.name)
