"""Follow-ups ("그럼 B 창고는?", "top 2 instead", "as a line chart", "지난달은?") merged with the previous plan.

A question that carries a follow-up marker, or that is too short or elliptical to map on its own, is read
for what it changes: a filter value on the same column, the date range, the grouping, the time grain, the
measure or its aggregate, the ranking, the chart mark. Those changes are applied to the previous turn's
structured plan (kept in `Turn.details`, see stored_plan), and the result is planned again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from agent.analyst import stored_plan, subjects
from agent.analyst.conditions import MONTH_LABELS, _nearest
from agent.analyst.dates import MONTHS, Period
from agent.analyst.draft import STRONG, Draft, numeric, table_of
from agent.analyst.extract import Extracted, extract
from agent.analyst.joins import FAR, joins_for
from agent.analyst.lookup import _with_referencing, find_in_data
from agent.analyst.matching import Span, match_spans
from agent.analyst.model import Filter, Measure, Structured, Unmapped
from agent.analyst.planner import _split_values
from agent.analyst.reading import read
from agent.analyst.schema_index import ColumnInfo, SchemaIndex
from agent.analyst.values import ValueMatch
from agent.analyst.words import Token, tokenize
from agent.data.database import Database, quote_identifier
from agent.plan import Turn

LEADING = re.compile(r"^\s*(?:what about|how about|what of|그럼|그러면|그렇다면|이번엔|이번에는)(?![\w가-힣])",
                     re.IGNORECASE)
WEAK_LEADING = re.compile(r"^\s*(?:and|but|so|then|now|ok(?:ay)?|also|그리고)(?![\w가-힣])", re.IGNORECASE)
ANYWHERE = re.compile(r"\binstead\b|\bsame\b|대신|말고", re.IGNORECASE)
TOPIC_END = re.compile(r"[가-힣A-Za-z0-9](?:은|는|요|은요|는요|(?:으)?로)\s*[?!.]*\s*$")
"""A short Korean question ending in a topic or direction particle: `재주문점은?`, `B 창고는?`, `선 그래프로`."""
EXCLUDED = re.compile(r"\S+\s*(?:말고|아니고|대신에?)(?=\s+\S)|\b(?:instead of|rather than|not)\s+[\w-]+",
                      re.IGNORECASE)
CHARTS = (
    ("line", re.compile(r"\bas\s+(?:an?\s+)?lines?\b(?:\s*(?:chart|graph|plot)s?)?|\blines?\s*(?:chart|graph|plot)s?\b"
                        r"|꺾은선(?:\s*(?:그래프|차트))?|(?:선|라인)\s*(?:그래프|차트)", re.IGNORECASE)),
    ("bar", re.compile(r"\bas\s+(?:an?\s+)?bars?\b(?:\s*(?:chart|graph|plot)s?)?|\bbars?\s*(?:chart|graph|plot)s?\b"
                       r"|막대(?:\s*(?:그래프|차트))?|바\s*(?:그래프|차트)", re.IGNORECASE)),
)
FILLERS = re.compile(
    r"\b(?:what about|how about|what of|instead(?: of that)?|same|again|chart|graph|plot|show(?: me)?|"
    r"just|only|by the way)\b|그럼|그러면|그리고|그렇다면|대신에?|이번엔|이번에는|다시|보여\s*주세요|보여줘|"
    r"그려\s*주세요|그려줘|바꿔\s*주세요|바꿔줘|(?<=[가-힣])(?:으로|로)(?=\s*[?!.]*\s*$)", re.IGNORECASE)
GROUP_PARTICLE = re.compile(r"별(?:로는|로요|로|은|는)")
BARE_MONTH = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december|"
                        r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|May)\b\.?", re.IGNORECASE)
CODE = re.compile(r"[A-Za-z0-9]{1,3}")
SHORT_WORDS = 3
"""A question of at most this many words that maps only weakly on its own is read as a follow-up."""
WEAK = 0.6


@dataclass
class Changes:
    """What a follow-up asks to change; `applied` names what could be applied to the previous plan."""

    chart: str | None = None
    extracted: Extracted | None = None
    months: list[int] = field(default_factory=list)
    values: list[ValueMatch] = field(default_factory=list)
    group_spans: list[Span] = field(default_factory=list)
    measure: tuple[Span, ColumnInfo] | None = None
    grain: str | None = None
    aggregate: str | None = None
    ignored: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    unhandled: bool = False
    """True when it asks for what a change cannot express (a threshold, a comparison, a ranking word)."""


def previous_plan(history: list[Turn]) -> tuple[Turn, dict[str, Any]] | None:
    """The latest earlier turn with a stored structured plan, and that plan."""
    for turn in reversed(history):
        stored = turn.details.get(stored_plan.KEY) if isinstance(turn.details, dict) else None
        if isinstance(stored, dict):
            return turn, stored
    return None


def _words(question: str) -> int:
    """Words of the question, not counting a leading `and`."""
    return len(question.split()) - bool(WEAK_LEADING.search(question))


def is_marked(question: str) -> bool:
    """True when the question says it follows on: `그럼`, `what about`, `instead`, `대신`, a chart; or it is
    short and starts with `and` or ends in a Korean particle (`and WH-C?`, `재주문점은?`)."""
    short = _words(question) <= SHORT_WORDS
    return bool(LEADING.search(question) or ANYWHERE.search(question) or _chart(question)[0]
                or (short and (WEAK_LEADING.search(question) or TOPIC_END.search(question))))


def is_elliptical(question: str, found: Structured | Unmapped, confidence: float) -> bool:
    """True when a question could not be mapped alone, or is short and maps only weakly (`B 창고`)."""
    if isinstance(found, Unmapped):
        return not found.not_found
    return _words(question) <= SHORT_WORDS and (confidence < WEAK or (found.mode == "list" and not found.filters))


def _chart(text: str) -> tuple[str | None, str]:
    for mark, pattern in CHARTS:
        if pattern.search(text):
            return mark, pattern.sub(" ", text)
    return None, text


def _bare_months(text: str) -> tuple[list[int], str]:
    months = []
    for m in BARE_MONTH.finditer(text):
        if m.group(1).lower() == "may" and m.group(1) != "May":
            continue
        months.append(MONTHS.index(m.group(1)[:3].lower()) + 1)
    return months, BARE_MONTH.sub(" ", text)


def read_changes(question: str, index: SchemaIndex, database: Database, base: str) -> Changes | Unmapped:
    """What the follow-up asks for, read against the schema from the previous plan's base table."""
    c = Changes()
    c.chart, text = _chart(question)
    text = EXCLUDED.sub(" ", text)
    text = GROUP_PARTICLE.sub("별", FILLERS.sub(" ", WEAK_LEADING.sub(" ", LEADING.sub(" ", text))))
    ex = extract(text)
    c.months, rest = _bare_months(ex.text)
    c.extracted, c.months = ex, ex.months + c.months
    ids, missing = find_in_data(ex.ids + ex.quoted, index, database)
    if missing:
        names = ", ".join(missing)
        return Unmapped(f"I could not find {names} in the data.", f"데이터에서 {names}을(를) 찾을 수 없습니다.",
                        not_found=missing)
    reading = read(tokenize(rest, index.korean_keys), rest, index.vocabulary)
    values, runs = _split_values(reading.runs, index)
    spans, unmatched = match_spans(runs, index)
    c.grain = reading.grain
    c.unhandled = bool(ex.thresholds or reading.comparators or (reading.superlative and ex.top is None))
    c.aggregate = reading.aggregates[0] if reading.aggregates else ("count" if reading.count else None)
    c.values = ids + values
    labels: list[Span] = []
    for span in spans:
        found = numeric(span, STRONG)
        if span.group:
            c.group_spans.append(span)
        elif table_of(span):
            labels.append(span)
        elif found and c.measure is None:
            c.measure = (span, found[1])
        else:
            c.ignored.append(span.text)
    for token in unmatched:
        match = _code(token, labels, index, database) if CODE.fullmatch(token.text) else None
        if match is not None:
            c.values.append(match)
        else:
            c.ignored.append(token.text)
    return c


