"""The Settings page's form: answering engine, model, address, key, temperature, timeout, instructions.

The form's widgets use `settings_form_*` keys; their values live in a draft (`settings_draft`) that
survives visits to other pages (Streamlit forgets a widget's state once a run does not draw it). The form
offers only what the operator's `API_LLM_CONFIG` allows (`engine.offered_models`), and saving asks the same
`LLMPolicy.admit` the API does. A key is never written back into the page: the key field is emptied on save
and the page only says that a key is set.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from agent.analysts.llm.config import DEFAULT_TEMPERATURE, DEFAULT_TIMEOUT, KEY_ENV, MAX_TIMEOUT
from agent.analysts.llm.policy import MODE_ENV
from agent.contract.errors import AgentError
from webui import engine
from webui.i18n import Language, t

FORM = "settings_form_"
PROVIDER, MODEL, BASE_URL, API_KEY = f"{FORM}provider", f"{FORM}model", f"{FORM}base_url", f"{FORM}api_key"
CLEAR_KEY, TEMPERATURE, TIMEOUT, PROMPT = f"{FORM}clear_key", f"{FORM}temperature", f"{FORM}timeout", f"{FORM}prompt"
DRAFT_KEY = "settings_draft"
ERROR_KEY = "settings_error"
NOTICE_KEY = "settings_notice"
MAX_PROMPT = 4000

MODEL_HINTS = {"openai": "gpt-4o-mini", "anthropic": "claude-sonnet-4-5", "ollama": "llama3.1",
               "openai-compatible": "Qwen2.5-7B-Instruct"}
URL_HINTS = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com",
             "ollama": "http://localhost:11434", "openai-compatible": "http://localhost:8000/v1"}


DRAFTED = (PROVIDER, MODEL, BASE_URL, TEMPERATURE, TIMEOUT, PROMPT)
"""The fields kept in the draft (not the key)."""


def _from_saved() -> dict[str, Any]:
    """The form's values for the saved settings (defaults when nothing is saved); never the key."""
    config = engine.saved() or {}
    provider = str(config.get("provider") or engine.OFFLINE)
    return {
        PROVIDER: provider if provider in engine.ENGINES else engine.OFFLINE,
        MODEL: str(config.get("model") or ""),
        BASE_URL: str(config.get("base_url") or ""),
        TEMPERATURE: float(config.get("temperature", DEFAULT_TEMPERATURE)),
        TIMEOUT: float(config.get("timeout", DEFAULT_TIMEOUT)),
        PROMPT: str(st.session_state.get(engine.PROMPT_KEY) or ""),
    }


def _draft() -> dict[str, Any]:
    """The form as last edited: the saved settings plus unsaved edits, kept while other pages are open."""
    if not isinstance(st.session_state.get(DRAFT_KEY), dict):
        st.session_state[DRAFT_KEY] = _from_saved()
    return st.session_state[DRAFT_KEY]


def _fill_widgets(offered: dict[str, list[str]]) -> None:
    """Give the widgets the draft's values before they are drawn, within what is `offered`.

    Streamlit forgets a widget's value once a run does not draw it (another page was open), so the
    values live in the draft and are handed back on every run; each widget's change updates the draft.
    The key field is never filled: it starts empty.
    """
    draft = _draft()
    if draft[PROVIDER] not in offered:
        draft[PROVIDER] = engine.OFFLINE
    models = offered[draft[PROVIDER]]
    if models and draft[MODEL] not in models:
        draft[MODEL] = models[0]
    for key in DRAFTED:
        st.session_state[key] = draft[key]
    st.session_state.setdefault(API_KEY, "")
    st.session_state.setdefault(CLEAR_KEY, False)


def _keep(key: str) -> None:
    _draft()[key] = st.session_state[key]


def _kept_key(provider: str, base_url: str) -> str | None:
    """The saved key, when it was saved for this same provider and address (a key never follows elsewhere)."""
    config = engine.saved() or {}
    same = config.get("provider") == provider and (config.get("base_url") or "") == base_url.strip()
    return config.get("api_key") if same and config.get("api_key") else None


def form_config(offered: dict[str, list[str]]) -> dict[str, Any]:
    """The `llm_config` the form's current values describe (the typed key, else the kept one).

    A model picked from the server's list goes without an address or key (the server's are used).
    """
    draft = _draft()
    provider, base_url = draft[PROVIDER], draft[BASE_URL] or ""
    if offered.get(provider):
        return engine.build_config(provider, draft[MODEL] or "", "", None, draft[TEMPERATURE], draft[TIMEOUT])
    typed = (st.session_state.get(API_KEY) or "").strip()
    key = typed or (None if st.session_state.get(CLEAR_KEY) else _kept_key(provider, base_url))
    return engine.build_config(provider, draft[MODEL] or "", base_url, key, draft[TEMPERATURE], draft[TIMEOUT])


