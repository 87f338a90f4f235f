"""Dev set on Guerry's moral statistics of France c. 1830 (HistData::Guerry) as a department table and a region table.

`departments` holds one row per department (86): `department_id` (the standard number, 1 to 89 with gaps, and
200 for Corsica), `department_name` (the 1830 name without accents: 'Seine', 'Nord', 'Cote-d'Or', 'Corse'),
`region_code` (N, S, E, W, C; 17 departments each; null for Corsica alone), `pop_per_crime_against_persons`
and `pop_per_crime_against_property` (the population per crime against persons / property, 1825-1830),
`literacy_pct` (the percent of military conscripts who can read and write), `donations_to_poor`,
`pop_per_illegitimate_birth`, `pop_per_suicide`, `main_city_size` ('small', 'medium', 'large'), nine ranks from 1
(the maximum) to 86 (`wealth_rank`, `commerce_rank`, `clergy_rank`, `crimes_against_parents_rank`,
`infanticide_rank`, `donations_to_clergy_rank`, `lottery_rank`, `desertion_rank`, `instruction_rank`),
`prostitutes_in_paris` (registered in Paris 1816-1834, by department of birth), `distance_to_paris_km`,
`area_km2` and `population_1831_thousands`. It refers to `regions` (5: `region_code`, `region_name`) by
`region_code`: C 'Central', E 'East', N 'North', S 'South', W 'West'. Made by
evals/authoring/dev_derived_guerry.py (which states the conversions: renames, the city sizes in words, and the
area's unit, km2, which the values show though the help page writes 1000 km2). 127 turns: 83 single questions and
16 conversations (44 turns); 46 of the 99 questions (by first turn) are in Korean (61 turns, 48 %).

Readings:
- A "department" / "département" / "데파르트망" is a row; "how many departments" counts rows (86, Corsica
  included). Departments are named by `department_name` (the expected label of a which-one over departments is
  the name); "Paris" / "파리" as a department is the Seine ('Seine').
- Regions: "North" / "northern" / "북부" is N, "South" / "남부" S, "East" / "동부" E, "West" / "서부" W, "Central"
  / "Centre" / "중부" C. Corsica belongs to no region: every question by region says "the five regions" /
  "다섯 지역" or names regions, so Corsica is left out of region breakdowns and region rankings (`groupby` drops
  its null code; the join with `regions` drops it too). "By region code" / "지역 코드별" labels with
  `region_code`; "by region name" / "지역 이름별" labels with `region_name` (a join with `regions`).
- Measures: "literacy" / "literacy rate" / "문해율" / "읽고 쓸 줄 아는 징집병 비율" is `literacy_pct` (percent);
  "population per crime against persons" / "대인 범죄 1건당 인구" is `pop_per_crime_against_persons`, and so for
  property (재산 범죄), illegitimate births (사생아 / 혼외 출생) and suicides (자살). These are *population per*
  event: "the most crime against persons relative to population" / "대인 범죄가 가장 잦은" is the *smallest*
  population per crime. "Donations to the poor" / "빈민 기부(금)" is `donations_to_poor`. "Wealthiest" / "가장
  부유한" is `wealth_rank` 1 (rank 1 is the maximum); the other ranks likewise. "Population" / "인구" is
  `population_1831_thousands`, in thousands ("500 thousand" is 500); "area" / "면적" is `area_km2`;
  "distance to Paris" / "파리까지 거리" is `distance_to_paris_km`. "Population density" / "인구밀도" is
  `population_1831_thousands * 1000 / area_km2`, people per km2. "Prostitutes registered in Paris" / "파리 등록
  매춘부" is `prostitutes_in_paris`. "Main city size" / "주요 도시 규모" is `main_city_size`; "large main city" is
  'large'.
- An average is the plain mean over the departments kept (not weighted by population), a median the median of
  those rows. A share is of departments (rows) unless it names another total (of the population, of the area, of
  all prostitutes registered in Paris). "The gap" / "차이" is the first named minus the second, as the question
  orders them, or says which.
- Cuts: "over" / "more than" / "넘는" / "above" and "under" / "within" / "미만" are strict and used only at values no
  department holds (literacy 50, 60; distance 100, 200, 300; area 7,000; population 500; checked by `cut`);
  "at least" / "이상" is inclusive. Ranges ("between 200 and 300 km", "100~200km", "5,000 to 6,000 km2") include
  both ends and no department lies on an end (checked by `_between`).
- Bands: distance bands (gu-72, gu-75) are "0-100" (under 100 km), "100-200", "200-300" and "300+" (each from its
  lower end to under its upper end); wealth-rank bands (gu-74) are ranks 1-20, 21-40, 41-60 and 61-86; city
  sizes are ordered small, medium, large. Each is named so in the question and labelled so in the expected rows.
- Rankings and which-one questions are over departments or regions and asked only without ties at the cut or at
  the top (`top` and `best`).
- Time: the data is one cross-section of France around 1830 (crimes 1825-1830, suicides 1827-1830, births
  1817-1821, population 1831), without a year column. A question naming 1830, 1831 or 1825-1830 is over the whole
  table (year_period); distance and area ranges play the part of ranges (date_range); trends follow a measure
  along ordered distance bands, city sizes or wealth-rank bands (`ordered` rows). Other years, changes over time
  and forecasts are refused.
- Refused: other years, forecasts, causes ("why"), and what the tables do not hold: incomes, prefects or other
  people's names, religion of the population, weather, counts of murders in a year, the population of a city.
- Follow-ups keep the previous turn's filter, group and measure unless they change one ("and Nord?" swaps the
  department; "그중 북부에 있는 건?" adds a filter; "just the top 2" is the top of the breakdown just shown; "it" /
  "그곳" is the department or region the previous answer named; a bare "비율로는?" is that count's share of the
  group counted the turn before).
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

D, R = "departments", "regions"
ID, NAME, REG, RNAME = "department_id", "department_name", "region_code", "region_name"
CP, CPR = "pop_per_crime_against_persons", "pop_per_crime_against_property"
LIT, DON, ILL, SUI = "literacy_pct", "donations_to_poor", "pop_per_illegitimate_birth", "pop_per_suicide"
CITY, WEALTH, PROS = "main_city_size", "wealth_rank", "prostitutes_in_paris"
DIST, AREA, POP = "distance_to_paris_km", "area_km2", "population_1831_thousands"
DIST_BANDS = [("0-100", 0, 100), ("100-200", 100, 200), ("200-300", 200, 300), ("300+", 300, 10**6)]
WEALTH_BANDS = [("1-20", 1, 20), ("21-40", 21, 40), ("41-60", 41, 60), ("61-86", 61, 86)]
CITY_ORDER = ["small", "medium", "large"]


def _d(f, **equal):
    """The departments (with these column values: `_d(f, region_code="N")`)."""
    return where(f[D], **equal)


def _j(f, **equal):
    """The departments of the five regions joined to their region's name (Corsica, without one, left out)."""
    joined = f[D].merge(f[R], on=REG, how="inner", validate="many_to_one")
    if len(joined) != len(f[D]) - f[D][REG].isna().sum():
        raise ValueError("a department with an unknown region code")
    return where(joined, **equal)


