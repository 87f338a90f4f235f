"""`ConversationStore`: list, read, rename and delete a user's conversations, and append turns to them."""

from __future__ import annotations

import builtins
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph

from agent.conversations.index import ConversationIndex, ConversationInfo
from agent.conversations.records import TurnRecord
from agent.conversations.savers import Opened, open_checkpointer
from agent.conversations.threads import config, thread_id, user_key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Conversation:
    """A conversation's metadata and its turns, oldest first."""

    info: ConversationInfo
    turns: list[TurnRecord] = field(default_factory=list)


class ConversationStore:
    """Conversations of every user: LangGraph threads of `graph`, listed in a table beside its checkpointer."""

    def __init__(self, graph: CompiledStateGraph[Any, Any, Any, Any], opened: Opened, record_as: str) -> None:
        self.graph = graph
        """The agent's graph compiled with the checkpointer: runs with a thread id continue that thread."""
        self.where = opened.where
        self._opened = opened
        self._index = ConversationIndex(opened.execute)
        self._record_as = record_as

    def list(self, user_id: str | None) -> list[ConversationInfo]:
        """The user's conversations, most recently updated first."""
        return self._index.list(user_key(user_id))

    def get(self, user_id: str | None, conversation_id: str) -> Conversation | None:
        """The user's conversation with its turns; None when the user has no such conversation."""
        info = self._index.get(thread_id(user_id, conversation_id))
        if info is None:
            return None
        return Conversation(info, self.turns(user_id, conversation_id))

    def turns(self, user_id: str | None, conversation_id: str) -> builtins.list[TurnRecord]:  # `list` is a method here
        """The turns kept in the conversation's thread, oldest first (none for an unknown thread)."""
        values = self.graph.get_state(config(user_id, conversation_id)).values
        return list(values.get("turns") or [])

    def rename(self, user_id: str | None, conversation_id: str, title: str) -> bool:
        """Retitle the user's conversation; False when there is none or the title is blank."""
        return bool(title.strip()) and self._index.rename(thread_id(user_id, conversation_id), title)

    def delete(self, user_id: str | None, conversation_id: str) -> bool:
        """Delete the user's conversation and its thread's checkpoints; False when there was none."""
        thread = thread_id(user_id, conversation_id)
        if self._index.get(thread) is None:
            return False
        self.saver.delete_thread(thread)
        self._index.delete(thread)
        return True

    def append_turn(self, user_id: str | None, conversation_id: str, turn: TurnRecord) -> None:
        """Append a turn the graph did not write itself (an error, a stop) to the conversation's thread."""
        self.graph.update_state(config(user_id, conversation_id), {"turns": [turn]}, as_node=self._record_as)
        self.recorded(user_id, conversation_id, turn)

    def recorded(self, user_id: str | None, conversation_id: str, turn: TurnRecord) -> None:
        """Note in the list that a turn was added to the conversation's thread."""
        self._index.touch(thread_id(user_id, conversation_id), user_key(user_id), conversation_id,
                          str(turn.get("question") or ""))

    @property
    def saver(self) -> BaseCheckpointSaver:
        """The checkpointer threads are kept in."""
        return self._opened.saver

    def close(self) -> None:
        """Close the checkpointer's connections."""
        self._opened.close()


def open_store(build_graph: Callable[[Any], CompiledStateGraph[Any, Any, Any, Any]], data_dir: Path, url: str = "",
               record_as: str = "response_generation") -> ConversationStore:
    """A store on PostgreSQL (`url`) or `<data_dir>/conversations.sqlite`, with `build_graph(checkpointer)`."""
    opened = open_checkpointer(data_dir, url)
    return ConversationStore(build_graph(opened.saver), opened, record_as)
