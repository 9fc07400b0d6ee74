"""What used to be a 500 is a 400 with a Vietnamese message, and nothing is saved: money past 64 bits,
an xlsx bomb, long upload names, hostile JSON on /api/vet, a non-ASCII cookie, "²" and 10^20 as ids,
NUL anywhere in a request, a login name no user can have."""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import time
import uuid
import zipfile

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from compliance.store import Store, add_user, list_batches, trail_entries
from webtest import PASSWORD, SAMPLE_JSON, SAMPLE_XLSX, login, make_app, token, upload

HUGE = "99999999999999999999"  # 10^20: over the database's 64-bit integers
JSON_HEADERS = {"content-type": "application/json"}


def claims() -> list[dict]:
    data = json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))
    return copy.deepcopy(data["claims"] if isinstance(data, dict) else data)


def test_money_past_64_bits_is_refused_and_nothing_saved(auditor, store):
    claim = claims()[0]
    line = claim["line_items"][0]
    claim["line_items"] = [dict(line, line_id=f"L{i}", quantity=1, unit_price=10**15, amount=10**15)
                           for i in range(10_000)]
    response = upload(auditor, name="tong.json", content=json.dumps([claim]).encode())
    assert response.status_code == 400
    assert "vượt giới hạn" in response.text and "tong.json" in response.text
    assert list_batches(store) == []


def test_an_xlsx_bomb_upload_is_refused_quickly(auditor, store):
    out = io.BytesIO()
    with zipfile.ZipFile(SAMPLE_XLSX) as sample, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in sample.infolist():
            if not info.filename.endswith("sharedStrings.xml"):
                bomb.writestr(info, sample.read(info))
        bomb.writestr("xl/sharedStrings.xml", b"<sst>" + b"<si><t>a</t></si>" * 3_000_000 + b"</sst>")
    started = time.perf_counter()
    response = upload(auditor, name="bom.xlsx", content=out.getvalue())
    assert time.perf_counter() - started < 5
    assert response.status_code == 400 and "tệp Excel bị từ chối" in response.text
    assert list_batches(store) == []


def test_an_upload_name_longer_than_a_file_name_may_be(auditor, store):
    name = "báo-cáo-" + "ữ" * 120 + ".json"  # 370 bytes in UTF-8
    response = upload(auditor, SAMPLE_JSON, name=name)
    assert response.status_code == 303
    assert len(list_batches(store)) == 1


@pytest.mark.parametrize("body, words", [
    (b"[" * 100_000 + b"]" * 100_000, "lồng nhau quá sâu"),
    (b'{"claim_id": ' + b"1" * 5001 + b"}", "số quá dài"),
    (b'{"claim_id": 1e400}', "không phải là một số"),
], ids=["nested", "5001-digits", "1e400"])
def test_api_hostile_json_is_a_400(client, body, words):
    login(client, "lan")
    response = client.post("/api/vet", content=body, headers=JSON_HEADERS)
    assert response.status_code == 400
    assert words in response.json()["problems"][0]["message"]


def test_api_duplicate_keys_are_an_error_naming_the_key(client):
    login(client, "lan")
    text = json.dumps(claims()[0], ensure_ascii=False)
    response = client.post("/api/vet", content=(text[:-1] + ', "subproject": "TDA2"}').encode(), headers=JSON_HEADERS)
    assert response.status_code == 400
    problem = response.json()["problems"][0]
    assert "khóa 'subproject' xuất hiện hai lần" in problem["message"] and problem["text"].startswith("tệp yêu cầu")


def test_api_nul_and_basic_auth_names_no_user_has(client, store):
    claim = claims()[0]
    claim["unit"]["code"] = "A\x00"
    login(client, "lan")
    response = client.post("/api/vet", content=json.dumps(claim).encode(), headers=JSON_HEADERS)
    assert response.status_code == 400 and response.json()["problems"][0]["field"].startswith("unit.code")
    client.cookies.clear()
    for name in ("n" * 1000, "lan\x00"):
        basic = base64.b64encode(f"{name}:x".encode()).decode()
        response = client.post("/api/vet", content=b"{}", headers={**JSON_HEADERS, "authorization": f"Basic {basic}"})
        assert response.status_code == 401
    assert all(len(e.subject) <= 200 for e in trail_entries(store, 10))


