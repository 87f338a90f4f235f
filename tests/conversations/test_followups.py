"""Follow-ups resolve against the previous turn of the conversation, in Korean and English; figures from pandas."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.answers import final, mark, rows, single
from tests.helpers.sample import SAMPLE, part_stock_by_warehouse


def test_by_warehouse_after_a_part_headline(sample_agent, conversation, inventory):
    assert single(final(sample_agent, "ABC-12345 부품의 재고는?", conversation)) == 1000
    answer = final(sample_agent, "창고별로는?", conversation)
    expected = inventory[inventory.part_id == "ABC-12345"].groupby("warehouse_name").quantity_on_hand.sum()
    assert dict(rows(answer)) == expected.to_dict() == dict(part_stock_by_warehouse())
    assert mark(answer) == "bar"
    assert "ABC-12345" in answer["sources"][0]["sql"]


def test_top_n_instead(sample_agent, conversation, inventory):
    totals = inventory.groupby("warehouse_name").quantity_on_hand.sum().sort_values(ascending=False)
    assert len(rows(final(sample_agent, "stock by warehouse", conversation))) == len(totals)
    top = final(sample_agent, "top 2 instead", conversation)
    assert [tuple(r) for r in rows(top)] == list(totals.head(2).items())
    assert [tuple(r) for r in rows(final(sample_agent, "상위 3개로", conversation))] == list(totals.head(3).items())


def test_chart_mark_changes_and_the_query_does_not(sample_agent, conversation, movements):
    monthly = final(sample_agent, "monthly shipments", conversation)
    assert mark(monthly) == "line"
    bars = final(sample_agent, "as a bar chart", conversation)
    assert mark(bars) == "bar" and rows(bars) == rows(monthly)
    expected = movements[movements.movement_type == "shipment"].groupby("month").quantity.sum()
    assert [r[1] for r in rows(bars)] == expected.tolist()
    lines = final(sample_agent, "선 그래프로", conversation)
    assert mark(lines) == "line" and rows(lines) == rows(monthly)


def _shipped(movements, month: str) -> int:
    return int(movements[(movements.movement_type == "shipment") & (movements.month == month)].quantity.sum())


def test_and_april_keeps_the_year(sample_agent, conversation, movements):
    assert single(final(sample_agent, "shipments in March 2025", conversation)) == _shipped(movements, "2025-03")
    assert single(final(sample_agent, "and April?", conversation)) == _shipped(movements, "2025-04")
    assert single(final(sample_agent, "5월은?", conversation)) == _shipped(movements, "2025-05")


def test_months_without_a_year_narrow_the_year_asked_before(sample_agent, conversation, movements):
    shipped = movements[movements.movement_type == "shipment"]
    assert single(final(sample_agent, "total shipments in 2025", conversation)) == int(
        shipped[shipped.month.str.startswith("2025")].quantity.sum())
    second_half = shipped[shipped.month.between("2025-07", "2025-12")].quantity.sum()
    assert single(final(sample_agent, "just July to December", conversation)) == int(second_half)


@pytest.mark.parametrize(("headline", "follow_up"), [("2025년 3월 출고량", "지난달은?"),
                                                     ("shipments in March 2025", "and last month?")])
def test_last_month_replaces_the_date_range(sample_agent, conversation, movements, headline, follow_up):
    # Relative periods are anchored to the data's latest date: "last month" is the month before it.
    previous = str(pd.Period(movements.movement_date.max(), "M") - 1)
    assert single(final(sample_agent, headline, conversation)) == _shipped(movements, "2025-03")
    assert single(final(sample_agent, follow_up, conversation)) == _shipped(movements, previous)


def test_other_warehouse_by_value(sample_agent, conversation, inventory):
    stock = inventory.groupby("warehouse_id").quantity_on_hand.sum()
    assert single(final(sample_agent, "WH-A 창고의 재고는?", conversation)) == stock["WH-A"]
    answer = final(sample_agent, "그럼 B 창고는?", conversation)
    assert single(answer) == stock["WH-B"] and "WH-B" in answer["content"]
    assert single(final(sample_agent, "what about WH-C?", conversation)) == stock["WH-C"]
    assert single(final(sample_agent, "and warehouse D?", conversation)) == stock["WH-D"]


def test_english_filter_value_on_a_breakdown(sample_agent, conversation, inventory):
    final(sample_agent, "stock by warehouse", conversation)
    assert single(final(sample_agent, "what about WH-B?", conversation)) == (
        inventory[inventory.warehouse_id == "WH-B"].quantity_on_hand.sum())


def test_other_movement_type_and_aggregate(sample_agent, conversation, movements):
    final(sample_agent, "월별 출고량", conversation)
    receipts = final(sample_agent, "what about receipts?", conversation)
    expected = movements[movements.movement_type == "receipt"].groupby("month").quantity.sum()
    assert [r[1] for r in rows(receipts)] == expected.tolist()
    average = final(sample_agent, "평균은?", conversation)
    means = movements[movements.movement_type == "receipt"].groupby("month").quantity.mean()
    assert [round(r[1], 6) for r in rows(average)] == [round(v, 6) for v in means.tolist()]


def test_a_full_question_is_not_taken_for_a_follow_up(sample_agent, conversation, movements):
    final(sample_agent, "ABC-12345 부품의 재고는?", conversation)
    monthly = final(sample_agent, "월별 출고량", conversation)
    assert [r[1] for r in rows(monthly)] == movements[movements.movement_type == "shipment"].groupby(
        "month").quantity.sum().tolist()
    counted = final(sample_agent, "and how many parts are below reorder point?", conversation)
    assert "ABC-12345" not in counted["sources"][0]["sql"]


def test_without_a_conversation_a_follow_up_stands_alone(sample_agent):
    final(sample_agent, "ABC-12345 부품의 재고는?", None)
    alone = final(sample_agent, "창고별로는?", None)
    assert alone["table_data"] is None and not alone["sources"]  # not mapped: nothing to follow


def test_follow_up_after_an_error_turn_uses_the_last_answer(sample_agent, conversation, inventory):
    assert single(final(sample_agent, "ABC-12345 부품의 재고는?", conversation)) == 1000
    run = sample_agent.start("stock by warehouse", user_id="local", conversation_id=conversation,
                             deadline_seconds=0.000001)
    assert [e for e in run.events() if e][-1]["data"]["error"] == "Timeout"
    run.cancel()
    answer = final(sample_agent, "창고별로는?", conversation)
    assert dict(rows(answer)) == dict(part_stock_by_warehouse())


def _shipped_between(movements, first: str, last: str) -> int:
    shipped = movements[movements.movement_type == "shipment"]
    return int(shipped[shipped.month.between(first, last)].quantity.sum())


@pytest.fixture(scope="module")
def two_years(tmp_path_factory) -> tuple[ChatbotAgent, pd.DataFrame]:
    """An agent on one table of daily sales over 2024 and 2025 (the sample covers one year only)."""
    folder = tmp_path_factory.mktemp("two-years")
    days = pd.date_range("2024-01-01", "2025-12-31", freq="D")
    sales = pd.DataFrame({"sale_date": days, "amount": np.random.default_rng(2).integers(1, 100, len(days))})
    sales.to_csv(folder / "sales.csv", index=False)
    database = Database.from_folder(folder)
    settings = Settings.from_env(data_dir=folder / "data")
    return ChatbotAgent(database=database, catalog=build_catalog(database), settings=settings), sales


def _sold(sales: pd.DataFrame, first: str, last: str) -> int:
    return int(sales[sales.sale_date.between(first, last)].amount.sum())


def test_another_quarter_or_month_keeps_the_year_of_a_short_period(two_years, conversation):
    agent, sales = two_years
    assert single(final(agent, "2024년 1분기 amount 합계", conversation)) == _sold(sales, "2024-01-01", "2024-03-31")
    assert single(final(agent, "2분기는?", conversation)) == _sold(sales, "2024-04-01", "2024-06-30")
    assert single(final(agent, "total amount in March 2025", conversation)) == _sold(sales, "2025-03-01", "2025-03-31")
    assert single(final(agent, "12월은?", conversation)) == _sold(sales, "2025-12-01", "2025-12-31")


@pytest.mark.parametrize(("question", "first", "last"), [
    ("2025년 상반기 출고량", "2025-01", "2025-06"), ("shipments in the second half of 2025", "2025-07", "2025-12"),
])
def test_a_half_year_is_two_quarters(sample_agent, conversation, movements, question, first, last):
    assert single(final(sample_agent, question, conversation)) == _shipped_between(movements, first, last)


def test_the_last_quarter_is_the_one_before_the_latest(sample_agent, conversation, movements):
    latest = pd.Period(movements.movement_date.max(), "Q") - 1
    first, last = str(latest.asfreq("M", "start")), str(latest.asfreq("M", "end"))
    assert single(final(sample_agent, "지난 분기 출고량", conversation)) == _shipped_between(movements, first, last)


@pytest.mark.parametrize("question", ["what is their average quantity on hand?", "그중 평균 재고는?"])
def test_a_question_pointing_back_at_nothing_is_not_sure(sample_agent, conversation, question):
    answer = final(sample_agent, question, conversation)
    assert answer["confidence_score"] <= 0.6
    assert any("earlier answer" in r or "이전 답변" in r for r in answer["confidence_reasons"]), answer


@pytest.mark.parametrize(("question", "first"), [("total amount in the most recent year", "2025-01-01"),
                                                 ("가장 최근 연도의 amount 합계", "2025-01-01"),
                                                 ("가장 최근 amount 합계", "2025-12-31")])
def test_the_latest_period_itself(two_years, conversation, question, first):
    agent, sales = two_years
    assert single(final(agent, question, conversation)) == _sold(sales, first, "2025-12-31")


def test_a_follow_up_is_no_surer_than_what_it_continues(sample_agent, conversation, inventory):
    unsure = final(sample_agent, "average stock of the widgets", conversation)
    assert unsure["confidence_score"] < 0.7
    by_warehouse = final(sample_agent, "by warehouse", conversation)
    assert dict(rows(by_warehouse)) == pytest.approx(inventory.groupby("warehouse_name").quantity_on_hand.mean()
                                                     .to_dict())
    assert by_warehouse["confidence_score"] <= unsure["confidence_score"] + 0.1 + 1e-9


@pytest.mark.parametrize("question", ["the 3 months with the highest total amount", "amount 합계가 가장 높았던 3개월"])
def test_the_top_months_rank_the_date_columns_months(two_years, conversation, question):
    agent, sales = two_years
    monthly = sales.groupby(sales.sale_date.dt.to_period("M")).amount.sum().sort_values(ascending=False)
    answer = final(agent, question, conversation)
    assert [str(r[0])[:7] for r in rows(answer)] == [str(p) for p in monthly.index[:3]]


def test_a_forecast_after_an_answer_is_refused(two_years, conversation):
    agent, sales = two_years
    assert single(final(agent, "2025년 amount 합계", conversation)) == _sold(sales, "2025-01-01", "2025-12-31")
    data = final(agent, "내년 amount 합계를 예측해 줘", conversation)
    assert not data["table_data"] and data["confidence_score"] <= 0.2, data["content"]


def test_what_share_of_all_is_that_after_a_count(sample_agent, conversation):
    parts = pd.read_csv(SAMPLE / "parts.csv")
    sensors = int((parts.category == "Sensors").sum())
    assert single(final(sample_agent, "how many Sensors parts are there?", conversation)) == sensors
    answer = final(sample_agent, "what share of all parts is that?", conversation)
    assert rows(answer)[0][:3] == [pytest.approx(round(100 * sensors / len(parts), 2)), sensors, len(parts)]


@pytest.fixture(scope="module")
def firm_years(tmp_path_factory) -> tuple[ChatbotAgent, pd.DataFrame]:
    """An agent on a firm-year panel with English firm names and Korean measure names."""
    folder = tmp_path_factory.mktemp("firm-years")
    rng = np.random.default_rng(3)
    frame = pd.DataFrame([{"기업명": name, "연도": year, "시가총액": round(float(rng.uniform(10, 5000)), 1),
                           "자본스톡": round(float(rng.uniform(1, 2000)), 1)}
                          for name in ("Alpha", "Beta", "Gamma", "Delta", "Omega") for year in range(1950, 1955)])
    frame.to_csv(folder / "firms.csv", index=False)
    database = Database.from_folder(folder)
    settings = Settings.from_env(data_dir=folder / "data")
    return ChatbotAgent(database=database, catalog=build_catalog(database), settings=settings), frame


def test_and_by_another_measure_after_a_top_n_ranks_by_it(firm_years, conversation):
    agent, frame = firm_years
    year = frame[frame.연도 == 1954].set_index("기업명")
    first = final(agent, "top 3 firms by capital stock in 1954", conversation)
    assert [r[0] for r in rows(first)] == year.자본스톡.nlargest(3).index.tolist()
    second = final(agent, "and by market value?", conversation)
    assert [r[0] for r in rows(second)] == year.시가총액.nlargest(3).index.tolist()
    assert single(final(agent, "median market value", None)) == pytest.approx(frame.시가총액.median())


def test_which_year_and_which_firm_after_a_maximum(firm_years, conversation):
    agent, frame = firm_years
    top = frame.loc[frame.시가총액.idxmax()]
    assert single(final(agent, "시가총액 최댓값", conversation)) == pytest.approx(top.시가총액)
    firm = final(agent, "그건 어느 기업이야?", conversation)
    assert top.기업명 in rows(firm)[0]
    year = final(agent, "which year was that?", conversation)
    assert int(top.연도) in rows(year)[0] and f"**{int(top.연도)}**" in year["content"]
