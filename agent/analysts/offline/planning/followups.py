"""Follow-ups: a question that names no measure or subject of its own continues the previous one.

The previous turn's plan is the start: the follow-up changes what it names (a value of the same column, the
period, the grouping, the aggregate, the measure, the ranking) and keeps the rest. A question that names its
own measure and subject stands alone unless it says it continues ("그럼", "and", "what about", "only",
"그중", "instead").
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from agent.analysts.offline.planning import answered, swaps
from agent.analysts.offline.planning.plan import Col, Condition, Measure, Plan, compared, distinct, extremes
from agent.analysts.offline.planning.reading import Reader, Reading
from agent.analysts.offline.planning.time import month_start
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.question.tokens import SPELLED
from agent.analysts.offline.schema.facts import ColumnFacts
from agent.analysts.offline.schema.index import SchemaIndex
from agent.analysts.offline.schema.matching import Mention
from agent.analysts.offline.schema.roles import TIME_ROLES

MARKERS = frozenset({"instead", "only", "just", "그", "이", "중", "만", "다시", "대신", "its", "same", "그거", "거기",
                     "그때", "그것", "같"})
"""Words that, first in a question, say it works on the previous one's result ("only", "그 선수의")."""
BACK = frozenset({"those", "these", "them", "their", "그중", "그들", "해당", "걔", "얘", "걔네", "얘네"})
"""Words pointing back to the previous answer wherever they stand (the average temp on those days)."""
NEAR_START = 4
"""How early `its` points back (what was its crime rate); later it is the question's own (... among its patients)."""
OPENERS = frozenset({"and", "what", "how", "also", "then", "now", "그럼", "그러면", "또"})
"""Words that often open a follow-up, and as often a new question ("and how many parts ...?")."""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def previous_plan(details: dict[str, Any] | None) -> Plan | None:
    """The plan kept with a turn (dates, stored as text, read back)."""
    data = (details or {}).get("plan")
    if not isinstance(data, dict):
        return None
    try:
        plan = Plan.from_dict(data)
    except (KeyError, TypeError, ValueError):
        return None
    plan.conditions = [_dated(c) for c in plan.conditions]
    plan.share_of = [_dated(c) for c in plan.share_of]
    return plan


def _dated(c: Condition) -> Condition:
    def back(value: Any) -> Any:
        if isinstance(value, str) and ISO_DATE.match(value):
            return dt.date.fromisoformat(value)
        if isinstance(value, list):
            return [back(v) for v in value]
        return value
    return replace(c, value=back(c.value))


def said_so(cues: Cues) -> bool:
    """True when the question's words say it works on the previous one (그중, only, 창고만, 5월은요, on those days)."""
    words = [t.lemma.lower() for t in cues.tokens]
    return any(w in MARKERS for w in words[:2]) or any(w in BACK for w in words) or "its" in words[:NEAR_START] \
        or bool(cues.pointed) or _each_at_end(words) or any(
        t.has("만", "은요", "는요") for t in cues.tokens)


EACH_WORDS = frozenset({"each", "각각", "각자"})
"""Words that, last in a question, mean each of the groups just shown (the average days for each)."""


def _each_at_end(words: list[str]) -> bool:
    """... for each, ... for each one, 각각은?: each of what the previous answer showed."""
    words = [w for w in words if w not in ("?", ".", "!", "one", "of", "them", "은", "는")]
    return bool(words) and words[-1] in EACH_WORDS


POINTING = frozenset({"its", "same", "그", "그거", "거기", "그때", "그것"})
"""Words that, first in a question, point at an earlier answer (its average, 그 선수의)."""


def points_back(cues: Cues) -> bool:
    """True when the question refers to an earlier answer (their average, 그중, 그 선수의): it cannot stand alone."""
    words = [t.lemma.lower() for t in cues.tokens]
    return any(w in BACK for w in words) or any(w in POINTING for w in words[:2]) or "its" in words[:NEAR_START] \
        or bool(cues.pointed) or _each_at_end(words)


