"""The conversation list kept next to the checkpointer: title, times and turn count of each thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TITLE_CHARS = 80
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS conversation_index (
        thread_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
        title TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        turn_count INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX IF NOT EXISTS conversation_index_user ON conversation_index (user_id, updated_at)",
)
COLUMNS = "conversation_id, title, created_at, updated_at, turn_count"

Execute = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]
"""Runs one statement (`?` placeholders) and returns its rows (none for statements without)."""


@dataclass(frozen=True)
class ConversationInfo:
    """One conversation as listed: its id, title, times (ISO, UTC) and how many turns it has."""

    conversation_id: str
    title: str
    created_at: str
    updated_at: str
    turn_count: int


def title_of(question: str) -> str:
    """A title from a question: its first line, cut to TITLE_CHARS."""
    line = " ".join(question.split())
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS - 1] + "…"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class ConversationIndex:
    """Per-user conversation metadata in one SQL table (SQLite or PostgreSQL)."""

    def __init__(self, execute: Execute) -> None:
        self._execute = execute
        for statement in SCHEMA:
            execute(statement, ())

    def touch(self, thread: str, user: str, conversation_id: str, question: str) -> None:
        """Count one more turn; a new conversation is titled with its first question."""
        now = _now()
        self._execute(
            "INSERT INTO conversation_index (thread_id, user_id, conversation_id, title, created_at, updated_at,"
            " turn_count) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (thread_id) DO UPDATE SET"
            " updated_at = excluded.updated_at, turn_count = conversation_index.turn_count + 1",
            (thread, user, conversation_id, title_of(question) or conversation_id, now, now))

    def list(self, user: str) -> list[ConversationInfo]:
        """The user's conversations, most recently updated first."""
        rows = self._execute(f"SELECT {COLUMNS} FROM conversation_index WHERE user_id = ?"
                             " ORDER BY updated_at DESC, thread_id", (user,))
        return [ConversationInfo(*row) for row in rows]

    def get(self, thread: str) -> ConversationInfo | None:
        """One conversation's metadata, or None."""
        rows = self._execute(f"SELECT {COLUMNS} FROM conversation_index WHERE thread_id = ?", (thread,))
        return ConversationInfo(*rows[0]) if rows else None

    def rename(self, thread: str, title: str) -> bool:
        """Give a conversation a new title; False when there is no such conversation."""
        if self.get(thread) is None:
            return False
        self._execute("UPDATE conversation_index SET title = ? WHERE thread_id = ?", (title_of(title), thread))
        return True

    def delete(self, thread: str) -> None:
        """Forget a conversation's metadata."""
        self._execute("DELETE FROM conversation_index WHERE thread_id = ?", (thread,))
