"""Names people read: a column's description or its name in words, a measure as "Average price" / "평균 가격".

Result columns carry these names, so the table's headers and the chart's axes read as the answer does.
"""

from __future__ import annotations

import re

from agent.analysts.offline.planning.plan import Col, Measure
from agent.analysts.offline.schema.facts import ColumnFacts
from agent.analysts.offline.schema.index import COUNT_NAMES, SchemaIndex

SHORT_DESCRIPTION = 32
AGGREGATE_WORDS = {
    "en": {"sum": "Total {}", "avg": "Average {}", "min": "Min {}", "max": "Max {}", "median": "Median {}",
           "count": "Count of {}", "count_distinct": "Number of {}", "value": "{}", "share": "Share (%)",
           "count_year": "Years", "count_month": "Months", "count_quarter": "Quarters", "count_week": "Weeks",
           "count_day": "Days"},
    "ko": {"sum": "{} 합계", "avg": "평균 {}", "min": "최소 {}", "max": "최대 {}", "median": "{} 중앙값",
           "count": "{} 개수", "count_distinct": "{} 수", "value": "{}", "share": "비율 (%)",
           "count_year": "연도 수", "count_month": "개월 수", "count_quarter": "분기 수", "count_week": "주 수",
           "count_day": "일수"},
}
ROWS = {"en": "Rows", "ko": "건수"}
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


NAME = {"en": "Name", "ko": "이름"}


def column_words(index: SchemaIndex, c: Col, language: str = "en") -> str:
    """A column as words: a short description, else its name with `_`, `.` and camel case spaced.

    For a Korean question, the vocabulary's Korean word for an English name when it has one.
    """
    facts = index.column(c.table, c.name)
    description = facts.description.split(";")[0].split("(unit")[0].strip().rstrip(".")
    if language == "ko" and description.isascii():
        own = next((" ".join(words) for words in facts.phrases if words and not "".join(words).isascii()), None)
        if own:  # the data's own Korean name for it (창고명)
            return own
        korean = _korean_name(facts, re.sub(r"[_.]+", " ", CAMEL.sub(" ", c.name)).strip())
        if korean:
            return korean
    if description and len(description) <= SHORT_DESCRIPTION and "e.g." not in description and "," not in description:
        return description
    if c.name == "rownames":
        return NAME["ko" if language == "ko" else "en"]
    spaced = re.sub(r"\s+", " ", CAMEL.sub(" ", c.name).replace("_", " ").replace(".", " ").strip())
    if language == "ko" and spaced.isascii():
        korean = _korean_name(facts, spaced)
        if korean:
            return korean
    return spaced


def _korean_name(facts: ColumnFacts, name: str) -> str | None:
    """The Korean word for an English column name: 수량 for a count of units, else the vocabulary's word."""
    return "수량" if facts.kind == "number" and facts.words in COUNT_NAMES else _korean_word(name)


def _korean_word(name: str) -> str | None:
    try:
        from agent.analysts.offline.question.vocabulary import concepts_of
    except ImportError:
        return None
    concepts = concepts_of(name)
    return concepts[0].ko[0] if len(concepts) == 1 and concepts[0].ko else None


def header(index: SchemaIndex, c: Col, language: str = "en") -> str:
    """A grouping column's header: its words, capitalised."""
    words = column_words(index, c, language)
    return words[:1].upper() + words[1:]


def measure_name(index: SchemaIndex, m: Measure, language: str, table: str | None = None) -> str:
    """A measure's header: `Average price`, `평균 가격`.

    A count of `table`'s rows is `Number of parts`, `부품 수` (`Rows`, `건수` when the table's name is not a
    word).
    """
    if m.agg == "share" or m.agg.startswith("count_") and m.agg != "count_distinct":
        return AGGREGATE_WORDS["ko" if language == "ko" else "en"][m.agg]
    if m.column is None:
        return rows_name(table, language)
    if m.agg == "portion" and m.per is not None:  # 전체 세례 중 여아 세례 비율 (%)
        part = column_words(index, m.column, language)
        whole = " + ".join(column_words(index, c, language) for c in (m.per, *m.plus))
        name = f"{whole} 중 {part} 비율 (%)" if language == "ko" else f"Share of {part} in {whole} (%)"
        return name[:1].upper() + name[1:]
    if m.agg == "ratio" and m.per is not None:  # 가입자 수당 청구 건수, Claims per holders
        total, exposure = column_words(index, m.column, language), column_words(index, m.per, language)
        name = f"{exposure}당 {total}" if language == "ko" else f"{total} per {exposure}"
        return name[:1].upper() + name[1:]
    if m.agg == "count_distinct":  # distinct part ids: Number of parts
        counted = _keyed_table(index, m.column)
        if counted is not None and rows_name(counted, language) not in ROWS.values():
            return rows_name(counted, language)
    words = column_words(index, m.column, language)
    if m.plus:  # 질병 사망 + 부상 사망 + 기타 사망: the parts said, no whole invented
        words = " + ".join(column_words(index, c, language) for c in (m.column, *m.plus))
    if m.scale:  # crimes per person, asked per 1,000 people
        words = f"{words} ({m.scale:,}명당)" if language == "ko" else f"{words} (per {m.scale:,} people)"
    template = AGGREGATE_WORDS["ko" if language == "ko" else "en"][m.agg]
    if not template.startswith("{") and words[:1].isupper() and words[1:2].islower():
        words = words[:1].lower() + words[1:]  # Total units moved, not Total Units moved
    name = template.format(words)
    return name[:1].upper() + name[1:]


def _keyed_table(index: SchemaIndex, c: Col) -> str | None:
    """The table whose rows a column's values name: its own table when it is the key, else the table it links to."""
    facts = index.tables.get(c.table)
    if facts is None:
        return None
    if facts.key == c.name:
        return c.table
    return next((link.target for link in facts.links if link.column == c.name), None)


def rows_name(table: str | None, language: str) -> str:
    """How a count of a table's rows is named: `Number of parts`, `부품 수`, else `Rows`, `건수`."""
    ko = language == "ko"
    spaced = re.sub(r"\s+", " ", CAMEL.sub(" ", table or "").replace("_", " ")).strip()
    if not spaced or not spaced.replace(" ", "").isalpha():
        return ROWS["ko" if ko else "en"]
    if ko:
        korean = _korean_word(spaced) if spaced.isascii() else spaced
        return f"{korean} 수" if korean else ROWS["ko"]
    return f"Number of {spaced.lower()}" if spaced.isascii() else ROWS["en"]


def shown_headers(index: SchemaIndex, cols: list[Col], language: str, base: str) -> list[str]:
    """Headers of columns shown side by side: one that repeats another is named with its table (State name)."""
    plain = [header(index, c, language) for c in cols]
    out = []
    for c, name in zip(cols, plain, strict=True):
        facts = index.tables.get(c.table)
        if plain.count(name) > 1 and c.table != base and facts is not None and facts.words:
            noun = " ".join(facts.words)
            if language == "ko" and noun.isascii():
                noun = _korean_word(noun) or noun
            name = f"{noun[:1].upper()}{noun[1:]} {name[:1].lower()}{name[1:]}"
        out.append(name)
    return unique(out)


def unique(names: list[str]) -> list[str]:
    """Names made unique by numbering repeats (`Price`, `Price 2`)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} {seen[name]}")
    return out
