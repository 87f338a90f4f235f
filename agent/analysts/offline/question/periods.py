"""Periods a question names: years, months, quarters, days, ranges of them, and relative periods.

Written as "2019", "2019년", "in March 2025", "2025년 3월", "Q3", "4분기", "March 3", "3월 3일",
"2025-03-03", "from 2016 to 2019", "2016년부터 2019년까지", "between 2000 and 2010", "2016-2019", "last 3
months", "최근 3개월", "지난달", "작년". Relative periods are kept relative: the planner anchors them to the
data's latest date, not to today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.analysts.offline.question import lexicon
from agent.analysts.offline.question.tokens import Token

YEARS = range(1000, 2101)
ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
YEAR_RANGE = re.compile(r"^(\d{4})-(\d{4})$")
QUARTER_CODE = re.compile(r"^(?:[Qq]([1-4])|([1-4])[Qq])$")
RANGE_ENDS = {"to", "until", "till", "through", "thru", "and", "~", "부터", "까지", "에서"}


@dataclass
class Period:
    """One period; a range has `until` (its last period, inclusive); a relative one has `unit` and `back`."""

    kind: str
    """year, month, quarter, day, relative"""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    until: Period | None = None
    unit: str | None = None
    """For relative periods: day, week, month, quarter, year."""
    count: int = 1
    """For relative periods: how many units (last 3 months: 3)."""
    back: int = 0
    """For relative periods: 0 = up to the latest (last 3 months), 1 = the one before the latest (지난달)."""
    counted: bool = False
    """For relative periods: the number of units was said (최근 1년간: the 12 months up to the latest)."""
    tokens: set[int] = field(default_factory=set)
    text: str = ""
    open: str | None = None
    first: bool = False
    """For relative periods: counted from the data's earliest period instead (첫해, the first year of the data)."""
    implied: bool = False
    """The latest, with no unit said (가장 최근 조사의): the latest day where there are dates, else nothing."""
    inclusive: bool = True
    """For an open period: whether the period itself is in (since 2000: yes; after 2000: no)."""
    """`after` (since 2000, 2000년 이후) or `before` (before 2000, 2000년 이전): the period and all after or
    before it."""

    @property
    def is_range(self) -> bool:
        """True when the period runs to another one (`until`)."""
        return self.until is not None


def _year(token: Token) -> int | None:
    value = token.number
    if value is None or not value.is_integer() or int(value) not in YEARS or len(token.lemma) != 4:
        return None
    return int(value)


COMPARED_BEFORE = frozenset({"least", "than", "over", "above", "under", "below", "exceeding", "beyond", "most",
                             ">", "<", ">=", "<="})


def _compared(tokens: list[Token], i: int) -> bool:
    """A four-digit number after `at least`, `over`, `more than`, or before 이상, 미만, 넘는 (or a counter)."""
    before = tokens[i - 1].lemma.lower() if i > 0 else ""
    after = [t for t in tokens[i + 1:i + 3]]
    if before in COMPARED_BEFORE:
        return True
    if after and after[0].korean and after[0].lemma in lexicon.COUNTERS and after[0].lemma != "년":
        return True
    return any(t.korean and t.lemma in lexicon.COMPARATORS for t in after[:1]) or (
        len(after) == 2 and after[0].kind == "counter" and after[1].korean and after[1].lemma in lexicon.COMPARATORS
        and after[0].lemma not in ("년", "년도"))


def _small(token: Token, low: int, high: int) -> int | None:
    value = token.number
    return int(value) if value is not None and value.is_integer() and low <= value <= high else None


def find_periods(tokens: list[Token], text: str) -> list[Period]:
    """Every period the tokens name, ranges joined, in order."""
    found: list[Period] = []
    used: set[int] = set()
    i = 0
    while i < len(tokens):
        period = _at(tokens, i, used)
        if period is None:
            i += 1
            continue
        used |= period.tokens
        found.append(period)
        i = max(period.tokens) + 1
    joined = _ranges(found, tokens, text)
    for period in joined:
        if period.until is None and period.kind != "relative":
            _open(period, tokens)
        indices = sorted(period.tokens | (period.until.tokens if period.until else set()))
        period.text = text[tokens[indices[0]].start:tokens[indices[-1]].end]
    return joined


