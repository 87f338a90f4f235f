"""Text for people in English and Korean: one lookup for every table shaped {key: {"en": ..., "ko": ...}}."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Language = Literal["ko", "en"]
Texts = Mapping[str, Mapping[str, str]]


@runtime_checkable
class Words(Protocol):
    """Text put into words once its language is known: an `AgentError`, a `Phrase`."""

    def words(self, language: str | None) -> str:
        """This text in `language` (Korean for "ko", else English)."""


def pick(texts: Texts, key: str, language: str | None, **values: object) -> str:
    """`texts[key]` in Korean when `language` is "ko", else English, with `values` filled in (if any).

    A value that is `Words` (an error, a `Phrase`) is put into words in the same language.
    """
    text = texts[key]["ko" if language == "ko" else "en"]
    if not values:
        return text
    return text.format(**{name: value.words(language) if isinstance(value, Words) else value
                          for name, value in values.items()})


@dataclass(frozen=True)
class Phrase:
    """A message of `texts` and its values, put into words later: a value of another message."""

    texts: Texts
    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def words(self, language: str | None) -> str:
        """The phrase in `language`."""
        return pick(self.texts, self.key, language, **self.values)
