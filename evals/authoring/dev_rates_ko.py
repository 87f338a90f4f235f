"""Dev set on Ecdat::Garch (daily US-dollar exchange rates of five currencies, 1980-01-02 to 1987-05-21), mostly Korean.

`rates` holds one row per trading day and currency (`date` a DATE, `weekday` `monday` ... `friday`,
`currency_code` DEM / GBP / CAD / JPY / CHF, `rate`); `currencies` (5 rows) holds each code's `name_ko` (독일
마르크, 영국 파운드, 캐나다 달러, 일본 엔, 스위스 프랑), `country_ko` (서독, 영국, 캐나다, 일본, 스위스) and `name_en`
(Deutsche Mark, British Pound, Canadian Dollar, Japanese Yen, Swiss Franc). Made by
evals/authoring/dev_derived_rates_ko.py. 1867 trading days (no weekend, no US holiday), 5 currencies, no missing
rate. Questions on dates are the point of the set: days, weeks, months, quarters, years, date ranges, periods
relative to the latest date, weekdays and monthly or yearly trends. 134 turns: 90 single questions and 20
conversations (44 turns); 94 turns in Korean, 40 in English.

Readings:
- "환율" / "rate" / "시세" of a currency is its `rate`: US dollars per one unit of the currency, as the source has
  it (the mark about 0.3-0.6, the pound 1.05-2.45, the yen about 0.004-0.007). "달러 넘은" / "above $1.50" compares
  that number. "올랐다" / "rose" means the rate went up (the currency gained against the dollar).
- A currency is named by its code, its Korean name or a loose form of it (마르크 / 서독 마르크 / the mark = DEM,
  파운드 / 파운드화 / 영국 파운드 / the pound = GBP, 캐나다 달러 = CAD, 엔화 / the yen = JPY, 스위스 프랑 / 프랑 /
  the Swissie = CHF), its English name ("the Canadian Dollar") or its country ("영국 통화", "스위스 통화"); the set
  counts those naming a country or a table name (`name_ko`, `name_en`, `country_ko`) as joins. "통화별" / "the
  currencies" groups by `currency_code` (labels the codes); "국가별" groups by `country_ko` (labels in Korean, as
  the table holds them), "통화 이름별" by `name_ko`, "by English currency name" by `name_en`. "시세" is the rate.
- "며칠" / "몇 번" / "how many days" counts trading days (dates): for one currency, its rows; "거래일" / "trading
  days" in general are the distinct dates (1867). "환율 기록" / "rows" counts rows (9335).
- An average ("평균", "average", "mean") is the plain mean of the daily rates of the currency over the trading
  days asked about; "중앙값" / "median" and "표준편차" / "standard deviation" (the sample one, n - 1, as pandas and
  SQL's STDDEV) are asked in so many words. A month's, a year's or a weekday's average is over its trading days.
  Rates of different currencies are never averaged together, except where a question asks it by currency.
- Periods: a year, quarter ("3분기" = July to September), month or week holds the trading days whose date falls in
  it; weeks start on Monday (a week's label is its Monday's date, 'YYYY-MM-DD'). Date ranges ("3월 3일부터 9일까지",
  "from June 10 to June 20", "between A and B", "A~B") include both ends. Monthly labels are 'YYYY-MM', yearly
  ones the year (as text for "which year", so that a year given as its first day, 1984-01-01, matches too).
- Relative periods are anchored to the latest date in the data, 1987-05-21 (a Thursday), never to today: 올해 /
  this year is 1987 (January 1 to May 21), 작년 / last year 1986, 이번 달 May 1987, 지난달 / last month April 1987,
  지난 분기 / last quarter the first quarter of 1987, 이번 주 the week of Monday 1987-05-18 (four trading days),
  지난주 / last week 1987-05-11 to 05-15.
- "최근 N일" / "the last N days" are the N calendar days ending with the latest date, both included (최근 60일:
  1987-03-23 to 05-21); every N asked has no trading day on the day just before the window (the 60th day back,
  1987-03-22, is a Sunday), so "the N days before" and "N days back from" read the same. "최근 N개월" / "the last N
  months of the data" are the dates after the latest date minus N months (the last 3 months: after 1987-02-21,
  a Saturday, so from 02-23; the calendar months March to May would read differently, and the set means the
  former), asked only for N whose boundary is not a trading day. "마지막 N거래일" / "the last N trading days" are
  the N latest dates.
- Cuts on a rate ("넘은", "above", "over", "미만", "below", "under", "밑으로") are strict; every cut asked is at a
  value the currency never holds exactly in the rows asked about (checked by `_cut`), so strict and inclusive
  readings agree.
- "Which day / 언제" answers with the date ('YYYY-MM-DD'), "which month" with 'YYYY-MM', "which weekday" with the
  source's `monday` ... `friday`; rankings of days, months, years, weekdays or currencies and which-one questions
  are only asked where there is no tie at the cut or at the top (checked by `_dtop`, `top` and `best`): many days
  share a rate (4 decimals), so no question ranks days where the top rates repeat.
- Questions joining two currencies on the same days ("마르크가 0.48달러 넘었던 날들의 평균 파운드 환율") keep
  the dates where the first holds and average the second's rate on those dates (every date has all five rates).
- A change between two dates ("얼마나 올랐어") is the later rate minus the earlier one (negative when it fell); "the
  difference between the two" (a follow-up on two averages) is the larger minus the smaller (positive). The sum
  of rates on one day (rt-08 ... rt-10) is what one unit of each currency named costs in dollars that day.
- A share ("비율", "비중", "what percentage") is of trading days (dates) unless the question names another whole;
  "1985년 거래일 중" divides by the days of 1985.
- Follow-ups keep the previous turn's currency, period and measure unless they change one ("그럼 1986년은?" swaps
  the year, "캐나다 달러는?" the currency, "최고치는?" the measure; "그날" is the date just answered).
- Cannot be answered (refused): currencies the table does not hold (the won, the French franc), days
  outside 1980-01-02 .. 1987-05-21 (1979, 1988, 1990), forecasts, causes, trading volumes, intraday highs and
  lows, bid-ask spreads, interest rates.
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

R, C = "rates", "currencies"
DEM, GBP, CAD, JPY, CHF = "DEM", "GBP", "CAD", "JPY", "CHF"
RATE = "rate"


def _r(f, code=None):
    """The rates (of one currency) with the date as a Timestamp `d`, its year `y`, month `m` and quarter `q`."""
    frame = f[R].copy()
    if code is not None:
        frame = frame[frame["currency_code"] == code]
    frame["d"] = pd.to_datetime(frame["date"])
    frame["y"] = frame["d"].dt.year
    frame["m"] = frame["d"].dt.strftime("%Y-%m")
    frame["q"] = frame["d"].dt.quarter
    return frame


def _x(f, **equal):
    """The rates joined with their currency's names and country (and these values of `currencies`)."""
    return where(_r(f).merge(f[C], on="currency_code", how="left"), **equal)