def test_a_non_ascii_session_cookie_means_logged_out(client):
    response = client.get("/", headers={"cookie": "compliance_session=bGFu.9999999999.\u00e9".encode("latin-1")})
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


@pytest.mark.parametrize("path", [
    "/queue?batch=²", f"/queue?batch={HUGE}", "/queue?batch=abc", "/claims/X?batch=²", f"/claims/X?batch={HUGE}",
    "/claims/X?saved=²", f"/batches/{HUGE}", "/batches/0", "/queue?unit=a%00b", "/claims/a%00b", "/trail?check=%00",
])
def test_bad_numbers_and_nul_in_a_url_are_a_400(auditor, path):
    response = auditor.get(path)
    assert response.status_code == 400, response.text
    assert "Yêu cầu không hợp lệ" in response.text


def test_a_year_that_is_not_a_year_is_a_400(auditor):
    for year in ("²", HUGE):
        assert auditor.get(f"/budget?year={year}").status_code == 400


def test_bad_numbers_and_nul_in_a_form_are_a_400(auditor, saved_batch, store):
    csrf = token(auditor)
    assert auditor.post(f"/batches/{HUGE}/export", data={"csrf": csrf, "fmt": "xlsx"}).status_code == 400
    form = {"csrf": csrf, "claim_id": "X", "line_id": "", "batch_id": HUGE, "action": "confirm", "reason": "r"}
    assert auditor.post("/dispositions", data=form).status_code == 400
    response = auditor.post("/dispositions", data={**form, "batch_id": str(saved_batch), "note": "ghi\x00chú"})
    assert response.status_code == 400 and "NUL" in response.text
    assert [e.action for e in trail_entries(store, 2)][-1] == "batch.save"  # nothing was recorded


def test_a_login_name_no_user_can_have(client, store):
    response = login(client, "n" * 1000)
    assert response.status_code == 401 and "sai tên người dùng" in response.text.lower()
    assert all("n" * 100 not in e.subject for e in trail_entries(store, 10))
    assert login(client, "lan\x00").status_code == 400
    assert login(client, "lan").status_code == 303


PG_URL = os.environ.get("COMPLIANCE_TEST_PG_URL")


@pytest.fixture
def pg_client():
    """The app on its own PostgreSQL schema (PostgreSQL refuses NUL and over-long text where SQLite stores it)."""
    schema = f"i_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    with Store(url) as store:
        add_user(store, "lan", "auditor", PASSWORD, add_user(store, "quantri", "admin", PASSWORD, None))
    application = make_app(url)
    try:
        with TestClient(application, follow_redirects=False) as client:
            yield client, application.state.web.store
    finally:
        application.state.web.store.close()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.mark.skipif(not PG_URL, reason="COMPLIANCE_TEST_PG_URL is not set (bash .ci/postgres.sh prints one)")
def test_nul_and_long_names_never_reach_postgresql(pg_client):
    client, store = pg_client
    assert login(client, "n" * 1000).status_code == 401
    assert login(client, "lan\x00").status_code == 400
    assert login(client, "lan").status_code == 303
    batch = claims()[:2]
    batch[1]["claim_id"] = "HS\x00-1"
    response = upload(client, name="nul.json", content=json.dumps(batch).encode())
    assert response.status_code == 400 and "NUL" in response.text
    assert list_batches(store) == []
    for path in ("/queue?unit=a%00b", "/claims/a%00b", f"/queue?batch={HUGE}", f"/batches/{HUGE}"):
        assert client.get(path).status_code == 400, path
    assert upload(client, SAMPLE_JSON, name="ữ" * 150 + ".json").status_code == 303
