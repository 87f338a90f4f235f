"""The planner's working state while it decides what each matched word is for."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysts.offline.extract import Extracted, Threshold
from agent.analysts.offline.joins import distance
from agent.analysts.offline.matching import Span
from agent.analysts.offline.model import Entity, Filter, Measure
from agent.analysts.offline.reading import Reading
from agent.analysts.offline.schema_index import ColumnInfo, SchemaIndex
from agent.analysts.offline.values import ValueMatch
from agent.analysts.offline.words import Token

MEASURE_SCORE = 0.45
STRONG = 0.8
DAY_WORDS = {"day", "날", "일수", "며칠"}


@dataclass
class Draft:
    """Matches of one question and the roles decided for them so far."""

    index: SchemaIndex
    reading: Reading
    extracted: Extracted
    spans: list[Span]
    values: list[ValueMatch]
    ids: list[ValueMatch]
    unmatched: list[Token]
    used: set[int] = field(default_factory=set)
    penalties: list[tuple[str, float]] = field(default_factory=list)
    thresholds: list[tuple[Threshold, ColumnInfo | None, bool]] = field(default_factory=list)
    """Each threshold with its column (None: the measure) and whether it tests an aggregate."""
    compares: list[tuple[str, ColumnInfo, ColumnInfo]] = field(default_factory=list)
    positives: list[ColumnInfo] = field(default_factory=list)
    measure: Measure | None = None
    entity: Entity | None = None
    base: str | None = None
    filters: list[Filter] = field(default_factory=list)
    groups: list[ColumnInfo] = field(default_factory=list)
    day_span: int | None = None

    def free(self) -> list[tuple[int, Span]]:
        """Spans not yet given a role."""
        return [(i, s) for i, s in enumerate(self.spans) if i not in self.used]

    def penalise(self, reason: str, amount: float) -> None:
        """Note a default taken or an ambiguity; confidence drops by `amount`."""
        self.penalties.append((reason, amount))

    def dist(self, table: str) -> int:
        """Joins from the base table to `table`."""
        return 0 if self.base in (None, table) else distance(self.index, self.base, table)


def numeric(span: Span, minimum: float = MEASURE_SCORE) -> tuple[float, ColumnInfo] | None:
    """The best numeric (measure) column a span names."""
    return next(((s, c) for s, c in span.columns if c.numeric and s >= minimum), None)


def table_of(span: Span) -> tuple[float, str] | None:
    """The table a span names, when the table is its best reading."""
    if not span.tables:
        return None
    score, table = span.tables[0]
    best_column = span.columns[0][0] if span.columns else 0.0
    return (score, table.name) if score >= STRONG and score >= best_column else None


def is_day(span: Span) -> bool:
    """True for words meaning days (rows of a daily table)."""
    return any(t.norm in DAY_WORDS for t in span.tokens)
