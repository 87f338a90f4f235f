"""전년보다 떨어진 해는 몇 번, how many months rose from the month before: periods counted by their step from the last.

The question's own reading gives the measure and the filters (the period the step's words were read as is left
out); its trend per year or month is built, each period compared with the one before it (LAG), and those that
moved the asked way counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import sqlglot
from sqlglot import exp

from agent.analysts.offline import sql
from agent.analysts.offline.planning.defaults import default_aggregate
from agent.analysts.offline.planning.plan import Col, Measure, Plan
from agent.analysts.offline.planning.reading import Reading
from agent.analysts.offline.planning.time import time_column
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.matching import Mention

BEFORE = {"전년": "year", "작년": "year", "지난해": "year", "전월": "month", "전달": "month", "지난달": "month"}
"""Korean words for the period before, said with 보다 (전년보다: than the year before)."""
ENGLISH_BEFORE = re.compile(r"\b(?:than|from|over|on)\s+(?:the\s+)?(?:(?:year|month)\s+before|previous\s+(?:year|month)"
                            r"|prior\s+(?:year|month))", re.I)
FELL = frozenset({"떨어지", "줄", "줄어들", "감소", "하락", "낮아지", "내리", "적어지", "fall", "fell", "drop",
                  "dropped", "decline", "declined", "decrease", "decreased", "shrink", "shrank"})
ROSE = frozenset({"늘", "늘어나", "증가", "상승", "오르", "높아지", "많아지", "rise", "rose", "increase",
                  "increased", "grow", "grew", "climb", "climbed"})
NAMES = {"ko": {"desc": "{}보다 줄어든 횟수", "asc": "{}보다 늘어난 횟수", "all": "비교한 횟수"},
         "en": {"desc": "Times it fell from the {} before", "asc": "Times it rose from the {} before",
                "all": "Times compared"}}
CLOSE = 0.1
"""How far below the best a reading may score and still give the trend (when the best counts only the years)."""
SURE = 0.85
"""No surer than this: the trend is read from the question less its step's words, a reading of its own."""
PERIOD_WORDS = {"ko": {"year": "전년", "month": "전월"}, "en": {"year": "year", "month": "month"}}


@dataclass(frozen=True)
class Step:
    """What the question counts: periods of `grain` that went `way` (`desc` fell, `asc` rose) from the one before."""

    grain: str
    way: str


def asked(cues: Cues) -> Step | None:
    """The step counted, when the question counts periods that rose or fell from the one before."""
    if cues.count is None:
        return None
    grain = next((BEFORE[t.lemma] for t in cues.tokens if t.lemma in BEFORE and t.has("보다")), None)
    english = ENGLISH_BEFORE.search(cues.text) if grain is None else None
    if english is not None:
        grain = "month" if "month" in english.group(0).lower() else "year"
    verbs = [w for w in (t.lemma.lower() for t in cues.tokens) if w in FELL | ROSE]
    if grain is None or len(verbs) != 1:
        return None
    return Step(grain, "desc" if verbs[0] in FELL else "asc")


def _event(plan: Plan, index: SchemaIndex) -> list[Measure]:
    """출고량 (movement_type = shipment): a kind of event said, no measure: the total of the table's one quantity."""
    kinds = [c for c in plan.conditions if c.op == "=" and c.column.table == plan.base
             and index.role(c.column.table, c.column.name) == "category"]
    numbers = [f for f in index.tables[plan.base].columns if f.role == "measure" and f.kind == "number"
               and f.integer and not f.span]
    return [Measure("sum", Col(plan.base, numbers[0].name), said=numbers[0].name)] if kinds and len(
        numbers) == 1 else []


def close_plans(readings: list[Reading]) -> list[Plan]:
    """The plans of the best reading and of those scored within CLOSE of it, best first (세례 건수: the total)."""
    return [r.plan for r in readings if r.plan is not None and not r.refusal and r.score >= readings[0].score - CLOSE]


def build(plan: Plan, step: Step, index: SchemaIndex, language: str, mentions: list[Mention]
          ) -> tuple[sql.Built, Plan] | None:
    """The count of periods that moved the asked way from the period before, and the trend it counts over.

    When the plan only counts (달은 몇 개월), the measure is the number column the question names (sales가).
    """
    measures = _measures(plan, index, mentions)
    found = time_column(index, plan.base, [], grain=step.grain)
    time = plan.time or (Col(found.table, found.name) if found is not None else None)
    if len(measures) != 1 or time is None:
        return None
    kept = [c for c in plan.conditions if c.column != time]  # 전년 read as last year: the step's, not a filter
    trend = replace(plan, shape="trend", measures=measures, groups=[], conditions=kept, grain=step.grain, time=time,
                    order=None, limit=None, show=[], share_of=[], over=None)
    try:
        built = sql.build(trend, index, language)
    except (KeyError, ValueError):
        return None
    period, figure = built.named("period"), built.named("measure")
    if len(period) != 1 or len(figure) != 1:
        return None
    query, columns = _steps_counted(built.sql, period[0], figure[0], step, language)
    return sql.Built(query, built.params, columns, built.tables), trend


def _measures(plan: Plan, index: SchemaIndex, mentions: list[Mention]) -> list[Measure]:
    """The plan's measures but its counts of periods (해는 몇 번), else the number column named, else an event's."""
    counts = [m for m in plan.measures if m.agg.startswith("count")]
    named = next((Measure(default_aggregate(m.column), Col(m.column.table, m.column.name), said=m.text)
                  for m in mentions if m.kind == "column" and m.column is not None and m.column.kind == "number"
                  and m.column.role == "measure" and m.column.table == plan.base), None)
    return [m for m in plan.measures if m not in counts] or ([named] if named else []) or _event(plan, index)


def _steps_counted(trend_sql: str, period: str, figure: str, step: Step, language: str
                   ) -> tuple[str, list[tuple[str, str]]]:
    """The trend's periods against the one before (LAG), those that moved the asked way counted, and all compared."""
    lang = "ko" if language == "ko" else "en"
    moved_name = NAMES[lang][step.way].format(PERIOD_WORDS[lang][step.grain])
    all_name = NAMES[lang]["all"]
    value, before = exp.column(figure, quoted=True), exp.column("before", quoted=True)
    lagged = sqlglot.select(exp.alias_(value, "value", quoted=True), exp.alias_(
        exp.Window(this=exp.Anonymous(this="lag", expressions=[value.copy()]),
                   order=exp.Order(expressions=[exp.Ordered(this=exp.column(period, quoted=True))])),
        "before", quoted=True)).from_(exp.Subquery(this=sqlglot.parse_one(trend_sql, dialect="duckdb"),
                                                   alias=exp.TableAlias(this=exp.to_identifier("trend"))))
    moved = (exp.LT if step.way == "desc" else exp.GT)(this=exp.column("value", quoted=True), expression=before)
    query = sqlglot.select(
        exp.alias_(exp.Filter(this=exp.Count(this=exp.Star()), expression=exp.Where(this=moved)), moved_name,
                   quoted=True),
        exp.alias_(exp.Count(this=before.copy()), all_name, quoted=True),
    ).from_(exp.Subquery(this=lagged, alias=exp.TableAlias(this=exp.to_identifier("steps"))))
    return query.sql(dialect="duckdb"), [(moved_name, "measure"), (all_name, "measure")]