def _at(tokens: list[Token], i: int, used: set[int]) -> Period | None:
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if i in used:
        return None
    relative = _relative(tokens, i)
    if relative is not None:
        return relative
    if t.kind == "code":
        quarter = QUARTER_CODE.match(t.text)
        if quarter:  # Q1, 3Q
            return _with_year(Period("quarter", quarter=int(quarter[1] or quarter[2]), tokens={i}), tokens)
        return _iso(t, i)
    if t.lemma == "q" and nxt is not None and nxt.start == t.end and _small(nxt, 1, 4):  # Q3
        return _with_year(Period("quarter", quarter=_small(nxt, 1, 4), tokens={i, i + 1}), tokens)
    ordinal = nxt is not None and nxt.start == t.end and nxt.lemma in ("st", "nd", "rd", "th")
    if t.kind == "num" and ordinal and i + 2 < len(tokens) and tokens[i + 2].lemma == "quarter" \
            and _small(t, 1, 4):  # 3rd quarter
        return _with_year(Period("quarter", quarter=_small(t, 1, 4), tokens={i, i + 1, i + 2}), tokens)
    if t.lemma in lexicon.QUARTER_WORDS and (t.lemma.startswith("q") or (nxt and nxt.lemma == "quarter")):
        p = Period("quarter", quarter=lexicon.QUARTER_WORDS[t.lemma], tokens={i} | ({i + 1} if nxt and
                                                                                     nxt.lemma == "quarter" else set()))
        return _with_year(p, tokens)
    if t.kind == "num" and nxt is not None and nxt.lemma in ("분기", "사분기") and _small(t, 1, 4):
        return _with_year(Period("quarter", quarter=_small(t, 1, 4), tokens={i, i + 1}), tokens)
    if t.korean and (written := KOREAN_QUARTER.fullmatch(t.lemma)):  # 3분기 as one word
        return _with_year(Period("quarter", quarter=int(written[1]), tokens={i}), tokens)
    if t.korean and (written := KOREAN_MONTH.fullmatch(t.lemma)):  # 12월 as one word
        return _with_year(Period("month", month=int(written[1]), tokens={i}), tokens)
    half = _half(tokens, i)
    if half is not None:  # 상반기, the first half, H2: two quarters
        first, taken = half
        p = _with_year(Period("quarter", quarter=first, tokens=taken), tokens)
        p.until = Period("quarter", year=p.year, quarter=first + 1, tokens=set(taken))
        return p
    if t.kind == "num" and nxt is not None and nxt.lemma == "월" and _small(t, 1, 12):
        p = Period("month", month=_small(t, 1, 12), tokens={i, i + 1})
        after = tokens[i + 2] if i + 3 < len(tokens) else None
        if after is not None and tokens[i + 3].lemma == "일" and _small(after, 1, 31):
            p.kind, p.day = "day", _small(after, 1, 31)
            p.tokens |= {i + 2, i + 3}
        return _with_year(p, tokens)
    before = tokens[i - 1].lemma if i > 0 else ""
    if t.lemma in lexicon.MONTHS and t.kind == "word" and (
            t.lemma != "may" or _year_near(tokens, i) or (nxt is not None and nxt.kind == "num")
            or before in ("in", "of", "during", "since", "until", "from", "to", "for", "through")):
        p = Period("month", month=lexicon.MONTHS[t.lemma], tokens={i})
        if nxt is not None and nxt.kind == "num" and _small(nxt, 1, 31) and len(nxt.lemma) <= 2:
            p.kind, p.day = "day", _small(nxt, 1, 31)
            p.tokens.add(i + 1)
        return _with_year(p, tokens)
    year = _year(t)
    decade = nxt is not None and (nxt.lemma == "년대" or nxt.lemma == "s" and nxt.start == t.end)
    if year is not None and year % 10 == 0 and decade:  # the 1990s, 1970년대: ten years
        return Period("year", year=year, tokens={i, i + 1}, until=Period("year", year=year + 9, tokens={i, i + 1}))
    if year is not None and i + 3 < len(tokens) and tokens[i + 1].lemma == "년" and tokens[i + 3].lemma in (
            "월", "분기") and tokens[i + 2].kind == "num":
        return None  # 2025년 3월: the month takes its year
    if year is not None and i + 2 < len(tokens) and tokens[i + 1].lemma == "년" and (
            KOREAN_QUARTER.fullmatch(tokens[i + 2].lemma) or KOREAN_MONTH.fullmatch(tokens[i + 2].lemma)
            or tokens[i + 2].lemma in HALVES):
        return None  # 2025년 3분기, 2025년 상반기: the quarter or half takes its year
    if year is not None and _compared(tokens, i):
        return None  # a sample size of at least 2000, 2000명 이상: a number compared, not a year
    if year is not None and year < MODERN and not _said_as_year(tokens, i):
        return None  # per 1,000 residents, 주민 1,000명당: a count, not the year 1000
    if year is not None and (nxt is None or nxt.lemma not in lexicon.UNITS or nxt.lemma == "년"):
        if nxt is not None and nxt.lemma in ("년", "년도", "연도"):
            return Period("year", year=year, tokens={i, i + 1})
        return Period("year", year=year, tokens={i})
    return None


