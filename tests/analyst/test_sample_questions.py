"""Every question shape on the sample inventory data, in Korean and English, checked against pandas."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers.analyst_checks import CHECKS


def inv(f):
    return f["inventory"]


def moves(f, kind=None):
    m = f["stock_movements"].assign(movement_date=lambda d: pd.to_datetime(d.movement_date))
    return m if kind is None else m[m.movement_type == kind]


def with_parts(f):
    return inv(f).merge(f["parts"], on="part_id")


def with_warehouses(f):
    return inv(f).merge(f["warehouses"], on="warehouse_id")


def stock_of(f, part):
    return inv(f).loc[inv(f).part_id == part, "quantity_on_hand"].sum()


def seoul_central(f):
    w = with_warehouses(f)
    return w.loc[w.warehouse_name == "Seoul Central", "quantity_on_hand"].sum()


def japan_parts(f):
    p = f["parts"].merge(f["suppliers"], on="supplier_id")
    return int((p.country == "Japan").sum())


def japan_stock(f):
    w = with_warehouses(f)
    return w.loc[w.country == "Japan", "quantity_on_hand"].sum()


def by_period(frame, column, value, freq, agg="sum"):
    period = frame[column].dt.to_period(freq).dt.start_time
    return frame.groupby(period)[value].agg(agg)


def in_range(frame, start, end):
    return frame[(frame.movement_date >= start) & (frame.movement_date <= end)].quantity.sum()


def stock_by(f, column, frame=with_parts):
    return frame(f).groupby(column).quantity_on_hand.sum()


CASES = [
    # one entity's value by ID or name
    ("ABC-12345 부품의 재고는?", "value", lambda f: stock_of(f, "ABC-12345")),
    ("What is the stock of ABC-12345?", "value", lambda f: stock_of(f, "ABC-12345")),
    ("abc-12345 stock", "value", lambda f: stock_of(f, "ABC-12345")),
    ("Seoul Central inventory", "value", seoul_central),
    ("Seoul Central 창고의 재고는?", "value", seoul_central),
    ("unit cost of ABC-12345", "value", lambda f: f["parts"].set_index("part_id").unit_cost["ABC-12345"]),
    # totals, averages, extremes, counts
    ("total stock", "value", lambda f: inv(f).quantity_on_hand.sum()),
    ("재고 합계", "value", lambda f: inv(f).quantity_on_hand.sum()),
    ("What is the average unit cost?", "value", lambda f: f["parts"].unit_cost.mean()),
    ("평균 단가는?", "value", lambda f: f["parts"].unit_cost.mean()),
    ("maximum unit cost", "value", lambda f: f["parts"].unit_cost.max()),
    ("최소 단가", "value", lambda f: f["parts"].unit_cost.min()),
    ("how many parts", "value", lambda f: len(f["parts"])),
    ("부품은 몇 개", "value", lambda f: len(f["parts"])),
    ("몇 개의 창고", "value", lambda f: len(f["warehouses"])),
    ("How many suppliers are there?", "value", lambda f: len(f["suppliers"])),
    # breakdowns, also across a join
    # a code referring to another table is shown by that table's name
    ("stock by warehouse", "groups", lambda f: stock_by(f, "warehouse_name", with_warehouses)),
    ("창고별 재고", "groups", lambda f: stock_by(f, "warehouse_name", with_warehouses)),
    ("stock by category", "groups", lambda f: stock_by(f, "category")),
    ("카테고리별 재고", "groups", lambda f: stock_by(f, "category")),
    ("shipments by warehouse name", "groups",
     lambda f: moves(f, "shipment").merge(f["warehouses"]).groupby("warehouse_name").quantity.sum()),
    ("창고 이름별 출고량", "groups",
     lambda f: moves(f, "shipment").merge(f["warehouses"]).groupby("warehouse_name").quantity.sum()),
    ("How many parts does each supplier have?", "groups",
     lambda f: f["parts"].merge(f["suppliers"]).groupby("supplier_name").size()),
    # top / bottom N
    ("top 5 parts by stock", "top", lambda f: stock_by(f, "part_name").nlargest(5)),
    ("재고가 가장 적은 부품 3개", "top", lambda f: stock_by(f, "part_name").nsmallest(3)),
    ("Which warehouse has the most stock?", "top",
     lambda f: stock_by(f, "warehouse_name", with_warehouses).nlargest(1)),
    ("재고가 가장 많은 창고", "top", lambda f: stock_by(f, "warehouse_name", with_warehouses).nlargest(1)),
    ("top 3 warehouses by shipments", "top",
     lambda f: moves(f, "shipment").merge(f["warehouses"]).groupby("warehouse_name").quantity.sum().nlargest(3)),
    # a category value as a filter, maybe in another table
    ("parts from Japan", "rows", japan_parts),
    ("일본 부품은 몇 개?", "value", japan_parts),
    ("total stock for Japan", "value", japan_stock),
    ("일본의 총 재고", "value", japan_stock),
    ("Sensors stock", "value", lambda f: with_parts(f).query("category == 'Sensors'").quantity_on_hand.sum()),
    # trends
    ("monthly shipments", "trend", lambda f: by_period(moves(f, "shipment"), "movement_date", "quantity", "M")),
    ("월별 출고량", "trend", lambda f: by_period(moves(f, "shipment"), "movement_date", "quantity", "M")),
    ("monthly receipts by month in 2025", "trend",
     lambda f: by_period(moves(f, "receipt"), "movement_date", "quantity", "M")),
    # a year, a month, a date range
    ("shipments in 2025", "value", lambda f: in_range(moves(f, "shipment"), "2025-01-01", "2025-12-31")),
    ("2025년 3월 출고량", "value", lambda f: in_range(moves(f, "shipment"), "2025-03-01", "2025-03-31")),
    ("shipments between 2025-03-01 and 2025-05-31", "value",
     lambda f: in_range(moves(f, "shipment"), "2025-03-01", "2025-05-31")),
    ("2025-03-01부터 2025-05-31까지 입고량", "value",
     lambda f: in_range(moves(f, "receipt"), "2025-03-01", "2025-05-31")),
    ("How many shipments in 2025?", "value", lambda f: len(moves(f, "shipment"))),
    ("shipments in March", "value", lambda f: in_range(moves(f, "shipment"), "2025-03-01", "2025-03-31")),
    ("3월 입고량", "value", lambda f: in_range(moves(f, "receipt"), "2025-03-01", "2025-03-31")),
    # thresholds: column vs column, column vs number
    ("parts below reorder point", "rows", lambda f: int((inv(f).quantity_on_hand < inv(f).reorder_point).sum())),
    ("재고가 재주문점보다 적은 부품", "rows",
     lambda f: int((inv(f).quantity_on_hand < inv(f).reorder_point).sum())),
    ("How many parts are below reorder point?", "value",
     lambda f: inv(f)[inv(f).quantity_on_hand < inv(f).reorder_point].part_id.nunique()),
    ("재고가 100개 미만인 부품", "rows", lambda f: int((inv(f).quantity_on_hand < 100).sum())),
    ("inventory with quantity on hand over 1000", "rows", lambda f: int((inv(f).quantity_on_hand > 1000).sum())),
    ("parts with no stock", "rows", lambda f: int((inv(f).quantity_on_hand == 0).sum())),
    ("재고가 0인 부품", "rows", lambda f: int((inv(f).quantity_on_hand == 0).sum())),
    # thresholds on an aggregate (HAVING)
    ("warehouses with total stock over 20000", "groups",
     lambda f: stock_by(f, "warehouse_name", with_warehouses).loc[lambda s: s > 20000]),
    ("총 재고가 20000개 이상인 창고", "groups",
     lambda f: stock_by(f, "warehouse_name", with_warehouses).loc[lambda s: s >= 20000]),
    # combinations
    ("shipments with quantity between 10 and 20", "value",
     lambda f: moves(f, "shipment").query("10 <= quantity <= 20").quantity.sum()),
    ("수량이 10~20개인 출고 건수", "value", lambda f: len(moves(f, "shipment").query("10 <= quantity <= 20"))),
    ("current stock of part ABC-12345 in warehouse WH-A", "value",
     lambda f: inv(f).query("part_id == 'ABC-12345' and warehouse_id == 'WH-A'").quantity_on_hand.sum()),
    ("ABC-12345 창고별 재고", "groups",
     lambda f: with_warehouses(f).query("part_id == 'ABC-12345'").groupby("warehouse_name").quantity_on_hand.sum()),
    ("shipments of ABC-12345 by month", "trend",
     lambda f: by_period(moves(f, "shipment").query("part_id == 'ABC-12345'"), "movement_date", "quantity", "M")),
    ("Ball Bearing 6204 stock", "value",
     lambda f: with_parts(f).query("part_name == 'Ball Bearing 6204'").quantity_on_hand.sum()),
    ("stock in Korea", "value", lambda f: with_warehouses(f).query("country == 'South Korea'").quantity_on_hand.sum()),
    ("한국 창고의 재고", "value",
     lambda f: with_warehouses(f).query("country == 'South Korea'").quantity_on_hand.sum()),
    ("list suppliers in China", "rows", lambda f: int((f["suppliers"].country == "China").sum())),
    ("국가별 공급업체 수", "groups", lambda f: f["suppliers"].groupby("country").size()),
    ("quarterly shipments", "trend", lambda f: by_period(moves(f, "shipment"), "movement_date", "quantity", "Q")),
    ("부품이 가장 많은 공급업체", "top",
     lambda f: f["parts"].merge(f["suppliers"]).groupby("supplier_name").size().nlargest(1)),
]


@pytest.mark.parametrize(("question", "shape", "expect"), CASES, ids=[c[0] for c in CASES])
def test_sample_question(sample, question, shape, expect):
    plan, results, answer = sample.ask(question)
    assert plan.sql is not None, plan.reason
    expected = expect(sample.frames)
    CHECKS[shape](plan, results, answer, expected)
    assert plan.confidence >= 0.7 and answer.confidence == plan.confidence
    assert plan.summary and set(plan.tables) <= set(sample.catalog.table_names)


def test_headline_answer_reads_naturally_in_both_languages(sample):
    plan, _, answer = sample.ask("ABC-12345 부품의 재고는?")
    assert answer.content.startswith("ABC-12345 부품의 재고는 **1,000**개입니다.")
    assert "재고 합계" in plan.summary and "ABC-12345" in plan.summary
    assert plan.params == ["ABC-12345"] and "ABC-12345" not in plan.sql
    assert plan.confidence >= 0.85
    plan, _, answer = sample.ask("What is the stock of ABC-12345?")
    assert answer.content.startswith("The stock of part ABC-12345 is **1,000**.")
    assert "Total quantity on hand" in plan.summary


def test_movement_words_become_value_filters(sample):
    for question, value in (("monthly shipments", "shipment"), ("월별 입고량", "receipt")):
        plan, _, _ = sample.ask(question)
        assert plan.params == [value] and '"movement_type" = ?' in plan.sql and "quantity" in plan.sql


def test_joins_only_what_is_needed(sample):
    plan, _, _ = sample.ask("stock by warehouse")
    assert plan.tables == ["inventory", "warehouses"] and plan.sql.count("JOIN") == 1  # for the names
    plan, _, _ = sample.ask("stock by category")
    assert plan.tables == ["inventory", "parts"] and plan.sql.count("JOIN") == 1
    plan, _, _ = sample.ask("stock by supplier country")
    assert plan.tables == ["inventory", "parts", "suppliers"] and '"suppliers"."country"' in plan.sql


@pytest.mark.parametrize(("question", "start", "end"), [
    ("shipments last month", "2025-11-01", "2025-11-30"),
    ("지난달 출고량", "2025-11-01", "2025-11-30"),
    ("shipments this year", "2025-01-01", "2025-12-31"),
    ("최근 30일 출고량", "2025-12-02", "2025-12-31"),
    ("shipments in the last 3 months", "2025-10-01", "2025-12-31"),
])
def test_relative_periods_count_back_from_the_latest_date_in_the_data(sample, question, start, end):
    """The sample's movements end on 2025-12-31: "last month" is November 2025, whatever today is."""
    plan, results, answer = sample.ask(question)
    expected = in_range(moves(sample.frames, "shipment"), start, end)
    CHECKS["value"](plan, results, answer, expected)


def test_two_groups_are_named_together(sample):
    plan, results, answer = sample.ask("stock by warehouse and category")
    expected = with_parts(sample.frames).merge(sample.frames["warehouses"]).groupby(
        ["warehouse_name", "category"]).quantity_on_hand.sum()
    got = {(r[0], r[1]): r[2] for r in results.rows}
    assert got == expected.to_dict()
    (top_key, top_value) = max(expected.items(), key=lambda kv: kv[1])
    assert f"{top_key[0]} / {top_key[1]} ({top_value:,})" in answer.content
    assert plan.chart.mark == "bar" and plan.chart.color == results.columns[1]
    assert "category" in plan.chart.color.lower()
