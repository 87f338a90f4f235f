"""What was understood, in the question's language, and the notes the answer writer needs."""

from __future__ import annotations

from typing import Any

from agent.analysts.offline import lexicon
from agent.analysts.offline.model import Structured
from agent.analysts.offline.sql_builder import result_names
from agent.analysts.offline.words import is_hangul, singular

STOCK_WORDS = {"재고", "재고량", "보유량", "stock", "inventory"}


def entity_word(s: Structured, language: str) -> str:
    """How to name the entity: the question's own word in Korean, else the singular table name."""
    if s.entity is None:
        return ""
    word = s.entity.word
    if language == "ko" and word and is_hangul(word):
        return word
    return singular(s.entity.table.lower())


def details(s: Structured, language: str, ignored: list[str]) -> dict[str, Any]:
    """The facts the writer needs, JSON-friendly."""
    m = s.measure
    entity_filter = None
    if s.entity is not None and s.entity.value is not None:
        entity_filter = next((f.label for f in s.filters if f.value == s.entity.value), None)
    single_row = bool(s.entity and s.entity.value is not None and s.entity.table == s.base
                      and s.entity.key is not None and not s.joins and m is not None and m.column is not None)
    word = m.word if m is not None else ""
    pieces = m is not None and (m.column is None or bool(set(m.column.words) & lexicon.PIECE_WORDS))
    return {
        "mode": s.mode, "base": s.base, "tables": s.tables,
        "measure": m.label if m else None, "measure_alias": m.alias if m else None,
        "measure_column": m.column.name if m and m.column else None,
        "aggregate": m.agg if m else None, "measure_word": word, "defaulted": bool(m and m.defaulted),
        "pieces": pieces, "stock_like": word.lower() in STOCK_WORDS and not any(
            f.kind == "date" for f in s.filters),
        "entity": None if s.entity is None else {
            "table": s.entity.table, "word": entity_word(s, language), "value": s.entity.value},
        "single_row": single_row, "days": s.counts_days,
        "filters": [f.label for f in s.filters if f.label != entity_filter],
        "groups": result_names(s), "grain": s.grain, "order": s.order, "limit": s.limit,
        "list_columns": [c.name for c in s.list_columns], "ignored": ignored,
        "penalties": [reason for reason, _ in s.penalties],
    }


def summarize(s: Structured, language: str) -> str:
    """A short line: `part ABC-12345, measure: quantity_on_hand (sum)` / `부품 ABC-12345, 측정값: ...`."""
    ko = language == "ko"
    parts: list[str] = []
    if s.entity is not None and s.entity.value is not None:
        parts.append(f"{entity_word(s, language)} {s.entity.value}")
    m = s.measure
    if s.mode == "list":
        parts.append(f"{s.base} 행 목록" if ko else f"rows of {s.base}")
    elif m is not None and m.column is None:
        what = s.base
        if s.entity is not None and s.entity.value is None:
            what = entity_word(s, language) if ko else s.entity.table
        parts.append(f"측정값: {what} 개수" if ko else f"measure: count of {what}")
    elif m is not None:
        agg = lexicon.AGGREGATE_NAMES["ko" if ko else "en"][m.agg] if ko else m.agg
        parts.append(f"측정값: {m.label} ({agg})" if ko else f"measure: {m.label} ({agg})")
    if s.grain:
        parts.append(lexicon.GRAIN_NAMES[language][s.grain])
    if s.groups:
        names = ", ".join(result_names(s))
        parts.append(f"그룹: {names}" if ko else f"by {names}")
    if s.limit:
        if ko:
            parts.append(f"{'하위' if s.order == 'asc' else '상위'} {s.limit}개")
        else:
            parts.append(f"{'bottom' if s.order == 'asc' else 'top'} {s.limit}")
    entity_value = s.entity.value if s.entity else None
    labels = [f.label for f in s.filters if f.value != entity_value or entity_value is None]
    if labels:
        parts.append(("조건: " if ko else "where ") + ", ".join(labels))
    return ", ".join(parts)
