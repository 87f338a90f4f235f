"""Dev set on Ecdat::Cigarette (cigarette consumption in the 48 continental US states, 1985-1995), mostly Korean.

One table, `state_years` (528 rows, one a state and year), made by evals/authoring/dev_derived_cigarette_ko.py:
`state` (the two-letter postal abbreviation, `AL` ... `WY`; no AK, HI or DC), `year` (1985-1995), `cpi` (the
consumer price index, one value a year), `population`, `packs_per_capita`, `income` (state personal income,
total, nominal), `excise_tax` (the average state, federal and local excise taxes), `average_price` (the average
price, sales taxes included) and `total_tax` (the excise taxes with the sales taxes). There is no state name, no
region, no month and no year outside 1985-1995: questions on those, on causes and forecasts are refused. The
analysts ask in Korean (with the English column names) about three questions in four, the rest in English:
135 turns, 87 single questions and 20 conversations (48 turns), 105 turns in Korean, 14 refused.

Readings:
- "주" / "state" is a row's `state`; "how many states" / "주는 몇 개" counts distinct states, "state-years" /
  "주-연도" / "행" counts rows; within one year the two are the same (one row a state a year). A state that "한
  번이라도" / "ever" did X has at least one such row. "Which state" answers with the abbreviation.
- State names are their postal abbreviations: 캘리포니아 / California = `CA`, 뉴욕 / new york = `NY`, 켄터키 =
  `KY`, 텍사스 = `TX`, 하와이 (Hawaii) and 알래스카 / Alaska are not in the table (refused).
- Columns in Korean: "1인당 (담배) 소비량", "1인당 팩 수", "1인당 몇 갑" = `packs_per_capita`; "가격", "담배 가격",
  "담뱃값", "how much a pack cost", "cheapest cigarettes" = `average_price`; "소비세", "excise tax" =
  `excise_tax`; "판매세 포함 세금" and `total_tax` = `total_tax` (no question says a bare "세금"); "인구" =
  `population`; "소득" / "personal income" = `income` (the total).
- An average over states ("평균 가격", "1995년 평균 1인당 소비량", "48개 주 평균", "average ... per year") is the
  plain mean of the rows the question keeps (every state counts once, not weighted by population); a state's
  average is over its years. A median the same way. "합계" / "total" sums the rows kept. "Which year" with an
  average ("평균 가격이 가장 높았던 연도") compares the years' 48-state means; "11년 평균", "최근 3년간 평균"
  by state are each state's mean over those years.
- Derived figures are asked in so many words: "1인당 소득" = `income / population` per row; "총 소비량" / "total
  consumption in packs" = `packs_per_capita * population` per row (summed over the states asked about);
  "실질 가격" = `average_price / cpi` per row (their "average" is the mean of the rows' figures); "판매세 부분" =
  `total_tax - excise_tax`; "가격에서 세금이 차지하는 비중" = `total_tax / average_price` of the one row named.
- Cuts: "넘는" / "초과" / "more than" / "above" / "over" are strict, "이상" / "at least" inclusive, "미만" /
  "under" / "below" strict; every cut is asked at a number no row of the rows asked about sits on (nor within
  0.01 of: the source holds taxes like 41.000004), checked by `_cut`, so both readings agree.
- Years: "1990년부터 1995년까지", "1985~1989년", "between 1986 and 1989" include both ends; "첫해" / "the first
  year" is 1985, "마지막 해" 1995, "최근 3년" 1993-1995 (the data's end, not today).
- Change between two years: "변화율" / "증가율" / "몇 % 올랐" / "percent increase" / "grew ... in percent" is
  (later / earlier - 1) x 100 (negative for a fall); "얼마나 줄었" is the earlier minus the later (positive);
  "평균보다 얼마나 낮아" the 48-state mean minus the state's figure (positive). Over all states (no state named)
  the change is of the 48-state mean (the panel is balanced, so the same as of the total). A state's "늘어난" /
  "두 배 넘게 오른" (from 1985 to 1995) compares its own 1995 figure with its 1985 one (ratio above 1, above 2).
- A share of population or income ("비중", "비율", "what share") is the part's sum over the whole's sum in the
  same year; a share of states or state-years divides counts.
- Rankings and "which one" are asked only where no two of the values compared tie at the cut or inside the top
  (nor sit within 0.001 of each other), checked by `_rank` and `_best`.
"""

