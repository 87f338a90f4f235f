"""Text for people in English and Korean: one lookup for every table shaped {key: {"en": ..., "ko": ...}}."""

from __future__ import annotations

from collections.abc import Mapping

Texts = Mapping[str, Mapping[str, str]]


def pick(texts: Texts, key: str, language: str | None, **values: object) -> str:
    """`texts[key]` in Korean when `language` is "ko", else English, with `values` filled in (if any)."""
    text = texts[key]["ko" if language == "ko" else "en"]
    return text.format(**values) if values else text
