"""Opening the checkpointer: a SQLite file in the data directory, or PostgreSQL when a URL is set."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from agent.conversations.index import Execute
from agent.conversations.offloaded import OffloadedAsync

log = logging.getLogger(__name__)
SQLITE_FILE = "conversations.sqlite"


@dataclass
class Opened:
    """A checkpointer, a way to run SQL next to it (for the conversation list), and how to close both."""

    saver: BaseCheckpointSaver
    execute: Execute
    close: Callable[[], None]
    where: str
    """Where conversations are kept, for people (a file path, or the URL without its password)."""


def open_sqlite(path: Path | str) -> Opened:
    """SqliteSaver on one file (":memory:" for none); the list shares its connection and lock."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    class ThreadedSqliteSaver(OffloadedAsync, SqliteSaver):
        """SqliteSaver whose async methods run its sync ones on the agent's worker threads."""

    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    saver = ThreadedSqliteSaver(connection)
    with saver.cursor() as cursor:  # creates the tables and switches to WAL
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives a crash of the process

    def execute(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with saver.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    return Opened(saver, execute, connection.close, str(path))


def open_postgres(url: str) -> Opened:
    """PostgresSaver on a small connection pool; the list is a table in the same database."""
    from langgraph.checkpoint.postgres import PostgresSaver

    class ThreadedPostgresSaver(OffloadedAsync, PostgresSaver):
        """PostgresSaver whose async methods run its sync ones on the agent's worker threads."""
    from psycopg import Connection
    from psycopg.rows import DictRow, dict_row, tuple_row
    from psycopg_pool import ConnectionPool

    pool = ConnectionPool(url, connection_class=Connection[DictRow], min_size=1, max_size=4, open=True,
                          kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row})
    saver = ThreadedPostgresSaver(pool)
    saver.setup()

    def execute(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with pool.connection() as connection, connection.cursor(row_factory=tuple_row) as cursor:
            cursor.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

    return Opened(saver, execute, pool.close, _without_password(url))


def _without_password(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def open_checkpointer(data_dir: Path, url: str = "") -> Opened:
    """PostgreSQL when `url` is set, else `<data_dir>/conversations.sqlite`; in memory if neither opens."""
    import psycopg

    try:
        return open_postgres(url) if url else open_sqlite(Path(data_dir) / SQLITE_FILE)
    except (OSError, sqlite3.Error, psycopg.Error):  # the agent still answers; conversations last as long as it runs
        log.exception("conversations cannot be kept in %s; keeping them in memory", url and "PostgreSQL" or data_dir)
        return open_sqlite(":memory:")
