"""Question -> structured plan: measure, aggregate, groups, filters, time grain, order and top-N."""

from __future__ import annotations

from agent.analyst import conditions, roles, sides, subjects
from agent.analyst.draft import Draft, is_day, table_of
from agent.analyst.extract import extract
from agent.analyst.joins import distance, fans_out, joins_for
from agent.analyst.lookup import find_in_data
from agent.analyst.matching import Span, ValueMatch, match_long_values, match_spans, match_value
from agent.analyst.model import Structured, Unmapped
from agent.analyst.reading import DIRECTION_AGG, read
from agent.analyst.schema_index import SchemaIndex
from agent.analyst.words import Token, tokenize
from agent.data.database import Database

NO_SUBJECT = ("I could not tell which table or measure the question is about.",
              "질문이 어떤 테이블이나 측정값에 관한 것인지 알 수 없습니다.")
NOT_CONNECTED = ("The tables the question needs are not linked by a shared ID column.",
                 "질문에 필요한 테이블들이 공통 ID 열로 연결되어 있지 않습니다.")


def _split_values(runs: list[tuple[list[Token], str | None]], index: SchemaIndex
                  ) -> tuple[list[ValueMatch], list[tuple[list[Token], str | None]]]:
    """Take single words that equal stored values out of the runs (they become filters)."""
    values: list[ValueMatch] = []
    kept: list[tuple[list[Token], str | None]] = []
    for run, agg in runs:
        current: list[Token] = []
        for token in run:
            match = match_value(token, index)
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


def _requirements(d: Draft, group_spans: list[Span]) -> list[set[str]]:
    """For each thing the query must reach, the tables that could provide it."""
    needs = [{c[0] for c in m.candidates} for m in d.ids + d.values]
    needs += [{c.table} for _, c, _ in d.thresholds if c is not None]
    needs += [{left.table} for _, left, _ in d.compares] + [{c.table} for c in d.positives]
    for span in group_spans:
        found = table_of(span)
        key = d.index.tables[found[1]].key if found else None
        if key:
            needs.append({t.name for t in d.index.tables.values()
                          if any(c.name == key and c.join_key for c in t.columns)})
        else:
            needs.append({c.table for s, c in span.columns if not c.numeric and s >= 0.5})
    if d.day_span is not None:
        needs.append({c.table for _, c in d.spans[d.day_span].columns if c.kind == "date"})
    return [n for n in needs if n]


def choose_base(d: Draft, group_spans: list[Span]) -> None:
    """The table rows come from: the measure's, else the entity's (or a table holding its key)."""
    if d.measure is not None and d.measure.column is not None:
        d.base = d.measure.table
        return
    needs = _requirements(d, group_spans)
    if d.entity is not None:
        key = d.entity.key
        options = [d.entity.table] + ([t.name for t in d.index.tables.values() if t.name != d.entity.table
                                       and any(c.name == key and c.join_key for c in t.columns)]
                                      if key else [])
    else:
        options = [t for need in needs for t in sorted(need)]
    if not options:
        return
    d.base = min(options, key=lambda b: (sum(min(distance(d.index, b, t) for t in need) for need in needs),
                                         options.index(b)))


