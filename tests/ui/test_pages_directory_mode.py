"""webui.navigation's one workaround still holds: Streamlit's private `pages/`-folder flag.

The flag still exists and still decides whether a page's address runs the page alone or the app's
`st.navigation` router. Fails the day it changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from tests.helpers.app_test import TIMEOUT

ROUTER = """
import streamlit as st

st.session_state.setdefault("runs", []).append("router")
st.navigation([st.Page("pages/home.py", default=True), st.Page("pages/other.py")]).run()
"""
HOME = """
import streamlit as st

st.session_state.setdefault("runs", []).append("home")
"""
OTHER = """
import streamlit as st

from webui.navigation import leave_pages_directory_mode

st.session_state.setdefault("runs", []).append("other")
if {leave} and leave_pages_directory_mode():
    st.rerun()
"""


def _app(folder: Path, leave: bool) -> AppTest:
    """An app shaped like ours: an entry script with `st.navigation` and a `pages/` folder beside it."""
    (folder / "pages").mkdir()
    (folder / "streamlit_app.py").write_text(ROUTER, encoding="utf-8")
    (folder / "pages" / "home.py").write_text(HOME, encoding="utf-8")
    (folder / "pages" / "other.py").write_text(OTHER.format(leave=leave), encoding="utf-8")
    return AppTest.from_file(str(folder / "streamlit_app.py"), default_timeout=TIMEOUT)


@pytest.fixture(autouse=True)
def _restore_the_flag(monkeypatch):
    monkeypatch.setattr(PagesManager, "uses_pages_directory", PagesManager.uses_pages_directory)


def test_a_pages_folder_beside_the_entry_script_still_turns_the_flag_on(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "streamlit_app.py").write_text(ROUTER, encoding="utf-8")
    PagesManager.uses_pages_directory = None
    PagesManager(str(tmp_path / "streamlit_app.py"), setup_watcher=False)
    assert PagesManager.uses_pages_directory is True


def test_in_that_mode_a_page_address_runs_the_page_without_the_router(tmp_path):
    app = _app(tmp_path, leave=False).run()
    assert app.session_state["runs"] == ["router", "home"]
    app.session_state["runs"] = []
    app.switch_page("pages/other.py").run()  # AppTest starts each run with the flag unset, as a fresh server
    assert not app.exception
    assert app.session_state["runs"] == ["other"], "Streamlit no longer runs a bare page: is the workaround needed?"


def test_turning_the_flag_off_and_rerunning_goes_through_the_router(tmp_path):
    app = _app(tmp_path, leave=True).run()
    app.session_state["runs"] = []
    app.switch_page("pages/other.py").run()
    assert not app.exception
    assert app.session_state["runs"] == ["other", "router", "other"]
    assert PagesManager.uses_pages_directory is False
