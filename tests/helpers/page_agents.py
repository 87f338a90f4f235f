"""Agents for page tests, named by `DATA_CHAT_AGENT=tests.helpers.page_agents:<factory>`: real or scripted."""

from __future__ import annotations

import functools
from collections.abc import Callable

from agent.analysts.base import Answer, ChartHint, Language, QueryPlan, Turn
from agent.chatbot import ChatbotAgent
from agent.data.catalog import Catalog, build_catalog, load_descriptions
from agent.data.database import Database
from agent.data.results import Results
from agent.settings import Settings
from tests.helpers.analysts import SLOW_SQL

BY_WAREHOUSE_SQL = ("SELECT warehouse_id, sum(quantity_on_hand) AS quantity_on_hand FROM inventory "
                    "GROUP BY 1 ORDER BY 2 DESC")


@functools.cache
def data_agent() -> ChatbotAgent:
    """The real agent on the sample data, keeping users' data in `CHATBOT_DATA_DIR` (a temp folder in tests)."""
    return ChatbotAgent(settings=Settings.from_env())


@functools.cache
def sample_data() -> tuple[Database, Catalog]:
    """The bundled sample tables and their catalog, loaded once per process."""
    folder = Settings().sample_data_dir
    database = Database.from_folder(folder)
    return database, build_catalog(database, descriptions=load_descriptions(folder))


class ScriptedAnalyst:
    """Maps every question to one fixed query and writes its first cell, a word at a time."""

    def __init__(self, sql: str, tables: list[str], chart: ChartHint | None = None) -> None:
        self.sql, self.tables, self.chart = sql, tables, chart
        self.written = 0

    def plan(self, question: str, catalog: Catalog, database: Database,
             history: list[Turn], language: Language) -> QueryPlan:
        """The fixed query, whatever the question."""
        return QueryPlan(question=question, language=language, sql=self.sql, tables=self.tables,
                         summary="scripted query", confidence=0.42, chart=self.chart)

    def write(self, plan: QueryPlan, results: Results | None,
              emit_token: Callable[[str], None]) -> Answer:
        """`The first value is **<value>**.`, streamed a word at a time."""
        self.written += 1
        text = f"The first value is **{results.rows[0][1 if len(results.columns) > 1 else 0]}**."
        for word in text.split(" "):
            emit_token(word + " ")
        return Answer(content=text, confidence=plan.confidence)


class RecordingAgent(ChatbotAgent):
    """A ChatbotAgent that keeps every run it started, so tests can check they were stopped."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.runs: list = []

    def start(self, *args: object, **kwargs: object):  # type: ignore[override]
        """Start the run and keep it in `runs`."""
        run = super().start(*args, **kwargs)  # type: ignore[arg-type]
        self.runs.append(run)
        return run


def _agent(analyst: ScriptedAnalyst, **settings: object) -> RecordingAgent:
    database, catalog = sample_data()
    return RecordingAgent(database, catalog, analyst, Settings.from_env(**settings))


def slow_agent() -> RecordingAgent:
    """Its query runs for minutes unless interrupted: for Stop tests."""
    return _agent(ScriptedAnalyst(SLOW_SQL, ["range"]))


def timeout_agent() -> RecordingAgent:
    """Every answer ends in a Timeout error."""
    return _agent(ScriptedAnalyst(SLOW_SQL, ["range"]), deadline_seconds=0.0001)


def scripted_agent() -> RecordingAgent:
    """Answers every question with stock by warehouse, as a table and a bar chart."""
    return _agent(ScriptedAnalyst(BY_WAREHOUSE_SQL, ["inventory"],
                                  ChartHint(mark="bar", x="warehouse_id", y="quantity_on_hand")))


class ConfigRecordingAgent(RecordingAgent):
    """Records the llm_config and custom_prompt each question came with, then answers with its scripted analyst."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.requests: list[dict] = []

    def start(self, query, user_id=None, conversation_id=None, custom_prompt=None, llm_config=None,
              deadline_seconds=None):  # type: ignore[override]
        """Record what the question came with, then start it on the offline (scripted) analyst."""
        self.requests.append({"llm_config": llm_config, "custom_prompt": custom_prompt})
        # No model is reachable in tests: the scripted analyst answers whatever was configured.
        return super().start(query, user_id, conversation_id, None, {"provider": "offline"}, deadline_seconds)


def config_recording_agent() -> ConfigRecordingAgent:
    """Like scripted_agent, and keeps what each question was asked with (`.requests`)."""
    database, catalog = sample_data()
    return ConfigRecordingAgent(database, catalog,
                                ScriptedAnalyst(BY_WAREHOUSE_SQL, ["inventory"],
                                                ChartHint(mark="bar", x="warehouse_id", y="quantity_on_hand")),
                                Settings.from_env())
