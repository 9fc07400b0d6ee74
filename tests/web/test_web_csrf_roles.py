"""CSRF on every form, and the roles enforced by the server (not only hidden buttons)."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from compliance.store import QueueFilter, list_batches, list_users, queue, trail_entries
from compliance.web.routes import admin, batches, review, session
from webtest import PASSWORD, SAMPLE_XLSX, login, token, upload


def _post_routes(app) -> list[str]:
    """Every POST route of the pages (the routers the app includes; /api/ takes JSON, not forms)."""
    routers = (session.router, batches.router, review.router, admin.router)
    return sorted({r.path for router in routers for r in router.routes
                   if isinstance(r, APIRoute) and "POST" in r.methods})


def test_every_form_post_without_a_token_is_refused(app, auditor):
    paths = _post_routes(app)
    assert {"/login", "/logout", "/upload", "/dispositions", "/users", "/users/change",
            "/batches/{batch_id}/export"} <= set(paths)
    for path in paths:
        response = auditor.post(path.replace("{batch_id}", "1"), data={"name": "lan", "password": PASSWORD})
        assert response.status_code == 403, path
        assert "CSRF" in response.text and "không có gì được ghi" in response.text, path


def test_an_upload_without_the_token_saves_nothing(auditor, store):
    response = auditor.post("/upload", files={"file": ("claims.xlsx", SAMPLE_XLSX.read_bytes())})
    assert response.status_code == 403
    assert list_batches(store) == []


def test_a_token_of_another_session_is_refused(app, db_url, auditor, store):
    with TestClient(app, follow_redirects=False) as other:
        login(other, "quantri")
        foreign = token(other, "/users")
    response = auditor.post("/upload", data={"csrf": foreign},
                            files={"file": ("claims.xlsx", SAMPLE_XLSX.read_bytes())})
    assert response.status_code == 403
    assert list_batches(store) == []


def test_a_login_form_needs_its_own_cookie(client, store):
    page = client.get("/login")
    nonce_token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    client.cookies.clear()
    response = client.post("/login", data={"name": "lan", "password": PASSWORD, "csrf": nonce_token})
    assert response.status_code == 403
    assert all(e.action != "login" for e in trail_entries(store, 10))


def test_a_post_after_the_session_ended_goes_to_the_login(client):
    response = client.post("/upload", data={"csrf": "x"})
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_finance_reads_and_uploads_but_cannot_settle(client, store, saved_batch_by_finance):
    row = queue(store)[0]
    page = client.get(f"/claims/{row.claim_id}")
    assert page.status_code == 200
    assert 'action="/dispositions"' not in page.text
    assert "Chỉ thanh tra, kiểm toán" in page.text
    response = client.post("/dispositions", data={
        "csrf": token(client), "claim_id": row.claim_id, "line_id": row.line_id or "", "batch_id": row.batch_id,
        "action": "overturn", "reason": "in_policy", "note": "thử"})
    assert response.status_code == 403
    assert "không có quyền xử lý cờ" in response.text
    assert queue(store)[0].last is None
    assert client.get("/users").status_code == 403


@pytest.fixture
def saved_batch_by_finance(client):
    assert login(client, "minh").status_code == 303
    response = upload(client)
    assert response.status_code == 303
    return response


def test_an_auditor_settles_a_flag_and_the_history_shows_it(auditor, store, saved_batch):
    row = queue(store)[0]
    page = auditor.get(f"/claims/{row.claim_id}?batch={row.batch_id}")
    assert 'action="/dispositions"' in page.text
    response = auditor.post("/dispositions", data={
        "csrf": token(auditor), "claim_id": row.claim_id, "line_id": row.line_id or "", "batch_id": row.batch_id,
        "action": "overturn", "reason": "management_exception", "note": "UBND tỉnh phê duyệt mức chi riêng"})
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/claims/{row.claim_id}?batch={row.batch_id}&saved=")
    page = auditor.get(response.headers["location"])
    assert "Đã ghi quyết định xử lý" in page.text and "UBND tỉnh phê duyệt mức chi riêng" in page.text
    settled = queue(store, QueueFilter(status="resolved"))
    assert [(r.claim_id, r.line_id, r.last.actor, r.last.action) for r in settled] == \
        [(row.claim_id, row.line_id, "lan", "overturn")]
    entry = trail_entries(store, 1)[0]
    assert entry.action == "disposition" and entry.actor == "lan"


def test_a_disposition_without_a_note_is_refused_beside_its_form(auditor, store, saved_batch):
    row = queue(store)[0]
    response = auditor.post("/dispositions", data={
        "csrf": token(auditor), "claim_id": row.claim_id, "line_id": row.line_id or "", "batch_id": row.batch_id,
        "action": "confirm", "reason": "confirmed_violation", "note": "   "})
    assert response.status_code == 400
    assert "cần ghi chú" in response.text
    assert queue(store)[0].last is None


def test_only_admins_manage_users(client, store):
    login(client, "lan")
    assert client.get("/users").status_code == 403
    response = client.post("/users", data={"csrf": token(client), "name": "hoa", "role": "admin", "password": PASSWORD})
    assert response.status_code == 403
    assert "hoa" not in [u.name for u in list_users(store)]


def test_an_admin_adds_and_changes_users(client, store):
    login(client, "quantri")
    response = client.post("/users", data={"csrf": token(client, "/users"), "name": "hoa", "role": "auditor",
                                           "password": PASSWORD})
    assert response.status_code == 303
    assert "Đã thêm người dùng hoa" in client.get(response.headers["location"]).text
    response = client.post("/users/change", data={"csrf": token(client, "/users"), "name": "hoa", "role": "finance",
                                                  "active": "no"})
    assert response.status_code == 303
    hoa = next(u for u in list_users(store) if u.name == "hoa")
    assert (hoa.role, hoa.active) == ("finance", False)
    actions = [(e.action, e.actor, e.subject) for e in trail_entries(store, 2)]
    assert actions == [("user.add", "quantri", "user:hoa"), ("user.change", "quantri", "user:hoa")]
    # The store's own rules come back as Vietnamese messages on the page.
    response = client.post("/users", data={"csrf": token(client, "/users"), "name": "ngan", "role": "auditor",
                                           "password": "ngắn"})
    assert response.status_code == 400 and "mật khẩu phải có ít nhất 8 ký tự" in response.text