MODERN = 1800
"""Years before this are history (1665, 1700년): read as years only when written as one."""


def _said_as_year(tokens: list[Token], i: int) -> bool:
    """An early year written as a year: no thousands comma, not after `per`, not before a counter but 년."""
    t, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1].lemma.lower() if i > 0 else ""
    if "," in t.text or before in ("per", "every", "each"):
        return False
    return nxt is None or nxt.lemma in ("년", "년도", "연도", "년대", "s") or not (
        nxt.kind == "counter" or nxt.lemma.startswith(("명", "당")) or nxt.lemma.lower() in lexicon.PEOPLE_NOUNS)


KOREAN_QUARTER = re.compile(r"([1-4])사?분기")
KOREAN_MONTH = re.compile(r"(1[0-2]|[1-9])월")
HALVES = {"상반기": 1, "하반기": 3, "h1": 1, "h2": 3}


def _half(tokens: list[Token], i: int) -> tuple[int, set[int]] | None:
    """The first quarter of a half year and its tokens (상반기, 하반기, H1, first half, second half of)."""
    t = tokens[i]
    if t.lemma.lower() in HALVES:
        return HALVES[t.lemma.lower()], {i}
    if t.lemma in ("first", "second") and i + 1 < len(tokens) and tokens[i + 1].lemma == "half":
        return (1 if t.lemma == "first" else 3), {i, i + 1}
    return None


def _iso(t: Token, i: int) -> Period | None:
    if m := ISO_DAY.match(t.text):
        return Period("day", year=int(m[1]), month=int(m[2]), day=int(m[3]), tokens={i})
    if m := ISO_MONTH.match(t.text):
        if 1 <= int(m[2]) <= 12:
            return Period("month", year=int(m[1]), month=int(m[2]), tokens={i})
    if m := YEAR_RANGE.match(t.text):
        first, last = int(m[1]), int(m[2])
        if first in YEARS and last in YEARS and first <= last:
            return Period("year", year=first, until=Period("year", year=last, tokens={i}), tokens={i})
    return None


def _year_near(tokens: list[Token], i: int) -> bool:
    return any(_year(tokens[j]) for j in (i - 1, i + 1) if 0 <= j < len(tokens))


def _with_year(p: Period, tokens: list[Token]) -> Period:
    """A month, quarter or day with the year written next to it (March 2025, 2025년 3월, Q3 2024)."""
    first, last = min(p.tokens), max(p.tokens)
    if last + 2 < len(tokens) and tokens[last + 1].lemma == "of" and (year := _year(tokens[last + 2])):
        p.year = year
        p.tokens |= {last + 1, last + 2}
        return p
    korean = any(tokens[k].lemma in ("월", "일", "분기") for k in p.tokens)
    before, after = ((first - 2, 2), (first - 1, 1)), ((last + 1, 1),)
    order = before + after if korean else after + before
    for j, step in order:
        if 0 <= j < len(tokens) and (year := _year(tokens[j])) is not None:
            if step == 2 and tokens[j + 1].lemma not in ("년", "년도"):
                continue
            p.year = year
            p.tokens |= set(range(j, j + step))
            break
    return p


FIRST_WORDS = frozenset({"first", "첫", "처음", "최초"})


