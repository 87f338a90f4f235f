"""Example questions phrased from the catalog: an ID lookup, a measure by a dimension, a trend, a comparison."""

from __future__ import annotations

from agent.analysts.offline.writing.format import josa
from agent.data.catalog import Catalog, Column, Table
from agent.data.database import Database, quote_identifier
from webui.i18n import TERMS_EN, TERMS_KO, Language

HEADLINE_ID = "ABC-12345"
"""The part the product's headline question asks about; used when the data has it."""


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _words(name: str) -> str:
    """`quantity_on_hand` -> `quantity on hand`; `part_id` -> `part`."""
    base = name.lower()
    for suffix in ("_id", "_code", "_no", "_number", "_sku"):
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    return " ".join(base.replace("-", "_").split("_"))


def _plural(word: str) -> str:
    if word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _ko(words: str, synonyms: tuple[str, ...] = ()) -> str:
    """A Korean word for a column or table: its Korean synonym, a known term, or the English words."""
    for synonym in synonyms:
        if _has_hangul(synonym):
            return synonym
    return TERMS_KO.get(words) or TERMS_KO.get(words.rstrip("s")) or words


def _en(column: Column) -> str:
    """An English word for a column: everyday wording, its own name when several words, else the word."""
    words = _words(column.name)
    english = [s for s in column.synonyms if s.isascii()]
    if english:
        return english[0]
    return TERMS_EN.get(words) or (column.name if " " in words else words)


def _measures(table: Table) -> list[Column]:
    return [c for c in table.columns if c.kind == "number" and not c.is_id]


def _text_ids(table: Table) -> list[Column]:
    return [c for c in table.columns if c.kind == "text" and c.is_id]


def _is_reference(catalog: Catalog, table: Table, column: Column) -> bool:
    """True when `column` is another table's key (its first column), like inventory.part_id."""
    return any(other is not table and other.columns and other.columns[0].name == column.name
               for other in catalog.tables)


def _references(catalog: Catalog, table: Table) -> int:
    """How many of a table's columns point at other tables: fact tables point at several."""
    return sum(_is_reference(catalog, table, c) for c in table.columns)


def _first_value(database: Database, table: Table, column: Column) -> str | None:
    tab, col = quote_identifier(table.name), quote_identifier(column.name)
    if database.execute(f"SELECT count(*) FROM {tab} WHERE {col} = ?", [HEADLINE_ID]).rows[0][0]:
        return HEADLINE_ID
    rows = database.execute(f"SELECT min({col}) FROM {tab}").rows
    return str(rows[0][0]) if rows and rows[0][0] is not None else None


def _most_common(database: Database, table: Table, column: Column) -> str | None:
    tab, col = quote_identifier(table.name), quote_identifier(column.name)
    rows = database.execute(
        f"SELECT {col} FROM {tab} WHERE {col} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"
    ).rows
    return str(rows[0][0]) if rows else None


def example_questions(catalog: Catalog, database: Database, language: Language) -> list[str]:
    """Up to four questions about this catalog's tables, in `language`."""
    facts = [t for t in catalog.tables if _measures(t)]
    if not facts:
        return []
    fact = max(facts, key=lambda t: (_references(catalog, t), len(_measures(t)), -catalog.tables.index(t)))
    measure = _measures(fact)[0]
    m_en, m_ko = _en(measure), _ko(_words(measure.name), measure.synonyms)
    questions: list[str] = []
    ids = sorted(_text_ids(fact), key=lambda c: not _is_reference(catalog, fact, c))

    if ids:  # an ID lookup: "ABC-12345 부품의 재고는?"
        value = _first_value(database, fact, ids[0])
        entity = _words(ids[0].name)
        if value:
            questions.append(f"{value} {_ko(entity, ids[0].synonyms)}의 {josa(m_ko, '은/는')}?" if language == "ko"
                             else f"What is the {m_en} of {entity} {value}?")

    dimensions = ids[1:] or [c for c in fact.columns if c.kind == "text" and c.values]
    if dimensions:  # a measure by a dimension: "창고별 재고"
        d_en = _words(dimensions[0].name)
        questions.append(f"{_ko(d_en, dimensions[0].synonyms)}별 {m_ko}" if language == "ko"
                         else f"{m_en} by {d_en}")

    dated = sorted((t for t in facts if any(c.kind == "date" for c in t.columns)), key=lambda t: -t.row_count)
    if dated:  # a trend over a date column: "monthly shipments"
        table = dated[0]
        trend_measure = _measures(table)[0]
        t_en, t_ko = _en(trend_measure), _ko(_words(trend_measure.name), trend_measure.synonyms)
        categories = [c for c in table.columns if c.kind == "text" and c.values and not c.is_id]
        value = _most_common(database, table, categories[0]) if categories else None
        if value:
            v_en = _words(value)
            questions.append(f"월별 {_ko(v_en)} {t_ko}" if language == "ko" else f"monthly {_plural(v_en)}")
        else:
            questions.append(f"월별 {t_ko} 추이" if language == "ko" else f"monthly {t_en}")

    pair = next((t for t in facts if len(_measures(t)) >= 2 and _text_ids(t)), None)
    if pair:  # a comparison of two measures: "parts below reorder point"
        first, second = _measures(pair)[:2]
        entity = _words(_text_ids(pair)[0].name)
        a_ko, b_ko = _ko(_words(first.name), first.synonyms), _ko(_words(second.name), second.synonyms)
        questions.append(f"{josa(a_ko, '이/가')} {b_ko}보다 적은 {_ko(entity)}" if language == "ko"
                         else f"{_plural(entity)} below {_words(second.name)}")
    return questions
