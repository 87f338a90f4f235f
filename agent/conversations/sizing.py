"""A turn made to fit the bytes a conversation keeps of it: the first rows of its table, its chart if small."""

from __future__ import annotations

from typing import Any

from agent.data.cells import cut_text, json_bytes, row_bytes

CHART_SHARE = 4
"""A chart taking more than a quarter of a stored turn's bytes is left out of the stored turn."""
TEXT_SHARE = 8
"""When even a turn without its chart and rows is too big, each of its texts keeps an eighth of the bytes."""
STORED = "stored"
"""`truncated_reason` of a stored table that keeps fewer rows than the answer showed."""


def fitted(turn: dict[str, Any], max_bytes: int | None) -> dict[str, Any]:
    """`turn` within `max_bytes` of JSON.

    As it is when it fits; else without a large chart and with the rows of its table that fit (marked
    truncated, `truncated_reason` "stored"); at last with its texts cut too.
    """
    if max_bytes is None or json_bytes(turn) <= max_bytes:
        return turn
    final = dict(turn.get("final") or {})
    if final.get("chart_data") and json_bytes(final["chart_data"]) * CHART_SHARE > max_bytes:
        final["chart_data"] = None
    table = final.get("table_data")
    if isinstance(table, dict) and table.get("rows"):
        without_rows = {**turn, "final": {**final, "table_data": {**table, "rows": [], "truncated_reason": STORED}}}
        final["table_data"] = rows_that_fit(table, max_bytes - json_bytes(without_rows))
    turn = {**turn, "final": final or turn.get("final")}
    return turn if json_bytes(turn) <= max_bytes else texts_cut(turn, max_bytes)


def rows_that_fit(table: dict[str, Any], room: int) -> dict[str, Any]:
    """The table with the first rows whose JSON takes at most `room` bytes; marked truncated if rows were left."""
    kept, used = [], 0
    for row in table["rows"]:
        used += row_bytes(row)
        if used > room:
            break
        kept.append(row)
    if len(kept) == len(table["rows"]):
        return table
    return {**table, "rows": kept, "row_count": len(kept), "truncated": True, "truncated_reason": STORED}


def texts_cut(turn: dict[str, Any], max_bytes: int) -> dict[str, Any]:
    """The turn without chart or rows, its question, answer text and SQL each cut to a share of `max_bytes`."""
    share = max(64, max_bytes // TEXT_SHARE)

    def cut(text: Any) -> Any:
        return cut_text(text, share)[0] if isinstance(text, str) else text

    final = turn.get("final")
    if isinstance(final, dict):
        table = final.get("table_data")
        if isinstance(table, dict):
            table = {**table, "rows": [], "row_count": 0, "truncated": True, "truncated_reason": STORED}
        sources = [{**s, "sql": cut(s.get("sql"))} if isinstance(s, dict) else s for s in final.get("sources") or []]
        final = {**final, "content": cut(final.get("content")), "sources": sources, "table_data": table,
                 "chart_data": None}
    plan = turn.get("plan")
    if isinstance(plan, dict):
        plan = {**plan, "summary": cut(plan.get("summary")), "sql": cut(plan.get("sql")),
                "details": plan.get("details") if json_bytes(plan.get("details")) <= share else {}}
    return {**turn, "question": cut(turn.get("question")), "plan": plan, "final": final}
