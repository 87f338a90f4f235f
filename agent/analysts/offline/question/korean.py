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
        self.known: set[str] = set()

    def add_nouns(self, words: set[str]) -> None:
        with self.lock:
            for word in words - self.known:
                if 1 < len(word) <= 20:
                    self.kiwi.add_user_word(word, "NNP")
                self.known.add(word)

    def morphemes(self, text: str) -> list[Morpheme]:
        with self.lock:
            found = self.kiwi.tokenize(text)
        return [Morpheme(t.form, t.tag.split("-")[0], t.start, t.len) for t in found]


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


def morphemes(text: str) -> list[Morpheme]:
    """The morphemes of a text."""
    return analyser().morphemes(text)


def is_compound(word: str) -> bool:
    """True for a Korean compound the analyser was told to keep whole (시가총액, a column's name)."""
    from agent.analysts.offline.question.vocabulary import korean_words

    return word in analyser().known or len(word) >= 3 and word in korean_words()


def is_known(word: str) -> bool:
    """True for a Korean word of the vocabulary (읽기: reading)."""
    from agent.analysts.offline.question.vocabulary import korean_words

    return word in korean_words()


def teach(nouns: set[str]) -> None:
    """Add a schema's Korean names (column and table names, values) so they stay whole words."""
    if nouns:
        analyser().add_nouns(nouns)
