"""Numbers, dates and Korean particles as answer text shows them."""

from __future__ import annotations

import datetime as dt
import decimal
import math
from typing import Any

BATCHIM_DIGITS = set("013678")  # 영 일 삼 육 칠 팔 end in a consonant


def number(value: Any) -> str:
    """Thousands separators; whole numbers without decimals, others with two (below 1, three significant digits)."""
    if isinstance(value, decimal.Decimal):
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        if abs(value) < 0.1:  # 0.0036, not 0.00: a small rate keeps its figures
            return f"{value:.3g}" if abs(value) >= 1e-4 else f"{value:.2e}"
        return f"{value:,.2f}"
    return f"{value:,}"


def cell(value: Any, grain: str | None = None, language: str = "en") -> str:
    """One result value as text; periods shown at their grain (2025-03, 2025)."""
    if value is None:
        return "(없음)" if language == "ko" else "(empty)"
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if grain == "year":
            return f"{value.year}"
        if grain == "quarter":
            return f"{value.year}-Q{(value.month - 1) // 3 + 1}"
        if grain == "month":
            return f"{value.year}-{value.month:02d}"
        return value.isoformat()
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if grain == "decade" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value}s"  # a decade: 1660s
    if grain == "year" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a year column's value: 1990, not 1,990
    return number(value)


def label(value: Any, language: str = "en") -> str:
    """A value naming a row or a group: a whole number as written (1954, zip 10001), never 1,954."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return cell(value, None, language)


def has_batchim(word: str) -> bool:
    """Whether a word ends in a consonant when read in Korean (for 은/는, 이/가, 을/를)."""
    word = word.rstrip(" )]*_`'\"")
    if not word:
        return False
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    if last.isdigit():
        return last in BATCHIM_DIGITS
    low = word.lower()
    return low.endswith(("m", "n", "ng", "l", "k", "ck")) and not low.endswith("le")


def josa(word: str, pair: str) -> str:
    """The word with the right particle of a pair: `재고` with `은/는` is `재고는`."""
    with_consonant, without = pair.split("/")
    return word + (with_consonant if has_batchim(word) else without)
