"""Dev set on the 1988 Chilean plebiscite survey (car::Chile) as a Korean respondent table and a region table.

`칠레_투표조사` holds one row per respondent (2,700) of FLACSO/Chile's national survey of April and May 1988:
`응답자번호` (1 to 2,700, the source's row order), `지역코드` (C, M, N, S, SA), `인구` (the population of the
respondent's community, ten values from 3,750 to 250,000), `성별` (남성 / 여성), `나이` (18 to 70; missing for
1), `학력` (초등 / 중등 / 고등교육; missing for 11), `월소득` (monthly income in pesos, seven values from 2,500
to 200,000; missing for 98), `현정권지지도` (support for the status quo, a standardised score of mean 0;
missing for 17) and `투표의향` (찬성 / 반대 / 미정 / 기권; missing for 168). It refers to `지역` (5: `지역코드`,
`지역명`: C 중부, M 수도권, N 북부, S 남부, SA 산티아고 시내). Made by evals/authoring/dev_derived_chile_ko.py.
128 turns: 84 single questions and 17 conversations (44 turns); 71 of the 101 questions (by first turn) in Korean
(92 turns).

Readings:
- A "respondent" / "person" / "응답자" / "사람" / "명" is a row. A count of respondents counts every row that
  meets the question's conditions; a row whose column is missing never meets a condition on that column (a
  missing 투표의향 is neither 찬성 nor anything else, a missing 나이 is in no age range). "How many people" with
  no condition is 2,700. "투표의향 응답이 없는" / "no vote intention recorded" / "월소득 기록 없는" count the
  missing rows.
- An average, a median, a minimum, a maximum or a sum of a column ignores the rows where that column is missing
  (as SQL's AVG does): "평균 월소득" is over the 2,602 respondents with an income, "평균 나이" over 2,699.
- Shares name their whole: "전체 응답자 중" / "of all respondents" divides by every row of the group (missing
  values counted in the whole, never in the part); "투표의향을 밝힌 사람 중" / "among those who gave a vote
  intention" / "투표의향 응답자 기준" divides by the group's rows whose 투표의향 is recorded; "월소득 기록 있는"
  likewise for income. "그중" / "of them" in a follow-up divides by the previous turn's rows. A share asked
  alone is a `percent` (33.3 or 0.333); the shares inside a trend or a breakdown are asked "in %" / "몇 %" and
  given on the 0-100 scale.
- Breakdowns and rankings by a column with missing values (학력, 투표의향, 월소득, 나이) have one row per value
  held: the missing group is never a row of the expected answer.
- Values: 찬성 is a yes vote (for Pinochet, the status quo), 반대 a no vote (against him), 미정 undecided, 기권
  will abstain. Loose words: "back / support Pinochet", "pro-Pinochet", "피노체트 지지" are 찬성; "the No camp",
  "피노체트 반대" are 반대; "undecideds", "아직 마음 못 정한" are 미정; "sit the vote out", "투표 안 하겠다는"
  are 기권; "guys", "남자" are 남성, "women", "여자", "여자분" 여성; "초졸" is 초등, "대학 나온" / "college-educated"
  is 고등교육 (post-secondary); "월급", "수입", "income", "pay" are 월소득; "sq score", "status-quo support" are
  현정권지지도.
- Regions: a question saying "지역코드" / "region code" groups and labels by the code; one naming a region by
  its Korean name, or asking "지역별" / "지역명별" / "by region" without "code", joins `지역` and labels by
  `지역명` (English questions name the region in Korean, e.g. "the 북부 region"). 수도권 (M, the Metropolitan
  Santiago area) and 산티아고 시내 (SA, the city of Santiago) are different regions.
- Order: 학력's own order is 초등, 중등, 고등교육; 월소득 and 인구 are numbers. Trend questions follow a measure
  along 학력, the seven income values or age bands (the data has no time axis) and expect their rows in that
  order (`ordered`). Age bands are named in the question: "20대 ... 60대" is 20-29, ..., 60-69 (the 18-19 and
  70-year-olds are then outside every band).
- Cuts: age ranges are inclusive at both ends ("25세부터 34세까지", "18~24세", "aged 40 through 49", "between 50
  and 64"), "이상" / "or older" inclusive; no question cuts an age with "over" / "미만". Income, population and
  현정권지지도 cuts ("넘는", "more than", "미만", "above", "보다 큰") are strict and sit at values no row holds
  (checked by `cut`: incomes 10,000, 50,000, 100,000; populations 50,000, 100,000; score 0), so strict and
  inclusive readings agree.
- Rankings and which-one questions are asked only without ties at the cut or at the top (checked by `top` and
  `best`); a which-one over respondents answers the 응답자번호 (with the value).
- Time: the survey is one wave, April-May 1988. A question naming 1988 (or "88년 4~5월") is over the whole table
  (year_period); age ranges play the part of ranges (date_range). There are no dates, so no relative-period
  question is asked: "last year", "2년 전", other years (1989, 2000), months or interview dates are refused.
- Refused as well: the plebiscite's actual result (the table holds intentions), causes, forecasts, and what the
  table does not hold: occupation, religion, party, household size, cities or communes by name.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("남부는?" swaps the
  region; "월소득으로 바꿔서" changes the measure; "그중" narrows to the previous turn's rows, keeping its
  filters; "그중 상위 3개는?" is the top 3 of the breakdown just shown; "거기" is the region just named; "둘
  차이는?" is the absolute gap of the last two figures).
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    cut,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

T, R = "칠레_투표조사", "지역"
ID, CODE, POP, SEX, AGE, EDU, INC, SQ, VOTE, NAME = (
    "응답자번호", "지역코드", "인구", "성별", "나이", "학력", "월소득", "현정권지지도", "투표의향", "지역명",
)
YES, NO, UNDECIDED, ABSTAIN = "찬성", "반대", "미정", "기권"
MALE, FEMALE = "남성", "여성"
PRIMARY, SECONDARY, POST = "초등", "중등", "고등교육"
EDUCATIONS = [PRIMARY, SECONDARY, POST]
CENTRAL, METRO, NORTH, SOUTH, CITY = "중부", "수도권", "북부", "남부", "산티아고 시내"
DECADES = [("20대", 20, 29), ("30대", 30, 39), ("40대", 40, 49), ("50대", 50, 59), ("60대", 60, 69)]


def _s(f, **equal):
    """The respondents (with these column values: `_s(f, **{SEX: FEMALE})`)."""
    return where(f[T], **equal)


def _v(f, vote, **equal):
    """The respondents with this vote intention (and these column values)."""
    return _s(f, **{VOTE: vote}, **equal)


def _j(f):
    """The respondents with their region's name (`지역명`)."""
    return f[T].merge(f[R], on=CODE, how="left", validate="many_to_one")


