"""Users, roles and authentication (argon2 hashes). The CLI and the web layer both use these."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import trail
from .db import Store
from .errors import AuthError, Conflict, NotFound, PermissionDenied, StoreError
from .schema import LoginLimit
from ..vocabulary import PERMISSIONS_VI
from .schema import User as UserRow
from .schema import now

# finance: upload and read; auditor: also settle flags; admin: everything, including managing users.
PERMISSIONS = {
    "finance": frozenset({"read", "upload"}),
    "auditor": frozenset({"read", "upload", "resolve"}),
    "admin": frozenset({"read", "upload", "resolve", "manage_users"}),
}
MIN_PASSWORD = 8
MAX_NAME = 64  # a user name's length (and the bound on what a failed login stores of the name it was given)
MAX_ADDRESS = 64  # what is stored of a client address
# Failed logins are counted in windows of LOCKOUT, before the password is checked (see authenticate):
# - per (user name, client address): MAX_FAILED_LOGINS in a row lock that name *from that address*;
# - per client address, over all names: ADDRESS_MAX_FAILURES lock the address (web and API);
# - per user name, over all addresses: NAME_MAX_FAILURES lock the name (web and API; never the CLI).
# A lock ends when its window does (LOCKOUT after the window's first failure; refused attempts do not
# extend it), or at `users unlock`. One address can thus lock a name only for itself; locking it for
# everyone takes NAME_MAX_FAILURES guesses from at least 3 addresses every 15 minutes, and the CLI
# (local access) still logs in and can unlock.
MAX_FAILED_LOGINS = 5
ADDRESS_MAX_FAILURES = 20
NAME_MAX_FAILURES = 50
LOCKOUT = dt.timedelta(minutes=15)
hasher = PasswordHasher()
# Verified against when the user does not exist, so both failures take the same time.
_DUMMY_HASH = hasher.hash("compliance-no-such-user")


@dataclass(frozen=True)
class User:
    name: str
    role: str
    active: bool
    created_at: dt.datetime
    created_by: str | None
    session_version: int = 0

    def can(self, permission: str) -> bool:
        return self.active and permission in PERMISSIONS[self.role]


def require(user: User, permission: str) -> None:
    if not user.can(permission):
        raise PermissionDenied(f"người dùng '{user.name}' (vai trò {user.role}) không có quyền "
                               f"{PERMISSIONS_VI[permission]}")


def _public(row: UserRow) -> User:
    return User(row.name, row.role, row.active, row.created_at, row.created_by, row.session_version or 0)


def credential(password_hash: str) -> str:
    """What the trail records of a password hash: enough to notice a hash replaced in the database,
    nothing to guess from (the argon2 hash is salted; this is a digest of it)."""
    return "sha256:" + hashlib.sha256(password_hash.encode()).hexdigest()


def _check(name: str | None = None, role: str | None = None, password: str | None = None) -> None:
    if name is not None and not _valid_name(name):
        raise StoreError(f"tên người dùng phải có 1–{MAX_NAME} ký tự, không có khoảng trắng")
    if role is not None and role not in PERMISSIONS:
        raise StoreError(f"vai trò '{role}' không hợp lệ; chọn một trong: {', '.join(PERMISSIONS)}")
    if password is not None and len(password) < MIN_PASSWORD:
        raise StoreError(f"mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự")


def _valid_name(name: str) -> bool:
    return 1 <= len(name) <= MAX_NAME and name.isprintable() and name.strip() == name and " " not in name


def _bounded(text: str, limit: int) -> str:
    """What may be stored of a value sent by someone not logged in: printable, at most `limit` characters."""
    clean = "".join(c if c.isprintable() else "?" for c in text[:limit + 1])
    return clean if len(clean) <= limit else clean[:limit - 1] + "…"


def count_users(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(UserRow)) or 0  # a count always has a row


def add_user(store: Store, name: str, role: str, password: str, actor: User | None) -> User:
    """Create a user. `actor` must be an admin, except for the very first user (who must be an admin)."""
    _check(name, role, password)
    password_hash = hasher.hash(password)  # before the transaction: argon2 takes a while, writers must not wait
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
            row = UserRow(name=name, role=role, password_hash=password_hash, active=True,
                          created_at=now(), created_by=actor.name if actor else None, session_version=0)
            session.add(row)
            session.flush()
            trail.append(session, actor.name if actor else None, "user.add", f"user:{name}",
                         {"name": name, "role": role, "credential": credential(password_hash)})
            return _public(row)
    except IntegrityError:
        raise Conflict(f"người dùng '{name}' đã tồn tại") from None


def change_user(store: Store, name: str, actor: User, *, role: str | None = None, password: str | None = None,
                active: bool | None = None) -> User:
    """Change a user's role, password or active flag (admins only; users may change their own password)."""
    _check(role=role, password=password)
    password_hash = hasher.hash(password) if password is not None else None  # outside the transaction
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
            row.session_version = (row.session_version or 0) + 1
        if password_hash is not None:
            row.password_hash = password_hash
            row.session_version = (row.session_version or 0) + 1  # every session of this user ends
            changes["password"] = "changed"
            changes["credential"] = credential(password_hash)
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