def _dates(f):
    """One row per trading day (the distinct dates), with `d`, `y`, `m`, `q` and `weekday`."""
    return _r(f, DEM)


def _wide(f):
    """One row per trading day, a column per currency code."""
    return _r(f).pivot(index="d", columns="currency_code", values=RATE)


def _year(frame, year, quarter=None):
    frame = frame[frame["y"] == year]
    return frame if quarter is None else frame[frame["q"] == quarter]


def _month(frame, month):
    """The rows of one month ('YYYY-MM')."""
    return frame[frame["m"] == month]


def _span(frame, start, end):
    """The rows from day `start` to day `end` ('YYYY-MM-DD'), both included."""
    return frame[(frame["d"] >= pd.Timestamp(start)) & (frame["d"] <= pd.Timestamp(end))]


def _latest(f):
    return _r(f)["d"].max()


def _last_days(f, frame, n):
    """The `n` days ending with the latest date, both included; refuses an `n` with a trading day just before."""
    start = _latest(f) - pd.Timedelta(days=n - 1)
    if (_r(f)["d"] == start - pd.Timedelta(days=1)).any():
        raise ValueError(f"a trading day just before the last {n} days: the window has two readings")
    return frame[frame["d"] >= start]


def _last_months(f, frame, n):
    """The dates after the latest date minus `n` months; refuses an `n` whose boundary is a trading day."""
    boundary = _latest(f) - pd.DateOffset(months=n)
    if (_r(f)["d"] == boundary).any():
        raise ValueError(f"a trading day on the boundary of the last {n} months: the window has two readings")
    return frame[frame["d"] > boundary]


def _last_trading(f, frame, n):
    """The rows of the `n` latest trading days."""
    days = sorted(_r(f)["d"].unique())[-n:]
    return frame[frame["d"].isin(days)]


def _cut(frame, low=None, high=None, column=RATE):
    """The rows whose rate (or `column`) is above `low` and below `high`, at a cut no row sits on."""
    return cut(frame, column, low, high)


def _on(frame, day):
    """The rate of the frame's one row on this day ('YYYY-MM-DD')."""
    found = frame[frame["d"] == pd.Timestamp(day)]
    if len(found) != 1:
        raise ValueError(f"{day}: {len(found)} rows")
    return found[RATE].iloc[0]


