"""Pattern extraction from question text: IDs, quoted values, dates and ranges, top-N, thresholds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.analysts.offline.dates import RELATIVE, Period, blank, find_dates, find_months, merge_dates

NUM = r"-?\d[\d,]*(?:\.\d+)?"
ID_TOKEN = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z]{1,6}[-_]?\d{2,}(?![A-Za-z0-9_-])")
TOP_GLUED = re.compile(r"\b(top|bottom|first|last|best|worst)(\d)", re.IGNORECASE)
QUOTED = re.compile(r"[\"“”‘’]([^\"“”‘’]{1,80})[\"“”‘’]|(?<!\w)'([^']{1,80})'(?!\w)")
TOP_PATTERNS = (
    (re.compile(r"\b(?:top|first|highest|largest|biggest|best|most)\s+(\d{1,4})\b", re.I), "desc"),
    (re.compile(r"\b(?:bottom|lowest|smallest|least|fewest|worst)\s+(\d{1,4})\b", re.I), "asc"),
    (re.compile(r"상위\s*(\d{1,4})\s*(?:개|곳|명|건|위|가지)?"), "desc"),
    (re.compile(r"하위\s*(\d{1,4})\s*(?:개|곳|명|건|위|가지)?"), "asc"),
)
KO_COUNT_N = re.compile(r"(?<![\d.])(\d{1,4})\s*(?:개|곳|명|건|가지|위)(?![\d가-힣]*(?:미만|이하|초과|이상|보다|넘))")
SUPERLATIVE = re.compile(r"가장|제일|최다|most|least|highest|lowest|largest|smallest|fewest|biggest", re.I)
EN_THRESHOLD = re.compile(
    r"(?P<op>less than|fewer than|lower than|smaller than|more than|greater than|higher than|larger than|"
    r"at least|at most|no more than|no less than|under|below|over|above|exceeding|>=|<=|>|<|=)\s*"
    r"(?P<num>" + NUM + r")(?!\s*(?:년|월|일))", re.IGNORECASE)
KO_THRESHOLD = re.compile(
    r"(?P<num>" + NUM + r")\s*(?:개|원|도|건|명|mm|%|달러|kg|단위)?\s*"
    r"(?P<op>미만|이하|초과|이상|넘는|넘게|넘은|보다\s*(?:적|작|낮|많|크|큰|높)[가-힣]*|인(?=\s|$|[?.,]))")
EN_ZERO = re.compile(r"\b(?:no|zero|out of)\b(?=\s+[a-z가-힣])", re.IGNORECASE)
EN_RANGE = re.compile(r"\bbetween\s+(?P<a>" + NUM + r")\s+and\s+(?P<b>" + NUM + r")", re.IGNORECASE)
KO_RANGE = re.compile(r"(?P<a>" + NUM + r")\s*(?:개|원|도|건|명|mm|%|달러|kg)?\s*(?:~|에서|부터)\s*(?P<b>" + NUM
                      + r")\s*(?:개|원|도|건|명|mm|%|달러|kg)?\s*(?:사이|까지)?")
EN_OPS = {"less than": "<", "fewer than": "<", "lower than": "<", "smaller than": "<", "under": "<",
          "below": "<", "more than": ">", "greater than": ">", "higher than": ">", "larger than": ">",
          "over": ">", "above": ">", "exceeding": ">", "at least": ">=", "no less than": ">=",
          "at most": "<=", "no more than": "<=", ">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": "="}
KO_OPS = {"미만": "<", "이하": "<=", "초과": ">", "이상": ">=", "넘": ">", "인": "="}


@dataclass(frozen=True)
class Threshold:
    """A comparison of some column with a number, and where it was said."""

    op: str
    value: float | int | tuple[float | int, float | int]
    """A number, or (low, high) for `between`."""
    pos: int
    text: str
    after: bool = False
    """True when the column is named after the comparison (`no stock`)."""


@dataclass
class Extracted:
    """What the patterns found, and the text left for word matching (found spans blanked)."""

    text: str
    ids: list[tuple[str, int]] = field(default_factory=list)
    quoted: list[tuple[str, int]] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    months: list[int] = field(default_factory=list)
    """Months of the year named without a year (`3월`, `in March`)."""
    top: tuple[int, str | None] | None = None
    thresholds: list[Threshold] = field(default_factory=list)
    units: int = 0
    """How many question parts the patterns understood (for confidence)."""


def _number(text: str) -> float | int:
    number = float(text.replace(",", ""))
    return int(number) if number.is_integer() else number


def _ranges(pattern: re.Pattern[str], text: str, found: Extracted) -> str:
    """Numeric ranges as one `between` threshold each (two years are left for the date patterns)."""
    for m in pattern.finditer(text):
        low, high = sorted((_number(m.group("a")), _number(m.group("b"))))
        if all(isinstance(v, int) and 1900 <= v <= 2099 for v in (low, high)):
            continue
        found.thresholds.append(Threshold("between", (low, high), m.start(), m.group(0)))
        text = blank(text, m.start(), m.end())
    return text


def extract(question: str) -> Extracted:
    """Find the patterned parts of a question; the rest is left for word matching."""
    question = TOP_GLUED.sub(r"\1 \2", question)  # top10 -> top 10 (not an ID)
    found = Extracted(question)
    text = question
    for m in QUOTED.finditer(question):
        found.quoted.append(((m.group(1) or m.group(2)).strip(), m.start()))
        text = blank(text, m.start(), m.end())
    for m in ID_TOKEN.finditer(text):
        found.ids.append((m.group(0), m.start()))
        text = blank(text, m.start(), m.end())
    for pattern, direction in TOP_PATTERNS:
        m = pattern.search(text)
        if m and found.top is None:
            found.top = (int(m.group(1)), direction)
            text = blank(text, m.start(1), m.end())
    spans: list[tuple[int, int, Period]] = []
    text = find_dates(text, ("day", "ko", "month", "name", *RELATIVE), spans)
    text = _ranges(KO_RANGE, text, found)  # 10~20개
    for pattern, table in ((EN_THRESHOLD, EN_OPS), (KO_THRESHOLD, KO_OPS)):
        for m in pattern.finditer(text):
            op_text = re.sub(r"\s+", " ", m.group("op").lower())
            op = table.get(op_text) or next((o for k, o in KO_OPS.items() if op_text.startswith(k)), None)
            if op is None:  # 보다 + adjective
                op = "<" if re.search(r"적|작|낮", op_text) else ">"
            found.thresholds.append(Threshold(op, _number(m.group("num")), m.start(), m.group(0)))
            text = blank(text, m.start(), m.end())
    for m in EN_ZERO.finditer(text):  # no stock, out of stock: = 0
        found.thresholds.append(Threshold("=", 0, m.end(), m.group(0), after=True))
        text = blank(text, m.start(), m.end())
    text = find_dates(text, ("year",), spans)
    text = _ranges(EN_RANGE, text, found)  # units between 10 and 20 (after years: between 2024 and 2025)
    found.periods = merge_dates(text, spans)
    found.months, text = find_months(text)
    found.units += len(found.periods) + len(found.months)
    if found.top is None and SUPERLATIVE.search(text):
        m = KO_COUNT_N.search(text)
        if m:
            found.top = (int(m.group(1)), None)
            text = blank(text, m.start(), m.end())
    found.units += len(found.thresholds) + (found.top is not None)
    found.text = text
    return found
