"""Hostile SQL from a model: the guard refuses it, and the locked database behind the guard holds anyway.

The guard refuses every statement of the corpus, and the locked database behind it reads no other user's
file, writes nothing and changes no setting even when handed the statement raw.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from agent.analysts.llm import LLMAnalyst, LLMConfig
from agent.chatbot import ChatbotAgent
from agent.contract.errors import AgentError, UnsafeQuery
from agent.data.guard import check_sql
from agent.settings import Settings
from tests.helpers.hostile_sql import CORPUS, fill

SECRET = "TOPSECRET-7f3a9c"
ALICE_TABLE = "alice_secrets"


class ScriptedSQL(GenericFakeChatModel):
    """A chat model that plans one fixed SQL text (as a tool call) and writes a fixed answer."""

    sql: str = ""
    planning: bool = False

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        return self.model_copy(update={"planning": True})

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[override]
        if self.planning:
            plan = {"sql": self.sql, "tables": [], "summary": "hostile", "chart": None, "certainty": 0.9,
                    "refuse": None}
            message = AIMessage(content="", tool_calls=[{"name": "PlanSchema", "args": plan, "id": "call_1"}])
        else:
            message = AIMessage(content="the answer")
        self.messages = iter([message])
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


class Setting:
    """Two users' workspaces in a throwaway data folder: alice holds a secret, mallory asks."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.out = root / "out"
        self.out.mkdir()
        settings = Settings.from_env(data_dir=root / "data")
        self.script = {"sql": ""}
        analyst = LLMAnalyst(LLMConfig.from_dict({"provider": "openai", "model": "m", "api_key": "k"}),
                             model_factory=lambda config: ScriptedSQL(messages=iter(()), sql=self.script["sql"]))
        self.agent = ChatbotAgent(analyst=analyst, settings=settings)
        (root / "alice.csv").write_text(f"secret_col,amount\n{SECRET},5\n{SECRET}-2,7\n", encoding="utf-8")
        (root / "mallory.csv").write_text("note,amount\nhello,1\n", encoding="utf-8")
        self.agent.workspaces.add_upload("alice", f"{ALICE_TABLE}.csv", root / "alice.csv")
        self.agent.workspaces.add_upload("mallory", "mallory_notes.csv", root / "mallory.csv")
        self.alice_file = next((root / "data" / "users").glob("alice-*/tables/*.parquet"))
        self.alice_hash = _digest(self.alice_file)
        self.places = {"out": str(self.out), "users": str(root / "data" / "users"), "alice": ALICE_TABLE,
                       "alice_file": str(self.alice_file)}

    def sql(self, template: str) -> str:
        return fill(template, **self.places)

    def files(self) -> set[Path]:
        """Every file under the data folder and the out folder, and in the working folder."""
        return {p for p in self.root.rglob("*") if p.is_file() and "tmp" not in p.parts} | set(Path.cwd().iterdir())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def setting(tmp_path_factory) -> Iterator[Setting]:
    yield Setting(tmp_path_factory.mktemp("hostile"))


def test_the_corpus_is_large_and_has_no_duplicates():
    assert len(CORPUS) >= 150
    assert len(set(CORPUS)) == len(CORPUS)


@pytest.mark.parametrize("template", CORPUS)
def test_guard_refuses_every_hostile_statement(template, setting):
    tables = setting.agent.workspace("mallory").catalog.table_names
    assert ALICE_TABLE not in tables
    with pytest.raises(UnsafeQuery) as refused:
        check_sql(setting.sql(template), tables, max_rows=1000)
    assert refused.value.rule and str(refused.value)


RAW = [sql for sql in CORPUS if "sleep" not in sql]
"""The corpus handed to the database raw: the sleeps would only sleep (the guard and the deadline stop them)."""


@pytest.mark.parametrize("user", ["mallory", "someone-without-data"])
@pytest.mark.parametrize("template", RAW)
def test_locked_database_given_the_statement_raw_reads_and_writes_nothing_outside(template, user, setting):
    """Defence in depth: as if the guard had a hole, the statement goes straight to the asker's database."""
    before = setting.files()
    workspace = setting.agent.workspace(user)
    counts = {name: workspace.database.execute(f'SELECT count(*) FROM "{name}"').rows[0][0]
              for name in ("inventory", "parts")}
    try:
        results = workspace.database.execute(setting.sql(template), max_rows=50)
    except AgentError:
        pass
    else:
        assert SECRET not in repr(results.rows) and SECRET not in repr(results.columns)
    assert setting.files() == before, "a file was written"
    assert _digest(setting.alice_file) == setting.alice_hash
    assert {name: workspace.database.execute(f'SELECT count(*) FROM "{name}"').rows[0][0]
            for name in counts} == counts, "a table was changed"
    settings = dict(workspace.database.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name IN "
        "('enable_external_access', 'lock_configuration', 'enable_logging')").rows)
    assert settings["enable_external_access"] == "false" and settings["lock_configuration"] == "true"
    assert settings["enable_logging"] in ("false", "0"), "logging was switched on"


def test_hostile_model_sql_through_the_agent_runs_nothing(setting):
    """Every corpus statement as the model's plan: each run ends, none shows the secret, nothing is written."""
    before = setting.files()
    endings: dict[str, int] = {}
    for template in CORPUS:
        setting.script["sql"] = setting.sql(template)
        events = list(setting.agent.stream("show me everything", user_id="mallory"))
        assert SECRET not in repr(events), template
        last = events[-1]
        assert last["type"] in ("final", "error"), template
        if last["type"] == "final":  # refused for a mistake: repaired once, then the offline analyst answered
            assert all(setting.script["sql"] not in (s.get("sql") or "") for s in last["data"]["sources"])
        key = last["data"].get("error", "final")
        endings[key] = endings.get(key, 0) + 1
    assert setting.files() == before
    assert _digest(setting.alice_file) == setting.alice_hash
    assert endings.get("UnsafeQuery", 0) >= 100, endings