def _r(f, name, **equal):
    """The respondents of the region named `name` (and with these column values)."""
    return where(_j(f), **{NAME: name}, **equal)


def _ages(frame, low, high):
    """The rows aged `low` to `high`, both included (a missing age is in no range)."""
    return frame[frame[AGE].between(low, high).fillna(False).astype(bool)]


def _known(frame, column=VOTE):
    """The rows whose `column` is recorded."""
    return frame[frame[column].notna()]


def _share(part, whole):
    return percent(100 * part / whole)


def _pct(frame, vote):
    """The share (0-100) of `vote` among the frame's rows with a recorded vote intention."""
    known = _known(frame)
    return 100 * (known[VOTE] == vote).sum() / len(known)


def _yes_of_known(frame):
    return percent(_pct(frame, YES))


def _count(frame, by):
    return frame.groupby(by).size()


def _mean(frame, by, column):
    return frame.groupby(by)[column].mean()


def _by_region(f, measure):
    """`measure(rows)` for each region, indexed by `지역명`."""
    joined = _j(f)
    return pd.Series({name: measure(group) for name, group in joined.groupby(NAME)})


def _ordered_education(series):
    return rows(series.reindex(EDUCATIONS), ordered=True)


def _decades(frame, measure):
    return pd.Series({label: measure(_ages(frame, low, high)) for label, low, high in DECADES})


