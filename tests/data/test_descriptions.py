"""Descriptions YAML: parsed, merged, shown in the catalog, and a synonym in a question finds its column."""

from __future__ import annotations

import pytest

from agent.analysts.llm.prompts import describe_catalog
from agent.contract.errors import InvalidRequest
from agent.data.catalog import load_descriptions, parse_descriptions
from tests.helpers.answers import final_event, result_map
from tests.helpers.sample import SAMPLE
from webui import data_actions
from webui.data_actions import handle_uploads

KPI = b"rgn_cd,amt_krw,dt\nSeoul,1000,2025-01-02\nBusan,2500,2025-01-05\nSeoul,700,2025-02-01\nDaegu,300,2025-02-03\n"
KPI_YAML = """
kpi:
  description: Sales by region and day
  synonyms: {ko: [실적], en: [sales figures]}
  columns:
    amt_krw: {description: Sales amount, unit: KRW, synonyms: {ko: [매출, 매출액], en: [revenue, sales]}}
    rgn_cd:
      description: Region
      synonyms: 지역, region
"""


def test_the_sample_descriptions_are_read_from_yaml():
    notes = load_descriptions(SAMPLE)
    stock = notes["inventory"]["columns"]["quantity_on_hand"]
    assert {"재고", "재고량", "stock", "on hand"} <= set(stock["synonyms"])
    assert stock["unit"] == "pcs"
    assert set(notes) == {"inventory", "parts", "stock_movements", "suppliers", "warehouses"}
    assert notes["stock_movements"]["columns"]["movement_type"]["values"]["shipment"] == ["출고", "출하", "outbound",
                                                                                          "shipped"]


def test_the_catalog_carries_synonyms_units_and_value_names(sample_agent):
    column = sample_agent.catalog.table("inventory").column("quantity_on_hand")
    assert "재고량" in column.synonyms and column.unit == "pcs" and "(unit: pcs)" in column.description
    movement = sample_agent.catalog.table("stock_movements").column("movement_type")
    assert "shipment = 출고, 출하" in movement.description
    text = describe_catalog(sample_agent.catalog)
    assert "also called: 재고, 재고량" in text and "shipment = 출고" in text


def test_a_synonym_in_a_question_maps_to_its_column(data_agent, user):
    handle_uploads(data_agent, user, [("kpi.csv", KPI)])
    guessed = final_event(data_agent, "지역별 매출", user)["data"]  # no column is called 매출 yet: a loose guess
    reasons = guessed["confidence_reasons"]
    assert guessed["confidence_score"] < 0.8 and any("loosely" in r or "느슨" in r for r in reasons)
    assert data_actions.set_descriptions(data_agent, user, KPI_YAML) == ("ok", "", 1)
    column = data_agent.workspace(user).catalog.table("kpi").column("amt_krw")
    assert column.synonyms == ("매출", "매출액", "revenue", "sales") and column.unit == "KRW"
    expected = {"Busan": 2500, "Seoul": 1700, "Daegu": 300}
    named = final_event(data_agent, "지역별 매출", user)
    assert result_map(named) == expected and named["data"]["confidence_score"] >= 0.8
    assert result_map(final_event(data_agent, "revenue by region", user)) == expected
    assert final_event(data_agent, "total revenue", user)["data"]["table_data"]["rows"] == [[4500]]
    assert data_agent.workspaces.descriptions_text(user) == KPI_YAML


def test_user_descriptions_extend_the_samples_and_can_be_removed(data_agent, user):
    data_actions.set_descriptions(data_agent, user, "inventory:\n  description: Our stock\n")
    workspace = data_agent.workspace(user)
    inventory = workspace.catalog.table("inventory")
    assert inventory.description == "Our stock"
    assert "재고" in inventory.column("quantity_on_hand").synonyms, "the sample's column notes stay"
    assert data_actions.set_descriptions(data_agent, user, "")[0] == "ok"
    assert data_agent.workspace(user).catalog.table("inventory").description.startswith("Current stock")


@pytest.mark.parametrize("text, message", [
    ("kpi: [unclosed", "not valid YAML (line 1)"),
    ("- a\n- b\n", "must map table names"),
    ("kpi:\n  columns:\n    a: 3\n", "column kpi.a must be a mapping"),
])
def test_bad_descriptions_are_refused_with_a_reason(data_agent, user, text, message):
    status, reason, _ = data_actions.set_descriptions(data_agent, user, text)
    assert status == "error" and message in reason
    with pytest.raises(InvalidRequest):
        data_agent.workspaces.set_descriptions(user, text)


def test_json_descriptions_still_work(tmp_path):
    (tmp_path / "descriptions.json").write_text('{"t": {"synonyms": ["x"], "columns": {"c": {"synonyms": ["y"]}}}}')
    notes = load_descriptions(tmp_path)
    assert notes["t"]["synonyms"] == ["x"] and notes["t"]["columns"]["c"]["synonyms"] == ["y"]
    assert parse_descriptions("tables:\n  t:\n    synonyms: [a, b]\n")["t"]["synonyms"] == ["a", "b"]
