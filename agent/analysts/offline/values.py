"""Question words that equal values stored in the data (`Seoul Central`, `Japan`, 출고 -> shipment)."""

from __future__ import annotations

from dataclasses import dataclass

from agent.analysts.offline import lexicon
from agent.analysts.offline.schema_index import SchemaIndex
from agent.analysts.offline.words import WORD, Token, concepts, singular

Candidate = tuple[str, str, str]  # table, column, stored value


@dataclass
class ValueMatch:
    """Question words that equal a stored value of one or more columns."""

    text: str
    pos: float
    candidates: list[Candidate]
    partial: bool = False
    """True when the word is only part of the stored value (`Korea` for `South Korea`)."""


def match_long_values(text: str, index: SchemaIndex) -> tuple[list[ValueMatch], str]:
    """Multi-word stored values found in the raw text (`Seoul Central`), longest first; blanks them."""
    found: list[ValueMatch] = []
    if index.max_value_words < 2:
        return found, text
    for size in range(index.max_value_words, 1, -1):
        words = list(WORD.finditer(text))
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            key = tuple(singular(w.group(0).lower()) for w in window)
            if key in index.values and not any(text[w.start()] == " " for w in window):
                start, end = window[0].start(), window[-1].end()
                found.append(ValueMatch(text[start:end], float(start), list(index.values[key])))
                text = text[:start] + " " * (end - start) + text[end:]
    return found, text


def match_value(token: Token, index: SchemaIndex) -> ValueMatch | None:
    """A single word equal to a stored value, directly or through the lexicon (출고 -> shipment)."""
    if any(token.norm == c.name.lower() for c in index.columns) or any(
            token.norm in (t.name.lower(), singular(t.name.lower())) for t in index.tables.values()):
        return None  # a column or table name is not a value
    keys = [(token.norm,)]
    if token.hangul or token.norm in lexicon.ADJECTIVE_FORMS:  # 출고 -> shipment, rainy -> rain
        keys += [p for p, w in concepts(token.norm).items() if w >= 1.0 and p != (token.norm,)]
    for key in keys:
        if key in index.values and (len(key) > 1 or len(key[0]) >= 2):
            return ValueMatch(token.text, token.pos, list(index.values[key]))
    return None


def match_partial_value(token: Token, index: SchemaIndex) -> ValueMatch | None:
    """A word that is one word of a multi-word category value, when it names no column or table."""
    if token.hangul or token.norm in lexicon.STOPWORDS or token.norm not in index.value_words:
        return None
    return ValueMatch(token.text, token.pos, list(index.value_words[token.norm]), partial=True)
