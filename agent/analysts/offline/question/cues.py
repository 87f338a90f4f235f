"""What a question asks for apart from the data's own words: its cues, read from its tokens.

The cues are aggregates, counting, ranking, shares, groupings, comparisons with numbers, periods, and words
that ask about the future.

Each cue remembers the tokens it used; the tokens left are the question's content words, matched against the
schema (agent.analysts.offline.schema.matching).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Literal

from agent.analysts.offline.question import lexicon, vocabulary
from agent.analysts.offline.question.orderings import read_group_order
from agent.analysts.offline.question.periods import Period, find_periods
from agent.analysts.offline.question.references import new_question, pointed_times
from agent.analysts.offline.question.tokens import SPELLED, Token, tokenize

TOP_WORDS = frozenset({"top", "bottom", "first", "best", "worst", "상위", "하위"})


@dataclass
class Ranking:
    """A ranking the question asks for: its direction, how many, and what it ranks by.

    `limit` is None for one (a superlative); `concepts` are what its adjective measures (`expensive` -> price),
    when it has one.
    """

    direction: str
    limit: int | None
    at: int
    concepts: tuple[str, ...] = ()
    explicit_n: bool = False
    soft: bool = False
    """최고 기온, 최저 가격: a ranking when nothing is grouped, the max or min of each group when something is."""
    bare: bool = False
    """A Korean adjective with no 가장 or number (비싼 차): a ranking unless a comparison says what it means."""
    every: bool = False
    """높은 순으로 나열, rank the classes by ...: every one in order, not the top one."""


@dataclass
class Comparison:
    """A measure compared with a number ("over 100", "100 이상", "between 10 and 20")."""

    op: str
    value: float
    at: int
    """The number's token."""
    high: float | None = None
    percent: bool = False
    scale: int = 1
    """The scale word the numbers were written with ("over 5 million": 1,000,000), else 1."""


@dataclass
class Cues:
    """Everything a question asks for besides its content words."""

    text: str
    tokens: list[Token]
    language: str
    periods: list[Period] = field(default_factory=list)
    aggregates: list[tuple[str, int]] = field(default_factory=list)
    count: int | None = None
    """Where counting is asked (`how many`, 몇, 수, 건수), or None."""
    distinct: bool = False
    share: int | None = None
    rankings: list[Ranking] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    """Tokens marked as what to group by (`by X`, `X별`, `each X`)."""
    grain: str | None = None
    grain_at: int | None = None
    trend: bool = False
    comparisons: list[Comparison] = field(default_factory=list)
    negated: set[int] = field(default_factory=set)
    """Tokens whose value is excluded (`not X`, `X 제외`)."""
    which: bool = False
    listing: bool = False
    forecast: bool = False
    cause: bool = False
    """The question asks why (왜): for a cause the data does not record."""
    total: bool = False
    """`all`, 전체: the whole (the denominator of a share)."""
    rows: int | None = None
    """Where the question names the table's rows (records, rows, 기록, 행)."""
    career: bool = False
    """Totals per entity over all its rows (career home runs, 통산 안타)."""
    missing: list[int] = field(default_factory=list)
    """Words asking for rows where a value is missing (missing, 비어 있는, 결측)."""
    present: list[int] = field(default_factory=list)
    """Words asking for rows where a value is there (a recorded wage, 임금이 기록된)."""
    people: int | None = None
    """A word for people (people, 사람, 승객): the rows of a table of people."""
    count_unit: str | None = None
    """What `며칠` counts (days)."""
    against: list[tuple[str, int]] = field(default_factory=list)
    """Comparisons with a column rather than a number ("below reorder point", 재주문점보다 적은): (op, at)."""
    zero: list[int] = field(default_factory=list)
    """`no stock`, `out of stock`: the measure after it is zero."""
    chart: Literal["bar", "line"] | None = None
    """The chart asked for ("as a bar chart", 선 그래프로): bar or line."""
    change: Literal["rise", "fall", "change"] | None = None
    """A change between two figures asked for (growth, 얼마나 줄었어, 변화율): which way it is read."""
    change_percent: bool = False
    """The change asked as a percentage (증가율, "in %", 몇 % 늘었어)."""
    per_people: int | None = None
    """A figure asked per so many people (per 1,000 residents, 주민 1,000명당): a per-person figure scaled."""
    fresh: bool = False
    """The question says it is a new one (new question:, 다른 질문인데): it does not continue the previous answer."""
    pointed: set[int] = field(default_factory=set)
    """Words naming the previous answer's time (that year, 그해, 그날): a reference to it, not a grouping."""
    group_order: Literal["asc", "desc"] | None = None
    """A breakdown shown in its groups' order (from youngest to oldest, 연령대가 올라갈수록), not ranked."""
    used: set[int] = field(default_factory=set)
    stop: set[int] = field(default_factory=set)
    """Words with no content of their own; they still count when they are a schema's own name words."""

    def content(self) -> list[int]:
        """Indices of tokens no cue used and that carry content."""
        return [i for i, t in enumerate(self.tokens) if i not in self.used and i not in self.stop
                and t.kind != "mark"]


def read_cues(text: str, language: str, nouns: frozenset[str] = frozenset(), changes: bool = True) -> Cues:
    """The cues of a question (`nouns`: the schema's Korean names, each read as one word).

    Without `changes`, words of a change (growth, 증가율) are content words, as a column may be named by them.
    """
    tokens = tokenize(text, nouns)
    cues = Cues(text, tokens, language)
    cues.periods = find_periods(tokens, text)
    for p in cues.periods:
        cues.used |= p.tokens | (p.until.tokens if p.until else set())
    cues.pointed = pointed_times(tokens) - cues.used
    fresh = new_question(tokens) - cues.used
    cues.fresh = bool(fresh)
    cues.used |= cues.pointed | fresh
    for i, t in enumerate(tokens):
        if i in cues.used:
            continue
        _cue(cues, i, t)
    _numbers(cues)
    _described(cues)
    _against(cues)
    _chart(cues)
    if changes:
        _change(cues)
    _per_people(cues)
    _at_least(cues)
    _korean_which(cues)
    _ranked_count(cues)
    _korean_rows(cues)
    _measured_ratio(cues)
    _one_ranking(cues)
    _in_order(cues)
    read_group_order(cues)
    _both_extremes(cues)
    _over_all(cues)
    _how_much_said(cues)
    _replaced_aggregate(cues)
    _total_in_name(cues)
    return cues


def _total_in_name(c: Cues) -> None:
    """평균 총지출, median total expenditure: a total written onto a measure's name, beside another aggregate."""
    for agg, at in list(c.aggregates):
        following = c.tokens[at + 1] if at + 1 < len(c.tokens) else None
        if agg != "sum" or following is None or len(c.aggregates) < 2:
            continue
        korean = c.tokens[at].lemma == "총" and following.kind == "noun" and following.joined
        english = c.tokens[at].lemma.lower() == "total" and not following.korean and following.kind in (
            "noun", "word") and any(a != "sum" and a_at < at for a, a_at in c.aggregates)
        if korean or english:
            c.aggregates.remove((agg, at))


