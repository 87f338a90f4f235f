"""The Settings page: the answering engine reaches the agent, keys never reach the page, bad settings are refused."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import CHAT_PAGE, CHAT_SCRIPT, FAKES, SETTINGS_PAGE, TIMEOUT, ask, messages, page_text
from webui import engine, settings_form
from webui.agent_source import FACTORY_ENV, get_agent

KEY = "sk-test-Zq8wN3vKp7Rm2XyT"
BASE_URL = "http://127.0.0.1:8000/v1"


@pytest.fixture
def settings_app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on the settings page, with an agent that records what each question was asked with."""
    monkeypatch.setenv(FACTORY_ENV, f"{FAKES}:config_recording_agent")
    monkeypatch.delenv("CHATBOT_LLM_CONFIG", raising=False)
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    app.switch_page(SETTINGS_PAGE).run()
    assert not app.exception
    return app


def _fill(app: AppTest, provider: str, **fields: object) -> AppTest:
    app.selectbox(key=settings_form.PROVIDER).set_value(provider).run()
    for name, value in fields.items():
        widget = {"model": app.text_input(key=settings_form.MODEL),
                  "base_url": app.text_input(key=settings_form.BASE_URL),
                  "api_key": app.text_input(key=settings_form.API_KEY),
                  "prompt": app.text_area(key=settings_form.PROMPT),
                  "temperature": app.slider(key=settings_form.TEMPERATURE),
                  "timeout": app.number_input(key=settings_form.TIMEOUT)}[name]
        widget.set_value(value)
    return app


def _save(app: AppTest) -> AppTest:
    app.button(key="settings_save").click().run()
    assert not app.exception
    return app


def test_openai_compatible_settings_reach_the_agent_and_the_key_never_shows(settings_app):
    app = _fill(settings_app, "openai-compatible", model="local-model", base_url=BASE_URL, api_key=KEY,
                temperature=0.3, timeout=45.0, prompt="Answer in one sentence.")
    app = _save(app)
    assert not app.error
    assert "Saved" in app.success[0].value
    assert app.text_input(key=settings_form.API_KEY).value == ""  # the key field is emptied on save
    assert any("A key is set" in c.value for c in app.caption)
    assert KEY not in page_text(app)

    app.switch_page(CHAT_SCRIPT).run()
    app = ask(app, "창고별 재고")
    assert not app.exception
    assert len(messages(app, "assistant")[0].dataframe) == 1
    request = get_agent().requests[-1]
    assert request["llm_config"] == {"provider": "openai-compatible", "model": "local-model", "base_url": BASE_URL,
                                     "api_key": KEY, "temperature": 0.3, "timeout": 45.0}
    assert request["custom_prompt"] == "Answer in one sentence."
    text = page_text(app)
    assert KEY not in text
    assert app.sidebar.get("page_link")[0].proto.label == "Engine: OpenAI-compatible"
    assert "local-model · 127.0.0.1:8000" in [c.value for c in app.sidebar.caption]
    assert KEY not in str(app.session_state["chat_turns"])


def test_a_saved_key_is_kept_for_the_same_server_and_dropped_for_another(settings_app):
    app = _save(_fill(settings_app, "openai-compatible", model="m", base_url=BASE_URL, api_key=KEY))
    app = _save(_fill(app, "openai-compatible", model="m2"))  # key field left empty: keep the key
    assert app.session_state[engine.SAVED_KEY]["api_key"] == KEY
    app = _save(_fill(app, "ollama", model="llama3.1", base_url="http://127.0.0.1:11434"))
    assert "api_key" not in app.session_state[engine.SAVED_KEY], "a key must not follow to another server"
    assert KEY not in page_text(app)


def test_invalid_settings_show_an_error_and_keep_the_old_ones(settings_app):
    app = _save(_fill(settings_app, "openai-compatible", model="local-model", api_key=KEY))  # no base URL
    assert len(app.error) == 1
    assert "base_url is required" in app.error[0].value
    assert engine.SAVED_KEY not in app.session_state
    assert KEY not in page_text(app)

    app = _save(_fill(app, "openai", model="gpt-4o-mini", base_url="ftp://example.com"))
    assert "must start with http:// or https://" in app.error[0].value

    app = _save(_fill(app, "anthropic", model=""))
    assert "model is required" in app.error[0].value
    assert engine.SAVED_KEY not in app.session_state


def test_offline_is_the_default_and_can_be_chosen(settings_app):
    app = settings_app
    assert app.selectbox(key=settings_form.PROVIDER).value == "offline"
    assert not app.text_input  # no model, address or key fields for the offline analyst
    assert any("Now answering: Offline analyst" in c.value for c in app.caption)
    app = _save(app)
    assert app.session_state[engine.SAVED_KEY] == {"provider": "offline"}
    app.switch_page(CHAT_SCRIPT).run()
    ask(app, "stock by warehouse")
    assert get_agent().requests[-1] == {"llm_config": {"provider": "offline"}, "custom_prompt": None}


def test_nothing_saved_leaves_the_server_default(monkeypatch):
    monkeypatch.setenv(FACTORY_ENV, f"{FAKES}:config_recording_agent")
    monkeypatch.setenv("CHATBOT_LLM_CONFIG", '{"provider": "openai", "model": "gpt-4o-mini", "api_key": "sk-env"}')
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    assert app.sidebar.get("page_link")[0].proto.label == "Engine: OpenAI (server default)"
    assert "gpt-4o-mini" in [c.value for c in app.sidebar.caption]
    ask(app, "stock by warehouse")
    assert get_agent().requests[-1] == {"llm_config": None, "custom_prompt": None}
    assert "sk-env" not in page_text(app)


def test_reset_forgets_the_saved_settings(settings_app):
    app = _save(_fill(settings_app, "openai", model="gpt-4o-mini", api_key=KEY))
    assert app.session_state[engine.SAVED_KEY]["provider"] == "openai"
    app.button(key="settings_reset").click().run()
    assert engine.SAVED_KEY not in app.session_state
    assert app.selectbox(key=settings_form.PROVIDER).value == "offline"


def test_engine_names_never_carry_secrets_from_the_address():
    config = {"provider": "openai-compatible", "model": "m", "base_url": "https://user:pw@gw.example.com:8443/v1?key=x"}
    assert engine.name_of(config, "en") == "OpenAI-compatible · m · gw.example.com:8443"
    assert engine.build_config("offline", "m", "u", KEY) == {"provider": "offline"}
    assert engine.build_config("openai", " gpt ", "", "  ") == {"provider": "openai", "model": "gpt"}


def test_saved_settings_are_shown_again_after_visiting_another_page(settings_app):
    app = _save(_fill(settings_app, "ollama", model="llama3.1", base_url="http://127.0.0.1:11434", api_key=KEY,
                      prompt="Be brief."))
    app.switch_page(CHAT_SCRIPT).run()
    app.switch_page(SETTINGS_PAGE).run()
    assert not app.exception
    assert app.selectbox(key=settings_form.PROVIDER).value == "ollama"
    assert app.text_input(key=settings_form.MODEL).value == "llama3.1"
    assert app.text_input(key=settings_form.BASE_URL).value == "http://127.0.0.1:11434"
    assert app.text_input(key=settings_form.API_KEY).value == ""
    assert app.text_area(key=settings_form.PROMPT).value == "Be brief."
    assert any("A key is set" in c.value for c in app.caption)
    assert KEY not in page_text(app)
