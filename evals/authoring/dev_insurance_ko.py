"""Dev set on car insurance claims (MASS::Insurance) as one Korean table, `자동차_보험`, mostly in Korean.

`자동차_보험` holds one row per combination of the policyholder's district, the car's engine size and the
insured's age band (64 = 4 x 4 x 4): `지역` ('1지역' .. '4지역'), `배기량` ('1리터 미만', '1-1.5리터', '1.5-2리터',
'2리터 초과'), `연령대` ('25세 미만', '25-29세', '30-35세', '35세 초과'), `가입자_수` (policyholders exposed to
risk) and `청구_건수` (the claims they made). Made by evals/authoring/dev_derived_insurance_ko.py. The counts are
those of one insurer in one quarter (MASS's help page: the third quarter of 1973), but the table has no date and
names neither: the set asks no year, period or date question (the kinds year_period, date_range and
relative_period are not asked) and, with one table, no join. 127 turns: 80 single questions and 18
conversations (47 turns); 69 of the 98 questions (by first turn) in Korean.

Readings:
- A "row" / "행" / "조합" / "combination" / "cell" is one row of the table (a district, an engine size and an age
  band); "몇 개" / "how many rows" counts rows. "How many policyholders" / "가입자 (수)" / "몇 명" sums
  `가입자_수`; "how many claims" / "청구 (건수)" / "몇 건" sums `청구_건수` over the rows kept. "How many age bands
  / car groups / districts" counts the distinct values (4 each).
- The claim rate ("청구율", "claim rate", "가입자 1인당 (평균) 청구 건수", "claims per policyholder") of a group is
  the group's total claims over its total policyholders (sum of `청구_건수` / sum of `가입자_수`), never the mean
  of its rows' rates; "the overall claim rate" is 3151 / 23359. A row's own rate is its claims over its
  holders; questions about rows by rate (ins-05, ins-24, ins-43, ins-c10) use it.
- Scales: one rate asked alone is a share (`percent`: 13.5 or 0.135 both right); "몇 %p" (ins-c05) is the
  difference of two rates in percentage points, as a share too. A rate inside a breakdown, a trend or a row of
  several values is the ratio (0.135), as SUM(claims) / SUM(holders) gives it; a ranking or a which-one by a
  rate expects the labels alone (`_labels`). Other shares ("비중", "비율", "what percentage") are of
  policyholders or of claims as the question says: the part's sum over the whole's sum named in the question
  ("1-1.5리터 가입자 중 35세 초과 비중" = over-35 holders with 1-1.5 litre cars / all 1-1.5 litre holders).
- An average of a count ("행당 평균 가입자 수", "average claims per row", "median") is the plain mean (median)
  over the rows kept; "per policyholder" always means the claim rate above.
- Values said in other words: district N / "N번 지역" / "지역 N" is 'N지역'; "under 25" / "under-25s" / "스물다섯
  살 안 된" is '25세 미만'; "over 35" / "서른다섯 넘은" is '35세 초과'; "aged 25-29" / "30 to 35" are '25-29세' /
  '30-35세'; "under a litre" / "1,000cc 미만" is '1리터 미만'; "1 to 1.5 litres" is '1-1.5리터'; "1.5 to 2 litre"
  is '1.5-2리터'; "over 2 litres" / "2000cc 넘는" is '2리터 초과'; "1.5 litres or more" is '1.5-2리터' and '2리터
  초과' together. The help page's "4 is major cities" is not in the table, and no question relies on it.
- Order: the category columns are text whose order is the source's factor order, not the text's: youngest to
  oldest ('25세 미만', '25-29세', '30-35세', '35세 초과'), smallest to largest car ('1리터 미만', '1-1.5리터',
  '1.5-2리터', '2리터 초과'), district 1 to 4. A trend question ("연령대가 올라갈수록", "from the smallest cars
  to the largest") expects its rows in that order (`rows(..., ordered=True)`); a breakdown's order is free.
- Cuts: "more than" / "over" / "넘는" / "above" strict, "fewer than" / "미만" strict; every cut is at a value no
  row holds exactly (checked by `cut`: holders 50, 500, 1,000; claims 20, 150; row rates 25 % and 30 %), so
  strict and inclusive readings agree. Rankings and which-one questions are asked only without ties at the cut
  or at the top (checked by `top`, `best` and `_row`).
- "Which combination" is answered by the row's district, engine size and age band (and the value asked, when
  it is a count) in one row.
- Follow-ups keep the previous turn's filter and measure unless they change one ("and in district 4?" swaps the
  district; "청구율로 바꿔서" changes the measure; "그중 상위 2개는?" ranks the breakdown just shown; "그 연령대",
  "그 배기량", "that band" is the one just named).
- Refused: anything the table does not hold (claim amounts, premiums, sex, exact ages or ages over the bands,
  causes of claims, fuel types, cities by name, other insurers), causes, forecasts, and any year, quarter, month
  or "last year", the table having no time at all.
"""

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