def _implicit_group(d: Draft, group_spans: list[Span]) -> None:
    """`top 5 parts by stock`, `가장 적은 부품`, `which supplier has the most parts`: what is ranked."""
    if group_spans or not (d.reading.superlative or d.extracted.top):
        return
    free = d.free()
    categorical = [(i, s) for i, s in free if not table_of(s) and not is_day(s) and s.columns
                   and not s.columns[0][1].numeric and s.columns[0][0] >= 0.5]
    tables = [(i, s) for i, s in free if table_of(s)]
    counting = d.measure is None or d.measure.column is None
    if categorical:
        pick = categorical[0]
    elif tables and not counting:
        pick = tables[0]
    elif len(tables) >= 2:  # most parts / 부품이 가장 많은: that table is counted, the other one ranked
        at, ko = d.reading.superlative_pos, d.reading.superlative_hangul
        side = [p for p in tables if (p[1].pos < at if ko else p[1].pos > at)] or tables
        counted = min(side, key=lambda p: abs(p[1].pos - at))
        pick = next(p for p in tables if p is not counted)
    else:
        return
    d.used.add(pick[0])
    group_spans.append(pick[1])


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
    values, runs = _split_values(reading.runs, index)
    spans, unmatched = match_spans(runs, index)
    d = Draft(index, reading, ex, spans, long_values + values, ids, unmatched)
    sides.assign_thresholds(d)
    sides.assign_compares(d)
    sides.assign_days(d)
    roles.choose_measure(d)
    group_spans = [s for i, s in d.free() if s.group]
    d.used.update(i for i, s in d.free() if s.group)
    _implicit_group(d, group_spans)
    subjects.choose_entity(d)
    choose_base(d, group_spans)
    if d.base is None or (d.measure is None and d.entity is None and not (d.values or d.ids or d.thresholds
                                                                          or d.compares)):
        return Unmapped(*NO_SUBJECT)
    return _finish(d, group_spans)


def _finish(d: Draft, group_spans: list[Span]) -> Structured | Unmapped:
    base, reading, top = d.base or "", d.reading, d.extracted.top
    d.groups = [c for c in (subjects.group_column(d, s) for s in group_spans) if c is not None]
    unused = conditions.value_filters(d)
    date = conditions.date_column(d) if (reading.grain or d.extracted.periods) else None
    lost = conditions.other_filters(d, date) + len(unused) + len(group_spans) - len(d.groups)
    mode = ("trend" if reading.grain and date else "group" if d.groups
            else "value" if d.measure else "list")
    if reading.grain and date is None:
        lost += 1
    s = Structured(mode, base, d.measure, d.groups, reading.grain if mode == "trend" else None,
                   date, d.filters, entity=d.entity, penalties=d.penalties)
    if mode == "group":
        s.order = (top[1] if top and top[1] else None) or reading.superlative or "desc"
        s.limit = top[0] if top else (1 if reading.superlative else None)
    elif d.measure is not None and d.measure.column is not None and reading.superlative \
            and (d.measure.defaulted or not reading.aggregates):
        d.measure.agg, d.measure.defaulted = DIRECTION_AGG[reading.superlative], False
    if mode == "list":
        s.list_columns = list(d.index.tables[base].columns)
    needed = [f.column.table for f in d.filters] + [f.other.table for f in d.filters if f.other]
    needed += [c.table for c in d.groups] + ([date.table] if date and mode == "trend" else [])
    joins = joins_for(d.index, base, needed)
    if joins is None:
        return Unmapped(*NOT_CONNECTED)
    s.joins = joins
    if d.measure is not None and d.measure.column is None:
        d.measure.table = base
        key = d.entity.key if d.entity else None
        has_key = key is not None and any(c.name == key for c in d.index.tables[base].columns)
        if has_key and (base != d.entity.table or fans_out(d.index, joins)):  # type: ignore[union-attr]
            d.measure.distinct = d.index.tables[base].column(key)  # type: ignore[arg-type]
    if d.measure is not None and d.measure.defaulted:
        d.penalise("aggregate assumed" if d.measure.column is not None else "count assumed", 0.05)
    if mode == "list" and not (d.filters or reading.list_hint):
        d.penalise("listing rows assumed", 0.1)
    s.ignored = [t.text for t in d.unmatched] + [v.text for v in unused] + [
        span.text for i, span in enumerate(d.spans) if i not in d.used]
    understood = len(d.used) + len(d.values) + len(d.ids) - len(unused)
    s.total = reading.units + d.extracted.units + len(d.spans) + len(d.values) + len(d.ids) + len(d.unmatched)
    s.matched = max(0.0, reading.units + d.extracted.units + understood
                    + 0.5 * (len(d.spans) - len(d.used)) - lost)
    return s
