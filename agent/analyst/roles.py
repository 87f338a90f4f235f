"""Deciding what each matched span is for: threshold side, comparison, measure, entity, group."""

from __future__ import annotations

from agent.analyst import lexicon
from agent.analyst.draft import STRONG, Draft, is_day, numeric, table_of
from agent.analyst.joins import FAR, distance
from agent.analyst.matching import Span, merged_concepts, phrase_score, table_score
from agent.analyst.model import Entity, Measure
from agent.analyst.schema_index import ColumnInfo
from agent.analyst.words import concepts


def assign_thresholds(d: Draft) -> None:
    """Tie each `under 50` / `100개 미만` to the numeric column named nearest before it (else after)."""
    for threshold in d.extracted.thresholds:
        spans = [(i, s) for i, s in d.free() if numeric(s)]
        before = [p for p in spans if p[1].pos < threshold.pos]
        after = [p for p in spans if p[1].pos > threshold.pos]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:
            d.thresholds.append((threshold, None, False))
            continue
        i, span = pick
        d.used.add(i)
        column = numeric(span)[1]  # type: ignore[index]
        d.thresholds.append((threshold, column, span.agg_before is not None))
        if span.agg_before and d.measure is None:
            d.measure = Measure(column.table, column, span.agg_before, word=span.text)


def _primary(d: Draft, table: str, other: ColumnInfo) -> ColumnInfo | None:
    return next((c for c in d.index.tables[table].measures if c.name != other.name), None)


def assign_compares(d: Draft) -> None:
    """Column-vs-column tests: `below reorder point`, `재주문점보다 적은`."""
    for op, pos, hangul in d.reading.comparators:
        spans = [(i, s) for i, s in d.free() if numeric(s)]
        side = [p for p in spans if p[1].pos < pos] if hangul else [p for p in spans if p[1].pos > pos]
        if not side:
            continue
        i, span = side[-1] if hangul else side[0]
        d.used.add(i)
        right = numeric(span)[1]  # type: ignore[index]
        lefts = [(k, c) for k, s in d.free() for sc, c in s.columns
                 if c.numeric and c.table == right.table and c.name != right.name and sc >= 0.5]
        if lefts:
            d.used.add(lefts[0][0])
            left: ColumnInfo | None = lefts[0][1]
        else:
            left = _primary(d, right.table, right)
            d.penalise("compared column assumed", 0.05)
        if left is not None:
            d.compares.append((op, left, right))


def assign_days(d: Draft) -> None:
    """`비 온 날`, `rainy days`: the day word, and a numeric column before it as a `> 0` condition."""
    day = next((i for i, s in d.free() if is_day(s)), None)
    if day is None:
        return
    d.day_span = day
    d.used.add(day)
    pos = d.spans[day].pos
    spans = [(i, s) for i, s in d.free() if numeric(s, STRONG) and s.agg_before is None]
    pick = ([p for p in spans if p[1].pos < pos][-1:] or [p for p in spans if p[1].pos > pos][:1])
    if pick:
        d.used.add(pick[0][0])
        d.positives.append(numeric(pick[0][1], STRONG)[1])  # type: ignore[index]


def pick_aggregate(d: Draft, column: ColumnInfo) -> tuple[str, bool]:
    """The asked aggregate (ignoring one that is part of the column name), else a default."""
    aggs = list(d.reading.aggregates)
    if len(aggs) > 1:
        aggs = [a for a in aggs if a not in column.words] or aggs
    if aggs:
        return aggs[0], False
    if d.reading.count:
        return "sum", False
    averaged = bool(set(column.words) & lexicon.AVERAGED_WORDS)
    return ("avg" if averaged else "sum"), True


def _connectivity(d: Draft, table: str) -> int:
    tables = {c[0] for v in d.values + d.ids for c in v.candidates}
    return sum(min(distance(d.index, table, t), 3) for t in tables)


def choose_measure(d: Draft) -> None:
    """The measure: the best numeric column named; or a count; or a sensible default."""
    if d.measure is not None:
        return
    options = []
    for i, span in d.free():
        found = numeric(span)
        if found and not table_of(span) and (not span.group or span.columns[0][1].numeric):
            options.append((found[0], i, span, found[1]))
    counting = d.reading.count and (d.day_span is not None or not any(o[0] >= STRONG for o in options))
    if counting or (not options and d.day_span is not None):
        d.measure = Measure("", None, "count", defaulted=not counting)
        return
    if not options:
        _fallback_measure(d)
        return
    top = max(o[0] for o in options)
    tied = [o for o in options if o[0] >= top - 0.02]
    tied.sort(key=lambda o: (_connectivity(d, o[3].table), o[2].pos))
    if len({(o[3].table, o[3].name) for o in tied}) > 1 and \
            _connectivity(d, tied[0][3].table) == _connectivity(d, tied[1][3].table):
        d.penalise(f"several columns fit '{tied[0][2].text}'", 0.1)
    score, i, span, column = tied[0]
    d.used.add(i)
    agg, defaulted = pick_aggregate(d, column)
    d.measure = Measure(column.table, column, agg, word=_own_words(span, column), defaulted=defaulted)


def _own_words(span: Span, column: ColumnInfo) -> str:
    """The span's words that name the column itself (`매출` of `주문 매출`)."""
    own = [t.text for t in span.tokens if phrase_score(concepts(t.norm), column.words) > 0]
    return " ".join(own) or span.text


def _fallback_measure(d: Draft) -> None:
    for i, span in d.free():  # a table named like its measure: "inventory"
        found = numeric(span, STRONG)
        if table_of(span) and found and not span.group:
            d.used.add(i)
            agg, defaulted = pick_aggregate(d, found[1])
            d.measure = Measure(found[1].table, found[1], agg, word=span.text, defaulted=defaulted)
            return
    entity_named = any(table_of(s) and not s.group for _, s in d.free())
    if not entity_named and not d.reading.count:  # "shipments": the one measure of the value's table
        for match in d.values:
            measures = d.index.tables[match.candidates[0][0]].measures
            if len(measures) == 1:
                agg, _ = pick_aggregate(d, measures[0])
                d.measure = Measure(measures[0].table, measures[0], agg, word=match.text, defaulted=True)
                return
    if d.reading.count or d.reading.grain or d.reading.superlative or any(s.group for _, s in d.free()):
        d.measure = Measure("", None, "count", defaulted=not d.reading.count)


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
    options = [(score - 0.1 * min(d.dist(c.table), 5), c) for score, c in span.columns
               if not c.numeric and d.dist(c.table) < FAR]
    return max(options, key=lambda o: o[0])[1] if options else None
