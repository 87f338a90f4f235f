"""The question's content words matched to the schema: tables, columns and values, each with a score.

Spans of adjacent words are looked up whole first (`quantity on hand`, `Seoul, Gangnam`), then alone, then
loosely: a name word that starts the question's word (`cyl` in `cylinders`) or the reverse, and single words
of longer values (`Corolla` of `Toyota Corolla`). Codes (`ABC-12345`) are looked up in the data.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from agent.analysts.offline.question import lexicon
from agent.analysts.offline.question.cues import Cues
from agent.analysts.offline.question.tokens import Token, singular
from agent.analysts.offline.schema import durations
from agent.analysts.offline.schema.facts import ColumnFacts
from agent.analysts.offline.schema.index import SchemaIndex, split_words
from agent.analysts.offline.schema.sounds import sound_distance
from agent.data.database import Database, quote_identifier

PREFIX_SCORE = 0.7
PART_SCORE = 0.6
MIN_PREFIX = 3


@dataclass(frozen=True)
class Mention:
    """A span of the question that names a table, a column or a value (or holds a number near a column)."""

    kind: str
    """table, column, value"""
    tokens: frozenset[int]
    score: float
    table: str
    column: ColumnFacts | None = None
    value: str | None = None
    text: str = ""
    negated: bool = False
    """Said by its opposite ("died" for survived): a yes/no column's other value."""
    suffix: str = ""
    """A Korean suffix the word carried beyond the name (생존자: 자, 생존율: 율)."""
    related: bool = False
    """Matched only through a related word (구독료 ~ price): a likeness, never a name or a translation."""

    @property
    def start(self) -> int:
        """The first token of the span."""
        return min(self.tokens)


def _key(cues: Cues, indices: list[int]) -> tuple[str, ...]:
    return tuple(cues.tokens[i].lemma.lower() for i in indices)


def _spans(cues: Cues, allowed: set[int], longest: int) -> list[list[int]]:
    """Runs of adjacent allowed tokens, every sub-span up to `longest` words, longest first."""
    found = []
    order = sorted(allowed)
    runs: list[list[int]] = []
    for i in order:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        for length in range(min(longest, len(run)), 0, -1):
            for start in range(len(run) - length + 1):
                found.append(run[start:start + length])
    return found


CASE_PARTICLES = frozenset({"을", "를", "이", "가", "은", "는", "에", "에서", "로", "으로", "와", "과", "도"})
"""Korean particles that end a phrase: a name does not run on past them (영화를 장르별로 is not 영화 장르)."""


def _particle_inside(cues: Cues, span: list[int]) -> bool:
    return any(cues.tokens[i].korean and CASE_PARTICLES & set(cues.tokens[i].after) for i in span[:-1])


def _table_nouns_no_values(mentions: list[Mention]) -> list[Mention]:
    """A word that is a table's own name is not also a name in its rows, nor a column's name a title.

    "films" is the films, never the film titled "Film"; "genres" is the genre column, not the film "Genre".
    """
    tables = {(m.tokens, m.table) for m in mentions if m.kind == "table" and m.score >= 0.95}
    columns = {m.tokens for m in mentions if m.kind == "column" and m.score >= 0.95}
    return [m for m in mentions if not (m.kind == "value" and ((m.tokens, m.table) in tables or (
        m.tokens in columns and m.column is not None and m.column.role == "label")))]