def _code(token: Token, labels: list[Span], index: SchemaIndex, database: Database) -> ValueMatch | None:
    """`B 창고`, `warehouse B`: the one key of the named table whose last part is the short code."""
    if token.text.isdigit() or not labels:
        return None
    span = min(labels, key=lambda s: abs(s.pos - token.pos))
    named = table_of(span)
    table = named[1] if named else None
    key = index.tables[table].key if table else None
    if table is None or key is None:
        return None
    sql = (f"SELECT DISTINCT {quote_identifier(key)} FROM {quote_identifier(table)} "
           f"WHERE regexp_matches(upper(CAST({quote_identifier(key)} AS VARCHAR)), ?) LIMIT 2")
    rows = database.execute(sql, [f"(^|[-_ .]){re.escape(token.text.upper())}$"]).rows
    if len(rows) != 1:
        return None
    return ValueMatch(f"{span.text} {token.text}", token.pos, _with_referencing(index, table, key, str(rows[0][0])))


def _label(column: ColumnInfo, values: list[str]) -> str:
    return f"{column.name} = {values[0]}" if len(values) == 1 else f"{column.name} in ({', '.join(values)})"


def _set_values(s: Structured, column: ColumnInfo, values: list[str], kind: str) -> None:
    """Replace the filter on `column` (same column name: an ID is the same in every table) or add one."""
    same = [f for f in s.filters if f.kind in ("id", "value") and f.column.name == column.name]
    old = {v for f in same for v in (f.value if isinstance(f.value, list) else [f.value])}
    target = same[0].column if same else column
    s.filters = [f for f in s.filters if f not in same]
    value: Any = values[0] if len(values) == 1 else values
    s.filters.append(Filter(same[0].kind if same else kind, target, "=" if len(values) == 1 else "in", value,
                            label=_label(target, values)))
    if s.entity is not None and (s.entity.value in old or (s.entity.value is None and s.entity.key == column.name)):
        s.entity = dataclasses.replace(s.entity, value=values[0] if len(values) == 1 else None)
    s.groups = [g for g in s.groups if g.name != column.name]
    if s.mode == "group" and not s.groups:
        s.mode, s.order, s.limit = "value", None, None


