"""Run a bank through the agent: each set's tables in a database of their own, each question as a user asks it."""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog, load_descriptions
from agent.data.database import Database
from agent.evals.bank import Question, QuestionSet, Turn
from agent.evals.scoring import Verdict, judge
from agent.evals.sources import materialise
from agent.settings import Settings


@dataclass(frozen=True)
class TurnResult:
    """One turn asked: the answer's essentials and its verdict."""

    question: Question
    turn: Turn
    number: int
    verdict: Verdict
    confidence: float
    content: str
    sql: str | None
    rows: list[list[Any]]
    columns: list[str]
    error: str | None
    seconds: float


def agent_for(question_set: QuestionSet, data: Sequence[Path], folder: Path,
              settings: Settings | None = None) -> ChatbotAgent:
    """An agent whose only tables are the set's (or the `data` files when the set names none)."""
    settings = settings or Settings.from_env(data_dir=folder / "data")
    database = Database()
    files = [materialise(spec, folder) for spec in question_set.tables] if question_set.tables else list(data)
    names = [spec.name for spec in question_set.tables] if question_set.tables else [None] * len(files)
    for path, name in zip(files, names, strict=True):
        database.add_file(path, name)
    descriptions = load_descriptions(question_set.path.parent) if question_set.path else {}
    catalog = build_catalog(database, settings.distinct_value_limit, descriptions)
    return ChatbotAgent(database=database, catalog=catalog, settings=settings)


def expected_of(turn: Turn, agent: ChatbotAgent) -> Any:
    """The turn's expected answer: given, or the rows of its expected SQL in the shape of `rows`/a value."""
    if turn.sql is None:
        return turn.answer
    results = agent.database.execute(turn.sql)
    if len(results.rows) == 1 and len(results.columns) == 1:
        return results.rows[0][0]
    if len(results.columns) == 2:
        return {"rows": [list(row) for row in results.rows]}
    return {"values": list(results.rows[0])} if len(results.rows) == 1 else {"rows": [list(r) for r in results.rows]}


def run_set(question_set: QuestionSet, data: Sequence[Path] = (), only: Iterable[str] | None = None
            ) -> Iterator[TurnResult]:
    """Every turn of every question of a set, asked in order (a conversation's turns in one conversation)."""
    wanted = set(only) if only is not None else None
    with tempfile.TemporaryDirectory(prefix="data-chat-eval-") as tmp:
        agent = agent_for(question_set, data, Path(tmp))
        for question in question_set.questions:
            if wanted is not None and question.id not in wanted:
                continue
            conversation = f"eval-{uuid.uuid4().hex}" if len(question.turns) > 1 else None
            for number, turn in enumerate(question.turns, start=1):
                yield ask(agent, question, turn, number, conversation)


def ask(agent: ChatbotAgent, question: Question, turn: Turn, number: int, conversation: str | None) -> TurnResult:
    """Ask one turn and judge its answer."""
    started = time.perf_counter()
    final, error = None, None
    for event in agent.stream(turn.question, user_id="eval" if conversation else None,
                              conversation_id=conversation):
        if event["type"] == "final":
            final = event["data"]
        elif event["type"] == "error":
            error = f"{event['data']['error']}: {event['data']['message']}"
    seconds = time.perf_counter() - started
    table = (final or {}).get("table_data") or {}
    sources = (final or {}).get("sources") or []
    return TurnResult(question, turn, number, judge(expected_of(turn, agent), final),
                      float((final or {}).get("confidence_score") or 0.0), str((final or {}).get("content") or ""),
                      sources[0].get("sql") if sources else None, [list(r) for r in table.get("rows") or []],
                      list(table.get("columns") or []), error, seconds)