def marked(cues: Cues) -> bool:
    """True when the question says it works on the previous one, or is too short to stand alone."""
    return said_so(cues) or (len(cues.content()) <= 1 and not cues.count and not cues.rankings)


def opened(cues: Cues) -> bool:
    """True when the question opens as follow-ups often do ("and ...", "what about ...", 그럼 ...)."""
    return any(t.lemma.lower() in OPENERS for t in cues.tokens[:2])


def applies(previous: Plan, index: SchemaIndex) -> bool:
    """The previous plan still fits the catalog (its tables and columns exist)."""
    try:
        for table in previous.tables():
            if table not in index.tables:
                return False
        cols = [m.column for m in previous.measures if m.column] + previous.groups + [
            c.column for c in previous.conditions if c.column.name != "*"]
        for c in cols:
            index.column(c.table, c.name)
        references = {(lk.column, lk.target) for lk in index.tables[previous.base].links}
        if any(c.via is not None and (c.via, c.column.table) not in references for c in previous.conditions) or any(
                (column, table) not in references for table, column in previous.joins.items()):
            return False  # from Quebec: the reference it went by is gone
    except (KeyError, StopIteration):
        return False
    return True


def continue_from(previous: Plan, cues: Cues, index: SchemaIndex, mentions: list[Mention],
                  one_row_each: Callable[[], bool] = lambda: False,
                  ranked_labels: Callable[[], list[Any]] = list, earlier: Plan | None = None) -> Reading:
    """The previous plan changed by what the question names.

    `one_row_each` says whether the previous breakdown's groups are single rows; `ranked_labels` gives the
    labels the previous ranking showed. Each runs a query, so it is asked only when the question needs it.
    `earlier` is the plan before the previous one (찬성 몇 명, 그중 여성은?, then 비율로 치면?: women of those).
    """
    from agent.analysts.offline.planning.planner import _distances, _reachable, _selections

    entity = answered.pointed_entity(cues, previous)
    if entity is not None:  # 그 교수 연봉은?: 교수 is the one answered before, not a column or a table
        mentions = [m for m in mentions if entity not in m.tokens]
    chosen = _selections(mentions, previous.base, _reachable(index, previous.base),
                         _distances(index, previous.base))[0]
    reader = Reader(cues, index, previous.base, chosen, mentions)
    reading = reader.read()
    new = reading.plan
    plan = copy.deepcopy(previous)
    plan.notes = [n for n in plan.notes if n != "follow-up"] + ["follow-up"]
    filtered = compared(reader.conditions)
    said_measures = [m for m in reader.measures if m.column is not None and not (m.assumed and m.column in filtered)]
    # 타수(ab) 400 이상인 기록만: a filter on at-bats, the measure stays
    aggregates = [agg for agg, _ in cues.aggregates]
    highest = bool(cues.rankings) and plan.shape == "value" and new is not None and new.shape == "value" \
        and any(m.column is not None for m in new.measures)  # 최고 연봉은?: the largest salary, not a top row
    if highest and new is not None:
        plan.measures = [m for m in new.measures if m.column is not None]
    elif said_measures:
        plan.measures = _carry_aggregate(said_measures, previous.measures)
    elif aggregates and _summarises(previous, cues, reader, one_row_each):
        plan.over, plan.shape, plan.order, plan.limit = aggregates[0], "value", None, None  # 지역별, then 평균은?
    elif aggregates:
        plan.measures = [Measure(agg, m.column, m.said) for m in plan.measures if m.column for agg in aggregates] \
            or plan.measures
        if plan.shape == "rows" and not cues.rankings:  # the top student's pulse, then "and the average?"
            plan.shape, plan.order, plan.limit, plan.show = "value", None, None, []
    elif cues.count is not None and plan.shape in ("value", "group", "trend"):
        plan.measures = [reader.rows_measure()]  # 마릿수로 보여줘, as a count: how many rows instead
    plan.measures = distinct(plan.measures)
    new_conditions = list(reader.conditions)
    parts = [c for c in new_conditions if c.part]
    if cues.periods and parts and _spans_a_year(plan.conditions) and len(parts) == len(
            [c for c in new_conditions if c.op in ("range", "between") or c.part]):
        said = {c.part for c in parts}  # 2001, then "just July to December": those months of 2001
        plan.conditions = [c for c in plan.conditions if c.part not in said]
    elif cues.periods and parts and (year := _one_year(plan.conditions)) is not None and all(
            c.part in ("month", "quarter") and c.op == "=" for c in parts):
        new_conditions = [_in_year(c, year) if c in parts else c for c in new_conditions]  # Q3 2007, then 4분기는?
        plan.conditions = [c for c in plan.conditions if c.op != "range" or c.column not in compared(new_conditions)]
    elif cues.periods:  # a new period replaces the old one
        new_conditions = _on_previous_dates(previous, new_conditions, index, reader.dates_named)
        time_cols = {c.column for c in new_conditions if c.op in ("range", "between") or c.part}
        time_cols |= {c.column for c in new_conditions if index.role(c.column.table, c.column.name) in TIME_ROLES}
        plan.conditions = [c for c in plan.conditions if c.column not in time_cols and not c.part
                           and index.role(c.column.table, c.column.name) not in TIME_ROLES]
    swapped = swaps.number_swapped(previous, cues, mentions, index)
    if swapped is not None:  # aged 72, then "and at 19?" / 25 to 34, then "and 35 to 44?": the same column
        new_conditions = [swapped]
        reading.penalties = [p for p in reading.penalties if "without a column" not in p[0]
                             and "main measure" not in p[0]]
        reading.penalise("a number alone, read on the previous question's column", swaps.SWAP_DOUBT)
        reading.explained |= {i for i, t in enumerate(cues.tokens) if t.kind == "num" or t.lemma.lower() in SPELLED}
    if not new_conditions and _says_without(cues):
        flipped = _flipped(plan.conditions, index)  # with a rec room, then "and without one?"
        if flipped != plan.conditions:
            reading.explained |= {i for i, t in enumerate(cues.tokens) if t.lemma.lower() in WITHOUT_WORDS}
        plan.conditions = flipped
    elif not new_conditions and (rest := swaps.the_rest(cues, plan.conditions, index)) is not None:
        left, turned = rest  # over 100 packs, then 나머지 주들은?: those at 100 or under
        plan.conditions = [turned if c is left else c for c in plan.conditions]
        reading.explained |= {i for i, t in enumerate(cues.tokens) if t.lemma.lower() in swaps.REST_WORDS}
    for cond in new_conditions:
        plan.conditions = [c for c in plan.conditions if not _same_column(c, cond)]
        plan.conditions.append(cond)
    ranked_by = [g for g in reader.groups if previous.order and index.role(g.table, g.name) == "measure"
                 and not index.column(g.table, g.name).discrete]
    if ranked_by:  # top 3 firms by capital stock, then "and by market value?": ranked by that measure instead
        reader.groups = [g for g in reader.groups if g not in ranked_by]
        agg = previous.measures[0].agg if previous.measures and previous.measures[0].column is not None else "sum"
        plan.measures = [Measure(agg, ranked_by[0], ranked_by[0].name)]
    named = _named_alone(cues, mentions) if not (reader.groups or new_conditions or said_measures) else None
    if reader.groups or named is not None:
        plan.groups = reader.groups or [reader.label_for(cast(ColumnFacts, named))]  # 성별로는?: by sex
        if plan.shape == "value":
            plan.shape = "group"
    elif plan.shape == "group" and not any(c.having for c in plan.conditions):
        for cond in new_conditions:  # stock by warehouse, then "what about WH-B?": that warehouse's figure
            if cond.op == "=" and not cond.having:
                plan.groups = [g for g in plan.groups if not _same_entity(g, cond.column, index)]
        if not plan.groups:
            plan.shape, plan.limit, plan.order = "value", None, None
    asked = answered.asked_of_the_row(previous, cues, plan.groups, new_conditions, index, mentions)
    if asked:  # 가장 비싼 집, then 에어컨은 있어? / 어느 주에 있어?: that row's value, not a filter or a breakdown
        plan.shape, plan.groups, plan.show = "rows", [], [previous.show[0], *asked]
        plan.conditions = [c for c in plan.conditions if c.column not in asked]
        if not plan.order:  # a row pinned by its name shows only what is asked; the top row keeps its ranking
            plan.measures = [m for m in plan.measures if said_measures and m in said_measures]
    grain = cues.grain
    if grain:
        column = plan.time or _time(new)
        if column is not None:
            plan.shape, plan.grain, plan.time = "trend", grain, column
    grouped = {g.table for g in plan.groups}
    names_group = any(m.column is None and m.table in grouped or m.column is not None and m.column.ref_col()
                      in plan.groups for m in mentions)
    each = bool(cues.rankings) and plan.shape in ("group", "trend") and previous.limit is None \
        and cues.rankings[0].limit is None and not cues.which and not names_group
    if each:  # a breakdown, then "the lowest reading instead": each group's lowest, not the lowest group
        plan.measures = extremes(plan.measures, cues.rankings[0].direction)
    if cues.rankings and not highest and not each:
        ranking = cues.rankings[0]
        plan.order = ranking.direction
        plan.limit = ranking.limit or plan.limit or 1
        if plan.shape == "value" and new is not None and new.shape in ("rows", "group"):
            plan.shape, plan.show, plan.groups = new.shape, new.show, new.groups or plan.groups
    extreme = _extreme_asked(previous, cues, index, mentions)
    if extreme is not None and previous.shape == "rows":  # then 몇 년도?: the same row, its year
        plan.show, plan.measures = [extreme], previous.measures
    elif extreme is not None:  # 투자액 최댓값, then 그건 어느 기업이야? / which year was that?: the row that holds it
        plan.shape, plan.show, plan.groups, plan.limit = "rows", [extreme], [], 1
        plan.order = "desc" if previous.measures[0].agg == "max" else "asc"
        plan.measures = [Measure("value", previous.measures[0].column, previous.measures[0].said)]
    elif answered.held_by_extreme(previous, cues, said_measures, points_back(cues)):  # 그 교수 연봉은?: that row's
        top = previous.measures[0]
        name = index.tables[previous.base].label
        plan.shape, plan.groups, plan.limit = "rows", [], 1
        plan.order = "desc" if top.agg == "max" else "asc"
        plan.show = [Col(previous.base, name)] if name else []
        plan.measures = [Measure("value", top.column, top.said),
                         *[Measure("value", m.column, m.said) for m in said_measures]]
    if reader.rate is not None:
        plan.share_of = [reader.rate]
    elif cues.share is not None and previous.shape == "value" and not previous.share_of \
            and any(not c.having for c in previous.conditions) and not new_conditions \
            and all(m.agg in ("count", "sum") for m in previous.measures):
        kept = [] if cues.total else _narrowed(previous, earlier)  # 그중 여성은?, then 비율로 치면?: of those before
        plan.shape, plan.share_of = "share", [c for c in previous.conditions if not c.having and c not in kept]
        plan.conditions = [c for c in previous.conditions if c.having or c in kept]  # what share of all journals
    label = _those_ranked(previous, cues, said_measures)
    if label is not None and (labels := ranked_labels()) and (pin := answered.pinned(label, labels, previous, index)):
        plan.conditions = [*plan.conditions, pin]  # 상위 5개, then 그 5개 기업의 평균 시가총액은?
        if len(labels) == 1 and (plan.groups == [label] or plan.shape == "trend"):  # the top state's price
            plan.shape, plan.groups, plan.time, plan.grain = "value", [], None, None
        elif plan.shape == "rows" and any(not m.assumed and m.agg in CARRIED for m in plan.measures):
            plan.shape, plan.show = "value", []  # 연봉 상위 5명, then 그 5명의 평균 재직 연수는?: one average of them
        if not said_measures and previous.limit != 1 and _rows_named(previous, label, mentions, index):
            plan.shape, plan.groups, plan.show = "group", [label], []  # top 5 schools, then 그 학교들 학생 수는?
            plan.measures = [reader.rows_measure()]
        elif not said_measures:  # top 5 counties, then "how many of them are in an SMSA?": those of them counted
            plan.shape, plan.groups, plan.show = "value", [], []
            plan.measures = [Measure("count_distinct", label, label.name) if previous.limit != 1
                             else reader.rows_measure()]  # the top publisher, then "how many of its journals"
        reading.explained |= {i for i, t in enumerate(cues.tokens) if previous.limit in (
            t.number, NATIVE_COUNTS.get(t.lemma))}  # 그 5개, 그 세 지역
        plan.order, plan.limit = None, None
    reading.plan = plan
    refused = reading.refusal in KEPT_REFUSALS  # 작년에는? on a table with no dates: still no year to place
    reading.refusal = None if not refused and (plan.measures or plan.shape in ("rows", "list")) else reading.refusal
    for i in cues.content():  # what the question names was used, or is only carried by the previous plan
        reading.explained.add(i) if _named(i, plan, mentions) or i == entity else None
    reader.finish()
    reader.refuse_outside(plan)  # deaths in 1991, then "what about 1992?" when the data ends in 1991
    return reading


