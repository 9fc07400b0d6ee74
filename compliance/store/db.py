"""The Store: an engine and its sessions for one database URL; migrations run on open."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import BUSY_VI, Busy, StoreError, Unavailable
from .location import resolve_url

MIGRATIONS = Path(__file__).with_name("migrations")
# pg_advisory_xact_lock keys (arbitrary constants): schema migration, trail append.
LOCK_MIGRATE = 7_460_001
LOCK_TRAIL = 7_460_002
BUSY_SECONDS = 30  # how long a SQLite writer waits for another before giving up (Busy)
ENV_APP_ROLE = "COMPLIANCE_APP_ROLE"
# PostgreSQL: the app role may read and add rows everywhere, but change or remove rows only here.
# It owns no table, so it cannot disable the append-only triggers (only an owner can).
MUTABLE_TABLES = ("users", "login_limits")


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" / "database is busy": another writer kept the lock past the wait."""
    return isinstance(exc, OperationalError) and any(
        word in str(exc.orig) for word in ("database is locked", "database is busy", "database table is locked"))


def busy_error() -> Busy:
    return Busy(BUSY_VI.format(seconds=BUSY_SECONDS))


class Store:
    """Every function of the store API takes one of these. It holds no state beyond its engine,
    so many processes (web workers, CLI runs) may open the same database at once."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, echo: bool = False,
                 app_role: str | None = None):
        """`app_role` (PostgreSQL, or COMPLIANCE_APP_ROLE): after migrating as the tables' owner, grant
        that role what the app needs and no more (see MUTABLE_TABLES)."""
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
                upgrade(self.engine, app_role or os.environ.get(ENV_APP_ROLE) or None)
        except Exception as exc:  # an unreachable server, a folder that cannot be made, a foreign file
            if is_busy(exc):
                raise busy_error() from exc
            cause = str(getattr(exc, "orig", None) or exc).strip()  # the driver's words, not SQLAlchemy's wrapping
            if any(w in cause for w in ("permission denied", "must be owner", "no schema has been selected")):
                cause += (" — vai trò của ứng dụng không được sửa cấu trúc bảng: người quản trị cơ sở dữ liệu chạy "
                          "`compliance migrate --db URL_CỦA_VAI_TRÒ_CHỦ --app-role VAI_TRÒ_ỨNG_DỤNG` trước")
            raise Unavailable(f"không mở được cơ sở dữ liệu {self.display_url}: {cause}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with _transaction(self._sessions) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.
        On SQLite it starts with BEGIN IMMEDIATE, so writers queue (up to BUSY_SECONDS) instead of failing
        half-way; past the wait it raises Busy, a Vietnamese message, with nothing written."""
        with _transaction(self._writer) as session:
            yield session

    def owns_tables(self) -> bool:
        """PostgreSQL: the connected role owns the trail table, so it could disable its triggers."""
        if self.dialect != "postgresql":
            return False
        with self.engine.connect() as conn:
            return bool(conn.execute(text("SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
                                          "WHERE oid = to_regclass('trail')")).scalar())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _sqlite_engine(url, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    # timeout: the driver's own wait (the PRAGMA below sets the same), for the very first statement too.
    engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below open transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
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


def upgrade(engine: Engine, app_role: str | None = None) -> None:
    """Bring the schema to the newest migration (creating it in a fresh database); on PostgreSQL, then
    grant `app_role` its privileges (idempotent)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision() == head
    if not current:
        # SQLite: BEGIN IMMEDIATE, so processes opening a new file at once migrate one after the other.
        with engine.execution_options(write=True).begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_MIGRATE})
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    if app_role and engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            grant_app_role(conn, app_role)


def grant_app_role(conn: Connection, role: str) -> None:
    """The app role reads and adds rows; it changes or removes rows only in MUTABLE_TABLES; it owns nothing,
    so it can neither disable a trigger nor truncate, alter or drop a table."""
    quote = conn.dialect.identifier_preparer.quote
    who, schema = quote(role), quote(str(conn.execute(text("SELECT current_schema()")).scalar()))
    if conn.execute(text("SELECT current_user")).scalar() == role:
        return  # the app itself, opening with COMPLIANCE_APP_ROLE set: nothing to grant (audit verify warns)
    for sql in (f"GRANT USAGE ON SCHEMA {schema} TO {who}",
                f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {who}",
                f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA {schema} TO {who}",
                f"GRANT UPDATE, DELETE ON {', '.join(MUTABLE_TABLES)} TO {who}",
                # A flagged item's review status in the queue's index (`resolve`); its other columns never change.
                f"GRANT UPDATE (status) ON flags TO {who}",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {who}"):
        conn.execute(text(sql))


@contextlib.contextmanager
def _transaction(sessions: Callable[[], Session]) -> Iterator[Session]:
    """A session in one transaction; a database still busy after the wait becomes Busy (Vietnamese)."""
    try:
        with sessions() as session, session.begin():
            yield session
    except OperationalError as exc:
        if is_busy(exc):
            raise busy_error() from exc
        raise
