"""The analyst's parts: words, patterns, formatting, joins, confidence, charts, speed."""

from __future__ import annotations

import datetime as dt

import pytest

from agent.analysts.offline.confidence import answer_confidence, plan_confidence
from agent.analysts.offline.extract import extract
from agent.analysts.offline.formatting import josa, number
from agent.analysts.offline.joins import joins_for, shortest_path
from agent.analysts.offline.schema_index import index_for
from agent.analysts.offline.words import KO_KEYS, segment, singular, split_name, tokenize


@pytest.mark.parametrize(("word", "expected"), [
    ("parts", "part"), ("categories", "category"), ("warehouses", "warehouse"), ("boxes", "box"),
    ("status", "status"), ("glass", "glass"), ("days", "day"), ("sales", "sale"),
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_names_split_into_words():
    assert split_name("quantity_on_hand") == ("quantity", "on", "hand")
    assert split_name("unitCost") == ("unit", "cost")
    assert split_name("Stock Movements") == ("stock", "movement")


@pytest.mark.parametrize(("word", "stems", "particle"), [
    ("재고는", ["재고"], "는"), ("창고별", ["창고"], "별"), ("출고량", ["출고", "량"], ""),
    ("재주문점보다", ["재주문점"], "보다"), ("총재고는", ["총", "재고"], "는"), ("비가", ["비"], "가"),
])
def test_korean_words_split_into_stems_and_particles(word, stems, particle):
    assert segment(word, KO_KEYS) == (stems, particle)


def test_tokens_carry_group_and_comparison_markers():
    tokens = tokenize("창고별 재고가 재주문점보다 적은 warehouse_id별")
    assert [(t.norm, t.group, t.compare_link) for t in tokens] == [
        ("창고", True, False), ("재고", False, False), ("재주문점", False, True), ("적은", False, False),
        ("warehouse_id", True, False)]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("shipments in 2025", dt.date(2025, 1, 1), dt.date(2026, 1, 1)),
    ("2025년 3월 출고량", dt.date(2025, 3, 1), dt.date(2025, 4, 1)),
    ("between 2025-03-01 and 2025-05-31", dt.date(2025, 3, 1), dt.date(2025, 6, 1)),
    ("2025-03-01부터 2025-05-31까지", dt.date(2025, 3, 1), dt.date(2025, 6, 1)),
    ("rain on Jan 5 2013", dt.date(2013, 1, 5), dt.date(2013, 1, 6)),
    ("from March 2024 to May 2024", dt.date(2024, 3, 1), dt.date(2024, 6, 1)),
    ("2024-12", dt.date(2024, 12, 1), dt.date(2025, 1, 1)),
])
def test_dates_and_ranges(text, start, end):
    (period,) = extract(text).periods
    assert (period.start, period.end) == (start, end)


def test_top_n_thresholds_and_ids():
    found = extract("top 5 parts with quantity over 2,000 in 2024 for ABC-12345")
    assert found.top == (5, "desc") and found.ids == [("ABC-12345", 49)]
    assert [(t.op, t.value) for t in found.thresholds] == [(">", 2000)]
    assert [p.label for p in found.periods] == ["2024"]
    assert extract("재고가 가장 적은 부품 3개").top == (3, None)
    assert [(t.op, t.value) for t in extract("재고가 100개 미만").thresholds] == [("<", 100)]
    assert [(t.op, t.value) for t in extract("100개보다 많은").thresholds] == [(">", 100)]
    assert extract("ABC-12345의 재고").ids == [("ABC-12345", 0)]


def test_numbers_and_korean_particles():
    assert [number(v) for v in (1000, 1000.0, 1234.5, 0.125, -3)] == ["1,000", "1,000", "1,234.50", "0.12", "-3"]
    assert josa("재고", "은/는") == "재고는" and josa("수량", "은/는") == "수량은"
    assert josa("stock", "이/가") == "stock이" and josa("3", "은/는") == "3은"