def _narrowed(previous: Plan, earlier: Plan | None) -> list[Condition]:
    """The earlier plan's conditions, when the previous one only added some to it (그중 여성은?)."""
    if earlier is None or earlier.base != previous.base or earlier.measures != previous.measures:
        return []
    kept = [c for c in earlier.conditions if not c.having]
    added = [c for c in previous.conditions if not c.having and c not in kept]
    return kept if kept and added and all(c in previous.conditions for c in kept) else []


NATIVE_COUNTS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
"""Korean native numbers before a counter (그 세 지역: those three regions)."""


def _those_ranked(previous: Plan, cues: Cues, said_measures: list[Measure]) -> Col | None:
    """The label column of the previous ranking, for another measure of the rows it showed or a count of them."""
    if not (previous.order and previous.limit and (said_measures or cues.count is not None) and points_back(cues)) \
            or cues.rankings:
        return None
    if previous.shape == "group" and len(previous.groups) == 1:
        return previous.groups[0]
    if previous.shape == "trend" and previous.limit == 1 and not previous.groups:
        return previous.time  # 마르크 환율이 가장 높았던 날, then 그날 파운드 환율은?
    return previous.show[0] if previous.shape == "rows" and previous.show else None


def _rows_named(previous: Plan, label: Col, mentions: list[Mention], index: SchemaIndex) -> bool:
    """The question names the base table's rows (학생 수) while the ranked labels name another thing (schools)."""
    facts = index.tables[previous.base]
    other = label.table != previous.base or facts.key != label.name and any(
        link.column == label.name for link in facts.links)
    return other and any(m.kind == "table" and m.table == previous.base for m in mentions)


