"""Dev set on Grunfeld's investment data (10 US firms, 1935-1954) as a Korean firm table and a firm-year table.

The tables are made by evals.authoring.dev_derived_grunfeld_ko from Ecdat's `Grunfeld`:
- `기업` (10 rows): `기업_번호` (1-10) and `기업명`, the firm's English name (General Motors, US Steel, General
  Electric, Chrysler, Atlantic Refining, IBM, Union Oil, Westinghouse, Goodyear, Diamond Match: the source order of
  plm/AER `Grunfeld`).
- `기업_연도` (200 rows, one a firm and year): `기업_번호`, `연도` (an integer, 1935-1954), `투자액` (gross
  investment), `시가총액` (the firm's market value) and `자본스톡` (its stock of plant and equipment), all three
  in millions of 1947 dollars.

A firm's name lives in `기업` only, so every question naming a firm, or asking "기업별" / "by firm" / "which
firm", needs the join. 148 turns: 71 single questions and 32 conversations (77 turns); 105 turns in Korean.

Readings kept to one:
- "기업 수", "몇 개 기업", "몇 곳", "how many firms" count distinct firms (`기업_번호`), never rows; "기업-연도",
  "관측치", "건", "행", "firm-years" count rows of `기업_연도`. Within one year the two are the same (one row a
  firm a year). A firm that "한 번이라도" / "ever" / "at some point" did X has at least one such row.
- "기업별" / "by firm" answers with `기업명` (the name, from `기업`); "기업_번호별" / "by firm number" with the
  number. "연도별" / "per year" / "추이" series are ordered by year.
- An average ("평균 투자액", "average market value") is the mean over the firm-year rows the question keeps; a
  firm's average is over its years, a year's average over its 10 firms. "총투자액" / "합계" / "total" is the
  sum over the rows kept. The panel is balanced (every firm every year), so a year's average is its total / 10.
- Amounts are asked in the table's unit (millions of 1947 dollars: "투자액이 100 넘는" is `투자액 > 100`); no
  question converts units. Cuts are asked at amounts no row holds exactly, or with 이상 / 미만 said outright.
- Year ranges ("1940년부터 1945년까지", "1935~1939년", "from 1946 to 1950", "1940년대") include both ends; "첫해"
  / "the first year" is 1935, "마지막 해" / "가장 최근" 1954, "최근 5년" 1950-1954 (the data's end, not today).
- Growth between two years ("증가율", "몇 % 늘었", "growth ... in %") is (later / earlier - 1) x 100 of the
  amounts of those years (of their totals when no firm is named); "증가액" / "차이" is the later minus the earlier.
- A share ("비중", "비율", "what percentage") of an amount is the part's sum over the whole's sum in the same
  rows (the same year when a year is named); a share of firm-years divides rows.
- Loose names: GM is General Motors, GE General Electric; lower-case names are the firms' names.
- The data has no industry, sales, profits, employees, prices, dividends, locations, no 11th firm (AER's American
  Steel) and no year outside 1935-1954: questions on them, and forecasts, are refused.
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

FIRMS, YEARS = "기업", "기업_연도"
INV, VAL, CAP = "투자액", "시가총액", "자본스톡"
GM, USS, GE, CH, AR, IBM, UO, WH, GY, DM = (
    "General Motors",
    "US Steel",
    "General Electric",
    "Chrysler",
    "Atlantic Refining",
    "IBM",
    "Union Oil",
    "Westinghouse",
    "Goodyear",
    "Diamond Match",
)


def _y(f):
    return f[YEARS]


def _j(f):
    """Firm-years with their firm's name as `기업명`."""
    return _y(f).merge(f[FIRMS], on="기업_번호", how="left")


def _firm(f, name):
    j = _j(f)
    return j[j["기업명"] == name]


def _named(frame, *names):
    """The rows of these firms (by name) among the frame's."""
    return frame[frame["기업명"].isin(names)]


def _in(f, year):
    j = _j(f)
    return j[j["연도"] == year]


def _span(f, first, last):
    j = _j(f)
    return j[j["연도"].between(first, last)]


def _at(f, name, year, column):
    """One firm's amount in one year."""
    row = _firm(f, name)
    row = row[row["연도"] == year]
    assert len(row) == 1
    return row[column].iloc[0]


