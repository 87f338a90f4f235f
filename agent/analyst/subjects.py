"""What a question is about: the entity (a table, maybe one row of it) and the columns it groups by."""

from __future__ import annotations

from agent.analyst.draft import STRONG, Draft, table_of
from agent.analyst.joins import FAR
from agent.analyst.matching import Span, merged_concepts, table_score
from agent.analyst.model import Entity
from agent.analyst.schema_index import ColumnInfo


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
    options = [(round(score, 2), -d.dist(c.table), c) for score, c in span.columns
               if not c.numeric and d.dist(c.table) < FAR]
    return max(options, key=lambda o: o[:2])[2] if options else None
