"""A structured plan as plain JSON (kept in the turn's details) and back, so a follow-up can start from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agent.analysts.offline.joins import joins_for
from agent.analysts.offline.model import Entity, Filter, Measure, Structured
from agent.analysts.offline.schema_index import ColumnInfo, SchemaIndex

KEY = "structured"
"""The details key the stored plan is kept under."""


def _ref(column: ColumnInfo | None) -> list[str] | None:
    return None if column is None else [column.table, column.name]


def _value(f: Filter) -> Any:
    if f.kind == "date":
        return [f.value[0].isoformat(), f.value[1].isoformat()]
    return list(f.value) if isinstance(f.value, tuple | list) else f.value


def encode(s: Structured, chart: str | None, confidence: float) -> dict[str, Any]:
    """Everything needed to rebuild the plan, as JSON-safe values (columns as [table, name])."""
    m = s.measure
    return {
        "mode": s.mode, "base": s.base, "grain": s.grain, "date": _ref(s.date),
        "measure": None if m is None else {"table": m.table, "column": _ref(m.column), "agg": m.agg,
                                           "word": m.word, "distinct": _ref(m.distinct),
                                           "defaulted": m.defaulted},
        "groups": [_ref(c) for c in s.groups],
        "filters": [{"kind": f.kind, "column": _ref(f.column), "op": f.op, "value": _value(f),
                     "other": _ref(f.other), "label": f.label, "having": f.having} for f in s.filters],
        "order": s.order, "limit": s.limit, "list_columns": [_ref(c) for c in s.list_columns],
        "entity": None if s.entity is None else {"table": s.entity.table, "word": s.entity.word,
                                                 "key": s.entity.key, "value": s.entity.value},
        "counts_days": s.counts_days, "chart": chart, "confidence": round(confidence, 3),
    }


class _Missing(Exception):
    """The stored plan names a table or column the catalog no longer has."""


def _column(index: SchemaIndex, ref: list[str] | None) -> ColumnInfo | None:
    if ref is None:
        return None
    table = index.tables.get(ref[0])
    found = next((c for c in table.columns if c.name == ref[1]), None) if table else None
    if found is None:
        raise _Missing(ref)
    return found


def _decoded_value(kind: str, op: str, value: Any) -> Any:
    if kind == "date":
        return (dt.date.fromisoformat(value[0]), dt.date.fromisoformat(value[1]))
    if op == "between":
        return tuple(value)
    return value


def needed_tables(s: Structured) -> list[str]:
    """The tables a plan's filters, groups and trend date live in (joined to its base)."""
    needed = [f.column.table for f in s.filters] + [f.other.table for f in s.filters if f.other]
    return needed + [c.table for c in s.groups] + ([s.date.table] if s.date and s.mode == "trend" else [])


def decode(data: dict[str, Any], index: SchemaIndex) -> Structured | None:
    """The plan again, on the current catalog; None when it no longer fits (a table or column is gone)."""
    try:
        if data.get("base") not in index.tables:
            return None
        m = data.get("measure")
        measure = None if m is None else Measure(m["table"], _column(index, m["column"]), m["agg"], m["word"],
                                                 _column(index, m["distinct"]), m["defaulted"])
        filters = [Filter(f["kind"], _column(index, f["column"]), f["op"],  # type: ignore[arg-type]
                          _decoded_value(f["kind"], f["op"], f["value"]), _column(index, f["other"]),
                          f["label"], f["having"]) for f in data.get("filters", [])]
        e = data.get("entity")
        s = Structured(data["mode"], data["base"], measure, [_column(index, g) for g in data["groups"]],  # type: ignore[misc]
                       data.get("grain"), _column(index, data.get("date")), filters, data.get("order"),
                       data.get("limit"), [_column(index, c) for c in data.get("list_columns", [])],  # type: ignore[misc]
                       None if e is None else Entity(e["table"], e["word"], e["key"], e["value"]),
                       counts_days=bool(data.get("counts_days")))
    except (_Missing, KeyError, TypeError, ValueError, IndexError):
        return None
    joins = joins_for(index, s.base, needed_tables(s))
    if joins is None:
        return None
    s.joins = joins
    return s
