"""Dev set on the working hours of 3,382 married American women in 1987 (Ecdat::Workinghours), two English tables.

`women` holds one row per woman (3,382): `person_id` (1 to 3,382, the source's order), `hours_worked` (her hours
of work in the year, 0 to 5,840; 0 for the 895 who did not work), `other_income` (the household's other income,
US dollars a year, -13,900 to 722,000), `age` (18 to 64), `education_years` (0 to 17), `children_0_to_5`,
`children_6_to_13`, `children_14_to_17` (numbers of children of those ages), `nonwhite`, `home_owned`,
`mortgage` (each `yes` / `no`; every home on a mortgage is owned), `husband_occupation_code` (`fr`, `mp`,
`other`, `swcc`) and `local_unemployment_rate` (whole percents, 1 to 30). It refers to `occupations` (4:
`occupation_code`, `occupation_name`, `name_from_help_page`) by `husband_occupation_code` = `occupation_code`:
`mp` is 'manager or professional'; `fr`, `swcc` and `other` are named by their code ('fr', 'swcc', 'other'),
the help page not spelling them out. Made by evals/authoring/dev_derived_workinghours.py (which states the
conversions: income x 100, 0/1 as yes/no, renames). The tables and their values are in English; many questions
are asked in Korean. 126 turns: 83 single questions and 16 conversations (43 turns); 45 of the 99 questions (by
first turn) are in Korean (60 of the 126 turns, 47.6%).

Readings:
- A "woman" / "wife" / "person" / "여성" / "아내" / "사람" / "명" is a row; "how many women" counts rows.
- "Worked" / "had a job" / "employed" / "일한" / "일을 한" is `hours_worked > 0`; "did not work" / "일을 전혀
  안 한" is `hours_worked = 0`. "Hours" / "working hours" / "근로시간" / "일한 시간" are `hours_worked` (a year).
  An average of hours is over every woman kept, those with 0 included, unless the question keeps only the women
  who worked ("among those who worked", "일한 여성들만").
- "Other household income" / "other income" / "household income besides hers" / "가구 기타 소득" / "기타 소득"
  / "다른 가구 소득" are `other_income`, in dollars.
- "Children" / "kids" / "자녀" / "아이" are the three counts (children under 18); "no children" / "자녀가 없는"
  is all three 0; "a child under 6" / "young children" / "미취학 자녀" / "0~5세 자녀" is `children_0_to_5 >= 1`;
  "teenagers 14-17" / "14~17세 자녀" is `children_14_to_17`.
- "Nonwhite" / "비백인" is `nonwhite = 'yes'`, "white" / "백인" `nonwhite = 'no'`. "Homeowners" / "own their
  home" / "집을 소유한" is `home_owned = 'yes'`; "on a mortgage" / "주택담보대출이 있는" `mortgage = 'yes'`.
  Labels of breakdowns by these are the tables' `yes` / `no`.
- The husband's occupation: "by (husband's) occupation code" / "남편 직업 코드별" labels with
  `husband_occupation_code`; "by occupation name" / "남편 직업 이름별" labels with `occupation_name` (a join with
  `occupations`). A question naming 'manager or professional' (or "managers or professionals") is `mp`.
- "Unemployment rate" / "실업률" is `local_unemployment_rate`, in percent.
- A share is of women (rows) unless it names another total (wh-40: of all hours). "The gap" / "차이" is the first
  named minus the second, as the question orders them, or says which. A median is the median of the rows kept.
- Cuts: "at least" / "or more" / "이상" and "or under" / "이하" are inclusive; "over" / "넘는" and "under" /
  "미만" are strict and used only where no row sits on the cut (checked by `cut`). Age ranges ("25 to 34",
  "30~39세") include both ends. Age bands are 18-29, 30-39, 40-49 and 50-64, named so in the question and
  labelled so in the expected rows.
- Rankings and which-one questions are over groups (occupation code or name, age band, education years,
  unemployment rate, number of young children) or over women by other income or hours at the very top (whose
  values do not tie), asked only without ties at the cut or at the top (`top` and `best`).
- Time: the data is one cross-section of 1987 (no dates). A question naming 1987 is over the whole table
  (year_period); age ranges play the part of ranges (date_range); trends follow a measure along ordered age
  bands, numbers of young children or education years (`ordered` rows). Other years, changes between years and
  forecasts are refused.
- Refused: other years, forecasts, causes ("why"), and what the tables do not hold: the wife's wage or own
  earnings, the husband's age or hours, the state or city, years married, religion.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and aged 6 to 13?"
  swaps the ages; "now only nonwhite women" adds a filter; "just the top 2 of those" is the top of the breakdown
  just shown; "she" / "her" is the woman the previous answer named; a bare "비율로는?" / "비율은?" after "그중
  X는?" is X's share of the group the turn before counted).
"""

