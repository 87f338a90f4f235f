"""Dev set on Ecdat::Crime (90 North Carolina counties, 1981-1987) as a county-year table and a county table.

`county_years` holds one row per county and year (630 county-years: `county_id`, `year` 1981-1987,
`crimes_per_person`, `arrest_probability`, `conviction_probability`, `prison_probability`, `avg_sentence_days`,
`police_per_capita`, `density`, `tax_per_capita`, nine weekly wages `wage_construction`,
`wage_transport_utilities`, `wage_trade`, `wage_finance`, `wage_service`, `wage_manufacturing`, `wage_federal`,
`wage_state`, `wage_local_government`, `offense_mix`, `young_male_share`) and refers to `counties` (90:
`county_id`, `region`, `in_smsa`, `pct_minority_1980`) by `county_id`. Made by
evals/authoring/dev_derived_crime.py. The panel is balanced (every county has all seven years), so a county's
average over the years is over seven rows, and an average by region or metro status over county-years equals the
average of its counties' averages. 139 turns: 90 single questions and 20 conversations (49 turns); 36 turns in
Korean. The source's figures are kept as they are, odd ones included: a few 'probabilities' above 1 (county 185's
conviction probability of 37 in 1985), and a handful of one-year weekly wages above 2,000 (county 3's construction
wage in 1985, county 39's transport wage in 1983, ...) next to neighbouring years near 200-400.

What cannot be answered: the data names no county (only numbers), holds no population, no counts of crimes,
arrests or police officers (only rates per person), no crime types (murders, thefts; `offense_mix` is a ratio),
no unemployment, income or poverty, no year outside 1981-1987 (forecasts included), nothing about other states,
and nothing about causes ("why", "what would happen if"). Those questions expect a refusal.

Readings:
- "How many counties" / "카운티 몇 곳·몇 개" counts counties (rows of `counties`, the same as the distinct
  `county_id` of `county_years`: 90); "county-years" / "observations" / "카운티-연도 몇 건" counts rows of
  `county_years`. "How many counties had X in 1987" counts that year's rows (one per county); "had X in at
  least one year" / "X를 넘은 적이 있는" counts distinct counties.
- "Crime rate" / "범죄율" / "crimes per person" is `crimes_per_person` (as held: 0.03 is 3 crimes per 100
  people); "per 1,000 people" / "per 1,000 residents" / "주민 1,000명당" is the value times 1000, asked in so
  many words (cr-60, cr-62, cr-64, cr-65, cr-73, cr-45, cr-c01, cr-c06, cr-c07). "Cops per person" / "police
  per capita" / "경찰 수" is `police_per_capita`. "Population density" / "인구 밀도" is `density` (as held; the
  help page says people per square mile but the values, 0.20-8.83, are hundreds of people, so no question names
  a unit). "Tax revenue per person / per capita" / "1인당 세수" is `tax_per_capita`. "Weekly wage in
  construction" / "construction workers' weekly pay" / "건설업 주급" is `wage_construction`; likewise
  manufacturing (제조업), finance, the service industry, federal / state / local government employees
  (연방·주정부·지방정부 공무원); "the weekly wages of all nine sectors" are the nine `wage_*` columns.
  "Average sentence" / "sentence length" / "jail time" / "평균 형량" is `avg_sentence_days` (days). The arrest
  and conviction 'probabilities' and "the probability of a prison sentence" are asked by those words; they are
  ratios (some above 1), and cuts on them (0.35, 0.8, 1.2) are asked as such. "Minority share" / "소수인종
  비율" is `pct_minority_1980` (a percentage, held for 1980 only; questions say 1980 or ask it of counties).
  "Young males more than 10% of the population" is `young_male_share > 0.1` (the share is held as a fraction).
- "Metro" / "in an SMSA" / "SMSA에 속한" / "SMSA 카운티" is `in_smsa = 'yes'`; "non-metro" / "rural
  (non-SMSA)" / "the rest" is `in_smsa = 'no'`; breakdowns by it are labelled `yes` / `no`. Regions are the
  source's `central`, `west` and `other`, named as such ("the 'other' region", "west 지역").
- An average with no year ("average crime rate", "평균 범죄율") is the plain mean over the county-years asked
  about (unweighted: the data holds no population); "in 1987" keeps that year's rows. A county's "average over
  the years" / "over 1981-1987" / "1981~1987년 평균" is the mean of its seven yearly values; rankings of
  counties name either a year or such an average. "By region" / "지역별" / "metro vs non-metro" of a yearly
  measure is over the group's county-years (for a mean, the same as over its counties' averages; cr-47's median
  is over county-years). "Median" / "중앙값" and "standard deviation" (sample, n - 1) are asked in so many
  words. Sums are asked only where adding makes sense: a county-year's weekly wages over sectors (cr-12,
  cr-13) and a county's seven yearly crime rates (cr-14, asked as "add up ... yearly crime rates").
- Years: "in 1985" is `year = 1985`; "from 1981 to 1983" / "1984년부터 1986년까지" / "between 1985 and 1987" /
  "during 1982-1984" include both ends; "the most recent year of the data" is its last year (1987), "the first
  year of the data" 1981, "최근 3년간" 1985-1987, "the last two years of the data" 1986-1987 (computed from the
  data's years). "For each year" / "by year" / "yearly" / "year by year" / "연도별" / "추이" is a series by
  year; the trend questions expect it in year order.
- Cuts: "more than" / "over" / "above" / "exceeded" / "longer than" / "넘는" are strict, "under" / "below" are
  strict; every cut is at a value no row of the rows cut holds exactly (checked by `_cut`), so strict and
  inclusive readings agree.
- "Which county" / "어느 카운티" / "어디" answers with the `county_id`; "which year" / "몇 년" with the year;
  "which region" with the region. Which-one and top-N questions are asked only where the first place and the
  cut have no tie (checked by `top` / `best` / `_highest_conviction`).
- A share ("what share", "what percentage", "what fraction", "몇 %") is of counties when the question counts
  counties, of county-years when it counts county-years; "of the counties with ..." and "그게 0.05 넘는 건
  중에" divide by that group.
- "The difference between them / the two" (cr-c06, cr-c18) is the larger value minus the smaller (positive).
- Follow-ups keep the previous turn's rows and measure unless they change one: "and in 1987 only?" adds the year,
  "what about police per 1,000 residents?" swaps the measure, "SMSA 카운티만 보면?" adds the metro filter,
  "and central?" / "and non-metro?" / "and 1985?" / "and in 1981?" swap one value, "and the mean?" /
  "중앙값으로 보면?" swap the statistic, "and manufacturing?" the wage; "그 카운티" / "its" is the county the
  previous answer named, "그 카운티들" / "them" / "those counties" the counties of the previous answer.
"""

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

