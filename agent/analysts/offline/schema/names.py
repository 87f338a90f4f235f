"""The words of a table's or column's name: `quantity_on_hand`, `unitCost`, `Min.Price`, `bodywt`, `학생_설문`."""

from __future__ import annotations

import re
from functools import lru_cache

from agent.analysts.offline.question.korean import morphemes
from agent.analysts.offline.question.tokens import HANGUL, NOUN_SUFFIXES, singular

CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
PARTS = re.compile(r"[A-Za-z]+|\d+|[가-힣]+")
GENERIC = frozenset({"id", "no", "nr", "num", "code", "key", "the", "of", "and", "per", "in", "at", "on", "by"})
"""Name words too common to identify a column on their own."""


@lru_cache(maxsize=65536)
def name_words(name: str, known: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Lower-case, singular words of a name; a run of letters made of known words is split (`bodywt`)."""
    spaced = CAMEL.sub(" ", name)
    found: list[str] = []
    for part in PARTS.findall(spaced):
        if HANGUL.search(part):
            found += korean_nouns(part)
            continue
        word = part.lower()
        pieces = _split_known(word, known) if len(word) >= 5 and word not in known else None
        found += [singular(p) for p in pieces] if pieces else [singular(word)]
    return tuple(w for w in found if w)


@lru_cache(maxsize=65536)
def korean_nouns(text: str) -> tuple[str, ...]:
    """The nouns of a Korean name (`최고기온` -> 최고, 기온), or the name itself when it has none."""
    nouns: list[str] = []
    for m in morphemes(text):
        if m.tag == "XSN" and m.form in NOUN_SUFFIXES and nouns:
            nouns[-1] += m.form  # 지지율, 출고량: one word, as a question's token is
        elif m.tag in ("NNG", "NNP", "NNB", "XR", "SL", "SN"):
            nouns.append(m.form)
    return tuple(nouns) or (text,)


def _split_known(word: str, known: frozenset[str]) -> list[str] | None:
    """`bodywt` -> [body, wt] when every piece is a known word of at least two letters; else None."""
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 14), end - 1):
            piece, before = word[start:end], best[start]
            if before is not None and piece in known and (
                    (current := best[end]) is None or len(before) + 1 < len(current)):
                best[end] = [*before, piece]
    found = best[len(word)]
    return found if found and len(found) > 1 else None