KEPT_REFUSALS = frozenset({"no_time", "forecast", "cause"})
"""Why a follow-up cannot be answered even with the previous question's plan: no dates, or the future."""
SUMMARIES = frozenset({"avg", "sum", "max", "min", "median"})


def _summarises(previous: Plan, cues: Cues, reader: Reader, one_row_each: Callable[[], bool]) -> bool:
    """평균은?, and the total? after a breakdown: one figure of the figures shown, not the breakdown again.

    So when each group is one row (an average per group would repeat the figures), or the aggregate asked is
    the one shown (연도별 평균, then 평균은?); otherwise (월별 출고량, then 평균은?) each group's average.
    """
    if len(cues.aggregates) != 1 or cues.aggregates[0][0] not in SUMMARIES or reader.groups or reader.conditions \
            or cues.grain or cues.rankings or cues.periods or len(previous.measures) != 1 or previous.share_of:
        return False
    if previous.over is not None:
        return True  # 평균은?, then 합계는?: the other figure of the same breakdown
    shown = previous.measures[0]
    again = not shown.assumed and shown.agg == cues.aggregates[0][0]
    return previous.shape in ("group", "trend") and shown.agg != "share" and (again or one_row_each())


WITHOUT_WORDS = frozenset({"without", "없", "없는", "no", "not", "아닌", "안"})


