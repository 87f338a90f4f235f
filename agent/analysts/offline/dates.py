"""Dates in question text: ISO days and months, 2025년 3월, March 2025, years, relative periods, ranges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (r"(january|february|march|april|may|june|july|august|september|october|november|december"
               r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\b")
DATE_PATTERNS = (
    ("day", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("ko", re.compile(r"(?<!\d)(\d{4})\s*년(?:\s*(\d{1,2})\s*월)?(?:\s*(\d{1,2})\s*일)?")),
    ("month", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})(?![-/.\d])")),
    ("name", re.compile(r"(?:(\d{1,2})\s+)?\b" + MONTH_NAMES + r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?"
                        r"\s+(\d{4})(?!\d)", re.IGNORECASE)),
    ("year", re.compile(r"(?<![\d.,-])((?:19|20)\d{2})(?![\d.,-])")),
    ("this_year", re.compile(r"\b(?:this|current) year\b|올해|금년", re.I)),
    ("last_year", re.compile(r"\blast year\b|작년|지난\s*해|전년", re.I)),
    ("this_month", re.compile(r"\b(?:this|current) month\b|이번\s*달|이달|금월", re.I)),
    ("last_month", re.compile(r"\blast month\b|지난\s*달|저번\s*달|전월", re.I)),
    ("today", re.compile(r"\btoday\b|오늘", re.I)),
    ("yesterday", re.compile(r"\byesterday\b|어제", re.I)),
    ("last_days", re.compile(r"\b(?:last|past)\s+(\d{1,3})\s+days\b|최근\s*(\d{1,3})\s*일", re.I)),
)
RELATIVE = ("this_year", "last_year", "this_month", "last_month", "today", "yesterday", "last_days")
MONTH_OF_YEAR = re.compile(r"(?<![\d년])(\d{1,2})\s*월(?!\s*\d)|\b(?:in|during|of|for)\s+" + MONTH_NAMES
                           + r"(?!\s*\d)", re.IGNORECASE)
RANGE_GAP = re.compile(r"^\s*(and|to|through|until|till|~|-|–|부터|에서|와|과)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """A date range: start inclusive, end exclusive, and how it was written."""

    start: dt.date
    end: dt.date
    label: str


def blank(text: str, start: int, end: int) -> str:
    """The text with [start, end) replaced by spaces (positions kept)."""
    return text[:start] + " " * (end - start) + text[end:]


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def today() -> dt.date:
    """The date relative periods (`last month`, `올해`) count from."""
    return dt.date.today()


def _relative(kind: str, m: re.Match[str]) -> Period:
    now = today()
    month = now.replace(day=1)
    if kind in ("this_year", "last_year"):
        year = now.year - (kind == "last_year")
        return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), f"{year}")
    if kind in ("this_month", "last_month"):
        start = month if kind == "this_month" else (month - dt.timedelta(days=1)).replace(day=1)
        return Period(start, _next_month(start), f"{start.year}-{start.month:02d}")
    if kind in ("today", "yesterday"):
        day = now - dt.timedelta(days=kind == "yesterday")
        return Period(day, day + dt.timedelta(days=1), day.isoformat())
    days = int(m.group(1) or m.group(2))
    start = now - dt.timedelta(days=days - 1)
    return Period(start, now + dt.timedelta(days=1), f"{start.isoformat()} ~ {now.isoformat()}")


def _period(kind: str, m: re.Match[str]) -> Period | None:
    if kind in RELATIVE:
        return _relative(kind, m)
    try:
        if kind == "name":
            day, month_text, day2, year = m.groups()
            month = MONTHS.index(month_text[:3].lower()) + 1
            day = day or day2
            y, mo, d = int(year), month, int(day) if day else None
        elif kind == "year":
            y, mo, d = int(m.group(1)), None, None
        else:
            y = int(m.group(1))
            mo = int(m.group(2)) if m.group(2) else None
            d = int(m.group(3)) if m.lastindex and m.lastindex >= 3 and m.group(3) else None
        if mo is None:
            return Period(dt.date(y, 1, 1), dt.date(y + 1, 1, 1), f"{y}")
        if d is None:
            start = dt.date(y, mo, 1)
            return Period(start, _next_month(start), f"{y}-{mo:02d}")
        start = dt.date(y, mo, d)
        return Period(start, start + dt.timedelta(days=1), start.isoformat())
    except ValueError:
        return None


def find_dates(text: str, kinds: tuple[str, ...], spans: list[tuple[int, int, Period]]) -> str:
    """Blank out every date of the given kinds, recording (start, end, period)."""
    for kind, pattern in DATE_PATTERNS:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            period = _period(kind, m)
            if period is not None:
                spans.append((m.start(), m.end(), period))
                text = blank(text, m.start(), m.end())
    return text


def find_months(text: str) -> tuple[list[int], str]:
    """Months named without a year (`3월`, `in March`), as numbers; blanks them."""
    months: list[int] = []
    for m in MONTH_OF_YEAR.finditer(text):
        number = int(m.group(1)) if m.group(1) else MONTHS.index(m.group(2)[:3].lower()) + 1
        if 1 <= number <= 12:
            months.append(number)
            text = blank(text, m.start(), m.end())
    return months, text


def merge_dates(text: str, spans: list[tuple[int, int, Period]]) -> list[Period]:
    """Periods in order; two dates joined by `and`, `to`, `~`, `부터` become one range."""
    spans.sort(key=lambda s: s[0])
    merged: list[tuple[int, int, Period]] = []
    for span in spans:
        if merged and RANGE_GAP.match(text[merged[-1][1]:span[0]]):
            first = merged[-1][2]
            merged[-1] = (merged[-1][0], span[1], Period(first.start, span[2].end,
                                                         f"{first.label} ~ {span[2].label}"))
        else:
            merged.append(span)
    return [p for _, _, p in merged]
