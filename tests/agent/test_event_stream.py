"""The event contract: order, shapes, one terminal event, JSON round trip."""

from __future__ import annotations

import json

import pandas as pd

from agent.settings import Settings

NODES = ["query_analysis", "data_retrieval", "response_generation"]


def test_headline_question_streams_three_stages_then_final(sample_agent):
    stream = list(sample_agent.stream("ABC-12345 부품의 재고는?"))
    progress = [(e["data"]["node"], e["data"]["status"]) for e in stream if e["type"] == "progress"]
    assert progress == [(n, s) for n in NODES for s in ("in_progress", "completed")]
    assert [e["type"] for e in stream if e["type"] != "token"][-1] == "final"
    assert sum(e["type"] in ("final", "error") for e in stream) == 1
    final = stream[-1]["data"]
    assert set(final) == {"content", "sources", "confidence_score", "table_data", "chart_data",
                          "confidence_reasons", "alternatives", "next_questions"}  # the last 3: additions
    assert final["confidence_reasons"] and all(isinstance(r, str) for r in final["confidence_reasons"])
    assert final["alternatives"] == []  # one reading of the headline
    assert final["next_questions"] and all(isinstance(q, str) for q in final["next_questions"])
    assert "1,000" in final["content"] and "재고" in final["content"]
    assert 0.5 < final["confidence_score"] <= 1
    assert final["sources"] and all(s["type"] == "table" and s["sql"] for s in final["sources"])
    assert {"inventory"} <= {s["name"] for s in final["sources"]}


def test_every_event_has_the_contract_shape_and_survives_json(sample_agent):
    stream = list(sample_agent.stream("stock by warehouse"))
    assert stream and stream[-1]["type"] == "final", stream[-1:]
    for event in stream:
        assert set(event) == {"type", "data"}
        assert event["type"] in {"progress", "token", "final", "error"}
        if event["type"] == "progress":
            assert set(event["data"]) == {"node", "stage", "status", "message"}
            assert event["data"]["message"]
        assert json.loads(json.dumps(event, ensure_ascii=False)) == event


def test_breakdown_answer_carries_table_and_bar_chart_matching_pandas(sample_agent):
    final = list(sample_agent.stream("stock by warehouse"))[-1]["data"]
    inventory = pd.read_csv(Settings().sample_data_dir / "inventory.csv")
    expected = inventory.groupby("warehouse_id")["quantity_on_hand"].sum().sort_values()
    table = final["table_data"]
    assert table["row_count"] == len(expected) and not table["truncated"]
    values = sorted(row[table["columns"].index(table["columns"][-1])] for row in table["rows"])
    assert values == sorted(expected.tolist())
    chart = final["chart_data"]
    assert chart["mark"]["type"] == "bar"
    inline_rows = next(iter(chart["datasets"].values()))
    assert len(inline_rows) == len(expected)


def test_progress_messages_say_what_happened(sample_agent):
    stream = list(sample_agent.stream("ABC-12345 부품의 재고는?"))
    done = {e["data"]["node"]: e["data"]["message"] for e in stream
            if e["type"] == "progress" and e["data"]["status"] == "completed"}
    assert "ABC-12345" in done["query_analysis"]
    assert "ms" in done["data_retrieval"] and "1" in done["data_retrieval"]


def test_empty_question_is_an_invalid_request_error(sample_agent):
    for question in ["", "   ", None, 42]:
        stream = list(sample_agent.stream(question))
        assert [e["type"] for e in stream] == ["error"]
        assert stream[0]["data"]["error"] == "InvalidRequest"


def test_unmapped_question_gets_low_confidence_and_no_invented_number(sample_agent):
    final = list(sample_agent.stream("what is the meaning of life?"))[-1]
    assert final["type"] == "final"
    assert final["data"]["confidence_score"] <= 0.2
    assert final["data"]["table_data"] is None and final["data"]["chart_data"] is None