def _says_without(cues: Cues) -> bool:
    """A follow-up that only says "without" (and without one?, 없는 집은?): the other side of a yes/no."""
    return any(t.lemma.lower() in WITHOUT_WORDS for t in cues.tokens) and len(cues.content()) <= 2


def _flipped(conditions: list[Condition], index: SchemaIndex) -> list[Condition]:
    """The one yes/no condition turned to its other value (air conditioning = yes becomes = no)."""
    two = [c for c in conditions if c.op == "=" and not c.having and len(
        index.column(c.column.table, c.column.name).values) == 2 and index.role(c.column.table, c.column.name)
           in ("flag", "category")]
    if len(two) != 1:
        return conditions
    cond = two[0]
    values = index.column(cond.column.table, cond.column.name).values
    other = next((v for v in values if v != cond.value), None)
    return [replace(c, value=other, said="") if c is cond else c for c in conditions] if other is not None \
        else conditions


def _on_previous_dates(previous: Plan, conditions: list[Condition], index: SchemaIndex,
                       named: frozenset[tuple[str, str]]) -> list[Condition]:
    """Deaths in 1991 (death_date), then "what about 1992?": the new period on the same date, unless it names one."""
    before = next((c.column for c in previous.conditions if c.op == "range"
                   and index.role(c.column.table, c.column.name) == "date"), None)
    if before is None:
        return conditions
    return [replace(c, column=before) if c.op == "range" and c.column != before and c.column.table == before.table
            and index.role(c.column.table, c.column.name) == "date" and (c.column.table, c.column.name) not in named
            else c for c in conditions]


