"""Dev set on Greene's US airline cost panel (6 airlines, 1970-1984) as an airline table and an airline-year table.

The tables are made by evals.authoring.dev_derived_airline_ko from Ecdat's `Airline` (Greene (2003), Econometric
Analysis, Table F7.1):
- `항공사` (6 rows): `항공사_번호` (1-6) and `항공사명`, a placeholder name ('항공사 A' ... '항공사 F', in the order
  of the numbers: the source does not say which US carriers these are, so no real name is used).
- `항공사_연도` (90 rows, one an airline and year): `항공사_번호`, `연도`, `총비용` (total cost, in $1,000),
  `산출량` (output, an index of revenue passenger miles), `연료_가격` (the fuel price) and `탑승률` (the load
  factor, the fleet's average capacity utilization, a share between 0 and 1). `연도` is a calendar year: the
  source numbers the years 1-15, and they are the years 1970-1984 that the help page and Greene's table cover
  (year 1 is 1970, year 15 is 1984).

An airline's name lives in `항공사` only, so every question naming an airline, or asking "항공사별" / "by
airline" / "which airline", needs the join. 123 turns: 80 single questions and 18 conversations (43 turns); by
first turn, 64 of the 98 questions (65 %) are in Korean (80 of the 123 turns).

Readings kept to one:
- "항공사 수", "몇 곳", "몇 개 항공사", "how many airlines" count distinct airlines; "항공사-연도", "건", "행",
  "airline-years" count rows of `항공사_연도`; "몇 번" / "몇 해" / "in how many years" for one airline counts its
  years (rows). Within one year an airline is one row. An airline that "한 번이라도" / "in at least one year" did
  X has at least one such row.
- "항공사별" / "by airline" answers with `항공사명` (from `항공사`); "항공사_번호별" / "by airline number" with the
  number. "연도별" / "per year" / "추이" series are ordered by year.
- An average ("평균 탑승률", "average fuel price") is the plain mean over the airline-year rows the question
  keeps (an airline's over its years, a year's over its 6 airlines), never weighted by output; a "total" /
  "합계" is the sum over the rows kept. The panel is balanced, so a year's average is its total / 6.
- Amounts are asked in the table's units (`총비용` in $1,000 as the table holds it, `산출량` as the index,
  `연료_가격` as it is); no question converts units. `탑승률` is a share (0.6 is 60 %): cuts are written in the
  table's scale ("탑승률이 0.6 넘는"); a single load-factor answer (`percent`) is accepted as 0.6 or 60, a
  breakdown, ranking or multi-value row of load factors is in the table's 0-1 scale.
- Cuts: "넘는" / "넘긴" / "over" / "above" and "below" are strict. Every cut is at an amount no row holds
  exactly (checked by `cut`), so strict and inclusive readings agree (the output index is exactly 1 for 항공사 B
  in 1977, so no cut is made at 1).
- Year ranges ("1975년부터 1979년까지", "1980년부터 1984년까지", "from 1974 to 1976", "between 1980 and 1984")
  include both ends; "1970년대" is 1970-1979 (as the question spells out); "1975년까지만" keeps 1970-1975.
  Relative periods are anchored to the data's own span, not to today: "the first year of the data" is 1970,
  "마지막 해" / "가장 최근 연도" 1984, "최근 5년" the last 5 years up to 1984 (1980-1984).
- Growth between two years ("증가율", "몇 % 늘었", "growth ... in %") is (later / earlier - 1) x 100 of that
  year's amount (of the airline named, or of the year's total or average as the question says); "증가액" /
  "차이" / "how much more" is the later minus the earlier (a difference between two airlines is the larger
  minus the smaller). "전년보다 줄어든 / 떨어진 해" counts the years whose figure is below the year before's
  (the first year has no year before and is not counted).
- A share ("비중", "비율", "what percentage") of an amount is the part's sum over the whole's sum in the same
  rows (the same year when a year is named); a share of airline-years divides rows.
- "산출량 1단위당 총비용" (al-38) is `총비용 / 산출량` of one row (one airline, one year).
- Loose names: "A사", "C 항공사", "airline f" (and "airline A" ... in English) are 항공사 A, C, F; "비용" is
  `총비용`, "기름값" / "fuel price" is `연료_가격`, "load factor" / "how full the planes were" is `탑승률`,
  "output" / "output index" is `산출량`.
- Follow-ups keep the previous turn's airline, year, measure and filter unless they change one ("그중 상위
  3개는?" is the top 3 of the breakdown just shown; "그해" is the year just named; "둘 차이" the two figures
  just given).
- The data holds no real carrier names, employees, aircraft, passengers (the output is an index of passenger
  miles), fares, revenue, profit, cost components, routes, domestic / international splits, months, and no
  year outside 1970-1984: questions on them, forecasts and causes are refused.
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
)

AIRLINES, YEARS = "항공사", "항공사_연도"
NO, NAME, YEAR = "항공사_번호", "항공사명", "연도"
COST, OUT, FUEL, LF = "총비용", "산출량", "연료_가격", "탑승률"
A, B, C, D, E, F = "항공사 A", "항공사 B", "항공사 C", "항공사 D", "항공사 E", "항공사 F"


def _y(f):
    return f[YEARS]


def _j(f):
    """Airline-years with their airline's name as `항공사명`."""
    return _y(f).merge(f[AIRLINES], on=NO, how="left", validate="many_to_one")