def _by_firm(frame, column, how="mean"):
    return frame.groupby("기업명")[column].agg(how)


def _by_number(frame, column, how="mean"):
    return frame.groupby("기업_번호")[column].agg(how)


def _by_year(frame, column, how="mean"):
    return frame.groupby("연도")[column].agg(how)


def _yearly(frame, column, how="mean"):
    return rows(_by_year(frame, column, how), ordered=True)


def _firm_yearly(f, name, column):
    return rows(_firm(f, name).set_index("연도")[column], ordered=True)


def _total(f, year, column=INV):
    return _in(f, year)[column].sum()


def _growth(earlier, later):
    return percent(100 * (later / earlier - 1))


def _best_year(frame, column, largest=True):
    """The year of the frame's largest (smallest) amount: its label and amount (one firm, or a total)."""
    return best(frame.groupby("연도")[column].sum(), largest=largest)


def _year_of(frame, column, largest=True):
    """The year (a number) of the frame's largest (smallest) amount, as `_best_year` finds it."""
    return _best_year(frame, column, largest)["label"]


def _low_investors(f):
    """The firms whose average investment over the 20 years is below 100."""
    means = _by_firm(_j(f), INV)
    return list(means[means < 100].index)


def _top_investors(f, n):
    return list(_by_firm(_j(f), INV, "sum").sort_values(ascending=False).head(n).index)


def _cut(frame, column, amount):
    """The rows above `amount`; refuses an amount a row holds exactly ("over" and "at least" would differ)."""
    if (frame[column] == amount).any():
        raise ValueError(f"a {column} of exactly {amount}")
    return frame[frame[column] > amount]


def _under(frame, column, amount):
    if (frame[column] == amount).any():
        raise ValueError(f"a {column} of exactly {amount}")
    return frame[frame[column] < amount]