def _replaced_aggregate(c: Cues) -> None:
    """평균 대신 최댓값, the maximum instead of the average: the aggregate replaced is not asked."""
    if len(c.aggregates) < 2:
        return
    words = [t.lemma.lower() for t in c.tokens]
    for agg, at in list(c.aggregates):
        korean = words[at + 1:at + 2] == ["대신"]
        english = at >= 2 and words[at - 2:at] == ["instead", "of"] or at >= 3 and words[at - 3:at] == [
            "instead", "of", "the"]
        if korean or english:
            c.aggregates.remove((agg, at))
            c.used |= {at + 1} if korean else {i for i in range(at - 3, at) if words[i] in ("instead", "of", "the")}


def _how_much_said(c: Cues) -> None:
    """How much on average: the average is the aggregate; `how much` alone is a total."""
    said = [(agg, at) for agg, at in c.aggregates if c.tokens[at].lemma.lower() != "how"]
    if said and len(said) < len(c.aggregates):
        c.aggregates = said


OVER_WORDS = frozenset({"across", "over"})
AVERAGING = frozenset({"avg", "median", "sum"})


def _over_all(c: Cues) -> None:
    """"average price across states", "the highest on average over the years": all of them together, no breakdown.

    Only after an average (or a total) or with a ranking of something else, and never in a question about a trend.
    """
    if c.language == "ko" or c.trend:
        return
    for i, t in enumerate(c.tokens):
        if t.lemma.lower() not in OVER_WORDS:
            continue
        target = i + 1
        while target < len(c.tokens) and (c.tokens[target].lemma.lower() in ("the", "all", "every")
                                          or c.tokens[target].kind == "num"):
            target += 1
        if target >= len(c.tokens) or not c.tokens[target].text.lower().endswith("s"):
            continue  # across states, over the years: a plural
        averaged = any(agg in AVERAGING and at < i for agg, at in c.aggregates) or any(
            w.lemma.lower() == "average" for w in c.tokens[:i])
        ranked = any(r.at < i for r in c.rankings)
        if not (averaged or ranked):
            continue
        last = target
        if target in c.groups:
            c.groups.remove(target)
        elif c.grain_at == target:
            c.grain, c.grain_at = None, None
        elif c.tokens[target].lemma.lower() not in ANY_UNITS:
            last = target - 1  # across all cars: the table's noun stays, it says what is averaged
        c.comparisons = [x for x in c.comparisons if x.at != i]
        c.used |= set(range(i, last + 1))


BOTH_JOINERS = frozenset({"and", "&", "/", "과", "와", "랑", "하고"})
BETWEEN_ENDS = frozenset({"the", "its", "their"})
"""Words that may stand between two ends of one measure besides joiners and other aggregates."""


def _both_extremes(c: Cues) -> None:
    """The lowest and highest prices, 최저와 최고: two opposite superlatives side by side are the min and the max."""
    if len(c.rankings) != 2 or any(r.limit is not None or r.every for r in c.rankings):
        return
    first, second = sorted(c.rankings, key=lambda r: r.at)
    between = c.tokens[first.at + 1:second.at]
    joined = any(t.lemma.lower() in BOTH_JOINERS or set(t.after) & BOTH_JOINERS for t in [c.tokens[first.at], *between])
    said = [t for t in between if t.lemma.lower() not in BOTH_JOINERS | BETWEEN_ENDS and t.kind != "mark"
            and t.lemma.lower() not in lexicon.AGGREGATES]  # the shortest, the average and the longest stay
    if len(said) > 1:
        return  # the lowest price and the highest lot: not one measure's two ends
    if first.direction == second.direction or set(first.concepts) != set(second.concepts) and not (
            set(first.concepts) & set(second.concepts)) or not joined:
        return  # youngest and oldest: both ends of one concept (age); cheapest and heaviest are not
    c.rankings.clear()
    for r in (first, second):
        c.aggregates.append(("max" if r.direction == "desc" else "min", r.at))


ORDER_NOUNS = frozenset({"순", "순서", "순위"})
SORT_VERBS = frozenset({"rank", "ranked", "sort", "sorted"})


def _in_order(c: Cues) -> None:
    """높은 순으로 나열, 연봉 순위, rank the classes by survivors: a ranking of every one, in order."""
    for r in c.rankings:
        nxt = r.at + 1
        named = next((j for j in range(nxt + 1, min(nxt + 4, len(c.tokens))) if c.tokens[j].lemma in ORDER_NOUNS
                      and all(t.kind == "noun" and not t.after for t in c.tokens[nxt:j])), None) \
            if c.language == "ko" and c.count is None else None
        if named is not None:
            nxt = named  # 평점이 높은 장르 순서대로: what is ordered, then its order (not a count: not ranked yet)
        if r.limit is None and nxt < len(c.tokens) and c.tokens[nxt].lemma in ORDER_NOUNS:
            r.every = True
            c.used.add(nxt)
    words = [t.lemma.lower() for t in c.tokens]
    ranked = next((i for i, (a, b) in enumerate(itertools.pairwise(words)) if a in ORDER_NOUNS and b == "매기"), None)
    if c.language == "ko" and ranked is not None:
        for r in c.rankings:
            r.every = r.every or r.limit is None  # 청구 건수 많은 연령대 순위 매겨줘: every one, in order
        if not c.rankings:  # 창고별 재고 순위 매겨줘: the highest first
            c.rankings.append(Ranking("desc", None, ranked, every=True))
            c.used |= {ranked, ranked + 1}
    verb = words[:1] and words[0] in SORT_VERBS or words[:1] == ["please"] and words[1:2] and words[1] in SORT_VERBS
    if c.language == "ko" or not verb or "by" not in words or any(
            w == "by" and words[i + 1:i + 2] in (["number"], ["count"]) for i, w in enumerate(words)):
        return  # rank ... by number of survivors: a grouping cue the reader cannot rank yet
    if not c.rankings:
        at = next(i for i, w in enumerate(words) if w in SORT_VERBS)
        direction = "asc" if {"ascending", "lowest", "smallest", "fewest"} & set(words) else "desc"
        c.rankings.append(Ranking(direction, None, at, every=True))
        c.used.add(at)
    elif all(r.limit is None for r in c.rankings):
        for r in c.rankings:
            r.every = True


def _one_ranking(c: Cues) -> None:
    """평균 임금이 높은 occupation 상위 3개: the adjective's ranking takes the top-N said after it.

    Top 5 cheapest: a bare top word before an adjective's top-N gives way to it.
    """
    counted = [r for r in c.rankings if r.explicit_n and r.limit is not None]
    unsized = [r for r in c.rankings if r.limit is None and not r.soft and not r.every]  # 가장 많았던 해 top 3
    if len(counted) != 1 or len(unsized) != 1 or unsized[0].at > counted[0].at:
        return
    if counted[0].concepts and not unsized[0].concepts and c.tokens[unsized[0].at].lemma.lower() in TOP_WORDS:
        c.rankings.remove(unsized[0])  # top 3 most expensive, top 5 cheapest: the adjective says by what, and how
    elif unsized[0].direction == counted[0].direction:
        unsized[0].limit, unsized[0].explicit_n, unsized[0].bare = counted[0].limit, True, False
        c.rankings.remove(counted[0])


