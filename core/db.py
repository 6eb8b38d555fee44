"""Engine, declarative base and the unit of work (`session_scope`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from core.config import PROJECT_ROOT, get_settings
from core.errors import ConfigError, StaleUpdate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table; constraint names follow NAMING_CONVENTION."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC on every backend and always returns an aware UTC datetime."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and working SAVEPOINTs."""
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy, not pysqlite, decide when transactions begin (needed for SAVEPOINT).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


_engine: Engine | None = None
_session_factory = sessionmaker(expire_on_commit=False)


def get_engine() -> Engine:
    """The process-wide engine for the configured DATABASE_URL, created on first use."""
    global _engine
    if _engine is None:
        _engine = make_engine(get_settings().database_url)
        _session_factory.configure(bind=_engine)
    return _engine


def bind_session_factory(bind: Engine | Connection, **options: Any) -> None:
    """Point `session_scope` at another engine or connection (tests bind a rolled-back one)."""
    global _engine
    _session_factory.configure(bind=bind, **options)
    if isinstance(bind, Engine):
        _engine = bind


def reset_engine() -> None:
    """Dispose the engine so that the next use reads the settings again."""
    global _engine
    if _engine is not None:
        _engine.dispose()
    _engine = None
    _session_factory.configure(bind=None, join_transaction_mode="conditional_savepoint")


@contextmanager
def session_scope() -> Iterator[Session]:
    """Unit of work: commit when the block succeeds, roll back on any error, always close."""
    if _session_factory.kw.get("bind") is None:
        get_engine()
    session = _session_factory()
    try:
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        if _is_sqlite_write_conflict(exc):
            raise StaleUpdate(
                "Someone else saved a change at the same moment; reload and try again."
            ) from exc
        raise
    finally:
        session.close()


def _is_sqlite_write_conflict(exc: BaseException) -> bool:
    # SQLite refuses at once (SQLITE_BUSY, or SQLITE_BUSY_SNAPSHOT in WAL) a transaction that
    # has read and then writes while another connection writes: a lost race, not a crash.
    return isinstance(exc, OperationalError) and str(
        getattr(exc.orig, "sqlite_errorname", "")
    ).startswith("SQLITE_BUSY")


def alembic_config(connection: Connection | None = None) -> Any:
    """Alembic's Config for this project; a given connection is used instead of the URL."""
    from alembic.config import Config

    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_database(engine: Engine | None = None, revision: str = "head") -> None:
    """Run Alembic migrations up to `revision` on the given (or configured) database."""
    from alembic import command

    with (engine or get_engine()).begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade_database(engine: Engine | None = None, revision: str = "base") -> None:
    """Run Alembic migrations down to `revision`."""
    from alembic import command

    with (engine or get_engine()).begin() as conn:
        command.downgrade(alembic_config(conn), revision)


def current_revision(engine: Engine | None = None) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with (engine or get_engine()).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    """The newest revision in migrations/."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def prepare_database() -> None:
    """At start-up: SQLite migrates itself; any other database must already be at head."""
    engine = get_engine()
    if get_settings().is_sqlite:
        upgrade_database(engine)
        return
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise ConfigError(
            f"The database is at revision {current or 'none'}, the code needs {head}: "
            "run `python -m core db upgrade`."
        )
