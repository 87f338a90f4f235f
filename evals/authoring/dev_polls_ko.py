"""Dev set on `여론조사`: pscl::AustralianElectionPolling (239 polls, November 2004 to November 2007) in Korean.

The table is made by evals.authoring.dev_derived_polls_ko: one row a poll, 조사일 (a DATE, the poll's last day of
fieldwork), 조사_기관 (5 values: 모건 대면, 모건 전화, 뉴스폴, 닐슨, 갤럭시), six parties' 지지율 (percentages) and
표본_크기.

Periods:
- Relative periods are anchored to the latest 조사일 in the data, 2007-11-23 (a Friday), never to today: 올해 is
  2007, 작년 2006, 지난달 October 2007, 지난 분기 the third quarter of 2007.
- "최근 N개월" / "last N months" are the N calendar months ending with the latest one (최근 3개월: September to
  November 2007; last 12 months: December 2006 to November 2007), as for the monthly economics set.
- "최근 N일" / "last N days" are the N days ending with the latest date, both included (last 30 days: 2007-10-25
  to 2007-11-23). The day windows asked have no poll on the day just outside them, so "the 30 days before" reads
  the same.
- A month, quarter or year holds the polls whose 조사일 falls in it; date ranges include both ends.

Because Roy Morgan's face-to-face and telephone polls are two values of 조사_기관, "how many organisations" has two
readings; it is only asked where both give the same number (2005: 뉴스폴, 닐슨, 모건 대면) or about the column's
values. Monthly labels are 'YYYY-MM', yearly ones the year (as text for "which year", so that a year given as
its first day, 2005-01-01, matches too).
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    entity,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

T = "여론조사"
ALP, LIB, GREEN, FF = "노동당_지지율", "자유당_지지율", "녹색당_지지율", "가족우선당_지지율"
SIZE, ORG = "표본_크기", "조사_기관"


def _p(f):
    frame = f[T].copy()
    frame["d"] = pd.to_datetime(frame["조사일"])
    frame["y"] = frame["d"].dt.year
    frame["m"] = frame["d"].dt.strftime("%Y-%m")
    return frame


def _year(f, year, **equal):
    p = _p(f)
    return where(p[p.y == year], **equal)


def _months(f, start, end, **equal):
    """The polls from month `start` to month `end` ('YYYY-MM'), both included."""
    p = _p(f)
    return where(p[(p.m >= start) & (p.m <= end)], **equal)


def _days(f, start, end):
    """The polls from day `start` to day `end` ('YYYY-MM-DD'), both included."""
    p = _p(f)
    return p[(p.d >= pd.Timestamp(start)) & (p.d <= pd.Timestamp(end))]


def _latest(f):
    return _p(f)["d"].max()


def _last_months(f, n, **equal):
    """The latest `n` calendar months of the data (the latest month included)."""
    p = _p(f)
    start = (_latest(f).to_period("M") - (n - 1)).start_time
    return where(p[p.d >= start], **equal)


def _last_days(f, n):
    """The latest `n` days of the data (the latest date included); none of the day before is a poll day."""
    p = _p(f)
    start = _latest(f) - pd.Timedelta(days=n - 1)
    if (p.d == start - pd.Timedelta(days=1)).any():
        raise ValueError(f"a poll on the day before the last {n} days: the window has two readings")
    return p[p.d >= start]


def _monthly(frame, column, how="mean"):
    return rows(frame.groupby("m")[column].agg(how), ordered=True)


def _yearly(frame, column, how="mean"):
    return rows(frame.groupby("y")[column].agg(how), ordered=True)


def _by_org(frame, column, how="mean"):
    return frame.groupby(ORG)[column].agg(how)


def _date_of(frame, column, largest=True):
    """"When": the 조사일 of the poll with the column's highest (lowest) value, refusing a tie."""
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    return entity(ranked["d"].iloc[0].strftime("%Y-%m-%d"), ranked[column].iloc[0])


def _month_of(frame, column, largest=True):
    """"Which month": the month whose average of the column is the highest (lowest)."""
    return best(frame.groupby("m")[column].mean(), largest=largest)


