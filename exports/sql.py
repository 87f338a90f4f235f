"""The SQL behind an answer, as one copyable script."""

from __future__ import annotations

from typing import Any


def sources_with_sql(final: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The answer's sources that carry SQL text, in order, without repeating the same query."""
    seen: set[str] = set()
    result = []
    for source in (final or {}).get("sources") or []:
        if not isinstance(source, dict):
            continue
        sql = str(source.get("sql") or "").strip()
        if sql and sql not in seen:
            seen.add(sql)
            result.append({**source, "sql": sql})
    return result


def source_label(source: dict[str, Any]) -> str:
    """One line naming a source: its name and row count."""
    name = " ".join(str(source.get("name") or source.get("type") or "query").split())
    count = source.get("row_count")
    if isinstance(count, int) and not isinstance(count, bool):
        return f"{name} ({count:,} row{'' if count == 1 else 's'})"
    return name


def sql_text(final: dict[str, Any] | None) -> str:
    """Every source's SQL, each headed by a `--` comment and ended by `;`; "" when there is none."""
    blocks = []
    for source in sources_with_sql(final):
        sql = source["sql"]
        blocks.append(f"-- {source_label(source)}\n{sql}{'' if sql.endswith(';') else ';'}\n")
    return "\n".join(blocks)
