"""The event contract: plain JSON-serialisable dicts streamed to every client."""

from __future__ import annotations

from typing import Any, Literal

from agent.contract.errors import AgentError
from agent.contract.i18n import pick
from agent.contract.messages import ERRORS

Event = dict[str, Any]

STAGES: dict[str, str] = {
    "query_analysis": "Query analysis",
    "data_retrieval": "Data retrieval",
    "response_generation": "Response generation",
}


def progress(node: str, status: Literal["in_progress", "completed", "failed"], message: str) -> Event:
    """A node started, finished or failed; `stage` is the node's human name."""
    return {
        "type": "progress",
        "data": {"node": node, "stage": STAGES.get(node, node), "status": status, "message": message},
    }


def token(text: str) -> Event:
    """A piece of answer text, streamed as it is written."""
    return {"type": "token", "data": {"text": text}}


def final(
    content: str,
    sources: list[dict[str, Any]],
    confidence_score: float,
    table_data: dict[str, Any] | None,
    chart_data: dict[str, Any] | None,
    confidence_reasons: list[str] | None = None,
    alternatives: list[dict[str, str]] | None = None,
    next_questions: list[str] | None = None,
) -> Event:
    """The answer: Markdown text, where it came from, how sure and why, its table and chart, other readings.

    `confidence_reasons` (short phrases) and `alternatives` (`{"question", "reading"}` each: a question to ask
    for another close reading) and `next_questions` (questions the data answers, to ask next) are additions to
    the contract: always present, empty lists when none.
    """
    return {
        "type": "final",
        "data": {
            "content": content,
            "sources": sources,
            "confidence_score": round(max(0.0, min(1.0, float(confidence_score))), 3),
            "table_data": table_data,
            "chart_data": chart_data,
            "confidence_reasons": [str(r) for r in confidence_reasons or []],
            "alternatives": [{"question": str(a["question"]), "reading": str(a.get("reading") or a["question"])}
                             for a in alternatives or []],
            "next_questions": [str(q) for q in next_questions or []],
        },
    }


def error(kind: str, message: str) -> Event:
    """The answer failed; `error` is a type name, `message` is for people."""
    return {"type": "error", "data": {"error": kind, "message": message}}


def failure(exc: BaseException, language: str | None) -> Event:
    """The error event for `exc`, in `language`.

    An `AgentError` is put in its own words; anything else is named by its type only (its text may hold
    anything, so people never see it).
    """
    if isinstance(exc, AgentError):
        return error(exc.kind, exc.words(language))
    kind = type(exc).__name__
    return error(kind, pick(ERRORS, "internal", language, kind=kind))


def is_terminal(event: Event) -> bool:
    """True for the one event that ends every stream."""
    return event.get("type") in ("final", "error")