import numpy as np

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

PACKS, PRICE, TAX, TTAX, POP, INC, CPI = (
    "packs_per_capita",
    "average_price",
    "excise_tax",
    "total_tax",
    "population",
    "income",
    "cpi",
)
FIRST, LAST = 1985, 1995


def _s(f):
    return f["state_years"]


def _in(f, year):
    s = _s(f)
    return s[s["year"] == year]


def _span(f, first, last):
    s = _s(f)
    return s[s["year"].between(first, last)]


def _st(f, state):
    s = _s(f)
    found = s[s["state"] == state]
    assert len(found) == 11, state
    return found


def _at(f, state, year, column):
    """One state's figure in one year."""
    row = _st(f, state)
    row = row[row["year"] == year]
    assert len(row) == 1
    return row[column].iloc[0]


def _states(frame, column):
    """A one-year frame's column by state (one row a state)."""
    assert frame["state"].is_unique
    return frame.set_index("state")[column]


def _years(frame, column):
    """A one-state frame's column by year (one row a year)."""
    assert frame["year"].is_unique
    return frame.set_index("year")[column]


def _by_state(frame, column, how="mean"):
    return frame.groupby("state")[column].agg(how)


def _by_year(frame, column, how="mean"):
    return frame.groupby("year")[column].agg(how)


def _yearly(frame, column, how="mean"):
    return rows(_by_year(frame, column, how), ordered=True)


def _close(a, b, gap):
    return abs(float(a) - float(b)) < gap


def _rank(series, n, largest=True):
    """The top `n` of a Series (labels and values); refuses ties and near-ties at the cut and inside the top."""
    ranked = series.sort_values(ascending=not largest)
    for i in range(min(n, len(ranked) - 1)):
        if _close(ranked.iloc[i], ranked.iloc[i + 1], 1e-3):
            raise ValueError(f"a (near) tie at place {i + 1}: {ranked.index[i]} {ranked.index[i + 1]}")
    return top(series, n, largest)


def _best(series, largest=True):
    """The label with the largest (smallest) value, refusing a near-tie for the first place."""
    _rank(series, 1, largest)
    return best(series, largest)


def _label(series, largest=True):
    return _best(series, largest)["label"]


def _cut(frame, column, low=None, high=None):
    """The rows above `low` and below `high`; refuses a cut a row sits on or near (strict = inclusive)."""
    for at in (low, high):
        if at is not None and np.isclose(frame[column], at, rtol=0, atol=0.01).any():
            raise ValueError(f"a row with {column} at (or near) {at}: 'over' and 'at least' would differ")
    if low is not None:
        frame = frame[frame[column] > low]
    if high is not None:
        frame = frame[frame[column] < high]
    return frame


def _growth(earlier, later):
    return percent(100 * (later / earlier - 1))


def _packs(frame):
    """The frame with each row's total consumption in packs (`packs_per_capita * population`) as `packs`."""
    return frame.assign(packs=frame[PACKS] * frame[POP])


def _ratio(frame, numerator, denominator):
    """The frame with each row's `numerator / denominator` as `ratio`."""
    return frame.assign(ratio=frame[numerator] / frame[denominator])


def _sales_part(frame):
    """The frame with each row's `total_tax - excise_tax` (the sales-tax part) as `sales`."""
    return frame.assign(sales=frame[TTAX] - frame[TAX])


def _share_of(part, whole, column):
    return percent(100 * part[column].sum() / whole[column].sum())


def _count_share(part, whole):
    return percent(100 * len(part) / len(whole))


def _state_change(f, column, first=FIRST, last=LAST):
    """Each state's `column` in `last` over `first` (a ratio, by state)."""
    return _states(_in(f, last), column) / _states(_in(f, first), column)


def _top_states(frame, column, n, largest=True):
    return _rank(_states(frame, column), n, largest)["order"]


def _below_mean(f, year, column):
    """The national (48-state) mean minus the figure of the state with the highest excise tax that year."""
    state = _label(_states(_in(f, year), TAX))
    gap = _in(f, year)[column].mean() - _at(f, state, year, column)
    if gap <= 0:
        raise ValueError("the state is not below the mean: the question would be wrong")
    return value(gap)


