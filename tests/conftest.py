"""Shared fixtures: users' data in a throwaway folder, the sample-data agent, headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.chatbot import ChatbotAgent
from tests.helpers.browser import launch


@pytest.fixture(scope="session", autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Users' uploads and connections go to a throwaway folder, never to the developer's `var/data`.

    No `.streamlit/secrets.toml` connections are read either; servers started by tests inherit this.
    """
    folder = tmp_path_factory.mktemp("user-data")
    saved = {name: os.environ.get(name) for name in ("CHATBOT_DATA_DIR", "CHATBOT_SECRETS_FILE")}
    os.environ["CHATBOT_DATA_DIR"] = str(folder)
    os.environ["CHATBOT_SECRETS_FILE"] = str(folder / "no-secrets.toml")
    yield folder
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def sample_agent() -> ChatbotAgent:
    """The agent on the bundled sample data with the offline analyst."""
    return ChatbotAgent()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Debian's Chromium, headless, for one test module (its tests skip without /usr/bin/chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
