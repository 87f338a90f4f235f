"""A conversation as one Markdown document: questions, answers, tables, sources and SQL."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from exports.cells import confidence_text, format_cell, is_numeric, rows_note
from exports.markdown_escape import safe_markdown
from exports.sql import source_label, sources_with_sql

MAX_TABLE_ROWS = 50
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def escape_text(text: Any) -> str:
    """Literal text in Markdown: backslash-escape characters that would format, link or open HTML."""
    return _SPECIAL.sub(r"\\\1", str(text))


def fenced(text: str, lang: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run inside the text."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lang}\n{text.rstrip()}\n{fence}"


def markdown_table(table_data: dict[str, Any], max_rows: int = MAX_TABLE_ROWS) -> str:
    """A GitHub-flavoured Markdown table (numbers right-aligned), capped at `max_rows` with a note."""
    columns = [str(c) for c in table_data.get("columns") or []]
    if not columns:
        return ""
    rows = table_data.get("rows") or []
    shown = rows[:max_rows]

    def cell(value: Any) -> str:
        return escape_text(" ".join(format_cell(value).split())) or " "

    numeric = [
        any(is_numeric(r[i]) for r in shown if i < len(r))
        and all(is_numeric(r[i]) or r[i] is None for r in shown if i < len(r))
        for i in range(len(columns))
    ]
    lines = [
        "| " + " | ".join(cell(c) for c in columns) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    for row in shown:
        padded = list(row)[: len(columns)] + [None] * (len(columns) - len(row))
        lines.append("| " + " | ".join(cell(v) for v in padded) + " |")
    note = rows_note(table_data, len(shown))
    return "\n".join(lines) + (f"\n\n_{note}_" if note else "")


def _turn_markdown(number: int, turn: dict[str, Any], max_rows: int) -> str:
    question = str(turn.get("question") or "").strip()
    quoted = "\n".join("> " + escape_text(line) for line in (question or "(no question)").splitlines())
    parts = [f"## Q{number}", quoted]
    final = turn.get("final")
    if final:
        content = safe_markdown(str(final.get("content") or "").strip())
        if content:
            parts.append(content)
        confidence = confidence_text(final.get("confidence_score"))
        if confidence:
            parts.append(f"**Confidence:** {confidence}")
        table = final.get("table_data")
        if table and table.get("columns"):
            parts.append(markdown_table(table, max_rows))
        if final.get("chart_data"):
            parts.append("_A chart accompanies this answer (see the HTML report or the PNG export)._")
        sources = sources_with_sql(final)
        named = [s for s in final.get("sources") or [] if isinstance(s, dict)]
        if named:
            parts.append("**Sources**\n\n" + "\n".join(f"- {escape_text(source_label(s))}" for s in named))
        for source in sources:
            parts.append(fenced(source["sql"], "sql"))
    error = turn.get("error")
    if error:
        kind = escape_text(error.get("error") or "error")
        parts.append(f"> **Error** ({kind}): {escape_text(error.get('message') or '')}".rstrip())
    if turn.get("stopped"):
        parts.append("_Stopped before the answer was finished._")
    if not final and not error and not turn.get("stopped"):
        parts.append("_No answer._")
    return "\n\n".join(parts)


def conversation_markdown(
    turns: list[dict[str, Any]],
    title: str,
    generated_at: dt.datetime | None = None,
    max_rows: int = MAX_TABLE_ROWS,
) -> str:
    """The whole conversation as Markdown; tables capped at `max_rows` (and it says so)."""
    when = generated_at or dt.datetime.now().astimezone()
    count = f"{len(turns)} question{'' if len(turns) == 1 else 's'}"
    header = [f"# {escape_text(title or 'Conversation')}", f"_Exported {when:%Y-%m-%d %H:%M} · {count}_"]
    body = [_turn_markdown(i, turn, max_rows) for i, turn in enumerate(turns, start=1)]
    return "\n\n---\n\n".join(["\n\n".join(header), *body]) + "\n"