MEASURED = frozenset({"avg", "min", "max", "median"})


def _measured_ratio(c: Cues) -> None:
    """평균 무료 급식 비율, 영어 학습자 비율이 10% 미만인: a ratio averaged or compared is a column, not a share."""
    if c.share is None or c.share == 0:
        return
    compared = any(cmp.at in (c.share + 1, c.share + 2) for cmp in c.comparisons) and c.tokens[c.share].korean
    named = c.tokens[c.share].lemma.lower() == "ratio"  # the highest student-teacher ratio: a column's name
    ranked = c.tokens[c.share].korean and any(r.at in (c.share + 1, c.share + 2) for r in c.rankings)
    if not compared and not named and not ranked and not any(agg in MEASURED for agg, _ in c.aggregates):
        return
    before = c.tokens[c.share - 1]
    averaged = c.tokens[c.share].lemma == "%" and any(at == c.share - 1 for agg, at in c.aggregates if agg in MEASURED)
    named_before = any(t.kind in ("noun", "word") for t in c.tokens[max(0, c.share - 3):c.share])
    if averaged or ranked and named_before or before.kind in ("noun", "word") and c.share - 1 not in c.used:
        c.used.discard(c.share)  # avg % with a professional degree, 대학 나온 사람 비율 제일 높은, 평균 급식 비율
        c.share = None


def _described(c: Cues) -> None:
    """90도 넘게 더웠던 날: a bare adjective beside a comparison describes the rows compared, it ranks nothing."""
    if c.comparisons:
        c.rankings = [r for r in c.rankings if not (r.bare and r.limit is None)]


def _korean_rows(c: Cues) -> None:
    """기록은 몇 건, 데이터는 몇 개: a word for rows right before the Korean count counts the rows."""
    if c.language != "ko" or c.count is None or c.rows is not None or c.count == 0:
        return
    before = c.count - 1
    if c.tokens[before].lemma in lexicon.ROW_NOUNS and c.tokens[before].kind == "noun":
        c.rows = before
        c.stop.discard(before)
        c.used.add(before)


def _ranked_count(c: Cues) -> None:
    """`the 5 animals that sleep the least`, 가장 비싼 차 3대: a small number beside a noun is how many to rank."""
    if len(c.rankings) != 1 or c.rankings[0].limit is not None:
        return
    compared = {x.at for x in c.comparisons}
    if _spelled_count(c):
        return
    for i, t in enumerate(c.tokens):
        if t.kind != "num" or i in c.used or i in compared or not t.lemma.isdigit() or not 1 < int(t.lemma) <= 100:
            continue
        nxt = c.tokens[i + 1] if i + 1 < len(c.tokens) else None
        before = c.tokens[i - 1] if i > 0 else None
        if before is not None and before.lemma.lower() in ("aged", "age", "at"):
            continue  # men aged 72, what's the lowest income: an age, not how many
        if (nxt is not None and not t.korean and _plural(nxt)) or (
                nxt is not None and nxt.kind == "counter" and before is not None and before.kind == "noun"):
            c.rankings[0].limit, c.rankings[0].explicit_n = int(t.lemma), True
            c.used.add(i)
            if nxt.kind == "counter":
                c.used.add(i + 1)
            return


def _plural(t: Token) -> bool:
    """An English plural noun (animals, years); not what's or it's."""
    return t.kind == "word" and t.text.lower().endswith("s") and "'" not in t.text and "’" not in t.text


SPELLED_SIZES = {word: n for word, n in SPELLED.items() if n > 1}
"""Numbers spelled out that say how many to rank (which three years, the two cheapest); not `one` (which one)."""


def _spelled_count(c: Cues) -> bool:
    """Which three years had the highest ..., the two cheapest, top five: a spelled number is how many to rank."""
    ranking = c.rankings[0]
    for i, t in enumerate(c.tokens):
        n = SPELLED_SIZES.get(t.lemma.lower())
        if n is None or t.korean or i in c.used or i + 1 >= len(c.tokens):
            continue
        nxt = c.tokens[i + 1]
        before = c.tokens[i - 1].lemma.lower() if i > 0 else ""
        plural = _plural(nxt) and i + 1 not in c.used
        if plural or ranking.at in (i + 1, i + 2) or before in TOP_WORDS:
            ranking.limit, ranking.explicit_n = n, True
            c.used.add(i)
            if before in TOP_WORDS:
                c.used.add(i - 1)
            return True
    return False


def _korean_which(c: Cues) -> None:
    """가장 무거운 동물은?: the noun a Korean superlative describes, last in the question, is what is asked for."""
    if c.language != "ko" or c.which or not c.rankings or c.count is not None or c.groups:
        return  # 각 항공사의 가장 높은 산출량: each group's highest, not which one
    ranking = c.rankings[0]
    if ranking.at is None or ranking.limit is not None:
        return
    after = [i for i in range(ranking.at + 1, len(c.tokens)) if c.tokens[i].kind != "mark"]
    if 2 <= len(after) <= 3 and all(c.tokens[i].kind in ("adj", "adv", "verb") for i in after[:-1]) \
            and c.tokens[after[0]].kind != "verb" and c.tokens[after[-1]].kind in ("noun", "det") \
            and after[-1] not in c.used:  # 가장 높았던 주는?, 제일 많이 친 선수는?
        c.which = True
    elif len(after) == 2 and c.tokens[after[0]].kind == "adj" and c.tokens[after[1]].lemma in ("거", "것"):
        c.which = True  # 제일 무거운 건?: the one that is heaviest
        c.used.add(after[1])


NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
"""Numbers written as words after `at least` (had at least one poll)."""


CURRENCY_MARKS = frozenset({"$", "€", "£", "₩", "¥"})
SIZE_WORDS = frozenset({"size", "area", "big", "bigger", "biggest", "large", "larger", "largest"})
"""With one of these besides `how big`, the size is what is asked (how big is the biggest property)."""


def _at_least(c: Cues) -> None:
    """`at least 500`, `at most 3`: a bound of a comparison, not a ranking or an aggregate."""
    def amount(j: int) -> bool:  # 500, one, $50,000
        if j < len(c.tokens) and c.tokens[j].text in CURRENCY_MARKS:
            j += 1
        return j < len(c.tokens) and (c.tokens[j].kind == "num" or c.tokens[j].lemma.lower() in NUMBER_WORDS)

    bounds = {i for i, t in enumerate(c.tokens) if i > 0 and t.lemma.lower() in ("least", "most")
              and c.tokens[i - 1].lemma.lower() == "at" and amount(i + 1)}
    if bounds:
        c.rankings = [r for r in c.rankings if r.at not in bounds]
        c.aggregates = [a for a in c.aggregates if a[1] not in bounds]
        c.used |= bounds | {i - 1 for i in bounds}


