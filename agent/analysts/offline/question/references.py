"""Words about the conversation: the previous answer's time (that year, 그해), or a new question (다른 질문인데)."""

from __future__ import annotations

from agent.analysts.offline.question.tokens import Token

POINTED_TIMES = frozenset({"그해", "그날", "그달", "그때", "당시", "그분기", "그당시"})
"""One Korean word for the time of the answer before (그해 시가총액은?: that year's)."""
DEMONSTRATIVES = frozenset({"that", "same", "그", "같", "같은", "해당"})
"""A word that, before a time word, points at the time of the answer before (that year, 같은 해)."""
TIME_WORDS = frozenset({"year", "day", "month", "quarter", "week", "date", "time", "해", "날", "달", "년도", "연도",
                        "날짜", "분기", "시기", "때"})
"""Time words a demonstrative can point with (not 주: 그 주 is that state)."""


def pointed_times(tokens: list[Token]) -> set[int]:
    """The tokens that name the previous answer's time (that year, the same day, 그 해, 그날), not a grouping."""
    found: set[int] = set()
    for i, t in enumerate(tokens):
        word = t.lemma.lower()
        if word in POINTED_TIMES:
            found.add(i)
        elif word in TIME_WORDS and i > 0 and tokens[i - 1].lemma.lower() in DEMONSTRATIVES \
                and not (t.korean and not tokens[i - 1].korean):
            found |= {i - 1, i}
    return found


NEW_WORDS = frozenset({"new", "different", "another", "other", "separate", "unrelated", "다른", "새", "새롭", "별개",
                       "별도"})
"""Words that, before 질문 or question, say a new question starts (new question:, 다른 질문인데)."""
QUESTION_WORDS = frozenset({"question", "질문", "topic", "주제"})
ALONE_WORDS = frozenset({"unrelated", "separately", "별개", "별도"})
"""Words that say so alone, first in a question (unrelated, but ..., 별개로)."""


def new_question(tokens: list[Token]) -> set[int]:
    """The tokens saying a new question starts (new question:, ok different question, 다른 질문인데, 별개로)."""
    words = [t.lemma.lower() for t in tokens]
    for i, word in enumerate(words[:4]):
        if word in QUESTION_WORDS and i > 0 and words[i - 1] in NEW_WORDS:
            return {i - 1, i}
        if word in ALONE_WORDS and i <= 1:
            return {i}
    return set()