def _day_series(frame):
    """The frame's rates by date ('YYYY-MM-DD'), one row per day."""
    series = frame.set_index(frame["d"].dt.strftime("%Y-%m-%d"))[RATE]
    if not series.index.is_unique:
        raise ValueError("two rows on one day")
    return series


def _dtop(frame, n, largest=True):
    """The `n` days of the highest (lowest) rate, by date; refuses a tie at the cut or inside."""
    return top(_day_series(frame), n, largest)


def _dbest(frame, largest=True):
    """The day of the frame's highest (lowest) rate, and the rate; refuses a tie."""
    return best(_day_series(frame), largest)


def _day_of(frame, largest=True):
    """The date ('YYYY-MM-DD') of the frame's highest (lowest) rate (refusing a tie)."""
    return _dbest(frame, largest)["label"]


def _weekday_of(f, day):
    """The weekday (`monday` ... `friday`) of a trading day ('YYYY-MM-DD')."""
    found = _dates(f)[_dates(f)["d"] == pd.Timestamp(day)]
    if len(found) != 1:
        raise ValueError(f"{day}: not one trading day")
    return found["weekday"].iloc[0]


def _by(frame, key, how="mean", column=RATE):
    return frame.groupby(key)[column].agg(how)


def _yearly(frame, how="mean"):
    return frame.groupby("y")[RATE].agg(how)


def _monthly(frame, how="mean"):
    return rows(frame.groupby("m")[RATE].agg(how), ordered=True)


