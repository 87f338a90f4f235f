"""Thread ids scoped by user: the same conversation id of two users names two different threads."""

from __future__ import annotations

from urllib.parse import quote

from langchain_core.runnables import RunnableConfig

ANONYMOUS = ""
"""The user of requests that name none."""


def user_key(user_id: str | None) -> str:
    """The user a conversation belongs to (anonymous requests share one key)."""
    return user_id or ANONYMOUS


def thread_id(user_id: str | None, conversation_id: str) -> str:
    """`<user>/<conversation>`, each part percent-encoded so no pair of ids can collide."""
    return f"{quote(user_key(user_id), safe='')}/{quote(conversation_id, safe='')}"


def config(user_id: str | None, conversation_id: str) -> RunnableConfig:
    """The LangGraph run config of a user's conversation."""
    return {"configurable": {"thread_id": thread_id(user_id, conversation_id)}}
