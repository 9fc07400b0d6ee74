"""Two app instances ("workers" or "hosts") on one PostgreSQL database with one COMPLIANCE_SECRET: a session
and its CSRF token made by one are good on the other, and what one saves the other shows.
Runs when COMPLIANCE_TEST_PG_URL is set (`bash .ci/postgres.sh` prints one)."""

from __future__ import annotations

import io
import os
import re
import uuid

import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text

from compliance.store import Store, add_user, queue, trail_entries, verify
from webtest import PASSWORD, batch_id_of, login, make_app, token, upload

PG_URL = os.environ.get("COMPLIANCE_TEST_PG_URL")
PG_OWNER_URL = os.environ.get("COMPLIANCE_TEST_PG_OWNER_URL")  # owns the tables; the app role owns none
pytestmark = pytest.mark.skipif(not PG_URL,
                                reason="COMPLIANCE_TEST_PG_URL is not set (bash .ci/postgres.sh prints one)")


@pytest.fixture
def pg_url():
    schema = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_OWNER_URL or PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    if PG_OWNER_URL:  # migrated by the owner; the app runs as a role that may only read and add rows
        Store(f"{PG_OWNER_URL}{sep}options=-csearch_path%3D{schema}", app_role=make_url(PG_URL).username).close()
    with Store(url) as store:
        add_user(store, "lan", "auditor", PASSWORD, add_user(store, "quantri", "admin", PASSWORD, None))
    yield url
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


def test_two_workers_share_one_postgresql_database(pg_url):
    first, second = make_app(pg_url), make_app(pg_url)
    try:
        with TestClient(first, follow_redirects=False) as one, TestClient(second, follow_redirects=False) as two:
            assert login(one, "lan").status_code == 303
            two.cookies.set("compliance_session", one.cookies.get("compliance_session"))
            batch_id = batch_id_of(upload(two))  # logged in on one, saved through the other
            row = queue(first.state.web.store)[0]
            assert one.get(f"/claims/{row.claim_id}").status_code == 200
            response = two.post("/dispositions", data={
                "csrf": token(one), "claim_id": row.claim_id, "line_id": row.line_id or "", "batch_id": row.batch_id,
                "action": "confirm", "reason": "confirmed_violation", "note": "Vượt định mức, thu hồi"})
            assert response.status_code == 303
            assert re.search(r"saved=\d+", response.headers["location"])
            export = one.post(f"/batches/{batch_id}/export", data={"csrf": token(two), "fmt": "xlsx"})
            assert openpyxl.load_workbook(io.BytesIO(export.content)).sheetnames[0] == "Tổng hợp"
            store = second.state.web.store
            assert [e.action for e in trail_entries(store, 4)] == ["login", "batch.save", "disposition", "export"]
            assert verify(store).ok
    finally:
        first.state.web.store.close()
        second.state.web.store.close()


def test_postgresql_without_a_secret_refuses_to_start(pg_url):
    from compliance.web.config import ConfigError

    with pytest.raises(ConfigError, match="COMPLIANCE_SECRET"):
        make_app(pg_url, secret=None)


def test_logout_on_one_worker_ends_the_session_on_the_other(pg_url):
    first, second = make_app(pg_url), make_app(pg_url)
    try:
        with TestClient(first, follow_redirects=False) as one, TestClient(second, follow_redirects=False) as two:
            assert login(one, "lan").status_code == 303
            two.cookies.set("compliance_session", one.cookies.get("compliance_session"))
            assert two.get("/").status_code == 200
            assert one.post("/logout", data={"csrf": token(one)}).status_code == 303
            assert two.get("/").status_code == 303  # ended on the server, not only in the first browser
    finally:
        first.state.web.store.close()
        second.state.web.store.close()
