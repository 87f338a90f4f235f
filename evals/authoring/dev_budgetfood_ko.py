"""Dev set on 23,972 Spanish households of 1980 (Ecdat::BudgetFood) as a Korean household table and a town table.

`가구_지출` holds one row per household (23,972) of a Spanish budget survey of 1980: `가구_번호` (1 to 23,972, the
source's row order), `식비_비중` (the share of the household's total expenditure spent on food, a fraction from 0
to 1: 0.38 is 38 %), `총지출_페세타` (the household's total expenditure, in pesetas, 14,601 to 11,397,547),
`나이` (the age of the household's reference person, 16 to 99), `가구원수` (the household's size, 1 to 17 and
one household of 37), `도시규모_코드` (the size of the household's town, 1 the smallest to 5 the largest) and
`성별` (the reference person's sex, 남성 / 여성; missing for one household, 가구_번호 14015). It refers to
`도시_규모` (5: `도시규모_코드`, `도시규모명`: 1 '최소규모 도시', 2 '소규모 도시', 3 '중규모 도시', 4 '대규모 도시',
5 '최대규모 도시') by `도시규모_코드`. Made by evals/authoring/dev_derived_budgetfood_ko.py (which states the
conversions: none but the renames, the household number, the Korean sex labels and the town table). 127 turns:
82 single questions and 16 conversations (45 turns); 76 of the 98 questions (by first turn) are in Korean
(100 turns, 79 %).

Readings:
- A "household" / "가구" / "집" / "가정" is a row; "how many households" counts rows. The "reference person" /
  "가구주" is the person whose age (`나이`) and sex (`성별`) the row holds: "여성 가구주 가구" / "households
  headed by a woman" / "여자가 가구주인 집" are `성별 == 여성`. A household is named by its `가구_번호` (the
  expected label of a which-one or a ranking over households is the number).
- "식비 비중" / "식료품 비중" / "엥겔계수" / "food share" / "share of the budget spent on food" are `식비_비중`.
  An average food share is the plain mean of the households' shares (each household counts once). "식비" /
  "식비 지출액" / "food spending" (an amount, in pesetas) is `식비_비중 × 총지출_페세타`, computed per household
  (the questions asking for it say so or say "페세타"). "전체 지출 중 식비가 차지하는 비율 (합계 기준)" /
  "of all expenditure added up" is the sum of the food spending over the sum of `총지출_페세타`.
- A food share asked alone ("몇 %", a mean, a maximum) is a `percent`: 38.2 or 0.382 are both right. Inside a
  breakdown, a trend or a multi-measure row the scale is the question's: "%", "(%)" or "퍼센트로" asks 0-100,
  a breakdown without it is on the column's own 0-1 scale. Rankings and which-ones by a food share expect the
  labels only.
- "총지출" / "지출" / "spending" / "total expenditure" / "씀씀이" are `총지출_페세타`, in pesetas, as the
  table holds them.
- "1인 가구" / "혼자 사는" / "single-person" are `가구원수 == 1`; "N인 가구" / "N명 가구" is `가구원수 == N`;
  "N명 이상" / "N or more members" is inclusive.
- Town sizes: a question saying "도시규모 코드" / "코드 N" / "town-size code" / "town size N" filters or labels
  with `도시규모_코드`; one naming a size by its Korean name ('중규모 도시') or asking "도시규모명별" / "by
  town-size name" joins `도시_규모` and labels with `도시규모명`. "제일 큰 도시(들)" / "the biggest towns" are
  code 5, "제일 작은 도시" / "the smallest towns" code 1.
- Sex: breakdowns by `성별` have two rows (남성, 여성): the household without a sex is in neither. Counts with
  a condition on `성별` never count it; "성별 정보가 없는" counts it (1). Shares of households divide by all the
  households of the group (23,972 for all), the one without a sex included in the whole.
- Ages: "N대" is N to N+9 ("40대" 40-49, "20대" 20-29); "N세 이상" / "N or older" is inclusive; ranges ("30~39세",
  "aged 65 to 74") include both ends. Age bands in trends are named in the question (20대 ... 70대).
- Cuts: "넘는" / "over" / "more than" and "미만" / "under" / "less than" on `총지출_페세타` (500,000, 1,000,000,
  2,000,000) and on `식비_비중` (30 %, 50 %) are strict and sit at values no household holds (checked by `cut`),
  so the strict and the inclusive readings agree.
- Rankings and which-one questions are asked only without ties at the cut or at the top (checked by `top` and
  `best`).
- Time: the data is one cross-section of 1980, without dates. A question naming 1980 is over the whole table
  (year_period); age ranges play the part of ranges (date_range); trends follow a measure along the ordered
  town-size codes, household sizes or age bands (`ordered` rows). Other years, changes between years and
  forecasts are refused.
- Refused as well: what the table does not hold: income ("소득"), regions or provinces, cities by name,
  occupation, education, the number of children, housing; and causes ("why").
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("50대는?" swaps the age
  band; "남성 가구주만 보면?" adds a filter; "그중" narrows to the previous turn's households; "그중 상위
  3개는?" is the top 3 of the breakdown just shown; "그 가구" is the household the previous answer named; "비율로는?"
  after "그중 X는?" is X's share of the households the turn before counted; "둘 차이는?" is the absolute gap of the
  last two figures; "the gap, A minus B" is as ordered).
"""