def _named(frame):
    return frame.set_index(NAME)


def _one(f, name):
    """The row of the department so named."""
    found = _d(f, department_name=name)
    if len(found) != 1:
        raise ValueError(f"not one department named {name!r}")
    return found.iloc[0]


def _between(frame, column, low, high):
    """The rows with `column` from `low` to `high`, both included; refuses a row on an end."""
    for at in (low, high):
        if (frame[column] == at).any():
            raise ValueError(f"a row with {column} exactly {at}: the range's ends would matter")
    return frame[frame[column].between(low, high)]


def _at_least(frame, column, n):
    return frame[frame[column] >= n]


def _share(part, whole):
    return percent(100 * part / whole)


def _by(frame, column, measure, how="mean"):
    return frame.groupby(column)[measure].agg(how)


def _count_by(frame, column):
    return frame.groupby(column).size()


def _density(frame):
    return frame[POP] * 1000 / frame[AREA]


def _dist_banded(frame, how):
    """`how(rows)` for each distance band (lower end included, upper excluded); refuses a row on an inner end."""
    for _, low, _ in DIST_BANDS[1:]:
        if (frame[DIST] == low).any():
            raise ValueError(f"a department exactly {low} km from Paris")
    return pd.Series(
        {label: how(frame[(frame[DIST] >= low) & (frame[DIST] < high)]) for label, low, high in DIST_BANDS}
    )


