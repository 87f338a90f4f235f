"""The Settings page: the answering engine reaches the agent, keys never reach the page, bad settings are refused."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from agent.analysts.llm.config import KEY_ENV
from tests.helpers.app_test import CHAT_PAGE, CHAT_SCRIPT, PAGE_AGENTS, SETTINGS_PAGE, TIMEOUT, ask, messages, page_text
from webui import engine, settings_form
from webui.agent_source import FACTORY_ENV, get_agent

KEY = "sk-test-Zq8wN3vKp7Rm2XyT"
BASE_URL = "http://127.0.0.1:8000/v1"


def _settings_page(monkeypatch: pytest.MonkeyPatch, rule: str, **env: str) -> AppTest:
    """The app on the settings page under `API_LLM_CONFIG=rule`.

    Its agent records what each question was asked with.
    """
    monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:config_recording_agent")
    monkeypatch.setenv("API_LLM_CONFIG", rule)
    for name in ("CHATBOT_LLM_CONFIG", "API_LLM_MODELS", *KEY_ENV.values()):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    app = AppTest.from_file(str(CHAT_PAGE), default_timeout=TIMEOUT).run()
    app.switch_page(SETTINGS_PAGE).run()
    assert not app.exception
    return app


@pytest.fixture
def settings_app(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The settings page with `API_LLM_CONFIG=any`: a visitor may name any model and address."""
    return _settings_page(monkeypatch, "any")


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
    app = _save(_fill(app, "ollama", model="llama3.1", base_url=""))
    assert app.session_state[engine.SAVED_KEY]["provider"] == "ollama"
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
    monkeypatch.setenv(FACTORY_ENV, f"{PAGE_AGENTS}:config_recording_agent")
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


SERVER_KEY = "sk-server-Hq4LmT8vXc2Np6Rw"
CONFIGURED = "http://127.0.0.1:8001/v1"
ELSEWHERE = "http://127.0.0.1:9370/v1"
SERVER_DEFAULT = ('{"provider": "openai-compatible", "model": "configured-model", "base_url": "' + CONFIGURED + '"}')


def test_an_address_the_server_was_not_configured_with_needs_its_own_key(monkeypatch):
    app = _settings_page(monkeypatch, "any", OPENAI_COMPATIBLE_API_KEY=SERVER_KEY, CHATBOT_LLM_CONFIG=SERVER_DEFAULT)
    app = _save(_fill(app, "openai-compatible", model="m", base_url=ELSEWHERE))
    assert len(app.error) == 1 and "must bring its own api_key" in app.error[0].value
    assert "API_LLM_CONFIG=any" in app.error[0].value
    assert engine.SAVED_KEY not in app.session_state

    app.session_state["chat_language"] = "ko"
    app = _save(_fill(app.run(), "openai-compatible", model="m", base_url=ELSEWHERE))
    assert "자체 api_key가 있어야 합니다" in app.error[0].value
    assert engine.SAVED_KEY not in app.session_state

    app = _save(_fill(app, "openai-compatible", model="m", base_url=ELSEWHERE, api_key=KEY))  # its own key
    assert not app.error and app.session_state[engine.SAVED_KEY]["api_key"] == KEY
    app = _save(_fill(app, "openai-compatible", model="m", base_url=CONFIGURED, api_key=""))  # the server's own
    assert not app.error and app.session_state[engine.SAVED_KEY] == {
        "provider": "openai-compatible", "model": "m", "base_url": CONFIGURED, "temperature": 0.0, "timeout": 30.0}
    assert SERVER_KEY not in page_text(app)


def test_with_models_the_page_offers_only_the_servers_models_without_address_or_key(monkeypatch):
    app = _settings_page(monkeypatch, "models", OPENAI_COMPATIBLE_API_KEY=SERVER_KEY, CHATBOT_LLM_CONFIG=SERVER_DEFAULT,
                         API_LLM_MODELS="second-model")
    assert app.selectbox(key=settings_form.PROVIDER).options == ["Offline analyst", "OpenAI-compatible"]
    app.selectbox(key=settings_form.PROVIDER).set_value("openai-compatible").run()
    assert app.selectbox(key=settings_form.MODEL).options == ["configured-model", "second-model"]
    assert not app.text_input, "no model, address or key to type: the server's are used"
    assert any("API_LLM_CONFIG=models" in c.value for c in app.caption)
    app.selectbox(key=settings_form.MODEL).set_value("second-model").run()
    app = _save(app)
    assert not app.error
    saved = {"provider": "openai-compatible", "model": "second-model", "base_url": CONFIGURED, "temperature": 0.0,
             "timeout": 30.0}
    assert app.session_state[engine.SAVED_KEY] == saved
    app.switch_page(CHAT_SCRIPT).run()
    ask(app, "stock by warehouse")
    assert get_agent().requests[-1]["llm_config"] == saved
    assert SERVER_KEY not in page_text(app)


@pytest.mark.parametrize(("rule", "env"), [("off", {"CHATBOT_LLM_CONFIG": SERVER_DEFAULT}), ("models", {})])
def test_without_models_to_offer_only_the_offline_analyst_can_be_chosen(monkeypatch, rule, env):
    app = _settings_page(monkeypatch, rule, **env)
    assert app.selectbox(key=settings_form.PROVIDER).options == ["Offline analyst"]
    assert any(f"API_LLM_CONFIG={rule}" in c.value for c in app.caption)
    app = _save(app)
    assert app.session_state[engine.SAVED_KEY] == {"provider": "offline"}