CHART_NOUNS = frozenset({"chart", "graph", "plot", "그래프", "차트", "도표"})
CHART_MARKS: dict[str, Literal["bar", "line"]] = {"line": "line", "bar": "bar", "선": "line", "막대": "bar",
                                                  "꺾은선": "line", "column": "bar"}


def _chart(c: Cues) -> None:
    """`bar chart`, `선 그래프`: the chart asked for; its words name nothing in the data."""
    for i, t in enumerate(c.tokens):
        if t.lemma.lower() not in CHART_NOUNS:
            continue
        c.used.add(i)
        before = c.tokens[i - 1].lemma.lower() if i > 0 else ""
        if before in CHART_MARKS:
            c.chart = CHART_MARKS[before]
            c.used.add(i - 1)


CHANGE_WORDS: dict[str, Literal["rise", "fall", "change"]] = {
    **dict.fromkeys(("grow", "grows", "grew", "grown", "growth", "rise", "rises", "rose", "risen", "increase",
                     "increased", "increases", "증가", "증가율", "증가액", "증가량", "증가폭", "상승", "상승률",
                     "상승폭", "성장", "성장률"), "rise"),
    **dict.fromkeys(("fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline", "declined",
                     "declines", "decrease", "decreased", "decreases", "감소", "감소율", "감소액", "감소량",
                     "감소폭", "하락", "하락률", "하락폭"), "fall"),
    **dict.fromkeys(("change", "changed", "changes", "변화", "변화율", "변화량", "변화폭", "변동", "변동률"),
                    "change"),
}
"""Words asking how much a figure moved between two periods or two answers, and which way."""
KOREAN_CHANGE_VERBS: dict[str, Literal["rise", "fall", "change"]] = {
    "늘": "rise", "늘어나": "rise", "오르": "rise", "올라가": "rise", "줄": "fall", "줄어들": "fall",
    "떨어지": "fall", "내리": "fall", "변하": "change", "바뀌": "change"}
HOW_MUCH = frozenset({"much", "얼마나", "얼마", "몇"})
PERCENT_MARKS = frozenset({"%", "percent", "percentage", "퍼센트", "프로", "rate"})
CHANGE_LINKS = frozenset({"대비", "vs", "versus", "compared", "since"})
"""Words joining a change's two periods (1973년 대비 1974년, since 1970)."""


def _change(c: Cues) -> None:
    """A change between two figures, not a figure: growth from 1935 to 1954, 1973년 대비 증가율, 얼마나 줄었어.

    Its way is a rise, a fall or either.

    "how did X change from 1980 to 1987" asks for the series (a trend), 연도별 변화 and "change with age" a
    breakdown: a bare `change` counts only with how much, a percentage, as a rate or amount (변화율, 변화량) or as
    the change in X.
    """
    measured = any(x.lemma.lower() in HOW_MUCH | PERCENT_MARKS or x.has("%") for x in c.tokens)
    for i, t in enumerate(c.tokens):
        word = t.lemma.lower()
        way = KOREAN_CHANGE_VERBS.get(word) if t.korean and t.kind == "verb" else CHANGE_WORDS.get(word)
        if way is None or i in c.used:
            continue
        nxt = c.tokens[i + 1].lemma.lower() if i + 1 < len(c.tokens) else ""
        if way == "change" and not (measured or word.endswith(("율", "률", "량", "폭")) or nxt in ("in", "of")):
            if c.periods:  # how did sales change from 2015 to 2020: the years between, a trend
                c.trend = True
                c.used.add(i)
            continue  # how does the number of visits change with age: not a change between two figures
        c.change = way if c.change in (None, "change") else c.change
        c.used.add(i)
        if word.endswith(("율", "률")):
            c.change_percent = True
    if c.change is None:
        return
    for i, t in enumerate(c.tokens):
        if t.lemma.lower() in PERCENT_MARKS or t.has("%") and t.kind != "num":
            c.change_percent = True
            c.used.add(i)
        elif t.lemma.lower() in CHANGE_LINKS:
            c.used.add(i)
    if c.change_percent or c.share is not None and c.tokens[c.share].lemma.lower() in PERCENT_MARKS | {"몇"}:
        c.change_percent = True
        c.share = None  # "in %" is the change's unit, not a share of a whole


PER_PEOPLE = frozenset({"people", "person", "persons", "resident", "inhabitant", "population", "capita", "head"})
KOREAN_SCALES = {"십": 10, "백": 100, "천": 1000, "만": 10000, "십만": 100000}


def _per_people(c: Cues) -> None:
    """`per 1,000 residents`, 주민 1,000명당, 천 명당: a figure per so many people (a per-person figure times them)."""
    for i, t in enumerate(c.tokens):
        nxt = c.tokens[i + 1] if i + 1 < len(c.tokens) else None
        amount = t.number if t.number is not None else KOREAN_SCALES.get(t.lemma) if t.korean else None
        if nxt is None or amount is None or amount < 10 or not float(amount).is_integer():
            continue
        english = not t.korean and i > 0 and c.tokens[i - 1].lemma.lower() == "per" \
            and nxt.lemma.lower() in PER_PEOPLE
        korean = nxt.lemma in ("명당", "인당") or nxt.lemma == "명" and nxt.has("당")
        if not (english or korean):
            continue
        c.per_people = int(amount)
        taken = {i, i + 1} | ({i - 1} if english else set())
        if korean and i > 0 and c.tokens[i - 1].lemma in ("주민", "인구"):
            taken.add(i - 1)  # 주민 1,000명당: the residents are the people
        c.used |= taken
        c.groups = [g for g in c.groups if g not in taken]
        return


KOREAN_AGAINST = {"적": "<", "작": "<", "낮": "<", "많": ">", "크": ">", "높": ">"}
KOREAN_BOUNDS = {word: lexicon.COMPARATORS[word] for word in ("미만", "이하", "초과", "이상")}
"""The bounds that compare with a column when no number is near (재주문점 미만)."""


