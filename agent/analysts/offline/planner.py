"""Question -> structured plan: measure, aggregate, groups, filters, time grain, order and top-N."""

from __future__ import annotations

from agent.analysts.offline import conditions, roles, sides, subjects
from agent.analysts.offline.draft import Draft
from agent.analysts.offline.extract import extract
from agent.analysts.offline.joins import fans_out, joins_for
from agent.analysts.offline.lookup import find_in_data
from agent.analysts.offline.matching import MIN_SCORE, Span, match_spans, score_span
from agent.analysts.offline.model import Structured, Unmapped
from agent.analysts.offline.reading import DIRECTION_AGG, read
from agent.analysts.offline.schema_index import SchemaIndex
from agent.analysts.offline.values import ValueMatch, match_long_values, match_partial_value, match_value
from agent.analysts.offline.words import Token, tokenize
from agent.data.database import Database

NO_SUBJECT = ("I could not tell which table or measure the question is about.",
              "질문이 어떤 테이블이나 측정값에 관한 것인지 알 수 없습니다.")
NOT_CONNECTED = ("The tables the question needs are not linked by a shared ID column.",
                 "질문에 필요한 테이블들이 공통 ID 열로 연결되어 있지 않습니다.")


def split_values(runs: list[tuple[list[Token], str | None]], index: SchemaIndex
                  ) -> tuple[list[ValueMatch], list[tuple[list[Token], str | None]]]:
    """Take single words that equal stored values out of the runs (they become filters)."""
    values: list[ValueMatch] = []
    kept: list[tuple[list[Token], str | None]] = []
    for run, agg in runs:
        current: list[Token] = []
        for token in run:
            match = match_value(token, index)
            if match is None and score_span([token], index, None).best < MIN_SCORE:
                match = match_partial_value(token, index)
            if match is None:
                current.append(token)
                continue
            values.append(match)
            if current:
                kept.append((current, agg))
            current, agg = [], None
        if current:
            kept.append((current, agg))
    return values, kept


def understand(question: str, index: SchemaIndex, database: Database) -> Structured | Unmapped:
    """Read a question against the schema; a structured plan or the reason there is none."""
    long_values, text = match_long_values(question, index)
    ex = extract(text)
    ids, missing = find_in_data(ex.ids + ex.quoted, index, database)
    if missing:
        names = ", ".join(missing)
        return Unmapped(f"I could not find {names} in the data.",
                        f"데이터에서 {names}을(를) 찾을 수 없습니다.", not_found=missing)
    reading = read(tokenize(ex.text, index.korean_keys), ex.text, index.vocabulary)
    values, runs = split_values(reading.runs, index)
    spans, unmatched = match_spans(runs, index)
    d = Draft(index, reading, ex, spans, long_values + values, ids, unmatched)
    sides.assign_thresholds(d)
    sides.assign_compares(d)
    sides.assign_days(d)
    roles.choose_measure(d)
    group_spans = [s for i, s in d.free() if s.group]
    d.used.update(i for i, s in d.free() if s.group)
    subjects.implicit_group(d, group_spans)
    subjects.choose_entity(d)
    subjects.choose_base(d, group_spans)
    if d.base is None or (d.measure is None and d.entity is None and not (d.values or d.ids or d.thresholds
                                                                          or d.compares)):
        hint = next((c.table for s in spans for _, c in s.columns[:1]), None)
        return Unmapped(*NO_SUBJECT, hint_table=hint)
    return _finish(d, group_spans)


def _finish(d: Draft, group_spans: list[Span]) -> Structured | Unmapped:
    """Place filters, pick the mode, join what is needed, and score how much was understood."""
    base, reading = d.base or "", d.reading
    d.groups = [c for c in (subjects.group_column(d, s) for s in group_spans) if c is not None]
    unused = conditions.value_filters(d)
    subjects.label_values(d)
    dated = reading.grain or d.extracted.periods or d.extracted.months
    date = conditions.date_column(d) if dated else None
    lost = conditions.other_filters(d, date) + len(unused) + len(group_spans) - len(d.groups)
    lost += bool(reading.grain and date is None)
    mode = "trend" if reading.grain and date else "group" if d.groups else "value" if d.measure else "list"
    s = Structured(mode, base, d.measure, d.groups, reading.grain if mode == "trend" else None,
                   date, d.filters, entity=d.entity, penalties=d.penalties)
    _rank(d, s)
    if mode == "list":
        s.list_columns = list(d.index.tables[base].columns)
    needed = [f.column.table for f in d.filters] + [f.other.table for f in d.filters if f.other]
    needed += [c.table for c in d.groups] + ([date.table] if date and mode == "trend" else [])
    joins = joins_for(d.index, base, needed)
    if joins is None:
        return Unmapped(*NOT_CONNECTED)
    s.joins = joins
    _count_distinct(d, s)
    s.counts_days = d.day_span is not None and d.measure is not None and d.measure.column is None
    if d.measure is not None and d.measure.defaulted:
        d.penalise("aggregate assumed" if d.measure.column is not None else "count assumed", 0.05)
    if mode == "trend" and reading.grain_assumed:
        d.penalise("monthly grain assumed", 0.05)
    if mode == "list" and not (d.filters or reading.list_hint):
        d.penalise("listing rows assumed", 0.1)
    s.ignored = [t.text for t in d.unmatched] + [v.text for v in unused] + [
        span.text for i, span in enumerate(d.spans) if i not in d.used]
    understood = len(d.used) + len(d.values) + len(d.ids) - len(unused)
    known = reading.units + d.extracted.units
    s.total = known + len(d.spans) + len(d.values) + len(d.ids) + len(d.unmatched)
    s.matched = max(0.0, known + understood + 0.5 * (len(d.spans) - len(d.used)) - lost)
    return s


def _rank(d: Draft, s: Structured) -> None:
    """Order and limit for rankings; a superlative without groups becomes max/min."""
    reading, top, m = d.reading, d.extracted.top, d.measure
    if s.mode == "group":
        s.order = (top[1] if top and top[1] else None) or reading.superlative or "desc"
        s.limit = top[0] if top else (1 if reading.superlative else None)
    elif m is not None and m.column is not None and reading.superlative and (m.defaulted or not reading.aggregates):
        m.agg, m.defaulted = DIRECTION_AGG[reading.superlative], False


def _count_distinct(d: Draft, s: Structured) -> None:
    """Count the entity's key, not rows, when rows come from another table or joins repeat them."""
    m = d.measure
    if m is None or m.column is not None:
        return
    m.table = s.base
    key = d.entity.key if d.entity else None
    if key is None or d.entity is None or not any(c.name == key for c in d.index.tables[s.base].columns):
        return
    if s.base != d.entity.table or fans_out(d.index, s.joins):
        m.distinct = d.index.tables[s.base].column(key)
