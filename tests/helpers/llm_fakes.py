"""Fake chat models, scripted plans and stand-in offline analysts for the LLM analyst tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage

from agent.analysts.base import Answer, Language, QueryPlan, Turn
from agent.analysts.llm import LLMAnalyst, LLMConfig
from agent.chatbot import ChatbotAgent
from agent.data.catalog import Catalog
from agent.data.database import Database
from agent.data.results import Results
from agent.settings import Settings

SECRET = "sk-test-SECRET"
ABC_STOCK_SQL = "SELECT sum(quantity_on_hand) AS total_on_hand FROM inventory WHERE part_id = 'ABC-12345'"
ABC_PLAN = {"sql": ABC_STOCK_SQL, "tables": ["inventory"], "summary": "ABC-12345 부품의 재고 합계",
            "chart": None, "certainty": 0.9, "refuse": None}


class ToolCallingFake(GenericFakeChatModel):
    """A fake chat model that 'supports' tools: replies are scripted AIMessages (tool calls or text)."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        """The model itself: its scripted replies hold the tool calls."""
        return self


class RecordingFake(GenericFakeChatModel):
    """A fake chat model (no tool calling) that records the messages of every call."""

    calls: list[list[BaseMessage]] = []

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[override]
        self.calls.append(list(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def plan_json(**overrides: Any) -> str:
    """The ABC-12345 plan as JSON text, with `overrides`."""
    return json.dumps({**ABC_PLAN, **overrides}, ensure_ascii=False)


def tool_call(plan: dict[str, Any]) -> AIMessage:
    """A model reply that calls the plan tool with `plan`."""
    return AIMessage(content="", tool_calls=[{"name": "PlanSchema", "args": plan, "id": "call_1"}])


def recording_fake(replies: Iterable[str | AIMessage]) -> RecordingFake:
    """A `RecordingFake` that replies `replies` in order."""
    return RecordingFake(messages=iter(list(replies)), calls=[])


class MappingFallback:
    """A stand-in offline analyst that maps every question to one query."""

    def __init__(self, sql: str = ABC_STOCK_SQL, confidence: float = 0.8) -> None:
        self.sql, self.confidence, self.planned, self.written = sql, confidence, 0, 0

    def plan(self, question: str, catalog: Catalog, database: Database, history: list[Turn],
             language: Language) -> QueryPlan:
        """The one query, whatever the question (counted in `planned`)."""
        self.planned += 1
        return QueryPlan(question=question, language=language, sql=self.sql, tables=["inventory"],
                         summary="offline", confidence=self.confidence, details={"offline": True})

    def write(self, plan: QueryPlan, results: Results | None, emit_token: Callable[[str], None]) -> Answer:
        """`offline answer <first cell>`, streamed as one token (counted in `written`)."""
        self.written += 1
        text = f"offline answer {results.rows[0][0] if results and results.rows else None}"
        emit_token(text)
        return Answer(content=text, confidence=plan.confidence)


class UnmappedFallback(MappingFallback):
    """A stand-in offline analyst that cannot map anything."""

    def plan(self, question, catalog, database, history, language):  # type: ignore[override]
        """No SQL: the question is not mapped (counted in `planned`)."""
        self.planned += 1
        return QueryPlan(question=question, language=language, sql=None, reason="not mapped",
                         suggestions=["stock by warehouse"])

    def write(self, plan, results, emit_token):  # type: ignore[override]
        """`offline: not mapped` (counted in `written`)."""
        self.written += 1
        emit_token("offline: not mapped")
        return Answer(content="offline: not mapped", confidence=0.0)


OPENAI = {"provider": "openai", "model": "gpt-test", "api_key": SECRET}


def fake_analyst(model: GenericFakeChatModel, fallback: Any = None, **kwargs: Any) -> LLMAnalyst:
    """An LLMAnalyst whose every model is `model`."""
    return LLMAnalyst(LLMConfig.from_dict(OPENAI), fallback if fallback is not None else UnmappedFallback(),
                      model_factory=lambda config: model, **kwargs)


def agent_with(analyst: Any, db: tuple[Database, Catalog], settings: Settings) -> ChatbotAgent:
    """A ChatbotAgent on `db` (a database and its catalog) whose analyst is `analyst`."""
    return ChatbotAgent(database=db[0], catalog=db[1], analyst=analyst, settings=settings)