import pandas as pd

from evals.authoring.common import (
    BankSet,
    Conversation,
    Q,
    Table,
    best,
    cut,
    entity,
    percent,
    refuse,
    rows,
    top,
    value,
    values,
    where,
)

H, TS = "가구_지출", "도시_규모"
ID, W, T, AGE, SIZE, TOWN, SEX, TNAME = (
    "가구_번호", "식비_비중", "총지출_페세타", "나이", "가구원수", "도시규모_코드", "성별", "도시규모명",
)
MALE, FEMALE = "남성", "여성"
SMALLEST, SMALL, MIDDLE, LARGE, LARGEST = "최소규모 도시", "소규모 도시", "중규모 도시", "대규모 도시", "최대규모 도시"
DECADES = [("20대", 20, 29), ("30대", 30, 39), ("40대", 40, 49), ("50대", 50, 59), ("60대", 60, 69), ("70대", 70, 79)]


def _h(f, **equal):
    """The households (with these column values: `_h(f, **{SEX: FEMALE})`)."""
    return where(f[H], **equal)


def _j(f, **equal):
    """The households with their town size's name (`도시규모명`), with these column values."""
    joined = f[H].merge(f[TS], on=TOWN, how="left", validate="many_to_one")
    if len(joined) != len(f[H]) or joined[TNAME].isna().any():
        raise ValueError("a household without a town size")
    return where(joined, **equal)


def _women(f, **equal):
    return _h(f, **{SEX: FEMALE}, **equal)


def _men(f, **equal):
    return _h(f, **{SEX: MALE}, **equal)


def _size(f, n, **equal):
    """The households of `n` members (and these column values)."""
    return _h(f, **{SIZE: n}, **equal)


def _town(f, code, **equal):
    return _h(f, **{TOWN: code}, **equal)


def _food(frame):
    """Each household's food spending in pesetas: its food share times its total expenditure."""
    return frame[W] * frame[T]


def _ages(frame, low, high=200):
    """The households whose reference person is aged `low` to `high`, both included."""
    return frame[frame[AGE].between(low, high)]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _share(part, whole):
    return percent(100 * part / whole)


def _wmean(frame):
    """The mean food share of the rows, as a percent (either scale right)."""
    return percent(100 * frame[W].mean())


def _count(frame, by):
    return frame.groupby(by).size()


def _by(frame, by, column, how="mean"):
    return frame.groupby(by)[column].agg(how)


