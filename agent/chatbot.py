"""`ChatbotAgent`: the one entry point every front end streams answers from."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from agent import events
from agent.cancellation import Cancellation
from agent.data.catalog import Catalog, build_catalog, load_descriptions
from agent.data.database import Database
from agent.data.workspace import Workspace, Workspaces
from agent.events import Event
from agent.graph import build_graph
from agent.llm import analyst_for
from agent.messages import say
from agent.plan import Analyst, Turn, detect_language
from agent.run import AgentRun
from agent.settings import Settings
from agent.state import RunContext

MAX_CONVERSATIONS = 1000
MAX_TURNS = 20


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
            from agent.analyst import OfflineAnalyst

            analyst = OfflineAnalyst()
        self.analyst = analyst
        self.graph = build_graph()
        self._history: OrderedDict[tuple[str, str], list[Turn]] = OrderedDict()
        self._history_lock = threading.Lock()

    def refresh_catalog(self) -> None:
        """Re-read the catalog after tables were added or removed."""
        self.catalog = build_catalog(self.database, self.settings.distinct_value_limit)
        self.workspaces = Workspaces(self.settings, self.database, self.catalog, self.workspaces.descriptions,
                                     fixed=self.workspaces.fixed)

    def workspace(self, user_id: str | None) -> Workspace:
        """The database and catalog a question of `user_id` sees (the shared ones without own data)."""
        return self.workspaces.get(user_id)

    def start(self, query: str, user_id: str | None = None, conversation_id: str | None = None,
              custom_prompt: str | None = None, llm_config: dict[str, Any] | None = None,
              deadline_seconds: float | None = None) -> AgentRun:
        """Start answering `query` on a thread of its own; read the returned run's events."""
        question = query.strip()
        language = detect_language(question)
        state = {"question": question, "language": language,
                 "history": self.history(user_id, conversation_id)}
        deadline = deadline_seconds if deadline_seconds is not None else self.settings.deadline_seconds
        cancellation = Cancellation()
        analyst = analyst_for(llm_config, self.analyst, custom_prompt, deadline_seconds=deadline,
                              cancellation=cancellation, max_rows=self.settings.max_result_rows)
        workspace = self.workspace(user_id)
        database, catalog = ((self.database, self.catalog) if workspace is self.workspaces.base
                             else (workspace.database, workspace.catalog))
        context = RunContext(database, catalog, analyst, cancellation, self.settings)
        return AgentRun(self.graph, state, context, deadline)  # type: ignore[arg-type]

    def stream(self, query: str, user_id: str | None = None, conversation_id: str | None = None,
               custom_prompt: str | None = None, llm_config: dict[str, Any] | None = None,
               deadline_seconds: float | None = None) -> Iterator[Event]:
        """Yield progress, token and final/error events for `query`; closing the iterator stops the work."""
        if not isinstance(query, str) or not query.strip():
            yield events.error("InvalidRequest", say("empty_question", detect_language(str(query or ""))))
            return
        run = self.start(query, user_id, conversation_id, custom_prompt, llm_config, deadline_seconds)
        stream = run.events()
        try:
            for event in stream:
                if event is not None:
                    yield event
        finally:
            stream.close()
        self.remember(user_id, conversation_id, run)

    def history(self, user_id: str | None, conversation_id: str | None) -> list[Turn]:
        """Earlier turns of a user's conversation (empty without a conversation id)."""
        if not conversation_id:
            return []
        with self._history_lock:
            return list(self._history.get((user_id or "", conversation_id), []))

    def remember(self, user_id: str | None, conversation_id: str | None, run: AgentRun) -> None:
        """Keep a finished run's question and plan as a turn of its user's conversation."""
        if not conversation_id or run.final is None or run.plan is None:
            return
        turn = Turn(question=run.question, summary=run.plan.summary, sql=run.plan.sql,
                    answer=run.final["content"], details=run.plan.details)
        key = (user_id or "", conversation_id)
        with self._history_lock:
            turns = self._history.setdefault(key, [])
            turns.append(turn)
            del turns[:-MAX_TURNS]
            self._history.move_to_end(key)
            while len(self._history) > MAX_CONVERSATIONS:
                self._history.popitem(last=False)


_default_lock = threading.Lock()
_default: ChatbotAgent | None = None


def default_agent() -> ChatbotAgent:
    """The process-wide agent on the embedded sample data, shared by the page and the API."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ChatbotAgent()
        return _default
