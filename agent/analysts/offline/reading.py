"""Sorting question words into analytic intent (aggregate, grain, ranking, ...) and content words."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.analysts.offline import lexicon
from agent.analysts.offline.words import Token

DIRECTION_AGG = {"desc": "max", "asc": "min"}
AND_WORDS = {"and", "및", "그리고"}


@dataclass
class Reading:
    """The analytic words of a question, and its content words in runs of adjacent words."""

    aggregates: list[str] = field(default_factory=list)
    count: bool = False
    superlative: str | None = None
    superlative_pos: float = -1.0
    superlative_hangul: bool = False
    grain: str | None = None
    grain_assumed: bool = False
    list_hint: bool = False
    comparators: list[tuple[str, float, bool]] = field(default_factory=list)
    runs: list[tuple[list[Token], str | None]] = field(default_factory=list)
    units: int = 0
    """How many analytic words were understood (for confidence)."""


def read(tokens: list[Token], text: str, vocabulary: frozenset[str] = frozenset()) -> Reading:
    """Classify each token; content tokens are grouped into runs broken by any other word.

    A stopword that column names also use (`on`, `of`) joins the run instead of breaking it.
    """
    r = Reading()
    low = text.lower()
    if any(p in low for p in lexicon.COUNT_PHRASES):
        r.count, r.units = True, r.units + 1
    marker = any(t.norm in ("가장", "제일", "최다") for t in tokens)
    run: list[Token] = []
    context: str | None = None
    group_next = False
    previous_link = False

    def close() -> None:
        nonlocal run, context
        while run and run[-1].glue:
            run.pop()
        if run:
            r.runs.append((run, context))
            run, context = [], None

    skip: set[int] = set()
    for i, token in enumerate(tokens):
        word = token.norm
        if i in skip:
            continue
        link, previous_link = previous_link, token.compare_link
        if link and word in lexicon.SUPERLATIVES:  # 재주문점보다 적은: a comparison, not a ranking
            r.comparators.append(("<" if lexicon.SUPERLATIVES[word] == "asc" else ">", token.pos, True))
            close()
            r.units += 1
            continue
        kind = _kind(word, token, marker, tokens[i + 1].norm if i + 1 < len(tokens) else "", vocabulary)
        if kind == "content":
            suffix_group = token.group  # 창고별: the particle ends the phrase; "by" marks what follows
            token.group = token.group or group_next
            group_next = False
            run.append(token)
            if suffix_group or token.compare_link:
                close()
            continue
        if kind == "stop" and run and word in vocabulary and not token.hangul:
            token.glue = True
            run.append(token)
            continue
        close()
        r.units += kind != "stop"
        if kind == "stop" and word in AND_WORDS and i > 0 and tokens[i - 1].group:
            group_next = True  # by warehouse and category
        if kind == "aggregate":
            agg = lexicon.AGGREGATES[word]
            r.count = r.count or agg == "count"
            if agg != "count":
                r.aggregates.append(agg)
                context = agg
        elif kind == "superlative":
            if r.superlative is None:
                r.superlative, r.superlative_pos = lexicon.SUPERLATIVES[word], token.pos
                r.superlative_hangul = token.hangul
            context = DIRECTION_AGG[lexicon.SUPERLATIVES[word]]
        elif kind == "grain":
            if word in lexicon.GROUP_MARKERS:  # by month, per year
                word = tokens[i + 1].norm
                skip.add(i + 1)
            grain = lexicon.GRAINS.get(word) or lexicon.GRAIN_NOUNS.get(word)
            if grain or r.grain is None:
                r.grain, r.grain_assumed = grain or "month", grain is None
            group_next = False
        elif kind == "group":
            group_next = True
        elif kind == "list":
            r.list_hint = True
        elif kind == "compare":
            r.comparators.append((lexicon.COMPARATORS[word], token.pos, token.hangul))
    close()
    return r


def _kind(word: str, token: Token, marker: bool, following: str, vocabulary: frozenset[str]) -> str:
    """What a word does; a longer stopword that the schema uses in a name (`item`, `level`) is content."""
    if word in lexicon.GRAINS or word in lexicon.TREND_WORDS:
        return "grain"
    if word in lexicon.GROUP_MARKERS:
        return "grain" if following in lexicon.GRAIN_NOUNS and not token.hangul else "group"
    if word in lexicon.GRAIN_NOUNS and token.group:
        return "grain"
    if word in lexicon.AGGREGATES:
        return "aggregate"
    if word in lexicon.SUPERLATIVES:
        return "superlative" if not token.hangul or marker else "stop"
    if word in lexicon.SUPERLATIVE_MARKERS:
        return "stop"
    if word in lexicon.COMPARATORS:
        return "compare"
    if word in lexicon.LIST_WORDS:
        return "list"
    if word in lexicon.STOPWORDS or token.text.lower() in lexicon.STOPWORDS:
        return "content" if len(word) >= 4 and word in vocabulary else "stop"
    return "content"
