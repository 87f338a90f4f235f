"""Korean morphology with kiwipiepy (its model ships on PyPI and runs offline), loaded once per process."""

from __future__ import annotations

import threading
from dataclasses import dataclass

USER_WORDS = (("기통", "NNB"), ("최댓값", "NNG"), ("최솟값", "NNG"), ("매출액", "NNG"), ("판매량", "NNG"),
              ("출고량", "NNG"), ("입고량", "NNG"), ("재고량", "NNG"), ("캐럿", "NNB"), ("살아남", "VV"))
"""Words the analyser would otherwise split oddly (`8기통` as 8 + 기 + 통)."""


@dataclass(frozen=True)
class Morpheme:
    """One morpheme: its form, its Sejong tag (NNG, JKS, VA, ...) and where it starts in the text."""

    form: str
    tag: str
    start: int
    length: int


class _Analyser:
    def __init__(self) -> None:
        from kiwipiepy import Kiwi

        self.kiwi = Kiwi()
        for word, tag in USER_WORDS:
            self.kiwi.add_user_word(word, tag)
        from agent.analysts.offline.question.vocabulary import korean_words

        for word in korean_words():  # 고혈압, 가구원수: the vocabulary's compounds stay one word
            if len(word) >= 3:
                self.kiwi.add_user_word(word, "NNG", -3.0)
        self.lock = threading.Lock()

    def morphemes(self, text: str, nouns: frozenset[str] = frozenset()) -> list[Morpheme]:
        spans = _spans_of(text, nouns)
        with self.lock:
            found = self.kiwi.tokenize(text, pretokenized=spans or None)
        return [Morpheme(t.form, t.tag.split("-")[0], t.start, t.len) for t in found]


LONGEST_NOUN = 20
"""The longest schema name looked for in a question, in characters."""


def _spans_of(text: str, nouns: frozenset[str]) -> list[tuple[int, int, str]]:
    """Where the schema's Korean names occur in the text, longest first and not overlapping: each one noun.

    Every substring of the text up to LONGEST_NOUN characters is looked up, so the cost follows the question's
    length, not the number of names in the schema.
    """
    if not nouns:
        return []
    found = [(start, end) for start in range(len(text)) for end in range(
        min(len(text), start + LONGEST_NOUN), start + 1, -1) if text[start:end] in nouns]
    taken: list[tuple[int, int, str]] = []
    for start, end in sorted(found, key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= a or start >= b for a, b, _ in taken):
            taken.append((start, end, "NNG"))  # NNP marks the word before two names as one too (kiwipiepy 0.24)
    return sorted(taken)


_analyser: _Analyser | None = None
_analyser_lock = threading.Lock()


def analyser() -> _Analyser:
    """The process-wide analyser (about a second to load the first time)."""
    global _analyser
    with _analyser_lock:
        if _analyser is None:
            _analyser = _Analyser()
            _analyser.morphemes("예열")  # the first call loads the model's tables
        return _analyser


def morphemes(text: str, nouns: frozenset[str] = frozenset()) -> list[Morpheme]:
    """The morphemes of a text, each of `nouns` (a schema's Korean names) kept as one noun where it occurs.

    The names go with each call, not into the process-wide analyser: one schema's words never change how a
    question about another is read.
    """
    return analyser().morphemes(text, nouns)


def is_compound(word: str, nouns: frozenset[str] = frozenset()) -> bool:
    """True for a Korean compound kept whole: a schema's name (of `nouns`) or a vocabulary word (시가총액)."""
    from agent.analysts.offline.question.vocabulary import korean_words

    return word in nouns or len(word) >= 3 and word in korean_words()


def is_known(word: str) -> bool:
    """True for a Korean word of the vocabulary (읽기: reading)."""
    from agent.analysts.offline.question.vocabulary import korean_words

    return word in korean_words()
