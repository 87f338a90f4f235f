"""Navigation: Chat, Data and Settings by title (not file name), every page registered, no developer toolbar."""

from __future__ import annotations

import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers.app_test import CHAT_PAGE, CHAT_SCRIPT, DATA_PAGE, PAGE_AGENTS, REPO_ROOT, SETTINGS_PAGE, TIMEOUT
from webui.agent_source import FACTORY_ENV
from webui.navigation import PAGES


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:scripted_agent")
    return AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()


def _menu(app: AppTest) -> list[tuple[str, str, str]]:
    # AppTest has no public view of st.navigation's menu; its page registry, as of the first run, is what
    # the menu is drawn from (later runs of the same AppTest also list the entry script).
    return [(page["page_name"], page["url_pathname"], page["icon"]) for page in app._registered_pages.values()]


def test_the_menu_shows_page_titles_with_icons(app):
    assert not app.exception
    assert _menu(app) == [("Chat", "", ":material/forum:"), ("Data", "Data", ":material/table:"),
                          ("Settings", "Settings", ":material/settings:"),
                          ("Conversations", "Conversations", ":material/history:")]
    assert app.title[0].value == "Data Chat"  # the chat page is the home page


def test_the_menu_follows_the_interface_language(monkeypatch):
    monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:scripted_agent")
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT)
    app.session_state["chat_language"] = "ko"
    app.run()
    assert app.title[0].value == "데이터 채팅"
    assert [name for name, _, _ in _menu(app)] == ["채팅", "데이터", "설정", "대화 기록"]
    assert [url for _, url, _ in _menu(app)] == ["", "Data", "Settings", "Conversations"]  # addresses do not change


@pytest.mark.parametrize(("page", "title"), [(CHAT_SCRIPT, "Data Chat"), (DATA_PAGE, "Data"),
                                              (SETTINGS_PAGE, "Settings"),
                                              ("pages/3_Conversations.py", "Conversations")])
def test_every_page_opens(app, page, title):
    app.switch_page(page).run()
    assert not app.exception
    assert app.title[0].value == title


def test_every_page_script_is_in_the_menu():
    scripts = sorted(str(path.relative_to(REPO_ROOT)) for path in (REPO_ROOT / "pages").glob("*.py"))
    assert scripts == sorted(entry.path for entry in PAGES), "add new pages to webui/navigation.py PAGES"


def test_no_deploy_button():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] in ("minimal", "viewer")
