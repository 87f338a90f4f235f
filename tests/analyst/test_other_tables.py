"""The same question shapes on tables of other shapes: weather with text dates, and sales orders."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers.analyst_checks import CHECKS


def seattle(f):
    w = f["seattle_weather"]
    return w.assign(day=pd.to_datetime(w.date, format="%Y/%m/%d"))


def daily(f):
    w = f["daily_weather"]
    return w.assign(day=pd.to_datetime(w.date, format="%b %d %Y"))


def orders(f):
    o = f["orders"]
    return o.assign(day=pd.to_datetime(o.order_date))


def year(frame, y):
    return frame[frame.day.dt.year == y]


def per(frame, value, freq, agg="sum"):
    return frame.groupby(frame.day.dt.to_period(freq).dt.start_time)[value].agg(agg)


def between(frame, start, end):
    return frame[(frame.day >= start) & (frame.day <= end)]


CASES = [
    # weather, dates stored as text like 2012/01/01, a weather-kind column
    ("seattle", "How many rainy days were there in 2013?", "value",
     lambda f: int((year(seattle(f), 2013).weather == "rain").sum())),
    ("seattle", "2013년에 비 온 날은 며칠?", "value", lambda f: int((year(seattle(f), 2013).weather == "rain").sum())),
    ("seattle", "yearly average max temperature", "trend", lambda f: per(seattle(f), "temp_max", "Y", "mean")),
    ("seattle", "연도별 평균 최고기온", "trend", lambda f: per(seattle(f), "temp_max", "Y", "mean")),
    ("seattle", "highest temperature in 2014", "value", lambda f: year(seattle(f), 2014).temp_max.max()),
    ("seattle", "2014년 최고 기온", "value", lambda f: year(seattle(f), 2014).temp_max.max()),
    ("seattle", "monthly precipitation in 2012", "trend", lambda f: per(year(seattle(f), 2012), "precipitation", "M")),
    ("seattle", "2012년 월별 강수량", "trend", lambda f: per(year(seattle(f), 2012), "precipitation", "M")),
    ("seattle", "how many days by weather", "groups", lambda f: seattle(f).groupby("weather").size()),
    ("seattle", "날씨별 일수", "groups", lambda f: seattle(f).groupby("weather").size()),
    ("seattle", "How many days had temp_max above 30?", "value", lambda f: int((seattle(f).temp_max > 30).sum())),
    ("seattle", "average wind on sunny days", "value", lambda f: seattle(f).query("weather == 'sun'").wind.mean()),
    ("seattle", "맑은 날의 평균 풍속", "value", lambda f: seattle(f).query("weather == 'sun'").wind.mean()),
    # weather, dates stored as text like Jan 1 2000, a numeric rain column (rainy = rain > 0)
    ("daily", "비 온 날은 며칠?", "value", lambda f: int((daily(f).rain > 0).sum())),
    ("daily", "How many rainy days in 2001?", "value", lambda f: int((year(daily(f), 2001).rain > 0).sum())),
    ("daily", "average temperature on rainy days", "value", lambda f: daily(f).query("rain > 0").temperature.mean()),
    ("daily", "비 온 날의 평균 기온", "value", lambda f: daily(f).query("rain > 0").temperature.mean()),
    ("daily", "monthly rain in 2000", "trend", lambda f: per(year(daily(f), 2000), "rain", "M")),
    ("daily", "2000년 월별 강수량", "trend", lambda f: per(year(daily(f), 2000), "rain", "M")),
    ("daily", "연도별 평균 기온", "trend", lambda f: per(daily(f), "temperature", "Y", "mean")),
    ("daily", "total rain between Mar 1 2000 and May 31 2000", "value",
     lambda f: between(daily(f), "2000-03-01", "2000-05-31").rain.sum()),
    ("daily", "days with sunshine_hours under 1", "rows", lambda f: int((daily(f).sunshine_hours < 1).sum())),
    # sales orders, native dates
    ("orders", "total revenue by country", "groups", lambda f: orders(f).groupby("country").revenue.sum()),
    ("orders", "국가별 매출", "groups", lambda f: orders(f).groupby("country").revenue.sum()),
    ("orders", "average revenue by product", "groups", lambda f: orders(f).groupby("product").revenue.mean()),
    ("orders", "revenue for Japan", "value", lambda f: orders(f).query("country == 'Japan'").revenue.sum()),
    ("orders", "일본 매출은?", "value", lambda f: orders(f).query("country == 'Japan'").revenue.sum()),
    ("orders", "top 3 products by units", "top", lambda f: orders(f).groupby("product").units.sum().nlargest(3)),
    ("orders", "판매량이 가장 많은 제품 3개", "top", lambda f: orders(f).groupby("product").units.sum().nlargest(3)),
    ("orders", "which country has the highest revenue?", "top",
     lambda f: orders(f).groupby("country").revenue.sum().nlargest(1)),
    ("orders", "매출이 가장 높은 국가", "top", lambda f: orders(f).groupby("country").revenue.sum().nlargest(1)),
    ("orders", "monthly revenue in 2024", "trend", lambda f: per(year(orders(f), 2024), "revenue", "M")),
    ("orders", "2024년 월별 매출", "trend", lambda f: per(year(orders(f), 2024), "revenue", "M")),
    ("orders", "How many orders have units under 5?", "value", lambda f: int((orders(f).units < 5).sum())),
    ("orders", "수량이 5개 미만인 주문은 몇 건?", "value", lambda f: int((orders(f).units < 5).sum())),
    ("orders", "orders with units over 38", "rows", lambda f: int((orders(f).units > 38).sum())),
    ("orders", "revenue of ORD-00042", "value", lambda f: orders(f).set_index("order_id").revenue["ORD-00042"]),
    ("orders", "ORD-00042 주문의 매출", "value", lambda f: orders(f).set_index("order_id").revenue["ORD-00042"]),
    ("orders", "Gadget sales in 2023", "value",
     lambda f: year(orders(f), 2023).query("product == 'Gadget'").revenue.sum()),
    ("orders", "2023년 Gadget 매출", "value",
     lambda f: year(orders(f), 2023).query("product == 'Gadget'").revenue.sum()),
    ("orders", "revenue between 2024-03-01 and 2024-05-31", "value",
     lambda f: between(orders(f), "2024-03-01", "2024-05-31").revenue.sum()),
    ("orders", "how many orders", "value", lambda f: len(f["orders"])),
    # Korean table, column and value names
    ("korean", "지역별 매출액", "groups", lambda f: f["판매"].groupby("지역").매출액.sum()),
    ("korean", "서울 매출액 합계", "value", lambda f: f["판매"].query("지역 == '서울'").매출액.sum()),
    ("korean", "매출액이 가장 높은 지역", "top", lambda f: f["판매"].groupby("지역").매출액.sum().nlargest(1)),
    ("korean", "2024년 3월 사과 판매 수량", "value",
     lambda f: f["판매"].query("제품명 == '사과' and 판매일.str.startswith('2024-03')", engine="python").수량.sum()),
    ("korean", "total 매출액 by 제품명", "groups", lambda f: f["판매"].groupby("제품명").매출액.sum()),
    ("orders", "주문은 몇 개?", "value", lambda f: len(f["orders"])),
]


@pytest.mark.parametrize(("env", "question", "shape", "expect"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_other_table_question(envs, env, question, shape, expect):
    data = envs[env]
    plan, results, answer = data.ask(question)
    assert plan.sql is not None, plan.reason
    CHECKS[shape](plan, results, answer, expect(data.frames))
    assert plan.confidence >= 0.7


def test_text_dates_are_parsed_with_their_format(envs):
    plan, _, _ = envs["seattle"].ask("monthly precipitation in 2012")
    assert "strptime(\"seattle_weather\".\"date\", '%Y/%m/%d')".lower() in plan.sql.lower()
    plan, _, _ = envs["daily"].ask("monthly rain in 2000")
    assert "'%b %d %Y'" in plan.sql
    plan, _, _ = envs["orders"].ask("monthly revenue in 2024")
    assert "strptime" not in plan.sql.lower() and "DATE_TRUNC('MONTH', \"orders\".\"order_date\")" in plan.sql


def test_rainy_days_mean_rain_above_zero_on_a_numeric_rain_column(envs):
    plan, _, _ = envs["daily"].ask("비 온 날은 며칠?")
    assert '"daily_weather"."rain" > ?' in plan.sql and plan.params == [0]
    plan, _, _ = envs["seattle"].ask("비 온 날은 며칠?")
    assert '"seattle_weather"."weather" = ?' in plan.sql and plan.params == ["rain"]


def test_catalog_synonyms_name_columns(envs, tmp_path):
    from agent.data.catalog import build_catalog

    data = envs["orders"]
    described = build_catalog(data.database, descriptions={
        "orders": {"synonyms": ["deals"], "columns": {"revenue": {"synonyms": ["turnover", "거래액"]}}}})
    for question in ("turnover by country", "국가별 거래액"):
        plan = data.analyst.plan(question, described, data.database, [], "en")
        assert plan.sql is not None and 'SUM("orders"."revenue")' in plan.sql, question
    plan = data.analyst.plan("how many deals", described, data.database, [], "en")
    assert plan.sql is not None and "COUNT(*)" in plan.sql
