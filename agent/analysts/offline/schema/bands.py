"""The order of a category of numbered bands (25세 미만, 25-29세, 30-35세, 35세 초과; 1리터 미만, 2리터 초과)."""

from __future__ import annotations

import re
from collections.abc import Sequence

NUMBER = re.compile(r"\d+(?:\.\d+)?")
BELOW = ("미만", "이하", "under", "below", "less", "<", "up to", "younger")
ABOVE = ("초과", "이상", "over", "above", "more", "+", "plus", "and up", "older", "or more")
HALF = 0.5


def _position(value: str) -> float | None:
    found = NUMBER.search(value)
    if found is None:
        return None
    at = float(found.group())
    text = value.lower()
    if any(w in text for w in BELOW):
        return at - HALF
    if any(w in text for w in ABOVE):
        return at + HALF
    return at


def band_order(values: Sequence[str]) -> list[str] | None:
    """The values from the lowest band to the highest, or None when they are not all distinct numbered bands."""
    if len(values) < 2 or not all(isinstance(v, str) for v in values):
        return None
    positions = [_position(v) for v in values]
    if any(p is None for p in positions) or len(set(positions)) != len(positions):
        return None
    return [v for _, v in sorted(zip(positions, values, strict=True), key=lambda pair: pair[0] or 0.0)]