def _relative(tokens: list[Token], i: int) -> Period | None:
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if t.lemma == "첫해":  # 첫해: the data's first year
        return Period("relative", unit="year", back=0, tokens={i}, first=True)
    placed = t.korean or i >= 2 and tokens[i - 1].lemma.lower() == "the" and tokens[i - 2].lemma.lower() in (
        "in", "during", "for", "of")  # in the first year (what was the first year? asks for the year itself)
    if t.lemma.lower() in FIRST_WORDS and placed and nxt is not None and lexicon.UNITS.get(nxt.lemma.lower()) == "year":
        return Period("relative", unit="year", back=0, tokens={i, i + 1}, first=True)  # the first year, 첫 해
    if t.lemma in lexicon.RELATIVE:
        unit, back = lexicon.RELATIVE[t.lemma]
        return Period("relative", unit=unit, back=back, tokens={i})
    if t.lemma == "this" and i + 1 < len(tokens) and tokens[i + 1].lemma in lexicon.UNITS:
        return Period("relative", unit=lexicon.UNITS[tokens[i + 1].lemma], back=0, tokens={i, i + 1})
    if t.lemma not in lexicon.RECENT_WORDS:
        return None
    latest = t.lemma in ("latest", "최신") or i > 0 and tokens[i - 1].lemma.lower() in ("most", "가장", "제일")
    if latest:  # the most recent year, 가장 최근 연도: the latest one itself
        said = lexicon.UNITS.get(tokens[i + 1].lemma) if i + 1 < len(tokens) else None
        taken = set(range(i - (t.lemma not in ("latest", "최신")), i + 1)) | ({i + 1} if said else set())
        return Period("relative", unit=said or "day", back=0, tokens=taken, implied=said is None)
    j, count = i + 1, None
    if j < len(tokens) and tokens[j].kind == "num" and _small(tokens[j], 1, 1000):
        count, j = _small(tokens[j], 1, 1000), j + 1
    if j < len(tokens) and tokens[j].lemma in lexicon.UNITS:
        unit = lexicon.UNITS[tokens[j].lemma]
        if count is None:  # "last month", "지난 달": the one before the latest; 마지막 해: the final one
            return Period("relative", unit=unit, back=0 if t.lemma == "마지막" else 1, tokens=set(range(i, j + 1)))
        return Period("relative", unit=unit, count=count, back=0, tokens=set(range(i, j + 1)), counted=True)
    return None


def _open(p: Period, tokens: list[Token]) -> None:
    """`since 2000`, `after March`, `2000년 이후`, `2000년부터` (with no end), `before 2000`, `2000년 이전`."""
    first, last = min(p.tokens), max(p.tokens)
    before = tokens[first - 1].lemma.lower() if first > 0 else ""
    after = tokens[last + 1].lemma if last + 1 < len(tokens) else ""
    ends = set(tokens[last].after)
    if before in ("since", "after", "from") or after in lexicon.OPEN_AFTER or after in ("onward", "onwards") \
            or ends & {"부터", "이후"} or (after == "or" and last + 2 < len(tokens)
                                          and tokens[last + 2].lemma in ("later", "after")):
        p.open = "after"
        p.tokens |= {first - 1} if before in ("since", "after", "from") else set()
        p.tokens |= {last + 1} if after in lexicon.OPEN_AFTER else set()
    elif before in ("before", "until", "prior", "till") or after in lexicon.OPEN_BEFORE or ends & {"까지", "이전"}:
        p.open = "before"
        p.tokens |= {first - 1} if before in ("before", "until", "prior", "till") else set()
        p.tokens |= {last + 1} if after in lexicon.OPEN_BEFORE else set()
    p.inclusive = before not in ("after", "before") and after not in ("후", "전")


def _ranges(found: list[Period], tokens: list[Token], text: str = "") -> list[Period]:
    """Join "A to B" / "A부터 B까지" / "between A and B" into one range; the second takes the first's year."""
    out: list[Period] = []
    k = 0
    while k < len(found):
        p = found[k]
        q = found[k + 1] if k + 1 < len(found) else None
        if q is not None and p.kind == q.kind and p.kind != "relative" and p.until is None \
                and (_connected(p, q, tokens) or _dashed(p, q, tokens, text)):
            if q.year is None:
                q.year = p.year
            if p.year is None:
                p.year = q.year
            p.until = q
            p.tokens |= {j for j in range(max(p.tokens) + 1, min(q.tokens))}  # to, and, ~
            before = min(p.tokens) - 1
            if before >= 0 and tokens[before].lemma in ("between", "from"):
                p.tokens.add(before)
            out.append(p)
            k += 2
            continue
        out.append(p)
        k += 1
    return out


def _dashed(p: Period, q: Period, tokens: list[Token], text: str) -> bool:
    """`1990~1999년`, `2016-2019`: only a tilde or a dash between the two."""
    between = text[tokens[max(p.tokens)].end:tokens[min(q.tokens)].start].strip()
    return between in ("~", "-", "–", "〜", "～")


def _connected(p: Period, q: Period, tokens: list[Token]) -> bool:
    last, first = max(p.tokens), min(q.tokens)
    between = tokens[last + 1:first]
    if tokens[last].has("부터", "에서") or any(t.lemma in RANGE_ENDS for t in between):
        return True
    before = min(p.tokens) - 1
    return before >= 0 and tokens[before].lemma in ("between", "from") and all(
        t.lemma in RANGE_ENDS for t in between)
