"""Whether an answer is right: the final event's table (or its refusal) against the expected answer.

Expected answers (agent.evals.bank):

- a value (`14`, `3.5`, `"Toyota Corolla"`): the result is one row holding it;
- `{values: [a, b]}`: one row holding every value (several measures at once);
- `{rows: [[label, value], ...]}`: a breakdown or a series: as many rows, a label column with exactly these
  labels and a number column with each label's value (order free; `ordered: true` to require it);
- `{order: [label, ...]}`: a ranking: the first rows' labels in this order (`values:` too, optionally);
- `{label: x, value: y}`: "which one": the first row names `x` (and holds `y` when given);
- `{refuse: true}`: the data cannot answer: no query runs and no number is given.

Numbers match within 0.5 % (a share, written `{percent: 33.3}`, also within 0.01 points: it matches 33.3 or 0.333,
rounded to two decimals; other numbers only within 0.000001, so that 0.03 is not taken for 0.04). Labels match
case-insensitively, ignoring spaces and punctuation at the ends; a period label matches a date starting
with it (`2019-03` matches `2019-03-01`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

REL_TOLERANCE = 0.005
ABS_TOLERANCE = 0.01
"""How far a share may be off in percentage points (shares are written rounded to two decimals)."""
VALUE_FLOOR = 1e-6
"""How far any other number may be off at least (banks hold six decimals)."""


@dataclass(frozen=True)
class Verdict:
    """Right or not, and why not (for the misses list)."""

    right: bool
    why: str = ""


def judge(expected: Any, final: dict[str, Any] | None) -> Verdict:
    """The verdict on one turn's final event data (None when the turn ended in an error)."""
    if isinstance(expected, dict) and expected.get("refuse"):
        return _refusal(final)
    if final is None:
        return Verdict(False, "the answer ended in an error")
    table = final.get("table_data") or {}
    columns, rows = list(table.get("columns") or []), [list(r) for r in table.get("rows") or []]
    if not rows:
        return Verdict(False, "no result rows")
    if isinstance(expected, dict):
        if "rows" in expected:
            return _breakdown(expected, columns, rows)
        if "order" in expected:
            return _ranking(expected, rows)
        if "label" in expected:
            return _entity(expected, rows)
        if "values" in expected:
            return _one_row(list(expected["values"]), rows)
        if "percent" in expected:
            return _one_row([expected], rows)
        raise ValueError(f"unknown expected answer {sorted(expected)}")
    return _one_row([expected], rows)


def _refusal(final: dict[str, Any] | None) -> Verdict:
    if final is None:
        return Verdict(True)
    if final.get("sources"):
        return Verdict(False, "a query ran for a question the data cannot answer")
    return Verdict(True)


def _one_row(values: list[Any], rows: list[list[Any]]) -> Verdict:
    if len(rows) != 1:
        return Verdict(False, f"{len(rows)} rows where one was expected")
    missing = [v for v in values if not any(same(v, cell) for cell in rows[0])]
    return Verdict(not missing, f"not in the row: {missing}" if missing else "")


def _breakdown(expected: dict[str, Any], columns: list[str], rows: list[list[Any]]) -> Verdict:
    pairs = [(label, value) for label, value in expected["rows"]]
    if len(rows) != len(pairs):
        return Verdict(False, f"{len(rows)} rows where {len(pairs)} were expected")
    width = len(columns) or len(rows[0])
    for label_at in range(width):
        found = {label_key(row[label_at]): row for row in rows}
        if len(found) != len(rows):
            continue
        matched = [_find(found, label) for label, _ in pairs]
        keys = [k for k in matched if k is not None]
        if len(keys) < len(matched):
            continue
        for value_at in range(width):
            if value_at == label_at:
                continue
            if all(same(value, found[k][value_at]) for k, (_, value) in zip(keys, pairs, strict=True)):
                if expected.get("ordered") and [label_key(r[label_at]) for r in rows] != keys:
                    return Verdict(False, "the rows are not in the expected order")
                return Verdict(True)
    return Verdict(False, "no label and value columns match the expected breakdown")


def _ranking(expected: dict[str, Any], rows: list[list[Any]]) -> Verdict:
    order = list(expected["order"])
    values = list(expected.get("values") or [])
    if len(rows) < len(order):
        return Verdict(False, f"{len(rows)} rows where {len(order)} were expected")
    if expected.get("exact", True) and len(rows) != len(order):
        return Verdict(False, f"{len(rows)} rows where {len(order)} were expected")
    for n, label in enumerate(order):
        if not any(same(label, cell) for cell in rows[n]):
            return Verdict(False, f"row {n + 1} is not {label!r}")
        if values and not any(same(values[n], cell) for cell in rows[n]):
            return Verdict(False, f"row {n + 1} does not hold {values[n]!r}")
    return Verdict(True)


def _entity(expected: dict[str, Any], rows: list[list[Any]]) -> Verdict:
    first = rows[0]
    if not any(same(expected["label"], cell) for cell in first):
        return Verdict(False, f"the first row does not name {expected['label']!r}")
    if "value" in expected and not any(same(expected["value"], cell) for cell in first):
        return Verdict(False, f"the first row does not hold {expected['value']!r}")
    return Verdict(True)


def _find(found: dict[str, list[Any]], label: Any) -> str | None:
    key = label_key(label)
    if key in found:
        return key
    matches = [k for k in found if k.startswith(key + "-") or k.startswith(key + " ")]
    return matches[0] if len(matches) == 1 else None


def label_key(value: Any) -> str:
    """A label as compared: text lower-cased and trimmed; whole numbers without `.0`."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"^[\s\W_]+|[\s\W_]+$", "", str(value).strip().lower()) or str(value).strip().lower()


def number(value: Any) -> float | None:
    """A cell as a number, or None when it is not one (booleans are not numbers)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    return None


def same(expected: Any, cell: Any) -> bool:
    """True when a cell holds the expected value (numbers within tolerance, shares in either scale)."""
    if isinstance(expected, dict) and "percent" in expected:
        share, got = float(expected["percent"]), number(cell)
        return got is not None and (_close(share, got, ABS_TOLERANCE) or _close(share, got * 100, ABS_TOLERANCE))
    want, got = number(expected), number(cell)
    if want is not None:
        if got is None and isinstance(cell, str) and want.is_integer() and 1000 <= want < 3000:
            return cell.strip().startswith(f"{int(want)}-")  # the year 1982 as its period 1982-01-01
        return got is not None and _close(want, got)
    if isinstance(expected, bool):
        return cell is expected or label_key(cell) == label_key(expected)
    key, cell_key = label_key(expected), label_key(cell)
    return bool(key) and (cell_key == key or cell_key.startswith(key + "-") and re.match(r"\d{4}", key) is not None)


def _close(want: float, got: float, floor: float = VALUE_FLOOR) -> bool:
    return abs(want - got) <= max(floor, REL_TOLERANCE * abs(want))