T = "자동차_보험"
DISTRICT, GROUP, AGE, HOLDERS, CLAIMS = "지역", "배기량", "연령대", "가입자_수", "청구_건수"
D1, D2, D3, D4 = "1지역", "2지역", "3지역", "4지역"
G1, G2, G3, G4 = "1리터 미만", "1-1.5리터", "1.5-2리터", "2리터 초과"
A1, A2, A3, A4 = "25세 미만", "25-29세", "30-35세", "35세 초과"
ORDER = {DISTRICT: [D1, D2, D3, D4], GROUP: [G1, G2, G3, G4], AGE: [A1, A2, A3, A4]}
RATE = "row_rate"


def _t(f):
    return f[T]


def _w(f, **equal):
    """The rows with these column values (`_w(f, **{AGE: A1})`)."""
    return where(_t(f), **equal)


def _d(f, district, **equal):
    return _w(f, **{DISTRICT: district}, **equal)


def _g(f, group, **equal):
    return _w(f, **{GROUP: group}, **equal)


def _a(f, age, **equal):
    return _w(f, **{AGE: age}, **equal)


def _cell(f, district, group, age):
    """The one row of a district, engine size and age band."""
    found = where(_t(f), **{DISTRICT: district, GROUP: group, AGE: age})
    if len(found) != 1:
        raise ValueError(f"{district}, {group}, {age}: {len(found)} rows")
    return found.iloc[0]


def _rated(frame):
    """The rows with their own claim rate (claims / holders) as `row_rate`."""
    return frame.assign(**{RATE: frame[CLAIMS] / frame[HOLDERS]})


def _rate(frame):
    """A group's claim rate: its total claims over its total policyholders (a ratio)."""
    return frame[CLAIMS].sum() / frame[HOLDERS].sum()


def _rate_share(frame):
    """The claim rate as a share (13.5 % or 0.135)."""
    return percent(100 * _rate(frame))


def _sums(frame, by, column):
    return frame.groupby(by)[column].sum()


def _rates(frame, by):
    """The claim rate (ratio) of each value of `by`."""
    return _sums(frame, by, CLAIMS) / _sums(frame, by, HOLDERS)


def _ordered(series, by):
    """A series over a category column in the category's own order (a trend)."""
    return rows(series.reindex(ORDER[by]), ordered=True)


def _share(part, whole):
    return percent(100 * part / whole)


def _labels(found):
    """A ranking or a which-one by a rate, without the rate (the answer may give it as 0.16 or 16 %)."""
    return {key: found[key] for key in ("order", "label") if key in found}


def _row(frame, column, largest=True, with_value=True):
    """The one row with the largest (smallest) value of the column, refusing a tie.

    Its district, engine size and age band (and the value) in one row.
    """
    ranked = frame.sort_values(column, ascending=not largest)
    if ranked[column].iloc[0] == ranked[column].iloc[1]:
        raise ValueError("a tie for the first place")
    first = ranked.iloc[0]
    labels = [first[DISTRICT], first[GROUP], first[AGE]]
    return values(*labels, first[column]) if with_value else values(*labels)


