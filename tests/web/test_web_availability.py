"""The web under pressure: sessions ended on the server, login limits per address, bounded login fields,
contention as a 503 page in Vietnamese, and a checkpoint receipt on every upload."""

from __future__ import annotations

import json
import sqlite3

from fastapi.testclient import TestClient
from sqlalchemy import make_url

from compliance.store import change_user, get_user, trail_entries, verify
from compliance.store.anchor import Anchor
from compliance.web.auth import SESSION_COOKIE
from webtest import PASSWORD, batch_id_of, login, token, upload


def test_logout_ends_the_session_on_the_server(app, client):
    login(client, "lan")
    copied = client.cookies.get(SESSION_COOKIE)
    assert client.post("/logout", data={"csrf": token(client)}).status_code == 303
    with TestClient(app, follow_redirects=False) as thief:
        thief.cookies.set(SESSION_COOKIE, copied)
        assert thief.get("/").status_code == 303  # the copy no longer works
    assert login(client, "lan").status_code == 303 and client.get("/").status_code == 200  # a new login does


def test_a_password_change_ends_every_session_of_that_user(app, client, store):
    login(client, "lan")
    with TestClient(app, follow_redirects=False) as other:
        login(other, "minh")
        change_user(store, "lan", get_user(store, "quantri"), password="mat-khau-moi-123")
        assert client.get("/").status_code == 303  # lan's session ended
        assert other.get("/").status_code == 200  # minh's did not


def test_a_flooding_address_does_not_lock_the_admin_out_from_another(app, client):
    from compliance.store.users import MAX_FAILED_LOGINS

    with TestClient(app, follow_redirects=False, client=("203.0.113.66", 4000)) as attacker:
        for _ in range(MAX_FAILED_LOGINS + 3):
            assert login(attacker, "quantri", "doan-bua").status_code == 401
        refused = login(attacker, "quantri")
        assert refused.status_code == 401 and "tạm bị khóa từ địa chỉ này" in refused.text
    assert login(client, "quantri").status_code == 303  # the admin, from its own address


def test_a_huge_user_name_is_refused_and_stored_bounded(client, store):
    response = login(client, "n" * 900_000, "sai")
    assert response.status_code == 401 and "Sai tên người dùng" in response.text
    assert len(response.text) < 100_000  # the page does not echo it whole either
    entry = trail_entries(store, 1)[0]
    assert entry.action == "login.failed" and len(entry.subject) <= 70
    assert entry.details == {"channel": "web", "address": "testclient", "name_length": 900_000}


def test_basic_auth_counts_on_the_same_limits(client):
    from compliance.store.users import MAX_FAILED_LOGINS

    headers = {"Content-Type": "application/json"}
    for _ in range(MAX_FAILED_LOGINS):
        assert client.post("/api/vet", content=b"[]", headers=headers, auth=("minh", "sai")).status_code == 401
    assert client.post("/api/vet", content=b"[]", headers=headers, auth=("minh", PASSWORD)).status_code == 401


def test_contention_is_a_503_page_in_vietnamese(app, client, db_url, monkeypatch):
    from compliance.store import db

    monkeypatch.setattr(db, "BUSY_SECONDS", 1)
    app.state.web.store.engine.dispose()  # new connections wait one second, not thirty
    holder = sqlite3.connect(make_url(db_url).database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        response = login(client, "lan")
        assert response.status_code == 503 and response.headers["retry-after"] == "30"
        assert "Cơ sở dữ liệu đang bận" in response.text and "thử lại" in response.text
        api = client.post("/api/vet", content=b"[]", headers={"Content-Type": "application/json"},
                          auth=("minh", PASSWORD))
        assert api.status_code == 503 and "đang bận" in api.json()["error"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert login(client, "lan").status_code == 303


def test_an_upload_signs_a_checkpoint(auditor, store, db_url):
    batch_id_of(upload(auditor))
    receipts = Anchor(db_url).receipts()
    assert receipts and receipts[-1].kind == "save"
    assert receipts[-1].entry_id == trail_entries(store, 1)[0].id
    result = verify(store, Anchor(db_url))
    assert result.ok and result.anchored == receipts[-1]
    assert json.loads(receipts[-1].line())["mac"] == receipts[-1].mac


def test_an_admin_unlocks_a_name_on_the_users_page(app, client, store):
    from compliance.store.users import MAX_FAILED_LOGINS

    with TestClient(app, follow_redirects=False) as other:
        for _ in range(MAX_FAILED_LOGINS):
            login(other, "minh", "sai")
        assert "tạm bị khóa" in login(other, "minh").text
        login(client, "quantri")
        done = client.post("/users/unlock", data={"csrf": token(client, "/users"), "name": "minh"})
        assert done.status_code == 303 and "done=unlocked" in done.headers["location"]
        assert "Đã mở khóa đăng nhập của minh" in client.get(done.headers["location"]).text
        assert login(other, "minh").status_code == 303
    assert trail_entries(store, 2)[0].action == "user.unlock"
    with TestClient(app, follow_redirects=False) as auditor:
        login(auditor, "lan")
        assert auditor.post("/users/unlock", data={"csrf": token(auditor), "name": "minh"}).status_code == 403