def _against(c: Cues) -> None:
    """Comparison words with no number near them compare with a column: `below reorder point`, `재주문점보다 적은`."""
    numbers = {x.at for x in c.comparisons}
    for i, t in enumerate(c.tokens):
        word = t.lemma.lower()
        if t.has("보다") and i + 1 < len(c.tokens):  # 재주문점보다 적은, 재주문점보다 재고가 적은
            for j in (i + 1, i + 2):
                op = KOREAN_AGAINST.get(c.tokens[j].lemma) if j < len(c.tokens) else None
                if op and t.kind == "num" and t.number is not None and i not in c.used:  # 0보다 작은: a number
                    c.comparisons.append(Comparison(op, t.number, i, percent=t.has("%")))
                    c.used |= {i, j}
                    c.rankings = [r for r in c.rankings if r.at != j]
                    c.aggregates = [a for a in c.aggregates if a[1] != j]
                    break
                if op and (j == i + 1 or c.tokens[i + 1].kind == "noun"):
                    c.against.append((op, i))
                    c.used.add(j)
                    c.rankings = [r for r in c.rankings if r.at != j]
                    c.aggregates = [a for a in c.aggregates if a[1] != j]
                    break
            continue
        if t.korean and word in KOREAN_BOUNDS and i > 0 and c.tokens[i - 1].kind == "noun" \
                and not any(abs(n - i) <= 2 for n in numbers):  # 재주문점 미만
            c.against.append((KOREAN_BOUNDS[word], i - 1))
            c.used.add(i)
            continue
        if word in ("below", "under", "above", "over", "exceeding", "exceed") and not t.korean \
                and not any(abs(n - i) <= 2 for n in numbers) and i + 1 < len(c.tokens) \
                and c.tokens[i + 1].kind in ("word", "noun"):
            c.against.append(({"below": "<", "under": "<"}.get(word, ">"), i + 1))
            c.used.add(i)


HYPOTHETICAL_VERBS = frozenset({"늘리", "줄이", "올리", "내리", "높이", "낮추"})
"""Verbs of a change someone might make (경찰을 늘리면); 바꾸면 (중앙값으로 바꾸면) changes the question instead."""


def _what_if(c: Cues, i: int) -> bool:
    """경찰을 늘리면, what if prices rose, if we hired more: an outcome of a change nobody made, not in the data."""
    t = c.tokens[i]
    if t.korean:
        return t.kind == "verb" and t.lemma in HYPOTHETICAL_VERBS and t.has("면")
    nxt = c.tokens[i + 1].lemma.lower() if i + 1 < len(c.tokens) else ""
    return t.lemma.lower() == "if" and (i > 0 and c.tokens[i - 1].lemma.lower() == "what" or nxt == "we")


def _next(tokens: list[Token], i: int) -> Token | None:
    return tokens[i + 1] if i + 1 < len(tokens) else None