def _apply_values(s: Structured, c: Changes, d: Draft) -> None:
    chosen: dict[tuple[str, str], tuple[ColumnInfo, list[str], str]] = {}
    for match in c.values:
        current = next(((f.column, v) for f in s.filters if f.kind in ("id", "value")
                        for t, col, v in match.candidates if col == f.column.name), None)
        picked = current or _nearest(d, match)
        if picked is None:
            c.ignored.append(match.text)
            continue
        column, value = picked
        entry = chosen.setdefault((column.table, column.name), (column, [], "id" if column.is_id else "value"))
        if value not in entry[1]:
            entry[1].append(value)
    for column, values, kind in chosen.values():
        _set_values(s, column, values, kind)
        c.applied.append("filter")


def _date_column(s: Structured, d: Draft) -> ColumnInfo | None:
    dated = next((f.column for f in s.filters if f.kind in ("date", "month")), None)
    if dated is not None or s.date is not None:
        return dated or s.date
    options = [(d.dist(t.name), t.dates[0]) for t in d.index.tables.values() if t.dates]
    options = [o for o in options if o[0] < FAR]
    return min(options, key=lambda o: o[0])[1] if options else None


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_period(s: Structured, month: int) -> Period | None:
    """The month in the year of the previous date range (a month or a whole year), if there was one."""
    old = next((f for f in s.filters if f.kind == "date"), None)
    if old is None:
        return None
    start, end = old.value
    whole_year = start.month == 1 and end == start.replace(year=start.year + 1)
    if start.day == 1 and (end == _next_month(start) or whole_year):
        first = dt.date(start.year, month, 1)
        return Period(first, _next_month(first), f"{first.year}-{month:02d}")
    return None


