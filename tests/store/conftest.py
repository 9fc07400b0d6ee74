"""Store tests run against SQLite, and against PostgreSQL when COMPLIANCE_TEST_PG_URL is set
(e.g. `COMPLIANCE_TEST_PG_URL=$(bash .ci/postgres.sh) pytest tests/store`). Each PostgreSQL test
gets a schema of its own, dropped afterwards. With COMPLIANCE_TEST_PG_OWNER_URL too
(`bash .ci/postgres.sh owner`), that schema and its tables belong to the owner role, which migrates
and grants the app role (COMPLIANCE_TEST_PG_URL's) only what the app needs: the tests then run as
the app runs in production, and `owner_url` is what someone holding the database could do."""

from __future__ import annotations

import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from compliance.readers import read_all
from compliance.rulebook import load
from compliance.store import InputFile, Store, add_user
from compliance.vetting.vetter import Vetter
from storetest import PASSWORD, PG_OWNER_URL, PG_URL, ROOT, SAMPLE, in_schema


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="COMPLIANCE_TEST_PG_URL is not set (bash .ci/postgres.sh prints one)"))]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path, migrated_sqlite):
    if request.param == "sqlite":
        shutil.copyfile(migrated_sqlite, tmp_path / "store.db")
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_OWNER_URL or PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    if PG_OWNER_URL:  # the owner migrates and grants; the app role only reads and adds (and changes users)
        Store(in_schema(PG_OWNER_URL, schema), app_role=make_url(PG_URL).username).close()
    yield in_schema(PG_URL, schema)
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def owner_url(db_url):
    """The same database as the owner of its tables (the one who could disable triggers); SQLite: the file."""
    if PG_OWNER_URL and db_url.startswith(PG_URL):
        return PG_OWNER_URL + db_url[len(PG_URL):]
    return db_url


@pytest.fixture(autouse=True)
def trail_key(tmp_path, monkeypatch):
    """The trail's key and checkpoints in the test's own folder (never the user's data folder)."""
    monkeypatch.setenv("COMPLIANCE_TRAIL_KEY", str(tmp_path / "anchor" / "trail.key"))
    monkeypatch.delenv("COMPLIANCE_TRAIL_CHECKPOINTS", raising=False)
    return tmp_path / "anchor" / "trail.key"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Argon2 all the same, with small costs: the default (64 MiB, 3 passes) costs ~0.3 s a user."""
    from argon2 import PasswordHasher

    from compliance.store import users

    monkeypatch.setattr(users, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def people(store):
    """An admin, an auditor and a finance officer."""
    admin = add_user(store, "quantri", "admin", PASSWORD, None)
    return {"admin": admin, "auditor": add_user(store, "lan", "auditor", PASSWORD, admin),
            "finance": add_user(store, "minh", "finance", PASSWORD, admin)}


@pytest.fixture(scope="session")
def book():
    return load(None)


@pytest.fixture(scope="session")
def sample(book):
    """The sample batch: (claims, decision document, input files)."""
    claims = read_all([SAMPLE])
    return claims, Vetter(book, "reference").document(claims), [InputFile.of(SAMPLE)]


@pytest.fixture(scope="session")
def other_book(tmp_path_factory):
    """The same rules under another version: a changed rulebook (different digest)."""
    rules = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(ROOT / "rules", rules)
    index = rules / "rulebook.yaml"
    text_ = index.read_text(encoding="utf-8")
    index.write_text(text_.replace("version: \"", "version: \"thu-nghiem-", 1), encoding="utf-8")
    changed = load(rules)
    assert changed.digest != load(None).digest
    return changed