def match(cues: Cues, index: SchemaIndex, database: Database | None = None) -> list[Mention]:
    """Every mention the question's words make, best first within each span."""
    content = set(cues.content())
    schema_words = {i for i in cues.stop | ({cues.grain_at} if cues.grain_at is not None else set())
                    if _names_schema(index, cues.tokens[i])}  # 주: the states table, not a filler or a week
    stops = {i for i in cues.stop if cues.tokens[i].lemma.lower() in index.vocabulary
             or cues.tokens[i].lemma.lower() in index.value_words} | (schema_words & cues.stop)
    said = {at for _, at in cues.aggregates}
    aggregates = {at for at in said if cues.tokens[at].kind == "word" and not (  # min and max price: both
        at >= 2 and at - 2 in said and cues.tokens[at - 1].lemma.lower() in ("and", "or", "&"))}
    cue_values = {i for i, t in enumerate(cues.tokens) if i not in content and i not in said
                  and (t.kind == "word" and i in cues.used | cues.stop or t.korean and t.kind in ("adv", "verb"))
                  and t.lemma.lower() in index.value_words}  # very (good), 안 (함), 자주: a value's words
    inner = {i for i, t in enumerate(cues.tokens) if t.lemma.lower() == "of" and i - 1 in content
             and i + 1 in content}  # years of service: a name's own word between two of the question's
    stops |= {i for i in cues.stop for j in (i - 1, i + 1) if 0 <= j < len(cues.tokens) and j in content
              and _phrase(_key(cues, sorted((i, j))))}  # market value: value, a filler alone
    counted = {i for i in cues.used if cues.tokens[i].lemma.lower() in lexicon.COUNT_WORDS
               and cues.tokens[i].lemma.lower() in index.vocabulary}  # 청구 건수: the last word of 청구_건수
    counted |= durations.day_counts(cues, index)  # 재임 일수: a duration's name, not a count of days
    grain = cues.grain_at
    named_grain = {grain} if grain is not None and grain + 1 in content and any(
        m.kind == "column" and m.score >= 0.85 for m in _lookup(index, _key(cues, [grain, grain + 1]),
                                                             frozenset((grain, grain + 1)), "")) else set()
    allowed = content | stops | aggregates | cue_values | schema_words | inner | counted | named_grain
    mentions: list[Mention] = _as_written(index, cues)
    covered: set[int] = {i for m in mentions for i in m.tokens}
    allowed -= covered
    for span in _spans(cues, allowed, max(index.longest, 2)):
        if span[0] in inner or span[-1] in inner or _particle_inside(cues, span):
            continue
        if any(i in cue_values for i in span):  # a cue's word counts only inside a whole value (Very Good)
            single = len(span) == 1 and cues.tokens[span[0]].kind == "adv"  # 자주 (하는): an adverb value
            whole = [m for m in _lookup(index, _key(cues, span), frozenset(span), cues.text[
                cues.tokens[span[0]].start:cues.tokens[span[-1]].end]) if m.kind == "value"] \
                if len(span) > 1 or single else []
            mentions += whole
            covered |= set(span) if whole else set()
            continue
        if span[0] in stops or span[-1] in stops:  # a filler word starts or ends no name (stock in Korea)
            if len(span) > 1 and not _phrase(_key(cues, span)):
                continue  # unless the words are one known phrase (market value: 시가총액)
            if all(i in stops for i in span):  # unless it is a column's very name (units, value, hour)
                unit = span[0] > 0 and cues.tokens[span[0] - 1].kind == "num"  # 1.1달러: a unit, not a value
                named = [m for m in _lookup(index, _key(cues, span), frozenset(span), cues.tokens[span[0]].text)
                         if m.kind == "column" and m.score >= 0.95 or m.kind == "table" and span[0] in schema_words
                         or m.kind == "value" and not unit and span[0] in cues.stop]
                if not named and not unit and len(span) == 1 and span[0] in cues.stop:  # 파운드: 영국 파운드
                    named = [Mention("value", frozenset(span), PART_SCORE, c.table, c, v, cues.tokens[span[0]].text)
                             for c, v in index.value_parts.get(_key(cues, span)[0], [])]
                mentions += named
                covered |= set(span) if named else set()
                continue
        if any(i in aggregates | counted for i in span) and len(span) == 1:
            continue  # max alone is an aggregate; max temperature may be a column's name
        key = _key(cues, span)
        text = cues.text[cues.tokens[span[0]].start:cues.tokens[span[-1]].end]
        found = _lookup(index, key, frozenset(span), text)
        if any(i in aggregates for i in span):
            found = [m for m in found if m.kind == "column" and m.score >= 0.85]
        if any(i in counted for i in span):
            found = [m for m in found if m.kind == "column" and m.score >= 0.95]
        if not found and len(span) == 2:
            found = _qualified(index, cues, span, text)
        if not found and len(span) <= 2:
            found = _rate_of(index, cues, span, text)  # crime rate, 범죄율: crimes_per_person
        if not found and len(span) in (2, 3) and not any(cues.tokens[i].korean for i in span):
            found = [m for m in _by_meaning(index, " ".join(key), frozenset(span), text)
                     if m.kind == "value"]  # assistant professors: 조교수
        if not found and len(span) == 2 and all(cues.tokens[i].korean for i in span):
            found = _translated_value(index, key, frozenset(span), text)  # 소규모 학급: small.class
        if not found and len(span) == 2 and cues.tokens[span[1]].kind == "num":  # vvs 1: VVS1
            found = [m for m in _lookup(index, ("".join(key),), frozenset(span), text) if m.kind == "value"]
        if not found and len(span) >= 2 and cues.tokens[span[0]].kind == "num" and cues.tokens[span[1]].lemma == "등" \
                and cues.tokens[span[0]].lemma.isdigit():  # 2등석: 2nd
            found = [m for m in _lookup(index, (lexicon.ordinal(int(cues.tokens[span[0]].lemma)),), frozenset(span),
                                        text) if m.kind == "value"]
        if len(span) > 1 and not found and all(cues.tokens[i].korean for i in span) and all(
                cues.tokens[i].joined for i in span[1:]):
            found = _lookup(index, ("".join(key),), frozenset(span), text)  # 출고 + 량
        if found:
            mentions += found
            covered |= set(span)
    strong = {i for m in mentions if m.score >= 0.9 or m.kind == "value" for i in m.tokens}
    for i in sorted(content):
        token = cues.tokens[i]
        text = token.text
        if i in covered and not (token.korean and token.lemma[-1:] in KOREAN_SUFFIXES):
            if i not in strong and token.kind in ("word", "noun"):  # rainy: a related column, or the value rain
                mentions += _by_meaning(index, token.lemma.lower(), frozenset({i}), text)
            continue
        if token.kind == "code" and database is not None:
            found = _codes(index, database, i, token.lemma, text)
            parts = tuple(singular(p) for p in re.split(r"[-_.]", token.lemma.lower()) if p)
            if not found and len(parts) > 1:  # Solar.R, quantity_on_hand: the column's own name
                found = _lookup(index, parts, frozenset({i}), text)
            mentions += found
            continue
        if token.kind == "adj" and token.korean:  # 맑은 날: the value an adjective names
            mentions += _by_meaning(index, token.lemma, frozenset({i}), text)
            continue
        if token.kind not in ("word", "noun", "counter"):
            continue
        found = _by_meaning(index, token.lemma.lower(), frozenset({i}), text)
        strong_value = any(m.kind == "value" and m.score >= 0.9 and i in m.tokens for m in mentions)
        named_column = any(m.kind == "column" and m.score >= 0.8 and i in m.tokens for m in mentions)
        if token.korean and len(token.lemma) >= 3 and token.lemma[-1] in KOREAN_SUFFIXES and not strong_value \
                and not named_column:
            stem, suffix = token.lemma[:-1], token.lemma[-1]  # 생존자, 생존율, 사망자: the stem names the column
            found += [replace(m, suffix=suffix) for m in _lookup(index, (stem,), frozenset({i}), text)
                      + _by_meaning(index, stem, frozenset({i}), text) + _opposite(index, stem, frozenset({i}), text)]
        if not found and i not in covered and token.lemma.lower() in lexicon.ORDINALS:  # third class: 3rd
            found = [m for m in _lookup(index, (lexicon.ORDINALS[token.lemma.lower()],), frozenset({i}), text)
                     if m.kind == "value"]
        if not found and i not in covered:
            found = _opposite(index, token.lemma.lower(), frozenset({i}), text)
        if not found and token.proper and i not in covered:
            found = _sounded(index, token.lemma, frozenset({i}), text)
        if not found and len(token.lemma) >= 2 and token.korean and i not in covered:
            found = _korean_prefix(index, token.lemma, frozenset({i}), text)
        if not found and i not in covered:
            found = _inside_names(index, token.lemma.lower(), frozenset({i}), text)
        if not found and i not in covered:
            found = _by_initials(index, token, frozenset({i}), text)
        if not found and len(token.lemma) >= MIN_PREFIX and i not in covered:
            found = _loose(index, token.lemma.lower(), frozenset({i}), text)
        if not found and token.korean and token.kind == "noun" and i not in covered:  # 안타: hit, the column h
            found = [replace(m, score=m.score * 0.9) for word in sorted(_english_equivalents(token.lemma))
                     if len(word) >= MIN_PREFIX for m in _loose(index, word, frozenset({i}), text)
                     if m.kind == "column"]
        if not found and i not in covered:
            found = _related(index, token.lemma.lower(), frozenset({i}), text)
        mentions += found
    mentions = durations.not_during(cues, _untied(cues, _years_named(cues, _table_nouns_no_values(mentions))))
    mentions = _named_in_brackets(cues, mentions) + _per_names(index, cues) + _panel_rows(index, cues) \
        + _people_counted(index, cues)
    mentions += _named_word_by_word(cues, mentions)
    if database is not None:
        mentions += _short_codes(index, database, cues, mentions)
    if cues.career:
        mentions += _career_columns(index, mentions)
    return mentions


