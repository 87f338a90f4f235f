"""Dev set on `학생_설문`: MASS::survey (237 students) in Korean, made by evals.authoring.dev_derived.

성별 has one gap (and 118 남 / 118 여), so breakdowns are asked by 운동 or 팔짱_위쪽_팔 (never missing) rather than
by 성별; 운동 and 흡연 share the words 자주/가끔/안 함, so every question on them names the column.
"""

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

T = "학생_설문"


def _s(f):
    return f[T]


def _where(f, **equal):
    return where(_s(f), **equal)


def _by_number(f):
    return _s(f).set_index("학생_번호")


SET = BankSet(
    name="dev_survey_ko",
    split="dev",
    tables=[Table(T, file="dev/student_survey_ko.parquet")],
    questions=[
        # count
        Q("sv-01", "count", "남학생은 몇 명이야?", lambda f: value(len(_where(f, 성별="남")))),
        Q("sv-02", "count", "왼손잡이 학생 수", lambda f: value(len(_where(f, 주로_쓰는_손="왼손")))),
        Q("sv-03", "count", "담배를 안 피우는(흡연 안 함) 학생은 몇 명?",
          lambda f: value(len(_where(f, 흡연="안 함")))),
        Q("sv-04", "count", "키가 180 이상인 학생은 몇 명이야?", lambda f: value((_s(f).키 >= 180).sum())),
        Q("sv-05", "count", "How many students answered the survey?", lambda f: value(len(_s(f)))),
        Q("sv-06", "count", "맥박이 기록되지 않은 학생 수", lambda f: value(_s(f).맥박.isna().sum())),
        # count_distinct
        Q("sv-07", "count_distinct", "흡연 응답은 몇 가지야?", lambda f: value(_s(f).흡연.nunique())),
        Q("sv-08", "count_distinct", "운동 항목은 몇 종류가 있어?", lambda f: value(_s(f).운동.nunique())),
        # sum
        Q("sv-09", "sum", "남학생 나이의 합계는?", lambda f: value(_where(f, 성별="남").나이.sum())),
        # average
        Q("sv-10", "average", "학생들의 평균 키는?", lambda f: value(_s(f).키.mean())),
        Q("sv-11", "average", "평균 나이", lambda f: value(_s(f).나이.mean())),
        Q("sv-12", "average", "What is the average pulse?", lambda f: value(_s(f).맥박.mean())),
        Q("sv-13", "average", "쓰는손 뼘 길이 평균", lambda f: value(_s(f).쓰는손_뼘.mean())),
        # min_max
        Q("sv-14", "min_max", "가장 큰 키는?", lambda f: value(_s(f).키.max())),
        Q("sv-15", "min_max", "최고령 학생의 나이는?", lambda f: value(_s(f).나이.max())),
        Q("sv-16", "min_max", "맥박 최솟값", lambda f: value(_s(f).맥박.min())),
        # breakdown
        Q("sv-17", "breakdown", "운동별 평균 맥박", lambda f: rows(_s(f).groupby("운동").맥박.mean())),
        Q("sv-18", "breakdown", "팔짱 낄 때 위쪽 팔별 학생 수", lambda f: rows(_s(f).groupby("팔짱_위쪽_팔").size())),
        Q("sv-19", "breakdown", "운동 빈도별 평균 키", lambda f: rows(_s(f).groupby("운동").키.mean())),
        Q("sv-20", "breakdown", "average height by 운동", lambda f: rows(_s(f).groupby("운동").키.mean())),
        # multi_measure
        Q("sv-21", "multi_measure", "키의 최솟값과 최댓값", lambda f: values(_s(f).키.min(), _s(f).키.max())),
        Q("sv-22", "multi_measure", "나이의 평균과 최댓값은?", lambda f: values(_s(f).나이.mean(), _s(f).나이.max())),
        # ranking
        Q("sv-23", "ranking", "가장 나이가 많은 학생 3명", lambda f: top(_by_number(f).나이, 3)),
        Q("sv-24", "ranking", "평균 맥박이 가장 높은 운동 그룹 2개",
          lambda f: top(_s(f).groupby("운동").맥박.mean(), 2)),
        # which_one
        Q("sv-25", "which_one", "키가 가장 큰 학생은 몇 번이야?", lambda f: best(_by_number(f).키)),
        Q("sv-26", "which_one", "평균 맥박이 가장 낮은 운동 그룹은?",
          lambda f: best(_s(f).groupby("운동").맥박.mean(), largest=False)),
        Q("sv-27", "which_one", "which 운동 group has the most students?",
          lambda f: best(_s(f).groupby("운동").size())),
        # share
        Q("sv-28", "share", "왼손잡이 비율은?", lambda f: percent(100 * (_s(f).주로_쓰는_손 == "왼손").mean())),
        Q("sv-29", "share", "운동을 자주 하는 학생 비중", lambda f: percent(100 * (_s(f).운동 == "자주").mean())),
        Q("sv-30", "share", "out of all students, what percentage gave their height in 미터법?",
          lambda f: percent(100 * (_s(f).키_단위 == "미터법").mean())),
        # filter_value
        Q("sv-31", "filter_value", "여학생의 평균 맥박", lambda f: value(_where(f, 성별="여").맥박.mean())),
        Q("sv-32", "filter_value", "흡연을 매우 자주 하는 학생들의 평균 맥박",
          lambda f: value(_where(f, 흡연="매우 자주").맥박.mean())),
        Q("sv-33", "filter_value", "average height of female students",
          lambda f: value(_where(f, 성별="여").키.mean())),
        Q("sv-34", "filter_value", "운동을 안 하는 학생들의 평균 키",
          lambda f: value(_where(f, 운동="안 함").키.mean())),
        # loose_value
        Q("sv-35", "loose_value", "운동이 '안함'인 학생 수", lambda f: value(len(_where(f, 운동="안 함")))),
        Q("sv-36", "loose_value", "흡연 매우자주 학생은 몇 명?", lambda f: value(len(_where(f, 흡연="매우 자주")))),
        Q("sv-37", "loose_value", "how many students fold their arms with the 왼팔 on top?",
          lambda f: value(len(_where(f, 팔짱_위쪽_팔="왼팔")))),
        # unanswerable
        Q("sv-38", "unanswerable", "학생들의 평균 몸무게는?", lambda f: refuse()),
        Q("sv-39", "unanswerable", "전공별 평균 키 알려줘", lambda f: refuse()),
        Q("sv-40", "unanswerable", "학점이 가장 높은 학생은?", lambda f: refuse()),
        Q("sv-41", "unanswerable", "What is the students' average income?", lambda f: refuse()),
        # conversations
        Conversation("sv-42", "followup", [
            ("남학생 평균 키는?", lambda f: value(_where(f, 성별="남").키.mean())),
            ("여학생은?", lambda f: value(_where(f, 성별="여").키.mean())),
        ]),
        Conversation("sv-43", "followup", [
            ("운동별 학생 수", lambda f: rows(_s(f).groupby("운동").size())),
            ("그중 흡연을 안 하는 학생만", lambda f: rows(_where(f, 흡연="안 함").groupby("운동").size())),
        ]),
        Conversation("sv-44", "followup", [
            ("학생들 평균 나이는?", lambda f: value(_s(f).나이.mean())),
            ("그럼 최댓값은?", lambda f: value(_s(f).나이.max())),
            ("여학생만", lambda f: value(_where(f, 성별="여").나이.max())),
        ]),
        Conversation("sv-45", "followup", [
            ("왼손잡이 학생들 쓰는손_뼘 평균은?", lambda f: value(_where(f, 주로_쓰는_손="왼손").쓰는손_뼘.mean())),
            ("오른손잡이는?", lambda f: value(_where(f, 주로_쓰는_손="오른손").쓰는손_뼘.mean())),
            ("팔짱 낄 때 위쪽 팔별로 나눠줘",
             lambda f: rows(_where(f, 주로_쓰는_손="오른손").groupby("팔짱_위쪽_팔").쓰는손_뼘.mean())),
        ]),
        Conversation("sv-46", "followup", [
            ("average pulse by 팔짱_위쪽_팔", lambda f: rows(_s(f).groupby("팔짱_위쪽_팔").맥박.mean())),
            ("just the male students", lambda f: rows(_where(f, 성별="남").groupby("팔짱_위쪽_팔").맥박.mean())),
        ]),
        Conversation("sv-47", "followup", [
            ("운동을 자주 하는 학생 몇 명이야?", lambda f: value(len(_where(f, 운동="자주")))),
            ("여학생으로 좁히면?", lambda f: value(len(_where(f, 운동="자주", 성별="여")))),
            ("그 학생들 평균 키는?", lambda f: value(_where(f, 운동="자주", 성별="여").키.mean())),
            ("흡연을 매우 자주 하는 학생들의 평균 나이는 얼마야?",
             lambda f: value(_where(f, 흡연="매우 자주").나이.mean())),
        ]),
        Conversation("sv-48", "followup", [
            ("What's the highest pulse among students whose 운동 is 안 함?",
             lambda f: value(_where(f, 운동="안 함").맥박.max())),
            ("and the average?", lambda f: value(_where(f, 운동="안 함").맥박.mean())),
        ]),
        Conversation("sv-49", "followup", [
            ("운동 빈도에 따라 평균 나이가 어떻게 돼?", lambda f: rows(_s(f).groupby("운동").나이.mean())),
            ("최댓값으로 보여줘", lambda f: rows(_s(f).groupby("운동").나이.max())),
            ("키가 제일 작은 학생은 몇 번이야?", lambda f: best(_by_number(f).키, largest=False)),
        ]),
    ],
)
