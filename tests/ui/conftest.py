"""Fixtures for page tests: AppTest on the chat and data pages, with the agent chosen by DATA_CHAT_AGENT."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers.app_test import CHAT_PAGE, PAGE_AGENTS, TIMEOUT
from webui.agent_source import FACTORY_ENV


@pytest.fixture
def chat_app(monkeypatch: pytest.MonkeyPatch) -> Callable[..., AppTest]:
    """Start the chat page, on the real agent or on `tests.helpers.page_agents:<fake>`; run once."""

    def start(fake: str | None = None) -> AppTest:
        if fake:
            monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:{fake}")
        else:
            monkeypatch.delenv(FACTORY_ENV, raising=False)
        app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT)
        app.run()
        assert not app.exception
        return app

    return start