def _cue(c: Cues, i: int, t: Token) -> None:  # one branch per kind of cue word
    word, nxt = t.lemma.lower(), _next(c.tokens, i)
    if word == "s" and not t.korean and t.start > 0 and c.tokens and c.text[t.start - 1] in "'’":
        c.stop.add(i)  # county 1's crime rate: the possessive of a number
    elif word == "will" and i > 0 and c.tokens[i - 1].lemma.lower() in ("who", "that"):
        c.stop.add(i)  # people who will vote no: what they intend, a value of the data, not a forecast
    elif word in lexicon.FORECAST_WORDS or _what_if(c, i):
        c.forecast = True
        c.used.add(i)
    elif word in lexicon.CAUSE_WORDS or word == "how" and nxt is not None and nxt.lemma.lower() == "come" or (
            word in ("이유", "원인") and (nxt is None or nxt.lemma in ("뭐", "무엇", "뭔"))):  # 높은 이유가 뭐야
        c.cause = True
        c.used.add(i)
    elif not t.korean and (ever := _any_period(c, i)) is not None:
        c.used |= ever  # in at least one year, in any year: ever, not per year
    elif word == "how" and nxt is not None and nxt.lemma.lower() in ("big", "large") and not any(
            x.lemma.lower() in SIZE_WORDS for j, x in enumerate(c.tokens) if j != i + 1):
        c.used |= {i, i + 1}  # how big was the army in June: its figure then
    elif word == "how" and nxt is not None and nxt.lemma in ("many", "much"):
        if nxt.lemma == "many":
            c.count = i
        else:
            c.aggregates.append(("sum", i))
        c.used |= {i, i + 1}
    elif word == "how" and nxt is not None and nxt.lemma == "long":  # how long does it sleep: the question's words
        c.stop |= {i, i + 1}
    elif word in lexicon.SIGNS:
        op, value = lexicon.SIGNS[word]
        c.comparisons.append(Comparison(op, value, i))
        c.used.add(i)
    elif word in ("number", "count") and i > 0 and c.tokens[i - 1].lemma.lower() in ("by", "per", "each", "every") and \
            nxt is not None and nxt.lemma == "of":  # by number of gears: the column's name
        c.used |= {i, i + 1}
        c.groups.append(i + 2) if i + 2 < len(c.tokens) else None
    elif word == "수" and t.korean and i > 0 and t.has(*lexicon.KOREAN_GROUP_SUFFIXES):  # 실린더 수별: by cylinders
        c.used.add(i)
        _group_at(c, i - 1, korean=True)
    elif word in ("number", "count", "개수", "갯수", "건수", "횟수", "인원수", "대수", "마릿수") or (
            word == "수" and t.korean and i > 0):
        c.count = i if c.count is None else c.count
        c.used.add(i)
        if nxt is not None and nxt.lemma == "of":
            c.used.add(i + 1)
    elif word in ("며칠", "일수", "날수"):
        c.count, c.count_unit = i, "day"
        c.used.add(i)
    elif _recorded(c, i):
        c.present.append(i)  # a recorded wage, 임금이 기록된: rows where the value is there
        c.used.add(i)
    elif t.korean and word == "있" and t.has("는") and i > 0 and c.tokens[i - 1].kind == "noun":
        c.present.append(i)  # 시급 있는 사람: the value is there (when the column has gaps; else 에어컨 있는 is a flag)
        c.stop.add(i)
    elif (word in lexicon.MISSING_WORDS or word == "비" and t.kind == "verb") and not (
            word == "없" and nxt is not None and nxt.kind == "noun"):  # 비어 있는: 비다
        c.missing.append(i)
        c.used.add(i)
    elif word in lexicon.ROW_NOUNS and c.count is not None and i - c.count <= 3:  # how many records
        c.rows = i
        c.used.add(i)
    elif word in lexicon.FILLERS and not _unit_alone(c, i):
        c.stop.add(i)
    elif word in lexicon.PEOPLE_NOUNS:
        c.people = i
        c.used.add(i)
    elif word == "몇" and nxt is not None and nxt.lemma in ("년", "년도", "월", "일", "시") and c.rankings:
        c.which = True  # 가장 낮았던 해는 몇 년이야?: which year, not how many
        c.used |= {i, i + 1}
    elif word == "몇" and nxt is not None and nxt.lemma in lexicon.SHARE_WORDS:
        c.share = i + 1  # 전체의 몇 퍼센트: a share, not a count
        c.used |= {i, i + 1}
    elif word == "몇" and c.text[t.end:t.end + 3].lstrip().startswith("%"):
        c.share = c.share if c.share is not None else i  # 비중은 몇 %야
        c.used.add(i)
    elif word == "몇":
        c.count = i
        c.used.add(i)
        if nxt is not None and (nxt.kind == "counter" or nxt.lemma in lexicon.COUNTERS):
            c.used.add(i + 1)
            if nxt.lemma in ("종류", "가지", "종"):
                c.distinct = True
    elif word in ("다른", "다르") and t.korean and i > 0 and c.tokens[i - 1].lemma == "서로":  # 서로 다른 값
        c.distinct = True
        c.used |= {i - 1, i}
    elif word in lexicon.DISTINCT_WORDS and not (word in ("종류", "가지") and c.count is None and nxt is None):
        c.distinct = True
        c.used.add(i)
    elif (word in lexicon.SHARE_WORDS or t.has("%") and t.kind != "num") and not _named_share(c, i):
        c.share = i
        c.used.add(i)
    elif word in lexicon.AGGREGATES:
        agg = lexicon.AGGREGATES[word]
        if word in ("최고", "최저") and nxt is not None and nxt.kind in ("noun", "word") and c.language == "ko":
            c.rankings.append(Ranking("desc" if word == "최고" else "asc", None, i, soft=True))
        else:
            c.aggregates.append((agg, i))
        c.used.add(i)
    elif word in lexicon.ROW_NOUNS and t.has("에", "에서"):  # 데이터에 사람은 몇 명: where, not what is counted
        c.used.add(i)
    elif word in lexicon.ROW_NOUNS:
        c.rows = i
        c.used.add(i)
    elif word in lexicon.TABLE_WORDS:
        c.used.add(i)
    elif word in lexicon.CAREER_WORDS:
        c.career = True
        c.used.add(i)
    elif word in lexicon.TOTAL_WORDS:
        c.total = True
        c.used.add(i)
    elif word in lexicon.RANK_DESC or word in lexicon.RANK_ASC:
        direction = "desc" if word in lexicon.RANK_DESC else "asc"
        if word in ("most", "least") and nxt is not None and nxt.lemma in lexicon.ADJECTIVES:
            concept = lexicon.ADJECTIVES[nxt.lemma]
            c.rankings.append(Ranking(direction if word == "most" else _flip(concept[0]), None, i, concept[1]))
            c.used |= {i, i + 1}
            if i + 2 < len(c.tokens) and c.tokens[i + 2].lemma.lower() == "populated" and concept[1] == ("density",):
                c.used.add(i + 2)  # the most densely populated: one adjective
            return
        c.rankings.append(Ranking(direction, None, i))
        c.used.add(i)
    elif word in lexicon.SUPERLATIVE_MARKS:
        c.used.add(i)
        if nxt is not None and (nxt.lemma in lexicon.ADJECTIVES or nxt.kind in ("adj", "adv")):
            direction, concepts = lexicon.ADJECTIVES.get(nxt.lemma, ("desc", ()))
            c.rankings.append(Ranking(direction, None, i, concepts))
            c.used.add(i + 1)
        elif nxt is not None and nxt.kind in ("verb", "noun") and i + 2 < len(c.tokens) and \
                c.tokens[i + 2].lemma in lexicon.ADJECTIVES:  # 가장 연비 좋은
            direction, concepts = lexicon.ADJECTIVES[c.tokens[i + 2].lemma]
            c.rankings.append(Ranking(direction, None, i + 2, concepts))
            c.used.add(i + 2)
        else:
            c.rankings.append(Ranking("desc", None, i))
    elif (word in ("않", "안되", "못하") or word in ("안", "못") and nxt is not None and nxt.lemma in ("되", "하")) \
            and i > 0 and c.tokens[i - 1].lemma in lexicon.RECORDING_NOUNS:
        c.missing.append(i - 1)  # 기록되지 않은, 기록 안 된: not recorded
        c.used |= {i, i - 1} | ({i + 1} if word in ("안", "못") else set())
    elif t.korean and t.kind == "noun" and word in lexicon.ADJECTIVES:  # 최고령, 최연소: superlative nouns
        direction, concepts = lexicon.ADJECTIVES[word]
        c.rankings.append(Ranking(direction, None, i, concepts, soft=True))  # 차고 수별 최고가: each group's
        c.used.add(i)
    elif word in lexicon.ADJECTIVES and (t.kind == "adj" or word.endswith("est") or (
            not t.korean and word in ("expensive", "cheap", "heavy", "light", "old", "young", "popular"))):
        direction, concepts = lexicon.ADJECTIVES[word]
        superlative = word.endswith("est") or word in ("best", "worst") or (t.korean and t.kind == "adj")
        if superlative:
            c.rankings.append(Ranking(direction, None, i, concepts, bare=t.korean))
            c.used.add(i)
    elif word in lexicon.GRAINS and not (nxt is not None and vocabulary.concepts_of(f"{word} {nxt.lemma.lower()}")):
        c.grain, c.grain_at = lexicon.GRAINS[word], i  # (weekly wage: a name, not by week)
        c.used.add(i)
    elif word in lexicon.TREND_WORDS or (word == "over" and nxt is not None and nxt.lemma == "time"):
        c.trend = True
        c.used.add(i)
        if word == "over":
            c.used.add(i + 1)
    elif word == "by" and nxt is not None and nxt.lemma.lower() in ("a", "an"):
        c.used.update((i, i + 1))  # published by a society: who did it, not a grouping, nor is the verb
        if i > 0 and c.tokens[i - 1].lemma.lower().endswith("ed") and not c.tokens[i - 1].korean:
            c.used.add(i - 1)
            if i - 1 in c.negated:  # not published by a society: the society is what is negated
                c.negated.discard(i - 1)
                c.negated.add(i + 2)
    elif word in ("by", "per", "each", "every", "across") or (word == "각" and t.korean):
        c.used.add(i)
        if word == "for" and nxt is not None and nxt.lemma == "each":
            c.used.add(i + 1)
        target = i + 1
        pointed = [x.lemma.lower() for x in c.tokens[target:target + 2]]
        if word in ("each", "every") and (pointed[:1] == ["one"] or pointed in (["of", "them"], ["of", "those"])):
            c.used |= {target, target + 1} if pointed[0] == "of" else {target}  # each one: the groups just shown
            return
        while target < len(c.tokens) and c.tokens[target].lemma in ("the", "each", "every", "its", "their", "of"):
            c.used.add(target)  # for each of the sexes
            target += 1
        if target < len(c.tokens):
            _group_at(c, target)
    elif t.has(*lexicon.KOREAN_GROUP_SUFFIXES) or (t.korean and t.lemma.endswith("별") and len(t.lemma) > 2):
        _group_at(c, i, korean=True)
    elif word in lexicon.WHICH_WORDS:
        c.which = True
        c.used.add(i)
    elif word in lexicon.LIST_WORDS:
        c.listing = True
        c.used.add(i)
    elif word == "no" and not t.korean and any(x.lemma.lower() in lexicon.READING_WORDS
                                                for x in c.tokens[i + 2:i + 4]):
        c.missing.append(i)  # days with no ozone reading: the value is missing
        c.used.add(i)
    elif word in ("no", "zero") and nxt is not None and nxt.kind in ("word", "noun") and not t.korean:
        c.zero.append(i + 1)  # parts with no stock
        c.used.add(i)
    elif word in lexicon.NEGATIONS:
        c.used.add(i)
        if t.korean:  # X 제외, X 빼고: the word before
            c.negated.add(i - 1)
        else:
            at = i + 1
            while at + 1 < len(c.tokens) and c.tokens[at].lemma.lower() in lexicon.NEGATED_PAST:
                if c.tokens[at].lemma.lower() in ("have", "has", "had"):
                    c.used.add(at)
                at += 1
            c.negated.add(at)
    elif t.korean and word in lexicon.COUNTERS and (t.kind == "counter" or t.kind == "noun" and i > 0 and c.tokens[
            i - 1].kind == "num" and c.tokens[i - 1].end == t.start):
        c.used.add(i)  # 3곳, read as a noun after its number: still the counter
    elif t.text == "A" and i > 0 and c.tokens[i - 1].kind in ("word", "noun") and \
            c.tokens[i - 1].lemma.lower() not in lexicon.STOPWORDS:
        pass  # airline A, 항공사 A: a name's letter, not the article
    elif word in lexicon.STOPWORDS and not (word == "주" and t.kind == "noun") and not _capital_name(c, t) or (
            t.korean and t.kind in ("verb", "adv", "det", "pronoun") and word not in lexicon.ADJECTIVES):
        c.stop.add(i)  # 주 of 보여 주 is a stopword, not 주는 몇 개; US of US-controlled is a name