import pandas as pd

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

W, OCCS = "women", "occupations"
ID, HOURS, INC, AGE, EDU = "person_id", "hours_worked", "other_income", "age", "education_years"
K5, K13, K17 = "children_0_to_5", "children_6_to_13", "children_14_to_17"
NW, OWN, MORT, OCC, UNEMP = "nonwhite", "home_owned", "mortgage", "husband_occupation_code", "local_unemployment_rate"
CODE, ONAME = "occupation_code", "occupation_name"
MP = "manager or professional"
AGE_BANDS = [("18-29", 18, 29), ("30-39", 30, 39), ("40-49", 40, 49), ("50-64", 50, 64)]


def _w(f, **equal):
    """The women (with these column values: `_w(f, nonwhite="yes")`)."""
    return where(f[W], **equal)


def _j(f, **equal):
    """The women joined to their husband's occupation name, with these column values."""
    joined = f[W].merge(f[OCCS], left_on=OCC, right_on=CODE, how="left", validate="many_to_one")
    if len(joined) != len(f[W]) or joined[ONAME].isna().any():
        raise ValueError("a woman without an occupation name")
    return where(joined, **equal)


def _worked(frame):
    return frame[frame[HOURS] > 0]


def _idle(frame):
    return frame[frame[HOURS] == 0]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _at_most(frame, column, n):
    return frame[frame[column] <= n]


def _ages(frame, low, high):
    """The women aged `low` to `high`, both included."""
    return frame[frame[AGE].between(low, high)]


def _kids(frame):
    return frame[K5] + frame[K13] + frame[K17]


def _childless(frame):
    return frame[_kids(frame) == 0]


def _young(frame):
    return _at_least(frame, K5, 1)


def _share(part, whole):
    return percent(100 * part / whole)


def _pct_worked(frame):
    return 100 * len(_worked(frame)) / len(frame)


def _pct(frame, column, wanted="yes"):
    return 100 * (frame[column] == wanted).sum() / len(frame)


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _share_by(frame, column, how):
    return frame.groupby(column).apply(how, include_groups=False)


def _banded(frame, how):
    """`how(rows of the band)` for each age band, as a Series in the bands' order."""
    return pd.Series({label: how(_ages(frame, low, high)) for label, low, high in AGE_BANDS})


def _richest(f):
    """The woman with the highest other income (a row), refusing a tie."""
    women = _w(f).set_index(ID)
    return women.loc[best(women[INC])["label"]]


def _busiest_band(f):
    """The age band with the highest share of women who worked."""
    found = best(_banded(_w(f), _pct_worked))["label"]
    return next((low, high) for label, low, high in AGE_BANDS if label == found)


