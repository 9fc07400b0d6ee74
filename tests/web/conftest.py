"""Web tests: the app in-process (TestClient) on a temporary SQLite database with three users:
quantri (admin), lan (auditor), minh (finance)."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from compliance.store import Store, add_user
from webtest import PASSWORD, batch_id_of, login, make_app, upload


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Argon2 all the same, with small costs (the default costs ~0.3 s a hash)."""
    from argon2 import PasswordHasher

    from compliance.store import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def trail_key(tmp_path, monkeypatch):
    """The trail's key and checkpoints in the test's own folder (never the user's data folder)."""
    monkeypatch.setenv("COMPLIANCE_TRAIL_KEY", str(tmp_path / "anchor" / "trail.key"))
    monkeypatch.delenv("COMPLIANCE_TRAIL_CHECKPOINTS", raising=False)
    return tmp_path / "anchor" / "trail.key"


@pytest.fixture
def db_url(tmp_path, migrated_sqlite) -> str:
    shutil.copyfile(migrated_sqlite, tmp_path / "web.db")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with Store(url) as store:
        admin = add_user(store, "quantri", "admin", PASSWORD, None)
        add_user(store, "lan", "auditor", PASSWORD, admin)
        add_user(store, "minh", "finance", PASSWORD, admin)
    return url


@pytest.fixture
def app(db_url):
    application = make_app(db_url)
    yield application
    application.state.web.store.close()


@pytest.fixture
def client(app):
    with TestClient(app, follow_redirects=False) as c:
        yield c


@pytest.fixture
def store(app) -> Store:
    return app.state.web.store


@pytest.fixture
def auditor(client):
    assert login(client, "lan").status_code == 303
    return client


@pytest.fixture
def saved_batch(auditor) -> int:
    return batch_id_of(upload(auditor))
