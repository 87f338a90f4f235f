"""Fixtures for page tests: AppTest on the chat and data pages, with the agent chosen by DATA_CHAT_AGENT."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from webui.agent_source import FACTORY_ENV

REPO_ROOT = Path(__file__).resolve().parents[2]
CHAT_PAGE = REPO_ROOT / "streamlit_app.py"
"""The app's entry point: navigation, then the chat page (the default page)."""
CHAT_SCRIPT = "pages/0_Chat.py"
DATA_PAGE = "pages/1_Data.py"
SETTINGS_PAGE = "pages/2_Settings.py"
TIMEOUT = 60

FAKES = "tests.ui.fakes"


@pytest.fixture
def chat_app(monkeypatch: pytest.MonkeyPatch) -> Callable[..., AppTest]:
    """Start the chat page, on the real agent or on `tests.ui.fakes:<fake>`; run once."""

    def start(fake: str | None = None) -> AppTest:
        if fake:
            monkeypatch.setenv(FACTORY_ENV, f"{FAKES}:{fake}")
        else:
            monkeypatch.delenv(FACTORY_ENV, raising=False)
        app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT)
        app.run()
        assert not app.exception
        return app

    return start


def messages(app: AppTest, name: str) -> list:
    """The chat bubbles of one author ("user" or "assistant"), in order."""
    return [m for m in app.chat_message if m.name == name]


def ask(app: AppTest, question: str, **run: float) -> AppTest:
    """Type a question into the chat input and submit it."""
    return app.chat_input[0].set_value(question).run(**run)


def page_text(app: AppTest) -> str:
    """Every element and block of the page as protobuf text: labels, values, captions, code, help."""
    parts: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        for child in (getattr(node, "children", None) or {}).values():
            walk(child)

    walk(app._tree)
    return "\n".join(parts)