def _labels(found):
    """A which-one or a ranking without its value (a rate the answer may give in another scale)."""
    return {key: found[key] for key in ("order", "label") if key in found}


def _top_labels(series, n):
    return top(series, n)["order"]


def _highest_sq_region(f):
    return best(_by_region(f, lambda g: g[SQ].mean()))["label"]


SET = BankSet(
    name="dev_chile_ko",
    split="dev",
    tables=[
        Table(T, file="dev/chile_ko_survey.parquet"),
        Table(R, file="dev/chile_ko_regions.parquet"),
    ],
    questions=[
        # count
        Q("ck-01", "count", "응답자 전부 몇 명이야?", lambda f: value(len(_s(f)))),
        Q("ck-02", "count", "찬성하겠다고 답한 사람 몇 명이에요?", lambda f: value(len(_v(f, YES)))),
        Q(
            "ck-03",
            "count",
            "How many women said they'd vote no?",
            lambda f: value(len(_v(f, NO, **{SEX: FEMALE}))),
        ),
        Q("ck-04", "count", "학력 정보가 빠진 응답자는 몇 명?", lambda f: value(int(_s(f)[EDU].isna().sum()))),
        Q(
            "ck-05",
            "count",
            "월소득이 10만 페소 넘는 사람은 몇 명이나 돼?",
            lambda f: value(len(cut(_s(f), INC, low=100000))),
        ),
        # count_distinct
        Q("ck-06", "count_distinct", "지역코드는 몇 종류 있어?", lambda f: value(_s(f)[CODE].nunique())),
        Q(
            "ck-07",
            "count_distinct",
            "How many distinct monthly income values appear in the survey?",
            lambda f: value(_s(f)[INC].nunique()),
        ),
        Q(
            "ck-08",
            "count_distinct",
            "응답자들이 사는 공동체 인구 규모는 서로 다른 값이 몇 개야?",
            lambda f: value(_s(f)[POP].nunique()),
        ),
        Q(
            "ck-09",
            "count_distinct",
            "기권하겠다는 사람들 나이는 몇 가지나 돼요?",
            lambda f: value(_v(f, ABSTAIN)[AGE].nunique()),
        ),
        # sum
        Q("ck-10", "sum", "응답자 월소득 다 합치면 얼마야?", lambda f: value(_s(f)[INC].sum())),
        Q(
            "ck-11",
            "sum",
            "Total monthly income of men with post-secondary education",
            lambda f: value(_s(f, **{SEX: MALE, EDU: POST})[INC].sum()),
        ),
        Q("ck-12", "sum", "찬성 응답자들 월소득 합계 알려줘", lambda f: value(_v(f, YES)[INC].sum())),
        Q(
            "ck-13",
            "sum",
            "What do respondents aged 60 or older earn per month in total?",
            lambda f: value(_ages(_s(f), 60, 200)[INC].sum()),
        ),
        # average
        Q("ck-14", "average", "응답자 평균 나이는?", lambda f: value(_s(f)[AGE].mean())),
        Q("ck-15", "average", "What's the average monthly income?", lambda f: value(_s(f)[INC].mean())),
        Q(
            "ck-16",
            "average",
            "반대하는 사람들 현정권지지도 평균 얼마예요?",
            lambda f: value(_v(f, NO)[SQ].mean()),
        ),
        Q(
            "ck-17",
            "average",
            "고등교육 받은 사람들 월소득 중앙값",
            lambda f: value(_s(f, **{EDU: POST})[INC].median()),
        ),
        Q("ck-18", "average", "여성 평균 월소득 알려주세요", lambda f: value(_s(f, **{SEX: FEMALE})[INC].mean())),
        # min_max
        Q("ck-19", "min_max", "제일 나이 많은 응답자 몇 살이야?", lambda f: value(_s(f)[AGE].max())),
        Q("ck-20", "min_max", "현정권지지도 최댓값은?", lambda f: value(_s(f)[SQ].max())),
        Q("ck-21", "min_max", "가장 작은 공동체 인구는 얼마야?", lambda f: value(_s(f)[POP].min())),
        Q(
            "ck-22",
            "min_max",
            "youngest respondent who plans to abstain - how old?",
            lambda f: value(_v(f, ABSTAIN)[AGE].min()),
        ),
        # multi_measure
        Q(
            "ck-23",
            "multi_measure",
            "For respondents who will vote yes, give me the count, the average age and the average income.",
            lambda f: values(len(_v(f, YES)), _v(f, YES)[AGE].mean(), _v(f, YES)[INC].mean()),
        ),
        Q(
            "ck-24",
            "multi_measure",
            "나이 최소, 최대, 평균 한 번에 보여줘",
            lambda f: values(_s(f)[AGE].min(), _s(f)[AGE].max(), _s(f)[AGE].mean()),
        ),
        Q(
            "ck-25",
            "multi_measure",
            "월소득 평균이랑 중앙값 같이 알려줄래?",
            lambda f: values(_s(f)[INC].mean(), _s(f)[INC].median()),
        ),
        Q(
            "ck-26",
            "multi_measure",
            "How many men and how many women took part in the survey?",
            lambda f: values(len(_s(f, **{SEX: MALE})), len(_s(f, **{SEX: FEMALE}))),
        ),
        # breakdown
        Q("ck-27", "breakdown", "투표의향별 응답자 수", lambda f: rows(_count(_s(f), VOTE))),
        Q("ck-28", "breakdown", "성별 평균 월소득 보여줘", lambda f: rows(_mean(_s(f), SEX, INC))),
        Q("ck-29", "breakdown", "지역코드별 평균 나이", lambda f: rows(_mean(_s(f), CODE, AGE))),
        Q(
            "ck-30",
            "breakdown",
            "Average status-quo support score for each vote intention",
            lambda f: rows(_mean(_s(f), VOTE, SQ)),
        ),
        Q(
            "ck-31",
            "breakdown",
            "학력별로 찬성한 사람 몇 명인지 나눠줘",
            lambda f: rows(_count(_v(f, YES), EDU)),
        ),
        # ranking
        Q(
            "ck-32",
            "ranking",
            "응답자가 제일 많은 나이 상위 3개",
            lambda f: top(_count(_s(f), AGE), 3),
        ),
        Q(
            "ck-33",
            "ranking",
            "Rank the vote intentions from most to least common",
            lambda f: top(_count(_s(f), VOTE), 4),
        ),
        Q(
            "ck-34",
            "ranking",
            "평균 월소득 높은 지역코드 순으로 3곳만",
            lambda f: top(_mean(_s(f), CODE, INC), 3),
        ),
        Q(
            "ck-35",
            "ranking",
            "월소득 값별로 응답자 많은 순서 상위 3개 뽑아줘",
            lambda f: top(_count(_s(f), INC), 3),
        ),
        # which_one
        Q(
            "ck-36",
            "which_one",
            "현정권지지도가 가장 낮은 응답자 번호는?",
            lambda f: best(_s(f).set_index(ID)[SQ].dropna(), largest=False),
        ),
        Q(
            "ck-37",
            "which_one",
            "Which education level has the highest average income?",
            lambda f: best(_mean(_s(f), EDU, INC)),
        ),
        Q(
            "ck-38",
            "which_one",
            "평균 나이가 제일 높은 투표의향은 뭐야?",
            lambda f: best(_mean(_s(f), VOTE, AGE)),
        ),
        Q(
            "ck-39",
            "which_one",
            "Which region code has the most undecided respondents?",
            lambda f: best(_count(_v(f, UNDECIDED), CODE)),
        ),
        Q(
            "ck-40",
            "which_one",
            "찬성 응답자가 가장 많은 월소득 값은 얼마야?",
            lambda f: best(_count(_v(f, YES), INC)),
        ),
        # share
        Q(
            "ck-41",
            "share",
            "전체 응답자 중 여성 비율은?",
            lambda f: _share(len(_s(f, **{SEX: FEMALE})), len(_s(f))),
        ),
        Q(
            "ck-42",
            "share",
            "Among respondents who gave a vote intention, what percentage said yes?",
            lambda f: _yes_of_known(_s(f)),
        ),
        Q(
            "ck-43",
            "share",
            "투표의향을 밝힌 남성 중에 반대 비율 얼마야?",
            lambda f: percent(_pct(_s(f, **{SEX: MALE}), NO)),
        ),
        Q(
            "ck-44",
            "share",
            "고등교육 받은 사람들 중 찬성 비율, 투표의향 응답자 기준으로",
            lambda f: _yes_of_known(_s(f, **{EDU: POST})),
        ),
        # filter_value
        Q(
            "ck-45",
            "filter_value",
            "60세 이상 여성 중에 찬성하는 사람 몇 명이야?",
            lambda f: value(len(_ages(_v(f, YES, **{SEX: FEMALE}), 60, 200))),
        ),
        Q(
            "ck-46",
            "filter_value",
            "How many respondents with primary education earn more than 50,000 pesos a month?",
            lambda f: value(len(cut(_s(f, **{EDU: PRIMARY}), INC, low=50000))),
        ),
        Q(
            "ck-47",
            "filter_value",
            "월소득 1만 페소 미만인 반대 응답자 수",
            lambda f: value(len(cut(_v(f, NO), INC, high=10000))),
        ),
        Q(
            "ck-48",
            "filter_value",
            "현정권지지도가 0보다 큰데 반대하겠다는 사람은 몇 명이에요?",
            lambda f: value(len(cut(_v(f, NO), SQ, low=0))),
        ),
        # loosely named values and columns
        Q("ck-49", "loose_value", "How many people plan to back Pinochet?", lambda f: value(len(_v(f, YES)))),
        Q(
            "ck-50",
            "loose_value",
            "대학 나온 사람 중에 피노체트 반대하는 사람 몇 명?",
            lambda f: value(len(_v(f, NO, **{EDU: POST}))),
        ),
        Q(
            "ck-51",
            "loose_value",
            "초졸인 사람들 월급 평균이 얼마예요?",
            lambda f: value(_s(f, **{EDU: PRIMARY})[INC].mean()),
        ),
        Q(
            "ck-52",
            "loose_value",
            "What's the mean sq score of people planning to sit the vote out?",
            lambda f: value(_v(f, ABSTAIN)[SQ].mean()),
        ),
        # join: the regions' names
        Q("ck-53", "join", "수도권 응답자는 몇 명이야?", lambda f: value(len(_r(f, METRO)))),
        Q("ck-54", "join", "북부 지역 평균 월소득", lambda f: value(_r(f, NORTH)[INC].mean())),
        Q(
            "ck-55",
            "join",
            "How many respondents in the 산티아고 시내 region will vote no?",
            lambda f: value(len(_r(f, CITY, **{VOTE: NO}))),
        ),
        Q(
            "ck-56",
            "join",
            "지역명별 찬성 응답자 수 보여줘",
            lambda f: rows(_by_region(f, lambda g: int((g[VOTE] == YES).sum()))),
        ),
        Q(
            "ck-57",
            "join",
            "투표의향 밝힌 사람 중 반대 비율이 가장 높은 지역은 어디야?",
            lambda f: _labels(best(_by_region(f, lambda g: _pct(g, NO)))),
        ),
        Q(
            "ck-58",
            "join",
            "Which region, by its Korean name, has the youngest respondents on average?",
            lambda f: best(_by_region(f, lambda g: g[AGE].mean()), largest=False),
        ),
        Q(
            "ck-59",
            "join",
            "남부랑 중부 합쳐서 기권하겠다는 사람 몇 명?",
            lambda f: value(len(_r(f, SOUTH, **{VOTE: ABSTAIN})) + len(_r(f, CENTRAL, **{VOTE: ABSTAIN}))),
        ),
        Q(
            "ck-60",
            "join",
            "지역별 평균 현정권지지도 높은 순으로 상위 3개",
            lambda f: top(_by_region(f, lambda g: g[SQ].mean()), 3),
        ),
        # year_period: the one survey wave, 1988
        Q("ck-61", "year_period", "1988년 조사에서 반대한다고 한 사람 몇 명이었어?", lambda f: value(len(_v(f, NO)))),
        Q(
            "ck-62",
            "year_period",
            "In the 1988 survey, what was the average age of the women?",
            lambda f: value(_s(f, **{SEX: FEMALE})[AGE].mean()),
        ),
        Q(
            "ck-63",
            "year_period",
            "88년 4~5월 조사 기준으로 전체 응답자 중 찬성 비율은?",
            lambda f: _share(len(_v(f, YES)), len(_s(f))),
        ),
        Q(
            "ck-64",
            "year_period",
            "How many people in region code S were interviewed in 1988?",
            lambda f: value(len(_s(f, **{CODE: "S"}))),
        ),
        # date_range: age ranges (the data has no dates)
        Q(
            "ck-65",
            "date_range",
            "25세부터 34세까지 응답자 중 반대 몇 명?",
            lambda f: value(len(_ages(_v(f, NO), 25, 34))),
        ),
        Q(
            "ck-66",
            "date_range",
            "Average monthly income of respondents aged 40 through 49",
            lambda f: value(_ages(_s(f), 40, 49)[INC].mean()),
        ),
        Q(
            "ck-67",
            "date_range",
            "18~24세 여성들 현정권지지도 평균",
            lambda f: value(_ages(_s(f, **{SEX: FEMALE}), 18, 24)[SQ].mean()),
        ),
        Q(
            "ck-68",
            "date_range",
            "How many respondents between 50 and 64 years old said they were undecided?",
            lambda f: value(len(_ages(_v(f, UNDECIDED), 50, 64))),
        ),
        # trend: along ordered groups (no time axis)
        Q(
            "ck-69",
            "trend",
            "학력이 높아질수록 평균 월소득이 어떻게 변해? 초등, 중등, 고등교육 순으로",
            lambda f: _ordered_education(_mean(_s(f), EDU, INC)),
        ),
        Q(
            "ck-70",
            "trend",
            "How does the share voting yes (in %, of those with a recorded vote intention) change with monthly "
            "income, from the lowest income value to the highest?",
            lambda f: rows(
                pd.Series({income: _pct(group, YES) for income, group in _s(f).groupby(INC)}).sort_index(),
                ordered=True,
            ),
        ),
        Q(
            "ck-71",
            "trend",
            "20대, 30대, 40대, 50대, 60대 연령대별 평균 현정권지지도 추이",
            lambda f: rows(_decades(_s(f), lambda g: g[SQ].mean()), ordered=True),
        ),
        Q(
            "ck-72",
            "trend",
            "연령대 올라갈수록 반대 비율(투표의향 밝힌 사람 기준, %)은 어떻게 달라져? 20대부터 60대까지",
            lambda f: rows(_decades(_s(f), lambda g: _pct(g, NO)), ordered=True),
        ),
        # unanswerable
        Q("ck-73", "unanswerable", "실제 국민투표에서 찬성표는 몇 퍼센트 나왔어?", lambda f: refuse()),
        Q("ck-74", "unanswerable", "Why did women lean more toward voting yes?", lambda f: refuse()),
        Q("ck-75", "unanswerable", "1989년 대선 때 이 사람들 누구 찍었는지 알 수 있어?", lambda f: refuse()),
        Q("ck-76", "unanswerable", "Forecast the share of yes votes in the next survey", lambda f: refuse()),
        Q("ck-77", "unanswerable", "응답자들 직업별로 찬성 비율 보여줘", lambda f: refuse()),
        Q("ck-78", "unanswerable", "How many respondents were interviewed in May 1988?", lambda f: refuse()),
        Q("ck-79", "unanswerable", "발파라이소에 사는 응답자 몇 명이야?", lambda f: refuse()),
        Q("ck-80", "unanswerable", "작년 조사랑 비교하면 반대 비율이 얼마나 늘었어?", lambda f: refuse()),
        Q("ck-81", "unanswerable", "응답자 가구원 수 평균은 몇 명이야?", lambda f: refuse()),
        Q(
            "ck-82",
            "unanswerable",
            "How many respondents belong to the Christian Democratic Party?",
            lambda f: refuse(),
        ),
        Q("ck-83", "unanswerable", "월별 찬성 비율 추이 좀 보여줘", lambda f: refuse()),
        Q("ck-84", "unanswerable", "2000년 조사에서는 찬성이 몇 명이었어요?", lambda f: refuse()),
        # conversations
        Conversation(
            "ck-c01",
            "followup",
            [
                ("찬성한다는 사람 몇 명이야?", lambda f: value(len(_v(f, YES)))),
                ("그중 여성은?", lambda f: value(len(_v(f, YES, **{SEX: FEMALE})))),
                ("비율로 치면?", lambda f: _share(len(_v(f, YES, **{SEX: FEMALE})), len(_v(f, YES)))),
            ],
        ),
        Conversation(
            "ck-c02",
            "followup",
            [
                ("지역명별 응답자 수 보여줘", lambda f: rows(_by_region(f, len))),
                ("그중 상위 3개는?", lambda f: top(_by_region(f, len), 3)),
                (
                    "그 세 지역의 평균 월소득은?",
                    lambda f: rows(_by_region(f, lambda g: g[INC].mean())[_top_labels(_by_region(f, len), 3)]),
                ),
            ],
        ),
        Conversation(
            "ck-c03",
            "followup",
            [
                ("Average monthly income of people who will vote no?", lambda f: value(_v(f, NO)[INC].mean())),
                ("and of those voting yes?", lambda f: value(_v(f, YES)[INC].mean())),
                (
                    "what's the difference between the two?",
                    lambda f: value(abs(_v(f, NO)[INC].mean() - _v(f, YES)[INC].mean())),
                ),
            ],
        ),
        Conversation(
            "ck-c04",
            "followup",
            [
                ("학력별 평균 나이 알려줘", lambda f: rows(_mean(_s(f), EDU, AGE))),
                ("월소득으로 바꿔서 보여줘", lambda f: rows(_mean(_s(f), EDU, INC))),
            ],
        ),
        Conversation(
            "ck-c05",
            "followup",
            [
                ("북부 응답자 중 반대 몇 명?", lambda f: value(len(_r(f, NORTH, **{VOTE: NO})))),
                ("남부는?", lambda f: value(len(_r(f, SOUTH, **{VOTE: NO})))),
                (
                    "둘 합치면?",
                    lambda f: value(len(_r(f, NORTH, **{VOTE: NO})) + len(_r(f, SOUTH, **{VOTE: NO}))),
                ),
            ],
        ),
        Conversation(
            "ck-c06",
            "followup",
            [
                (
                    "Which vote intention is the most common among women?",
                    lambda f: best(_count(_s(f, **{SEX: FEMALE}), VOTE)),
                ),
                ("and among men?", lambda f: best(_count(_s(f, **{SEX: MALE}), VOTE))),
            ],
        ),
        Conversation(
            "ck-c07",
            "followup",
            [
                ("60세 이상 응답자 몇 명이에요?", lambda f: value(len(_ages(_s(f), 60, 200)))),
                ("그중 기권하겠다는 사람은?", lambda f: value(len(_ages(_v(f, ABSTAIN), 60, 200)))),
                ("그 사람들 평균 월소득은?", lambda f: value(_ages(_v(f, ABSTAIN), 60, 200)[INC].mean())),
            ],
        ),
        Conversation(
            "ck-c08",
            "followup",
            [
                (
                    "산티아고 시내는 투표의향 밝힌 사람 기준으로 찬성 비율이 얼마야?",
                    lambda f: _yes_of_known(_r(f, CITY)),
                ),
                ("수도권은?", lambda f: _yes_of_known(_r(f, METRO))),
            ],
        ),
        Conversation(
            "ck-c09",
            "followup",
            [
                (
                    "How many respondents have a post-secondary education?",
                    lambda f: value(len(_s(f, **{EDU: POST}))),
                ),
                ("how many of them will vote yes?", lambda f: value(len(_v(f, YES, **{EDU: POST})))),
                ("and no?", lambda f: value(len(_v(f, NO, **{EDU: POST})))),
            ],
        ),
        Conversation(
            "ck-c10",
            "followup",
            [
                ("월소득별 응답자 수 보여줘", lambda f: rows(_count(_s(f), INC))),
                ("그중 상위 3개는?", lambda f: top(_count(_s(f), INC), 3)),
            ],
        ),
        Conversation(
            "ck-c11",
            "followup",
            [
                (
                    "현정권지지도 평균이 제일 높은 지역 어디야?",
                    lambda f: best(_by_region(f, lambda g: g[SQ].mean())),
                ),
                ("거기 응답자는 몇 명이야?", lambda f: value(len(_r(f, _highest_sq_region(f))))),
                ("그중 찬성은?", lambda f: value(len(_r(f, _highest_sq_region(f), **{VOTE: YES})))),
            ],
        ),
        Conversation(
            "ck-c12",
            "followup",
            [
                ("반대하는 사람들 평균 나이", lambda f: value(_v(f, NO)[AGE].mean())),
                ("찬성하는 사람들은?", lambda f: value(_v(f, YES)[AGE].mean())),
                ("둘 차이는?", lambda f: value(abs(_v(f, NO)[AGE].mean() - _v(f, YES)[AGE].mean()))),
            ],
        ),
        Conversation(
            "ck-c13",
            "followup",
            [
                ("투표의향별 평균 현정권지지도", lambda f: rows(_mean(_s(f), VOTE, SQ))),
                ("남성만 보면?", lambda f: rows(_mean(_s(f, **{SEX: MALE}), VOTE, SQ))),
            ],
        ),
        Conversation(
            "ck-c14",
            "followup",
            [
                ("전체 응답자 중 기권 비율은?", lambda f: _share(len(_v(f, ABSTAIN)), len(_s(f)))),
                ("2년 전 조사에서는 어땠어?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "ck-c15",
            "followup",
            [
                ("How many respondents are aged 18 to 29?", lambda f: value(len(_ages(_s(f), 18, 29)))),
                (
                    "what share of them are undecided?",
                    lambda f: _share(len(_ages(_v(f, UNDECIDED), 18, 29)), len(_ages(_s(f), 18, 29))),
                ),
            ],
        ),
        Conversation(
            "ck-c16",
            "followup",
            [
                ("중부 지역 여성 응답자 몇 명?", lambda f: value(len(_r(f, CENTRAL, **{SEX: FEMALE})))),
                ("남성은?", lambda f: value(len(_r(f, CENTRAL, **{SEX: MALE})))),
                ("그럼 중부 전체 평균 나이는?", lambda f: value(_r(f, CENTRAL)[AGE].mean())),
            ],
        ),
        Conversation(
            "ck-c17",
            "followup",
            [
                ("월소득 기록 없는 사람 몇 명이야?", lambda f: value(int(_s(f)[INC].isna().sum()))),
                (
                    "그 사람들 중 찬성은 몇 명?",
                    lambda f: value(len(_v(f, YES)[_v(f, YES)[INC].isna()])),
                ),
                ("반대는?", lambda f: value(len(_v(f, NO)[_v(f, NO)[INC].isna()]))),
            ],
        ),
    ],
)