def _top_labels(series, n, largest=True):
    return top(series, n, largest)["order"]


def _groups_sum(f, groups, column):
    return _w(f)[_w(f)[GROUP].isin(groups)][column].sum()


def _fewest_age(f):
    return best(_sums(_t(f), AGE, HOLDERS), largest=False)["label"]


def _most_d4_group(f):
    return best(_sums(_d(f, D4), GROUP, CLAIMS))["label"]


def _fewest_district(f):
    return best(_sums(_t(f), DISTRICT, HOLDERS), largest=False)["label"]


SET = BankSet(
    name="dev_insurance_ko",
    split="dev",
    tables=[Table(T, file="dev/insurance_ko_claims.parquet")],
    questions=[
        # count
        Q("ins-01", "count", "지역·배기량·연령대 조합이 모두 몇 개예요?", lambda f: value(len(_t(f)))),
        Q(
            "ins-02",
            "count",
            "가입자가 1,000명 넘는 조합은 몇 개야?",
            lambda f: value(len(cut(_t(f), HOLDERS, low=1000))),
        ),
        Q("ins-03", "count", "청구 건수가 0건인 행은 몇 개예요?", lambda f: value(int((_t(f)[CLAIMS] == 0).sum()))),
        Q(
            "ins-04",
            "count",
            "25세 미만 행 중에 청구가 20건 넘는 건 몇 개나 돼?",
            lambda f: value(len(cut(_a(f, A1), CLAIMS, low=20))),
        ),
        Q(
            "ins-05",
            "count",
            "In how many combinations is the claim rate above 25%?",
            lambda f: value(len(cut(_rated(_t(f)), RATE, low=0.25))),
        ),
        Q(
            "ins-06",
            "count",
            "2리터 초과 차량 중에 가입자가 50명 미만인 행 몇 개야?",
            lambda f: value(len(cut(_g(f, G4), HOLDERS, high=50))),
        ),
        # count_distinct
        Q("ins-07", "count_distinct", "배기량 구분은 몇 가지야?", lambda f: value(_t(f)[GROUP].nunique())),
        Q(
            "ins-08",
            "count_distinct",
            "청구 건수가 150건 넘는 행이 나오는 지역은 몇 곳이에요?",
            lambda f: value(cut(_t(f), CLAIMS, low=150)[DISTRICT].nunique()),
        ),
        Q(
            "ins-09",
            "count_distinct",
            "In how many engine-size groups does any single row exceed 1,000 policyholders?",
            lambda f: value(cut(_t(f), HOLDERS, low=1000)[GROUP].nunique()),
        ),
        Q(
            "ins-10",
            "count_distinct",
            "연령대는 몇 개로 나뉘어 있어?",
            lambda f: value(_t(f)[AGE].nunique()),
        ),
        # sum
        Q("ins-11", "sum", "전체 가입자 수 합계는?", lambda f: value(_t(f)[HOLDERS].sum())),
        Q("ins-12", "sum", "총 청구 건수 몇 건이야?", lambda f: value(_t(f)[CLAIMS].sum())),
        Q(
            "ins-13",
            "sum",
            "25세 미만이랑 25-29세 가입자 합치면 몇 명이에요?",
            lambda f: value(_a(f, A1)[HOLDERS].sum() + _a(f, A2)[HOLDERS].sum()),
        ),
        Q(
            "ins-14",
            "sum",
            "Total policyholders with cars of 1.5 litres or more",
            lambda f: value(_groups_sum(f, [G3, G4], HOLDERS)),
        ),
        Q(
            "ins-15",
            "sum",
            "2지역 2리터 초과 차량 청구 건수 합계",
            lambda f: value(_d(f, D2, **{GROUP: G4})[CLAIMS].sum()),
        ),
        # average
        Q("ins-16", "average", "조합 하나당 평균 가입자 수는 몇 명이야?", lambda f: value(_t(f)[HOLDERS].mean())),
        Q("ins-17", "average", "What's the median number of claims per row?", lambda f: value(_t(f)[CLAIMS].median())),
        Q("ins-18", "average", "1지역 행들의 평균 청구 건수", lambda f: value(_d(f, D1)[CLAIMS].mean())),
        Q("ins-19", "average", "가입자 한 명당 평균 청구 건수는 얼마예요?", lambda f: _rate_share(_t(f))),
        Q("ins-20", "average", "4지역은 행당 가입자가 평균 몇 명이야?", lambda f: value(_d(f, D4)[HOLDERS].mean())),
        Q(
            "ins-21",
            "average",
            "On average, how many claims per policyholder do drivers over 35 make?",
            lambda f: _rate_share(_a(f, A4)),
        ),
        # min_max
        Q("ins-22", "min_max", "가입자 수가 제일 적은 행은 몇 명이야?", lambda f: value(_t(f)[HOLDERS].min())),
        Q(
            "ins-23",
            "min_max",
            "한 행에서 청구 건수가 제일 많은 게 몇 건이야?",
            lambda f: value(_t(f)[CLAIMS].max()),
        ),
        Q(
            "ins-24",
            "min_max",
            "행 단위로 보면 청구율 최고치는 얼마야?",
            lambda f: percent(100 * _rated(_t(f))[RATE].max()),
        ),
        Q("ins-25", "min_max", "25세 미만 중에서 가입자 수 최대값은?", lambda f: value(_a(f, A1)[HOLDERS].max())),
        # multi_measure
        Q(
            "ins-26",
            "multi_measure",
            "4지역 가입자 수랑 청구 건수 합계 알려줘",
            lambda f: values(_d(f, D4)[HOLDERS].sum(), _d(f, D4)[CLAIMS].sum()),
        ),
        Q(
            "ins-27",
            "multi_measure",
            "For cars over 2 litres: total holders, total claims and the claim rate",
            lambda f: values(_g(f, G4)[HOLDERS].sum(), _g(f, G4)[CLAIMS].sum(), _rate(_g(f, G4))),
        ),
        Q(
            "ins-28",
            "multi_measure",
            "청구 건수 최소, 최대, 평균 보여줘",
            lambda f: values(_t(f)[CLAIMS].min(), _t(f)[CLAIMS].max(), _t(f)[CLAIMS].mean()),
        ),
        Q(
            "ins-29",
            "multi_measure",
            "35세 초과 행들 가입자 수 최소값이랑 최대값은?",
            lambda f: values(_a(f, A4)[HOLDERS].min(), _a(f, A4)[HOLDERS].max()),
        ),
        # breakdown
        Q("ins-30", "breakdown", "지역별 가입자 수 보여줘", lambda f: rows(_sums(_t(f), DISTRICT, HOLDERS))),
        Q("ins-31", "breakdown", "claims by car group", lambda f: rows(_sums(_t(f), GROUP, CLAIMS))),
        Q("ins-32", "breakdown", "연령대별 청구율 알려줘", lambda f: rows(_rates(_t(f), AGE))),
        Q("ins-33", "breakdown", "Claim rate by district", lambda f: rows(_rates(_t(f), DISTRICT))),
        Q("ins-34", "breakdown", "3지역 배기량별 청구 건수", lambda f: rows(_sums(_d(f, D3), GROUP, CLAIMS))),
        Q(
            "ins-35",
            "breakdown",
            "35세 초과 운전자만 놓고 지역별 청구율 좀 뽑아줄래?",
            lambda f: rows(_rates(_a(f, A4), DISTRICT)),
        ),
        # ranking
        Q(
            "ins-36",
            "ranking",
            "지역을 청구율 높은 순으로 줄 세워줘",
            lambda f: _labels(top(_rates(_t(f), DISTRICT), 4)),
        ),
        Q(
            "ins-37",
            "ranking",
            "Top 2 car groups by number of policyholders",
            lambda f: top(_sums(_t(f), GROUP, HOLDERS), 2),
        ),
        Q("ins-38", "ranking", "청구 건수 많은 연령대 순위 매겨줘", lambda f: top(_sums(_t(f), AGE, CLAIMS), 4)),
        Q(
            "ins-39",
            "ranking",
            "Which 3 districts have the most claims from drivers under 25?",
            lambda f: top(_sums(_a(f, A1), DISTRICT, CLAIMS), 3),
        ),
        Q(
            "ins-40",
            "ranking",
            "2리터 초과 차량에서 청구율 낮은 연령대 2개만 낮은 순서대로",
            lambda f: _labels(top(_rates(_g(f, G4), AGE), 2, largest=False)),
        ),
        # which_one
        Q(
            "ins-41",
            "which_one",
            "청구율이 가장 높은 지역은 어디야?",
            lambda f: _labels(best(_rates(_t(f), DISTRICT))),
        ),
        Q(
            "ins-42",
            "which_one",
            "Which car group has the most policyholders?",
            lambda f: best(_sums(_t(f), GROUP, HOLDERS)),
        ),
        Q(
            "ins-43",
            "which_one",
            "Which combination of district, car group and age band has the highest claim rate?",
            lambda f: _row(_rated(_t(f)), RATE, with_value=False),
        ),
        Q(
            "ins-44",
            "which_one",
            "청구 건수가 제일 많은 조합은 어느 지역, 어떤 배기량, 몇 세 구간이야?",
            lambda f: _row(_t(f), CLAIMS),
        ),
        Q(
            "ins-45",
            "which_one",
            "가입자가 가장 적은 연령대는?",
            lambda f: best(_sums(_t(f), AGE, HOLDERS), largest=False),
        ),
        Q(
            "ins-46",
            "which_one",
            "In district 1, which age band has the lowest claim rate?",
            lambda f: _labels(best(_rates(_d(f, D1), AGE), largest=False)),
        ),
        # share
        Q(
            "ins-47",
            "share",
            "전체 청구 건수 중 1지역 비중은?",
            lambda f: _share(_d(f, D1)[CLAIMS].sum(), _t(f)[CLAIMS].sum()),
        ),
        Q(
            "ins-48",
            "share",
            "35세 초과 가입자가 전체의 몇 퍼센트야?",
            lambda f: _share(_a(f, A4)[HOLDERS].sum(), _t(f)[HOLDERS].sum()),
        ),
        Q(
            "ins-49",
            "share",
            "25세 미만 가입자 비율이 얼마나 돼요?",
            lambda f: _share(_a(f, A1)[HOLDERS].sum(), _t(f)[HOLDERS].sum()),
        ),
        Q(
            "ins-50",
            "share",
            "2리터 초과 차량 청구가 전체 청구에서 차지하는 비율",
            lambda f: _share(_g(f, G4)[CLAIMS].sum(), _t(f)[CLAIMS].sum()),
        ),
        Q(
            "ins-51",
            "share",
            "Of district 4's claims, what share came from cars over 2 litres?",
            lambda f: _share(_d(f, D4, **{GROUP: G4})[CLAIMS].sum(), _d(f, D4)[CLAIMS].sum()),
        ),
        Q(
            "ins-52",
            "share",
            "1-1.5리터 가입자 중 35세 초과 비중은 몇 %야?",
            lambda f: _share(_g(f, G2, **{AGE: A4})[HOLDERS].sum(), _g(f, G2)[HOLDERS].sum()),
        ),
        # filter_value
        Q(
            "ins-53",
            "filter_value",
            "3지역 1.5-2리터 25-29세 가입자는 몇 명이야?",
            lambda f: value(_cell(f, D3, G3, A2)[HOLDERS]),
        ),
        Q(
            "ins-54",
            "filter_value",
            "How many claims did under-25 drivers of 1-1.5 litre cars in district 2 make?",
            lambda f: value(_cell(f, D2, G2, A1)[CLAIMS]),
        ),
        Q(
            "ins-55",
            "filter_value",
            "가입자가 500명 넘는 행들만 보면 청구 건수 합계는 몇 건이에요?",
            lambda f: value(cut(_t(f), HOLDERS, low=500)[CLAIMS].sum()),
        ),
        Q(
            "ins-56",
            "filter_value",
            "What's the claim rate for district 4 drivers aged 25-29?",
            lambda f: _rate_share(_d(f, D4, **{AGE: A2})),
        ),
        Q(
            "ins-57",
            "filter_value",
            "1지역에서 2리터 초과 차 모는 30-35세 청구 건수",
            lambda f: value(_cell(f, D1, G4, A3)[CLAIMS]),
        ),
        # loosely named values
        Q("ins-58", "loose_value", "4번 지역 가입자 몇 명이야?", lambda f: value(_d(f, D4)[HOLDERS].sum())),
        Q("ins-59", "loose_value", "How many claims from drivers under 25?", lambda f: value(_a(f, A1)[CLAIMS].sum())),
        Q("ins-60", "loose_value", "2000cc 넘는 차 가입자 수는?", lambda f: value(_g(f, G4)[HOLDERS].sum())),
        Q("ins-61", "loose_value", "서른다섯 넘은 가입자들 청구 건수 총합", lambda f: value(_a(f, A4)[CLAIMS].sum())),
        Q(
            "ins-62",
            "loose_value",
            "claims from 1.5 to 2 litre cars in district two",
            lambda f: value(_d(f, D2, **{GROUP: G3})[CLAIMS].sum()),
        ),
        Q("ins-63", "loose_value", "스물다섯 살 안 된 운전자들 청구율은 어때요?", lambda f: _rate_share(_a(f, A1))),
        # trend: along the ordered categories
        Q(
            "ins-64",
            "trend",
            "연령대가 올라갈수록 청구율이 어떻게 변해? 어린 순서대로 보여줘",
            lambda f: _ordered(_rates(_t(f), AGE), AGE),
        ),
        Q(
            "ins-65",
            "trend",
            "Claim rate by engine size, from the smallest cars to the largest",
            lambda f: _ordered(_rates(_t(f), GROUP), GROUP),
        ),
        Q(
            "ins-66",
            "trend",
            "1지역에서 배기량이 커질수록 청구율은 어떻게 돼요?",
            lambda f: _ordered(_rates(_d(f, D1), GROUP), GROUP),
        ),
        Q(
            "ins-67",
            "trend",
            "How does the number of policyholders change across the age bands, youngest to oldest?",
            lambda f: _ordered(_sums(_t(f), AGE, HOLDERS), AGE),
        ),
        Q(
            "ins-68",
            "trend",
            "1지역부터 4지역까지 순서대로 청구 건수 보여줘",
            lambda f: _ordered(_sums(_t(f), DISTRICT, CLAIMS), DISTRICT),
        ),
        # unanswerable
        Q("ins-69", "unanswerable", "1974년 청구 건수는 몇 건이야?", lambda f: refuse()),
        Q("ins-70", "unanswerable", "What was the average claim amount?", lambda f: refuse()),
        Q("ins-71", "unanswerable", "남성 가입자랑 여성 가입자 중에 누가 청구를 더 많이 했어?", lambda f: refuse()),
        Q("ins-72", "unanswerable", "다음 분기 청구 건수 예측해줘", lambda f: refuse()),
        Q("ins-73", "unanswerable", "Why do young drivers make more claims?", lambda f: refuse()),
        Q("ins-74", "unanswerable", "보험료 총액은 얼마예요?", lambda f: refuse()),
        Q("ins-75", "unanswerable", "전기차 가입자는 몇 명이야?", lambda f: refuse()),
        Q("ins-76", "unanswerable", "월별 청구 건수 추이 보여줘", lambda f: refuse()),
        Q("ins-77", "unanswerable", "가입자들 평균 나이가 몇 살이에요?", lambda f: refuse()),
        Q("ins-78", "unanswerable", "서울 사는 가입자들 청구 건수는?", lambda f: refuse()),
        Q("ins-79", "unanswerable", "다른 보험사들이랑 비교하면 우리 청구율이 더 낮아?", lambda f: refuse()),
        Q("ins-80", "unanswerable", "70세 넘는 운전자 청구율은 얼마야?", lambda f: refuse()),
        # conversations
        Conversation(
            "ins-c01",
            "followup",
            [
                ("지역별 청구 건수 보여줘", lambda f: rows(_sums(_t(f), DISTRICT, CLAIMS))),
                ("청구율로 바꿔서 보여줘", lambda f: rows(_rates(_t(f), DISTRICT))),
                ("그중 가장 높은 곳은?", lambda f: _labels(best(_rates(_t(f), DISTRICT)))),
            ],
        ),
        Conversation(
            "ins-c02",
            "followup",
            [
                ("How many policyholders are under 25?", lambda f: value(_a(f, A1)[HOLDERS].sum())),
                ("and how many claims did they make?", lambda f: value(_a(f, A1)[CLAIMS].sum())),
                ("so what's their claim rate?", lambda f: _rate_share(_a(f, A1))),
            ],
        ),
        Conversation(
            "ins-c03",
            "followup",
            [
                ("배기량별 가입자 수", lambda f: rows(_sums(_t(f), GROUP, HOLDERS))),
                ("그중 상위 2개는?", lambda f: top(_sums(_t(f), GROUP, HOLDERS), 2)),
                (
                    "그 두 그룹 청구 건수 합치면?",
                    lambda f: value(_groups_sum(f, _top_labels(_sums(_t(f), GROUP, HOLDERS), 2), CLAIMS)),
                ),
            ],
        ),
        Conversation(
            "ins-c04",
            "followup",
            [
                ("Claim rate for district 1", lambda f: _rate_share(_d(f, D1))),
                ("and in district 4?", lambda f: _rate_share(_d(f, D4))),
            ],
        ),
        Conversation(
            "ins-c05",
            "followup",
            [
                ("35세 초과 운전자 청구율은?", lambda f: _rate_share(_a(f, A4))),
                ("25세 미만은?", lambda f: _rate_share(_a(f, A1))),
                (
                    "두 연령대 차이는 몇 %p야?",
                    lambda f: percent(100 * (_rate(_a(f, A1)) - _rate(_a(f, A4)))),
                ),
            ],
        ),
        Conversation(
            "ins-c06",
            "followup",
            [
                ("2리터 초과 차량 연령대별 청구 건수", lambda f: rows(_sums(_g(f, G4), AGE, CLAIMS))),
                ("가입자 수로 바꿔줘", lambda f: rows(_sums(_g(f, G4), AGE, HOLDERS))),
                ("청구율은?", lambda f: rows(_rates(_g(f, G4), AGE))),
            ],
        ),
        Conversation(
            "ins-c07",
            "followup",
            [
                ("Which age band has the most claims?", lambda f: best(_sums(_t(f), AGE, CLAIMS))),
                ("and the highest claim rate?", lambda f: _labels(best(_rates(_t(f), AGE)))),
            ],
        ),
        Conversation(
            "ins-c08",
            "followup",
            [
                ("1지역 가입자 수 몇 명이에요?", lambda f: value(_d(f, D1)[HOLDERS].sum())),
                ("2지역은요?", lambda f: value(_d(f, D2)[HOLDERS].sum())),
                ("둘 합치면?", lambda f: value(_d(f, D1)[HOLDERS].sum() + _d(f, D2)[HOLDERS].sum())),
            ],
        ),
        Conversation(
            "ins-c09",
            "followup",
            [
                ("Total claims by car group in district 3", lambda f: rows(_sums(_d(f, D3), GROUP, CLAIMS))),
                ("now only for drivers over 35", lambda f: rows(_sums(_d(f, D3, **{AGE: A4}), GROUP, CLAIMS))),
                ("which group is highest there?", lambda f: best(_sums(_d(f, D3, **{AGE: A4}), GROUP, CLAIMS))),
            ],
        ),
        Conversation(
            "ins-c10",
            "followup",
            [
                (
                    "청구율이 30% 넘는 조합 몇 개야?",
                    lambda f: value(len(cut(_rated(_t(f)), RATE, low=0.3))),
                ),
                (
                    "그 조합들 가입자 수 합계는?",
                    lambda f: value(cut(_rated(_t(f)), RATE, low=0.3)[HOLDERS].sum()),
                ),
                ("청구 건수 합계는?", lambda f: value(cut(_rated(_t(f)), RATE, low=0.3)[CLAIMS].sum())),
            ],
        ),
        Conversation(
            "ins-c11",
            "followup",
            [
                (
                    "Show me the claim rate by age band for cars under 1 litre",
                    lambda f: rows(_rates(_g(f, G1), AGE)),
                ),
                ("and for cars over 2 litres?", lambda f: rows(_rates(_g(f, G4), AGE))),
            ],
        ),
        Conversation(
            "ins-c12",
            "followup",
            [
                ("4지역에서 청구 건수가 가장 많은 배기량은?", lambda f: best(_sums(_d(f, D4), GROUP, CLAIMS))),
                ("그 배기량의 4지역 청구율은?", lambda f: _rate_share(_d(f, D4, **{GROUP: _most_d4_group(f)}))),
                ("같은 배기량으로 1지역에서는?", lambda f: _rate_share(_d(f, D1, **{GROUP: _most_d4_group(f)}))),
            ],
        ),
        Conversation(
            "ins-c13",
            "followup",
            [
                (
                    "What share of all claims came from drivers aged 30 to 35?",
                    lambda f: _share(_a(f, A3)[CLAIMS].sum(), _t(f)[CLAIMS].sum()),
                ),
                (
                    "and what share of policyholders are in that band?",
                    lambda f: _share(_a(f, A3)[HOLDERS].sum(), _t(f)[HOLDERS].sum()),
                ),
            ],
        ),
        Conversation(
            "ins-c14",
            "followup",
            [
                ("연령대별 가입자 수", lambda f: rows(_sums(_t(f), AGE, HOLDERS))),
                ("그중 가장 적은 연령대는?", lambda f: best(_sums(_t(f), AGE, HOLDERS), largest=False)),
                (
                    "그 연령대의 지역별 청구 건수는?",
                    lambda f: rows(_sums(_a(f, _fewest_age(f)), DISTRICT, CLAIMS)),
                ),
            ],
        ),
        Conversation(
            "ins-c15",
            "followup",
            [
                ("1.5-2리터 차 청구 건수 얼마야?", lambda f: value(_g(f, G3)[CLAIMS].sum())),
                ("작년이랑 비교하면 늘었어?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "ins-c16",
            "followup",
            [
                (
                    "Which district has the fewest policyholders?",
                    lambda f: best(_sums(_t(f), DISTRICT, HOLDERS), largest=False),
                ),
                (
                    "what share of all policyholders is that?",
                    lambda f: _share(_d(f, _fewest_district(f))[HOLDERS].sum(), _t(f)[HOLDERS].sum()),
                ),
                (
                    "and of all claims?",
                    lambda f: _share(_d(f, _fewest_district(f))[CLAIMS].sum(), _t(f)[CLAIMS].sum()),
                ),
            ],
        ),
        Conversation(
            "ins-c17",
            "followup",
            [
                ("25-29세 행들은 가입자가 평균 몇 명이야?", lambda f: value(_a(f, A2)[HOLDERS].mean())),
                ("최대값은?", lambda f: value(_a(f, A2)[HOLDERS].max())),
            ],
        ),
        Conversation(
            "ins-c18",
            "followup",
            [
                ("2지역 배기량별 청구율", lambda f: rows(_rates(_d(f, D2), GROUP))),
                ("상위 2개만", lambda f: _labels(top(_rates(_d(f, D2), GROUP), 2))),
            ],
        ),
    ],
)
