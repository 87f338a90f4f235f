"""A conversation as one self-contained, print-friendly HTML file (charts as inline SVG, no network)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from typing import Any
from xml.etree.ElementTree import ParseError

from exports.cells import confidence_text, format_cell, is_numeric, rows_note
from exports.charts import ChartExportError, chart_svg
from exports.safe_markdown import markdown_to_html
from exports.sql import source_label, sources_with_sql
from exports.svg_inline import inline_svg

MAX_TABLE_ROWS = 200
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")

# Nothing may load or run: no scripts, no requests; only the inline styles below.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo",
    "Malgun Gothic", sans-serif;
  word-break: keep-all; overflow-wrap: anywhere; }
header.report { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; }
header.report h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.meta, .note, .sources li, .confidence { color: var(--muted); font-size: .85rem; }
article.turn { border-bottom: 1px solid var(--line); padding: 1rem 0 1.25rem; }
h2.question { font-size: 1.1rem; margin: 0 0 .75rem; display: flex; gap: .6rem; align-items: baseline; }
h2.question .qno { flex: none; color: #fff; background: var(--accent); border-radius: 4px; padding: 0 .4rem;
  font-size: .8rem; }
h2.question .qtext { white-space: pre-wrap; }
.answer table, table.data { border-collapse: collapse; margin: .5rem 0; font-size: .85rem; }
.answer th, .answer td, table.data th, table.data td { border: 1px solid var(--line); padding: .25rem .5rem;
  text-align: left; vertical-align: top; }
.answer th, table.data th { background: var(--soft); }
table.data td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-wrap { overflow-x: auto; }
figure.chart { margin: .75rem 0; }
figure.chart svg { max-width: 100%; height: auto; }
pre { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
  white-space: pre-wrap; font-size: .8rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK KR", monospace; }
.sources h3 { font-size: .9rem; margin: .75rem 0 .25rem; }
.sources ul { margin: 0 0 .5rem; padding-left: 1.2rem; }
.error { border-left: 4px solid #cf222e; background: #ffebe9; padding: .5rem .75rem; }
.stopped { border-left: 4px solid #9a6700; background: #fff8c5; padding: .5rem .75rem; }
.unanswered { color: var(--muted); font-style: italic; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2.question .qno { color: var(--ink); background: none; border: 1px solid var(--ink); }
  article.turn { break-inside: auto; }
  h2.question, figure.chart, tr, pre { break-inside: avoid; }
  h2.question { break-after: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  a { color: inherit; }
}
"""


def _lang(title: str, turns: list[dict[str, Any]]) -> str:
    texts = [title] + [str(t.get("question") or "") + str((t.get("final") or {}).get("content") or "") for t in turns]
    return "ko" if any(_HANGUL.search(text) for text in texts) else "en"


def html_table(table_data: dict[str, Any], max_rows: int = MAX_TABLE_ROWS) -> str:
    """An escaped HTML table (numbers right-aligned), capped at `max_rows` with a note saying so."""
    columns = [str(c) for c in table_data.get("columns") or []]
    if not columns:
        return ""
    rows = table_data.get("rows") or []
    shown = rows[:max_rows]
    head = "".join(f"<th scope=\"col\">{escape(c)}</th>" for c in columns)
    body = []
    for row in shown:
        padded = list(row)[: len(columns)] + [None] * (len(columns) - len(row))
        cells = "".join(
            ("<td class=\"num\">" if is_numeric(v) else "<td>") + escape(format_cell(v)) + "</td>" for v in padded
        )
        body.append(f"<tr>{cells}</tr>")
    note = rows_note(table_data, len(shown))
    return (
        f"<div class=\"table-wrap\"><table class=\"data\"><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>" + (f"<p class=\"note\">{escape(note)}</p>" if note else "")
    )


def _chart_figure(spec: dict[str, Any], number: int) -> str:
    title = spec.get("title")
    title = title.get("text") if isinstance(title, dict) else title
    label = " ".join(title) if isinstance(title, list) else str(title or f"Chart for question {number}")
    try:
        svg = inline_svg(chart_svg(spec), id_prefix=f"q{number}-", label=label)
    except (ChartExportError, ParseError) as exc:
        reason = (str(exc).splitlines() or [""])[0][:200]
        return f"<p class=\"note\">The chart could not be rendered: {escape(reason)}</p>"
    return f"<figure class=\"chart\">{svg}</figure>"


def _sources(final: dict[str, Any]) -> str:
    named = [s for s in final.get("sources") or [] if isinstance(s, dict)]
    if not named:
        return ""
    items = "".join(f"<li>{escape(source_label(s))}</li>" for s in named)
    sql = "".join(
        f"<pre class=\"sql\"><code class=\"language-sql\">{escape(s['sql'])}</code></pre>"
        for s in sources_with_sql(final)
    )
    return f"<section class=\"sources\"><h3>Sources</h3><ul>{items}</ul>{sql}</section>"


def _turn_html(number: int, turn: dict[str, Any], max_rows: int) -> str:
    question = str(turn.get("question") or "").strip() or "(no question)"
    parts = [
        f"<article class=\"turn\" id=\"q{number}\">",
        f"<h2 class=\"question\"><span class=\"qno\">Q{number}</span>"
        f"<span class=\"qtext\">{escape(question)}</span></h2>",
    ]
    final = turn.get("final")
    if final:
        parts.append(f"<div class=\"answer\">{markdown_to_html(final.get('content') or '')}</div>")
        confidence = confidence_text(final.get("confidence_score"))
        if confidence:
            parts.append(f"<p class=\"confidence\">Confidence: <strong>{confidence}</strong></p>")
        if isinstance(final.get("chart_data"), dict) and final["chart_data"]:
            parts.append(_chart_figure(final["chart_data"], number))
        table = final.get("table_data")
        if table and table.get("columns"):
            parts.append(html_table(table, max_rows))
        parts.append(_sources(final))
    error = turn.get("error")
    if error:
        parts.append(
            f"<div class=\"error\"><strong>Error</strong> (<code>{escape(str(error.get('error') or 'error'))}</code>): "
            f"{escape(str(error.get('message') or ''))}</div>"
        )
    if turn.get("stopped"):
        parts.append("<p class=\"stopped\">Stopped before the answer was finished.</p>")
    if not final and not error and not turn.get("stopped"):
        parts.append("<p class=\"unanswered\">No answer.</p>")
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def conversation_html(
    turns: list[dict[str, Any]],
    title: str,
    generated_at: dt.datetime | None = None,
    lang: str | None = None,
    max_rows: int = MAX_TABLE_ROWS,
) -> str:
    """The whole conversation as one HTML document; `lang` defaults to "ko" when any text has Hangul."""
    title = str(title or "Conversation")
    when = generated_at or dt.datetime.now().astimezone()
    count = f"{len(turns)} question{'' if len(turns) == 1 else 's'}"
    stamp = f"<time datetime=\"{when.isoformat(timespec='seconds')}\">{when:%Y-%m-%d %H:%M}</time>"
    body = "\n".join(_turn_html(i, turn, max_rows) for i, turn in enumerate(turns, start=1))
    return f"""<!DOCTYPE html>
<html lang="{escape(lang or _lang(title, turns))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="data-chat exports">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header class="report"><h1>{escape(title)}</h1>
<p class="meta">Exported {stamp} · {count}</p>
</header>
<main>
{body}
</main>
</body>
</html>
"""
