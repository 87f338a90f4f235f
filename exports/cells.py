"""Display text for report cells, confidence and row counts; the formula guard of the CSV and XLSX files."""

from __future__ import annotations

import math
import re
from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read text as a formula (OWASP CSV injection), tab and CR included."""
_NUMBER = re.compile(r"[+-]?(\d[\d,]*\.?\d*|\.\d+)([eE][+-]?\d+)?%?")


def format_cell(value: Any) -> str:
    """A cell as people read it: thousands separators, trimmed decimals, NULL as empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if math.isinf(value):
            return "∞" if value > 0 else "-∞"
        if value != 0 and abs(value) < 0.001 or abs(value) >= 1e15:
            return f"{value:.4g}"
        return f"{value:,.4f}".rstrip("0").rstrip(".")
    return str(value)


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would run as a formula (=, +, -, @, tab, CR first), numbers excepted."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _NUMBER.fullmatch(value)


def defuse_formula(value: Any) -> Any:
    """Formula-like text made literal with a leading apostrophe (OWASP); anything else unchanged."""
    return "'" + value if looks_like_formula(value) else value


def is_numeric(value: Any) -> bool:
    """True for numbers (not booleans), which reports align right."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def confidence_text(score: Any) -> str:
    """A 0..1 confidence score as a percentage, or "" when missing."""
    try:
        number = float(score)
    except (TypeError, ValueError):
        return ""
    if math.isnan(number):
        return ""
    return f"{round(max(0.0, min(1.0, number)) * 100)}%"


def rows_note(table_data: dict[str, Any], shown: int) -> str:
    """Say when the report shows fewer rows than the answer has, or the query itself was cut off."""
    total = len(table_data.get("rows") or [])
    count = table_data.get("row_count")
    count = count if isinstance(count, int) else total
    parts = []
    if shown < total:
        parts.append(f"Showing the first {shown:,} of {count:,} rows.")
    if table_data.get("truncated"):
        parts.append("The query returned more rows than the answer kept (result truncated).")
    return " ".join(parts)