def _air(f, *names):
    """The rows of these airlines (by name)."""
    j = _j(f)
    return j[j[NAME].isin(names)]


def _in(f, year):
    j = _j(f)
    return j[j[YEAR] == year]


def _span(f, first, last):
    j = _j(f)
    return j[j[YEAR].between(first, last)]


def _first(f):
    return int(_y(f)[YEAR].min())


def _last(f):
    return int(_y(f)[YEAR].max())


def _at(f, name, year, column):
    """One airline's figure in one year."""
    found = _in(f, year)
    found = found[found[NAME] == name]
    assert len(found) == 1, (name, year)
    return found[column].iloc[0]


def _by_air(frame, column, how="mean"):
    return frame.groupby(NAME)[column].agg(how)


def _by_year(frame, column, how="mean"):
    return frame.groupby(YEAR)[column].agg(how)


def _yearly(frame, column, how="mean"):
    return rows(_by_year(frame, column, how), ordered=True)


def _air_yearly(f, name, column, first=None, last=None):
    frame = _air(f, name)
    if first is not None:
        frame = frame[frame[YEAR].between(first, last)]
    return rows(frame.set_index(YEAR)[column], ordered=True)


def _one_year(f, year, column):
    """One year's figures by airline name."""
    return _in(f, year).set_index(NAME)[column]


def _total(f, year, column=COST):
    return _in(f, year)[column].sum()


def _growth(earlier, later):
    return percent(100 * (later / earlier - 1))


def _lf(share):
    """A load factor (a share): accepted as 0.6 or as 60 (%)."""
    return percent(100 * share)


def _share(part, whole):
    return percent(100 * part / whole)


def _falls(series):
    """How many times a yearly series is below its previous year's value."""
    ordered = series.sort_index()
    return int((ordered.diff().dropna() < 0).sum())


def _year_of(series, largest=True):
    return best(series, largest)["label"]


def _named(frame, *names):
    """The rows of these airlines (by name) among the frame's."""
    return frame[frame[NAME].isin(names)]