Y, C = "county_years", "counties"
ID = "county_id"
CRIME, ARREST, CONVICT, PRISON, SENTENCE = (
    "crimes_per_person",
    "arrest_probability",
    "conviction_probability",
    "prison_probability",
    "avg_sentence_days",
)
POLICE, DENSITY, TAX, MINORITY, YOUNG = (
    "police_per_capita",
    "density",
    "tax_per_capita",
    "pct_minority_1980",
    "young_male_share",
)
CONSTRUCTION, MANUFACTURING, FINANCE, SERVICE, FEDERAL, STATE, LOCAL = (
    "wage_construction",
    "wage_manufacturing",
    "wage_finance",
    "wage_service",
    "wage_federal",
    "wage_state",
    "wage_local_government",
)
WAGES = [
    "wage_construction",
    "wage_transport_utilities",
    "wage_trade",
    "wage_finance",
    "wage_service",
    "wage_manufacturing",
    "wage_federal",
    "wage_state",
    "wage_local_government",
]
METRO = "in_smsa"


def _y(f, **equal):
    """The county-years (with these column values)."""
    return where(f[Y], **equal)


def _c(f, **equal):
    """The counties (with these attribute values)."""
    return where(f[C], **equal)


def _j(f, **equal):
    """The county-years with their county's region, metro status and 1980 minority share."""
    return where(f[Y].merge(f[C], on=ID, how="left", validate="many_to_one"), **equal)


def _in(frame, first, last=None):
    """The rows of the years `first` to `last` (both included; one year when `last` is None)."""
    return frame[frame["year"].between(first, first if last is None else last)]


def _latest(f):
    return int(f[Y]["year"].max())


def _first_year(f):
    return int(f[Y]["year"].min())


def _last_years(f, frame, n):
    """The rows of the data's last `n` years."""
    return _in(frame, _latest(f) - n + 1, _latest(f))


def _by(frame, key, column=CRIME, how="mean"):
    return frame.groupby(key)[column].agg(how)


def _count_by(frame, key):
    return frame.groupby(key).size()


def _counties_of(frame, column=CRIME, how="mean"):
    """Each county's value of the column over the rows kept (its mean over the years by default)."""
    return _by(frame, ID, column, how)


