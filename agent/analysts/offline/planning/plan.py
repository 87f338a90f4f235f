"""A reading of a question, as what to compute: measures, groups, conditions, period, ranking, shape.

Plain values only (tables and columns by name), so a plan is kept with its turn and read again for a
follow-up (`to_dict`, `from_dict`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SHAPES = ("value", "group", "trend", "rows", "share", "list")
AGGREGATES = ("sum", "avg", "min", "max", "median", "count", "count_distinct")


@dataclass(frozen=True)
class Col:
    """A column by table and name."""

    table: str
    name: str


@dataclass(frozen=True)
class Measure:
    """An aggregate of a column, or a count of rows (`column` None).

    `portion`: the total of `column` as a percentage of the total of `per` (girls' christenings of all).
    """

    agg: str
    column: Col | None = None
    said: str = ""
    """The question's own word for it, if any."""
    assumed: bool = False
    """The aggregate was not asked for (sum or average chosen by the column's kind)."""
    per: Col | None = None
    """For a rate (`agg` ratio): the column the total is divided by (claims per policyholder: holders)."""
    scale: int | None = None
    """A per-person figure asked per so many people (police per 1,000 residents: police_per_capita × 1000)."""
    plus: tuple[Col, ...] = ()
    """Columns added to `column` row by row before the aggregate: the parts of a whole no column holds (deaths:
    disease + wounds + other). For a `portion`, added to `per`, the whole."""


def distinct(measures: list[Measure]) -> list[Measure]:
    """The measures without repeats: one per aggregate and column (차 무게(wt) names the weight twice).

    No assumed aggregate of a column whose aggregate was said either (평균 타점(rbi): the average only).
    """
    said = {m.column for m in measures if not m.assumed and m.column is not None}
    found: dict[tuple[str, Col | None], Measure] = {}
    for m in measures:
        key = (m.agg, m.column)
        if m.assumed and m.column in said:
            continue
        if key not in found or (found[key].assumed and not m.assumed):
            found[key] = m
    return list(found.values())


@dataclass(frozen=True)
class Condition:
    """A condition on a column: =, !=, in, <, <=, >, >=, between.

    `part` (year, month, quarter, ...) compares a part of a date; `range` is [start, end) on a date; `having`
    compares the measure after grouping (with `rows`, each group's number of rows).
    """

    column: Col
    op: str
    value: Any
    part: str | None = None
    said: str = ""
    having: bool = False
    rows: bool = False
    via: str | None = None
    """The base column the condition's table is reached by, when the base refers to that table more than once
    (origin_code for `from Quebec`, destination_code for `to Ontario`)."""


def compared(conditions: list[Condition]) -> set[Col]:
    """The columns the conditions compare with a number or a range (not with values: =, in, !=, not in)."""
    return {c.column for c in conditions if c.op not in ("=", "in", "!=", "not in")}


def extremes(measures: list[Measure], direction: str) -> list[Measure]:
    """The measures as their largest (`desc`) or smallest value: each month's highest temperature."""
    agg = "max" if direction == "desc" else "min"
    return [Measure(agg, m.column, m.said) if m.column else m for m in measures]


@dataclass
class Plan:
    """What to compute for one question."""

    base: str
    shape: str
    measures: list[Measure] = field(default_factory=list)
    groups: list[Col] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    grain: str | None = None
    time: Col | None = None
    """The date (or year) column a trend or a period is on."""
    order: str | None = None
    limit: int | None = None
    show: list[Col] = field(default_factory=list)
    """Columns shown for rows (a row ranking, a list): the label first."""
    share_of: list[Condition] = field(default_factory=list)
    """For a share: the part's conditions (the whole is every row the other conditions keep)."""
    notes: list[str] = field(default_factory=list)
    """Assumptions made, in English keys for the summary (`aggregate assumed`, `latest date anchor`)."""
    joins: dict[str, str] = field(default_factory=dict)
    """For a table the base refers to more than once: the base column to join it by (provinces: destination_code)."""
    over: str | None = None
    """An aggregate of the breakdown's figures, asked after it (지역별 합계, then 평균은?): one value of them all."""
    group_order: str | None = None
    """`desc` to show a breakdown from its last group to its first (from the oldest to the youngest)."""

    def tables(self) -> list[str]:
        """Every table the plan reads, the base first (not those a condition reaches by a subquery of its own)."""
        found = [self.base]
        cols = [m.column for m in self.measures if m.column] + self.groups + [
            c.column for c in self.conditions if c.via is None]
        cols += [c.column for c in self.share_of] + self.show + ([self.time] if self.time else [])
        for col in cols:
            if col is not None and col.table not in found:
                found.append(col.table)
        return found

    def to_dict(self) -> dict[str, Any]:
        """The plan as plain dicts and lists, kept in an answer's details for follow-ups."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        """The plan back from what `to_dict` wrote."""

        def col(value: Any) -> Col | None:
            return Col(**value) if isinstance(value, dict) else None

        def cond(value: dict[str, Any]) -> Condition:
            other = value.get("value")
            if isinstance(other, dict) and set(other) == {"table", "name"}:
                other = Col(**other)
            return Condition(**{**value, "column": col(value["column"]), "value": other})

        return cls(
            base=data["base"], shape=data["shape"],
            measures=[Measure(m["agg"], col(m["column"]), m.get("said", ""), m.get("assumed", False),
                              col(m.get("per")), m.get("scale"),
                              tuple(c for c in (col(p) for p in m.get("plus") or ()) if c))
                     for m in data.get("measures", [])],
            groups=[c for c in (col(g) for g in data.get("groups", [])) if c],
            conditions=[cond(c) for c in data.get("conditions", [])],
            grain=data.get("grain"), time=col(data.get("time")), order=data.get("order"),
            limit=data.get("limit"), show=[c for c in (col(s) for s in data.get("show", [])) if c],
            share_of=[cond(c) for c in data.get("share_of", [])], notes=list(data.get("notes", [])),
            joins=dict(data.get("joins") or {}), over=data.get("over"), group_order=data.get("group_order"),
        )