WHICH_WORDS = frozenset({"which", "what", "who", "when", "어느", "어떤", "누구", "언제", "몇", "무슨"})


def _extreme_asked(previous: Plan, cues: Cues, index: SchemaIndex, mentions: list[Mention]) -> Col | None:
    """After a single maximum or minimum, `which year was that?`, 그건 어느 기업이야?: the column naming its row."""
    single = answered.one_extreme(previous)
    top = previous.shape == "rows" and previous.limit == 1 and not previous.groups
    if not (single or top) or not previous.measures or previous.measures[0].column is None or previous.groups:
        return None
    if not any(t.lemma.lower() in WHICH_WORDS for t in cues.tokens) or cues.aggregates or cues.count is not None \
            and cues.tokens[cues.count].lemma != "몇":
        return None
    base = index.tables[previous.base]
    reach = {previous.base} | {link.target for link in base.links}
    for m in mentions:
        if m.kind == "table" and m.table in reach and index.tables[m.table].label:
            return Col(m.table, cast(str, index.tables[m.table].label))
    for m in mentions:
        if m.kind == "column" and m.column is not None and m.column.table in reach \
                and m.column.role in ("year", "date", "label", "category"):
            return Col(m.column.table, m.column.name)
    if any(t.lemma in ("년도", "연도", "해", "year") for t in cues.tokens):
        year = next((c for c in base.columns if c.role == "year"), None)
        if year is not None:
            return Col(previous.base, year.name)
    if any(t.lemma.lower() in DATE_WORDS for t in cues.tokens):
        date = next((c for c in base.columns if c.role == "date"), None)
        if date is not None:  # 1986년 최저 환율, then 그게 몇 월이었어?: the date that holds it
            return Col(previous.base, date.name)
    return None