def _one_year(frame, year, column=CRIME):
    """The year's value of the column for each county, by `county_id` (one row per county)."""
    rows_of_year = _in(frame, year)
    if rows_of_year[ID].duplicated().any():
        raise ValueError(f"{year}: two rows for one county")
    return rows_of_year.set_index(ID)[column]


def _at(f, county, year, column):
    """The one value of a county in a year."""
    found = _in(_y(f, county_id=county), year)
    if len(found) != 1:
        raise ValueError(f"county {county} in {year}: {len(found)} rows")
    return found[column].iloc[0]


def _yearly(frame, column=CRIME, how="mean"):
    return rows(_by(frame, "year", column, how), ordered=True)


def _share(part, whole):
    return percent(100 * len(part) / len(whole))


def _ids(found):
    return list(found["order"])


def _top_ids(series, n, largest=True):
    return _ids(top(series, n, largest))


def _best_id(series, largest=True):
    return best(series, largest)["label"]


def _highest_conviction(f):
    """The one county-year with the highest conviction probability (refusing a tie)."""
    ranked = _y(f).sort_values(CONVICT, ascending=False)
    if ranked[CONVICT].iloc[0] == ranked[CONVICT].iloc[1]:
        raise ValueError("a tie for the highest conviction probability")
    return ranked.iloc[0]


def _diff(a, b):
    return value(abs(a - b))


