"""What a question is about: the entity, the table rows come from, and the columns it groups by."""

from __future__ import annotations

from agent.analysts.offline.draft import STRONG, Draft, is_day, table_of
from agent.analysts.offline.joins import FAR, distance
from agent.analysts.offline.matching import Span, merged_concepts, table_score
from agent.analysts.offline.model import Entity
from agent.analysts.offline.schema_index import ColumnInfo


def choose_entity(d: Draft) -> None:
    """The table the question is about: a named table, or the table an ID or name belongs to."""
    for i, span in d.free():
        found = table_of(span)
        if found and not span.group:
            d.used.add(i)
            d.entity = Entity(found[1], span.text, d.index.tables[found[1]].key)
            break
    for match in d.ids + d.values:
        owners = [(t, c, v) for t, c, v in match.candidates
                  if d.index.tables[t].key == c or c in _name_columns(d, t)]
        if owners and (d.entity is None or d.entity.table == owners[0][0]) and \
                (d.entity is None or d.entity.value is None):
            table, column, value = owners[0]
            word = d.entity.word if d.entity else _word_for(d, table)
            d.entity = Entity(table, word, d.index.tables[table].key, value)
            break


def _word_for(d: Draft, table: str) -> str:
    """The question's own word for a table, if one of its words names it (`주문` in `주문의 매출`)."""
    for span in d.spans:
        for token in span.tokens:
            if table_score(merged_concepts([token]), d.index.tables[table]) >= STRONG:
                return token.text
    return ""


def label_values(d: Draft) -> None:
    """Table words naming a found value's table are labels, not loose words (`warehouse WH-A`)."""
    found = [f.column for f in d.filters if f.kind in ("id", "value")]
    for i, span in d.free():
        named = table_of(span)
        if named and any(c.table == named[1] or c.name == d.index.tables[named[1]].key for c in found):
            d.used.add(i)


def _name_columns(d: Draft, table: str) -> set[str]:
    return {c.name for c in d.index.tables[table].columns if c.kind == "text" and "name" in c.words}


def group_column(d: Draft, span: Span) -> ColumnInfo | None:
    """The column a `by X` span groups on, as near the base table as possible."""
    found = table_of(span)
    if found:
        key = d.index.tables[found[1]].key
        if key and d.base and any(c.name == key and c.join_key for c in d.index.tables[d.base].columns):
            return d.index.tables[d.base].column(key)
        if key:
            return d.index.tables[found[1]].column(key)
    options = [(round(score, 2), -d.dist(c.table), c) for score, c in span.columns
               if not c.numeric and d.dist(c.table) < FAR]
    return max(options, key=lambda o: o[:2])[2] if options else None


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


def implicit_group(d: Draft, group_spans: list[Span]) -> None:
    """Group by what is ranked, or filtered on an aggregate, when no `by X` was said.

    `top 5 parts by stock`, `가장 적은 부품`, `which supplier has the most parts`,
    `warehouses with total stock over 20000`.
    """
    having = any(aggregated for _, _, aggregated in d.thresholds)
    if group_spans or not (d.reading.superlative or d.extracted.top or having):
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
