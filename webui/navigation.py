"""The app's pages, in menu order: to add a page, add one line to PAGES."""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from webui.i18n import Language, t


class PageEntry(NamedTuple):
    path: str
    """The page script, relative to streamlit_app.py; its URL is the file name without the number prefix."""
    title: str
    """An i18n key for the menu title."""
    icon: str


PAGES: tuple[PageEntry, ...] = (
    PageEntry("pages/0_Chat.py", "nav.chat", ":material/forum:"),  # the first page is the home page, at /
    PageEntry("pages/1_Data.py", "nav.data", ":material/table:"),
    PageEntry("pages/2_Settings.py", "nav.settings", ":material/settings:"),
    PageEntry("pages/3_Conversations.py", "nav.conversations", ":material/history:"),
)
CHAT_PAGE = PAGES[0].path
SETTINGS_PAGE = "pages/2_Settings.py"


def pages(language: Language) -> list[st.Page]:
    """`st.Page`s for `st.navigation`, titled in the interface language."""
    return [st.Page(entry.path, title=t(entry.title, language), icon=entry.icon, default=number == 0)
            for number, entry in enumerate(PAGES)]
