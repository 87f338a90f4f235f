"""Download buttons for one answer (table, chart, SQL) and for the whole conversation (HTML, Markdown).

Every file is made only when its button is clicked: `st.download_button` gets a no-argument callable
(deferred generation, run by Streamlit on its own thread), so redrawing fifty earlier answers renders no
PNG, SVG or workbook. `on_click="ignore"` keeps a download from rerunning the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import streamlit as st

import exports
from webui import turns as turn_state
from webui.i18n import Language, t

CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TITLE_CHARS = 60


class FileOffer(NamedTuple):
    """One downloadable file: its kind (csv, xlsx, png, svg, sql, html, md), name, type and maker."""

    kind: str
    file_name: str
    mime: str
    make: Callable[[], bytes | str]


def export_turn(turn: turn_state.Turn) -> dict[str, Any]:
    """A stored turn in the shape `exports` reads: {"question", "final", "error", "stopped"}."""
    status = turn.get("status")
    return {"question": turn.get("question") or "",
            "final": turn.get("final") if status == "final" else None,
            "error": turn.get("error") if status == "error" else None,
            "stopped": status == "stopped"}


def _has_table(final: dict[str, Any]) -> bool:
    table = final.get("table_data")
    return bool(table and table.get("columns"))


def _has_sql(final: dict[str, Any]) -> bool:
    return any(isinstance(s, dict) and str(s.get("sql") or "").strip() for s in final.get("sources") or [])


def answer_files(final: dict[str, Any], question: str) -> list[FileOffer]:
    """What one answer offers: its table as CSV and Excel, its chart as PNG and SVG, its SQL."""
    offers: list[FileOffer] = []
    if _has_table(final):
        table = final["table_data"]
        offers.append(FileOffer("csv", exports.export_filename(question, "csv"), CSV_MIME,
                                lambda: exports.table_csv(table)))
        offers.append(FileOffer("xlsx", exports.export_filename(question, "xlsx"), XLSX_MIME,
                                lambda: exports.table_xlsx(table)))
    if final.get("chart_data"):
        chart = final["chart_data"]
        offers.append(FileOffer("png", exports.export_filename(question, "png"), "image/png",
                                lambda: exports.chart_png(chart)))
        offers.append(FileOffer("svg", exports.export_filename(question, "svg"), "image/svg+xml",
                                lambda: exports.chart_svg(chart)))
    if _has_sql(final):
        offers.append(FileOffer("sql", exports.export_filename(question, "sql"), "application/sql",
                                lambda: exports.sql_text(final)))
    return offers


ICONS = {"csv": ":material/csv:", "xlsx": ":material/table_view:", "png": ":material/image:",
         "svg": ":material/image:", "sql": ":material/code:", "html": ":material/article:",
         "md": ":material/description:"}


def _button(offer: FileOffer, label: str, key: str) -> None:
    st.download_button(label, data=offer.make, file_name=offer.file_name, mime=offer.mime, key=key,
                       on_click="ignore", icon=ICONS.get(offer.kind), width="stretch")


def draw_answer_downloads(final: dict[str, Any], question: str, language: Language, key: str) -> None:
    """A small "Download" menu under an answer; nothing when the answer has nothing to download."""
    offers = answer_files(final, question)
    if not offers:
        return
    with st.popover(t("downloads", language), icon=":material/download:"):
        for offer in offers:
            _button(offer, t(f"download.{offer.kind}", language), f"{key}_{offer.kind}")


def report_title(questions: list[str], language: Language) -> str:
    """`Data Chat: <first question>`, shortened."""
    first = " ".join((questions[0] if questions else "").split())
    if len(first) > TITLE_CHARS:
        first = first[:TITLE_CHARS - 1].rstrip() + "…"
    return t("report_title", language, question=first) if first else t("title", language)


def conversation_files(live_turns: list[turn_state.Turn], language: Language) -> list[FileOffer]:
    """The whole conversation as an HTML report and as Markdown, read when the button is clicked.

    `live_turns` is the session's own list, so an answer finished after the buttons were drawn is
    included; an answer still streaming is left out.
    """

    def finished() -> list[dict[str, Any]]:
        return [export_turn(turn) for turn in list(live_turns) if turn.get("status") != "pending"]

    def title() -> str:
        return report_title([turn.get("question") or "" for turn in list(live_turns)], language)

    name = t("title", language)  # the file name is fixed when drawn, maybe before the first question
    return [
        FileOffer("html", exports.export_filename(name, "html"), "text/html",
                  lambda: exports.conversation_html(finished(), title())),
        FileOffer("md", exports.export_filename(name, "md"), "text/markdown",
                  lambda: exports.conversation_markdown(finished(), title())),
    ]


def draw_conversation_downloads(language: Language, asking: bool = False) -> None:
    """The conversation's report buttons, once it has a question (or is `asking` its first one)."""
    live_turns = turn_state.turns()
    if not live_turns and not asking:
        return
    for offer in conversation_files(live_turns, language):
        _button(offer, t(f"download.{offer.kind}", language), f"chat_download_{offer.kind}")