def test_join_paths_follow_shared_id_columns(sample):
    index = index_for(sample.catalog, sample.database)
    assert index.tables["parts"].key == "part_id" and index.tables["inventory"].key is None
    assert shortest_path(index, "inventory", "suppliers") == ["inventory", "parts", "suppliers"]
    steps = joins_for(index, "inventory", ["warehouses", "parts"])
    assert [(s.parent, s.table, s.columns) for s in steps] == [
        ("inventory", "parts", ("part_id",)), ("inventory", "warehouses", ("warehouse_id",))]


def test_index_is_built_once_per_catalog(sample):
    assert index_for(sample.catalog, sample.database) is index_for(sample.catalog, sample.database)


def test_confidence_formula_is_bounded():
    assert plan_confidence(5, 5, []) == 0.95
    assert plan_confidence(5, 5, [("aggregate assumed", 0.05)]) == 0.9
    assert plan_confidence(1, 4, [("ambiguous", 0.1)]) == pytest.approx(0.25)
    assert plan_confidence(0, 0, [("x", 5.0)]) == 0.0
    assert answer_confidence(0.9, empty=True, truncated=False) == 0.45
    assert answer_confidence(0.9, empty=False, truncated=True) == 0.81


def test_unknown_words_lower_confidence(sample):
    clean, _, _ = sample.ask("stock by warehouse")
    noisy, _, answer = sample.ask("stock by warehouse zorblax quuxly")
    assert noisy.confidence < clean.confidence - 0.2
    assert "zorblax" in answer.content  # named as not used


def test_ambiguous_columns_lower_confidence(envs):
    plan, _, _ = envs["seattle"].ask("average temperature")
    assert plan.sql is not None and plan.confidence < 0.9
    assert any("several columns" in p for p in plan.details["penalties"])


@pytest.mark.parametrize(("question", "mark", "x", "y"), [
    ("stock by warehouse", "bar", "warehouse_id", "total_quantity_on_hand"),
    ("monthly shipments", "line", "month", "total_quantity"),
])
def test_chart_hints_name_result_columns(sample, question, mark, x, y):
    plan, results, _ = sample.ask(question)
    assert (plan.chart.mark, plan.chart.x, plan.chart.y) == (mark, x, y)
    assert {x, y} <= set(results.columns)


def test_trend_by_group_colours_the_lines(sample):
    plan, results, _ = sample.ask("monthly shipments by warehouse")
    assert (plan.chart.mark, plan.chart.x, plan.chart.color) == ("line", "month", "warehouse_id")
    assert results.columns == ["month", "warehouse_id", "total_quantity"]


def test_details_carry_what_the_writer_needs(sample):
    plan, _, _ = sample.ask("ABC-12345 부품의 재고는?")
    d = plan.details
    assert (d["measure"], d["aggregate"], d["mode"]) == ("quantity_on_hand", "sum", "value")
    assert d["entity"] == {"table": "parts", "word": "부품", "value": "ABC-12345"}
    assert plan.tables == ["inventory"]


def test_ids_are_looked_up_in_key_tables_first_then_in_referring_ones():
    from agent.analysts.offline import OfflineAnalyst
    from agent.analysts.offline.lookup import _searched
    from agent.data.catalog import build_catalog
    from agent.data.database import Database
    from tests.helpers.sample import SAMPLE

    database = Database.from_folder(SAMPLE)
    database.load("INSERT INTO inventory VALUES ('ZZZ-99999', 'WH-A', 7, 1, DATE '2025-01-01')")
    catalog = build_catalog(database)
    index = index_for(catalog, database)
    assert ("parts", "part_id") in _searched(index) and ("inventory", "part_id") not in _searched(index)
    analyst = OfflineAnalyst()
    plan = analyst.plan("stock of ZZZ-99999", catalog, database, [], "en")  # only in inventory
    assert plan.params == ["ZZZ-99999"] and database.execute(plan.sql, plan.params).rows == [(7,)]
    plan = analyst.plan("stock of abc-12345", catalog, database, [], "en")
    assert plan.params == ["ABC-12345"] and database.execute(plan.sql, plan.params).rows == [(1000,)]
