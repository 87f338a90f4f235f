"""Result cells as JSON values, cut to a size in bytes, and the JSON size of a table's rows."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

ELLIPSIS = "…"
PREVIEW_BYTES = 16
"""How many leading bytes a BLOB's preview shows, as hex."""
_ELLIPSIS_BYTES = len(ELLIPSIS.encode())
INT_RANGE = range(-(2**63), 2**64)
"""Integers a conversation's checkpoint (msgpack) can keep; HUGEINTs beyond them are sent as text."""


def json_value(value: Any) -> Any:
    """A cell as a JSON value, for every type DuckDB (or a driver) returns.

    Integers beyond 64 bits (HUGEINT, VARINT) as text, dates and times as ISO text (a timestamp at midnight
    as its date), decimals as floats, NaN as None,
    infinities as "Infinity"/"-Infinity", intervals as ISO-8601 durations, UUIDs as text, bytes as a hex
    preview with their size; lists, arrays, structs and maps recursively (map keys as text); anything
    else as its text.
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value if value in INT_RANGE else str(value)
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, decimal.Decimal):
        return _json_float(float(value)) if value.is_finite() else None if value.is_nan() else str(value)
    if isinstance(value, dt.datetime):
        midnight = value.time() == dt.time() and value.tzinfo is None
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return iso_duration(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes_preview(bytes(value))
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {key if isinstance(key, str) else str(json_value(key)): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(item) for item in value]
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return json_value(value.item())
    return str(value)


def _json_float(value: float) -> float | str | None:
    if math.isnan(value):
        return None
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def iso_duration(value: dt.timedelta) -> str:
    """An interval as an ISO-8601 duration: `P423DT4H5M6.789S`, `-P3D`, `PT0S` (DuckDB counts a month as 30 days)."""
    if value < dt.timedelta(0):
        return "-" + iso_duration(-value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M")) if n)
    if seconds or value.microseconds:
        clock += f"{seconds}.{value.microseconds:06d}".rstrip("0").rstrip(".") + "S"
    days = f"{value.days}D" if value.days else ""
    return "P" + days + (f"T{clock}" if clock else "") if days or clock else "PT0S"


def bytes_preview(data: bytes, more_than: int | None = None) -> str:
    """Bytes as people can read them in a table: `0x` and the first bytes in hex, then the size."""
    head = data[:PREVIEW_BYTES].hex()
    cut = ELLIPSIS if more_than is not None or len(data) > PREVIEW_BYTES else ""
    size = f"more than {more_than:,} bytes" if more_than is not None else f"{len(data):,} byte{'s' * (len(data) != 1)}"
    return f"0x{head}{cut} ({size})"


def cut_text(text: str, max_bytes: int) -> tuple[str, bool]:
    """`text` within `max_bytes` of UTF-8 (cut on a character, ending in …), and whether it was cut."""
    if len(text) * 4 <= max_bytes:
        return text, False
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= max_bytes:
        return text, False
    head = encoded[:max(0, max_bytes - _ELLIPSIS_BYTES)].decode("utf-8", "ignore")
    return head + ELLIPSIS, True


def cut_cell(value: Any, max_bytes: int) -> tuple[Any, bool]:
    """`value` within about `max_bytes`, and whether it was cut.

    Longer text is cut (ending in …), longer bytes become their preview, and a list, array, struct or map
    whose JSON is longer becomes that JSON's text, cut. Other values are small and kept as they are.
    """
    if isinstance(value, str):
        return cut_text(value, max_bytes)
    if isinstance(value, bytes | bytearray | memoryview):
        if len(value) <= max_bytes:
            return value, False
        return bytes_preview(bytes(value[:PREVIEW_BYTES]), more_than=max_bytes), True
    if isinstance(value, Mapping | list | tuple):
        text, cut = cut_text(json_text(json_value(value)), max_bytes)
        return (text, True) if cut else (value, False)
    return value, False


def json_text(value: Any) -> str:
    """A JSON value as compact JSON text, anything else as its text.

    Non-ASCII text is left as is, as events are encoded.
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def json_bytes(value: Any) -> int:
    """How many bytes a JSON value takes encoded (UTF-8, compact)."""
    return len(json_text(value).encode("utf-8", "surrogatepass"))


def row_bytes(row: Sequence[Any]) -> int:
    """How many bytes one row of JSON values adds to a table's `rows` (its separating comma included)."""
    return json_bytes(list(row)) + 1


def header_bytes(columns: Sequence[str]) -> int:
    """What a table takes besides its rows: column names, row count, flags (an upper bound)."""
    return json_bytes(list(columns)) + 160