SET = BankSet(
    name="dev_workinghours",
    split="dev",
    tables=[
        Table(W, file="dev/workinghours_women.parquet"),
        Table(OCCS, file="dev/workinghours_occupations.parquet"),
    ],
    questions=[
        # count
        Q("wh-01", "count", "How many women are in the data?", lambda f: value(len(_w(f)))),
        Q("wh-02", "count", "1년 동안 일을 전혀 안 한 여성은 몇 명이에요?", lambda f: value(len(_idle(_w(f))))),
        Q("wh-03", "count", "How many of the wives are nonwhite?", lambda f: value(len(_w(f, nonwhite="yes")))),
        Q(
            "wh-04",
            "count",
            "18세 미만 자녀가 하나도 없는 여성은 몇 명이야?",
            lambda f: value(len(_childless(_w(f)))),
        ),
        Q(
            "wh-05",
            "count",
            "How many women worked at least 2,000 hours during the year?",
            lambda f: value(len(_at_least(_w(f), HOURS, 2000))),
        ),
        # count_distinct
        Q(
            "wh-06",
            "count_distinct",
            "How many different husband's occupation codes appear in the women table?",
            lambda f: value(_w(f)[OCC].nunique()),
        ),
        Q(
            "wh-07",
            "count_distinct",
            "지역 실업률 값은 서로 다른 게 몇 가지나 있어?",
            lambda f: value(_w(f)[UNEMP].nunique()),
        ),
        Q(
            "wh-08",
            "count_distinct",
            "how many distinct ages are there among the nonwhite women",
            lambda f: value(_w(f, nonwhite="yes")[AGE].nunique()),
        ),
        # sum
        Q(
            "wh-09",
            "sum",
            "What's the total number of hours worked by all the women in the year?",
            lambda f: value(_w(f)[HOURS].sum()),
        ),
        Q("wh-10", "sum", "0~5세 아이 수를 전부 합치면 몇 명이야?", lambda f: value(_w(f)[K5].sum())),
        Q(
            "wh-11",
            "sum",
            "Sum of other household income for the homeowners, in dollars",
            lambda f: value(_w(f, home_owned="yes")[INC].sum()),
        ),
        Q(
            "wh-12",
            "sum",
            "남편 직업 코드가 mp인 여성들의 연간 근로시간 합계는?",
            lambda f: value(_w(f, husband_occupation_code="mp")[HOURS].sum()),
        ),
        # average
        Q(
            "wh-13",
            "average",
            "What's the average number of hours worked per woman over the year, counting those who didn't work as 0?",
            lambda f: value(_w(f)[HOURS].mean()),
        ),
        Q(
            "wh-14",
            "average",
            "일한 여성들만 놓고 보면 평균 근로시간은 몇 시간이에요?",
            lambda f: value(_worked(_w(f))[HOURS].mean()),
        ),
        Q("wh-15", "average", "median other household income", lambda f: value(_w(f)[INC].median())),
        Q("wh-16", "average", "여성들 평균 교육 연수는?", lambda f: value(_w(f)[EDU].mean())),
        Q(
            "wh-17",
            "average",
            "What is the average age of the women who did not work at all?",
            lambda f: value(_idle(_w(f))[AGE].mean()),
        ),
        # min_max
        Q(
            "wh-18",
            "min_max",
            "What's the most hours any woman worked in the year?",
            lambda f: value(_w(f)[HOURS].max()),
        ),
        Q("wh-19", "min_max", "가구 기타 소득 최솟값은 얼마야?", lambda f: value(_w(f)[INC].min())),
        Q("wh-20", "min_max", "how old is the oldest woman in the data", lambda f: value(_w(f)[AGE].max())),
        Q(
            "wh-21",
            "min_max",
            "6~13세 자녀가 제일 많은 집은 몇 명이나 돼?",
            lambda f: value(_w(f)[K13].max()),
        ),
        Q(
            "wh-22",
            "min_max",
            "Highest local unemployment rate among the nonwhite women?",
            lambda f: value(_w(f, nonwhite="yes")[UNEMP].max()),
        ),
        # multi_measure
        Q(
            "wh-23",
            "multi_measure",
            "Give me the mean, the median and the maximum of hours worked.",
            lambda f: values(_w(f)[HOURS].mean(), _w(f)[HOURS].median(), _w(f)[HOURS].max()),
        ),
        Q(
            "wh-24",
            "multi_measure",
            "집을 소유한 여성 수랑 그들의 평균 기타 소득 같이 보여줘",
            lambda f: values(len(_w(f, home_owned="yes")), _w(f, home_owned="yes")[INC].mean()),
        ),
        Q(
            "wh-25",
            "multi_measure",
            "For women with at least one child aged 0 to 5: how many are there and what are their average hours "
            "worked?",
            lambda f: values(len(_young(_w(f))), _young(_w(f))[HOURS].mean()),
        ),
        # ranking
        Q(
            "wh-26",
            "ranking",
            "Rank the husband's occupation codes by the wives' average hours worked, highest first.",
            lambda f: top(_by(_w(f), OCC, HOURS), 4),
        ),
        Q(
            "wh-27",
            "ranking",
            "평균 기타 소득이 높은 순서대로 남편 직업 코드 순위 매겨줘",
            lambda f: top(_by(_w(f), OCC, INC), 4),
        ),
        Q(
            "wh-28",
            "ranking",
            "Which three education levels (years of schooling) have the most women?",
            lambda f: top(_count_by(_w(f), EDU), 3),
        ),
        Q(
            "wh-29",
            "ranking",
            "여성이 가장 많이 사는 지역 실업률 값 상위 3개는?",
            lambda f: top(_count_by(_w(f), UNEMP), 3),
        ),
        Q(
            "wh-30",
            "ranking",
            "Order the age bands 18-29, 30-39, 40-49 and 50-64 by number of women, most first",
            lambda f: top(_banded(_w(f), len), 4),
        ),
        Q(
            "wh-31",
            "ranking",
            "기타 소득 상위 5명 person_id랑 금액 알려줘",
            lambda f: top(_w(f).set_index(ID)[INC], 5),
        ),
        # which_one
        Q(
            "wh-32",
            "which_one",
            "Which husband's occupation code is the most common?",
            lambda f: best(_count_by(_w(f), OCC)),
        ),
        Q(
            "wh-33",
            "which_one",
            "아내의 평균 근로시간이 가장 짧은 남편 직업 코드는 뭐야?",
            lambda f: best(_by(_w(f), OCC, HOURS), largest=False),
        ),
        Q(
            "wh-34",
            "which_one",
            "Which woman worked the most hours? Give her person_id.",
            lambda f: best(_w(f).set_index(ID)[HOURS]),
        ),
        Q(
            "wh-35",
            "which_one",
            "교육 연수별로 봤을 때 평균 근로시간이 제일 긴 건 몇 년이야?",
            lambda f: best(_by(_w(f), EDU, HOURS)),
        ),
        Q(
            "wh-36",
            "which_one",
            "Among the nonwhite women, which husband's occupation code is most common?",
            lambda f: best(_count_by(_w(f, nonwhite="yes"), OCC)),
        ),
        # share
        Q(
            "wh-37",
            "share",
            "What percentage of the women worked at all during the year?",
            lambda f: percent(_pct_worked(_w(f))),
        ),
        Q("wh-38", "share", "비백인 여성 비율은 몇 %야?", lambda f: percent(_pct(_w(f), NW))),
        Q(
            "wh-39",
            "share",
            "Of the women whose household owns its home, what share have a mortgage on it?",
            lambda f: percent(_pct(_w(f, home_owned="yes"), MORT)),
        ),
        Q(
            "wh-40",
            "share",
            "전체 근로시간 중에서 남편 직업 코드가 mp인 여성들이 차지하는 비중은?",
            lambda f: _share(_w(f, husband_occupation_code="mp")[HOURS].sum(), _w(f)[HOURS].sum()),
        ),
        Q(
            "wh-41",
            "share",
            "What share of women with a child under 6 did no work at all?",
            lambda f: _share(len(_idle(_young(_w(f)))), len(_young(_w(f)))),
        ),
        # breakdown
        Q(
            "wh-42",
            "breakdown",
            "Number of women by husband's occupation code",
            lambda f: rows(_count_by(_w(f), OCC)),
        ),
        Q(
            "wh-43",
            "breakdown",
            "남편 직업 코드별 평균 근로시간 보여줘",
            lambda f: rows(_by(_w(f), OCC, HOURS)),
        ),
        Q(
            "wh-44",
            "breakdown",
            "median hours worked by home_owned (yes / no)",
            lambda f: rows(_by(_w(f), OWN, HOURS, "median")),
        ),
        Q(
            "wh-45",
            "breakdown",
            "nonwhite 여부(yes/no)별로 일한 적 있는 여성 비율 알려줘",
            lambda f: rows(_share_by(_w(f), NW, _pct_worked)),
        ),
        Q(
            "wh-46",
            "breakdown",
            "Count of women by number of children aged 0 to 5",
            lambda f: rows(_count_by(_w(f), K5)),
        ),
        # filter_value
        Q(
            "wh-47",
            "filter_value",
            "Average hours worked by women whose other household income is at least $50,000",
            lambda f: value(_at_least(_w(f), INC, 50000)[HOURS].mean()),
        ),
        Q(
            "wh-48",
            "filter_value",
            "교육 연수 16년 이상인 여성들의 평균 근로시간은?",
            lambda f: value(_at_least(_w(f), EDU, 16)[HOURS].mean()),
        ),
        Q(
            "wh-49",
            "filter_value",
            "How many homeowners without a mortgage worked at least 1,000 hours?",
            lambda f: value(len(_at_least(_w(f, home_owned="yes", mortgage="no"), HOURS, 1000))),
        ),
        Q(
            "wh-50",
            "filter_value",
            "지역 실업률이 10% 이상인 곳에 사는 여성 중에 일한 사람 비율은?",
            lambda f: percent(_pct_worked(_at_least(_w(f), UNEMP, 10))),
        ),
        # loose_value
        Q(
            "wh-51",
            "loose_value",
            "how many wifes didnt work at all",
            lambda f: value(len(_idle(_w(f)))),
        ),
        Q("wh-52", "loose_value", "여자들 평균 나이 몇 살임?", lambda f: value(_w(f)[AGE].mean())),
        Q(
            "wh-53",
            "loose_value",
            "avg hrs for moms with kids under 6?",
            lambda f: value(_young(_w(f))[HOURS].mean()),
        ),
        Q("wh-54", "loose_value", "집 있는 사람 몇 명?", lambda f: value(len(_w(f, home_owned="yes")))),
        Q(
            "wh-55",
            "loose_value",
            "whats the avg household income besides the wife's",
            lambda f: value(_w(f)[INC].mean()),
        ),
        # join: occupation names
        Q(
            "wh-56",
            "join",
            "Average hours worked by the husband's occupation name",
            lambda f: rows(_by(_j(f), ONAME, HOURS)),
        ),
        Q(
            "wh-57",
            "join",
            "남편 직업이 'manager or professional'인 여성은 몇 명이야?",
            lambda f: value(len(_j(f, occupation_name=MP))),
        ),
        Q(
            "wh-58",
            "join",
            "'manager or professional' 남편을 둔 여성들의 평균 기타 소득은?",
            lambda f: value(_j(f, occupation_name=MP)[INC].mean()),
        ),
        Q(
            "wh-59",
            "join",
            "Share of nonwhite women for each husband's occupation name",
            lambda f: rows(_share_by(_j(f), ONAME, lambda g: _pct(g, NW))),
        ),
        Q(
            "wh-60",
            "join",
            "Which husband's occupation name has the highest average other household income?",
            lambda f: best(_by(_j(f), ONAME, INC)),
        ),
        Q(
            "wh-61",
            "join",
            "남편 직업 이름별로 집 소유 비율 보여줘",
            lambda f: rows(_share_by(_j(f), ONAME, lambda g: _pct(g, OWN))),
        ),
        Q(
            "wh-62",
            "join",
            "How many nonwhite women with a husband who is a manager or professional worked at all?",
            lambda f: value(len(_worked(_j(f, occupation_name=MP, nonwhite="yes")))),
        ),
        # year_period: the data is 1987
        Q("wh-63", "year_period", "How many married women were surveyed in 1987?", lambda f: value(len(_w(f)))),
        Q(
            "wh-64",
            "year_period",
            "1987년에 비백인 여성들이 일한 시간은 다 합쳐서 얼마야?",
            lambda f: value(_w(f, nonwhite="yes")[HOURS].sum()),
        ),
        Q(
            "wh-65",
            "year_period",
            "In 1987, what was the average local unemployment rate where these women lived?",
            lambda f: value(_w(f)[UNEMP].mean()),
        ),
        # date_range: age ranges
        Q(
            "wh-66",
            "date_range",
            "How many women are aged 25 to 34?",
            lambda f: value(len(_ages(_w(f), 25, 34))),
        ),
        Q(
            "wh-67",
            "date_range",
            "30~39세 여성들 평균 근로시간",
            lambda f: value(_ages(_w(f), 30, 39)[HOURS].mean()),
        ),
        Q(
            "wh-68",
            "date_range",
            "Among women aged 40 to 49, what share worked at all?",
            lambda f: percent(_pct_worked(_ages(_w(f), 40, 49))),
        ),
        Q(
            "wh-69",
            "date_range",
            "50세에서 64세 사이 여성 중 비백인은 몇 명이야?",
            lambda f: value(len(_ages(_w(f, nonwhite="yes"), 50, 64))),
        ),
        # trend: along age bands, young children and schooling
        Q(
            "wh-70",
            "trend",
            "How does the share of women who worked change with age? Use the bands 18-29, 30-39, 40-49 and 50-64, "
            "youngest first.",
            lambda f: rows(_banded(_w(f), _pct_worked), ordered=True),
        ),
        Q(
            "wh-71",
            "trend",
            "0~5세 자녀 수(0명, 1명, 2명, ...)에 따라 평균 근로시간이 어떻게 변하는지 보여줘",
            lambda f: rows(_by(_w(f), K5, HOURS), ordered=True),
        ),
        Q(
            "wh-72",
            "trend",
            "average hours worked for each number of years of education, from the fewest years to the most",
            lambda f: rows(_by(_w(f), EDU, HOURS), ordered=True),
        ),
        Q(
            "wh-73",
            "trend",
            "나이대(18-29, 30-39, 40-49, 50-64)별 평균 기타 소득을 어린 나이대부터 순서대로",
            lambda f: rows(_banded(_w(f), lambda b: b[INC].mean()), ordered=True),
        ),
        # unanswerable
        Q("wh-74", "unanswerable", "What was each woman's hourly wage?", lambda f: refuse()),
        Q("wh-75", "unanswerable", "여성들이 사는 주(state)별 인원수 알려줘", lambda f: refuse()),
        Q(
            "wh-76",
            "unanswerable",
            "Why do women with young children work fewer hours?",
            lambda f: refuse(),
        ),
        Q("wh-77", "unanswerable", "1990년 평균 근로시간은 얼마였어?", lambda f: refuse()),
        Q("wh-78", "unanswerable", "How old are the husbands on average?", lambda f: refuse()),
        Q("wh-79", "unanswerable", "내년 여성들 근로시간 예측해줘", lambda f: refuse()),
        Q("wh-80", "unanswerable", "How many years have these women been married?", lambda f: refuse()),
        Q("wh-81", "unanswerable", "아내 본인이 번 연봉 평균은 얼마야?", lambda f: refuse()),
        Q("wh-82", "unanswerable", "What's the average number of hours the husbands worked?", lambda f: refuse()),
        Q("wh-83", "unanswerable", "종교별로 근로시간 차이가 있어?", lambda f: refuse()),
        # conversations
        Conversation(
            "wh-c01",
            "followup",
            [
                ("남편 직업 코드별 여성 수 알려줘", lambda f: rows(_count_by(_w(f), OCC))),
                ("평균 근로시간도 코드별로", lambda f: rows(_by(_w(f), OCC, HOURS))),
                ("그중 제일 긴 곳은?", lambda f: best(_by(_w(f), OCC, HOURS))),
            ],
        ),
        Conversation(
            "wh-c02",
            "followup",
            [
                ("How many nonwhite women are there?", lambda f: value(len(_w(f, nonwhite="yes")))),
                ("how many of them worked?", lambda f: value(len(_worked(_w(f, nonwhite="yes"))))),
                (
                    "and what were the average hours of those who worked?",
                    lambda f: value(_worked(_w(f, nonwhite="yes"))[HOURS].mean()),
                ),
            ],
        ),
        Conversation(
            "wh-c03",
            "followup",
            [
                ("Average hours worked by number of children aged 0 to 5", lambda f: rows(_by(_w(f), K5, HOURS))),
                ("just the top 2 of those", lambda f: top(_by(_w(f), K5, HOURS), 2)),
            ],
        ),
        Conversation(
            "wh-c04",
            "followup",
            [
                ("집을 소유한 가구의 여성은 몇 명이야?", lambda f: value(len(_w(f, home_owned="yes")))),
                ("그중 주택담보대출이 있는 사람은?", lambda f: value(len(_w(f, home_owned="yes", mortgage="yes")))),
                (
                    "비율로는?",
                    lambda f: _share(len(_w(f, home_owned="yes", mortgage="yes")), len(_w(f, home_owned="yes"))),
                ),
            ],
        ),
        Conversation(
            "wh-c05",
            "followup",
            [
                (
                    "교육 연수가 12년인 여성들 평균 근로시간은?",
                    lambda f: value(_w(f, education_years=12)[HOURS].mean()),
                ),
                ("16년이면?", lambda f: value(_w(f, education_years=16)[HOURS].mean())),
                (
                    "16년에서 12년 빼면 차이가 얼마야?",
                    lambda f: value(
                        _w(f, education_years=16)[HOURS].mean() - _w(f, education_years=12)[HOURS].mean()
                    ),
                ),
            ],
        ),
        Conversation(
            "wh-c06",
            "followup",
            [
                (
                    "Average other household income of the women who did not work",
                    lambda f: value(_idle(_w(f))[INC].mean()),
                ),
                ("and of those who worked?", lambda f: value(_worked(_w(f))[INC].mean())),
                (
                    "what's the gap, non-workers minus workers?",
                    lambda f: value(_idle(_w(f))[INC].mean() - _worked(_w(f))[INC].mean()),
                ),
            ],
        ),
        Conversation(
            "wh-c07",
            "followup",
            [
                (
                    "Which woman has the highest other household income? person_id please",
                    lambda f: best(_w(f).set_index(ID)[INC]),
                ),
                ("how many hours did she work?", lambda f: value(_richest(f)[HOURS])),
                ("and her husband's occupation code?", lambda f: value(_richest(f)[OCC])),
            ],
        ),
        Conversation(
            "wh-c08",
            "followup",
            [
                ("1987년 자료에서 일한 여성은 몇 명이야?", lambda f: value(len(_worked(_w(f))))),
                ("1986년에는?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "wh-c09",
            "followup",
            [
                ("Number of women by husband's occupation name", lambda f: rows(_count_by(_j(f), ONAME))),
                ("now only the nonwhite women", lambda f: rows(_count_by(_j(f, nonwhite="yes"), ONAME))),
            ],
        ),
        Conversation(
            "wh-c10",
            "followup",
            [
                ("29세 이하 여성은 몇 명이야?", lambda f: value(len(_at_most(_w(f), AGE, 29)))),
                ("그중 일한 사람은?", lambda f: value(len(_worked(_at_most(_w(f), AGE, 29))))),
                (
                    "비율은?",
                    lambda f: _share(len(_worked(_at_most(_w(f), AGE, 29))), len(_at_most(_w(f), AGE, 29))),
                ),
            ],
        ),
        Conversation(
            "wh-c11",
            "followup",
            [
                ("평균 지역 실업률은 몇 %야?", lambda f: value(_w(f)[UNEMP].mean())),
                ("비백인 여성들만 보면?", lambda f: value(_w(f, nonwhite="yes")[UNEMP].mean())),
                ("백인 여성들은?", lambda f: value(_w(f, nonwhite="no")[UNEMP].mean())),
            ],
        ),
        Conversation(
            "wh-c12",
            "followup",
            [
                ("연간 2,000시간 이상 일한 여성은 몇 명이야?", lambda f: value(len(_at_least(_w(f), HOURS, 2000)))),
                ("남편 직업 코드별로 나눠줘", lambda f: rows(_count_by(_at_least(_w(f), HOURS, 2000), OCC))),
                ("다른 질문인데, 전체 여성의 평균 나이는?", lambda f: value(_w(f)[AGE].mean())),
            ],
        ),
        Conversation(
            "wh-c13",
            "followup",
            [
                (
                    "Median hours among the women who worked",
                    lambda f: value(_worked(_w(f))[HOURS].median()),
                ),
                ("and the mean?", lambda f: value(_worked(_w(f))[HOURS].mean())),
                (
                    "mean minus median?",
                    lambda f: value(_worked(_w(f))[HOURS].mean() - _worked(_w(f))[HOURS].median()),
                ),
            ],
        ),
        Conversation(
            "wh-c14",
            "followup",
            [
                ("남편 직업 이름별 평균 기타 소득 보여줘", lambda f: rows(_by(_j(f), ONAME, INC))),
                ("평균 말고 중앙값으로", lambda f: rows(_by(_j(f), ONAME, INC, "median"))),
            ],
        ),
        Conversation(
            "wh-c15",
            "followup",
            [
                (
                    "What share of women have at least one child aged 14 to 17?",
                    lambda f: percent(100 * (_w(f)[K17] >= 1).mean()),
                ),
                ("and aged 6 to 13?", lambda f: percent(100 * (_w(f)[K13] >= 1).mean())),
                ("and 0 to 5?", lambda f: percent(100 * (_w(f)[K5] >= 1).mean())),
            ],
        ),
        Conversation(
            "wh-c16",
            "followup",
            [
                (
                    "나이대 18-29, 30-39, 40-49, 50-64 중에 일한 여성 비율이 제일 높은 나이대는?",
                    lambda f: best(_banded(_w(f), _pct_worked)),
                ),
                ("그 나이대 평균 근로시간은?", lambda f: value(_ages(_w(f), *_busiest_band(f))[HOURS].mean())),
            ],
        ),
    ],
)