SET = BankSet(
    name="dev_crime",
    split="dev",
    tables=[
        Table(Y, file="dev/crime_county_years.parquet"),
        Table(C, file="dev/crime_counties.parquet"),
    ],
    questions=[
        # count
        Q("cr-01", "count", "How many county-year observations are in the data?", lambda f: value(len(_y(f)))),
        Q("cr-02", "count", "how many counties are in an SMSA?", lambda f: value(len(_c(f, in_smsa="yes")))),
        Q("cr-03", "count", "west 지역 카운티는 몇 개야?", lambda f: value(len(_c(f, region="west")))),
        Q(
            "cr-04",
            "count",
            "In 1987, how many counties had more than 0.05 crimes per person?",
            lambda f: value(len(cut(_in(_y(f), 1987), CRIME, low=0.05))),
        ),
        Q(
            "cr-05",
            "count",
            "How many county-years show an arrest probability above 0.8?",
            lambda f: value(len(cut(_y(f), ARREST, low=0.8))),
        ),
        Q(
            "cr-06",
            "count",
            "How many counties had an average sentence longer than 10 days in 1981?",
            lambda f: value(len(cut(_in(_y(f), 1981), SENTENCE, low=10))),
        ),
        Q(
            "cr-07",
            "count",
            "number of counties whose minority share was over 40% in 1980",
            lambda f: value(len(cut(_c(f), MINORITY, low=40))),
        ),
        # count_distinct
        Q(
            "cr-08",
            "count_distinct",
            "How many different counties does the data cover?",
            lambda f: value(_y(f)[ID].nunique()),
        ),
        Q(
            "cr-09",
            "count_distinct",
            "how many counties had a crime rate above 0.08 in at least one year?",
            lambda f: value(cut(_y(f), CRIME, low=0.08)[ID].nunique()),
        ),
        Q(
            "cr-10",
            "count_distinct",
            "인구 밀도가 5를 넘은 적이 있는 카운티는 몇 곳인가요?",
            lambda f: value(cut(_y(f), DENSITY, low=5)[ID].nunique()),
        ),
        Q(
            "cr-11",
            "count_distinct",
            "How many distinct regions are there?",
            lambda f: value(_c(f)["region"].nunique()),
        ),
        # sum: only where adding makes sense
        Q(
            "cr-12",
            "sum",
            "For county 1 in 1987, what do the weekly wages of all nine sectors add up to?",
            lambda f: value(sum(_at(f, 1, 1987, column) for column in WAGES)),
        ),
        Q(
            "cr-13",
            "sum",
            "1985년 37번 카운티의 연방·주정부·지방정부 공무원 주급을 다 더하면 얼마야?",
            lambda f: value(sum(_at(f, 37, 1985, column) for column in (FEDERAL, STATE, LOCAL))),
        ),
        Q(
            "cr-14",
            "sum",
            "Add up county 63's yearly crime rates from 1981 to 1987: how many crimes per person is that in total?",
            lambda f: value(_in(_y(f, county_id=63), 1981, 1987)[CRIME].sum()),
        ),
        # average
        Q(
            "cr-15",
            "average",
            "What's the average crime rate across all county-years?",
            lambda f: value(_y(f)[CRIME].mean()),
        ),
        Q("cr-16", "average", "median average sentence length in days", lambda f: value(_y(f)[SENTENCE].median())),
        Q("cr-17", "average", "What is the mean tax revenue per person?", lambda f: value(_y(f)[TAX].mean())),
        Q("cr-18", "average", "카운티들 1980년 소수인종 비율 평균은?", lambda f: value(_c(f)[MINORITY].mean())),
        Q("cr-19", "average", "average weekly wage in manufacturing", lambda f: value(_y(f)[MANUFACTURING].mean())),
        # min_max
        Q(
            "cr-20",
            "min_max",
            "What is the highest crime rate anywhere in the data?",
            lambda f: value(_y(f)[CRIME].max()),
        ),
        Q("cr-21", "min_max", "longest average sentence recorded, in days", lambda f: value(_y(f)[SENTENCE].max())),
        Q(
            "cr-22",
            "min_max",
            "1980년 소수인종 비율이 가장 낮은 카운티는 몇 %였어?",
            lambda f: value(_c(f)[MINORITY].min()),
        ),
        Q(
            "cr-23",
            "min_max",
            "What was the lowest weekly wage of federal employees in 1987?",
            lambda f: value(_in(_y(f), 1987)[FEDERAL].min()),
        ),
        # multi_measure
        Q(
            "cr-24",
            "multi_measure",
            "min, max and average crime rate in 1987",
            lambda f: values(*(_in(_y(f), 1987)[CRIME].agg(how) for how in ("min", "max", "mean"))),
        ),
        Q(
            "cr-25",
            "multi_measure",
            "1인당 세수 평균이랑 중앙값 같이 알려줘",
            lambda f: values(_y(f)[TAX].mean(), _y(f)[TAX].median()),
        ),
        Q(
            "cr-26",
            "multi_measure",
            "mean and standard deviation of the conviction probability",
            lambda f: values(_y(f)[CONVICT].mean(), _y(f)[CONVICT].std()),
        ),
        Q(
            "cr-27",
            "multi_measure",
            "For counties in an SMSA, what are the average crime rate and the average population density?",
            lambda f: values(_j(f, in_smsa="yes")[CRIME].mean(), _j(f, in_smsa="yes")[DENSITY].mean()),
        ),
        # ranking
        Q("cr-28", "ranking", "top 5 counties by crime rate in 1987", lambda f: top(_one_year(_y(f), 1987), 5)),
        Q(
            "cr-29",
            "ranking",
            "1981~1987년 평균 범죄율이 가장 낮은 카운티 3곳은?",
            lambda f: top(_counties_of(_y(f)), 3, largest=False),
        ),
        Q(
            "cr-30",
            "ranking",
            "Rank the regions by average crime rate, highest first.",
            lambda f: top(_by(_j(f), "region"), 3),
        ),
        Q(
            "cr-31",
            "ranking",
            "Which three counties had the most police per capita in 1985?",
            lambda f: top(_one_year(_y(f), 1985, POLICE), 3),
        ),
        Q(
            "cr-32",
            "ranking",
            "Give me the 5 counties with the highest tax revenue per capita on average over the seven years.",
            lambda f: top(_counties_of(_y(f), TAX), 5),
        ),
        Q(
            "cr-33",
            "ranking",
            "years ranked by average crime rate, lowest first",
            lambda f: top(_by(_y(f), "year"), 7, largest=False),
        ),
        # which_one
        Q(
            "cr-34",
            "which_one",
            "Which county had the highest crime rate in 1981?",
            lambda f: best(_one_year(_y(f), 1981)),
        ),
        Q(
            "cr-35",
            "which_one",
            "평균 범죄율이 가장 낮았던 해는 몇 년이야?",
            lambda f: best(_by(_y(f), "year"), largest=False),
        ),
        Q(
            "cr-36",
            "which_one",
            "which county has the largest minority share?",
            lambda f: best(_c(f).set_index(ID)[MINORITY]),
        ),
        Q(
            "cr-37",
            "which_one",
            "1987년에 건설업 주급이 제일 높은 카운티는 어디야?",
            lambda f: best(_one_year(_y(f), 1987, CONSTRUCTION)),
        ),
        # share
        Q(
            "cr-38",
            "share",
            "What share of the counties are in an SMSA?",
            lambda f: _share(_c(f, in_smsa="yes"), _c(f)),
        ),
        Q(
            "cr-39",
            "share",
            "What percentage of counties are in the central region?",
            lambda f: _share(_c(f, region="central"), _c(f)),
        ),
        Q(
            "cr-40",
            "share",
            "what percentage of county-years have a conviction probability greater than 1.2?",
            lambda f: _share(cut(_y(f), CONVICT, low=1.2), _y(f)),
        ),
        Q(
            "cr-41",
            "share",
            "In 1987, what share of counties had a crime rate above 0.03?",
            lambda f: _share(cut(_in(_y(f), 1987), CRIME, low=0.03), _in(_y(f), 1987)),
        ),
        Q(
            "cr-42",
            "share",
            "Of the counties with a 1980 minority share above 30%, what fraction are in the 'other' region?",
            lambda f: _share(where(cut(_c(f), MINORITY, low=30), region="other"), cut(_c(f), MINORITY, low=30)),
        ),
        # breakdown
        Q("cr-43", "breakdown", "number of counties by region", lambda f: rows(_count_by(_c(f), "region"))),
        Q("cr-44", "breakdown", "count of counties by SMSA status", lambda f: rows(_count_by(_c(f), METRO))),
        Q(
            "cr-45",
            "breakdown",
            "average police per 1,000 residents for each year",
            lambda f: rows(1000 * _by(_y(f), "year", POLICE)),
        ),
        Q(
            "cr-46",
            "breakdown",
            "1987년 지역별 평균 형량",
            lambda f: rows(_by(_in(_j(f), 1987), "region", SENTENCE)),
        ),
        Q(
            "cr-47",
            "breakdown",
            "median weekly service-industry wage by region",
            lambda f: rows(_by(_j(f), "region", SERVICE, "median")),
        ),
        # filter_value
        Q(
            "cr-48",
            "filter_value",
            "average crime rate of county-years with police per capita above 0.002",
            lambda f: value(cut(_y(f), POLICE, low=0.002)[CRIME].mean()),
        ),
        Q(
            "cr-49",
            "filter_value",
            "1986년에 인구 밀도 2 넘는 카운티들의 평균 범죄율은?",
            lambda f: value(cut(_in(_y(f), 1986), DENSITY, low=2)[CRIME].mean()),
        ),
        Q(
            "cr-50",
            "filter_value",
            "In 1984, how many counties had an arrest probability above 0.35 and a crime rate below 0.03?",
            lambda f: value(len(cut(cut(_in(_y(f), 1984), ARREST, low=0.35), CRIME, high=0.03))),
        ),
        Q(
            "cr-51",
            "filter_value",
            "What's the average federal weekly wage in county-years where young males are more than 10% of the "
            "population (a young-male share above 0.1)?",
            lambda f: value(cut(_y(f), YOUNG, low=0.1)[FEDERAL].mean()),
        ),
        # join: a county attribute with the yearly measures
        Q(
            "cr-52",
            "join",
            "average crime rate in the west region in 1987",
            lambda f: value(_in(_j(f, region="west"), 1987)[CRIME].mean()),
        ),
        Q("cr-53", "join", "SMSA에 속한 카운티들의 평균 범죄율", lambda f: value(_j(f, in_smsa="yes")[CRIME].mean())),
        Q(
            "cr-54",
            "join",
            "What is the average crime rate in 1987 of counties whose minority share was under 10% in 1980?",
            lambda f: value(_in(cut(_j(f), MINORITY, high=10), 1987)[CRIME].mean()),
        ),
        Q(
            "cr-55",
            "join",
            "central 지역에서 1987년 범죄율이 가장 높은 카운티는?",
            lambda f: best(_one_year(_j(f, region="central"), 1987)),
        ),
        Q(
            "cr-56",
            "join",
            "top 3 counties of the 'other' region by average crime rate over 1981-1987",
            lambda f: top(_counties_of(_j(f, region="other")), 3),
        ),
        Q(
            "cr-57",
            "join",
            "Among the metro counties, which one had the lowest average crime rate across the years?",
            lambda f: best(_counties_of(_j(f, in_smsa="yes")), largest=False),
        ),
        Q(
            "cr-58",
            "join",
            "In which region is the average tax revenue per capita highest?",
            lambda f: best(_by(_j(f), "region", TAX)),
        ),
        Q(
            "cr-59",
            "join",
            "average population density, metro vs non-metro counties",
            lambda f: rows(_by(_j(f), METRO, DENSITY)),
        ),
        # loosely named columns and values
        Q(
            "cr-60",
            "loose_value",
            "How many cops per 1,000 people did county 119 have in 1987?",
            lambda f: value(1000 * _at(f, 119, 1987, POLICE)),
        ),
        Q(
            "cr-61",
            "loose_value",
            "construction workers' weekly pay in county 1 in 1987",
            lambda f: value(_at(f, 1, 1987, CONSTRUCTION)),
        ),
        Q(
            "cr-62",
            "loose_value",
            "1987년 119번 카운티는 주민 1,000명당 범죄가 몇 건이었어?",
            lambda f: value(1000 * _at(f, 119, 1987, CRIME)),
        ),
        Q(
            "cr-63",
            "loose_value",
            "on average, how many days of jail time did sentences carry in 1987?",
            lambda f: value(_in(_y(f), 1987)[SENTENCE].mean()),
        ),
        Q(
            "cr-64",
            "loose_value",
            "what's the average crime rate in rural (non-SMSA) counties, per 1,000 residents?",
            lambda f: value(1000 * _j(f, in_smsa="no")[CRIME].mean()),
        ),
        # year_period
        Q(
            "cr-65",
            "year_period",
            "average crime rate in 1983, in crimes per 1,000 people",
            lambda f: value(1000 * _in(_y(f), 1983)[CRIME].mean()),
        ),
        Q(
            "cr-66",
            "year_period",
            "What was the average tax revenue per capita in 1985?",
            lambda f: value(_in(_y(f), 1985)[TAX].mean()),
        ),
        Q(
            "cr-67",
            "year_period",
            "In 1982, how many counties had more than 0.0015 police per capita?",
            lambda f: value(len(cut(_in(_y(f), 1982), POLICE, low=0.0015))),
        ),
        # date_range
        Q(
            "cr-68",
            "date_range",
            "average crime rate from 1981 to 1983",
            lambda f: value(_in(_y(f), 1981, 1983)[CRIME].mean()),
        ),
        Q(
            "cr-69",
            "date_range",
            "1984년부터 1986년까지 west 지역 평균 1인당 세수",
            lambda f: value(_in(_j(f, region="west"), 1984, 1986)[TAX].mean()),
        ),
        Q(
            "cr-70",
            "date_range",
            "Between 1985 and 1987, which county had the highest average crime rate?",
            lambda f: best(_counties_of(_in(_y(f), 1985, 1987))),
        ),
        Q(
            "cr-71",
            "date_range",
            "average arrest probability during 1982-1984, by region",
            lambda f: rows(_by(_in(_j(f), 1982, 1984), "region", ARREST)),
        ),
        # relative_period
        Q(
            "cr-72",
            "relative_period",
            "What was the average crime rate in the most recent year of the data?",
            lambda f: value(_in(_y(f), _latest(f))[CRIME].mean()),
        ),
        Q(
            "cr-73",
            "relative_period",
            "최근 3년간 주민 천 명당 경찰 수 평균은?",
            lambda f: value(1000 * _last_years(f, _y(f), 3)[POLICE].mean()),
        ),
        Q(
            "cr-74",
            "relative_period",
            "In the first year of the data, which county had the most police per capita?",
            lambda f: best(_one_year(_y(f), _first_year(f), POLICE)),
        ),
        Q(
            "cr-75",
            "relative_period",
            "average tax revenue per capita over the last two years of the data, metro vs non-metro",
            lambda f: rows(_by(_last_years(f, _j(f), 2), METRO, TAX)),
        ),
        # trend
        Q("cr-76", "trend", "yearly average crime rate", lambda f: _yearly(_y(f))),
        Q("cr-77", "trend", "연도별 평균 제조업 주급 추이", lambda f: _yearly(_y(f), MANUFACTURING)),
        Q(
            "cr-78",
            "trend",
            "show county 119's crime rate for each year",
            lambda f: rows(_y(f, county_id=119).set_index("year")[CRIME], ordered=True),
        ),
        Q(
            "cr-79",
            "trend",
            "How did the average conviction probability of metro counties move year by year?",
            lambda f: _yearly(_j(f, in_smsa="yes"), CONVICT),
        ),
        Q("cr-80", "trend", "central 지역 연도별 평균 범죄율", lambda f: _yearly(_j(f, region="central"))),
        # unanswerable
        Q("cr-81", "unanswerable", "What is the name of county 119?", lambda f: refuse()),
        Q("cr-82", "unanswerable", "1990년 평균 범죄율은?", lambda f: refuse()),
        Q("cr-83", "unanswerable", "How many murders were committed in North Carolina in 1987?", lambda f: refuse()),
        Q("cr-84", "unanswerable", "predict the average crime rate for 1988", lambda f: refuse()),
        Q("cr-85", "unanswerable", "카운티별 인구가 몇 명인지 보여줘", lambda f: refuse()),
        Q("cr-86", "unanswerable", "Why did crime go up after 1985?", lambda f: refuse()),
        Q("cr-87", "unanswerable", "what was each county's unemployment rate in 1986?", lambda f: refuse()),
        Q("cr-88", "unanswerable", "How many police officers did county 63 employ in 1987?", lambda f: refuse()),
        Q("cr-89", "unanswerable", "경찰을 늘리면 범죄가 얼마나 줄어드는지 알려줘", lambda f: refuse()),
        Q(
            "cr-90",
            "unanswerable",
            "Compare North Carolina's crime rate with South Carolina's in 1985.",
            lambda f: refuse(),
        ),
        # conversations
        Conversation(
            "cr-c01",
            "followup",
            [
                ("average crime rate by region", lambda f: rows(_by(_j(f), "region"))),
                ("and in 1987 only?", lambda f: rows(_by(_in(_j(f), 1987), "region"))),
                (
                    "what about police per 1,000 residents?",
                    lambda f: rows(1000 * _by(_in(_j(f), 1987), "region", POLICE)),
                ),
            ],
        ),
        Conversation(
            "cr-c02",
            "followup",
            [
                ("1987년에 범죄율이 가장 높은 카운티는 어디야?", lambda f: best(_one_year(_y(f), 1987))),
                (
                    "그 카운티는 어느 지역이야?",
                    lambda f: value(_c(f, county_id=_best_id(_one_year(_y(f), 1987)))["region"].iloc[0]),
                ),
                (
                    "SMSA에 속해 있어?",
                    lambda f: value(_c(f, county_id=_best_id(_one_year(_y(f), 1987)))[METRO].iloc[0]),
                ),
                ("그 카운티 인구는 몇 명이야?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "cr-c03",
            "followup",
            [
                ("How many counties are in the central region?", lambda f: value(len(_c(f, region="central")))),
                ("what share of all counties is that?", lambda f: _share(_c(f, region="central"), _c(f))),
                ("how many of them are metro counties?", lambda f: value(len(_c(f, region="central", in_smsa="yes")))),
            ],
        ),
        Conversation(
            "cr-c04",
            "followup",
            [
                ("연도별 평균 범죄율 보여줘", lambda f: _yearly(_y(f))),
                ("SMSA 카운티만 보면?", lambda f: _yearly(_j(f, in_smsa="yes"))),
            ],
        ),
        Conversation(
            "cr-c05",
            "followup",
            [
                (
                    "top 5 counties by average crime rate over 1981-1987",
                    lambda f: top(_counties_of(_y(f)), 5),
                ),
                (
                    "how many of them are in an SMSA?",
                    lambda f: value(_c(f, in_smsa="yes")[ID].isin(_top_ids(_counties_of(_y(f)), 5)).sum()),
                ),
            ],
        ),
        Conversation(
            "cr-c06",
            "followup",
            [
                (
                    "What was county 1's crime rate per 1,000 people in 1981?",
                    lambda f: value(1000 * _at(f, 1, 1981, CRIME)),
                ),
                ("and in 1987?", lambda f: value(1000 * _at(f, 1, 1987, CRIME))),
                (
                    "what's the difference between them?",
                    lambda f: _diff(1000 * _at(f, 1, 1987, CRIME), 1000 * _at(f, 1, 1981, CRIME)),
                ),
            ],
        ),
        Conversation(
            "cr-c07",
            "followup",
            [
                (
                    "average number of police per 1,000 residents in the west region",
                    lambda f: value(1000 * _j(f, region="west")[POLICE].mean()),
                ),
                ("and central?", lambda f: value(1000 * _j(f, region="central")[POLICE].mean())),
            ],
        ),
        Conversation(
            "cr-c08",
            "followup",
            [
                (
                    "average weekly construction wage in 1987, SMSA counties vs the rest",
                    lambda f: rows(_by(_in(_j(f), 1987), METRO, CONSTRUCTION)),
                ),
                ("and manufacturing?", lambda f: rows(_by(_in(_j(f), 1987), METRO, MANUFACTURING))),
            ],
        ),
        Conversation(
            "cr-c09",
            "followup",
            [
                (
                    "How many county-years had a crime rate above 0.06?",
                    lambda f: value(len(cut(_y(f), CRIME, low=0.06))),
                ),
                ("how many distinct counties is that?", lambda f: value(cut(_y(f), CRIME, low=0.06)[ID].nunique())),
                (
                    "which region has the most of those counties?",
                    lambda f: best(cut(_j(f), CRIME, low=0.06).groupby("region")[ID].nunique()),
                ),
            ],
        ),
        Conversation(
            "cr-c10",
            "followup",
            [
                ("1986년 인구 밀도 상위 5개 카운티", lambda f: top(_one_year(_y(f), 1986, DENSITY), 5)),
                (
                    "그 카운티들 1986년 범죄율은?",
                    lambda f: rows(_one_year(_y(f), 1986)[_top_ids(_one_year(_y(f), 1986, DENSITY), 5)]),
                ),
            ],
        ),
        Conversation(
            "cr-c11",
            "followup",
            [
                ("average crime rate in 1984", lambda f: value(_in(_y(f), 1984)[CRIME].mean())),
                ("and 1985?", lambda f: value(_in(_y(f), 1985)[CRIME].mean())),
                ("then 1990?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "cr-c12",
            "followup",
            [
                (
                    "which county has the highest police per capita on average over the years?",
                    lambda f: best(_counties_of(_y(f), POLICE)),
                ),
                (
                    "what was its crime rate in 1987?",
                    lambda f: value(_at(f, _best_id(_counties_of(_y(f), POLICE)), 1987, CRIME)),
                ),
            ],
        ),
        Conversation(
            "cr-c13",
            "followup",
            [
                (
                    "median tax revenue per capita in the west region",
                    lambda f: value(_j(f, region="west")[TAX].median()),
                ),
                ("and the mean?", lambda f: value(_j(f, region="west")[TAX].mean())),
            ],
        ),
        Conversation(
            "cr-c14",
            "followup",
            [
                ("범죄율 0.05 넘는 카운티-연도 몇 건이야?", lambda f: value(len(cut(_y(f), CRIME, low=0.05)))),
                ("그중 SMSA 카운티 건 몇 개?", lambda f: value(len(cut(_j(f, in_smsa="yes"), CRIME, low=0.05)))),
                (
                    "그게 0.05 넘는 건 중에 몇 %야?",
                    lambda f: _share(cut(_j(f, in_smsa="yes"), CRIME, low=0.05), cut(_y(f), CRIME, low=0.05)),
                ),
            ],
        ),
        Conversation(
            "cr-c15",
            "followup",
            [
                ("average sentence length by year", lambda f: _yearly(_y(f), SENTENCE)),
                ("only the 'other' region", lambda f: _yearly(_j(f, region="other"), SENTENCE)),
            ],
        ),
        Conversation(
            "cr-c16",
            "followup",
            [
                (
                    "What percent of counties had a crime rate below 0.02 in 1987?",
                    lambda f: _share(cut(_in(_y(f), 1987), CRIME, high=0.02), _in(_y(f), 1987)),
                ),
                (
                    "and in 1981?",
                    lambda f: _share(cut(_in(_y(f), 1981), CRIME, high=0.02), _in(_y(f), 1981)),
                ),
            ],
        ),
        Conversation(
            "cr-c17",
            "followup",
            [
                ("1980년 소수인종 비율 상위 3개 카운티", lambda f: top(_c(f).set_index(ID)[MINORITY], 3)),
                (
                    "그 카운티들 1987년 범죄율은?",
                    lambda f: rows(_one_year(_y(f), 1987)[_top_ids(_c(f).set_index(ID)[MINORITY], 3)]),
                ),
            ],
        ),
        Conversation(
            "cr-c18",
            "followup",
            [
                ("average arrest probability for metro counties", lambda f: value(_j(f, in_smsa="yes")[ARREST].mean())),
                ("and non-metro?", lambda f: value(_j(f, in_smsa="no")[ARREST].mean())),
                (
                    "the difference between the two?",
                    lambda f: _diff(_j(f, in_smsa="yes")[ARREST].mean(), _j(f, in_smsa="no")[ARREST].mean()),
                ),
            ],
        ),
        Conversation(
            "cr-c19",
            "followup",
            [
                (
                    "Which county has the single highest conviction probability in the data?",
                    lambda f: entity(int(_highest_conviction(f)[ID]), _highest_conviction(f)[CONVICT]),
                ),
                ("in what year was that?", lambda f: value(int(_highest_conviction(f)["year"]))),
            ],
        ),
        Conversation(
            "cr-c20",
            "followup",
            [
                ("지역별 평균 건설업 주급", lambda f: rows(_by(_j(f), "region", CONSTRUCTION))),
                ("중앙값으로 보면?", lambda f: rows(_by(_j(f), "region", CONSTRUCTION, "median"))),
            ],
        ),
    ],
)
