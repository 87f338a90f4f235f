"""Renaming, removing and hiding tables; persistence across restarts; each user sees only their own data."""

from __future__ import annotations

import json

import pytest

from agent.chatbot import ChatbotAgent
from agent.data.store import safe_user_id
from tests.helpers.answers import final_event, result_map
from tests.helpers.user_data import data_settings
from webui import data_actions
from webui.data_actions import handle_uploads

VISITS = b"city,visits\nSeoul,10\nBusan,20\nDaegu,5\n"


def test_rename_a_table_and_ask_about_it_by_its_new_name(data_agent, user):
    handle_uploads(data_agent, user, [("visits.csv", VISITS)])
    assert data_actions.rename_table(data_agent, user, "visits", "City Traffic 2025") == ("ok", "city_traffic_2025")
    names = data_agent.workspace(user).catalog.table_names
    assert "city_traffic_2025" in names and "visits" not in names
    event = final_event(data_agent, "total visits by city", user)
    assert result_map(event) == {"Busan": 20, "Seoul": 10, "Daegu": 5}
    assert event["data"]["sources"][0]["name"] == "city_traffic_2025"


@pytest.mark.parametrize("new, message", [
    ("parts", "There is already a table named “parts”"),
    ("other", "There is already a table named “other”"),
    ("!!!", "cannot be a table name"),
    ("", "cannot be a table name"),
])
def test_rename_refuses_names_in_use_and_empty_names(data_agent, user, new, message):
    handle_uploads(data_agent, user, [("visits.csv", VISITS), ("other.csv", VISITS)])
    status, text = data_actions.rename_table(data_agent, user, "visits", new)
    assert status == "error" and message in text
    assert "visits" in data_agent.workspace(user).catalog.table_names


def test_sample_tables_can_be_hidden_not_renamed_or_removed(data_agent, user):
    assert data_actions.rename_table(data_agent, user, "parts", "my_parts")[0] == "error"
    status, text = data_actions.remove_table(data_agent, user, "inventory")
    assert status == "error" and "hide it instead" in text
    assert data_actions.set_sample_hidden(data_agent, user, "stock_movements", True) == ("ok", "stock_movements")
    workspace = data_agent.workspace(user)
    assert "stock_movements" not in workspace.catalog.table_names
    assert workspace.hidden_samples == ("stock_movements",)
    assert "stock_movements" in data_agent.workspace("another-user").catalog.table_names
    hidden = final_event(data_agent, "monthly shipments", user)
    assert hidden["type"] == "final" and hidden["data"]["table_data"] is None, hidden  # nothing left to answer from
    assert "stock_movements" not in json.dumps(hidden["data"]["sources"]), hidden["data"]["sources"]
    shown = final_event(data_agent, "monthly shipments", "another-user")
    assert [s["name"] for s in shown["data"]["sources"]] == ["stock_movements"], shown
    data_actions.set_sample_hidden(data_agent, user, "stock_movements", False)
    assert "stock_movements" in data_agent.workspace(user).catalog.table_names


def test_remove_a_table_deletes_its_file(data_agent, user):
    handle_uploads(data_agent, user, [("visits.csv", VISITS)])
    folder = data_agent.workspaces.store.folder(user)
    assert len(list(folder.tables_dir.glob("*.parquet"))) == 1
    assert data_actions.remove_table(data_agent, user, "visits") == ("ok", "visits")
    assert "visits" not in data_agent.workspace(user).catalog.table_names
    assert list(folder.tables_dir.glob("*.parquet")) == []
    assert data_actions.remove_table(data_agent, user, "visits")[0] == "error"


def test_a_run_keeps_the_workspace_it_started_with(data_agent, user):
    handle_uploads(data_agent, user, [("visits.csv", VISITS)])
    before = data_agent.workspace(user)
    data_actions.rename_table(data_agent, user, "visits", "traffic")
    after = data_agent.workspace(user)
    assert after is not before and after.revision > before.revision
    assert before.database.execute("SELECT sum(visits) FROM visits").rows == [(35,)]
    assert data_agent.workspace(user) is after, "a built workspace is reused until the next change"


def test_a_new_agent_on_the_same_folder_sees_each_users_tables(tmp_path):
    settings = data_settings(tmp_path)
    first = ChatbotAgent(settings=settings)
    handle_uploads(first, "alice@example.com", [("visits.csv", VISITS)])
    data_actions.set_sample_hidden(first, "alice@example.com", "suppliers", True)
    handle_uploads(first, "bob", [("other.csv", b"k,v\na,1\n")])

    restarted = ChatbotAgent(settings=settings)
    alice = restarted.workspace("alice@example.com")
    assert "visits" in alice.catalog.table_names and "suppliers" not in alice.catalog.table_names
    assert "other" not in alice.catalog.table_names
    assert result_map(final_event(restarted, "total visits by city", "alice@example.com"))["Busan"] == 20
    assert "visits" not in restarted.workspace("bob").catalog.table_names
    assert "visits" not in restarted.workspace("local").catalog.table_names
    assert "visits" not in restarted.catalog.table_names
    assert (tmp_path / "users" / safe_user_id("alice@example.com") / "manifest.json").is_file()


def test_a_change_made_by_another_process_is_seen(tmp_path):
    settings = data_settings(tmp_path)
    one, two = ChatbotAgent(settings=settings), ChatbotAgent(settings=settings)
    handle_uploads(one, "carol", [("visits.csv", VISITS)])
    assert "visits" in two.workspace("carol").catalog.table_names
    data_actions.rename_table(one, "carol", "visits", "traffic")
    assert "traffic" in two.workspace("carol").catalog.table_names


def test_user_folders_are_safe_and_distinct():
    assert safe_user_id("local").startswith("local-")
    assert safe_user_id("../../etc/passwd").startswith("etc_passwd-")
    assert safe_user_id("a@b.com") != safe_user_id("a_b.com")
    assert "/" not in safe_user_id("x/y") and len(safe_user_id("z" * 500)) < 60


def test_a_damaged_manifest_falls_back_to_the_shared_data(tmp_path):
    agent = ChatbotAgent(settings=data_settings(tmp_path))
    handle_uploads(agent, "dave", [("visits.csv", VISITS)])
    manifest_path = agent.workspaces.store.folder("dave").manifest_path
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"][0]["facts"] = {"broken": True}
    manifest["revision"] += 1
    manifest_path.write_text(json.dumps(manifest))
    assert agent.workspace("dave") is agent.workspaces.base
    assert final_event(agent, "ABC-12345 부품의 재고는?", "dave")["data"]["table_data"]["rows"] == [[1000]]