def _redacted(message: str, config: dict[str, Any]) -> str:
    """An error message with the key cut out, should any validator ever echo it."""
    key = str(config.get("api_key") or "")
    return message.replace(key, "**********") if key else message


def _save(language: Language) -> None:
    """Keep the form's settings if the operator's rule admits them; else keep the old ones and say why."""
    rule = engine.policy()
    config = form_config(engine.offered_models(rule))
    st.session_state.pop(NOTICE_KEY, None)
    try:
        admitted = rule.admit(config)
    except AgentError as exc:  # InvalidRequest or LLMConfigRefused, with a message fit for people and no key
        st.session_state[ERROR_KEY] = _redacted(exc.words(language), config)
        return
    st.session_state.pop(ERROR_KEY, None)
    config = admitted or config
    engine.save(config, _draft()[PROMPT])
    st.session_state[DRAFT_KEY] = _from_saved()
    st.session_state[API_KEY] = ""  # the key is never sent back to the browser
    st.session_state[CLEAR_KEY] = False
    st.session_state[NOTICE_KEY] = t("settings_saved", language, name=engine.name_of(config, language))


def _reset(language: Language) -> None:
    """Forget the saved settings and empty the form."""
    engine.forget()
    for key in (DRAFT_KEY, API_KEY, CLEAR_KEY, ERROR_KEY):
        st.session_state.pop(key, None)
    st.session_state[NOTICE_KEY] = t("settings_reset_done", language, name=engine.describe(language))


def _draw_address_and_key(provider: str, language: Language) -> None:
    """Model, base URL and key fields, for a rule that lets a visitor name them (`any`)."""
    left, right = st.columns(2)
    with left:
        st.text_input(t("settings_model", language), key=MODEL, placeholder=MODEL_HINTS.get(provider, ""),
                      on_change=_keep, args=(MODEL,))
    with right:
        label = "settings_base_url_required" if provider == "openai-compatible" else "settings_base_url"
        st.text_input(t(label, language), key=BASE_URL, placeholder=URL_HINTS.get(provider, ""),
                      on_change=_keep, args=(BASE_URL,))
    st.text_input(t("settings_api_key", language), key=API_KEY, type="password", autocomplete="off")
    if _kept_key(provider, _draft()[BASE_URL]):
        st.caption(t("settings_key_set", language))
        st.checkbox(t("settings_clear_key", language), key=CLEAR_KEY)
    else:
        st.caption(t("settings_key_env", language, env=KEY_ENV[provider]))


def draw_settings(language: Language) -> None:
    """The whole form, within what the operator's rule offers, its notices and the engine that answers now."""
    rule = engine.policy()
    offered = engine.offered_models(rule)
    _fill_widgets(offered)
    st.caption(t("settings_caption", language))
    if engine.saved() is None:
        default = engine.server_default()
        if default and str(default.get("provider", "")).strip().lower() != engine.OFFLINE:
            st.info(t("settings_default_note", language, name=engine.name_of(default, language)),
                    icon=":material/dns:")

    provider = st.selectbox(t("settings_engine", language), list(offered), key=PROVIDER,
                            on_change=_keep, args=(PROVIDER,),
                            format_func=lambda choice: t(f"engine.{choice}", language),
                            help=t("settings_engine_help", language))
    st.caption(t(f"settings_rule_{rule.mode}", language, setting=MODE_ENV))
    if provider != engine.OFFLINE:
        if offered[provider]:
            st.selectbox(t("settings_model", language), offered[provider], key=MODEL, on_change=_keep,
                         args=(MODEL,))
        else:
            _draw_address_and_key(provider, language)
        left, right = st.columns(2)
        with left:
            st.slider(t("settings_temperature", language), min_value=0.0, max_value=2.0, step=0.1, key=TEMPERATURE,
                      on_change=_keep, args=(TEMPERATURE,))
        with right:
            st.number_input(t("settings_timeout", language), min_value=1.0, max_value=MAX_TIMEOUT, step=5.0,
                            key=TIMEOUT, on_change=_keep, args=(TIMEOUT,))
    st.text_area(t("settings_prompt", language), key=PROMPT, max_chars=MAX_PROMPT, height=100,
                 help=t("settings_prompt_help", language), on_change=_keep, args=(PROMPT,))

    with st.container(horizontal=True):
        st.button(t("settings_save", language), key="settings_save", type="primary", icon=":material/save:",
                  on_click=_save, args=(language,))
        st.button(t("settings_reset", language), key="settings_reset", icon=":material/restart_alt:",
                  on_click=_reset, args=(language,))

    if st.session_state.get(ERROR_KEY):
        st.error(t("settings_invalid", language, error=st.session_state[ERROR_KEY]), icon=":material/error:")
    elif st.session_state.get(NOTICE_KEY):
        st.success(st.session_state[NOTICE_KEY], icon=":material/check_circle:")
    st.caption(t("settings_active", language, name=engine.describe(language)))
