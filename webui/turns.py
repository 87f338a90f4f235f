"""The conversation kept in session state: one lean dict per turn, updated as its events arrive."""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

TURNS_KEY = "chat_turns"
CONVERSATION_KEY = "chat_conversation_id"
QUEUED_KEY = "chat_queued_question"

Turn = dict[str, Any]
"""{"question", "status": pending|final|error|stopped, "stages": {node: progress data + started/ended},
"partial": streamed text so far, "final": final data or None, "error": error data or None}."""


def init_state() -> None:
    """Create the chat_* session keys on a session's first run."""
    st.session_state.setdefault(TURNS_KEY, [])
    st.session_state.setdefault(CONVERSATION_KEY, uuid.uuid4().hex)
    st.session_state.setdefault(QUEUED_KEY, None)


def turns() -> list[Turn]:
    """The conversation so far, oldest first."""
    return st.session_state[TURNS_KEY]


def conversation_id() -> str:
    """This conversation's id, passed to the agent so follow-up questions have context."""
    return st.session_state[CONVERSATION_KEY]


def start_turn(question: str) -> Turn:
    """Record a question and its pending answer before any event arrives; earlier pending turns were stopped."""
    stop_pending()
    turn: Turn = {"question": question, "status": "pending", "stages": {}, "partial": "",
                  "final": None, "error": None}
    turns().append(turn)
    return turn


def record(turn: Turn, event: dict[str, Any], elapsed: float) -> None:
    """Fold one contract event into its turn; `elapsed` is seconds since the question was asked."""
    kind, data = event.get("type"), event.get("data") or {}
    if kind == "progress":
        node = data.get("node", "")
        previous = turn["stages"].get(node)
        started = previous["started"] if previous else elapsed
        ended = elapsed if data.get("status") in ("completed", "failed") else None
        turn["stages"][node] = {**data, "started": started, "ended": ended}
    elif kind == "token":
        turn["partial"] += data.get("text", "")
    elif kind == "final":
        turn.update(status="final", final=data, partial="")
    elif kind == "error":
        turn.update(status="error", error=data)


def stop_if_pending(turn: Turn) -> None:
    """Mark a turn stopped when its run ended without a final or error event (Stop, rerun, crash)."""
    if turn["status"] == "pending":
        turn["status"] = "stopped"


def stop_pending() -> None:
    """Mark every still-pending turn stopped."""
    for turn in turns():
        stop_if_pending(turn)


def new_conversation() -> None:
    """Forget the conversation and start a fresh one with a new id."""
    st.session_state[TURNS_KEY] = []
    st.session_state[CONVERSATION_KEY] = uuid.uuid4().hex
    st.session_state[QUEUED_KEY] = None


def open_conversation(conversation_id: str, earlier: list[Turn]) -> None:
    """Make `conversation_id` the chat page's conversation, with its earlier turns already drawn."""
    st.session_state[TURNS_KEY] = list(earlier)
    st.session_state[CONVERSATION_KEY] = conversation_id
    st.session_state[QUEUED_KEY] = None


def queue_question(question: str) -> None:
    """Ask `question` on the chat page's next run (example buttons)."""
    st.session_state[QUEUED_KEY] = question


def pop_queued_question() -> str | None:
    """The queued question, if any, removed from the queue."""
    question = st.session_state.get(QUEUED_KEY)
    st.session_state[QUEUED_KEY] = None
    return question
