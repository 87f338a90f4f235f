"""The bilingual vocabulary of data concepts (vocabulary.yaml): which English and Korean words mean the same."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from agent.analysts.offline.question.tokens import singular

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yaml")
ENGLISH_WORD = re.compile(r"[a-z0-9]+(?:[ .-][a-z0-9]+)*")
KOREAN_WORD = re.compile(r"[가-힣0-9a-z]*[가-힣][가-힣0-9a-z]*")
SEPARATORS = re.compile(r"[\s_.\-]+")
KEYS = frozenset({"en", "ko", "related", "shared"})


class VocabularyError(ValueError):
    """The vocabulary file breaks one of its rules (the message names the concept and the word)."""


@dataclass(frozen=True)
class Concept:
    """One concept: its English and Korean words (as written) and its weaker relatives."""

    en: tuple[str, ...]
    ko: tuple[str, ...]
    related: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        """The English and Korean words together."""
        return self.en + self.ko


@dataclass(frozen=True)
class Vocabulary:
    """The concepts and, for each compared word form, the concepts it belongs to or is related to."""

    concepts: tuple[Concept, ...]
    index: Mapping[str, tuple[int, ...]]
    """Compared form -> the concepts the word belongs to."""
    related_by: Mapping[str, tuple[int, ...]]
    """Compared form -> the concepts that list it as related."""


def compared(word: str) -> str:
    """The form words are compared in: lower case, words of a phrase split on `_ - .` and spaces, singular."""
    parts = SEPARATORS.split(word.strip().lower())
    return " ".join(singular(part) for part in parts if part)


def load(path: Path = VOCABULARY_FILE) -> Vocabulary:
    """Read and validate a vocabulary file (raises VocabularyError on the first broken rule)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    entries = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(entries, list):
        raise VocabularyError(f"{path.name}: expected a list of concepts")
    concepts, shared = [], []
    for number, entry in enumerate(entries, 1):
        concept, shared_words = _concept(number, entry)
        concepts.append(concept)
        shared.append(shared_words)
    return _indexed(concepts, shared)


def _concept(number: int, entry: object) -> tuple[Concept, frozenset[str]]:
    if not isinstance(entry, dict) or not set(entry) <= KEYS or not entry.keys() & {"en", "ko"}:
        raise VocabularyError(f"concept {number}: expected a mapping of en, ko, related, shared")
    lists = {}
    for key in KEYS:
        words = entry.get(key, [])
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise VocabularyError(f"concept {number}: {key} must be a list of words")
        lists[key] = tuple(words)
    where = f"concept {number} ({', '.join(lists['en'] + lists['ko'])})"
    for word in lists["en"]:
        if not ENGLISH_WORD.fullmatch(word):
            raise VocabularyError(f"{where}: {word!r} is not a lower-case English word")
    for word in lists["ko"]:
        if not KOREAN_WORD.fullmatch(word):
            raise VocabularyError(f"{where}: {word!r} is not a Korean word")
    for word in lists["related"]:
        if not (ENGLISH_WORD.fullmatch(word) or KOREAN_WORD.fullmatch(word)):
            raise VocabularyError(f"{where}: related {word!r} is not a lower-case word")
    own = [compared(w) for w in lists["en"] + lists["ko"]]
    if len(own) < 2:
        raise VocabularyError(f"{where}: a concept needs at least two words")
    forms = own + [compared(w) for w in lists["related"]]
    if len(set(forms)) < len(forms):
        raise VocabularyError(f"{where}: a word is listed twice (plural and singular count as one)")
    if not set(map(compared, lists["shared"])) <= set(own):
        raise VocabularyError(f"{where}: shared words must be words of the concept")
    concept = Concept(lists["en"], lists["ko"], lists["related"])
    return concept, frozenset(map(compared, lists["shared"]))


def _indexed(concepts: list[Concept], shared: list[frozenset[str]]) -> Vocabulary:
    index: dict[str, list[int]] = defaultdict(list)
    related_by: dict[str, list[int]] = defaultdict(list)
    seen: dict[frozenset[str], int] = {}
    for i, concept in enumerate(concepts):
        words = frozenset(map(compared, concept.words))
        if words in seen:
            raise VocabularyError(f"concepts {seen[words] + 1} and {i + 1} list the same words")
        seen[words] = i
        for word in words:
            index[word].append(i)
        for word in concept.related:
            related_by[compared(word)].append(i)
    for word, owners in index.items():
        if len(owners) > 1 and not all(word in shared[i] for i in owners):
            names = "; ".join(", ".join(concepts[i].words) for i in owners)
            raise VocabularyError(f"{word!r} is in several concepts ({names}): mark it shared in each")
    for i, words in enumerate(shared):
        for word in words:
            if len(index[word]) < 2:
                raise VocabularyError(f"concept {i + 1}: {word!r} is marked shared but is in no other concept")
    return Vocabulary(tuple(concepts), MappingProxyType({w: tuple(o) for w, o in index.items()}),
                      MappingProxyType({w: tuple(o) for w, o in related_by.items()}))


@functools.cache
def vocabulary() -> Vocabulary:
    """The built-in vocabulary, read once per process."""
    return load()


def concepts_of(word: str) -> list[Concept]:
    """The concepts a word belongs to (English in any number or case; Korean as written)."""
    v = vocabulary()
    return [v.concepts[i] for i in v.index.get(compared(word), ())]


def equivalents(word: str) -> frozenset[str]:
    """Every word of every concept the word belongs to, as written and in compared form (empty if unknown)."""
    return _words(concepts_of(word))


def related(word: str) -> frozenset[str]:
    """Words weakly related to the word, never one of its equivalents.

    They are the words its concepts list as related (with their own concepts' words), and the words of concepts
    that list the word as related.
    """
    v = vocabulary()
    key = compared(word)
    found: list[Concept] = []
    names: set[str] = set()
    for i in v.index.get(key, ()):
        for relative in v.concepts[i].related:
            names |= {relative, compared(relative)}
            found.extend(v.concepts[j] for j in v.index.get(compared(relative), ()))
    for form in {key} | {compared(w) for w in equivalents(word)}:
        found.extend(v.concepts[i] for i in v.related_by.get(form, ()))
    return frozenset((names | _words(found)) - equivalents(word) - {word, key})


def _words(concepts: list[Concept]) -> frozenset[str]:
    written = {w for c in concepts for w in c.words}
    return frozenset(written | {compared(w) for w in written})


@functools.cache
def english_words() -> frozenset[str]:
    """Every single English word of the vocabulary (for splitting names written together: `bodywt`)."""
    return frozenset(w for c in vocabulary().concepts for word in c.en for w in compared(word).split())


@functools.cache
def korean_words() -> frozenset[str]:
    """Every Korean word of the vocabulary (taught to the morphological analyser so compounds stay whole)."""
    return frozenset(w for c in vocabulary().concepts for w in c.ko if " " not in w)