def _wealth_banded(frame, how):
    return pd.Series({label: how(frame[frame[WEALTH].between(low, high)]) for label, low, high in WEALTH_BANDS})


def _by_city(frame, how):
    return pd.Series({size: how(frame[frame[CITY] == size]) for size in CITY_ORDER})


def _most_populous(f):
    return _one(f, best(_named(_d(f))[POP])["label"])


def _farthest(f):
    return _one(f, best(_named(_d(f))[DIST])["label"])


def _safest_property_region(f):
    """The region code with the highest average population per crime against property."""
    return best(_by(_d(f), REG, CPR))["label"]


def _top_wealth(f, n=5):
    return _d(f)[_d(f)[WEALTH] <= n]


def _north_top3(f):
    return _named(_d(f, region_code="N"))[POP].sort_values(ascending=False).head(3)


SET = BankSet(
    name="dev_guerry",
    split="dev",
    tables=[
        Table(D, file="dev/guerry_departments.parquet"),
        Table(R, file="dev/guerry_regions.parquet"),
    ],
    questions=[
        # count
        Q("gu-01", "count", "How many departments are in the data?", lambda f: value(len(_d(f)))),
        Q("gu-02", "count", "북부(N) 지역에 속한 데파르트망은 몇 개야?", lambda f: value(len(_d(f, region_code="N")))),
        Q(
            "gu-03",
            "count",
            "How many departments have a literacy rate above 50%?",
            lambda f: value(len(cut(_d(f), LIT, low=50))),
        ),
        Q(
            "gu-04",
            "count",
            "파리까지 거리가 100km 미만인 데파르트망은 몇 곳인가요?",
            lambda f: value(len(cut(_d(f), DIST, high=100))),
        ),
        Q(
            "gu-05",
            "count",
            "how many southern departments have a small main city",
            lambda f: value(len(_d(f, region_code="S", main_city_size="small"))),
        ),
        Q(
            "gu-06",
            "count",
            "지역(region)이 지정되지 않은 데파르트망은 몇 개야?",
            lambda f: value(int(_d(f)[REG].isna().sum())),
        ),
        # count_distinct
        Q("gu-07", "count_distinct", "How many regions are there?", lambda f: value(f[R][REG].nunique())),
        Q(
            "gu-08",
            "count_distinct",
            "동부 데파르트망들에는 주요 도시 규모(main city size)가 몇 종류 나와?",
            lambda f: value(_d(f, region_code="E")[CITY].nunique()),
        ),
        Q(
            "gu-09",
            "count_distinct",
            "How many distinct literacy percentages appear in the data?",
            lambda f: value(_d(f)[LIT].nunique()),
        ),
        # sum
        Q(
            "gu-10",
            "sum",
            "What was the total population of France in 1831 according to the data, in thousands?",
            lambda f: value(_d(f)[POP].sum()),
        ),
        Q(
            "gu-11",
            "sum",
            "서부(W) 지역 데파르트망 면적 합계는 몇 km²예요?",
            lambda f: value(_d(f, region_code="W")[AREA].sum()),
        ),
        Q(
            "gu-12",
            "sum",
            "In total, how many of the prostitutes registered in Paris were born in departments of the North region?",
            lambda f: value(_d(f, region_code="N")[PROS].sum()),
        ),
        Q(
            "gu-13",
            "sum",
            "중부(C) 지역 1831년 인구 다 합치면? 천 명 단위로",
            lambda f: value(_d(f, region_code="C")[POP].sum()),
        ),
        # average
        Q(
            "gu-14",
            "average",
            "What's the average literacy rate across the departments?",
            lambda f: value(_d(f)[LIT].mean()),
        ),
        Q("gu-15", "average", "데파르트망 평균 면적은 얼마야?", lambda f: value(_d(f)[AREA].mean())),
        Q(
            "gu-16",
            "average",
            "median population per crime against property",
            lambda f: value(_d(f)[CPR].median()),
        ),
        Q(
            "gu-17",
            "average",
            "동부(E) 지역의 자살 1건당 인구 중앙값은?",
            lambda f: value(_d(f, region_code="E")[SUI].median()),
        ),
        Q(
            "gu-18",
            "average",
            "Average distance to Paris of the departments in the South?",
            lambda f: value(_d(f, region_code="S")[DIST].mean()),
        ),
        # min_max
        Q(
            "gu-19",
            "min_max",
            "What is the highest literacy rate of any department?",
            lambda f: value(_d(f)[LIT].max()),
        ),
        Q(
            "gu-20",
            "min_max",
            "파리에서 가장 먼 데파르트망은 몇 km 떨어져 있어?",
            lambda f: value(_d(f)[DIST].max()),
        ),
        Q(
            "gu-21",
            "min_max",
            "smallest 1831 population of a department (in thousands)?",
            lambda f: value(_d(f)[POP].min()),
        ),
        Q(
            "gu-22",
            "min_max",
            "서부 지역에서 문해율 최저값은 몇 %야?",
            lambda f: value(_d(f, region_code="W")[LIT].min()),
        ),
        # multi_measure
        Q(
            "gu-23",
            "multi_measure",
            "Give me the mean, the median and the maximum population per suicide.",
            lambda f: values(_d(f)[SUI].mean(), _d(f)[SUI].median(), _d(f)[SUI].max()),
        ),
        Q(
            "gu-24",
            "multi_measure",
            "주요 도시가 small인 데파르트망 수랑 그 평균 문해율 같이 보여줘",
            lambda f: values(len(_d(f, main_city_size="small")), _d(f, main_city_size="small")[LIT].mean()),
        ),
        Q(
            "gu-25",
            "multi_measure",
            "For the departments with a large main city: how many are there, what is their total 1831 population and "
            "their average literacy?",
            lambda f: values(
                len(_d(f, main_city_size="large")),
                _d(f, main_city_size="large")[POP].sum(),
                _d(f, main_city_size="large")[LIT].mean(),
            ),
        ),
        # ranking
        Q(
            "gu-26",
            "ranking",
            "Top 5 departments by 1831 population",
            lambda f: top(_named(_d(f))[POP], 5),
        ),
        Q(
            "gu-27",
            "ranking",
            "다섯 지역을 평균 문해율 높은 순으로 나열해줘 (지역 코드로)",
            lambda f: top(_by(_d(f), REG, LIT), 5),
        ),
        Q(
            "gu-28",
            "ranking",
            "면적이 가장 작은 데파르트망 3곳은?",
            lambda f: top(_named(_d(f))[AREA], 3, largest=False),
        ),
        Q(
            "gu-29",
            "ranking",
            "Which 5 departments had the most prostitutes registered in Paris (1816-1834)?",
            lambda f: top(_named(_d(f))[PROS], 5),
        ),
        Q(
            "gu-30",
            "ranking",
            "자살 1건당 인구가 가장 적은 데파르트망 상위 4곳",
            lambda f: top(_named(_d(f))[SUI], 4, largest=False),
        ),
        Q(
            "gu-31",
            "ranking",
            "rank the five region codes by average distance to Paris, farthest first",
            lambda f: top(_by(_d(f), REG, DIST), 5),
        ),
        # which_one
        Q(
            "gu-32",
            "which_one",
            "Which department has the highest literacy rate?",
            lambda f: best(_named(_d(f))[LIT]),
        ),
        Q(
            "gu-33",
            "which_one",
            "가장 부유한 데파르트망은 어디야? (wealth 순위 기준)",
            lambda f: best(_named(_d(f))[WEALTH], largest=False),
        ),
        Q(
            "gu-34",
            "which_one",
            "Which department has the most crime against persons relative to its population, i.e. the lowest "
            "population per crime against persons?",
            lambda f: best(_named(_d(f))[CP], largest=False),
        ),
        Q(
            "gu-35",
            "which_one",
            "다섯 지역 중에서 빈민 기부금 평균이 가장 높은 지역 코드는?",
            lambda f: best(_by(_d(f), REG, DON)),
        ),
        Q(
            "gu-36",
            "which_one",
            "In the East region, which department is closest to Paris?",
            lambda f: best(_named(_d(f, region_code="E"))[DIST], largest=False),
        ),
        Q(
            "gu-37",
            "which_one",
            "인구밀도(1831년 인구 ÷ 면적)가 가장 높은 데파르트망은?",
            lambda f: entity(best(_density(_named(_d(f))))["label"]),
        ),
        # share
        Q(
            "gu-38",
            "share",
            "What percentage of departments have a literacy rate of at least 60%?",
            lambda f: _share(len(_at_least(_d(f), LIT, 60)), len(_d(f))),
        ),
        Q(
            "gu-39",
            "share",
            "1831년 프랑스 전체 인구 중 센(Seine) 데파르트망이 차지하는 비중은 몇 %야?",
            lambda f: _share(_one(f, "Seine")[POP], _d(f)[POP].sum()),
        ),
        Q(
            "gu-40",
            "share",
            "share of all prostitutes registered in Paris who were born in the Seine department itself",
            lambda f: _share(_one(f, "Seine")[PROS], _d(f)[PROS].sum()),
        ),
        Q(
            "gu-41",
            "share",
            "북부 데파르트망 중에서 주요 도시가 large인 곳의 비율은?",
            lambda f: _share(len(_d(f, region_code="N", main_city_size="large")), len(_d(f, region_code="N"))),
        ),
        Q(
            "gu-42",
            "share",
            "What share of France's total area do the Central (C) region's departments cover?",
            lambda f: _share(_d(f, region_code="C")[AREA].sum(), _d(f)[AREA].sum()),
        ),
        # breakdown
        Q(
            "gu-43",
            "breakdown",
            "Number of departments by main city size",
            lambda f: rows(_count_by(_d(f), CITY)),
        ),
        Q(
            "gu-44",
            "breakdown",
            "다섯 지역 코드별 평균 문해율 보여줘",
            lambda f: rows(_by(_d(f), REG, LIT)),
        ),
        Q(
            "gu-45",
            "breakdown",
            "total 1831 population for each of the five region codes",
            lambda f: rows(_by(_d(f), REG, POP, "sum")),
        ),
        Q(
            "gu-46",
            "breakdown",
            "주요 도시 규모별로 자살 1건당 인구 평균",
            lambda f: rows(_by(_d(f), CITY, SUI)),
        ),
        Q(
            "gu-47",
            "breakdown",
            "Median donations to the poor in each of the five regions, by region code please.",
            lambda f: rows(_by(_d(f), REG, DON, "median")),
        ),
        # filter_value
        Q(
            "gu-48",
            "filter_value",
            "What's the average literacy of the departments within 100 km of Paris?",
            lambda f: value(cut(_d(f), DIST, high=100)[LIT].mean()),
        ),
        Q(
            "gu-49",
            "filter_value",
            "파리에서 300km 넘게 떨어진 데파르트망들의 재산 범죄 1건당 인구 평균은?",
            lambda f: value(cut(_d(f), DIST, low=300)[CPR].mean()),
        ),
        Q(
            "gu-50",
            "filter_value",
            "Among departments where at least 60% of conscripts could read and write, what is the total 1831 "
            "population?",
            lambda f: value(_at_least(_d(f), LIT, 60)[POP].sum()),
        ),
        Q(
            "gu-51",
            "filter_value",
            "면적이 7,000km²를 넘는 남부 데파르트망은 몇 곳?",
            lambda f: value(len(cut(_d(f, region_code="S"), AREA, low=7000))),
        ),
        # loose_value
        Q(
            "gu-52",
            "loose_value",
            "how literate was the Seine department?",
            lambda f: value(_one(f, "Seine")[LIT]),
        ),
        Q(
            "gu-53",
            "loose_value",
            "론(Rhone) 1831년 인구 몇이었어?",
            lambda f: value(_one(f, "Rhone")[POP]),
        ),
        Q(
            "gu-54",
            "loose_value",
            "how many ppl per suicide in Seine",
            lambda f: value(_one(f, "Seine")[SUI]),
        ),
        Q(
            "gu-55",
            "loose_value",
            "남부 쪽 징집병들 글 읽고 쓸 줄 아는 비율 평균 얼마였음?",
            lambda f: value(_d(f, region_code="S")[LIT].mean()),
        ),
        Q(
            "gu-56",
            "loose_value",
            "whats Nord's wealth rank",
            lambda f: value(_one(f, "Nord")[WEALTH]),
        ),
        # join: region names
        Q(
            "gu-57",
            "join",
            "Average literacy by region name",
            lambda f: rows(_by(_j(f), RNAME, LIT)),
        ),
        Q(
            "gu-58",
            "join",
            "지역 이름별로 총면적 보여줘",
            lambda f: rows(_by(_j(f), RNAME, AREA, "sum")),
        ),
        Q(
            "gu-59",
            "join",
            "What was the total 1831 population of the region named 'West'?",
            lambda f: value(_j(f, region_name="West")[POP].sum()),
        ),
        Q(
            "gu-60",
            "join",
            "'Central' 지역 데파르트망들의 파리까지 평균 거리는?",
            lambda f: value(_j(f, region_name="Central")[DIST].mean()),
        ),
        Q(
            "gu-61",
            "join",
            "Which region, by name, has the highest average population per crime against persons?",
            lambda f: best(_by(_j(f), RNAME, CP)),
        ),
        Q(
            "gu-62",
            "join",
            "'South' 지역에서 1831년 인구가 가장 많은 데파르트망은?",
            lambda f: best(_named(_j(f, region_name="South"))[POP]),
        ),
        Q(
            "gu-63",
            "join",
            "Which region is Gironde in? Give the region's name.",
            lambda f: entity(_j(f, department_name="Gironde")[RNAME].iloc[0]),
        ),
        Q(
            "gu-64",
            "join",
            "지역 이름별 사생아 1건당 인구 평균",
            lambda f: rows(_by(_j(f), RNAME, ILL)),
        ),
        Q(
            "gu-65",
            "join",
            "Which region (give its name) accounts for the fewest prostitutes registered in Paris in total?",
            lambda f: best(_by(_j(f), RNAME, PROS, "sum"), largest=False),
        ),
        # year_period: the data is c. 1830
        Q(
            "gu-66",
            "year_period",
            "In 1831, how many departments had more than 500 thousand inhabitants?",
            lambda f: value(len(cut(_d(f), POP, low=500))),
        ),
        Q(
            "gu-67",
            "year_period",
            "1825~1830년 자료 기준으로 재산 범죄가 인구 대비 가장 잦았던 데파르트망은? "
            "(재산 범죄 1건당 인구가 가장 적은 곳)",
            lambda f: best(_named(_d(f))[CPR], largest=False),
        ),
        Q(
            "gu-68",
            "year_period",
            "Around 1830, what was the average population per illegitimate birth in the North region?",
            lambda f: value(_d(f, region_code="N")[ILL].mean()),
        ),
        # date_range: distance and area ranges
        Q(
            "gu-69",
            "date_range",
            "How many departments lie between 200 and 300 km from Paris?",
            lambda f: value(len(_between(_d(f), DIST, 200, 300))),
        ),
        Q(
            "gu-70",
            "date_range",
            "파리에서 100~200km 거리에 있는 데파르트망들의 평균 문해율",
            lambda f: value(_between(_d(f), DIST, 100, 200)[LIT].mean()),
        ),
        Q(
            "gu-71",
            "date_range",
            "Total 1831 population (thousands) of the departments with an area from 5,000 to 6,000 km²",
            lambda f: value(_between(_d(f), AREA, 5000, 6000)[POP].sum()),
        ),
        # trend: along ordered bands
        Q(
            "gu-72",
            "trend",
            "How does average literacy change with distance from Paris? Use the bands 0-100, 100-200, 200-300 and "
            "300+ km (each up to but not including its upper end), nearest first.",
            lambda f: rows(_dist_banded(_d(f), lambda b: b[LIT].mean()), ordered=True),
        ),
        Q(
            "gu-73",
            "trend",
            "주요 도시 규모 small, medium, large 순서대로 평균 문해율 보여줘",
            lambda f: rows(_by_city(_d(f), lambda b: b[LIT].mean()), ordered=True),
        ),
        Q(
            "gu-74",
            "trend",
            "wealth rank 구간(1-20, 21-40, 41-60, 61-86)별 평균 재산 범죄 1건당 인구를 구간 순서대로",
            lambda f: rows(_wealth_banded(_d(f), lambda b: b[CPR].mean()), ordered=True),
        ),
        Q(
            "gu-75",
            "trend",
            "파리 거리 구간(0-100, 100-200, 200-300, 300+ km; 아래 끝 포함, 위 끝 미포함)별 "
            "데파르트망 수를 가까운 구간부터",
            lambda f: rows(_dist_banded(_d(f), len), ordered=True),
        ),
        # unanswerable
        Q("gu-76", "unanswerable", "What was the literacy rate of each region in 1850?", lambda f: refuse()),
        Q("gu-77", "unanswerable", "왜 북부 지역 문해율이 남부보다 높은 거야?", lambda f: refuse()),
        Q("gu-78", "unanswerable", "What was the average household income in each department?", lambda f: refuse()),
        Q("gu-79", "unanswerable", "데파르트망별 도지사(préfet) 이름 알려줘", lambda f: refuse()),
        Q("gu-80", "unanswerable", "Predict Nord's literacy rate for 1900.", lambda f: refuse()),
        Q("gu-81", "unanswerable", "데파르트망별 연평균 기온은?", lambda f: refuse()),
        Q("gu-82", "unanswerable", "How many murders were committed in the Seine in 1828?", lambda f: refuse()),
        Q("gu-83", "unanswerable", "1820년부터 1830년 사이에 문해율이 얼마나 올랐어?", lambda f: refuse()),
        # conversations
        Conversation(
            "gu-c01",
            "followup",
            [
                ("다섯 지역 코드별 1831년 평균 인구 알려줘", lambda f: rows(_by(_d(f), REG, POP))),
                ("그중 제일 큰 곳은?", lambda f: best(_by(_d(f), REG, POP))),
                (
                    "그 지역 총면적은?",
                    lambda f: value(_d(f, region_code=best(_by(_d(f), REG, POP))["label"])[AREA].sum()),
                ),
            ],
        ),
        Conversation(
            "gu-c02",
            "followup",
            [
                ("What was the literacy rate in the Seine?", lambda f: value(_one(f, "Seine")[LIT])),
                ("and in Nord?", lambda f: value(_one(f, "Nord")[LIT])),
                ("what's the gap, Seine minus Nord?", lambda f: value(_one(f, "Seine")[LIT] - _one(f, "Nord")[LIT])),
            ],
        ),
        Conversation(
            "gu-c03",
            "followup",
            [
                (
                    "Average population per crime against persons for each of the five regions, by region code",
                    lambda f: rows(_by(_d(f), REG, CP)),
                ),
                ("just the top 2 of those", lambda f: top(_by(_d(f), REG, CP), 2)),
            ],
        ),
        Conversation(
            "gu-c04",
            "followup",
            [
                ("주요 도시가 large인 데파르트망은 몇 개야?", lambda f: value(len(_d(f, main_city_size="large")))),
                (
                    "그중 북부에 있는 건?",
                    lambda f: value(len(_d(f, main_city_size="large", region_code="N"))),
                ),
                (
                    "비율로는?",
                    lambda f: _share(
                        len(_d(f, main_city_size="large", region_code="N")), len(_d(f, main_city_size="large"))
                    ),
                ),
            ],
        ),
        Conversation(
            "gu-c05",
            "followup",
            [
                ("남부 평균 문해율은?", lambda f: value(_d(f, region_code="S")[LIT].mean())),
                ("서부는?", lambda f: value(_d(f, region_code="W")[LIT].mean())),
                (
                    "두 지역 차이는? 남부에서 서부 빼서",
                    lambda f: value(_d(f, region_code="S")[LIT].mean() - _d(f, region_code="W")[LIT].mean()),
                ),
            ],
        ),
        Conversation(
            "gu-c06",
            "followup",
            [
                ("Which department had the largest population in 1831?", lambda f: best(_named(_d(f))[POP])),
                ("what's its area?", lambda f: value(_most_populous(f)[AREA])),
                (
                    "and its population density in people per km²?",
                    lambda f: value(_most_populous(f)[POP] * 1000 / _most_populous(f)[AREA]),
                ),
            ],
        ),
        Conversation(
            "gu-c07",
            "followup",
            [
                ("파리에서 가장 먼 데파르트망은 어디야?", lambda f: best(_named(_d(f))[DIST])),
                ("그곳 문해율은?", lambda f: value(_farthest(f)[LIT])),
                ("빈민 기부금은?", lambda f: value(_farthest(f)[DON])),
            ],
        ),
        Conversation(
            "gu-c08",
            "followup",
            [
                ("Number of departments by main city size", lambda f: rows(_count_by(_d(f), CITY))),
                ("now only the East region", lambda f: rows(_count_by(_d(f, region_code="E"), CITY))),
            ],
        ),
        Conversation(
            "gu-c09",
            "followup",
            [
                (
                    "How many prostitutes registered in Paris are counted across all departments?",
                    lambda f: value(_d(f)[PROS].sum()),
                ),
                ("how many of them were born in Seine-et-Oise?", lambda f: value(_one(f, "Seine-et-Oise")[PROS])),
                ("so what share is that?", lambda f: _share(_one(f, "Seine-et-Oise")[PROS], _d(f)[PROS].sum())),
            ],
        ),
        Conversation(
            "gu-c10",
            "followup",
            [
                (
                    "다섯 지역 중 재산 범죄 1건당 인구 평균이 가장 높은 지역 코드는?",
                    lambda f: best(_by(_d(f), REG, CPR)),
                ),
                (
                    "그 지역 평균 문해율은?",
                    lambda f: value(_d(f, region_code=_safest_property_region(f))[LIT].mean()),
                ),
                (
                    "그 지역에서 인구가 가장 많은 데파르트망은?",
                    lambda f: best(_named(_d(f, region_code=_safest_property_region(f)))[POP]),
                ),
            ],
        ),
        Conversation(
            "gu-c11",
            "followup",
            [
                ("What's the average population per suicide in the data?", lambda f: value(_d(f)[SUI].mean())),
                ("and in 1900?", lambda f: refuse()),
            ],
        ),
        Conversation(
            "gu-c12",
            "followup",
            [
                (
                    "wealth 순위 기준으로 가장 부유한 데파르트망 5곳 알려줘",
                    lambda f: top(_named(_d(f))[WEALTH], 5, largest=False),
                ),
                ("그 다섯 곳 평균 문해율은?", lambda f: value(_top_wealth(f)[LIT].mean())),
                ("인구는 다 합쳐서 얼마야?", lambda f: value(_top_wealth(f)[POP].sum())),
            ],
        ),
        Conversation(
            "gu-c13",
            "followup",
            [
                (
                    "How many departments are more than 300 km from Paris?",
                    lambda f: value(len(cut(_d(f), DIST, low=300))),
                ),
                (
                    "break them down by main city size",
                    lambda f: rows(_count_by(cut(_d(f), DIST, low=300), CITY)),
                ),
                (
                    "ok, different question: average area of the Central departments?",
                    lambda f: value(_d(f, region_code="C")[AREA].mean()),
                ),
            ],
        ),
        Conversation(
            "gu-c14",
            "followup",
            [
                ("지역 이름별 1831년 총인구 보여줘", lambda f: rows(_by(_j(f), RNAME, POP, "sum"))),
                ("합계 말고 평균으로", lambda f: rows(_by(_j(f), RNAME, POP))),
            ],
        ),
        Conversation(
            "gu-c15",
            "followup",
            [
                (
                    "mean literacy of departments whose main city is small",
                    lambda f: value(_d(f, main_city_size="small")[LIT].mean()),
                ),
                ("and where it's large?", lambda f: value(_d(f, main_city_size="large")[LIT].mean())),
                (
                    "gap, large minus small?",
                    lambda f: value(
                        _d(f, main_city_size="large")[LIT].mean() - _d(f, main_city_size="small")[LIT].mean()
                    ),
                ),
            ],
        ),
        Conversation(
            "gu-c16",
            "followup",
            [
                (
                    "북부(N) 지역에서 1831년 인구 상위 3개 데파르트망",
                    lambda f: top(_named(_d(f, region_code="N"))[POP], 3),
                ),
                ("그 세 곳 인구 합계는?", lambda f: value(_north_top3(f).sum())),
                (
                    "북부 전체 인구에서 차지하는 비율은?",
                    lambda f: _share(_north_top3(f).sum(), _d(f, region_code="N")[POP].sum()),
                ),
            ],
        ),
    ],
)