def _capital_name(c: Cues, t: Token) -> bool:
    """US, IT written in capitals in a question that is not: a name (US-controlled firms), not the word us."""
    return not t.korean and t.text.isupper() and 2 <= len(t.text) <= 3 and any(ch.islower() for ch in c.text)


NOT_NAMING = frozenset({"what", "which", "the", "a", "an", "of", "how", "its", "their", "by", "and", "in", "as"})


def _named_share(c: Cues, i: int) -> bool:
    """"the minority share", "young male share": a noun before `share` (and no `of` after) names a column."""
    t, before = c.tokens[i], c.tokens[i - 1] if i > 0 else None
    nxt = c.tokens[i + 1] if i + 1 < len(c.tokens) else None
    return not t.korean and t.lemma.lower() == "share" and before is not None and before.kind == "word" \
        and before.lemma.lower() not in NOT_NAMING and before.lemma.lower() not in lexicon.RANK_DESC | \
        lexicon.RANK_ASC and (nxt is None or nxt.lemma.lower() != "of")


ANY_UNITS = frozenset(lexicon.UNITS) | {"time"}
"""Period units said with `any` or `at least one` (any year, at least one time)."""


def _any_period(c: Cues, i: int) -> set[int] | None:
    """"in at least one year", "in any year": the tokens saying ever, so the period neither groups nor filters."""
    words = [t.lemma.lower() for t in c.tokens[i:i + 4]]
    if words[:3] == ["at", "least", "one"] and len(words) == 4 and words[3] in ANY_UNITS:
        return set(range(i, i + 4))
    if words[:1] == ["any"] and len(words) > 1 and words[1] in ANY_UNITS:
        return {i, i + 1}
    return None


def _unit_alone(c: Cues, i: int) -> bool:
    """원-달러 환율, the yen: a currency or unit word said as a thing, not after a number or `in` as its unit."""
    word = c.tokens[i].lemma.lower()
    before = c.tokens[i - 1] if i > 0 else None
    return word in lexicon.CURRENCY_WORDS and not (before is not None and (
        before.kind == "num" or before.lemma.lower() in ("in", "of", "per", "단위")))


def _recorded(c: Cues, i: int) -> bool:
    """`recorded` / `reported` (not after no, not or without), 기록된 (not 기록되지 않은): the value is there."""
    t, nxt = c.tokens[i], _next(c.tokens, i)
    if t.korean:
        return t.lemma in lexicon.RECORDING_NOUNS and t.has("되") and not (
            nxt is not None and nxt.lemma in ("않", "안", "못", "안되"))
    before = {x.lemma.lower() for x in c.tokens[max(0, i - 3):i]}
    return t.lemma.lower() in lexicon.RECORDED_WORDS and not before & {"no", "not", "without", "n't", "never"}


def _flip(direction: str) -> str:
    return "asc" if direction == "desc" else "desc"


def _group_at(c: Cues, i: int, korean: bool = False) -> None:
    """Mark token `i` as a grouping; a time unit (by month, 월별) becomes the grain instead."""
    t = c.tokens[i]
    lemma = t.lemma.removesuffix("별") if korean and t.lemma.endswith("별") and len(t.lemma) > 2 else t.lemma
    if lemma.lower() in lexicon.ROW_NOUNS and not korean:  # average hr per record: per row, the plain average
        c.used.add(i)
        return
    if korean and lemma in ("여부", "유무") and i > 0 and c.tokens[i - 1].kind == "noun":
        c.used.add(i)  # 무료 급식 여부별, 에어컨 유무별: by whether it has it, the noun before is the column
        c.groups.append(i - 1)
        return
    if lemma.lower() in lexicon.GRAIN_NOUNS:
        if c.grain is None:  # by month, 월별
            c.grain, c.grain_at = lexicon.GRAIN_NOUNS[lemma.lower()], i
        c.used.add(i)
        return
    c.groups.append(i)