SET = BankSet(
    name="dev_grunfeld_ko",
    split="dev",
    tables=[
        Table(FIRMS, file="dev/grunfeld_ko_firms.parquet"),
        Table(YEARS, file="dev/grunfeld_ko_firm_years.parquet"),
    ],
    questions=[
        # count: rows (firm-years), or firms within one year
        Q("gk-01", "count", "기업_연도 테이블 행 수는?", lambda f: value(len(_y(f)))),
        Q("gk-02", "count", "투자액이 500을 넘은 기업-연도는 몇 건이야?", lambda f: value(len(_cut(_y(f), INV, 500)))),
        Q(
            "gk-03",
            "count",
            "How many firm-years had a market value above 2000?",
            lambda f: value(len(_cut(_y(f), VAL, 2000))),
        ),
        Q(
            "gk-04",
            "count",
            "1950년에 투자액이 100 이상이었던 기업은 몇 개예요?",
            lambda f: value((_in(f, 1950)[INV] >= 100).sum()),
        ),
        Q(
            "gk-05",
            "count",
            "General Electric 투자액이 100을 넘은 해는 몇 번이야",
            lambda f: value(len(_cut(_firm(f, GE), INV, 100))),
        ),
        # count_distinct: firms, years
        Q("gk-06", "count_distinct", "기업은 모두 몇 개야?", lambda f: value(_y(f)["기업_번호"].nunique())),
        Q("gk-07", "count_distinct", "how many years does the data cover", lambda f: value(_y(f)["연도"].nunique())),
        Q(
            "gk-08",
            "count_distinct",
            "투자액이 한 번이라도 300을 넘은 기업 수",
            lambda f: value(_cut(_y(f), INV, 300)["기업_번호"].nunique()),
        ),
        Q(
            "gk-09",
            "count_distinct",
            "1940년부터 1945년까지 투자액이 50을 넘은 적이 있는 기업은 몇 곳이야?",
            lambda f: value(_cut(_span(f, 1940, 1945), INV, 50)["기업_번호"].nunique()),
        ),
        # sum
        Q("gk-10", "sum", "전체 투자액 합계 알려줘", lambda f: value(_y(f)[INV].sum())),
        Q("gk-11", "sum", "10개 기업의 1954년 투자액 합계", lambda f: value(_total(f, 1954))),
        Q("gk-12", "sum", "자본스톡 총합은 얼마인가요?", lambda f: value(_y(f)[CAP].sum())),
        # average
        Q("gk-13", "average", "평균 투자액은 얼마야?", lambda f: value(_y(f)[INV].mean())),
        Q("gk-14", "average", "average market value", lambda f: value(_y(f)[VAL].mean())),
        Q("gk-15", "average", "자본스톡 중앙값 알려주세요", lambda f: value(_y(f)[CAP].median())),
        # min_max
        Q("gk-16", "min_max", "투자액 최댓값은?", lambda f: value(_y(f)[INV].max())),
        Q("gk-17", "min_max", "Diamond Match의 시가총액 최솟값", lambda f: value(_firm(f, DM)[VAL].min())),
        Q("gk-18", "min_max", "1945년 자본스톡 최대값", lambda f: value(_in(f, 1945)[CAP].max())),
        # multi_measure
        Q(
            "gk-19",
            "multi_measure",
            "투자액 평균이랑 중앙값 같이 보여줘",
            lambda f: values(_y(f)[INV].mean(), _y(f)[INV].median()),
        ),
        Q(
            "gk-20",
            "multi_measure",
            "min, max and mean investment in 1940",
            lambda f: values(*_in(f, 1940)[INV].agg(["min", "max", "mean"])),
        ),
        Q(
            "gk-21",
            "multi_measure",
            "US Steel의 평균 투자액, 평균 시가총액, 평균 자본스톡",
            lambda f: values(*_firm(f, USS)[[INV, VAL, CAP]].mean()),
        ),
        # breakdown
        Q("gk-22", "breakdown", "기업_번호별 투자액 합계", lambda f: rows(_by_number(_y(f), INV, "sum"))),
        Q("gk-23", "breakdown", "average capital stock by firm number", lambda f: rows(_by_number(_y(f), CAP))),
        Q("gk-24", "breakdown", "기업별 최대 투자액 보여줘", lambda f: rows(_by_firm(_j(f), INV, "max"))),
        # ranking
        Q("gk-25", "ranking", "평균 투자액 기준 상위 3개 기업", lambda f: top(_by_firm(_j(f), INV), 3)),
        Q(
            "gk-26",
            "ranking",
            "1954년 자본스톡 하위 3개 기업",
            lambda f: top(_in(f, 1954).set_index("기업명")[CAP], 3, largest=False),
        ),
        Q(
            "gk-27",
            "ranking",
            "rank all the firms by total investment, highest first",
            lambda f: top(_by_firm(_j(f), INV, "sum"), 10),
        ),
        Q(
            "gk-28",
            "ranking",
            "General Motors 투자액이 가장 많았던 해 top 3",
            lambda f: top(_firm(f, GM).set_index("연도")[INV], 3),
        ),
        # which_one
        Q("gk-29", "which_one", "평균 시가총액이 가장 높은 기업은?", lambda f: best(_by_firm(_j(f), VAL))),
        Q("gk-30", "which_one", "총투자액이 제일 많았던 연도는?", lambda f: _best_year(_y(f), INV)),
        Q(
            "gk-31",
            "which_one",
            "1935년에 자본스톡이 가장 컸던 기업은 어디야?",
            lambda f: best(_in(f, 1935).set_index("기업명")[CAP]),
        ),
        Q("gk-32", "which_one", "In which year did IBM invest the most?", lambda f: _best_year(_firm(f, IBM), INV)),
        # share
        Q(
            "gk-33",
            "share",
            "전체 투자액 중 General Motors 비중은?",
            lambda f: percent(100 * _firm(f, GM)[INV].sum() / _y(f)[INV].sum()),
        ),
        Q(
            "gk-34",
            "share",
            "what percentage of firm-years had investment above 100?",
            lambda f: percent(100 * len(_cut(_y(f), INV, 100)) / len(_y(f))),
        ),
        Q(
            "gk-35",
            "share",
            "1954년 시가총액 합계에서 IBM이 차지하는 비율",
            lambda f: percent(100 * _at(f, IBM, 1954, VAL) / _total(f, 1954, VAL)),
        ),
        # filter_value
        Q(
            "gk-36",
            "filter_value",
            "시가총액이 1000 이상인 기업-연도의 평균 투자액",
            lambda f: value(_y(f)[_y(f)[VAL] >= 1000][INV].mean()),
        ),
        Q(
            "gk-37",
            "filter_value",
            "average investment in firm-years where capital stock was below 100",
            lambda f: value(_under(_y(f), CAP, 100)[INV].mean()),
        ),
        Q(
            "gk-38",
            "filter_value",
            "투자액 200 넘는 경우만 놓고 보면 평균 시가총액은?",
            lambda f: value(_cut(_y(f), INV, 200)[VAL].mean()),
        ),
        # join: a firm's name
        Q("gk-39", "join", "Chrysler 1950년 투자액", lambda f: value(_at(f, CH, 1950, INV))),
        Q("gk-40", "join", "기업별 평균 자본스톡", lambda f: rows(_by_firm(_j(f), CAP))),
        Q(
            "gk-41",
            "join",
            "Union Oil이랑 Atlantic Refining 중에 평균 투자액 더 높은 곳은?",
            lambda f: best(_by_firm(_named(_j(f), UO, AR), INV)),
        ),
        Q(
            "gk-42",
            "join",
            "기업 번호 6번 회사 이름이 뭐야?",
            lambda f: value(f[FIRMS].set_index("기업_번호").loc[6, "기업명"]),
        ),
        # year_period
        Q("gk-43", "year_period", "1945년 평균 투자액", lambda f: value(_in(f, 1945)[INV].mean())),
        Q("gk-44", "year_period", "total market value in 1950", lambda f: value(_total(f, 1950, VAL))),
        Q(
            "gk-45",
            "year_period",
            "1946년 대비 1947년 IBM 시가총액 증가액은?",
            lambda f: value(_at(f, IBM, 1947, VAL) - _at(f, IBM, 1946, VAL)),
        ),
        Q(
            "gk-46",
            "year_period",
            "growth in General Motors' investment from 1935 to 1954, in %",
            lambda f: _growth(_at(f, GM, 1935, INV), _at(f, GM, 1954, INV)),
        ),
        # trend
        Q("gk-47", "trend", "연도별 총투자액 추이", lambda f: _yearly(_y(f), INV, "sum")),
        Q("gk-48", "trend", "average capital stock per year", lambda f: _yearly(_y(f), CAP)),
        Q("gk-49", "trend", "General Electric 연도별 시가총액 변화 보여줘", lambda f: _firm_yearly(f, GE, VAL)),
        # date_range
        Q(
            "gk-50",
            "date_range",
            "1940년부터 1945년까지 평균 투자액",
            lambda f: value(_span(f, 1940, 1945)[INV].mean()),
        ),
        Q("gk-51", "date_range", "1935~1939년 기업별 평균 투자액", lambda f: rows(_by_firm(_span(f, 1935, 1939), INV))),
        Q(
            "gk-52",
            "date_range",
            "1940년대 총투자액은? (1940~1949년)",
            lambda f: value(_span(f, 1940, 1949)[INV].sum()),
        ),
        # relative_period
        Q("gk-53", "relative_period", "마지막 해 투자액 합계", lambda f: value(_total(f, _y(f)["연도"].max()))),
        Q(
            "gk-54",
            "relative_period",
            "average market value in the first year of the data",
            lambda f: value(_in(f, _y(f)["연도"].min())[VAL].mean()),
        ),
        Q(
            "gk-55",
            "relative_period",
            "최근 5년간 기업별 평균 투자액",
            lambda f: rows(_by_firm(_span(f, _y(f)["연도"].max() - 4, _y(f)["연도"].max()), INV)),
        ),
        Q(
            "gk-56",
            "relative_period",
            "첫해 대비 마지막 해 총투자액 증가율",
            lambda f: _growth(_total(f, _y(f)["연도"].min()), _total(f, _y(f)["연도"].max())),
        ),
        # loose_value
        Q("gk-57", "loose_value", "GM 평균 투자액", lambda f: value(_firm(f, GM)[INV].mean())),
        Q("gk-58", "loose_value", "ge's capital stock in 1954", lambda f: value(_at(f, GE, 1954, CAP))),
        Q("gk-59", "loose_value", "westinghouse 총 투자 얼마야", lambda f: value(_firm(f, WH)[INV].sum())),
        # unanswerable
        Q("gk-60", "unanswerable", "기업별 종업원 수 알려줘", lambda f: refuse()),
        Q("gk-61", "unanswerable", "What was General Motors' revenue in 1950?", lambda f: refuse()),
        Q("gk-62", "unanswerable", "1960년 투자액 합계는?", lambda f: refuse()),
        Q("gk-63", "unanswerable", "1955년 GM 투자액 예측해줘", lambda f: refuse()),
        Q("gk-64", "unanswerable", "average investment by industry", lambda f: refuse()),
        Q("gk-65", "unanswerable", "기업별 순이익 합계", lambda f: refuse()),
        Q("gk-66", "unanswerable", "American Steel의 평균 투자액은?", lambda f: refuse()),
        Q("gk-67", "unanswerable", "기업별 본사 소재지 알려줘", lambda f: refuse()),
        Q("gk-68", "unanswerable", "forecast total investment for 1960", lambda f: refuse()),
        Q("gk-69", "unanswerable", "1930년 시가총액 평균", lambda f: refuse()),
        Q("gk-70", "unanswerable", "연도별 금리 추이 보여줘", lambda f: refuse()),
        Q("gk-71", "unanswerable", "업종별 평균 시가총액은?", lambda f: refuse()),
        # conversations
        Conversation(
            "gk-c01",
            "followup",
            [
                ("기업별 평균 투자액", lambda f: rows(_by_firm(_j(f), INV))),
                ("1940년부터 1945년까지로 좁혀줘", lambda f: rows(_by_firm(_span(f, 1940, 1945), INV))),
                ("최댓값으로 바꿔줘", lambda f: rows(_by_firm(_span(f, 1940, 1945), INV, "max"))),
            ],
        ),
        Conversation(
            "gk-c02",
            "followup",
            [
                ("General Motors 1954년 투자액", lambda f: value(_at(f, GM, 1954, INV))),
                ("그럼 Chrysler는?", lambda f: value(_at(f, CH, 1954, INV))),
                ("1935년은?", lambda f: value(_at(f, CH, 1935, INV))),
            ],
        ),
        Conversation(
            "gk-c03",
            "followup",
            [
                ("total investment by year", lambda f: _yearly(_y(f), INV, "sum")),
                ("only General Electric", lambda f: _firm_yearly(f, GE, INV)),
                ("and its market value?", lambda f: _firm_yearly(f, GE, VAL)),
            ],
        ),
        Conversation(
            "gk-c04",
            "followup",
            [
                ("투자액이 300을 넘은 기업-연도는 몇 건이야?", lambda f: value(len(_cut(_y(f), INV, 300)))),
                ("기업별로", lambda f: rows(_cut(_j(f), INV, 300).groupby("기업명").size())),
            ],
        ),
        Conversation(
            "gk-c05",
            "followup",
            [
                ("평균 시가총액 상위 3개 기업", lambda f: top(_by_firm(_j(f), VAL), 3)),
                ("자본스톡 기준으로는?", lambda f: top(_by_firm(_j(f), CAP), 3)),
            ],
        ),
        Conversation(
            "gk-c06",
            "followup",
            [
                (
                    "which firm had the highest investment in 1954?",
                    lambda f: best(_in(f, 1954).set_index("기업명")[INV]),
                ),
                ("and the lowest?", lambda f: best(_in(f, 1954).set_index("기업명")[INV], largest=False)),
            ],
        ),
        Conversation(
            "gk-c07",
            "followup",
            [
                ("1954년 총투자액", lambda f: value(_total(f, 1954))),
                ("1935년 대비 증가율은?", lambda f: _growth(_total(f, 1935), _total(f, 1954))),
            ],
        ),
        Conversation(
            "gk-c08",
            "followup",
            [
                ("IBM 연도별 투자액", lambda f: _firm_yearly(f, IBM, INV)),
                ("평균은?", lambda f: value(_firm(f, IBM)[INV].mean())),
            ],
        ),
        Conversation(
            "gk-c09",
            "followup",
            [
                ("기업 수는?", lambda f: value(f[FIRMS]["기업_번호"].nunique())),
                ("그중 1950년에 투자액이 100을 넘은 곳은 몇 개?", lambda f: value(len(_cut(_in(f, 1950), INV, 100)))),
            ],
        ),
        Conversation(
            "gk-c10",
            "followup",
            [
                ("average investment from 1940 to 1945", lambda f: value(_span(f, 1940, 1945)[INV].mean())),
                ("by firm", lambda f: rows(_by_firm(_span(f, 1940, 1945), INV))),
                ("just the top 3", lambda f: top(_by_firm(_span(f, 1940, 1945), INV), 3)),
            ],
        ),
        Conversation(
            "gk-c11",
            "followup",
            [
                ("US Steel 평균 투자액 얼마예요?", lambda f: value(_firm(f, USS)[INV].mean())),
                ("다른 질문인데, 전체 자본스톡 합계는?", lambda f: value(_y(f)[CAP].sum())),
            ],
        ),
        Conversation(
            "gk-c12",
            "followup",
            [
                ("연도별 평균 자본스톡", lambda f: _yearly(_y(f), CAP)),
                ("Westinghouse만", lambda f: _firm_yearly(f, WH, CAP)),
                (
                    "1945년까지만 보여줘",
                    lambda f: rows(_firm(f, WH)[_firm(f, WH)["연도"] <= 1945].set_index("연도")[CAP], ordered=True),
                ),
            ],
        ),
        Conversation(
            "gk-c13",
            "followup",
            [
                ("how many firm-years have a market value under 200?", lambda f: value(len(_under(_y(f), VAL, 200)))),
                ("what's their average investment?", lambda f: value(_under(_y(f), VAL, 200)[INV].mean())),
            ],
        ),
        Conversation(
            "gk-c14",
            "followup",
            [
                ("Atlantic Refining 투자액이 가장 많았던 해는?", lambda f: _best_year(_firm(f, AR), INV)),
                ("그해 시가총액은?", lambda f: value(_at(f, AR, _year_of(_firm(f, AR), INV), VAL))),
            ],
        ),
        Conversation(
            "gk-c15",
            "followup",
            [
                ("1950년 기업별 시가총액", lambda f: rows(_in(f, 1950).set_index("기업명")[VAL])),
                ("합계는?", lambda f: value(_total(f, 1950, VAL))),
            ],
        ),
        Conversation(
            "gk-c16",
            "followup",
            [
                ("average capital stock by firm", lambda f: rows(_by_firm(_j(f), CAP))),
                ("only the years 1950 to 1954", lambda f: rows(_by_firm(_span(f, 1950, 1954), CAP))),
                ("which one is highest?", lambda f: best(_by_firm(_span(f, 1950, 1954), CAP))),
            ],
        ),
        Conversation(
            "gk-c17",
            "followup",
            [
                ("투자액 최댓값", lambda f: value(_y(f)[INV].max())),
                ("그건 어느 기업이야?", lambda f: entity(_j(f).loc[_j(f)[INV].idxmax(), "기업명"])),
                ("몇 년도?", lambda f: entity(_j(f).loc[_j(f)[INV].idxmax(), "연도"])),
            ],
        ),
        Conversation(
            "gk-c18",
            "followup",
            [
                (
                    "1935년부터 1939년까지 General Electric 투자액 합계",
                    lambda f: value(_named(_span(f, 1935, 1939), GE)[INV].sum()),
                ),
                ("Westinghouse는?", lambda f: value(_named(_span(f, 1935, 1939), WH)[INV].sum())),
                ("둘을 합치면?", lambda f: value(_named(_span(f, 1935, 1939), GE, WH)[INV].sum())),
            ],
        ),
        Conversation(
            "gk-c19",
            "followup",
            [
                ("median market value", lambda f: value(_y(f)[VAL].median())),
                ("in 1954?", lambda f: value(_in(f, 1954)[VAL].median())),
                ("and the mean?", lambda f: value(_in(f, 1954)[VAL].mean())),
            ],
        ),
        Conversation(
            "gk-c20",
            "followup",
            [
                ("Diamond Match 평균 투자액", lambda f: value(_firm(f, DM)[INV].mean())),
                ("1955년 투자액은?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "gk-c21",
            "followup",
            [
                ("기업별 투자액 합계", lambda f: rows(_by_firm(_j(f), INV, "sum"))),
                ("상위 5개만", lambda f: top(_by_firm(_j(f), INV, "sum"), 5)),
                ("그 5개 기업의 평균 시가총액은?", lambda f: rows(_by_firm(_named(_j(f), *_top_investors(f, 5)), VAL))),
            ],
        ),
        Conversation(
            "gk-c22",
            "followup",
            [
                ("IBM's investment in 1950", lambda f: value(_at(f, IBM, 1950, INV))),
                ("and its capital stock?", lambda f: value(_at(f, IBM, 1950, CAP))),
                ("what about Goodyear?", lambda f: value(_at(f, GY, 1950, CAP))),
            ],
        ),
        Conversation(
            "gk-c23",
            "followup",
            [
                ("연도별 총투자액이 가장 적었던 해는?", lambda f: _best_year(_y(f), INV, largest=False)),
                (
                    "그해 기업별 투자액 보여줘",
                    lambda f: rows(_in(f, _year_of(_y(f), INV, largest=False)).set_index("기업명")[INV]),
                ),
            ],
        ),
        Conversation(
            "gk-c24",
            "followup",
            [
                ("시가총액 1000 넘는 기업-연도 몇 건?", lambda f: value(len(_cut(_y(f), VAL, 1000)))),
                ("그중 General Motors는 몇 건이야?", lambda f: value(len(_cut(_firm(f, GM), VAL, 1000)))),
            ],
        ),
        Conversation(
            "gk-c25",
            "followup",
            [
                ("average investment of Chrysler", lambda f: value(_firm(f, CH)[INV].mean())),
                ("and the max?", lambda f: value(_firm(f, CH)[INV].max())),
                ("which year was that?", lambda f: _best_year(_firm(f, CH), INV)),
            ],
        ),
        Conversation(
            "gk-c26",
            "followup",
            [
                ("1940년 평균 투자액", lambda f: value(_in(f, 1940)[INV].mean())),
                ("1950년은?", lambda f: value(_in(f, 1950)[INV].mean())),
                ("둘 차이는 얼마야?", lambda f: value(_in(f, 1950)[INV].mean() - _in(f, 1940)[INV].mean())),
            ],
        ),
        Conversation(
            "gk-c27",
            "followup",
            [
                ("Union Oil 자본스톡 추이", lambda f: _firm_yearly(f, UO, CAP)),
                (
                    "1945년부터 1954년까지만",
                    lambda f: rows(
                        _firm(f, UO)[_firm(f, UO)["연도"].between(1945, 1954)].set_index("연도")[CAP], ordered=True
                    ),
                ),
            ],
        ),
        Conversation(
            "gk-c28",
            "followup",
            [
                ("top 3 firms by capital stock in 1954", lambda f: top(_in(f, 1954).set_index("기업명")[CAP], 3)),
                ("and by market value?", lambda f: top(_in(f, 1954).set_index("기업명")[VAL], 3)),
            ],
        ),
        Conversation(
            "gk-c29",
            "followup",
            [
                ("평균 투자액이 100 미만인 기업은 몇 개야?", lambda f: value(len(_low_investors(f)))),
                (
                    "그중 평균 시가총액이 제일 높은 곳은?",
                    lambda f: best(_by_firm(_named(_j(f), *_low_investors(f)), VAL)),
                ),
            ],
        ),
        Conversation(
            "gk-c30",
            "followup",
            [
                ("GE 1954년 시가총액", lambda f: value(_at(f, GE, 1954, VAL))),
                ("1935년보다 몇 % 늘었어?", lambda f: _growth(_at(f, GE, 1935, VAL), _at(f, GE, 1954, VAL))),
            ],
        ),
        Conversation(
            "gk-c31",
            "followup",
            [
                ("전체 평균 시가총액", lambda f: value(_y(f)[VAL].mean())),
                ("기업_번호별로 나눠줘", lambda f: rows(_by_number(_y(f), VAL))),
            ],
        ),
        Conversation(
            "gk-c32",
            "followup",
            [
                ("how many firms are there?", lambda f: value(f[FIRMS]["기업_번호"].nunique())),
                ("new question: what was the total capital stock in 1940?", lambda f: value(_total(f, 1940, CAP))),
            ],
        ),
    ],
)
