"""Pages under AppTest: the scripts, asking in the chat input, a role's chat bubbles, and the page's text."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

REPO_ROOT = Path(__file__).resolve().parents[2]
CHAT_PAGE = REPO_ROOT / "streamlit_app.py"
"""The app's entry point: navigation, then the chat page (the default page)."""
CHAT_SCRIPT = "pages/0_Chat.py"
DATA_PAGE = "pages/1_Data.py"
SETTINGS_PAGE = "pages/2_Settings.py"
TIMEOUT = 60

PAGE_AGENTS = "tests.helpers.page_agents"
"""The module of agent factories that pages under test are pointed at (webui.agent_source's variable)."""


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