def _pct(series):
    """A series of fractions on the 0-100 scale (asked "%" inside a breakdown or a trend)."""
    return 100 * series


def _decades(frame, measure):
    return pd.Series({label: measure(_ages(frame, low, high)) for label, low, high in DECADES})


def _labels(found):
    """A which-one or a ranking without its value (a share the answer may give in another scale)."""
    return {key: found[key] for key in ("order", "label") if key in found}


def _single_share(frame):
    return 100 * (frame[SIZE] == 1).sum() / len(frame)


def _richest_code(f):
    return best(_by(_h(f), TOWN, T))["label"]


def _top_food_share(f):
    """The household with the highest food share (a row), refusing a tie."""
    households = _h(f).set_index(ID)
    return households.loc[best(households[W])["label"]]


def _top10(f):
    return _h(f).set_index(ID).loc[top(_h(f).set_index(ID)[T], 10)["order"]]


SET = BankSet(
    name="dev_budgetfood_ko",
    split="dev",
    tables=[
        Table(H, file="dev/budgetfood_ko_households.parquet"),
        Table(TS, file="dev/budgetfood_ko_town_sizes.parquet"),
    ],
    questions=[
        # count
        Q("bf-01", "count", "가구 수가 전부 몇 개야?", lambda f: value(len(_h(f)))),
        Q("bf-02", "count", "1인 가구는 몇 가구예요?", lambda f: value(len(_size(f, 1)))),
        Q(
            "bf-03",
            "count",
            "How many households have a woman as the reference person?",
            lambda f: value(len(_women(f))),
        ),
        Q("bf-04", "count", "식비 비중이 0인 가구 몇 곳이야?", lambda f: value(len(_h(f, **{W: 0.0})))),
        Q(
            "bf-05",
            "count",
            "총지출이 200만 페세타를 넘는 가구는 몇 가구?",
            lambda f: value(len(cut(_h(f), T, low=2_000_000))),
        ),
        Q("bf-06", "count", "성별 정보가 없는 가구는 몇 개?", lambda f: value(int(_h(f)[SEX].isna().sum()))),
        # count_distinct
        Q("bf-07", "count_distinct", "가구원수 값은 몇 가지나 있어?", lambda f: value(_h(f)[SIZE].nunique())),
        Q(
            "bf-08",
            "count_distinct",
            "How many distinct ages of the reference person appear in the data?",
            lambda f: value(_h(f)[AGE].nunique()),
        ),
        Q(
            "bf-09",
            "count_distinct",
            "여성 가구주 가구들의 가구원수는 서로 다른 값이 몇 개야?",
            lambda f: value(_women(f)[SIZE].nunique()),
        ),
        # sum
        Q("bf-10", "sum", "전체 가구 총지출 합계는 몇 페세타야?", lambda f: value(_h(f)[T].sum())),
        Q(
            "bf-11",
            "sum",
            "도시규모 코드 5 가구들 총지출 다 합치면 얼마예요?",
            lambda f: value(_town(f, 5)[T].sum()),
        ),
        Q(
            "bf-12",
            "sum",
            "What is the total food spending (food share times total expenditure) of all households, in pesetas?",
            lambda f: value(_food(_h(f)).sum()),
        ),
        Q("bf-13", "sum", "1인 가구들 총지출 합계 알려줘", lambda f: value(_size(f, 1)[T].sum())),
        # average
        Q("bf-14", "average", "가구당 평균 총지출은 얼마예요?", lambda f: value(_h(f)[T].mean())),
        Q("bf-15", "average", "평균 식비 비중은 몇 %야?", lambda f: _wmean(_h(f))),
        Q("bf-16", "average", "median total expenditure per household", lambda f: value(_h(f)[T].median())),
        Q("bf-17", "average", "가구주 평균 나이는?", lambda f: value(_h(f)[AGE].mean())),
        Q("bf-18", "average", "여성 가구주 가구의 평균 가구원수", lambda f: value(_women(f)[SIZE].mean())),
        Q(
            "bf-19",
            "average",
            "가구당 평균 식비 지출액(식비 비중×총지출)은 몇 페세타야?",
            lambda f: value(_food(_h(f)).mean()),
        ),
        # min_max
        Q("bf-20", "min_max", "가장 나이 많은 가구주는 몇 살이에요?", lambda f: value(_h(f)[AGE].max())),
        Q("bf-21", "min_max", "총지출이 제일 적은 가구는 얼마 썼어?", lambda f: value(_h(f)[T].min())),
        Q("bf-22", "min_max", "What's the largest household size in the data?", lambda f: value(_h(f)[SIZE].max())),
        Q(
            "bf-23",
            "min_max",
            "도시규모 코드 1 가구 중 식비 비중 최댓값은?",
            lambda f: percent(100 * _town(f, 1)[W].max()),
        ),
        # multi_measure
        Q(
            "bf-24",
            "multi_measure",
            "총지출 최솟값, 최댓값, 평균 한 번에 보여줘",
            lambda f: values(_h(f)[T].min(), _h(f)[T].max(), _h(f)[T].mean()),
        ),
        Q(
            "bf-25",
            "multi_measure",
            "남성 가구주 가구 수랑 여성 가구주 가구 수 같이 알려줘",
            lambda f: values(len(_men(f)), len(_women(f))),
        ),
        Q(
            "bf-26",
            "multi_measure",
            "For single-person households: how many are there, what is their average total expenditure and their "
            "average food share in %?",
            lambda f: values(len(_size(f, 1)), _size(f, 1)[T].mean(), 100 * _size(f, 1)[W].mean()),
        ),
        Q(
            "bf-27",
            "multi_measure",
            "가구원수 평균이랑 중앙값",
            lambda f: values(_h(f)[SIZE].mean(), _h(f)[SIZE].median()),
        ),
        # breakdown
        Q("bf-28", "breakdown", "도시규모 코드별 가구 수", lambda f: rows(_count(_h(f), TOWN))),
        Q("bf-29", "breakdown", "가구주 성별 평균 총지출 보여줘", lambda f: rows(_by(_h(f), SEX, T))),
        Q(
            "bf-30",
            "breakdown",
            "가구주 성별로 평균 식비 비중을 %로 보여줘",
            lambda f: rows(_pct(_by(_h(f), SEX, W))),
        ),
        Q("bf-31", "breakdown", "가구원수별로 가구가 몇 개씩인지 알려줘", lambda f: rows(_count(_h(f), SIZE))),
        Q(
            "bf-32",
            "breakdown",
            "Median total expenditure by town-size code",
            lambda f: rows(_by(_h(f), TOWN, T, "median")),
        ),
        # ranking
        Q(
            "bf-33",
            "ranking",
            "가구 수 많은 도시규모 코드 순으로 전부 나열해줘",
            lambda f: top(_count(_h(f), TOWN), 5),
        ),
        Q(
            "bf-34",
            "ranking",
            "총지출 상위 5개 가구의 가구 번호랑 총지출",
            lambda f: top(_h(f).set_index(ID)[T], 5),
        ),
        Q(
            "bf-35",
            "ranking",
            "식비 비중이 가장 높은 가구 3곳의 가구 번호는?",
            lambda f: _labels(top(_h(f).set_index(ID)[W], 3)),
        ),
        Q(
            "bf-36",
            "ranking",
            "Rank the town-size codes by average total expenditure, highest first.",
            lambda f: top(_by(_h(f), TOWN, T), 5),
        ),
        Q(
            "bf-37",
            "ranking",
            "평균 가구원수가 가장 적은 도시규모 코드 3개",
            lambda f: top(_by(_h(f), TOWN, SIZE), 3, largest=False),
        ),
        Q(
            "bf-38",
            "ranking",
            "여성 가구주 가구 중 총지출 상위 3가구 뽑아줘",
            lambda f: top(_women(f).set_index(ID)[T], 3),
        ),
        # which_one
        Q(
            "bf-39",
            "which_one",
            "평균 식비 비중이 제일 높은 도시규모 코드는?",
            lambda f: _labels(best(_by(_h(f), TOWN, W))),
        ),
        Q(
            "bf-40",
            "which_one",
            "Which household spends the most in total? Give its household number.",
            lambda f: best(_h(f).set_index(ID)[T]),
        ),
        Q(
            "bf-41",
            "which_one",
            "식비 지출액(식비 비중×총지출)이 가장 큰 가구 번호는?",
            lambda f: _labels(best(_food(_h(f).set_index(ID)))),
        ),
        Q(
            "bf-42",
            "which_one",
            "가구주 나이 중에 가구가 제일 많은 나이는 몇 살이야?",
            lambda f: best(_count(_h(f), AGE)),
        ),
        Q(
            "bf-43",
            "which_one",
            "among households of 5 or more people, which town-size code has the most households?",
            lambda f: best(_count(_at_least(_h(f), SIZE, 5), TOWN)),
        ),
        # share
        Q("bf-44", "share", "1인 가구 비율은 몇 %?", lambda f: _share(len(_size(f, 1)), len(_h(f)))),
        Q("bf-45", "share", "여성 가구주 가구가 전체에서 차지하는 비율", lambda f: _share(len(_women(f)), len(_h(f)))),
        Q(
            "bf-46",
            "share",
            "What share of all household expenditure is spent by households in town size 4?",
            lambda f: _share(_town(f, 4)[T].sum(), _h(f)[T].sum()),
        ),
        Q(
            "bf-47",
            "share",
            "식비 비중이 50%를 넘는 가구는 전체의 몇 %야?",
            lambda f: _share(len(cut(_h(f), W, low=0.5)), len(_h(f))),
        ),
        Q(
            "bf-48",
            "share",
            "모든 가구 총지출을 합쳤을 때 그중 식비가 차지하는 비율은? (합계 기준)",
            lambda f: _share(_food(_h(f)).sum(), _h(f)[T].sum()),
        ),
        # filter_value
        Q(
            "bf-49",
            "filter_value",
            "가구원수 5명 이상 가구들의 평균 식비 비중은?",
            lambda f: _wmean(_at_least(_h(f), SIZE, 5)),
        ),
        Q(
            "bf-50",
            "filter_value",
            "총지출 100만 페세타 미만 가구의 평균 가구원수",
            lambda f: value(cut(_h(f), T, high=1_000_000)[SIZE].mean()),
        ),
        Q(
            "bf-51",
            "filter_value",
            "How many 3-person households live in town size 5?",
            lambda f: value(len(_size(f, 3, **{TOWN: 5}))),
        ),
        Q(
            "bf-52",
            "filter_value",
            "70세 이상 여성이 혼자 사는 가구는 몇 가구야?",
            lambda f: value(len(_ages(_women(f, **{SIZE: 1}), 70))),
        ),
        Q(
            "bf-53",
            "filter_value",
            "식비 비중 30% 미만인 가구들 평균 총지출은?",
            lambda f: value(cut(_h(f), W, high=0.3)[T].mean()),
        ),
        # loose_value
        Q("bf-54", "loose_value", "혼자 사는 사람들 평균 씀씀이가 얼마야?", lambda f: value(_size(f, 1)[T].mean())),
        Q("bf-55", "loose_value", "여자가 가구주인 집 몇 집임?", lambda f: value(len(_women(f)))),
        Q(
            "bf-56",
            "loose_value",
            "how much do big families (6+ people) spend on average in total",
            lambda f: value(_at_least(_h(f), SIZE, 6)[T].mean()),
        ),
        Q("bf-57", "loose_value", "제일 큰 도시들에 사는 가구 몇 개야?", lambda f: value(len(_town(f, 5)))),
        Q(
            "bf-58",
            "loose_value",
            "여자 혼자 사는 집 엥겔계수 평균 얼마 나와?",
            lambda f: _wmean(_women(f, **{SIZE: 1})),
        ),
        # join: town-size names
        Q("bf-59", "join", "도시규모명별 가구 수 세어줘", lambda f: rows(_count(_j(f), TNAME))),
        Q(
            "bf-60",
            "join",
            "'중규모 도시' 가구들 평균 총지출은?",
            lambda f: value(_j(f, **{TNAME: MIDDLE})[T].mean()),
        ),
        Q(
            "bf-61",
            "join",
            "Average food share by town-size name (as a fraction, 0-1)",
            lambda f: rows(_by(_j(f), TNAME, W)),
        ),
        Q(
            "bf-62",
            "join",
            "평균 총지출이 가장 높은 도시규모명은 뭐야?",
            lambda f: best(_by(_j(f), TNAME, T)),
        ),
        Q(
            "bf-63",
            "join",
            "'소규모 도시'에 사는 여성 가구주 가구는 몇 곳?",
            lambda f: value(len(_j(f, **{TNAME: SMALL, SEX: FEMALE}))),
        ),
        Q(
            "bf-64",
            "join",
            "도시규모명별 평균 가구주 나이, 높은 순으로",
            lambda f: top(_by(_j(f), TNAME, AGE), 5),
        ),
        Q(
            "bf-65",
            "join",
            "Which town-size name has the highest share of single-person households?",
            lambda f: _labels(best(pd.Series({n: _single_share(g) for n, g in _j(f).groupby(TNAME)}))),
        ),
        # year_period: the data is 1980
        Q("bf-66", "year_period", "1980년 조사에 나온 가구는 몇 개야?", lambda f: value(len(_h(f)))),
        Q(
            "bf-67",
            "year_period",
            "1980년 기준 여성 가구주 가구의 평균 식비 비중",
            lambda f: _wmean(_women(f)),
        ),
        Q(
            "bf-68",
            "year_period",
            "In the 1980 survey, what was the median total expenditure of households in town size 1?",
            lambda f: value(_town(f, 1)[T].median()),
        ),
        # date_range: age ranges
        Q("bf-69", "date_range", "40대 가구주 가구는 몇 개야?", lambda f: value(len(_ages(_h(f), 40, 49)))),
        Q(
            "bf-70",
            "date_range",
            "가구주 나이 30~39세 가구들 평균 총지출",
            lambda f: value(_ages(_h(f), 30, 39)[T].mean()),
        ),
        Q(
            "bf-71",
            "date_range",
            "households whose reference person is aged 65 to 74: what's their average household size?",
            lambda f: value(_ages(_h(f), 65, 74)[SIZE].mean()),
        ),
        Q("bf-72", "date_range", "20대 가구주의 평균 식비 비중은?", lambda f: _wmean(_ages(_h(f), 20, 29))),
        # trend: along the ordered town sizes, household sizes and age bands
        Q(
            "bf-73",
            "trend",
            "도시규모 코드 1부터 5까지 순서대로 평균 식비 비중(%)이 어떻게 변해?",
            lambda f: rows(_pct(_by(_h(f), TOWN, W)).sort_index(), ordered=True),
        ),
        Q(
            "bf-74",
            "trend",
            "연령대별(20대~70대) 평균 총지출을 20대부터 순서대로 보여줘",
            lambda f: rows(_decades(_h(f), lambda b: b[T].mean()), ordered=True),
        ),
        Q(
            "bf-75",
            "trend",
            "Average food share in % by household size, from 1 to 6 members, in that order",
            lambda f: rows(_pct(_by(_h(f)[_h(f)[SIZE] <= 6], SIZE, W)).sort_index(), ordered=True),
        ),
        Q(
            "bf-76",
            "trend",
            "도시 규모 1~5 순서로 평균 가구원수 추이 보여줘",
            lambda f: rows(_by(_h(f), TOWN, SIZE).sort_index(), ordered=True),
        ),
        # unanswerable
        Q("bf-77", "unanswerable", "가구 소득이 가장 높은 도시 규모는 어디야?", lambda f: refuse()),
        Q("bf-78", "unanswerable", "자치주(지역)별 평균 식비 비중 보여줘", lambda f: refuse()),
        Q(
            "bf-79",
            "unanswerable",
            "How did the average food share change between 1980 and 1990?",
            lambda f: refuse(),
        ),
        Q("bf-80", "unanswerable", "가구주 직업별 평균 총지출은?", lambda f: refuse()),
        Q("bf-81", "unanswerable", "2025년 스페인 가구 식비 비중 예측해줘", lambda f: refuse()),
        Q("bf-82", "unanswerable", "자녀 수에 따라 식비 비중이 어떻게 달라?", lambda f: refuse()),
        # conversations
        Conversation(
            "bf-c01",
            "followup",
            [
                ("도시규모 코드별 평균 총지출 보여줘", lambda f: rows(_by(_h(f), TOWN, T))),
                ("그중 상위 3개는?", lambda f: top(_by(_h(f), TOWN, T), 3)),
                (
                    "1등 코드는 이름이 뭐야?",
                    lambda f: entity(f[TS].set_index(TOWN).loc[_richest_code(f), TNAME]),
                ),
            ],
        ),
        Conversation(
            "bf-c02",
            "followup",
            [
                ("여성 가구주 가구는 몇 곳이야?", lambda f: value(len(_women(f)))),
                ("그중 1인 가구는?", lambda f: value(len(_women(f, **{SIZE: 1})))),
                ("비율로는?", lambda f: _share(len(_women(f, **{SIZE: 1})), len(_women(f)))),
            ],
        ),
        Conversation(
            "bf-c03",
            "followup",
            [
                ("What's the average food share of households in town size 1?", lambda f: _wmean(_town(f, 1))),
                ("and in town size 5?", lambda f: _wmean(_town(f, 5))),
                (
                    "what's the gap, size 1 minus size 5, in percentage points?",
                    lambda f: percent(100 * (_town(f, 1)[W].mean() - _town(f, 5)[W].mean())),
                ),
            ],
        ),
        Conversation(
            "bf-c04",
            "followup",
            [
                ("총지출 상위 10가구 보여줘, 가구 번호랑 총지출로", lambda f: top(_h(f).set_index(ID)[T], 10)),
                ("그 10가구의 평균 식비 비중은?", lambda f: percent(100 * _top10(f)[W].mean())),
                ("그중 도시규모 코드 4에 사는 가구는 몇 곳?", lambda f: value(int((_top10(f)[TOWN] == 4).sum()))),
            ],
        ),
        Conversation(
            "bf-c05",
            "followup",
            [
                ("40대 가구주 가구 평균 가구원수는?", lambda f: value(_ages(_h(f), 40, 49)[SIZE].mean())),
                ("50대는?", lambda f: value(_ages(_h(f), 50, 59)[SIZE].mean())),
                ("60대는?", lambda f: value(_ages(_h(f), 60, 69)[SIZE].mean())),
            ],
        ),
        Conversation(
            "bf-c06",
            "followup",
            [
                ("Number of households by sex of the reference person", lambda f: rows(_count(_h(f), SEX))),
                ("and their average age?", lambda f: rows(_by(_h(f), SEX, AGE))),
                (
                    "how many years older are the women on average than the men?",
                    lambda f: value(_women(f)[AGE].mean() - _men(f)[AGE].mean()),
                ),
            ],
        ),
        Conversation(
            "bf-c07",
            "followup",
            [
                ("1인 가구 평균 총지출 얼마야?", lambda f: value(_size(f, 1)[T].mean())),
                ("2인 가구는?", lambda f: value(_size(f, 2)[T].mean())),
                ("둘 차이는?", lambda f: value(abs(_size(f, 2)[T].mean() - _size(f, 1)[T].mean()))),
            ],
        ),
        Conversation(
            "bf-c08",
            "followup",
            [
                ("식비 비중이 가장 높은 가구 번호는?", lambda f: _labels(best(_h(f).set_index(ID)[W]))),
                ("그 가구 총지출은 얼마야?", lambda f: value(_top_food_share(f)[T])),
                ("가구주 나이는?", lambda f: value(_top_food_share(f)[AGE])),
            ],
        ),
        Conversation(
            "bf-c09",
            "followup",
            [
                ("도시규모명별 1인 가구 수 보여줘", lambda f: rows(_count(_j(f, **{SIZE: 1}), TNAME))),
                (
                    "각 규모 가구 중에서 1인 가구 비율(%)로 보면?",
                    lambda f: rows(pd.Series({n: _single_share(g) for n, g in _j(f).groupby(TNAME)})),
                ),
            ],
        ),
        Conversation(
            "bf-c10",
            "followup",
            [
                ("1980년 자료에서 가구 수 알려줘", lambda f: value(len(_h(f)))),
                ("1985년은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "bf-c11",
            "followup",
            [
                ("How many households have 8 or more members?", lambda f: value(len(_at_least(_h(f), SIZE, 8)))),
                ("break them down by town-size code", lambda f: rows(_count(_at_least(_h(f), SIZE, 8), TOWN))),
                ("그중 가장 많은 코드는?", lambda f: best(_count(_at_least(_h(f), SIZE, 8), TOWN))),
            ],
        ),
        Conversation(
            "bf-c12",
            "followup",
            [
                ("가구주 나이 중앙값은?", lambda f: value(_h(f)[AGE].median())),
                ("평균은?", lambda f: value(_h(f)[AGE].mean())),
                ("평균에서 중앙값 빼면?", lambda f: value(_h(f)[AGE].mean() - _h(f)[AGE].median())),
            ],
        ),
        Conversation(
            "bf-c13",
            "followup",
            [
                (
                    "'최대규모 도시' 가구들 평균 식비 지출액(비중×총지출)은 몇 페세타야?",
                    lambda f: value(_food(_j(f, **{TNAME: LARGEST})).mean()),
                ),
                ("'최소규모 도시'는?", lambda f: value(_food(_j(f, **{TNAME: SMALLEST})).mean())),
                ("소득 대비로 보면 어느 쪽이 더 부담이 커?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "bf-c14",
            "followup",
            [
                ("70세 이상 가구주 가구는 몇 곳?", lambda f: value(len(_ages(_h(f), 70)))),
                (
                    "그중 여성 가구주 비율은?",
                    lambda f: _share(len(_ages(_women(f), 70)), len(_ages(_h(f), 70))),
                ),
                ("그 여성 가구주 가구들 평균 총지출은?", lambda f: value(_ages(_women(f), 70)[T].mean())),
            ],
        ),
        Conversation(
            "bf-c15",
            "followup",
            [
                ("도시규모 코드별 평균 식비 비중 %로 보여줘", lambda f: rows(_pct(_by(_h(f), TOWN, W)))),
                ("남성 가구주만 보면?", lambda f: rows(_pct(_by(_men(f), TOWN, W)))),
                ("여성 가구주는?", lambda f: rows(_pct(_by(_women(f), TOWN, W)))),
            ],
        ),
        Conversation(
            "bf-c16",
            "followup",
            [
                (
                    "총지출 50만 페세타 미만 가구는 몇 개야?",
                    lambda f: value(len(cut(_h(f), T, high=500_000))),
                ),
                ("그 가구들 평균 식비 비중은?", lambda f: _wmean(cut(_h(f), T, high=500_000))),
            ],
        ),
    ],
)