SET = BankSet(
    name="dev_polls_ko",
    split="dev",
    tables=[Table(T, file="dev/polls_ko.parquet")],
    questions=[
        # count
        Q("pl-01", "count", "여론조사는 모두 몇 건이야?", lambda f: value(len(_p(f)))),
        Q("pl-02", "count", "뉴스폴이 실시한 조사는 몇 건?", lambda f: value(len(where(_p(f), 조사_기관="뉴스폴")))),
        Q("pl-03", "count", "노동당 지지율이 50% 이상인 조사는 몇 건이야?", lambda f: value((_p(f)[ALP] >= 50).sum())),
        Q("pl-04", "count", "How many polls had a sample size over 2000?", lambda f: value((_p(f)[SIZE] > 2000).sum())),
        # count_distinct
        Q("pl-05", "count_distinct", "조사_기관 값은 몇 가지야?", lambda f: value(_p(f)[ORG].nunique())),
        Q("pl-06", "count_distinct", "How many different dates had at least one poll?",
          lambda f: value(_p(f)["조사일"].nunique())),
        Q("pl-07", "count_distinct", "2005년에 조사를 한 조사 기관은 몇 곳이야?",
          lambda f: value(_year(f, 2005)[ORG].nunique())),
        Q("pl-08", "count_distinct", "조사가 한 번이라도 있었던 달은 몇 개월이야?",
          lambda f: value(_p(f)["m"].nunique())),
        # sum
        Q("pl-09", "sum", "전체 표본 크기 합계는?", lambda f: value(_p(f)[SIZE].sum())),
        Q("pl-10", "sum", "2006년 조사들의 표본 크기 합계", lambda f: value(_year(f, 2006)[SIZE].sum())),
        Q("pl-11", "sum", "total sample size of 뉴스폴 polls in 2007",
          lambda f: value(_year(f, 2007, 조사_기관="뉴스폴")[SIZE].sum())),
        Q("pl-12", "sum", "조사 기관별 표본 크기 합계", lambda f: rows(_by_org(_p(f), SIZE, "sum"))),
        Q("pl-13", "sum", "2007년 3분기 표본 크기 총합은?",
          lambda f: value(_months(f, "2007-07", "2007-09")[SIZE].sum())),
        # share
        Q("pl-14", "share", "전체 조사 중 뉴스폴 조사 비중은?",
          lambda f: percent(100 * (_p(f)[ORG] == "뉴스폴").mean())),
        Q("pl-15", "share", "전체 표본 크기 합계 중 닐슨이 차지하는 비중",
          lambda f: percent(100 * where(_p(f), 조사_기관="닐슨")[SIZE].sum() / _p(f)[SIZE].sum())),
        Q("pl-16", "share", "what share of the polls put 노동당 지지율 at 50 or more?",
          lambda f: percent(100 * (_p(f)[ALP] >= 50).mean())),
        Q("pl-17", "share", "2007년 조사 중 모건 전화 조사가 차지하는 비율",
          lambda f: percent(100 * (_year(f, 2007)[ORG] == "모건 전화").mean())),
        Q("pl-18", "share", "What percentage of all polls were conducted in 2007?",
          lambda f: percent(100 * (_p(f).y == 2007).mean())),
        # ranking
        Q("pl-19", "ranking", "표본 크기 합계가 큰 조사 기관 상위 3곳", lambda f: top(_by_org(_p(f), SIZE, "sum"), 3)),
        Q("pl-20", "ranking", "평균 노동당 지지율이 높은 순서로 조사 기관 5곳을 나열해줘",
          lambda f: top(_by_org(_p(f), ALP), 5)),
        Q("pl-21", "ranking", "the 2 months with the most polls", lambda f: top(_p(f).groupby("m").size(), 2)),
        Q("pl-22", "ranking", "2007년 월별 평균 노동당 지지율이 가장 높았던 3개월",
          lambda f: top(_year(f, 2007).groupby("m")[ALP].mean(), 3)),
        Q("pl-23", "ranking", "표본 크기가 가장 큰 조사 5건의 조사_번호",
          lambda f: top(_p(f).set_index("조사_번호")[SIZE], 5)),
        # which_one
        Q("pl-24", "which_one", "평균 노동당 지지율이 가장 높은 조사 기관은?", lambda f: best(_by_org(_p(f), ALP))),
        Q("pl-25", "which_one", "평균 표본 크기가 가장 작은 조사 기관은?",
          lambda f: best(_by_org(_p(f), SIZE), largest=False)),
        Q("pl-26", "which_one", "which month had the highest average 노동당 지지율?", lambda f: _month_of(_p(f), ALP)),
        Q("pl-27", "which_one", "노동당 지지율이 가장 높았던 조사는 언제야?", lambda f: _date_of(_p(f), ALP)),
        Q("pl-28", "which_one", "평균 녹색당 지지율이 가장 높았던 해는?",
          lambda f: best(_p(f).groupby(_p(f).y.astype(str))[GREEN].mean())),
        # multi_measure
        Q("pl-29", "multi_measure", "노동당 지지율의 평균과 최댓값",
          lambda f: values(_p(f)[ALP].mean(), _p(f)[ALP].max())),
        Q("pl-30", "multi_measure", "2007년 자유당 지지율 최솟값과 최댓값",
          lambda f: values(_year(f, 2007)[LIB].min(), _year(f, 2007)[LIB].max())),
        Q("pl-31", "multi_measure", "minimum and maximum sample size",
          lambda f: values(_p(f)[SIZE].min(), _p(f)[SIZE].max())),
        Q("pl-32", "multi_measure", "2006년 노동당과 자유당의 평균 지지율",
          lambda f: values(_year(f, 2006)[ALP].mean(), _year(f, 2006)[LIB].mean())),
        # breakdown
        Q("pl-33", "breakdown", "조사 기관별 조사 건수", lambda f: rows(_p(f).groupby(ORG).size())),
        Q("pl-34", "breakdown", "average 녹색당 지지율 by 조사_기관", lambda f: rows(_by_org(_p(f), GREEN))),
        Q("pl-35", "breakdown", "기관별 평균 표본 크기", lambda f: rows(_by_org(_p(f), SIZE))),
        Q("pl-36", "breakdown", "2007년 조사 기관별 평균 노동당 지지율", lambda f: rows(_by_org(_year(f, 2007), ALP))),
        # filter_value
        Q("pl-37", "filter_value", "닐슨 조사의 평균 자유당 지지율",
          lambda f: value(where(_p(f), 조사_기관="닐슨")[LIB].mean())),
        Q("pl-38", "filter_value", "모건 전화 조사들의 평균 표본 크기",
          lambda f: value(where(_p(f), 조사_기관="모건 전화")[SIZE].mean())),
        Q("pl-39", "filter_value", "average 노동당 지지율 in polls with a sample size of at least 2000",
          lambda f: value(_p(f)[_p(f)[SIZE] >= 2000][ALP].mean())),
        # min_max
        Q("pl-40", "min_max", "녹색당 지지율 최댓값은?", lambda f: value(_p(f)[GREEN].max())),
        Q("pl-41", "min_max", "가장 작은 표본 크기", lambda f: value(_p(f)[SIZE].min())),
        Q("pl-42", "min_max", "lowest 노동당 지지율 in any poll", lambda f: value(_p(f)[ALP].min())),
        # average
        Q("pl-43", "average", "평균 노동당 지지율은?", lambda f: value(_p(f)[ALP].mean())),
        Q("pl-44", "average", "What is the average 가족우선당 지지율?", lambda f: value(_p(f)[FF].mean())),
        # year_period
        Q("pl-45", "year_period", "2005년 평균 노동당 지지율", lambda f: value(_year(f, 2005)[ALP].mean())),
        Q("pl-46", "year_period", "2006년 4분기 평균 자유당 지지율",
          lambda f: value(_months(f, "2006-10", "2006-12")[LIB].mean())),
        Q("pl-47", "year_period", "average 녹색당 지지율 in Q3 2007",
          lambda f: value(_months(f, "2007-07", "2007-09")[GREEN].mean())),
        Q("pl-48", "year_period", "2007년 1분기에 조사는 몇 건이었어?",
          lambda f: value(len(_months(f, "2007-01", "2007-03")))),
        Q("pl-49", "year_period", "2006년 5월 평균 노동당 지지율",
          lambda f: value(_months(f, "2006-05", "2006-05")[ALP].mean())),
        Q("pl-50", "year_period", "How many polls did 닐슨 run in 2006?",
          lambda f: value(len(_year(f, 2006, 조사_기관="닐슨")))),
        Q("pl-51", "year_period", "2005년 상반기 평균 노동당 지지율",
          lambda f: value(_months(f, "2005-01", "2005-06")[ALP].mean())),
        Q("pl-52", "year_period", "2007년 10월 표본 크기 합계",
          lambda f: value(_months(f, "2007-10", "2007-10")[SIZE].sum())),
        # date_range
        Q("pl-53", "date_range", "2005년부터 2006년까지 평균 노동당 지지율",
          lambda f: value(_months(f, "2005-01", "2006-12")[ALP].mean())),
        Q("pl-54", "date_range", "average 자유당 지지율 from March 2007 to June 2007",
          lambda f: value(_months(f, "2007-03", "2007-06")[LIB].mean())),
        Q("pl-55", "date_range", "2006년 7월부터 12월까지 조사 건수",
          lambda f: value(len(_months(f, "2006-07", "2006-12")))),
        Q("pl-56", "date_range", "2007년 9월 1일부터 10월 15일까지 평균 노동당 지지율",
          lambda f: value(_days(f, "2007-09-01", "2007-10-15")[ALP].mean())),
        Q("pl-57", "date_range", "between 2005 and 2006, what was the highest 녹색당 지지율?",
          lambda f: value(_months(f, "2005-01", "2006-12")[GREEN].max())),
        Q("pl-58", "date_range", "2005년 3월~2005년 8월 뉴스폴 평균 노동당 지지율",
          lambda f: value(_months(f, "2005-03", "2005-08", 조사_기관="뉴스폴")[ALP].mean())),
        # relative_period
        Q("pl-59", "relative_period", "지난달 평균 노동당 지지율",
          lambda f: value(_months(f, "2007-10", "2007-10")[ALP].mean())),
        Q("pl-60", "relative_period", "최근 3개월 조사 건수", lambda f: value(len(_last_months(f, 3)))),
        Q("pl-61", "relative_period", "작년 평균 자유당 지지율",
          lambda f: value(_year(f, _latest(f).year - 1)[LIB].mean())),
        Q("pl-62", "relative_period", "average 노동당 지지율 over the last 30 days",
          lambda f: value(_last_days(f, 30)[ALP].mean())),
        Q("pl-63", "relative_period", "최근 7일간 조사는 몇 건?", lambda f: value(len(_last_days(f, 7)))),
        Q("pl-64", "relative_period", "올해 뉴스폴 평균 노동당 지지율",
          lambda f: value(_year(f, _latest(f).year, 조사_기관="뉴스폴")[ALP].mean())),
        Q("pl-65", "relative_period", "total sample size over the last 12 months",
          lambda f: value(_last_months(f, 12)[SIZE].sum())),
        Q("pl-66", "relative_period", "지난 분기 평균 녹색당 지지율",
          lambda f: value(_months(f, "2007-07", "2007-09")[GREEN].mean())),
        Q("pl-67", "relative_period", "최근 6개월 월별 평균 노동당 지지율",
          lambda f: _monthly(_last_months(f, 6), ALP)),
        Q("pl-68", "relative_period", "가장 최근 조사의 노동당 지지율은?",
          lambda f: value(_p(f).sort_values("d")[ALP].iloc[-1])),
        # trend
        Q("pl-69", "trend", "연도별 평균 노동당 지지율 추이", lambda f: _yearly(_p(f), ALP)),
        Q("pl-70", "trend", "monthly trend of the average 노동당 지지율 in 2007",
          lambda f: _monthly(_year(f, 2007), ALP)),
        Q("pl-71", "trend", "월별 조사 건수 추이", lambda f: rows(_p(f).groupby("m").size(), ordered=True)),
        Q("pl-72", "trend", "2006년 월별 평균 자유당 지지율", lambda f: _monthly(_year(f, 2006), LIB)),
        Q("pl-73", "trend", "yearly total sample size", lambda f: _yearly(_p(f), SIZE, "sum")),
        Q("pl-74", "trend", "뉴스폴의 연도별 평균 노동당 지지율 추이",
          lambda f: _yearly(where(_p(f), 조사_기관="뉴스폴"), ALP)),
        Q("pl-75", "trend", "2007년 월별 표본 크기 합계 추이", lambda f: _monthly(_year(f, 2007), SIZE, "sum")),
        Q("pl-76", "trend", "how did the average 녹색당 지지율 change year by year?", lambda f: _yearly(_p(f), GREEN)),
        # unanswerable
        Q("pl-77", "unanswerable", "2008년 노동당 지지율을 예측해줘", lambda f: refuse()),
        Q("pl-78", "unanswerable", "응답자 연령대별 노동당 지지율", lambda f: refuse()),
        Q("pl-79", "unanswerable", "Which state had the highest Labor support?", lambda f: refuse()),
        Q("pl-80", "unanswerable", "조사 응답률 평균은?", lambda f: refuse()),
        # conversations
        Conversation("pl-81", "followup", [
            ("2006년 평균 노동당 지지율은?", lambda f: value(_year(f, 2006)[ALP].mean())),
            ("그럼 2007년은?", lambda f: value(_year(f, 2007)[ALP].mean())),
        ]),
        Conversation("pl-82", "followup", [
            ("2007년 평균 노동당 지지율", lambda f: value(_year(f, 2007)[ALP].mean())),
            ("조사 기관별로는?", lambda f: rows(_by_org(_year(f, 2007), ALP))),
            ("평균 대신 최댓값으로 바꿔줘", lambda f: rows(_by_org(_year(f, 2007), ALP, "max"))),
        ]),
        Conversation("pl-83", "followup", [
            ("average 자유당 지지율 in 2005", lambda f: value(_year(f, 2005)[LIB].mean())),
            ("only 뉴스폴", lambda f: value(_year(f, 2005, 조사_기관="뉴스폴")[LIB].mean())),
            ("and in 2006?", lambda f: value(_year(f, 2006, 조사_기관="뉴스폴")[LIB].mean())),
        ]),
        Conversation("pl-84", "followup", [
            ("최근 3개월 평균 노동당 지지율", lambda f: value(_last_months(f, 3)[ALP].mean())),
            ("녹색당은?", lambda f: value(_last_months(f, 3)[GREEN].mean())),
        ]),
        Conversation("pl-85", "followup", [
            ("뉴스폴 조사 건수는?", lambda f: value(len(where(_p(f), 조사_기관="뉴스폴")))),
            ("2007년만", lambda f: value(len(_year(f, 2007, 조사_기관="뉴스폴")))),
            ("닐슨은?", lambda f: value(len(_year(f, 2007, 조사_기관="닐슨")))),
        ]),
        Conversation("pl-86", "followup", [
            ("연도별 표본 크기 합계", lambda f: _yearly(_p(f), SIZE, "sum")),
            ("평균으로 바꿔줘", lambda f: _yearly(_p(f), SIZE, "mean")),
        ]),
        Conversation("pl-87", "followup", [
            ("total sample size by 조사_기관", lambda f: rows(_by_org(_p(f), SIZE, "sum"))),
            ("just 2006", lambda f: rows(_by_org(_year(f, 2006), SIZE, "sum"))),
        ]),
        Conversation("pl-88", "followup", [
            ("2007년 3분기 평균 노동당 지지율", lambda f: value(_months(f, "2007-07", "2007-09")[ALP].mean())),
            ("4분기는?", lambda f: value(_months(f, "2007-10", "2007-12")[ALP].mean())),
        ]),
        Conversation("pl-89", "followup", [
            ("노동당 지지율이 50 이상인 조사는 몇 건?", lambda f: value((_p(f)[ALP] >= 50).sum())),
            ("평균 표본 크기가 가장 큰 조사 기관은 어디야?", lambda f: best(_by_org(_p(f), SIZE))),
        ]),
        Conversation("pl-90", "followup", [
            ("monthly average 노동당 지지율 from January to June 2007",
             lambda f: _monthly(_months(f, "2007-01", "2007-06"), ALP)),
            ("only 모건 대면", lambda f: _monthly(_months(f, "2007-01", "2007-06", 조사_기관="모건 대면"), ALP)),
            ("자유당으로 바꿔줘", lambda f: _monthly(_months(f, "2007-01", "2007-06", 조사_기관="모건 대면"), LIB)),
        ]),
    ],
)
