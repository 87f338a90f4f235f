"""The structured plan a model returns, and reading one out of a plain-text reply."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator


class ChartSchema(BaseModel):
    """How the result is worth drawing."""

    mark: Literal["bar", "line"] = Field(description="bar for a breakdown by category, line for a trend over time")
    x: str = Field(description="result column on the x axis (category or date)")
    y: str = Field(description="numeric result column on the y axis")


class PlanSchema(BaseModel):
    """A plan for answering a question about the data with one read-only DuckDB query."""

    sql: str | None = Field(
        default=None,
        description="One read-only DuckDB SELECT query over the catalog tables; null when refusing or when "
                    "the question cannot be answered from the data.",
    )
    tables: list[str] = Field(default_factory=list, description="Catalog tables the query reads.")
    summary: str = Field(default="", description="One sentence, in the question's language, saying what was "
                                                 "understood: entity, measure, filters, grouping.")
    chart: ChartSchema | None = Field(default=None, description="A chart for the result, or null.")
    certainty: float = Field(default=0.5, description="From 0 to 1: how sure the query answers the question.")
    refuse: str | None = Field(
        default=None,
        description="Set (with sql null) when the request asks to change, add or delete data: a short reason.",
    )

    @field_validator("certainty", mode="before")
    @classmethod
    def _clamp_certainty(cls, value: Any) -> Any:
        if value is None:
            return 0.5
        if isinstance(value, str):
            try:
                value = float(value.strip().rstrip("%")) / (100 if value.strip().endswith("%") else 1)
            except ValueError:
                return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return min(1.0, max(0.0, float(value)))
        return value

    @field_validator("sql", "refuse", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("tables", mode="before")
    @classmethod
    def _tables_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [t.strip() for t in value.split(",") if t.strip()]
        return value


_FENCE = re.compile(r"^```[a-zA-Z]*\s*|\s*```$")


def plan_from_text(text: str) -> PlanSchema:
    """A plan read from a reply that should be a JSON object (code fences and chatter around it allowed).

    Raises `ValueError` when there is no JSON object that validates as a plan.
    """
    body = _FENCE.sub("", (text or "").strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("the reply holds no JSON object")
    try:
        data = json.loads(body[start:end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"the reply is not valid JSON ({exc.msg})") from None
    try:
        return PlanSchema.model_validate(data)
    except ValidationError as exc:
        raise ValueError(short_validation_error(exc)) from None


def short_validation_error(exc: ValidationError) -> str:
    """A one-line summary of what failed to validate (field names and messages, no input values)."""
    problems = [f"{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}" for e in exc.errors()[:5]]
    return "the plan does not match the schema (" + "; ".join(problems) + ")"
