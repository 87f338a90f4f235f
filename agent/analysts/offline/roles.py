"""Choosing the measure and its aggregate from the matched spans."""

from __future__ import annotations

from agent.analysts.offline import lexicon
from agent.analysts.offline.draft import STRONG, Draft, numeric, table_of
from agent.analysts.offline.joins import distance
from agent.analysts.offline.matching import Span, phrase_score
from agent.analysts.offline.model import Measure
from agent.analysts.offline.schema_index import ColumnInfo
from agent.analysts.offline.words import concepts


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
    """How far a table is from the tables the question's IDs and values live in (lower is closer)."""
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
            options += [(s, i, span, c) for s, c in span.columns if c.numeric and s >= found[0] - 0.02]
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
    """No numeric column was named: a table named like its measure, a value's only measure, or a count."""
    for i, span in d.free():  # a table named like its measure: "inventory" (not "inventory over 100")
        found = numeric(span, STRONG)
        if table_of(span) and found and not span.group and not (d.thresholds or d.compares):
            d.used.add(i)
            agg, defaulted = pick_aggregate(d, found[1])
            d.measure = Measure(found[1].table, found[1], agg, word=span.text, defaulted=defaulted)
            return
    entity_named = any(table_of(s) and not s.group for _, s in d.free())
    ranked = d.reading.superlative or d.extracted.top or any(s.group for _, s in d.free())
    if (ranked or not entity_named) and not d.reading.count:  # "shipments": the value table's one measure
        for match in d.values:
            measures = d.index.tables[match.candidates[0][0]].measures
            if len(measures) == 1:
                agg, _ = pick_aggregate(d, measures[0])
                d.measure = Measure(measures[0].table, measures[0], agg, word=match.text, defaulted=True)
                return
    if d.reading.count or d.reading.grain or d.reading.superlative or any(s.group for _, s in d.free()):
        d.measure = Measure("", None, "count", defaulted=not d.reading.count)