NAMED_TOGETHER = 0.3
"""What two words side by side gain when each names the same column (선호 지역: preferred_area)."""


def _named_word_by_word(cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """Two words side by side that each name one column loosely name it as one phrase, more surely than either.

    선호 (preferred) and 지역 (area) each half-name `preferred_area`; said together they are its name.
    """
    found = []
    singles = [m for m in mentions if m.kind == "column" and m.column is not None and len(m.tokens) == 1]
    for m in singles:
        (i,) = m.tokens
        if {i, i + 1} & (set(cues.groups) | cues.used):
            continue  # 창고별 재고: a grouping and its measure, not one name
        for o in singles:
            if o.tokens != frozenset({i + 1}) or o.column != m.column or any(
                    x.kind == "column" and x.tokens >= {i, i + 1} for x in mentions):
                continue
            text = cues.text[cues.tokens[i].start:cues.tokens[i + 1].end]
            score = min(0.9, max(m.score, o.score) + NAMED_TOGETHER)
            found.append(Mention("column", frozenset({i, i + 1}), score, m.table, m.column, text=text))
    return found


PANEL_TIMES = frozenset({"year", "month", "quarter", "week", "day", "연도", "년도", "월", "분기", "일"})
"""The second word of a panel's rows (state-years, 주-연도): a period."""


def _panel_rows(index: SchemaIndex, cues: Cues) -> list[Mention]:
    """`state-years`, 주-연도: the rows of the table that has one row per state and year (a panel)."""
    pairs: list[tuple[str, str, frozenset[int]]] = []
    for i, t in enumerate(cues.tokens):
        parts = [singular(p) for p in re.split(r"[-_]", t.lemma.lower()) if p]
        if t.kind == "code" and len(parts) == 2 and all(p.isalpha() for p in parts):
            pairs.append((parts[0], parts[1], frozenset({i})))
        nxt = cues.tokens[i + 1] if i + 1 < len(cues.tokens) else None
        if nxt is not None and (t.korean and nxt.korean or t.kind == nxt.kind == "word") \
                and cues.text[t.end:nxt.start] == "-":  # 주-연도, state-years
            pairs.append((t.lemma, nxt.lemma, frozenset({i, i + 1})))
    found = []
    for first, second, tokens in pairs:
        if second not in PANEL_TIMES:  # student-teacher ratio: two words, not rows
            continue
        tables = [_named_tables(index, word) for word in (first, second)]
        text = cues.text[cues.tokens[min(tokens)].start:cues.tokens[max(tokens)].end]
        found += [Mention("table", tokens, 0.85, table, text=text) for table in sorted(tables[0] & tables[1])]
    return found


def _named_tables(index: SchemaIndex, word: str) -> set[str]:
    """The tables a word names a column of, or a table of, with the tables that refer to those."""
    named = {m.column.table if m.column is not None else m.table for form in {word} | _equivalents(word)
             for m in _lookup(index, split_words(form), frozenset(), form) if m.kind in ("column", "table")}
    return named | {t.name for t in index.tables.values() if any(link.target in named for link in t.links)}


def _names_schema(index: SchemaIndex, token: Token) -> bool:
    """A Korean noun that means a schema word (주: state, with a `states` table), though often a filler."""
    return token.korean and token.kind in ("noun", "det") and any(
        w.lower() in index.vocabulary for w in _equivalents(token.lemma) if w.isascii())


def _as_written(index: SchemaIndex, cues: Cues) -> list[Mention]:
    """Values with a number in them said as written (25세 미만, 2리터 초과): the value, not a cut on a number.

    Their tokens leave the cues' comparisons, so 미만 and 초과 there compare nothing.
    """
    text = cues.text.lower()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for c, value in index.numbered_values:  # the longest first
        start = text.find(value.lower())
        if start < 0 or any(start < b and start + len(value) > a for a, b in taken):
            continue
        end = start + len(value)
        tokens = frozenset(i for i, t in enumerate(cues.tokens) if t.start >= start and t.end <= end)
        if not tokens or any(t.start < end and t.end > end or t.start < start < t.end for t in cues.tokens):
            continue  # part of a longer word: 12세 미만 inside 112세 미만
        taken.append((start, end))
        found.append(Mention("value", tokens, 1.0, c.table, c, value, cues.text[start:end]))
    if found:
        said = {i for m in found for i in m.tokens}
        cues.comparisons[:] = [x for x in cues.comparisons if x.at not in said]
        cues.used -= said
    return found


def _per_names(index: SchemaIndex, cues: Cues) -> list[Mention]:
    """`miles per driver`: a column's whole name around `per` (which the cues read as grouping)."""
    found = []
    for i in range(len(cues.tokens) - 1):
        if i > 0 and cues.tokens[i].lemma.lower() == "per":
            span = [i - 1, i, i + 1]
            text = cues.text[cues.tokens[i - 1].start:cues.tokens[i + 1].end]
            found += [m for m in _lookup(index, _key(cues, span), frozenset(span), text) if m.kind == "column"]
        elif cues.tokens[i].korean and cues.tokens[i].has("당") and cues.tokens[i + 1].kind == "noun":
            found += _korean_per(index, cues, i)
        elif cues.tokens[i].lemma in ("1인당", "인당") and i > 0 and cues.tokens[i - 1].kind == "noun" \
                and cues.tokens[i + 1].kind == "noun":  # 학생 1인당 지출: expenditure_per_student
            found += _korean_per(index, cues, i - 1, through=i)
        elif cues.tokens[i].lemma in ("1인당", "인당") and cues.tokens[i + 1].kind == "noun":
            found += _per_capita(index, cues, i)  # 1인당 소비량: packs_per_capita
    return found


def _per_capita(index: SchemaIndex, cues: Cues, i: int) -> list[Mention]:
    """`1인당 소비량`: a column of that thing per capita (per person, per head), in either language."""
    after = cues.tokens[i + 1]
    span = frozenset({i, i + 1})
    text = cues.text[cues.tokens[i].start:after.end]
    heads = ("capita", "person", "head", "인")
    found: list[Mention] = []
    for y in {singular(w.lower()) for w in {after.lemma} | _equivalents(after.lemma) if " " not in w}:
        for x in heads:
            found += [replace(m, score=m.score * 0.95) for m in _lookup(index, (y, "per", x), span, text)
                      if m.kind == "column"]
    return found


def _korean_per(index: SchemaIndex, cues: Cues, i: int, through: int | None = None) -> list[Mention]:
    """`페이지당 글자 수`: Y per X, a column named characters_per_page (the words in the other language too).

    With `through`, X is followed by a per-head word (학생 1인당 지출) and Y comes after that word.
    """
    def forms(word: str) -> set[str]:
        return {singular(w.lower()) for w in {word} | _equivalents(word) if " " not in w}

    last = (through if through is not None else i) + 1
    head, after = cues.tokens[i], cues.tokens[last]
    counted = last + 1 < len(cues.tokens) and cues.tokens[last + 1].lemma == "수"  # 글자 수: the count is the name's
    span = frozenset(range(i, last + 1))
    text = cues.text[head.start:after.end]
    found: list[Mention] = []
    for y in forms(after.lemma) | (forms(after.lemma + "수") if counted else set()):
        for x in forms(head.lemma):
            found += [replace(m, score=m.score * 0.95) for m in _lookup(index, (y, "per", x), span, text)
                      if m.kind == "column"]
    return found


PEOPLE_COUNTERS = frozenset({"인", "명", "person", "member"})
"""Counters of people: 3인 가구, 5명 가구, 3-person households."""
HOUSEHOLD_WORDS = frozenset({"가구", "세대", "가족", "집", "가정", "household", "family", "home"})
"""Words of a household, sized by the number of its people (1인 가구)."""
ALONE_WORDS = frozenset({"혼자", "독거", "alone"})
"""Words of a household of one (혼자 사는 가구, people living alone)."""


def _people_counted(index: SchemaIndex, cues: Cues) -> list[Mention]:
    """`1인 가구`, `5명 이상 가구`, `혼자 사는`: the household's people, the value of its size column."""
    sizes = {singular(w.lower()) for w in _equivalents("household size")}
    found: list[Mention] = []
    size: float | None
    for i in range(len(cues.tokens)):
        counter, before = cues.tokens[i], cues.tokens[i - 1] if i else None
        if counter.lemma.lower() in ALONE_WORDS:
            text, size = counter.text, 1.0
        elif before is not None and before.kind == "num" and counter.lemma in PEOPLE_COUNTERS \
                and (counter.joined or not counter.korean and cues.text[before.end:counter.start] == "-") \
                and any(t.lemma in HOUSEHOLD_WORDS for t in cues.tokens[i + 1:i + 4]) \
                and not (i > 1 and cues.tokens[i - 2].has("이", "가")):  # 식비 비중이 0인 가구: is 0, no counter
            text, size = cues.text[before.start:counter.end], before.number
        else:
            continue
        for table in index.tables.values():
            found += [Mention("column", frozenset({i}), 0.9, table.name, column=c, text=text) for c in table.columns
                      if c.kind == "number" and c.integer and ({"".join(c.words), " ".join(c.words)} & sizes)
                      and size is not None and c.minimum is not None and c.maximum is not None
                      and c.minimum <= size <= c.maximum]
    return found


BRACKETED_WORDS = 3
"""At most this many words before `(column)` are the question's own name for that column."""


def _named_in_brackets(cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """`태양 복사량(Solar.R)`, `mean weight (wt)`: the words right before a bracketed column name are its name.

    The column's mention takes those words too; what else they matched is dropped (실업 기간(uempmed) is not
    unemploy).
    """
    text, tokens = cues.text, cues.tokens
    for m in [m for m in mentions if m.kind == "column" and m.score >= 0.95]:
        first, last = min(m.tokens), max(m.tokens)
        opens = text[:tokens[first].start].rstrip().endswith("(")
        closes = text[tokens[last].end:].lstrip().startswith(")")
        if not (opens and closes) or first == 0:
            continue
        words: set[int] = set()
        i = first - 1
        while i >= 0 and len(words) < BRACKETED_WORDS and i not in cues.used and tokens[i].kind in (
                "noun", "word") and (i == first - 1 or not tokens[i].after):
            words.add(i)
            i -= 1
        if not words:
            continue
        mentions = [o for o in mentions if o is m or not set(o.tokens) <= words]
        mentions = [replace(o, tokens=frozenset(o.tokens | words)) if o is m else o for o in mentions]
    return mentions


def _career_columns(index: SchemaIndex, mentions: list[Mention]) -> list[Mention]:
    """`career home runs` where the table has `career_home_runs`: that column, over the season's."""
    found = []
    for m in mentions:
        if m.kind != "column" or m.column is None or m.score < 0.95:
            continue
        facts = index.tables.get(m.column.table)
        names = {c.name.lower(): c for c in facts.columns} if facts else {}
        for prefix in ("career_", "career", "total_", "통산_", "통산"):
            career = names.get(prefix + m.column.name.lower())
            if career is not None:
                found.append(replace(m, column=career, score=min(1.0, m.score) + 0.02))
                break
    return found


SHORT_CODE = re.compile(r"^[A-Za-z0-9]{1,2}$")


def _short_codes(index: SchemaIndex, database: Database, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """`warehouse B`, `B 창고`: a short word beside a table's name is the one row whose id ends in it (WH-B).

    When exactly one id or label of that table ends in the word, it is that code wherever it is a value.
    """
    named: dict[int, Mention] = {}
    for m in mentions:
        for i in m.tokens:
            if m.kind == "table" and (i not in named or m.score > named[i].score):
                named[i] = m
    taken = {i for m in mentions if m.kind in ("value", "column") and m.score >= 0.8 for i in m.tokens}
    found: list[Mention] = []
    for i, token in enumerate(cues.tokens):
        said = token.text.removesuffix("'s")  # airline f's load factor: f
        if i in taken or i in named or not SHORT_CODE.match(said) or token.kind not in ("word", "code"):
            continue
        if len(said) > 1 and said.islower():  # by, at, of: words, not codes
            continue
        tables = [named[j].table for j in (i - 1, i + 1) if j in named and named[j].score >= 0.8]
        facts = index.tables.get(tables[0]) if tables else None
        if facts is None:
            continue
        for c in facts.columns:
            if c.role not in ("id", "label") or c.kind != "text":
                continue
            col = quote_identifier(c.name)
            rows = database.execute(
                f"SELECT DISTINCT {col} FROM {quote_identifier(facts.name)} "
                f"WHERE regexp_matches({col}, ?, 'i') LIMIT 2", [f"(^|[-_ ]){re.escape(said)}$"]).rows
            if len(rows) == 1 and rows[0][0] is not None:
                code = str(rows[0][0])
                found += _codes(index, database, i, code, token.text) or [
                    Mention("value", frozenset({i}), 1.0, facts.name, c, code, token.text)]
                break
    return found


KOREAN_SUFFIXES = frozenset({"자", "율", "률", "수", "량", "액", "값", "비", "일"})


def _qualified(index: SchemaIndex, cues: Cues, span: list[int], text: str) -> list[Mention]:
    """A table's word then one of its columns (supplier country, 창고 도시): that table's column."""
    first, second = (_key(cues, [i]) for i in span)
    tables = {t for t, w in index.table_words.get(first, []) if w >= 0.9}
    found = []
    for c, weight in index.column_words.get(second, []):
        if c.table in tables and weight >= 0.85 and c.role not in ("id",):
            found.append(Mention("column", frozenset(span), min(1.0, weight + 0.05), c.table, c, text=text))
    return found


RATE_WORDS = frozenset({"rate", "율", "률"})
PER_WORDS = frozenset({"per", "capita", "rate", "pct", "percent", "share", "ratio"})
RATE_SCORE = 0.9


def _rate_of(index: SchemaIndex, cues: Cues, span: list[int], text: str) -> list[Mention]:
    """"crime rate", 범죄율: a column of that thing per person (crimes_per_person, crime_rate), said as a rate."""
    tokens = [cues.tokens[i] for i in span]
    if len(tokens) == 2 and tokens[1].lemma.lower() in RATE_WORDS:
        thing = tokens[0].lemma.lower()
    elif len(tokens) == 1 and tokens[0].korean and tokens[0].lemma[-1:] in ("율", "률") and len(tokens[0].lemma) > 2:
        thing = tokens[0].lemma[:-1]
    else:
        return []
    forms = {singular(thing)} | {singular(w.lower()) for w in _equivalents(thing) if " " not in w}
    found = []
    for table in index.tables.values():
        for c in table.columns:
            if c.kind == "number" and c.words and c.words[0] in forms and set(c.words[1:]) & PER_WORDS:
                found.append(Mention("column", frozenset(span), RATE_SCORE, c.table, c, text=text))
    if not found:  # claim rate, 청구율: the claims over the holders, both counted in the table
        found = [Mention("column", frozenset(span), RATE_SCORE, c.table, c, text=text, suffix=RATE)
                 for table in index.tables.values() for c in table.columns
                 if c.counts_things and c.words and c.words[0] in forms and exposure(table.columns, c) is not None]
    return found if len(found) <= 2 else []


RATE = "rate"
"""A mention's suffix when it names a rate of a counted column over another (청구율: 청구_건수 / 가입자_수)."""


def exposure(columns: list[ColumnFacts] | tuple[ColumnFacts, ...], counted: ColumnFacts) -> ColumnFacts | None:
    """The one other counted column of the table that counts those a rate of `counted` is per (가입자_수)."""
    found = [c for c in columns if c is not counted and c.counts_things and set(c.words) & lexicon.EXPOSURE_WORDS]
    return found[0] if len(found) == 1 else None


def _opposite(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """A word meaning the no of a yes/no column (died: survived, 사망자: 생존)."""
    from agent.analysts.offline.question.lexicon import OPPOSITES

    other = OPPOSITES.get(word) or OPPOSITES.get(word.removesuffix("자"))
    if other is None:
        return []
    found = [m for m in _lookup(index, (other,), tokens, text) + _by_meaning_columns(index, other, tokens, text)
             if m.kind == "column" and m.column is not None and m.column.role == "flag"]
    return [replace(m, negated=True, score=m.score * 0.9) for m in found]


def _inside_names(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """Columns whose name holds a phrase of the word's meaning (1인당: per capita, in income_per_capita)."""
    phrases = {tuple(singular(w) for w in other.lower().split()) for other in _equivalents(word) if " " in other}
    found = []
    for table in index.tables.values():
        for c in table.columns:
            words = tuple(c.words)
            if any(len(p) < len(words) and any(words[k:k + len(p)] == p for k in range(len(words) - len(p) + 1))
                   for p in phrases):
                found.append(Mention("column", tokens, PREFIX_SCORE, c.table, c, text=text))
    return found


def _by_meaning_columns(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    found = []
    for other in _equivalents(word):
        found += [m for m in _lookup(index, (other.lower(),), tokens, text) if m.kind == "column"]
    return found


def _by_meaning(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """Values named by a word of the same meaning (여성: Female, women: 여).

    A one-letter value only in a column of a few values (Y/N, M/F): among codes it is a code.
    """
    found = []
    seen: set[tuple[tuple[str, str], str]] = set()
    forms = {s for other in _equivalents(word) | {word} for s in _noun_forms(other.lower())}
    for other in ((_equivalents(word) - {word}) | forms):
        for c, v in index.values.get(tuple(other.lower().split()), []):
            if len(str(v)) == 1 and c.distinct > 3:
                continue  # no: N of Y/N, not the region code N of five
            if (c.ref, v) not in seen:
                seen.add((c.ref, v))
                found.append(Mention("value", tokens, 0.85, c.table, c, v, text))
    return found


def _translated_value(index: SchemaIndex, key: tuple[str, ...], tokens: frozenset[int], text: str) -> list[Mention]:
    """A two-word value said word by word in the other language (소규모 학급: small.class), as sure as a synonym."""
    options = [sorted(singular(w.lower()) for w in _equivalents(word) if w.isascii() and " " not in w)[:6]
               for word in key]
    found: list[Mention] = []
    for pair in itertools.product(*options):
        found += [Mention("value", tokens, 0.85, c.table, c, v, text) for c, v in index.values.get(pair, [])]
    return found


def _noun_forms(word: str) -> set[str]:
    """The noun an English adjective in -y is made from (rainy: rain, sunny: sun, foggy: fog)."""
    if not word.isascii() or not word.isalpha() or len(word) < 4 or not word.endswith("y") or word.endswith("ay"):
        return set()
    stem = word[:-1]
    forms = {stem}
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return forms


def _korean_prefix(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """A short value written at the start of a Korean compound (남학생: 남, 3등석: 3등, 오른손잡이: 오른손)."""
    found = []
    for cut in (1, 2, 3):
        head, rest = word[:cut], word[cut:]
        if not rest or (cut == 3 and len(rest) > 2):
            continue
        ranked = re.fullmatch(r"(\d{1,2})등", head)  # 3등석: 3rd
        for form in {head} | {w for w in _equivalents(head) if len(w) <= 3} | (
                {lexicon.ordinal(int(ranked.group(1)))} if ranked else set()):
            for c, v in index.values.get((form.lower(),), []):
                if c.role in ("category", "flag") and len(c.values) <= 12:
                    found.append(Mention("value", tokens, 0.75, c.table, c, v, text))
    return found


SOUND_SCORE = 0.75
"""A value heard in a Hangul word (아메리칸: American): sure enough to use, loose enough to say so."""


def _sounded(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """Latin-letter values a Korean proper noun spells (텍사스: Texas), whole values first, the closest only."""
    seen: set[tuple[tuple[str, str], Any]] = set()
    whole = []
    for key, items in index.values.items():  # each value once (it is also entered joined and split)
        if all(w.isascii() for w in key):
            for c, v in items:
                if (c.ref, v) not in seen:
                    seen.add((c.ref, v))
                    whole.append((sound_distance(word, str(v)), c, v))
    found = _closest(whole, SOUND_SCORE, tokens, text)
    if found:
        return found
    parts = [(d, c, v) for part, items in index.value_parts.items() if part.isascii()
             and (d := sound_distance(word, part)) is not None for c, v in items]
    return _closest(parts, PART_SCORE, tokens, text)


def _closest(heard: Sequence[tuple[int | None, ColumnFacts, Any]], score: float, tokens: frozenset[int],
             text: str) -> list[Mention]:
    """The values heard at the smallest sound distance (0, else 1), as mentions."""
    for closeness in (0, 1):
        found = [Mention("value", tokens, score, c.table, c, v, text) for d, c, v in heard if d == closeness]
        if found:
            return found
    return []


def _equivalents(word: str) -> frozenset[str]:
    try:
        from agent.analysts.offline.question.vocabulary import equivalents
    except ImportError:
        return frozenset()
    return equivalents(word)


GENERIC_WORDS = frozenset({"pct", "percent", "percentage", "rate", "ratio", "total", "count", "number", "num",
                           "amount", "value", "avg", "mean", "share", "율", "률", "비율", "수", "합계"})
"""Name words that say how a quantity is written, not which one it is (below_poverty_pct: pct)."""


YEAR_NAMED = 0.3
"""Added to a column whose name holds a year the question says (1971년 인구: population_1971)."""


def _years_named(cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """1971년 인구: of the population columns, the one whose name holds the year said."""
    years = {str(p.year) for p in cues.periods if p.year} | {str(p.until.year) for p in cues.periods
                                                              if p.until and p.until.year}
    if not years:
        return mentions
    return [replace(m, score=min(1.0, m.score + YEAR_NAMED)) if m.kind == "column" and m.column is not None
            and any(y in m.column.name for y in years) else m for m in mentions]


def _untied(cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """Of columns one word names alike, the one whose other name words are said comes first.

    poverty rate names below_poverty_pct, child_poverty_pct and poverty_known_population alike; `below` is a word of
    the meaning of poverty (below poverty line) and `pct` only how it is written, so below_poverty_pct comes first.
    """
    said = {t.lemma.lower() for t in cues.tokens}
    groups: dict[tuple[frozenset[int], float], list[int]] = {}
    for n, m in enumerate(mentions):
        if m.kind == "column" and m.column is not None:
            groups.setdefault((m.tokens, round(m.score, 3)), []).append(n)
    out = list(mentions)
    for (_, _), members in groups.items():
        if len({cast(ColumnFacts, out[n].column).ref for n in members}) < 2:
            continue
        for n in members:
            m = out[n]
            assert m.column is not None
            out[n] = replace(m, score=m.score * (0.97 + 0.03 * name_said(m.column, m.text, said)))
    return out


def _phrase(key: tuple[str, ...]) -> bool:
    """True when several words are one phrase of the vocabulary (market value, unit price)."""
    return len(key) > 1 and bool(_equivalents(" ".join(key)) - {" ".join(key)})


def name_said(column: ColumnFacts, word: str, said: set[str] | frozenset[str] = frozenset()) -> float:
    """The share of a column's name words that the question, the word's meaning or a quantity's form accounts for.

    1.0 for below_poverty_pct named by poverty (below poverty line; pct), 1/3 for poverty_known_population.
    """
    meaning = {w for other in _equivalents(word.lower()) for w in other.lower().split()}
    known = set(said) | meaning | GENERIC_WORDS
    words = [w for w in column.words if w]
    return sum(1 for w in words if w in known) / len(words) if words else 1.0


CASE_ONLY_SCORE = 0.98
"""A value that matches the question's word only when case is ignored (OHIO for Ohio)."""
MAX_RELATED = 2
"""A word related to more columns than this names none of them."""


def _related(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """Columns a word is only related to, through a word of their longer name (구독료: library_price)."""
    best: dict[tuple[str, str], float] = {}
    for c, weight in index.related_words.get(singular(word), []):
        best[c.ref] = max(best.get(c.ref, 0.0), weight)
    if len(best) > MAX_RELATED:
        return []  # rate: every _pct column alike, so none of them
    return [Mention("column", tokens, w, t, index.column(t, n), text=text, related=True)
            for (t, n), w in best.items()]


def _lookup(index: SchemaIndex, key: tuple[str, ...], tokens: frozenset[int], text: str) -> list[Mention]:
    found = [Mention("value", tokens, 1.0 if str(v) == text or not text else CASE_ONLY_SCORE, c.table, c, v, text)
             for c, v in index.values.get(key, [])]  # Ohio: the state Ohio before the county OHIO
    best: dict[tuple[str, str], float] = {}
    for c, weight in index.column_words.get(key, []):
        if weight > best.get(c.ref, 0.0):
            best[c.ref] = weight
    found += [Mention("column", tokens, w, t, index.column(t, n), text=text) for (t, n), w in best.items()]
    tables: dict[str, float] = {}
    for table, weight in index.table_words.get(key, []):
        tables[table] = max(tables.get(table, 0.0), weight)
    found += [Mention("table", tokens, w, t, text=text) for t, w in tables.items()]
    return found


INITIALS_SCORE = 0.8
"""How sure `GM` names General Motors: a guess from the initials, though a close one."""


def _by_initials(index: SchemaIndex, token: Token, tokens: frozenset[int], text: str) -> list[Mention]:
    """GM, ge's, AER: the value whose words' initials these letters are, when they are no English word."""
    word = token.text.removesuffix("'s").removesuffix("’s")
    if token.korean or not word.isascii() or not word.isalpha() or not 2 <= len(word) <= 5:
        return []
    if word.islower() and _known_word(word.lower()):
        return []  # us, or: words, unless written in capitals
    named = index.initials.get(word.lower(), [])
    score = INITIALS_SCORE if len(named) == 1 else PART_SCORE  # JPE: Political or Population Economics
    return [Mention("value", tokens, score, c.table, c, v, text) for c, v in named]


def _activities(word: str) -> list[str]:
    """The -ing forms of a noun or verb (bank: banking, manufacture: manufacturing, ship: shipping)."""
    if not word.isalpha() or not word.isascii() or word.endswith("ing") or len(word) < 4:
        return []
    forms = [word + "ing"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    elif word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.append(word + word[-1] + "ing")
    return forms


def _loose(index: SchemaIndex, word: str, tokens: frozenset[int], text: str) -> list[Mention]:
    """Loose matches: a name word that starts the question's word, or the reverse (cyl / cylinders).

    Also a long shared stem (survivor / survived), single words of longer values, and parts of table names.
    """
    found: list[Mention] = []
    seen: set[tuple[str, str]] = set()
    for (name,), items in _single_words(index).items():
        if name == word:
            continue
        if len(name) < MIN_PREFIX:
            if name.isalpha() and word.startswith(name) and len(word) >= 3 and _known_word(word):  # h: hits
                for c, weight in items:
                    if c.ref not in seen and len(c.name) <= 2:
                        seen.add(c.ref)
                        found.append(Mention("column", tokens, 0.45 * weight, c.table, c, text=text))
            continue
        abbreviation = word.startswith(name)  # cyl: cylinders, temp: temperature
        shortened = name.startswith(word) and len(word) >= 4 and len(word) >= 0.6 * len(name)
        stem = _common_prefix(word, name) >= max(5, int(0.7 * min(len(word), len(name))))  # survivor: survived
        if abbreviation or shortened or stem:
            for c, weight in items:
                if c.ref not in seen:
                    seen.add(c.ref)
                    found.append(Mention("column", tokens, PREFIX_SCORE * weight, c.table, c, text=text))
    for c, value in index.value_parts.get(word, []):
        found.append(Mention("value", tokens, PART_SCORE, c.table, c, value, text))
    for activity in _activities(word):  # banks: banking, mines: mining (a sector named by what it does)
        found += [Mention("value", tokens, PREFIX_SCORE, c.table, c, v, text) for c, v in index.values.get(
            (activity,), [])]
        found += [Mention("value", tokens, PART_SCORE, c.table, c, v, text)
                  for c, v in index.value_parts.get(activity, [])]
    forms = {word} | {w for w in _english_equivalents(word) if len(w) >= MIN_PREFIX}
    for table in index.tables.values():  # mtcars: cars, 차
        if any(w != f and len(w) > len(f) and (w.endswith(f) or w.startswith(f)) for w in table.words for f in forms):
            found.append(Mention("table", tokens, PREFIX_SCORE, table.name, text=text))
    return found


def _english_equivalents(word: str) -> frozenset[str]:
    try:
        from agent.analysts.offline.question.vocabulary import equivalents
    except ImportError:
        return frozenset()
    return frozenset(w for w in equivalents(word) if w.isascii() and " " not in w)


def _known_word(word: str) -> bool:
    try:
        from agent.analysts.offline.question.vocabulary import english_words
    except ImportError:
        return False
    return word in english_words()


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _single_words(index: SchemaIndex) -> dict[tuple[str], list[tuple[ColumnFacts, float]]]:
    cached = getattr(index, "_single_words", None)
    if cached is None:
        cached = {k: v for k, v in index.column_words.items() if len(k) == 1}
        object.__setattr__(index, "_single_words", cached)
    return cached


def _codes(index: SchemaIndex, database: Database, at: int, code: str, text: str) -> list[Mention]:
    """Where a code (`ABC-12345`) is a value: id and label columns, matched in any case, with parameters.

    Columns too big to keep their values are asked in one query (chunks of CODE_CHUNK columns), and what
    was found is kept in the index: the same code is not looked up twice for one catalog.
    """
    found = [Mention("value", frozenset({at}), 1.0, c.table, c, v, text)
             for c, v in index.values.get((code.lower(),), [])]
    if found:
        return found
    key = code.upper()
    hits = index.code_hits.get(key)
    if hits is None:
        hits = _look_up_code(index, database, code)
        if len(index.code_hits) >= CODE_CACHE:
            index.code_hits.clear()  # bounded; clear() is one step for threads planning at once
        index.code_hits[key] = hits
    return [Mention("value", frozenset({at}), 1.0, c.table, c, value, text) for c, value in hits]


CODE_CHUNK = 64
CODE_CACHE = 2_000


def _look_up_code(index: SchemaIndex, database: Database, code: str) -> list[tuple[ColumnFacts, str]]:
    """Every id or label column whose values hold `code` in any case, with the value as stored."""
    columns = [c for table in index.tables.values() for c in table.columns
               if c.role in ("id", "label") and c.kind == "text" and not c.values]
    hits: list[tuple[ColumnFacts, str]] = []
    for start in range(0, len(columns), CODE_CHUNK):
        chunk = columns[start:start + CODE_CHUNK]
        parts = [f"SELECT {n} AS n, CAST(min({quote_identifier(c.name)}) AS VARCHAR) AS v "
                 f"FROM {quote_identifier(c.table)} WHERE upper({quote_identifier(c.name)}) = upper(?)"
                 for n, c in enumerate(chunk)]
        rows = database.execute(" UNION ALL ".join(parts), [code] * len(chunk)).rows
        hits += [(chunk[int(n)], str(v)) for n, v in sorted(rows) if v is not None]
    return hits
