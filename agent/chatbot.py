"""`ChatbotAgent`: the one entry point every front end streams answers from."""

from __future__ import annotations

import functools
import threading
import uuid
import weakref
from collections.abc import Iterator
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver

from agent.analysts.base import Analyst, AsyncAnalyst, Turn, detect_language
from agent.analysts.llm import analyst_for
from agent.contract import events
from agent.contract.errors import InvalidRequest
from agent.contract.events import Event
from agent.conversations import ConversationStore, history_from, open_store
from agent.conversations.records import failed_turn
from agent.conversations.threads import config as thread_config
from agent.data.catalog import Catalog, build_catalog, load_descriptions
from agent.data.database import Database
from agent.data.workspaces import Workspace, Workspaces
from agent.graph.builder import LAST_NODE, build_graph
from agent.graph.state import AgentState, RunContext
from agent.runtime.cancellation import Cancellation
from agent.runtime.run import AgentRun
from agent.settings import Settings


class ChatbotAgent:
    """Answers questions about the data as a stream of contract events."""

    def __init__(self, database: Database | None = None, catalog: Catalog | None = None,
                 analyst: Analyst | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        fixed = database is not None  # a given database is one workspace shared by every user
        descriptions: dict[str, Any] = {}
        if database is None:
            database = Database.from_folder(self.settings.sample_data_dir)
            descriptions = load_descriptions(self.settings.sample_data_dir)
            if catalog is None:
                catalog = build_catalog(database, self.settings.distinct_value_limit, descriptions)
        catalog = catalog or build_catalog(database, self.settings.distinct_value_limit)
        self.workspaces = Workspaces(self.settings, database, catalog, descriptions, fixed=fixed)
        """Each user's database and catalog: the sample (or given) tables, their uploads and connections."""
        self.database = self.workspaces.base.database
        self.catalog = self.workspaces.base.catalog
        if analyst is None:
            from agent.analysts.offline import OfflineAnalyst

            analyst = OfflineAnalyst()
        self.analyst = analyst
        self.graph = build_graph()
        """The graph for questions outside any conversation: nothing is checkpointed."""
        self._parked_runs = InMemorySaver()
        self.parking_graph = build_graph(self._parked_runs)
        """The same graph for questions outside any conversation whose analyst awaits a model: a run parks
        there while the model plans (agent.runtime.parking), under a checkpoint thread id of its own whose
        checkpoints are dropped as the run ends."""
        self.conversations: ConversationStore = open_store(
            build_graph, self.settings.data_dir, self.settings.conversations_url, LAST_NODE)
        """Every user's conversations: LangGraph threads on a persistent checkpointer, and their list."""
        self._turnstiles: weakref.WeakValueDictionary[str, _Turnstile] = weakref.WeakValueDictionary()
        self._turnstiles_lock = threading.Lock()

    def workspace(self, user_id: str | None) -> Workspace:
        """The database and catalog a question of `user_id` sees (the shared ones without own data)."""
        return self.workspaces.get(user_id)

    def start(self, query: str, user_id: str | None = None, conversation_id: str | None = None,
              custom_prompt: str | None = None, llm_config: dict[str, Any] | None = None,
              deadline_seconds: float | None = None) -> AgentRun:
        """Start answering `query` as a task on the agent's loop; read the returned run's events."""
        question = query.strip()
        language = detect_language(question)
        state: AgentState = {"question": question, "language": language}
        deadline = deadline_seconds if deadline_seconds is not None else self.settings.deadline_seconds
        cancellation = Cancellation()
        analyst = analyst_for(llm_config, self.analyst, custom_prompt, deadline_seconds=deadline,
                              cancellation=cancellation, max_rows=self.settings.max_result_rows)
        workspace = self.workspace(user_id)
        database, catalog = ((self.database, self.catalog) if workspace is self.workspaces.base
                             else (workspace.database, workspace.catalog))
        context = RunContext(database, catalog, analyst, cancellation, self.settings)
        park = isinstance(analyst, AsyncAnalyst)
        if not conversation_id:
            if not park:
                return AgentRun(self.graph, state, context, deadline)
            thread = f"run-{uuid.uuid4().hex}"
            return AgentRun(self.parking_graph, state, context, deadline,
                            {"configurable": {"thread_id": thread}}, park=True,
                            forget=functools.partial(self._parked_runs.delete_thread, thread))
        # The conversation's thread: history comes from its checkpoint; the turn is recorded as the run ends.
        config = thread_config(user_id, conversation_id)
        turnstile = self._turnstile(config["configurable"]["thread_id"])
        run = AgentRun(self.conversations.graph, state, context, deadline,
                       config, functools.partial(self._record, user_id, conversation_id), turnstile.lock, park=park)
        run.turnstile = turnstile  # kept alive while the run is
        return run

    def _turnstile(self, thread: str) -> _Turnstile:
        """The lock runs on one conversation thread take turns by (one per thread while any run holds it)."""
        with self._turnstiles_lock:
            found = self._turnstiles.get(thread)
            if found is None:
                found = self._turnstiles[thread] = _Turnstile()
            return found

    def stream(self, query: str, user_id: str | None = None, conversation_id: str | None = None,
               custom_prompt: str | None = None, llm_config: dict[str, Any] | None = None,
               deadline_seconds: float | None = None) -> Iterator[Event]:
        """Yield progress, token and final/error events for `query`; closing the iterator stops the work."""
        if not isinstance(query, str) or not query.strip():
            yield events.failure(InvalidRequest("empty_question"), detect_language(str(query or "")))
            return
        run = self.start(query, user_id, conversation_id, custom_prompt, llm_config, deadline_seconds)
        stream = run.events()
        try:
            for event in stream:
                if event is not None:
                    yield event
        finally:
            stream.close()

    def history(self, user_id: str | None, conversation_id: str | None) -> list[Turn]:
        """Earlier answered turns of a user's conversation, as analysts see them (empty without an id)."""
        if not conversation_id:
            return []
        return history_from(self.conversations.turns(user_id, conversation_id))

    def _record(self, user_id: str | None, conversation_id: str, run: AgentRun) -> None:
        """On a worker thread as the run ends: list the turn; write an error or stop into the conversation too."""
        if run.outcome == "final":  # response_generation appended the turn to the thread itself
            self.conversations.recorded(user_id, conversation_id, {"question": run.question})
        else:
            turn = failed_turn(run.question, run.language, run.plan, run.outcome, run.error,
                               self.settings.max_stored_turn_bytes)
            self.conversations.append_turn(user_id, conversation_id, turn)


class _Turnstile:
    """A lock that can be weakly referenced."""

    __slots__ = ("lock", "__weakref__")

    def __init__(self) -> None:
        self.lock = threading.Lock()


_default_lock = threading.Lock()
_default: ChatbotAgent | None = None


def default_agent() -> ChatbotAgent:
    """The process-wide agent on the embedded sample data, shared by the page and the API."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ChatbotAgent()
        return _default
