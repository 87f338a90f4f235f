"""The app's pages, in menu order: to add a page, add one line to PAGES."""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from webui.i18n import Language, t


class PageEntry(NamedTuple):
    """One page of the menu: its script, its title's i18n key and its icon."""

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


def require_router() -> None:
    """Rerun a page through streamlit_app.py's `st.navigation` when it was started as a bare `pages/` script.

    With a `pages/` folder beside the entry script, Streamlit starts each server process in its old
    multipage mode and stays there until a run calls `st.navigation`. If the first request after a start
    opens a page's own address (/Data, /Settings), that page would run without the router, under a menu
    built from file names ("streamlit app", ...). Such a run ends that mode and reruns the same address
    through the router. Every page calls this (through its sidebar) before drawing anything.

    Not under AppTest, which starts every run in that mode: there a rerun would drop the run's widget
    triggers (a submitted question), and the bare page draws the same content.
    """
    from streamlit import config

    if not config.get_option("global.appTest") and leave_pages_directory_mode():
        st.rerun()


def leave_pages_directory_mode() -> bool:
    """End Streamlit's `pages/`-folder mode for this process; True when it was on (the run was a bare page).

    Streamlit 1.67 has no public switch for it: `st.navigation` ends the mode, but only once a run has reached
    it, and the `pages/` folder is found beside the entry script whatever the app declares. So this sets the
    flag `st.navigation` sets, `PagesManager.uses_pages_directory`, which the script runner reads before each
    run. tests/ui/test_pages_directory_mode.py fails the day Streamlit changes that flag or its effect.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if not PagesManager.uses_pages_directory:
        return False
    PagesManager.uses_pages_directory = False
    return True


def pages(language: Language) -> list[st.Page]:
    """`st.Page`s for `st.navigation`, titled in the interface language."""
    return [st.Page(entry.path, title=t(entry.title, language), icon=entry.icon, default=number == 0)
            for number, entry in enumerate(PAGES)]
