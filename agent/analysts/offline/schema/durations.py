"""Durations no column holds: the days from one date of a row to a later one (diagnosis to death, a term).

A table with a few date columns, where one is never after another, gets a number column that is not stored: its
days between them. Questions name it by what its end marks (survival, 생존 기간; tenure, 재임 일수) or as a
duration; the SQL computes it where the column is used (`expand`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlglot import exp

from agent.analysts.offline.question.tokens import HANGUL
from agent.analysts.offline.schema.facts import ColumnFacts, TableFacts
from agent.analysts.offline.schema.names import name_words
from agent.analysts.offline.schema.roles import sampled
from agent.contract.errors import AgentError
from agent.data.database import Database, quote_identifier

if TYPE_CHECKING:
    from agent.analysts.offline.question.cues import Cues
    from agent.analysts.offline.schema.index import SchemaIndex
    from agent.analysts.offline.schema.matching import Mention

NAMES = {"en": "duration_days", "ko": "기간_일수"}
GENERIC = ("duration", "duration in days", "length in days", "소요 기간", "지속 기간", "기간 일수", "경과 일수")
BY_END = (
    (frozenset({"death", "died", "dead", "deceased", "사망", "사망일"}),
     ("survival", "survival time", "survival days", "time to death", "생존 기간", "생존 일수", "생존일수")),
    (frozenset({"end", "ended", "until", "finish", "left", "종료", "종료일", "퇴임", "퇴임일", "만료"}),
     ("tenure", "term length", "length of term", "time in office", "serve", "served", "재임 기간", "재임 일수",
      "재임일수", "임기 길이", "임기 일수")),
    (frozenset({"ship", "shipped", "shipping", "delivery", "delivered", "arrival", "배송", "배송일", "도착", "도착일"}),
     ("delivery time", "shipping time", "days to ship", "배송 기간", "배송 일수", "배송 소요")),
    (frozenset({"discharge", "checkout", "퇴원", "퇴원일"}), ("length of stay", "stay", "입원 기간", "재원 일수")),
)
"""What a duration is called, by the words of the date that ends it."""
MIN_PAIRED = 2
"""Rows with both dates needed before their gap is a duration worth offering."""
BACKWARDS = 0.01
"""At most this share of paired rows may have the end before the start (a few entry errors)."""
MAX_DATES = 4


def durations(table: TableFacts, database: Database, known: frozenset[str]) -> list[ColumnFacts]:
    """The table's one duration, when exactly one of its dates is never (or almost never) before another."""
    dates = [c for c in table.columns if c.role == "date" and (c.kind == "date" or c.date_format)]
    if not 2 <= len(dates) <= MAX_DATES or any({"duration", "기간"} & set(c.words) for c in table.columns):
        return []
    pair = _ordered_pair(table, dates, database)
    if pair is None:
        return []
    start, end = pair
    gap = f"date_diff('day', {_date(start)}, {_date(end)})"
    distinct, count, low, high = database.execute(
        f"SELECT count(DISTINCT {gap}), count({gap}), min({gap}), max({gap}) FROM {sampled(table.name)}").rows[0]
    korean = any(HANGUL.search(c.name) for c in table.columns)
    name = NAMES["ko" if korean else "en"]
    said = set(end.words) | {w for w in end.name.lower().replace("_", " ").split()}
    began = " ".join(w for w in start.words if w not in ("date", "day", "일", "날짜"))
    phrases = next((names for words, names in BY_END if words & said), ()) + GENERIC + tuple(
        f"{word} {began}" for word in ("after", "since", "from") if began and not HANGUL.search(began))
    return [ColumnFacts(table.name, name, "number", "measure", name_words(name, known),
                        tuple(name_words(p, known) for p in phrases), (), int(distinct or 0),
                        table.rows - int(count or 0), low, high, True, None, "일" if korean else "days",
                        _description(phrases, korean), False, span=(start.name, end.name))]


def _ordered_pair(table: TableFacts, dates: list[ColumnFacts], database: Database
                  ) -> tuple[ColumnFacts, ColumnFacts] | None:
    """The one pair of dates where the second is never (or almost never) before the first, in one query."""
    pairs = [(a, b) for a in dates for b in dates if a is not b]
    parts = []
    for a, b in pairs:
        first, then = _date(a), _date(b)
        parts += [f"count(*) FILTER (WHERE {first} IS NOT NULL AND {then} IS NOT NULL)",
                  f"count(*) FILTER (WHERE {then} < {first})"]
    try:
        row = database.execute(f"SELECT {', '.join(parts)} FROM {sampled(table.name)}").rows[0]
    except AgentError:  # a source that cannot compare its dates offers no duration
        return None
    kept = [(a, b) for n, (a, b) in enumerate(pairs)
            if row[2 * n] >= MIN_PAIRED and row[2 * n + 1] <= row[2 * n] * BACKWARDS]
    return kept[0] if len(kept) == 1 else None


def _description(phrases: tuple[str, ...], korean: bool) -> str:
    """How the duration is headed: its first name in the table's language, and its unit (survival (days))."""
    said = next(p for p in phrases if bool(HANGUL.search(p)) == korean)
    return f"{said} (일)" if korean else f"{said} (days)"


DAY_COUNTS = frozenset({"일수", "날수"})


def day_counts(cues: Cues, index: SchemaIndex) -> set[int]:
    """The 일수 of 재임 일수, when a table has a duration: a word of its name as well as a count of days."""
    if not any(c.span for c in index.columns):
        return set()
    return {i for i in cues.used if cues.tokens[i].lemma in DAY_COUNTS}


DURING_AFTER = frozenset({"동안", "중", "내내"})
DURING_BEFORE = frozenset({"during", "throughout", "within"})


def not_during(cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """재임 기간에, 재임 기간 동안, during the term: the time itself (a range of dates), not its length."""
    def during(m: Mention) -> bool:
        last, first = max(m.tokens), min(m.tokens)
        after = cues.tokens[last + 1].lemma if last + 1 < len(cues.tokens) else ""
        before = cues.tokens[first - 1].lemma.lower() if first > 0 else ""
        return cues.tokens[last].has("에") or after in DURING_AFTER or before in DURING_BEFORE

    return [m for m in mentions if not (m.kind == "column" and m.column is not None and m.column.span and during(m))]


def _date(c: ColumnFacts) -> str:
    column = quote_identifier(c.name)
    return f"try_strptime({column}, '{c.date_format}')" if c.date_format else column


def expand(query: exp.Expr, index: SchemaIndex) -> exp.Expr:
    """The query with each duration column computed from its two dates (DATE_DIFF('DAY', start, end))."""
    spans = {(c.table, c.name): c.span for c in index.columns if c.span}
    if not spans:
        return query

    def computed(node: exp.Expr) -> exp.Expr:
        if not isinstance(node, exp.Column) or (node.table, node.name) not in spans:
            return node
        start, end = spans[(node.table, node.name)]
        return exp.DateDiff(this=_dated(index, node.table, end), expression=_dated(index, node.table, start),
                            unit=exp.var("DAY"))

    transform: Callable[[exp.Expr], exp.Expr] = computed
    return query.transform(transform)


def _dated(index: SchemaIndex, table: str, name: str) -> exp.Expr:
    column = exp.column(name, table=table, quoted=True)
    facts = index.column(table, name)
    if facts.date_format:
        return exp.Anonymous(this="try_strptime", expressions=[column, exp.Literal.string(facts.date_format)])
    return column
