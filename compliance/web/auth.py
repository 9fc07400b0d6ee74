"""Sessions, CSRF tokens and role checks. Nothing is kept on the server but the database.

Session: the cookie `compliance_session` = "<user name, base64url>.<session version>.<expiry, unix
seconds>.<HMAC-SHA256>", signed with a key derived from the server secret. HttpOnly, SameSite=Lax,
Secure when served over https. Every request re-reads the user from the database, so a locked account
or a changed role counts at once, and the cookie's session version must still be the user's: logging
out, a password change or locking the account raises it (users.session_version), which ends every
session of that user at once, copied cookies included, on every worker and host.

CSRF: every POST form carries `csrf` = HMAC(secret, session cookie): a page of another site can
neither read nor compute it. The login form, sent before there is a session, uses a signed double
submit instead: a random nonce in the short-lived `compliance_login` cookie and HMAC(secret, nonce)
in the form. `POST /api/vet` takes JSON only (`Content-Type: application/json`, which no cross-site
form can send) and changes nothing stored.

The secret: COMPLIANCE_SECRET (at least 32 characters, the same on every host that serves one
database); without it, a random one is generated once into a file beside a SQLite database
(`<database>.secret`, mode 0600). A PostgreSQL server needs COMPLIANCE_SECRET.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import secrets
import time
from hashlib import sha256
from pathlib import Path

from fastapi import Request
from sqlalchemy.engine import make_url

from ..store import NotFound, Store, StoreError, User, get_user, require
from .config import ENV_SECRET, ConfigError, Settings

SESSION_COOKIE = "compliance_session"
LOGIN_COOKIE = "compliance_login"
LOGIN_COOKIE_SECONDS = 3600
MIN_SECRET = 32


class LoginRequired(Exception):
    """No valid session (none, expired, forged, or the user was locked)."""


class CsrfRejected(Exception):
    """A POST without the form's CSRF token, or with another session's."""


# ---- the secret and the keys derived from it ---------------------------------------------------


class Keys:
    """Separate keys for session signatures and CSRF tokens, derived from the one server secret."""

    def __init__(self, secret: bytes):
        self.session = hmac.new(secret, b"compliance/web/session", sha256).digest()
        self.csrf = hmac.new(secret, b"compliance/web/csrf", sha256).digest()


def server_secret(settings: Settings, store: Store) -> bytes:
    if settings.secret:
        if len(settings.secret) < MIN_SECRET:
            raise ConfigError(f"{ENV_SECRET} phải dài ít nhất {MIN_SECRET} ký tự (tạo một giá trị: "
                              "python -c 'import secrets; print(secrets.token_urlsafe(48))')")
        return settings.secret.encode()
    url = make_url(store.url)
    if store.dialect == "sqlite" and url.database and url.database != ":memory:":
        return _secret_file(Path(url.database + ".secret"))
    raise ConfigError(f"cơ sở dữ liệu {store.display_url} có thể được nhiều máy chủ dùng chung: hãy đặt biến môi trường "
                      f"{ENV_SECRET} (một chuỗi bí mật ít nhất {MIN_SECRET} ký tự, giống nhau trên mọi máy chủ) "
                      "rồi chạy lại compliance serve")


def _secret_file(path: Path) -> bytes:
    """Read the secret beside the database, or create it once (atomically: several workers may race)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48) + "\n")
        try:
            os.link(tmp, path)  # fails if another worker was first: then its secret is the one
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    value = path.read_text().strip()
    if len(value) < MIN_SECRET:
        raise ConfigError(f"tệp bí mật {path} hỏng (quá ngắn): xóa tệp để tạo lại, hoặc đặt {ENV_SECRET}")
    return value.encode()


# ---- signed values -----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, text: str) -> str:
    return _b64(hmac.new(key, text.encode(), sha256).digest())


def make_session(keys: Keys, user_name: str, lifetime: int, now: float | None = None, version: int = 0) -> str:
    payload = f"{_b64(user_name.encode())}.{int(version)}.{int((now or time.time()) + lifetime)}"
    return f"{payload}.{_sign(keys.session, payload)}"


def read_session(keys: Keys, value: str, now: float | None = None) -> tuple[str, int] | None:
    """The user name and session version in a session cookie, or None when it is forged, malformed or expired."""
    try:
        user, version, expiry, signature = value.split(".")
        if not hmac.compare_digest(signature, _sign(keys.session, f"{user}.{version}.{expiry}")):
            return None
        if int(expiry) <= (now or time.time()):
            return None
        return _unb64(user).decode(), int(version)
    except (ValueError, UnicodeError, binascii.Error, TypeError):  # TypeError: compare_digest of non-ASCII text
        return None


def csrf_token(keys: Keys, kind: str, value: str) -> str:
    """`kind` "s": bound to a session cookie; "l": bound to the login form's nonce."""
    return _sign(keys.csrf, f"{kind}|{value}")


def new_login_nonce() -> str:
    return secrets.token_urlsafe(24)


def client_address(request: Request) -> str | None:
    """The peer's address as the server sees it (behind a reverse proxy, start uvicorn with
    --proxy-headers so that this is the client's, not the proxy's)."""
    return request.client.host if request.client else None


def _same(sent: object, expected: str | None) -> bool:
    return isinstance(sent, str) and expected is not None and hmac.compare_digest(sent.encode(), expected.encode())


# ---- request dependencies ----------------------------------------------------------------------


def session_user(request: Request) -> User | None:
    """The logged-in user, read again from the database (cached on the request); sets request.state.csrf."""
    if hasattr(request.state, "user"):
        return request.state.user
    web = request.app.state.web
    cookie = request.cookies.get(SESSION_COOKIE)
    session = read_session(web.keys, cookie) if cookie else None
    user = None
    if session is not None:
        name, version = session
        try:
            user = get_user(web.store, name)
        except NotFound:
            user = None
        if user is not None and (not user.active or user.session_version != version):
            user = None  # locked, or the session was ended (logout, password change)
    request.state.user = user
    request.state.csrf = csrf_token(web.keys, "s", cookie) if user and cookie else None  # a user comes from the cookie
    return user


def optional_user(request: Request) -> User | None:
    """For error pages: the user if one can be found, never an error of its own."""
    try:
        return session_user(request)
    except StoreError:
        request.state.user, request.state.csrf = None, None
        return None


def need(permission: str):
    """Dependency: a logged-in user whose role allows `permission` (read, upload, resolve, manage_users)."""

    def dependency(request: Request) -> User:
        user = session_user(request)
        if user is None:
            raise LoginRequired()
        require(user, permission)  # PermissionDenied → 403 page
        return user

    return dependency


UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


async def check_csrf(request: Request) -> None:
    """App-wide dependency: every unsafe request to a page carries the right token in its form."""
    if request.method not in UNSAFE or request.url.path.startswith("/api/"):
        return
    web = request.app.state.web
    sent = (await request.form()).get("csrf")
    if request.url.path == "/login":
        nonce = request.cookies.get(LOGIN_COOKIE)
        if not (nonce and _same(sent, csrf_token(web.keys, "l", nonce))):
            raise CsrfRejected()
        return
    if session_user(request) is None:
        raise LoginRequired()
    if not _same(sent, request.state.csrf):
        raise CsrfRejected()