SET = BankSet(
    name="dev_cigarette_ko",
    split="dev",
    tables=[Table("state_years", file="dev/cigarette_ko_state_years.parquet")],
    questions=[
        # count: rows (state-years), or states within one year
        Q("ck-01", "count", "state_years 테이블 행 수는?", lambda f: value(len(_s(f)))),
        Q(
            "ck-02",
            "count",
            "1995년에 1인당 담배 소비량이 100팩 미만인 주는 몇 개야?",
            lambda f: value(len(_cut(_in(f, 1995), PACKS, high=100))),
        ),
        Q(
            "ck-03",
            "count",
            "How many state-years have an average price above 200?",
            lambda f: value(len(_cut(_s(f), PRICE, low=200))),
        ),
        Q(
            "ck-04",
            "count",
            "1990년에 소비세(excise_tax)가 45를 넘는 주는 몇 곳이에요?",
            lambda f: value(len(_cut(_in(f, 1990), TAX, low=45))),
        ),
        Q(
            "ck-05",
            "count",
            "in 1985, how many states had more than 10 million people?",
            lambda f: value(len(_cut(_in(f, 1985), POP, low=10_000_000))),
        ),
        Q(
            "ck-06",
            "count",
            "1985년보다 1995년에 1인당 소비량이 늘어난 주는 몇 개야?",
            lambda f: value(int((_state_change(f, PACKS) > 1).sum())),
        ),
        Q(
            "ck-07",
            "count",
            "1985년에서 1995년 사이에 평균 가격이 두 배 넘게 오른 주는 몇 개?",
            lambda f: value(int((_state_change(f, PRICE) > 2).sum())),
        ),
        # count_distinct
        Q("ck-08", "count_distinct", "주는 모두 몇 개야?", lambda f: value(_s(f)["state"].nunique())),
        Q("ck-09", "count_distinct", "How many years does the data cover?", lambda f: value(_s(f)["year"].nunique())),
        Q(
            "ck-10",
            "count_distinct",
            "1인당 소비량이 한 번이라도 150팩을 넘은 주는 몇 곳?",
            lambda f: value(_cut(_s(f), PACKS, low=150)["state"].nunique()),
        ),
        Q(
            "ck-11",
            "count_distinct",
            "평균 가격이 200을 넘은 적이 있는 주는 몇 개예요?",
            lambda f: value(_cut(_s(f), PRICE, low=200)["state"].nunique()),
        ),
        # sum
        Q("ck-12", "sum", "1995년 48개 주 인구 합계는?", lambda f: value(_in(f, 1995)[POP].sum())),
        Q("ck-13", "sum", "total personal income of all states in 1990", lambda f: value(_in(f, 1990)[INC].sum())),
        Q(
            "ck-14",
            "sum",
            "1995년 전체 담배 소비량(1인당 팩 수 × 인구)을 48개 주 합계로 구하면 몇 팩이야?",
            lambda f: value(_packs(_in(f, 1995))["packs"].sum()),
        ),
        # average
        Q("ck-15", "average", "1인당 담배 소비량 평균은 얼마야?", lambda f: value(_s(f)[PACKS].mean())),
        Q("ck-16", "average", "1995년 평균 담배 가격은?", lambda f: value(_in(f, 1995)[PRICE].mean())),
        Q(
            "ck-17",
            "average",
            "What's the median packs per capita in 1985?",
            lambda f: value(_in(f, 1985)[PACKS].median()),
        ),
        Q("ck-18", "average", "판매세 포함 세금(total_tax) 평균 알려줘", lambda f: value(_s(f)[TTAX].mean())),
        # min_max
        Q("ck-19", "min_max", "1인당 소비량 최솟값은?", lambda f: value(_s(f)[PACKS].min())),
        Q("ck-20", "min_max", "1985년에 가장 비싼 담배 가격은 얼마였어?", lambda f: value(_in(f, 1985)[PRICE].max())),
        Q(
            "ck-21",
            "min_max",
            "What was the highest excise tax anywhere in the data?",
            lambda f: value(_s(f)[TAX].max()),
        ),
        Q(
            "ck-22",
            "min_max",
            "1995년 인구가 제일 적은 주는 인구가 몇 명이야?",
            lambda f: value(_in(f, 1995)[POP].min()),
        ),
        # multi_measure
        Q(
            "ck-23",
            "multi_measure",
            "1995년 1인당 소비량 최소, 최대, 평균 같이 보여줘",
            lambda f: values(*_in(f, 1995)[PACKS].agg(["min", "max", "mean"])),
        ),
        Q(
            "ck-24",
            "multi_measure",
            "mean and median average price in 1990",
            lambda f: values(_in(f, 1990)[PRICE].mean(), _in(f, 1990)[PRICE].median()),
        ),
        Q(
            "ck-25",
            "multi_measure",
            "CA의 평균 소비세랑 평균 가격 (전체 기간)",
            lambda f: values(_st(f, "CA")[TAX].mean(), _st(f, "CA")[PRICE].mean()),
        ),
        # breakdown
        Q("ck-26", "breakdown", "주별 평균 1인당 소비량", lambda f: rows(_by_state(_s(f), PACKS))),
        Q("ck-27", "breakdown", "1995년 주별 1인당 소비량", lambda f: rows(_states(_in(f, 1995), PACKS))),
        Q(
            "ck-28",
            "breakdown",
            "median average price for each state over 1985-1995",
            lambda f: rows(_by_state(_s(f), PRICE, "median")),
        ),
        # ranking
        Q(
            "ck-29",
            "ranking",
            "1990년 1인당 담배 소비량 상위 5개 주",
            lambda f: _rank(_states(_in(f, 1990), PACKS), 5),
        ),
        Q(
            "ck-30",
            "ranking",
            "Top 3 states by average price in 1995",
            lambda f: _rank(_states(_in(f, 1995), PRICE), 3),
        ),
        Q(
            "ck-31",
            "ranking",
            "1995년 소비세 낮은 주 3개 알려줘",
            lambda f: _rank(_states(_in(f, 1995), TAX), 3, largest=False),
        ),
        Q("ck-32", "ranking", "1995년 기준 인구 많은 주 top 5", lambda f: _rank(_states(_in(f, 1995), POP), 5)),
        Q(
            "ck-33",
            "ranking",
            "11년 평균 1인당 소비량이 가장 적은 주 5개는?",
            lambda f: _rank(_by_state(_s(f), PACKS), 5, largest=False),
        ),
        # which_one
        Q(
            "ck-34",
            "which_one",
            "1990년 1인당 담배 소비량이 가장 많은 주는?",
            lambda f: _best(_states(_in(f, 1990), PACKS)),
        ),
        Q(
            "ck-35",
            "which_one",
            "Which state had the cheapest cigarettes in 1985?",
            lambda f: _best(_states(_in(f, 1985), PRICE), largest=False),
        ),
        Q("ck-36", "which_one", "평균 가격이 가장 높았던 연도는?", lambda f: _best(_by_year(_s(f), PRICE))),
        Q(
            "ck-37",
            "which_one",
            "Which state's population grew the most, in percent, from 1985 to 1995?",
            lambda f: entity(_label(_state_change(f, POP))),
        ),
        # share
        Q(
            "ck-38",
            "share",
            "1995년 전체 인구 중 CA 비중은?",
            lambda f: _share_of(_in(f, 1995)[_in(f, 1995)["state"] == "CA"], _in(f, 1995), POP),
        ),
        Q(
            "ck-39",
            "share",
            "What percentage of states had packs per capita below 100 in 1995?",
            lambda f: _count_share(_cut(_in(f, 1995), PACKS, high=100), _in(f, 1995)),
        ),
        Q(
            "ck-40",
            "share",
            "1985년 48개 주 소득 합계에서 NY가 차지하는 비율",
            lambda f: _share_of(_in(f, 1985)[_in(f, 1985)["state"] == "NY"], _in(f, 1985), INC),
        ),
        Q(
            "ck-41",
            "share",
            "전체 주-연도 중에 평균 가격이 160을 넘는 비율은?",
            lambda f: _count_share(_cut(_s(f), PRICE, low=160), _s(f)),
        ),
        Q(
            "ck-42",
            "share",
            "1995년 CA 담배 가격에서 판매세 포함 세금(total_tax)이 차지하는 비중은?",
            lambda f: percent(100 * _at(f, "CA", 1995, TTAX) / _at(f, "CA", 1995, PRICE)),
        ),
        # filter_value: several conditions
        Q(
            "ck-43",
            "filter_value",
            "1인당 소비량이 120팩 넘는 주-연도들의 평균 가격",
            lambda f: value(_cut(_s(f), PACKS, low=120)[PRICE].mean()),
        ),
        Q(
            "ck-44",
            "filter_value",
            "average packs per capita in state-years with a price above 180 and a population under 5 million",
            lambda f: value(_cut(_cut(_s(f), PRICE, low=180), POP, high=5_000_000)[PACKS].mean()),
        ),
        Q(
            "ck-45",
            "filter_value",
            "1995년 소비세가 40 미만인 주들의 평균 1인당 소비량은?",
            lambda f: value(_cut(_in(f, 1995), TAX, high=40)[PACKS].mean()),
        ),
        Q(
            "ck-46",
            "filter_value",
            "1990년에 인구가 500만 넘으면서 1인당 소비량은 100팩 미만인 주 몇 개야?",
            lambda f: value(len(_cut(_cut(_in(f, 1990), POP, low=5_000_000), PACKS, high=100))),
        ),
        Q(
            "ck-47",
            "filter_value",
            "인구 1000만 넘는 주-연도만 놓고 보면 평균 판매세 포함 세금(total_tax)은?",
            lambda f: value(_cut(_s(f), POP, low=10_000_000)[TTAX].mean()),
        ),
        # year_period
        Q("ck-48", "year_period", "1992년 평균 1인당 소비량", lambda f: value(_in(f, 1992)[PACKS].mean())),
        Q("ck-49", "year_period", "What was NY's excise tax in 1993?", lambda f: value(_at(f, "NY", 1993, TAX))),
        Q(
            "ck-50",
            "year_period",
            "1990년 대비 1995년 CA 1인당 소비량 변화율(%)",
            lambda f: _growth(_at(f, "CA", 1990, PACKS), _at(f, "CA", 1995, PACKS)),
        ),
        Q(
            "ck-51",
            "year_period",
            "1985년에서 1995년 사이 평균 담배 가격은 몇 % 올랐어?",
            lambda f: _growth(_in(f, 1985)[PRICE].mean(), _in(f, 1995)[PRICE].mean()),
        ),
        # trend
        Q("ck-52", "trend", "연도별 평균 1인당 소비량 추이", lambda f: _yearly(_s(f), PACKS)),
        Q("ck-53", "trend", "average excise tax per year", lambda f: _yearly(_s(f), TAX)),
        Q("ck-54", "trend", "CA 연도별 1인당 소비량 보여줘", lambda f: rows(_years(_st(f, "CA"), PACKS), ordered=True)),
        Q(
            "ck-55",
            "trend",
            "How did the combined population of all the states change year by year?",
            lambda f: _yearly(_s(f), POP, "sum"),
        ),
        Q(
            "ck-56",
            "trend",
            "연도별 실질 가격(평균 가격 ÷ cpi) 평균 추이 보여줘",
            lambda f: _yearly(_ratio(_s(f), PRICE, CPI), "ratio"),
        ),
        # date_range
        Q(
            "ck-57",
            "date_range",
            "1990년부터 1995년까지 평균 1인당 소비량",
            lambda f: value(_span(f, 1990, 1995)[PACKS].mean()),
        ),
        Q(
            "ck-58",
            "date_range",
            "average price in TX between 1986 and 1989",
            lambda f: value(_span(f, 1986, 1989).query("state == 'TX'")[PRICE].mean()),
        ),
        Q("ck-59", "date_range", "1985~1989년 주별 평균 소비세", lambda f: rows(_by_state(_span(f, 1985, 1989), TAX))),
        # relative_period
        Q(
            "ck-60",
            "relative_period",
            "마지막 해 평균 가격",
            lambda f: value(_in(f, _s(f)["year"].max())[PRICE].mean()),
        ),
        Q(
            "ck-61",
            "relative_period",
            "average packs per capita in the first year of the data",
            lambda f: value(_in(f, _s(f)["year"].min())[PACKS].mean()),
        ),
        Q(
            "ck-62",
            "relative_period",
            "최근 3년간 평균 1인당 소비량 상위 3개 주",
            lambda f: _rank(_by_state(_span(f, _s(f)["year"].max() - 2, _s(f)["year"].max()), PACKS), 3),
        ),
        Q(
            "ck-63",
            "relative_period",
            "첫해 대비 마지막 해 평균 1인당 소비량 변화율",
            lambda f: _growth(_in(f, _s(f)["year"].min())[PACKS].mean(), _in(f, _s(f)["year"].max())[PACKS].mean()),
        ),
        # loose_value: state names, loose column words
        Q("ck-64", "loose_value", "캘리포니아 1995년 1인당 소비량", lambda f: value(_at(f, "CA", 1995, PACKS))),
        Q(
            "ck-65",
            "loose_value",
            "켄터키는 1995년에 1인당 몇 갑 소비했어?",
            lambda f: value(_at(f, "KY", 1995, PACKS)),
        ),
        Q(
            "ck-66",
            "loose_value",
            "how much did a pack cost in new york in 1995?",
            lambda f: value(_at(f, "NY", 1995, PRICE)),
        ),
        Q(
            "ck-67",
            "loose_value",
            "텍사스 담뱃값이 제일 비쌌던 해는?",
            lambda f: _best(_years(_st(f, "TX"), PRICE)),
        ),
        Q(
            "ck-68",
            "loose_value",
            "1995년 담뱃값 제일 싼 주 어디야?",
            lambda f: _best(_states(_in(f, 1995), PRICE), largest=False),
        ),
        # the derived figures, asked in so many words
        Q(
            "ck-69",
            "which_one",
            "1995년 1인당 소득(income ÷ population)이 가장 높은 주는?",
            lambda f: _best(_states(_ratio(_in(f, 1995), INC, POP), "ratio")),
        ),
        Q(
            "ck-70",
            "trend",
            "average per-capita income (income divided by population) by year",
            lambda f: _yearly(_ratio(_s(f), INC, POP), "ratio"),
        ),
        Q(
            "ck-71",
            "ranking",
            "1995년 총 담배 소비량(1인당 팩 수 × 인구) 상위 3개 주",
            lambda f: _rank(_states(_packs(_in(f, 1995)), "packs"), 3),
        ),
        Q(
            "ck-72",
            "which_one",
            "1990년 판매세 부분(total_tax - excise_tax)이 가장 큰 주는?",
            lambda f: _best(_states(_sales_part(_in(f, 1990)), "sales")),
        ),
        Q(
            "ck-73",
            "multi_measure",
            "CA 실질 가격(average_price/cpi) 1985년이랑 1995년 값 알려줘",
            lambda f: values(
                _at(f, "CA", 1985, PRICE) / _at(f, "CA", 1985, CPI), _at(f, "CA", 1995, PRICE) / _at(f, "CA", 1995, CPI)
            ),
        ),
        Q(
            "ck-74",
            "which_one",
            "총 소비량(1인당 팩 수 × 인구를 주별로 합친 것)이 가장 많았던 해는?",
            lambda f: _best(_by_year(_packs(_s(f)), "packs", "sum")),
        ),
        # unanswerable
        Q("ck-75", "unanswerable", "주별 흡연율 알려줘", lambda f: refuse()),
        Q("ck-76", "unanswerable", "2000년 1인당 담배 소비량이 가장 많은 주는?", lambda f: refuse()),
        Q("ck-77", "unanswerable", "1996년 CA 담배 가격 예측해줘", lambda f: refuse()),
        Q("ck-78", "unanswerable", "What was Alaska's packs per capita in 1990?", lambda f: refuse()),
        Q("ck-79", "unanswerable", "캘리포니아 담배 소비가 줄어든 이유가 뭐야?", lambda f: refuse()),
        Q("ck-80", "unanswerable", "Which cigarette brand sold the most in Texas?", lambda f: refuse()),
        Q("ck-81", "unanswerable", "주별 폐암 사망률 보여줘", lambda f: refuse()),
        Q("ck-82", "unanswerable", "1980년 평균 담배 가격은?", lambda f: refuse()),
        Q("ck-83", "unanswerable", "전자담배 소비량 주별로 얼마야?", lambda f: refuse()),
        Q("ck-84", "unanswerable", "뉴욕 카운티별 1인당 소비량 보여줘", lambda f: refuse()),
        Q("ck-85", "unanswerable", "월별 담배 판매량 추이", lambda f: refuse()),
        Q("ck-86", "unanswerable", "하와이 1995년 담뱃값은?", lambda f: refuse()),
        Q("ck-87", "unanswerable", "average age of smokers by state?", lambda f: refuse()),
        # conversations
        Conversation(
            "ck-c01",
            "followup",
            [
                ("1990년 1인당 소비량 상위 3개 주", lambda f: _rank(_states(_in(f, 1990), PACKS), 3)),
                ("그럼 1995년은?", lambda f: _rank(_states(_in(f, 1995), PACKS), 3)),
                (
                    "그중에 담배 가격이 제일 비싼 주는?",
                    lambda f: _best(
                        _states(_in(f, 1995)[_in(f, 1995)["state"].isin(_top_states(_in(f, 1995), PACKS, 3))], PRICE)
                    ),
                ),
            ],
        ),
        Conversation(
            "ck-c02",
            "followup",
            [
                ("CA 1985년 평균 가격", lambda f: value(_at(f, "CA", 1985, PRICE))),
                ("NY는?", lambda f: value(_at(f, "NY", 1985, PRICE))),
            ],
        ),
        Conversation(
            "ck-c03",
            "followup",
            [
                ("연도별 평균 소비세", lambda f: _yearly(_s(f), TAX)),
                ("최댓값으로 바꿔줘", lambda f: _yearly(_s(f), TAX, "max")),
            ],
        ),
        Conversation(
            "ck-c04",
            "followup",
            [
                (
                    "1995년에 1인당 소비량 100팩 넘는 주 몇 개야?",
                    lambda f: value(len(_cut(_in(f, 1995), PACKS, low=100))),
                ),
                ("걔네 평균 가격은?", lambda f: value(_cut(_in(f, 1995), PACKS, low=100)[PRICE].mean())),
                ("나머지 주들은?", lambda f: value(_cut(_in(f, 1995), PACKS, high=100)[PRICE].mean())),
            ],
        ),
        Conversation(
            "ck-c05",
            "followup",
            [
                (
                    "Which state had the highest packs per capita in 1985?",
                    lambda f: _best(_states(_in(f, 1985), PACKS)),
                ),
                (
                    "what was its average price that year?",
                    lambda f: value(_at(f, _label(_states(_in(f, 1985), PACKS)), 1985, PRICE)),
                ),
                (
                    "how much did its packs per capita change from 1985 to 1995, in percent?",
                    lambda f: _growth(
                        _at(f, _label(_states(_in(f, 1985), PACKS)), 1985, PACKS),
                        _at(f, _label(_states(_in(f, 1985), PACKS)), 1995, PACKS),
                    ),
                ),
            ],
        ),
        Conversation(
            "ck-c06",
            "followup",
            [
                ("KY 연도별 1인당 소비량", lambda f: rows(_years(_st(f, "KY"), PACKS), ordered=True)),
                ("소비세는?", lambda f: rows(_years(_st(f, "KY"), TAX), ordered=True)),
            ],
        ),
        Conversation(
            "ck-c07",
            "followup",
            [
                ("1995년 주별 인구", lambda f: rows(_states(_in(f, 1995), POP))),
                ("상위 5개만", lambda f: _rank(_states(_in(f, 1995), POP), 5)),
                (
                    "그 주들 1인당 소비량은?",
                    lambda f: rows(
                        _states(_in(f, 1995)[_in(f, 1995)["state"].isin(_top_states(_in(f, 1995), POP, 5))], PACKS)
                    ),
                ),
            ],
        ),
        Conversation(
            "ck-c08",
            "followup",
            [
                ("1인당 소비량 중앙값 알려줘", lambda f: value(_s(f)[PACKS].median())),
                ("1995년만 보면?", lambda f: value(_in(f, 1995)[PACKS].median())),
            ],
        ),
        Conversation(
            "ck-c09",
            "followup",
            [
                (
                    "1985년에 담배 가격이 제일 싼 주는?",
                    lambda f: _best(_states(_in(f, 1985), PRICE), largest=False),
                ),
                (
                    "그 주 1995년 가격은?",
                    lambda f: value(_at(f, _label(_states(_in(f, 1985), PRICE), largest=False), 1995, PRICE)),
                ),
            ],
        ),
        Conversation(
            "ck-c10",
            "followup",
            [
                ("TX 평균 소비세 (전체 기간)", lambda f: value(_st(f, "TX")[TAX].mean())),
                ("FL은?", lambda f: value(_st(f, "FL")[TAX].mean())),
                (
                    "둘 중 어디가 더 높아?",
                    lambda f: _best(_by_state(_s(f)[_s(f)["state"].isin(["TX", "FL"])], TAX)),
                ),
            ],
        ),
        Conversation(
            "ck-c11",
            "followup",
            [
                (
                    "1990년 인구 1000만 넘는 주 몇 개야?",
                    lambda f: value(len(_cut(_in(f, 1990), POP, low=10_000_000))),
                ),
                (
                    "그 주들 인구가 전체에서 차지하는 비중은?",
                    lambda f: _share_of(_cut(_in(f, 1990), POP, low=10_000_000), _in(f, 1990), POP),
                ),
            ],
        ),
        Conversation(
            "ck-c12",
            "followup",
            [
                ("average price across states in 1985", lambda f: value(_in(f, 1985)[PRICE].mean())),
                ("and in 1995?", lambda f: value(_in(f, 1995)[PRICE].mean())),
            ],
        ),
        Conversation(
            "ck-c13",
            "followup",
            [
                ("1995년 소비세가 제일 높은 주는?", lambda f: _best(_states(_in(f, 1995), TAX))),
                (
                    "그 주 1인당 소비량은?",
                    lambda f: value(_at(f, _label(_states(_in(f, 1995), TAX)), 1995, PACKS)),
                ),
                ("48개 주 평균보다 얼마나 낮아?", lambda f: _below_mean(f, 1995, PACKS)),
            ],
        ),
        Conversation(
            "ck-c14",
            "followup",
            [
                ("1인당 소비량이 150팩 넘은 주-연도 몇 개?", lambda f: value(len(_cut(_s(f), PACKS, low=150)))),
                ("주 수로 치면?", lambda f: value(_cut(_s(f), PACKS, low=150)["state"].nunique())),
            ],
        ),
        Conversation(
            "ck-c15",
            "followup",
            [
                ("NH 1985년 1인당 소비량", lambda f: value(_at(f, "NH", 1985, PACKS))),
                ("2005년은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "ck-c16",
            "followup",
            [
                ("연도별 평균 1인당 소비량 보여줘", lambda f: _yearly(_s(f), PACKS)),
                ("가장 낮았던 해는?", lambda f: _best(_by_year(_s(f), PACKS), largest=False)),
                (
                    "그해 평균 가격은?",
                    lambda f: value(_in(f, _label(_by_year(_s(f), PACKS), largest=False))[PRICE].mean()),
                ),
            ],
        ),
        Conversation(
            "ck-c17",
            "followup",
            [
                ("주별 평균 가격 (전체 기간)", lambda f: rows(_by_state(_s(f), PRICE))),
                ("상위 3개는?", lambda f: _rank(_by_state(_s(f), PRICE), 3)),
            ],
        ),
        Conversation(
            "ck-c18",
            "followup",
            [
                ("1993년 판매세 포함 세금(total_tax) 평균", lambda f: value(_in(f, 1993)[TTAX].mean())),
                ("소비세(excise_tax)는?", lambda f: value(_in(f, 1993)[TAX].mean())),
            ],
        ),
        Conversation(
            "ck-c19",
            "followup",
            [
                (
                    "how many states had an excise tax above 35 in 1995?",
                    lambda f: value(len(_cut(_in(f, 1995), TAX, low=35))),
                ),
                ("and in 1990?", lambda f: value(len(_cut(_in(f, 1990), TAX, low=35)))),
            ],
        ),
        Conversation(
            "ck-c20",
            "followup",
            [
                ("1985~1989년 평균 1인당 소비량", lambda f: value(_span(f, 1985, 1989)[PACKS].mean())),
                ("1991~1995년은?", lambda f: value(_span(f, 1991, 1995)[PACKS].mean())),
                (
                    "얼마나 줄었어?",
                    lambda f: value(_span(f, 1985, 1989)[PACKS].mean() - _span(f, 1991, 1995)[PACKS].mean()),
                ),
            ],
        ),
    ],
)