def _apply_dates(s: Structured, c: Changes, d: Draft) -> None:
    ex = c.extracted
    periods = ex.periods if ex else []
    if not periods and not c.months:
        return
    column = _date_column(s, d)
    if column is None:
        c.ignored.extend(p.label for p in periods)
        return
    period = periods[0] if periods else _month_period(s, c.months[0])
    kept = [f for f in s.filters if f.kind not in ("date", "month")]
    if period is not None:
        new = Filter("date", column, "range", (period.start, period.end), label=f"{column.name}: {period.label}")
    else:
        month = c.months[0]
        new = Filter("month", column, "=", month, label=f"{column.name}: {MONTH_LABELS[month - 1]}")
    s.filters = [*kept, new]
    if s.date is None:
        s.date = column
    c.applied.append("date")


def _apply_shape(s: Structured, c: Changes, d: Draft) -> None:
    """Measure, aggregate, time grain and grouping."""
    if c.measure is not None:
        span, column = c.measure
        agg = s.measure.agg if s.measure is not None and s.measure.column is not None else "sum"
        s.measure = Measure(column.table, column, agg, word=span.text)
        s.base = column.table
        if s.mode == "list":
            s.mode = "value"
        c.applied.append("measure")
    if c.aggregate and s.measure is not None:
        if c.aggregate == "count":
            s.measure = Measure(s.base, None, "count")
        elif s.measure.column is not None:
            s.measure = dataclasses.replace(s.measure, agg=c.aggregate, defaulted=False)
        c.applied.append("aggregate")
    d.base = s.base
    groups = [g for g in (subjects.group_column(d, span) for span in c.group_spans) if g is not None]
    c.ignored.extend(span.text for span in c.group_spans[len(groups):])
    if groups:
        s.groups = groups
        names = {g.name for g in groups}
        dropped = [f for f in s.filters if f.kind in ("id", "value") and f.column.name in names]
        s.filters = [f for f in s.filters if f not in dropped]
        if s.entity is not None and any(f.value == s.entity.value for f in dropped):
            s.entity = None
        if s.measure is None:
            s.measure = Measure(s.base, None, "count", defaulted=True)
        if s.mode != "trend":
            s.mode, s.order, s.limit = "group", s.order or "desc", None
        c.applied.append("groups")
    if c.grain:
        column = _date_column(s, d)
        if column is None:
            c.ignored.append(c.grain)
        else:
            if s.measure is None:
                s.measure = Measure(s.base, None, "count", defaulted=True)
            s.mode, s.grain, s.date, s.order, s.limit = "trend", c.grain, column, None, None
            c.applied.append("grain")


def _apply_ranking(s: Structured, c: Changes) -> None:
    top = c.extracted.top if c.extracted else None
    if top is None:
        return
    if s.mode in ("group", "list"):
        s.limit = top[0]
        s.order = top[1] or (s.order if s.mode == "group" else None) or ("desc" if s.mode == "group" else None)
        c.applied.append("limit")
    else:
        c.ignored.append(str(top[0]))


def merge(question: str, previous: dict[str, Any], index: SchemaIndex,
          database: Database) -> tuple[Structured, Changes] | Unmapped | None:
    """The previous plan changed as the follow-up asks; None when it asks for nothing that applies."""
    s = stored_plan.decode(previous, index)
    if s is None:
        return None
    c = read_changes(question, index, database, s.base)
    if isinstance(c, Unmapped) or c.unhandled:
        return None if isinstance(c, Changes) else c
    d = Draft(index, read([], ""), c.extracted or extract(""), [], [], [], [])
    d.base = s.base
    _apply_shape(s, c, d)
    d.base = s.base
    _apply_values(s, c, d)
    _apply_dates(s, c, d)
    _apply_ranking(s, c)
    if c.chart:
        c.applied.append("chart")
    if not c.applied:
        return None
    joins = joins_for(index, s.base, stored_plan.needed_tables(s))
    if joins is None:
        return None
    s.joins = joins
    s.ignored = c.ignored
    return s, c