def authenticate(store: Store, name: str, password: str, channel: str = "web", address: str | None = None) -> User:
    """Check a password; every attempt, good or bad, is written to the trail.

    No password is checked inside a transaction (argon2 takes a while; on SQLite a transaction holds the
    write lock). Instead, a short transaction first counts the attempt as a failure on each of its limits
    (see LOCKOUT), atomically, or refuses it when a limit is reached; the hash is checked outside; a
    second short transaction writes the trail entry and, on success, takes the count back. So parallel
    guesses cannot pass a limit between reading and writing it. `address`: the client's (web, API)."""
    valid = _valid_name(name)
    subject_name = name if valid else _bounded(name, MAX_NAME)  # a 900 KB name is not stored whole
    where = _bounded(address, MAX_ADDRESS) if address else None
    details: dict[str, object] = {"channel": channel}
    if where is not None:
        details["address"] = where
    if not valid:
        details["name_length"] = len(name)
    keys = _limit_keys(name if valid else None, where or f"({channel})", channel)
    with store.write() as session:
        refused = _reserve(session, keys)
        row = None if refused or not valid else session.scalars(select(UserRow).where(UserRow.name == name)).first()
        stored_hash, active = (row.password_hash, row.active) if row else (None, False)
        if refused:
            trail.append(session, None, "login.failed", f"user:{subject_name}",
                         {**details, "locked_out": True, "limit": refused})
    if refused:
        raise AuthError(_REFUSED_VI[refused].format(n={"pair": MAX_FAILED_LOGINS, "address": ADDRESS_MAX_FAILURES,
                                                       "name": NAME_MAX_FAILURES}[refused],
                                                    minutes=LOCKOUT.seconds // 60))
    # Outside any transaction: the argon2 check (also for unknown names, so both failures take as long).
    ok = valid and verify_password(stored_hash or _DUMMY_HASH, password) and stored_hash is not None and active
    new_hash = hasher.hash(password) if ok and stored_hash and hasher.check_needs_rehash(stored_hash) else None
    with store.write() as session:
        row = session.scalars(select(UserRow).where(UserRow.name == name)).first() if ok else None
        # ... and the account did not change meanwhile (locked, password reset)
        ok = row is not None and row.active and row.password_hash == stored_hash
        if ok:
            _release(session, keys)
        trail.append(session, name if ok else None, "login" if ok else "login.failed", f"user:{subject_name}", details)
        if row is not None and ok and new_hash is not None:
            row.password_hash = new_hash
            trail.append(session, name, "user.change", f"user:{name}",
                         {"password": "rehashed", "credential": credential(new_hash)})
    if row is None or not ok:
        raise AuthError("sai tên người dùng hoặc mật khẩu, hoặc tài khoản đã bị khóa")
    return _public(row)


_REFUSED_VI = {
    "pair": "đăng nhập sai {n} lần liên tiếp: tên người dùng này tạm bị khóa từ địa chỉ này, hãy thử lại sau "
            "{minutes} phút (hoặc nhờ quản trị viên mở khóa: compliance users unlock TÊN)",
    "address": "địa chỉ này đã đăng nhập sai {n} lần: tạm ngừng nhận đăng nhập từ địa chỉ này, hãy thử lại sau "
               "{minutes} phút",
    "name": "tên người dùng này bị đăng nhập sai {n} lần từ nhiều địa chỉ: tạm bị khóa trên web, hãy thử lại sau "
            "{minutes} phút (quản trị viên mở khóa được: compliance users unlock TÊN)",
}


def _limit_keys(name: str | None, address: str, channel: str) -> list[tuple[str, str, str, int]]:
    """(kind, name, address, limit) of each counter an attempt counts on. The CLI (local access) counts
    per (name, channel) only: a flood of the web never locks an admin out of the command line."""
    keys = []
    if name is not None:
        keys.append(("pair", name, address, MAX_FAILED_LOGINS))
    if channel != "cli":
        keys.append(("address", "", address, ADDRESS_MAX_FAILURES))
        if name is not None:
            keys.append(("name", name, "", NAME_MAX_FAILURES))
    return keys


def _reserve(session: Session, keys: list[tuple[str, str, str, int]]) -> str | None:
    """Count one failure on every counter, or none if one is at its limit (returns that counter's kind).
    Rows are locked (FOR UPDATE; SQLite writers are serialised already) until the transaction ends."""
    at = now()
    rows = []
    for kind, name, address, limit in keys:
        row = _limit_row(session, kind, name, address, at)
        if at - row.since >= LOCKOUT:  # a new window
            row.failures, row.since = 0, at
        if row.failures >= limit:
            return kind
        rows.append(row)
    for row in rows:
        row.failures += 1
    session.flush()
    if random.random() < 0.01:  # now and then, forget windows long past (the table stays small)
        session.execute(delete(LoginLimit).where(LoginLimit.since < at - 4 * LOCKOUT))
    return None


def _limit_row(session: Session, kind: str, name: str, address: str, at: dt.datetime) -> LoginLimit:
    key = {"kind": kind, "name": name, "address": address}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # Insert-if-missing that never fails on a racing twin; then lock the row until the transaction ends.
    session.execute(insert(LoginLimit).values(**key, failures=0, since=at).on_conflict_do_nothing())
    return session.scalars(select(LoginLimit).filter_by(**key).with_for_update()).one()


def _release(session: Session, keys: list[tuple[str, str, str, int]]) -> None:
    """A successful login: the name's failures in a row start again; the address's reserved one is taken back."""
    for kind, name, address, _limit in keys:
        where = (LoginLimit.kind == kind, LoginLimit.name == name, LoginLimit.address == address)
        if kind == "address":
            session.execute(update(LoginLimit).where(*where, LoginLimit.failures > 0)
                            .values(failures=LoginLimit.failures - 1))
        else:
            session.execute(update(LoginLimit).where(*where).values(failures=0))


def unlock_user(store: Store, name: str, actor: User) -> int:
    """Clear the failed-login counts of a user name (from every address); admins only. Returns how many
    counters were at their limit."""
    with store.write() as session:
        require(refresh(session, actor), "manage_users")
        _by_name(session, name)
        limits = {"pair": MAX_FAILED_LOGINS, "name": NAME_MAX_FAILURES}
        rows = session.scalars(select(LoginLimit).where(LoginLimit.name == name)).all()
        locked = sum(1 for r in rows if r.failures >= limits.get(r.kind, 0) and now() - r.since < LOCKOUT)
        session.execute(delete(LoginLimit).where(LoginLimit.name == name))
        trail.append(session, actor.name, "user.unlock", f"user:{name}", {"name": name, "locked": locked})
    return locked


def end_sessions(store: Store, name: str) -> None:
    """Log a user out everywhere: every session cookie issued so far stops working (web logout)."""
    with store.write() as session:
        session.execute(update(UserRow).where(UserRow.name == name)
                        .values(session_version=UserRow.session_version + 1))


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
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