def _weekly(frame):
    """The mean rate of each Monday-to-Sunday week, labelled by its Monday ('YYYY-MM-DD'), in order."""
    monday = (frame["d"] - pd.to_timedelta(frame["d"].dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
    return rows(frame.groupby(monday)[RATE].mean(), ordered=True)


def _best_year(frame, how="mean", largest=True):
    """Which year: the year (as text) of the highest (lowest) yearly value."""
    series = _yearly(frame, how)
    return best(series.set_axis(series.index.astype(str)), largest)


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _where_other(f, code, other, low=None, high=None):
    """The rates of `other` on the days when `code`'s rate is above `low` / below `high` (strict)."""
    days = _cut(_r(f, code), low, high)["d"]
    frame = _r(f, other)
    return frame[frame["d"].isin(days)]


def _change(frame, start, end):
    """The rate on `end` minus the rate on `start`."""
    return value(_on(frame, end) - _on(frame, start))


SET = BankSet(
    name="dev_rates_ko",
    split="dev",
    tables=[
        Table(R, file="dev/rates_ko_daily.parquet"),
        Table(C, file="dev/rates_ko_currencies.parquet"),
    ],
    questions=[
        # count
        Q("rt-01", "count", "환율 기록은 총 몇 건이야?", lambda f: value(len(_r(f)))),
        Q(
            "rt-02",
            "count",
            "파운드 환율이 1.1달러 미만이었던 날은 며칠이야?",
            lambda f: value(len(_cut(_r(f, GBP), high=1.1))),
        ),
        Q(
            "rt-03",
            "count",
            "How many days did the yen trade above 0.007 dollars?",
            lambda f: value(len(_cut(_r(f, JPY), low=0.007))),
        ),
        Q(
            "rt-04",
            "count",
            "스위스 프랑 환율이 0.65 넘은 날은 모두 며칠인가요?",
            lambda f: value(len(_cut(_r(f, CHF), low=0.65))),
        ),
        # count_distinct
        Q("rt-05", "count_distinct", "통화는 몇 종류야?", lambda f: value(_r(f)["currency_code"].nunique())),
        Q(
            "rt-06",
            "count_distinct",
            "엔화가 0.0065달러를 넘은 날이 한 번이라도 있었던 달은 몇 개월이야?",
            lambda f: value(_cut(_r(f, JPY), low=0.0065)["m"].nunique()),
        ),
        Q(
            "rt-07",
            "count_distinct",
            "In how many different years did the pound trade below $1.35 at least once?",
            lambda f: value(_cut(_r(f, GBP), high=1.35)["y"].nunique()),
        ),
        # sum: what one unit of each currency named costs in dollars on a day
        Q(
            "rt-08",
            "sum",
            "1985년 3월 1일 다섯 통화 환율을 다 더하면 얼마야?",
            lambda f: value(_span(_r(f), "1985-03-01", "1985-03-01")[RATE].sum()),
        ),
        Q(
            "rt-09",
            "sum",
            "On the last day in the data, what do all five rates add up to?",
            lambda f: value(_r(f)[_r(f)["d"] == _latest(f)][RATE].sum()),
        ),
        Q(
            "rt-10",
            "sum",
            "1987년 5월 21일 기준으로 마르크 1개랑 파운드 1개 합치면 몇 달러예요?",
            lambda f: value(_on(_r(f, DEM), "1987-05-21") + _on(_r(f, GBP), "1987-05-21")),
        ),
        # average
        Q("rt-11", "average", "마르크 평균 환율은?", lambda f: value(_r(f, DEM)[RATE].mean())),
        Q(
            "rt-12",
            "average",
            "What's the average pound rate over the whole period?",
            lambda f: value(_r(f, GBP)[RATE].mean()),
        ),
        Q("rt-13", "average", "스위스 프랑 환율 중앙값 알려줘", lambda f: value(_r(f, CHF)[RATE].median())),
        Q("rt-14", "average", "캐나다 달러 평균 환율 얼마예요?", lambda f: value(_r(f, CAD)[RATE].mean())),
        # min_max
        Q("rt-15", "min_max", "파운드 최저 환율은?", lambda f: value(_r(f, GBP)[RATE].min())),
        Q(
            "rt-16",
            "min_max",
            "What was the highest the mark ever got in this data?",
            lambda f: value(_r(f, DEM)[RATE].max()),
        ),
        Q("rt-17", "min_max", "캐나다 달러 최고치 얼마였어?", lambda f: value(_r(f, CAD)[RATE].max())),
        # multi_measure
        Q(
            "rt-18",
            "multi_measure",
            "파운드 환율 최소, 최대, 평균 한 번에 보여줘",
            lambda f: values(_r(f, GBP)[RATE].min(), _r(f, GBP)[RATE].max(), _r(f, GBP)[RATE].mean()),
        ),
        Q(
            "rt-19",
            "multi_measure",
            "mean and standard deviation of the CAD rate",
            lambda f: values(_r(f, CAD)[RATE].mean(), _r(f, CAD)[RATE].std()),
        ),
        Q(
            "rt-20",
            "multi_measure",
            "For the mark in 1985, give me the average, the median and the max.",
            lambda f: values(
                _year(_r(f, DEM), 1985)[RATE].mean(),
                _year(_r(f, DEM), 1985)[RATE].median(),
                _year(_r(f, DEM), 1985)[RATE].max(),
            ),
        ),
        # ranking
        Q("rt-21", "ranking", "마르크 환율이 가장 높았던 날 상위 5개", lambda f: _dtop(_r(f, DEM), 5)),
        Q("rt-22", "ranking", "the 3 worst days for the pound (lowest rate)", lambda f: _dtop(_r(f, GBP), 3, False)),
        Q("rt-23", "ranking", "평균 파운드 환율이 높은 연도 순으로 3개", lambda f: top(_yearly(_r(f, GBP)), 3)),
        Q(
            "rt-24",
            "ranking",
            "Rank the weekdays by average Swiss franc rate, highest first",
            lambda f: top(_by(_r(f, CHF), "weekday"), 5),
        ),
        Q(
            "rt-25",
            "ranking",
            "1986년 월평균 엔화 환율 상위 3개월",
            lambda f: top(_year(_r(f, JPY), 1986).groupby("m")[RATE].mean(), 3),
        ),
        # which_one
        Q("rt-26", "which_one", "파운드가 가장 쌌던 날은 언제야?", lambda f: _dbest(_r(f, GBP), largest=False)),
        Q("rt-27", "which_one", "On which date did the yen reach its highest rate?", lambda f: _dbest(_r(f, JPY))),
        Q(
            "rt-28",
            "which_one",
            "평균 마르크 환율이 가장 낮았던 해는?",
            lambda f: _best_year(_r(f, DEM), largest=False),
        ),
        Q(
            "rt-29",
            "which_one",
            "Which month had the highest average CHF rate?",
            lambda f: best(_r(f, CHF).groupby("m")[RATE].mean()),
        ),
        Q(
            "rt-30",
            "which_one",
            "캐나다 달러 평균 환율이 가장 높은 요일은?",
            lambda f: best(_by(_r(f, CAD), "weekday")),
        ),
        # share
        Q(
            "rt-31",
            "share",
            "파운드 환율이 1.3달러 미만이었던 날의 비율은?",
            lambda f: _share(_cut(_r(f, GBP), high=1.3), _dates(f)),
        ),
        Q(
            "rt-32",
            "share",
            "What percentage of the trading days fall on a Monday?",
            lambda f: _share(where(_dates(f), weekday="monday"), _dates(f)),
        ),
        Q(
            "rt-33",
            "share",
            "1985년 거래일 중 마르크가 0.35달러 넘은 날 비중",
            lambda f: _share(_cut(_year(_r(f, DEM), 1985), low=0.35), _year(_dates(f), 1985)),
        ),
        # breakdown
        Q("rt-34", "breakdown", "통화별 평균 환율", lambda f: rows(_by(_r(f), "currency_code"))),
        Q("rt-35", "breakdown", "요일별 평균 파운드 환율", lambda f: rows(_by(_r(f, GBP), "weekday"))),
        Q("rt-36", "breakdown", "max GBP rate for each year", lambda f: rows(_yearly(_r(f, GBP), "max"))),
        Q("rt-37", "breakdown", "연도별 거래일 수 보여줘", lambda f: rows(_dates(f).groupby("y").size())),
        Q(
            "rt-38",
            "breakdown",
            "1986년 통화별 최저 환율은?",
            lambda f: rows(_by(_year(_r(f), 1986), "currency_code", "min")),
        ),
        # filter_value
        Q(
            "rt-39",
            "filter_value",
            "월요일 평균 마르크 환율",
            lambda f: value(where(_r(f, DEM), weekday="monday")[RATE].mean()),
        ),
        Q(
            "rt-40",
            "filter_value",
            "average pound rate on Fridays in 1985",
            lambda f: value(where(_year(_r(f, GBP), 1985), weekday="friday")[RATE].mean()),
        ),
        Q(
            "rt-41",
            "filter_value",
            "마르크가 0.48달러 넘었던 날들의 평균 파운드 환율은?",
            lambda f: value(_where_other(f, DEM, GBP, low=0.48)[RATE].mean()),
        ),
        Q(
            "rt-42",
            "filter_value",
            "스위스 프랑이 0.4 미만이던 날 중에 마르크 최고 환율은 얼마였나요?",
            lambda f: value(_where_other(f, CHF, DEM, high=0.4)[RATE].max()),
        ),
        # loosely named currencies and measures
        Q("rt-43", "loose_value", "서독 마르크 평균 시세 얼마였어?", lambda f: value(_r(f, DEM)[RATE].mean())),
        Q("rt-44", "loose_value", "파운드화 제일 비쌌을 때 얼마?", lambda f: value(_r(f, GBP)[RATE].max())),
        Q("rt-45", "loose_value", "how high did the Swissie go?", lambda f: value(_r(f, CHF)[RATE].max())),
        Q("rt-46", "loose_value", "엔화 가장 쌌던 게 언제야?", lambda f: _dbest(_r(f, JPY), largest=False)),
        Q(
            "rt-47",
            "loose_value",
            "프랑 시세가 0.62 넘은 날 며칠 돼?",
            lambda f: value(len(_cut(_r(f, CHF), low=0.62))),
        ),
        # join: a currency named by its country or its table name
        Q(
            "rt-48",
            "join",
            "영국 통화의 1986년 평균 환율은?",
            lambda f: value(_year(_x(f, country_ko="영국"), 1986)[RATE].mean()),
        ),
        Q(
            "rt-49",
            "join",
            "What's the average rate of the Canadian Dollar in 1984?",
            lambda f: value(_year(_x(f, name_en="Canadian Dollar"), 1984)[RATE].mean()),
        ),
        Q("rt-50", "join", "국가별 평균 환율 보여줘", lambda f: rows(_by(_x(f), "country_ko"))),
        Q("rt-51", "join", "통화 이름별 최고 환율", lambda f: rows(_by(_x(f), "name_ko", "max"))),
        Q(
            "rt-52",
            "join",
            "스위스 통화가 가장 비쌌던 날은?",
            lambda f: _dbest(_x(f, country_ko="스위스")),
        ),
        Q(
            "rt-53",
            "join",
            "average rate by English currency name in 1987",
            lambda f: rows(_by(_year(_x(f), 1987), "name_en")),
        ),
        # year_period: a year, a quarter, a month
        Q("rt-54", "year_period", "1985년 평균 파운드 환율", lambda f: value(_year(_r(f, GBP), 1985)[RATE].mean())),
        Q("rt-55", "year_period", "average mark rate in 1982", lambda f: value(_year(_r(f, DEM), 1982)[RATE].mean())),
        Q(
            "rt-56",
            "year_period",
            "1986년 3분기 스위스 프랑 평균은?",
            lambda f: value(_year(_r(f, CHF), 1986, 3)[RATE].mean()),
        ),
        Q(
            "rt-57",
            "year_period",
            "What was the highest Canadian dollar rate in Q4 1983?",
            lambda f: value(_year(_r(f, CAD), 1983, 4)[RATE].max()),
        ),
        Q(
            "rt-58",
            "year_period",
            "1984년 7월 마르크 평균 환율",
            lambda f: value(_month(_r(f, DEM), "1984-07")[RATE].mean()),
        ),
        Q(
            "rt-59",
            "year_period",
            "1981년에 엔화가 가장 높았던 날은?",
            lambda f: _dbest(_year(_r(f, JPY), 1981)),
        ),
        # date_range
        Q(
            "rt-60",
            "date_range",
            "1986년 3월 3일부터 9일까지 마르크 평균 환율",
            lambda f: value(_span(_r(f, DEM), "1986-03-03", "1986-03-09")[RATE].mean()),
        ),
        Q(
            "rt-61",
            "date_range",
            "from June 10 to June 20, 1985, what was the pound's average?",
            lambda f: value(_span(_r(f, GBP), "1985-06-10", "1985-06-20")[RATE].mean()),
        ),
        Q(
            "rt-62",
            "date_range",
            "1985년 2월 20일부터 3월 10일까지 파운드 최저 환율은?",
            lambda f: value(_span(_r(f, GBP), "1985-02-20", "1985-03-10")[RATE].min()),
        ),
        Q(
            "rt-63",
            "date_range",
            "How much did the mark rise from January 2, 1986 to December 31, 1986?",
            lambda f: _change(_r(f, DEM), "1986-01-02", "1986-12-31"),
        ),
        Q(
            "rt-64",
            "date_range",
            "1987년 1월부터 3월까지 엔화가 제일 높았던 날은 언제야?",
            lambda f: _dbest(_span(_r(f, JPY), "1987-01-01", "1987-03-31")),
        ),
        # relative_period: anchored to the latest date, 1987-05-21
        Q(
            "rt-65",
            "relative_period",
            "최근 60일 파운드 평균 환율",
            lambda f: value(_last_days(f, _r(f, GBP), 60)[RATE].mean()),
        ),
        Q(
            "rt-66",
            "relative_period",
            "average mark rate over the last 3 months of the data",
            lambda f: value(_last_months(f, _r(f, DEM), 3)[RATE].mean()),
        ),
        Q(
            "rt-67",
            "relative_period",
            "지난달 스위스 프랑 평균은 얼마였어?",
            lambda f: value(_month(_r(f, CHF), "1987-04")[RATE].mean()),
        ),
        Q(
            "rt-68",
            "relative_period",
            "올해 들어 마르크 최고치는?",
            lambda f: value(_year(_r(f, DEM), 1987)[RATE].max()),
        ),
        Q(
            "rt-69",
            "relative_period",
            "the average Swiss franc rate over the last 10 trading days",
            lambda f: value(_last_trading(f, _r(f, CHF), 10)[RATE].mean()),
        ),
        Q(
            "rt-70",
            "relative_period",
            "지난 분기 캐나다 달러 평균 환율 알려줘",
            lambda f: value(_year(_r(f, CAD), 1987, 1)[RATE].mean()),
        ),
        Q(
            "rt-71",
            "relative_period",
            "이번 주 마르크 환율 보여줘",
            lambda f: rows(_day_series(_span(_r(f, DEM), "1987-05-18", "1987-05-24")), ordered=True),
        ),
        Q(
            "rt-72",
            "relative_period",
            "최근 40일 동안 거래일은 며칠이었어?",
            lambda f: value(len(_last_days(f, _dates(f), 40))),
        ),
        Q(
            "rt-73",
            "relative_period",
            "지난주 파운드 최고 환율",
            lambda f: value(_span(_r(f, GBP), "1987-05-11", "1987-05-17")[RATE].max()),
        ),
        # trend
        Q(
            "rt-74",
            "trend",
            "1986년 월별 파운드 평균 환율 추이",
            lambda f: _monthly(_year(_r(f, GBP), 1986)),
        ),
        Q("rt-75", "trend", "yearly average Swiss franc rate", lambda f: rows(_yearly(_r(f, CHF)), ordered=True)),
        Q("rt-76", "trend", "연도별 마르크 평균 환율 흐름 보여줘", lambda f: rows(_yearly(_r(f, DEM)), ordered=True)),
        Q(
            "rt-77",
            "trend",
            "1986년 12월 주별 파운드 평균 환율 (주는 월요일 시작)",
            lambda f: _weekly(_month(_r(f, GBP), "1986-12")),
        ),
        Q(
            "rt-78",
            "trend",
            "1987년 5월 일별 마르크 환율 추이",
            lambda f: rows(_day_series(_month(_r(f, DEM), "1987-05")), ordered=True),
        ),
        # unanswerable
        Q("rt-79", "unanswerable", "원-달러 환율 평균은 얼마야?", lambda f: refuse()),
        Q("rt-80", "unanswerable", "What was the pound rate in 1990?", lambda f: refuse()),
        Q("rt-81", "unanswerable", "내년 마르크 환율 예측해줘", lambda f: refuse()),
        Q("rt-82", "unanswerable", "Why did the dollar get so strong in 1984 and 1985?", lambda f: refuse()),
        Q("rt-83", "unanswerable", "프랑스 프랑 환율 최고치는?", lambda f: refuse()),
        Q("rt-84", "unanswerable", "What was the trading volume on the busiest day?", lambda f: refuse()),
        Q("rt-85", "unanswerable", "1979년 엔화 평균 환율 알려줘", lambda f: refuse()),
        Q("rt-86", "unanswerable", "파운드 환율이 1985년에 떨어진 이유가 뭐야?", lambda f: refuse()),
        Q("rt-87", "unanswerable", "1985년 2월 26일 마르크 장중 고가랑 저가는?", lambda f: refuse()),
        Q("rt-88", "unanswerable", "미국 기준금리가 오른 날 환율은 어떻게 움직였어?", lambda f: refuse()),
        Q("rt-89", "unanswerable", "스위스 프랑 매수·매도 스프레드 평균은?", lambda f: refuse()),
        Q("rt-90", "unanswerable", "1988년 캐나다 달러 평균 환율은?", lambda f: refuse()),
        # conversations
        Conversation(
            "rt-c01",
            "followup",
            [
                ("1985년 평균 파운드 환율 알려줘", lambda f: value(_year(_r(f, GBP), 1985)[RATE].mean())),
                ("그럼 1986년은?", lambda f: value(_year(_r(f, GBP), 1986)[RATE].mean())),
                (
                    "둘 차이는 얼마야?",
                    lambda f: value(abs(_year(_r(f, GBP), 1986)[RATE].mean() - _year(_r(f, GBP), 1985)[RATE].mean())),
                ),
            ],
        ),
        Conversation(
            "rt-c02",
            "followup",
            [
                ("average mark rate by year", lambda f: rows(_yearly(_r(f, DEM)))),
                ("and the Swiss franc?", lambda f: rows(_yearly(_r(f, CHF)))),
            ],
        ),
        Conversation(
            "rt-c03",
            "followup",
            [
                ("마르크 환율이 가장 높았던 날은 언제야?", lambda f: _dbest(_r(f, DEM))),
                ("그날 파운드 환율은?", lambda f: value(_on(_r(f, GBP), _day_of(_r(f, DEM))))),
                (
                    "무슨 요일이었어?",
                    lambda f: entity(_weekday_of(f, _day_of(_r(f, DEM)))),
                ),
            ],
        ),
        Conversation(
            "rt-c04",
            "followup",
            [
                ("요일별 평균 캐나다 달러 환율", lambda f: rows(_by(_r(f, CAD), "weekday"))),
                ("1986년만 보면?", lambda f: rows(_by(_year(_r(f, CAD), 1986), "weekday"))),
            ],
        ),
        Conversation(
            "rt-c05",
            "followup",
            [
                ("how many days was the pound below $1.20?", lambda f: value(len(_cut(_r(f, GBP), high=1.2)))),
                ("what share of all trading days is that?", lambda f: _share(_cut(_r(f, GBP), high=1.2), _dates(f))),
            ],
        ),
        Conversation(
            "rt-c06",
            "followup",
            [
                ("지난달 마르크 평균 환율", lambda f: value(_month(_r(f, DEM), "1987-04")[RATE].mean())),
                ("그 전달은?", lambda f: value(_month(_r(f, DEM), "1987-03")[RATE].mean())),
            ],
        ),
        Conversation(
            "rt-c07",
            "followup",
            [
                ("1984년 월별 엔화 평균 환율", lambda f: _monthly(_year(_r(f, JPY), 1984))),
                ("그중 상위 3개월은?", lambda f: top(_year(_r(f, JPY), 1984).groupby("m")[RATE].mean(), 3)),
            ],
        ),
        Conversation(
            "rt-c08",
            "followup",
            [
                ("1987년 1분기 캐나다 달러 평균 환율은요?", lambda f: value(_year(_r(f, CAD), 1987, 1)[RATE].mean())),
                ("1986년 1분기는요?", lambda f: value(_year(_r(f, CAD), 1986, 1)[RATE].mean())),
            ],
        ),
        Conversation(
            "rt-c09",
            "followup",
            [
                ("스위스 프랑 최근 60일 최저치", lambda f: value(_last_days(f, _r(f, CHF), 60)[RATE].min())),
                ("최고치는?", lambda f: value(_last_days(f, _r(f, CHF), 60)[RATE].max())),
                ("그게 언제였어?", lambda f: _dbest(_last_days(f, _r(f, CHF), 60))),
            ],
        ),
        Conversation(
            "rt-c10",
            "followup",
            [
                ("통화별 1987년 평균 환율", lambda f: rows(_by(_year(_r(f), 1987), "currency_code"))),
                ("1980년은 어땠어?", lambda f: rows(_by(_year(_r(f), 1980), "currency_code"))),
            ],
        ),
        Conversation(
            "rt-c11",
            "followup",
            [
                ("What was the pound's rate on March 4, 1985?", lambda f: value(_on(_r(f, GBP), "1985-03-04"))),
                ("and on the same day a year later?", lambda f: value(_on(_r(f, GBP), "1986-03-04"))),
                ("how much did it change?", lambda f: _change(_r(f, GBP), "1985-03-04", "1986-03-04")),
            ],
        ),
        Conversation(
            "rt-c12",
            "followup",
            [
                (
                    "1983년에 마르크 환율이 0.4 넘은 날 며칠이야?",
                    lambda f: value(len(_cut(_year(_r(f, DEM), 1983), low=0.4))),
                ),
                ("그날들 평균 환율은?", lambda f: value(_cut(_year(_r(f, DEM), 1983), low=0.4)[RATE].mean())),
            ],
        ),
        Conversation(
            "rt-c13",
            "followup",
            [
                (
                    "영국 파운드 1980년 평균 환율",
                    lambda f: value(_year(_x(f, name_ko="영국 파운드"), 1980)[RATE].mean()),
                ),
                ("캐나다 달러는?", lambda f: value(_year(_x(f, name_ko="캐나다 달러"), 1980)[RATE].mean())),
            ],
        ),
        Conversation(
            "rt-c14",
            "followup",
            [
                (
                    "average Swiss franc rate in the last 3 months of the data",
                    lambda f: value(_last_months(f, _r(f, CHF), 3)[RATE].mean()),
                ),
                ("and the maximum?", lambda f: value(_last_months(f, _r(f, CHF), 3)[RATE].max())),
            ],
        ),
        Conversation(
            "rt-c15",
            "followup",
            [
                ("1986년 파운드 최저 환율은?", lambda f: value(_year(_r(f, GBP), 1986)[RATE].min())),
                ("그게 몇 월이었어?", lambda f: entity(_day_of(_year(_r(f, GBP), 1986), largest=False)[:7])),
            ],
        ),
        Conversation(
            "rt-c16",
            "followup",
            [
                ("마르크 평균 환율 알려줘", lambda f: value(_r(f, DEM)[RATE].mean())),
                ("내년엔 어떻게 될 것 같아?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "rt-c17",
            "followup",
            [
                ("How many trading days were in 1986?", lambda f: value(len(_year(_dates(f), 1986)))),
                (
                    "what was the average mark rate on the Fridays of that year?",
                    lambda f: value(where(_year(_r(f, DEM), 1986), weekday="friday")[RATE].mean()),
                ),
            ],
        ),
        Conversation(
            "rt-c18",
            "followup",
            [
                (
                    "1987년 3월 3일부터 9일까지 파운드 환율 보여줘",
                    lambda f: rows(_day_series(_span(_r(f, GBP), "1987-03-03", "1987-03-09")), ordered=True),
                ),
                ("그 기간 평균은?", lambda f: value(_span(_r(f, GBP), "1987-03-03", "1987-03-09")[RATE].mean())),
            ],
        ),
        Conversation(
            "rt-c19",
            "followup",
            [
                (
                    "rank the currencies by average rate in 1985, highest first",
                    lambda f: top(_by(_year(_r(f), 1985), "currency_code"), 5),
                ),
                (
                    "and by their lowest rate that year?",
                    lambda f: top(_by(_year(_r(f), 1985), "currency_code", "min"), 5),
                ),
            ],
        ),
        Conversation(
            "rt-c20",
            "followup",
            [
                (
                    "캐나다 달러가 0.7 미만이었던 날은 몇 번이야?",
                    lambda f: value(len(_cut(_r(f, CAD), high=0.7))),
                ),
                ("그중 가장 낮았던 날은?", lambda f: _dbest(_cut(_r(f, CAD), high=0.7), largest=False)),
            ],
        ),
    ],
)