SET = BankSet(
    name="dev_airline_ko",
    split="dev",
    tables=[
        Table(AIRLINES, file="dev/airline_ko_airlines.parquet"),
        Table(YEARS, file="dev/airline_ko_airline_years.parquet"),
    ],
    questions=[
        # count: rows (airline-years), or airlines within one year
        Q("al-01", "count", "항공사_연도 테이블에 행이 몇 개 있어?", lambda f: value(len(_y(f)))),
        Q(
            "al-02",
            "count",
            "총비용이 1,000,000을 넘은 항공사-연도는 몇 건이에요?",
            lambda f: value(len(cut(_y(f), COST, low=1_000_000))),
        ),
        Q(
            "al-03",
            "count",
            "How many airline-years had a load factor above 0.6?",
            lambda f: value(len(cut(_y(f), LF, low=0.6))),
        ),
        Q(
            "al-04",
            "count",
            "1980년에 탑승률 0.6 넘은 항공사 몇 개야?",
            lambda f: value(len(cut(_in(f, 1980), LF, low=0.6))),
        ),
        # count_distinct: airlines, years
        Q("al-05", "count_distinct", "항공사는 모두 몇 곳이에요?", lambda f: value(_y(f)[NO].nunique())),
        Q(
            "al-06",
            "count_distinct",
            "how many distinct years does the data cover",
            lambda f: value(_y(f)[YEAR].nunique()),
        ),
        Q(
            "al-07",
            "count_distinct",
            "탑승률이 한 번이라도 0.65를 넘은 적 있는 항공사는 몇 개?",
            lambda f: value(cut(_y(f), LF, low=0.65)[NO].nunique()),
        ),
        Q(
            "al-08",
            "count_distinct",
            "How many airlines had an output index above 0.5 in at least one year?",
            lambda f: value(cut(_y(f), OUT, low=0.5)[NO].nunique()),
        ),
        # sum
        Q("al-09", "sum", "전체 총비용 합계 알려줘", lambda f: value(_y(f)[COST].sum())),
        Q("al-10", "sum", "1984년 6개 항공사 총비용을 다 더하면 얼마예요?", lambda f: value(_total(f, 1984))),
        Q("al-11", "sum", "What's airline B's total cost over all 15 years?", lambda f: value(_air(f, B)[COST].sum())),
        # average
        Q("al-12", "average", "평균 탑승률은 얼마야?", lambda f: _lf(_y(f)[LF].mean())),
        Q("al-13", "average", "average total cost per airline-year", lambda f: value(_y(f)[COST].mean())),
        Q("al-14", "average", "연료 가격 중앙값 알려주세요", lambda f: value(_y(f)[FUEL].median())),
        Q("al-15", "average", "항공사 C 평균 산출량은?", lambda f: value(_air(f, C)[OUT].mean())),
        # min_max
        Q("al-16", "min_max", "총비용 최댓값은 얼마야?", lambda f: value(_y(f)[COST].max())),
        Q("al-17", "min_max", "lowest load factor in the data?", lambda f: _lf(_y(f)[LF].min())),
        Q("al-18", "min_max", "1974년 연료 가격 최솟값", lambda f: value(_in(f, 1974)[FUEL].min())),
        # multi_measure
        Q(
            "al-19",
            "multi_measure",
            "탑승률 최소, 최대, 평균 한 번에 보여줘",
            lambda f: values(*_y(f)[LF].agg(["min", "max", "mean"])),
        ),
        Q(
            "al-20",
            "multi_measure",
            "For airline A, give me its total cost, total output and average load factor over the 15 years.",
            lambda f: values(_air(f, A)[COST].sum(), _air(f, A)[OUT].sum(), _air(f, A)[LF].mean()),
        ),
        Q(
            "al-21",
            "multi_measure",
            "1984년 총비용 합계랑 평균 같이 알려줘요",
            lambda f: values(_total(f, 1984), _in(f, 1984)[COST].mean()),
        ),
        # breakdown
        Q("al-22", "breakdown", "항공사별 총비용 합계", lambda f: rows(_by_air(_j(f), COST, "sum"))),
        Q("al-23", "breakdown", "average load factor by airline", lambda f: rows(_by_air(_j(f), LF))),
        Q("al-24", "breakdown", "항공사_번호별 평균 연료 가격 보여줘", lambda f: rows(_y(f).groupby(NO)[FUEL].mean())),
        Q("al-25", "breakdown", "1984년 항공사별 산출량", lambda f: rows(_one_year(f, 1984, OUT))),
        Q(
            "al-26",
            "breakdown",
            "항공사별로 연료 가격 제일 낮았던 값 알려줘",
            lambda f: rows(_by_air(_j(f), FUEL, "min")),
        ),
        # ranking
        Q("al-27", "ranking", "평균 탑승률 기준 상위 3개 항공사", lambda f: top(_by_air(_j(f), LF), 3)),
        Q(
            "al-28",
            "ranking",
            "rank the airlines by total output, highest first",
            lambda f: top(_by_air(_j(f), OUT, "sum"), 6),
        ),
        Q(
            "al-29",
            "ranking",
            "1984년 총비용이 가장 적은 항공사 3곳은?",
            lambda f: top(_one_year(f, 1984, COST), 3, largest=False),
        ),
        Q(
            "al-30",
            "ranking",
            "Which three years had the highest average fuel price?",
            lambda f: top(_by_year(_y(f), FUEL), 3),
        ),
        # which_one
        Q("al-31", "which_one", "평균 총비용이 가장 큰 항공사는?", lambda f: best(_by_air(_j(f), COST))),
        Q(
            "al-32",
            "which_one",
            "Which airline had the lowest average load factor?",
            lambda f: best(_by_air(_j(f), LF), largest=False),
        ),
        Q("al-33", "which_one", "총비용 합계가 제일 컸던 해는 언제야?", lambda f: best(_by_year(_y(f), COST, "sum"))),
        Q(
            "al-34",
            "which_one",
            "In which year was airline D's load factor highest?",
            lambda f: best(_air(f, D).set_index(YEAR)[LF]),
        ),
        # share
        Q(
            "al-35",
            "share",
            "전체 총비용 중에 항공사 A가 차지하는 비중은?",
            lambda f: _share(_air(f, A)[COST].sum(), _y(f)[COST].sum()),
        ),
        Q(
            "al-36",
            "share",
            "What percentage of airline-years had a load factor above 0.6?",
            lambda f: _share(len(cut(_y(f), LF, low=0.6)), len(_y(f))),
        ),
        Q(
            "al-37",
            "share",
            "1984년 산출량 합계에서 항공사 B 비율은 얼마나 돼?",
            lambda f: _share(_at(f, B, 1984, OUT), _total(f, 1984, OUT)),
        ),
        # join: an airline's name, or a figure per airline needing it
        Q(
            "al-38",
            "join",
            "1984년에 산출량 1단위당 총비용이 가장 낮았던 항공사는?",
            lambda f: best(_one_year(f, 1984, COST) / _one_year(f, 1984, OUT), largest=False),
        ),
        Q("al-39", "join", "항공사 D 1980년 연료 가격", lambda f: value(_at(f, D, 1980, FUEL))),
        Q(
            "al-40",
            "join",
            "What's the name of airline number 4?",
            lambda f: value(f[AIRLINES].set_index(NO).loc[4, NAME]),
        ),
        Q(
            "al-41",
            "join",
            "항공사 C와 항공사 D 중 평균 탑승률 더 높은 곳은 어디야?",
            lambda f: best(_by_air(_air(f, C, D), LF)),
        ),
        Q("al-42", "join", "항공사명별로 최대 산출량 뽑아줘", lambda f: rows(_by_air(_j(f), OUT, "max"))),
        # filter_value
        Q(
            "al-43",
            "filter_value",
            "탑승률이 0.6 넘는 경우만 보면 평균 총비용은?",
            lambda f: value(cut(_y(f), LF, low=0.6)[COST].mean()),
        ),
        Q(
            "al-44",
            "filter_value",
            "average load factor in airline-years where the fuel price was below 200,000",
            lambda f: _lf(cut(_y(f), FUEL, high=200_000)[LF].mean()),
        ),
        Q(
            "al-45",
            "filter_value",
            "연료 가격이 80만 넘는 항공사-연도들의 산출량 합계",
            lambda f: value(cut(_y(f), FUEL, low=800_000)[OUT].sum()),
        ),
        # loosely named columns and values
        Q("al-46", "loose_value", "A사 1984년 비용 얼마였어?", lambda f: value(_at(f, A, 1984, COST))),
        Q("al-47", "loose_value", "what was airline f's load factor in 1982", lambda f: _lf(_at(f, F, 1982, LF))),
        Q("al-48", "loose_value", "C 항공사 기름값 제일 비쌌을 때 얼마였어?", lambda f: value(_air(f, C)[FUEL].max())),
        Q(
            "al-49",
            "loose_value",
            "How full were airline E's planes on average from 1980 to 1984?",
            lambda f: _lf(_named(_span(f, 1980, 1984), E)[LF].mean()),
        ),
        # year_period: one year, or two years compared
        Q("al-50", "year_period", "1979년 평균 탑승률", lambda f: _lf(_in(f, 1979)[LF].mean())),
        Q("al-51", "year_period", "total cost of all airlines in 1975", lambda f: value(_total(f, 1975))),
        Q(
            "al-52",
            "year_period",
            "1973년 대비 1974년 평균 연료 가격 증가율은?",
            lambda f: _growth(_in(f, 1973)[FUEL].mean(), _in(f, 1974)[FUEL].mean()),
        ),
        Q(
            "al-53",
            "year_period",
            "How much did airline A's total cost grow from 1970 to 1984, in %?",
            lambda f: _growth(_at(f, A, 1970, COST), _at(f, A, 1984, COST)),
        ),
        Q(
            "al-54",
            "year_period",
            "항공사 E 총비용이 1979년에서 1980년 사이에 얼마나 늘었어요? (증가액)",
            lambda f: value(_at(f, E, 1980, COST) - _at(f, E, 1979, COST)),
        ),
        # date_range
        Q(
            "al-55",
            "date_range",
            "1975년부터 1979년까지 평균 탑승률",
            lambda f: _lf(_span(f, 1975, 1979)[LF].mean()),
        ),
        Q(
            "al-56",
            "date_range",
            "total cost between 1980 and 1984 by airline",
            lambda f: rows(_by_air(_span(f, 1980, 1984), COST, "sum")),
        ),
        Q(
            "al-57",
            "date_range",
            "1970년대(1970~1979년) 항공사별 산출량 합계 보여줘",
            lambda f: rows(_by_air(_span(f, 1970, 1979), OUT, "sum")),
        ),
        Q(
            "al-58",
            "date_range",
            "average fuel price from 1974 to 1976",
            lambda f: value(_span(f, 1974, 1976)[FUEL].mean()),
        ),
        # relative_period: anchored to the data's first and last years
        Q("al-59", "relative_period", "마지막 해 총비용 합계는?", lambda f: value(_total(f, _last(f)))),
        Q(
            "al-60",
            "relative_period",
            "average load factor in the first year of the data",
            lambda f: _lf(_in(f, _first(f))[LF].mean()),
        ),
        Q(
            "al-61",
            "relative_period",
            "최근 5년간 항공사별 평균 탑승률 알려줘",
            lambda f: rows(_by_air(_span(f, _last(f) - 4, _last(f)), LF)),
        ),
        Q(
            "al-62",
            "relative_period",
            "가장 최근 연도에 연료 가격이 제일 높았던 항공사는?",
            lambda f: best(_one_year(f, _last(f), FUEL)),
        ),
        # trend
        Q("al-63", "trend", "연도별 총비용 합계 추이", lambda f: _yearly(_y(f), COST, "sum")),
        Q("al-64", "trend", "average load factor per year", lambda f: _yearly(_y(f), LF)),
        Q("al-65", "trend", "항공사 F 연도별 산출량 변화 보여줘", lambda f: _air_yearly(f, F, OUT)),
        Q(
            "al-66",
            "trend",
            "평균 연료 가격이 전년보다 떨어진 해는 몇 번이에요?",
            lambda f: value(_falls(_by_year(_y(f), FUEL))),
        ),
        Q(
            "al-67",
            "trend",
            "항공사 A 산출량이 전년보다 줄어든 해는 몇 번이야?",
            lambda f: value(_falls(_air(f, A).set_index(YEAR)[OUT])),
        ),
        # unanswerable
        Q("al-68", "unanswerable", "항공사 A가 실제로 어느 미국 항공사인지 알려줘", lambda f: refuse()),
        Q("al-69", "unanswerable", "How many employees did airline B have in 1980?", lambda f: refuse()),
        Q("al-70", "unanswerable", "1985년 총비용 합계는?", lambda f: refuse()),
        Q("al-71", "unanswerable", "1990년 항공사별 총비용 예측해줘", lambda f: refuse()),
        Q("al-72", "unanswerable", "Why did fuel prices jump in 1974?", lambda f: refuse()),
        Q("al-73", "unanswerable", "항공사별 매출액이랑 순이익 알려줘", lambda f: refuse()),
        Q("al-74", "unanswerable", "What was the average ticket price in 1980?", lambda f: refuse()),
        Q("al-75", "unanswerable", "1980년 3월 항공사 C 탑승률은?", lambda f: refuse()),
        Q("al-76", "unanswerable", "how many passengers did airline A carry in 1984", lambda f: refuse()),
        Q("al-77", "unanswerable", "항공사별 보유 항공기 대수 보여줘", lambda f: refuse()),
        Q("al-78", "unanswerable", "1969년 평균 연료 가격은 얼마였어요?", lambda f: refuse()),
        Q(
            "al-79",
            "unanswerable",
            "Break airline A's 1984 cost down into fuel, labor and other costs.",
            lambda f: refuse(),
        ),
        Q("al-80", "unanswerable", "국제선이랑 국내선 탑승률 따로 보여줘", lambda f: refuse()),
        # conversations
        Conversation(
            "al-c01",
            "followup",
            [
                ("항공사별 평균 총비용", lambda f: rows(_by_air(_j(f), COST))),
                ("1980년부터 1984년까지로 좁혀줘", lambda f: rows(_by_air(_span(f, 1980, 1984), COST))),
                ("그중 상위 3개는?", lambda f: top(_by_air(_span(f, 1980, 1984), COST), 3)),
            ],
        ),
        Conversation(
            "al-c02",
            "followup",
            [
                ("항공사 A 1984년 탑승률", lambda f: _lf(_at(f, A, 1984, LF))),
                ("항공사 F는?", lambda f: _lf(_at(f, F, 1984, LF))),
                ("1970년은요?", lambda f: _lf(_at(f, F, 1970, LF))),
            ],
        ),
        Conversation(
            "al-c03",
            "followup",
            [
                ("total cost by year", lambda f: _yearly(_y(f), COST, "sum")),
                ("only airline C", lambda f: _air_yearly(f, C, COST)),
                ("and its output?", lambda f: _air_yearly(f, C, OUT)),
            ],
        ),
        Conversation(
            "al-c04",
            "followup",
            [
                ("탑승률이 0.55 넘는 항공사-연도는 몇 건이야?", lambda f: value(len(cut(_y(f), LF, low=0.55)))),
                ("항공사별로 나눠줘", lambda f: rows(cut(_j(f), LF, low=0.55).groupby(NAME).size())),
            ],
        ),
        Conversation(
            "al-c05",
            "followup",
            [
                ("top 3 airlines by average load factor", lambda f: top(_by_air(_j(f), LF), 3)),
                ("and by average fuel price?", lambda f: top(_by_air(_j(f), FUEL), 3)),
            ],
        ),
        Conversation(
            "al-c06",
            "followup",
            [
                ("1984년에 총비용이 가장 많은 항공사는?", lambda f: best(_one_year(f, 1984, COST))),
                ("가장 적은 곳은?", lambda f: best(_one_year(f, 1984, COST), largest=False)),
                (
                    "둘 차이는 얼마야?",
                    lambda f: value(_one_year(f, 1984, COST).max() - _one_year(f, 1984, COST).min()),
                ),
            ],
        ),
        Conversation(
            "al-c07",
            "followup",
            [
                ("total cost of all airlines in 1984", lambda f: value(_total(f, 1984))),
                ("what's the growth since 1970, in %?", lambda f: _growth(_total(f, 1970), _total(f, 1984))),
            ],
        ),
        Conversation(
            "al-c08",
            "followup",
            [
                ("항공사 D 연도별 연료 가격 보여줘", lambda f: _air_yearly(f, D, FUEL)),
                ("평균은?", lambda f: value(_air(f, D)[FUEL].mean())),
            ],
        ),
        Conversation(
            "al-c09",
            "followup",
            [
                ("항공사 수는?", lambda f: value(f[AIRLINES][NO].nunique())),
                (
                    "그중 1984년 탑승률이 0.6을 넘은 곳은 몇 개예요?",
                    lambda f: value(len(cut(_in(f, 1984), LF, low=0.6))),
                ),
            ],
        ),
        Conversation(
            "al-c10",
            "followup",
            [
                ("average output from 1975 to 1979", lambda f: value(_span(f, 1975, 1979)[OUT].mean())),
                ("by airline", lambda f: rows(_by_air(_span(f, 1975, 1979), OUT))),
                ("just the top 2", lambda f: top(_by_air(_span(f, 1975, 1979), OUT), 2)),
            ],
        ),
        Conversation(
            "al-c11",
            "followup",
            [
                ("항공사 E 산출량이 가장 많았던 해는?", lambda f: best(_air(f, E).set_index(YEAR)[OUT])),
                (
                    "그해 총비용은 얼마였어?",
                    lambda f: value(_at(f, E, _year_of(_air(f, E).set_index(YEAR)[OUT]), COST)),
                ),
            ],
        ),
        Conversation(
            "al-c12",
            "followup",
            [
                ("1980년 항공사별 연료 가격", lambda f: rows(_one_year(f, 1980, FUEL))),
                ("평균 내면?", lambda f: value(_in(f, 1980)[FUEL].mean())),
            ],
        ),
        Conversation(
            "al-c13",
            "followup",
            [
                ("Which year had the highest average load factor?", lambda f: best(_by_year(_y(f), LF))),
                (
                    "what was airline B's load factor that year?",
                    lambda f: _lf(_at(f, B, _year_of(_by_year(_y(f), LF)), LF)),
                ),
            ],
        ),
        Conversation(
            "al-c14",
            "followup",
            [
                ("항공사 B 평균 탑승률 얼마예요?", lambda f: _lf(_air(f, B)[LF].mean())),
                ("1990년 탑승률은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "al-c15",
            "followup",
            [
                ("총비용이 제일 작았던 기록은 얼마야?", lambda f: value(_y(f)[COST].min())),
                (
                    "어느 항공사, 몇 년도 거야?",
                    lambda f: values(_j(f).loc[_j(f)[COST].idxmin(), NAME], _j(f).loc[_j(f)[COST].idxmin(), YEAR]),
                ),
            ],
        ),
        Conversation(
            "al-c16",
            "followup",
            [
                ("airline C's fuel price in 1973", lambda f: value(_at(f, C, 1973, FUEL))),
                ("and in 1974?", lambda f: value(_at(f, C, 1974, FUEL))),
                (
                    "how much did it rise, in %?",
                    lambda f: _growth(_at(f, C, 1973, FUEL), _at(f, C, 1974, FUEL)),
                ),
            ],
        ),
        Conversation(
            "al-c17",
            "followup",
            [
                ("연도별 평균 탑승률", lambda f: _yearly(_y(f), LF)),
                ("항공사 A만 보여줘", lambda f: _air_yearly(f, A, LF)),
                ("1975년까지만", lambda f: _air_yearly(f, A, LF, 1970, 1975)),
            ],
        ),
        Conversation(
            "al-c18",
            "followup",
            [
                ("1984년 산출량 상위 3개 항공사", lambda f: top(_one_year(f, 1984, OUT), 3)),
                ("1970년 기준으로는?", lambda f: top(_one_year(f, 1970, OUT), 3)),
            ],
        ),
    ],
)
