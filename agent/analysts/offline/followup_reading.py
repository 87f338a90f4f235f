"""Reading a follow-up for what it changes: chart mark, filter values, dates, groups, grain, measure, top-N."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.analysts.offline.dates import MONTHS
from agent.analysts.offline.draft import STRONG, numeric, table_of
from agent.analysts.offline.extract import Extracted, extract
from agent.analysts.offline.lookup import find_in_data, with_referencing
from agent.analysts.offline.matching import Span, match_spans
from agent.analysts.offline.model import Unmapped
from agent.analysts.offline.planner import split_values
from agent.analysts.offline.reading import read
from agent.analysts.offline.schema_index import ColumnInfo, SchemaIndex
from agent.analysts.offline.values import ValueMatch
from agent.analysts.offline.words import Token, tokenize
from agent.data.database import Database, quote_identifier

LEADING = re.compile(r"^\s*(?:what about|how about|what of|그럼|그러면|그렇다면|이번엔|이번에는)(?![\w가-힣])",
                     re.IGNORECASE)
WEAK_LEADING = re.compile(r"^\s*(?:and|but|so|then|now|ok(?:ay)?|also|그리고)(?![\w가-힣])", re.IGNORECASE)
ANYWHERE = re.compile(r"\binstead\b|\bsame\b|대신|말고", re.IGNORECASE)
TOPIC_END = re.compile(r"[가-힣A-Za-z0-9](?:은|는|요|은요|는요|(?:으)?로)\s*[?!.]*\s*$")
"""A short Korean question ending in a topic or direction particle: `재주문점은?`, `B 창고는?`, `선 그래프로`."""
EXCLUDED = re.compile(r"\S+\s*(?:말고|아니고|대신에?)(?=\s+\S)|\b(?:instead of|rather than|not)\s+[\w-]+",
                      re.IGNORECASE)
CHARTS = (
    ("line", re.compile(r"\bas\s+(?:an?\s+)?lines?\b(?:\s*(?:chart|graph|plot)s?)?|\blines?\s*(?:chart|graph|plot)s?\b"
                        r"|꺾은선(?:\s*(?:그래프|차트))?|(?:선|라인)\s*(?:그래프|차트)", re.IGNORECASE)),
    ("bar", re.compile(r"\bas\s+(?:an?\s+)?bars?\b(?:\s*(?:chart|graph|plot)s?)?|\bbars?\s*(?:chart|graph|plot)s?\b"
                       r"|막대(?:\s*(?:그래프|차트))?|바\s*(?:그래프|차트)", re.IGNORECASE)),
)
FILLERS = re.compile(
    r"\b(?:what about|how about|what of|instead(?: of that)?|same|again|chart|graph|plot|show(?: me)?|"
    r"just|only|by the way)\b|그럼|그러면|그리고|그렇다면|대신에?|이번엔|이번에는|다시|보여\s*주세요|보여줘|"
    r"그려\s*주세요|그려줘|바꿔\s*주세요|바꿔줘|(?<=[가-힣])(?:으로|로)(?=\s*[?!.]*\s*$)", re.IGNORECASE)
GROUP_PARTICLE = re.compile(r"별(?:로는|로요|로|은|는)")
BARE_MONTH = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|december|"
                        r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|May)\b\.?", re.IGNORECASE)
CODE = re.compile(r"[A-Za-z0-9]{1,3}")


@dataclass
class Changes:
    """What a follow-up asks to change; `applied` names what could be applied to the previous plan."""

    chart: str | None = None
    extracted: Extracted | None = None
    months: list[int] = field(default_factory=list)
    values: list[ValueMatch] = field(default_factory=list)
    group_spans: list[Span] = field(default_factory=list)
    measure: tuple[Span, ColumnInfo] | None = None
    grain: str | None = None
    aggregate: str | None = None
    ignored: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    unhandled: bool = False
    """True when it asks for what a change cannot express (a threshold, a comparison, a ranking word)."""


def chart_mark(text: str) -> tuple[str | None, str]:
    """The chart mark a follow-up asks for, and the text without those words."""
    for mark, pattern in CHARTS:
        if pattern.search(text):
            return mark, pattern.sub(" ", text)
    return None, text


def _bare_months(text: str) -> tuple[list[int], str]:
    months = []
    for m in BARE_MONTH.finditer(text):
        if m.group(1).lower() == "may" and m.group(1) != "May":
            continue
        months.append(MONTHS.index(m.group(1)[:3].lower()) + 1)
    return months, BARE_MONTH.sub(" ", text)


def read_changes(question: str, index: SchemaIndex, database: Database, base: str) -> Changes | Unmapped:
    """What the follow-up asks for, read against the schema from the previous plan's base table."""
    c = Changes()
    c.chart, text = chart_mark(question)
    text = EXCLUDED.sub(" ", text)
    text = GROUP_PARTICLE.sub("별", FILLERS.sub(" ", WEAK_LEADING.sub(" ", LEADING.sub(" ", text))))
    ex = extract(text)
    c.months, rest = _bare_months(ex.text)
    c.extracted, c.months = ex, ex.months + c.months
    ids, missing = find_in_data(ex.ids + ex.quoted, index, database)
    if missing:
        names = ", ".join(missing)
        return Unmapped(f"I could not find {names} in the data.", f"데이터에서 {names}을(를) 찾을 수 없습니다.",
                        not_found=missing)
    reading = read(tokenize(rest, index.korean_keys), rest, index.vocabulary)
    values, runs = split_values(reading.runs, index)
    spans, unmatched = match_spans(runs, index)
    c.grain = reading.grain
    c.unhandled = bool(ex.thresholds or reading.comparators or (reading.superlative and ex.top is None))
    c.aggregate = reading.aggregates[0] if reading.aggregates else ("count" if reading.count else None)
    c.values = ids + values
    labels: list[Span] = []
    for span in spans:
        found = numeric(span, STRONG)
        if span.group:
            c.group_spans.append(span)
        elif table_of(span):
            labels.append(span)
        elif found and c.measure is None:
            c.measure = (span, found[1])
        else:
            c.ignored.append(span.text)
    for token in unmatched:
        match = _code(token, labels, index, database) if CODE.fullmatch(token.text) else None
        if match is not None:
            c.values.append(match)
        else:
            c.ignored.append(token.text)
    return c


def _code(token: Token, labels: list[Span], index: SchemaIndex, database: Database) -> ValueMatch | None:
    """`B 창고`, `warehouse B`: the one key of the named table whose last part is the short code."""
    if token.text.isdigit() or not labels:
        return None
    span = min(labels, key=lambda s: abs(s.pos - token.pos))
    named = table_of(span)
    table = named[1] if named else None
    key = index.tables[table].key if table else None
    if table is None or key is None:
        return None
    sql = (f"SELECT DISTINCT {quote_identifier(key)} FROM {quote_identifier(table)} "
           f"WHERE regexp_matches(upper(CAST({quote_identifier(key)} AS VARCHAR)), ?) LIMIT 2")
    rows = database.execute(sql, [f"(^|[-_ .]){re.escape(token.text.upper())}$"]).rows
    if len(rows) != 1:
        return None
    return ValueMatch(f"{span.text} {token.text}", token.pos, with_referencing(index, table, key, str(rows[0][0])))
