"""Normalising words: tokens, plurals, name splitting, Korean particles and lexicon concepts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent.analysts.offline import lexicon

WORD = re.compile(r"[0-9a-z가-힣]+(?:[-_.'][0-9a-z가-힣]+)*", re.IGNORECASE)
HANGUL = re.compile(r"[가-힣]")
MIXED = re.compile(r"^([0-9a-z][0-9a-z_.'-]*?)([가-힣]+)$")
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
GROUP_SUFFIXES = ("별", "마다", "별로")
Phrase = tuple[str, ...]


def singular(word: str) -> str:
    """An English word without its plural ending: parts -> part, categories -> category."""
    if not word.isalpha() or not word.isascii() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> Phrase:
    """Lower-case, singular words of a text, keeping hyphenated codes (`wh-a`) whole."""
    return tuple(singular(w) for w in WORD.findall(text.lower()))


@lru_cache(maxsize=4096)
def split_name(name: str) -> Phrase:
    """The words of a table or column name: `quantity_on_hand`, `unitCost` -> (unit, cost)."""
    spaced = CAMEL.sub(" ", name).replace("_", " ").replace("-", " ").replace(".", " ")
    return tuple(singular(w) for w in re.findall(r"[0-9a-z가-힣]+", spaced.lower()))


def is_hangul(text: str) -> bool:
    """True when the text holds Hangul."""
    return bool(HANGUL.search(text))


def _parse(spec: str, strong: float, weak: float) -> dict[Phrase, float]:
    found: dict[Phrase, float] = {}
    head, _, tail = spec.partition(";")
    for part, weight in ((head, strong), (tail, weak)):
        for phrase in part.split(","):
            key = tuple(singular(w) for w in phrase.split())
            if key and key not in found:
                found[key] = weight
    return found


@lru_cache(maxsize=4096)
def concepts(word: str) -> dict[Phrase, float]:
    """Phrases a question word may stand for, weighted: itself 1.0, synonyms 0.9, relatives 0.6."""
    word = lexicon.ADJECTIVE_FORMS.get(word, word)
    found: dict[Phrase, float] = {}
    if word in lexicon.KOREAN:
        for key in lexicon.KOREAN[word].split(","):
            key = key.strip()
            found.setdefault(tuple(singular(w) for w in key.split()), 1.0)
            for phrase, weight in concepts(key).items():
                found.setdefault(phrase, weight)
        found.setdefault((word,), 1.0)
        return found
    base = tuple(singular(w) for w in re.split(r"[\s_]+", word) if w)
    found[base] = 1.0
    if word in lexicon.CONCEPTS:
        for phrase, weight in _parse(lexicon.CONCEPTS[word], 0.9, 0.6).items():
            found.setdefault(phrase, weight)
    return found


KO_KEYS = frozenset(lexicon.KOREAN) | frozenset(
    w for table in (lexicon.AGGREGATES, lexicon.SUPERLATIVES, lexicon.GRAINS, lexicon.GRAIN_NOUNS,
                    lexicon.COMPARATORS) for w in table if is_hangul(w)
) | frozenset(w for w in lexicon.STOPWORDS | lexicon.GROUP_MARKERS | lexicon.LIST_WORDS
              | lexicon.SUPERLATIVE_MARKERS if is_hangul(w))


def segment(word: str, keys: frozenset[str]) -> tuple[list[str], str] | None:
    """Split a Korean word into known keys plus a trailing particle: 창고별 -> ([창고], 별)."""
    if word in keys:
        return [word], ""
    if word in lexicon.KO_SUFFIXES:
        return [], word
    for end in range(len(word) - 1, 0, -1):
        head = word[:end]
        if head not in keys:
            continue
        rest = word[end:]
        deeper = segment(rest, keys)
        if deeper is not None:
            return [head, *deeper[0]], deeper[1]
    return None


@dataclass
class Token:
    """One question word after normalisation, with its place and the markers its particle carried."""

    text: str
    norm: str
    pos: float
    group: bool = False
    compare_link: bool = False
    hangul: bool = False
    glue: bool = False
    """A stopword inside a phrase that a column name also holds (`on` in `quantity on hand`)."""


def tokenize(text: str, extra_keys: frozenset[str] = frozenset()) -> list[Token]:
    """Question words in order; Korean words are split into known stems and particles."""
    keys = KO_KEYS | extra_keys
    tokens: list[Token] = []
    for match in WORD.finditer(text):
        raw = match.group(0)
        low = raw.lower().strip("'.")
        mixed = MIXED.match(low)
        if mixed:  # warehouse_id별, abc의: a Latin word with a Korean particle or word attached
            tokens.append(Token(raw[:mixed.end(1)], singular(mixed.group(1)), float(match.start())))
            low, raw = mixed.group(2), mixed.group(2)
            if low in lexicon.KO_SUFFIXES:
                tokens[-1].group = low.startswith(GROUP_SUFFIXES)
                tokens[-1].compare_link = low == "보다"
                continue
        if not is_hangul(low):
            tokens.append(Token(raw, singular(low), float(match.start())))
            continue
        split = segment(low, keys)
        if split is None:
            tokens.append(Token(raw, low, float(match.start()), hangul=True))
            continue
        stems, suffix = split
        for i, stem in enumerate(stems):
            last = i == len(stems) - 1
            tokens.append(Token(stem, stem, match.start() + i / 10, hangul=True,
                                group=last and suffix.startswith(GROUP_SUFFIXES),
                                compare_link=last and suffix == "보다"))
        if not stems and suffix.startswith(GROUP_SUFFIXES) and tokens:
            tokens[-1].group = True
        if not stems and suffix == "보다" and tokens:
            tokens[-1].compare_link = True
    return tokens