def _numbers(c: Cues) -> None:
    """Numbers that make a top-N or a comparison ("top 5", "5개", "over 100", "100 이상", "between 1 and 3")."""
    tokens = c.tokens
    for i, t in enumerate(tokens[1:], 1):  # 5 g of fibre, 300mg을: the unit is the number's, not a value (G)
        if t.kind == "word" and t.lemma.lower() in lexicon.MEASURE_UNITS and tokens[i - 1].kind == "num" \
                and t.start - tokens[i - 1].end <= 1:
            c.used.add(i)
    for i, t in enumerate(tokens):
        if i in c.used or t.kind != "num" or t.number is None:
            continue
        back = 2 if i > 1 and tokens[i - 1].kind == "mark" and tokens[i - 1].lemma in "$€£₩" else 1
        before = tokens[i - back] if i >= back else None  # more than $130,000: the word before the currency
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        value = t.number
        if before is not None and before.lemma in TOP_WORDS and value.is_integer() and 0 < value <= 1000:
            _top(c, i, before.lemma, int(value))
            continue
        if before is not None and before.lemma in ("than", "least", "most") or (
                before is not None and before.lemma.lower() in lexicon.COMPARATORS and not before.korean):
            op = _english_op(tokens, i)
            if op:
                c.comparisons.append(Comparison(op, value, i, percent=t.has("%"), scale=t.scale))
                c.used.add(i)
                for j in range(max(0, i - 3), i):
                    if tokens[j].lemma.lower() in ("than", "at", "least", "most", "no", "more", "less", "fewer",
                                                   "greater", "higher", "lower", "larger", "smaller") \
                            or tokens[j].lemma.lower() in lexicon.COMPARATORS:
                        c.used.add(j)
                continue
        after_op = _or_more(tokens, i)
        if after_op:
            c.comparisons.append(Comparison(after_op, value, i, percent=t.has("%"), scale=t.scale))
            skip = _unit_between(tokens, i)
            c.used |= {i, i + 1 + skip, i + 2 + skip}
            continue
        if before is not None and before.lemma in lexicon.BETWEEN_WORDS and i + 2 < len(tokens) \
                and tokens[i + 1].lemma == "and" and tokens[i + 2].number is not None:
            c.comparisons.append(_between(t, tokens[i + 2], i))
            c.used |= {i - 1, i, i + 1, i + 2}
            continue
        high = _range_end(c, i)
        if high is not None:  # 10~20개, 10-20, 10 to 20, 10에서 20 사이
            c.comparisons.append(_between(t, tokens[high], i))
            c.used |= set(range(i, high + 1))
            for j in (high + 1, high + 2):
                if j < len(tokens) and (tokens[j].kind == "counter" or tokens[j].lemma in ("사이", "범위")):
                    c.used.add(j)
            continue
        korean_op = _korean_op(tokens, i)
        if korean_op:
            c.comparisons.append(Comparison(korean_op[0], value, i, percent=t.has("%")))
            c.used |= {i, korean_op[1]}
            continue
        if after is not None and after.lemma == "위" and value.is_integer() and 0 < value <= 100:  # 1위: the top
            c.rankings.append(Ranking("desc", int(value), i, explicit_n=True))
            c.used |= {i, i + 1}
            continue
        if after is not None and after.korean and (after.lemma in lexicon.COUNTERS or after.lemma == "개월") \
                and c.rankings and value.is_integer() and not after.has("ᆫ"):  # 3대, 5개, 가장 높았던 3개월
            # (not 4기통: a column's unit; not 욕실 2개인: a value)
            _top(c, i, "", int(value))
            continue
        if after is not None and c.rankings and not after.korean and value.is_integer() and 0 < value <= 1000 \
                and any(r.at == i + 1 or r.at == i - 1 for r in c.rankings):  # 5 most expensive
            _top(c, i, "", int(value))


def _between(low: Token, high: Token, at: int) -> Comparison:
    """A range of two numbers; a scale word after the second is the first's too (between 1,000 and 5,000 million).

    Not when the first is larger than the second without it (between 500,000 and 2 million).
    """
    first, last = low.number or 0.0, high.number or 0.0
    if high.scale > 1 and low.scale == 1 and first < last / high.scale:
        first *= high.scale
    return Comparison("between", first, at, high=last, percent=high.has("%") or low.has("%"), scale=high.scale)


def _range_end(c: Cues, i: int) -> int | None:
    """The number ending a range that starts at token `i` (10~20, 10-20, 10 to 20, 10에서 20), if any."""
    tokens = c.tokens
    if i + 1 < len(tokens) and tokens[i + 1].kind == "num" and (end := tokens[i + 1].number) is not None:
        between = c.text[tokens[i].end:tokens[i + 1].start].strip()
        if between in ("~", "-", "–", "〜", "～") or tokens[i].has("에서", "부터") and not between:
            return i + 1 if end >= (tokens[i].number or 0) else None
        if tokens[i].has("에서", "부터"):
            return i + 1 if end >= (tokens[i].number or 0) else None
    if i + 2 < len(tokens) and (tokens[i + 1].lemma.lower() in ("to", "through", "thru") or tokens[i + 1].kind == (
            "counter") and tokens[i + 1].has("에서", "부터")) and tokens[i + 2].kind == "num" \
            and (end := tokens[i + 2].number) is not None and end >= (tokens[i].number or 0):
        return i + 2  # 10 to 20, 45 through 54, 25세부터 34세까지
    return None


def _top(c: Cues, i: int, word: str, n: int) -> None:
    direction = "asc" if word in ("bottom", "worst", "하위") else "desc"
    existing = c.rankings[-1] if c.rankings else None
    if existing is not None and (not word or word in TOP_WORDS) and existing.limit is None:
        existing.limit, existing.explicit_n = n, True  # 하위 3개: the ranking 하위 made, with its N
        if word in ("bottom", "worst", "하위"):
            existing.direction = "asc"
    else:
        c.rankings.append(Ranking(direction, n, i, explicit_n=True))
    c.used.add(i)
    if i > 0 and c.tokens[i - 1].lemma in TOP_WORDS:
        c.used.add(i - 1)
    if i + 1 < len(c.tokens) and c.tokens[i + 1].kind == "counter":
        c.used.add(i + 1)


def _unit_between(tokens: list[Token], i: int) -> int:
    """1 when a unit word sits between the number and `or more` (80 degrees or more), else 0."""
    return int(i + 3 < len(tokens) and tokens[i + 1].kind == "word" and tokens[i + 2].lemma in ("or", "and"))


def _or_more(tokens: list[Token], i: int) -> str | None:
    """`50 or more`, `3 or fewer`, `100 and above` (`80 degrees or more`): the comparison after the number."""
    i += _unit_between(tokens, i)
    if i + 2 < len(tokens) and tokens[i + 1].lemma in ("or", "and"):
        word = tokens[i + 2].lemma.lower()
        if word in ("more", "greater", "higher", "above", "over", "later", "up", "older"):
            return ">="
        if word in ("less", "fewer", "lower", "below", "under", "earlier", "younger"):
            return "<="
    if i + 1 < len(tokens) and tokens[i + 1].lemma in ("+",):
        return ">="
    return None


def _english_op(tokens: list[Token], i: int) -> str | None:
    words = [tokens[j].lemma.lower() for j in range(max(0, i - 4), i) if tokens[j].kind != "mark"][-3:]
    text = " ".join(words)  # more than $130,000: the currency sign between them
    for phrase, op in (("at least", ">="), ("at most", "<="), ("no more than", "<="), ("no less than", ">="),
                       ("more than", ">"), ("greater than", ">"), ("higher than", ">"), ("larger than", ">"),
                       ("less than", "<"), ("fewer than", "<"), ("lower than", "<"), ("smaller than", "<"),
                       ("older than", ">"), ("younger than", "<")):
        if text.endswith(phrase):
            return op
    last = words[-1] if words else ""
    return lexicon.COMPARATORS.get(last) if last not in ("most", "least", "more", "less") else None


def _korean_op(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """`100 이상`, `3캐럿 넘는`, `10% 이상인`, `20 미만`: the comparator within two tokens after the number."""
    for j in range(i + 1, min(i + 3, len(tokens))):
        lemma = tokens[j].lemma
        if lemma in lexicon.COMPARATORS and tokens[j].korean:
            return lexicon.COMPARATORS[lemma], j
        if tokens[j].kind not in ("counter", "noun", "word") or j > i + 1 and tokens[j].kind == "noun":
            break
    return None