DATE_WORDS = frozenset({"월", "달", "month", "날", "날짜", "date", "day", "언제", "when"})
"""Words asking when the row holding an extreme was, on a table with dates."""


CARRIED = frozenset({"avg", "sum", "max", "min", "median"})


def _carry_aggregate(said: list[Measure], before: list[Measure]) -> list[Measure]:
    """The previous question's aggregate for a measure named without one (the maximum, then "녹색당은?")."""
    asked = {m.agg for m in before if not m.assumed and m.column is not None}
    if len(asked) != 1 or not asked <= CARRIED:
        return said
    agg = next(iter(asked))
    return [Measure(agg, m.column, m.said) if m.assumed else m for m in said]


def _one_year(conditions: list[Condition]) -> int | None:
    """The year a date range of the previous question lies in, when it lies in one year and is shorter."""
    for first, end in _date_ranges(conditions):
        if first.year == (end - dt.timedelta(days=1)).year and (end - first).days < 365:
            return int(first.year)
    return None


def _date_ranges(conditions: list[Condition]) -> list[tuple[dt.date, dt.date]]:
    """The [first, end) date ranges among the conditions."""
    return [(c.value[0], c.value[1]) for c in conditions if c.op == "range" and isinstance(c.value, list)
            and len(c.value) == 2 and all(isinstance(v, dt.date) for v in c.value)]


def _in_year(part: Condition, year: int) -> Condition:
    """A month or quarter of every year (QUARTER(date) = 4) as that month or quarter of one year."""
    first_month = int(part.value) if part.part == "month" else 3 * int(part.value) - 2
    months = 1 if part.part == "month" else 3
    start = dt.date(year, first_month, 1)
    end = month_start(year, first_month + months)
    return Condition(part.column, "range", [start, end], said=part.said)


def _spans_a_year(conditions: list[Condition]) -> bool:
    """A date range of the previous question covers a year or more (2001: months inside it narrow it)."""
    return any((end - first).days >= 365 for first, end in _date_ranges(conditions))


def _named_alone(cues: Cues, mentions: list[Mention]) -> ColumnFacts | None:
    """The category column that is all the question names (성별로는?, by sex?), if any."""
    content = set(cues.content())
    found = [m.column for m in mentions if m.kind == "column" and m.column is not None and m.column.groupable
             and m.column.role in ("category", "flag", "year", "month") and set(m.tokens) == content]
    return found[0] if content and len({c.ref for c in found}) == 1 else None


def _same_entity(group: Col, column: Col, index: SchemaIndex) -> bool:
    """The grouping and the filtered column name one thing (warehouse_name, inventory.warehouse_id)."""
    if group == column:
        return True
    facts = index.tables.get(column.table)
    if facts is None:
        return False
    targets = {link.target for link in facts.links if link.column == column.name}
    if facts.key == column.name:
        targets.add(column.table)
    return group.table in targets and index.role(group.table, group.name) in ("id", "label")


def _same_column(a: Condition, b: Condition) -> bool:
    return a.column == b.column and not a.having and not b.having and a.part == b.part


def _time(plan: Plan | None) -> Col | None:
    return plan.time if plan is not None else None


def _named(token: int, plan: Plan, mentions: list[Mention]) -> bool:
    for m in mentions:
        if token in m.tokens and m.column is not None:
            cols = [c.column for c in plan.conditions] + plan.groups + plan.show + [
                m2.column for m2 in plan.measures if m2.column]
            used = {(c.table, c.name) for c in cols}
            if m.column.ref in used:
                return True
    return False

