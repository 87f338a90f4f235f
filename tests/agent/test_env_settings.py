"""agent.env_settings: the one loader of Settings (CHATBOT_*) and ApiSettings (API_*), typed by the fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.settings import Settings
from api.settings import ApiSettings


def test_agent_settings_take_each_type_from_its_field(monkeypatch):
    monkeypatch.setenv("CHATBOT_MAX_RESULT_ROWS", " 25 ")
    monkeypatch.setenv("CHATBOT_DEADLINE_SECONDS", "2.5")
    monkeypatch.setenv("CHATBOT_DATA_DIR", "/tmp/somewhere")
    monkeypatch.setenv("CHATBOT_DUCKDB_MEMORY_LIMIT", "1GB")
    monkeypatch.setenv("CHATBOT_MAX_COLUMNS", "  ")  # blank: the default stays
    settings = Settings.from_env(max_chart_bytes=7)
    assert (settings.max_result_rows, settings.deadline_seconds) == (25, 2.5)
    assert settings.data_dir == Path("/tmp/somewhere") and settings.duckdb_memory_limit == "1GB"
    assert settings.max_columns == Settings().max_columns and settings.max_chart_bytes == 7


@pytest.mark.parametrize(("variable", "value", "kind"), [("CHATBOT_MAX_RESULT_ROWS", "many", "int"),
                                                          ("CHATBOT_MAX_RESULT_ROWS", "2.5", "int"),
                                                          ("CHATBOT_DEADLINE_SECONDS", "soon", "float")])
def test_a_bad_agent_setting_names_its_variable(monkeypatch, variable, value, kind):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=f"^{variable}='{value}' is not a valid {kind}$"):
        Settings.from_env()


def test_api_settings_optional_numbers_lists_and_their_own_parsers():
    settings = ApiSettings.from_env({"API_MAX_BODY_BYTES": "4096", "API_LLM_MODELS": " a, ,openai:b ",
                                     "API_LLM_CONFIG": "ANY", "CORS_ORIGINS": "https://x.example/,"})
    assert settings.max_body_bytes == 4096 and settings.llm_models == ("a", "openai:b")
    assert settings.llm_config_policy == "any" and settings.cors_origins == ("https://x.example",)
    with pytest.raises(ValueError, match="^API_MAX_BODY_BYTES='big' is not a valid int$"):
        ApiSettings.from_env({"API_MAX_BODY_BYTES": "big"})
