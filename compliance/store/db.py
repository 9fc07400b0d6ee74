"""The Store: an engine and its sessions for one database URL; migrations run on open."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from .errors import StoreError, Unavailable
from .location import resolve_url

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock keys (arbitrary constants): schema migration, trail append.
LOCK_MIGRATE = 7_460_001
LOCK_TRAIL = 7_460_002


class Store:
    """Every function of the store API takes one of these. It holds no state beyond its engine,
    so many processes (web workers, CLI runs) may open the same database at once."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, echo: bool = False):
        self.url = resolve_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"chưa hỗ trợ loại cơ sở dữ liệu '{self.dialect}' (dùng sqlite hoặc postgresql+psycopg)")
        try:
            if self.dialect == "sqlite":
                self.engine = _sqlite_engine(parsed, echo)
            else:
                self.engine = create_engine(self.url, echo=echo, pool_pre_ping=True)
            if migrate:
                upgrade(self.engine)
        except Exception as exc:  # an unreachable server, a folder that cannot be made, a foreign file
            cause = str(getattr(exc, "orig", None) or exc).strip()  # the driver's words, not SQLAlchemy's wrapping
            raise Unavailable(f"không mở được cơ sở dữ liệu {self.display_url}: {cause}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.
        On SQLite it starts with BEGIN IMMEDIATE, so writers queue instead of failing half-way."""
        with self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _sqlite_engine(url, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below open transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 30000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


def lock(session: Session, key: int) -> None:
    """Serialise writers on PostgreSQL until the transaction ends (SQLite writers already are)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (creating it in a fresh database)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_MIGRATE})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
