"""Logging in and out; the session cookie (signed, user + expiry only, HttpOnly, SameSite); the secret."""

from __future__ import annotations

import base64
import os
import stat
import time
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from compliance.store import change_user, get_user, trail_entries
from compliance.web.auth import SESSION_COOKIE, Keys, make_session, read_session, server_secret
from compliance.web.config import ConfigError, Settings
from webtest import SECRET, login, make_app, token


def _cookie_header(response, name: str) -> str:
    headers = [h for h in response.headers.get_list("set-cookie") if h.startswith(f"{name}=")]
    assert headers, response.headers
    return headers[0]


def test_pages_need_a_login_and_come_back_after_it(client):
    response = client.get("/queue?unit=SLDTBXH")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Fqueue%3Funit%3DSLDTBXH"
    page = client.get(response.headers["location"])
    assert 'lang="vi"' in page.text and "Đăng nhập" in page.text
    login_cookie = _cookie_header(page, "compliance_login").lower()
    assert "httponly" in login_cookie and "samesite=strict" in login_cookie and "path=/login" in login_cookie
    response = login(client, "lan", next_="/queue?unit=SLDTBXH")
    assert response.status_code == 303 and response.headers["location"] == "/queue?unit=SLDTBXH"
    assert client.get("/queue?unit=SLDTBXH").status_code == 200


def test_the_session_cookie_holds_only_the_user_its_version_and_expiry(client, store):
    response = login(client, "lan")
    header = _cookie_header(response, SESSION_COOKIE)
    lowered = header.lower()
    assert "httponly" in lowered and "samesite=lax" in lowered and "path=/" in lowered and "max-age=28800" in lowered
    value = header.split(";")[0].split("=", 1)[1].strip('"')
    user, version, expiry, _signature = value.split(".")
    assert base64.urlsafe_b64decode(user + "==").decode() == "lan"
    assert int(version) == get_user(store, "lan").session_version
    assert abs(int(expiry) - (time.time() + 8 * 3600)) < 60
    entry = trail_entries(store, 1)[0]
    assert (entry.action, entry.actor, entry.details) == ("login", "lan", {"channel": "web", "address": "testclient"})


def test_a_wrong_password_is_refused_in_vietnamese_and_written_to_the_trail(client, store):
    response = login(client, "lan", "sai-mat-khau")
    assert response.status_code == 401
    assert "Sai tên người dùng hoặc mật khẩu" in response.text
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")
    assert trail_entries(store, 1)[0].action == "login.failed"
    assert client.get("/").status_code == 303


def test_repeated_wrong_passwords_lock_the_name_for_a_while(client):
    from compliance.store.users import MAX_FAILED_LOGINS

    for _ in range(MAX_FAILED_LOGINS):
        assert login(client, "lan", "sai-mat-khau").status_code == 401
    response = login(client, "lan")  # the right password, too late
    assert response.status_code == 401 and "tạm bị khóa" in response.text
    assert client.get("/").status_code == 303


def test_forged_expired_and_foreign_cookies_are_refused(client, app):
    keys = app.state.web.keys
    good = make_session(keys, "lan", 3600)
    user, version, expiry, signature = good.split(".")
    admin = base64.urlsafe_b64encode(b"quantri").rstrip(b"=").decode()
    bad = [f"{admin}.{version}.{expiry}.{signature}",  # another user under lan's signature
           f"{user}.{version}.{int(expiry) + 10**6}.{signature}",  # a later expiry
           f"{user}.{int(version) + 1}.{expiry}.{signature}",  # another session version
           make_session(keys, "lan", 3600, now=time.time() - 7200),  # expired
           make_session(Keys(b"another-secret-" * 4), "lan", 3600),  # signed by another server
           "rac.1.x", "a.b", ""]
    for value in bad:
        client.cookies.set(SESSION_COOKIE, value)
        assert client.get("/").status_code == 303, value
    client.cookies.set(SESSION_COOKIE, good)
    assert client.get("/").status_code == 200


def test_a_locked_account_loses_its_session_at_once(client, store):
    login(client, "lan")
    assert client.get("/").status_code == 200
    change_user(store, "lan", get_user(store, "quantri"), active=False)
    assert client.get("/").status_code == 303
    assert login(client, "lan").status_code == 401


def test_a_role_change_counts_at_once(client, store):
    login(client, "lan")
    change_user(store, "lan", get_user(store, "quantri"), role="finance")
    assert client.get("/upload").status_code == 200
    response = client.post("/dispositions", data={"csrf": token(client), "claim_id": "x", "batch_id": "1",
                                                  "action": "confirm", "reason": "in_policy", "note": "n"})
    assert response.status_code == 403


def test_logout_deletes_the_cookie(client):
    login(client, "lan")
    response = client.post("/logout", data={"csrf": token(client)})
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert 'compliance_session=""' in response.headers["set-cookie"] or "Max-Age=0" in response.headers["set-cookie"]
    assert client.get("/").status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example", "evil"])
def test_login_never_redirects_to_another_site(client, target):
    response = login(client, "lan", next_=target)
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_two_apps_on_one_database_share_sessions(app, db_url, client):
    """Nothing is held in a process: a second worker (or host) with the same secret accepts the session."""
    login(client, "lan")
    other = make_app(db_url)
    try:
        with TestClient(other, follow_redirects=False) as second:
            second.cookies.set(SESSION_COOKIE, client.cookies.get(SESSION_COOKIE))
            assert second.get("/").status_code == 200
            # ... and a form of the first worker posts to the second.
            response = second.post("/logout", data={"csrf": token(client)})
            assert response.status_code == 303
    finally:
        other.state.web.store.close()


def test_the_secret_is_generated_once_beside_a_sqlite_file(tmp_path):
    store = SimpleNamespace(url=f"sqlite:///{tmp_path / 'a.db'}", dialect="sqlite", display_url="a.db")
    first = server_secret(Settings(), store)
    path = tmp_path / "a.db.secret"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and len(first) >= 32
    assert server_secret(Settings(), store) == first
    assert read_session(Keys(first), make_session(Keys(first), "lan", 60)) == ("lan", 0)


def test_postgresql_needs_compliance_secret():
    store = SimpleNamespace(url="postgresql+psycopg://u@h/db", dialect="postgresql", display_url="postgresql://u@h/db")
    with pytest.raises(ConfigError, match="COMPLIANCE_SECRET"):
        server_secret(Settings(), store)
    with pytest.raises(ConfigError, match="ít nhất 32"):
        server_secret(Settings(secret="ngắn"), store)
    assert server_secret(Settings(secret=SECRET), store) == SECRET.encode()
