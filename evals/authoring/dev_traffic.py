"""Dev set on Ecdat::Fatality (drunk-driving laws and traffic deaths, 48 US states, 1982-1988) as three tables.

`state_traffic` holds one row per state and year (336 state-years) and refers to `states` (48) by `state_id`;
`states` refers to `divisions` (the 9 Census divisions) by `division_id`. A state's name and USPS code live in
`states` only; a division's name and its Census region (Northeast, Midwest, South, West) in `divisions` only,
so a question about a region needs two joins. `states` and `divisions` each have a `name` and a `code` column
(the division code `MA` is Middle Atlantic, the state code `MA` Massachusetts: questions name divisions by name).
Made by evals/authoring/dev_derived_traffic.py.

`fatality_rate` is traffic deaths per 10,000 people, `beer_tax` the tax on a case of beer ($), `drinking_age`
the minimum legal drinking age (a fraction when the law changed during the year), `mandatory_jail` and
`mandatory_community_service` `yes` / `no`, `miles_per_driver` in thousands, `unemployment_rate` in %,
`income_per_capita` in $. The panel is balanced (every state has all 7 years), so an average "by region" of
the state-year rows is also the average of its states' averages. There are no death counts or populations: the
number of deaths cannot be answered. "How many states" counts states, "how many state-years" rows of
`state_traffic`. Sums of rates mean nothing, so there are no `sum` questions.
"""

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


def _t(f):
    return f["state_traffic"]


def _s(f):
    """States with their division's name and region."""
    divisions = f["divisions"].rename(columns={"name": "division", "code": "division_code"})
    return f["states"].rename(columns={"name": "state", "code": "state_code"}).merge(
        divisions, on="division_id", how="left")


def _j(f):
    """State-years with their state's name and code and its division's name and region."""
    return _t(f).merge(_s(f), on="state_id", how="left")


def _where(f, **equal):
    return where(_j(f), **equal)


def _years(f, first, last=None):
    j = _j(f)
    return j[j.year.between(first, first if last is None else last)]


def _in(f, year, **equal):
    j = _where(f, **equal)
    return j[j.year == year]


def _last_years(f, n):
    j = _j(f)
    return j[j.year > j.year.max() - n]


def _state_year(f, state, year, column):
    j = _in(f, year, state=state)
    assert len(j) == 1
    return j[column].iloc[0]


SET = BankSet(
    name="dev_traffic",
    split="dev",
    tables=[Table("state_traffic", file="dev/state_traffic.parquet"),
            Table("states", file="dev/traffic_states.parquet"),
            Table("divisions", file="dev/traffic_divisions.parquet")],
    questions=[
        # join: a measure by a dimension's name or attribute (region needs two joins)
        Q("trf-01", "join", "average fatality rate by region",
          lambda f: rows(_j(f).groupby("region").fatality_rate.mean())),
        Q("trf-02", "join", "region별 평균 실업률", lambda f: rows(_j(f).groupby("region").unemployment_rate.mean())),
        Q("trf-03", "join", "average beer tax by census division",
          lambda f: rows(_j(f).groupby("division").beer_tax.mean())),
        Q("trf-04", "join", "디비전별 평균 교통사고 사망률(fatality_rate)",
          lambda f: rows(_j(f).groupby("division").fatality_rate.mean())),
        Q("trf-05", "join", "top 3 states by average fatality rate",
          lambda f: top(_j(f).groupby("state").fatality_rate.mean(), 3)),
        Q("trf-06", "join", "평균 교통사고 사망률이 가장 낮은 주 3개",
          lambda f: top(_j(f).groupby("state").fatality_rate.mean(), 3, largest=False)),
        Q("trf-07", "join", "주별 평균 1인당 소득(income_per_capita) 상위 5개 주",
          lambda f: top(_j(f).groupby("state").income_per_capita.mean(), 5)),
        Q("trf-08", "join", "Which division has the highest average beer tax?",
          lambda f: best(_j(f).groupby("division").beer_tax.mean())),
        Q("trf-09", "join", "평균 1인당 소득이 가장 높은 region은?",
          lambda f: best(_j(f).groupby("region").income_per_capita.mean())),
        Q("trf-10", "join", "which region has the lowest average fatality rate?",
          lambda f: best(_j(f).groupby("region").fatality_rate.mean(), largest=False)),
        Q("trf-11", "join", "What is the average fatality rate in Texas?",
          lambda f: value(_where(f, state="Texas").fatality_rate.mean())),
        Q("trf-12", "join", "California의 평균 실업률",
          lambda f: value(_where(f, state="California").unemployment_rate.mean())),
        Q("trf-13", "join", "average beer tax in Virginia",
          lambda f: value(_where(f, state="Virginia").beer_tax.mean())),
        Q("trf-14", "join", "South 지역 주들의 평균 교통사고 사망률",
          lambda f: value(_where(f, region="South").fatality_rate.mean())),
        Q("trf-15", "join", "average unemployment rate in the Northeast region",
          lambda f: value(_where(f, region="Northeast").unemployment_rate.mean())),
        Q("trf-16", "join", "Mountain 디비전 주들의 평균 운전자당 주행거리(miles_per_driver)",
          lambda f: value(_where(f, division="Mountain").miles_per_driver.mean())),
        Q("trf-17", "join", "In the Midwest region, which state has the lowest average fatality rate?",
          lambda f: best(_where(f, region="Midwest").groupby("state").fatality_rate.mean(), largest=False)),
        Q("trf-18", "join", "New England 디비전에서 평균 실업률이 가장 높은 주는?",
          lambda f: best(_where(f, division="New England").groupby("state").unemployment_rate.mean())),
        Q("trf-19", "join", "Which state had the highest fatality rate in 1988?",
          lambda f: best(_in(f, 1988).set_index("state").fatality_rate)),
        Q("trf-20", "join", "1982년에 1인당 소득이 가장 높았던 주는?",
          lambda f: best(_in(f, 1982).set_index("state").income_per_capita)),
        Q("trf-21", "join", "average income per capita by region in 1988",
          lambda f: rows(_in(f, 1988).groupby("region").income_per_capita.mean())),
        Q("trf-22", "join", "1985년 region별 평균 교통사고 사망률",
          lambda f: rows(_in(f, 1985).groupby("region").fatality_rate.mean())),
        Q("trf-23", "join", "top 3 divisions by average unemployment rate in 1983",
          lambda f: top(_in(f, 1983).groupby("division").unemployment_rate.mean(), 3)),
        Q("trf-24", "join", "1988년 교통사고 사망률 상위 3개 주",
          lambda f: top(_in(f, 1988).set_index("state").fatality_rate, 3)),
        Q("trf-25", "join", "average fatality rate of West region state-years with a mandatory jail sentence",
          lambda f: value(_where(f, region="West", mandatory_jail="yes").fatality_rate.mean())),
        Q("trf-26", "join", "Pacific 디비전에서 1인당 소득 평균이 가장 높은 주는?",
          lambda f: best(_where(f, division="Pacific").groupby("state").income_per_capita.mean())),
        # counting rows of a table by a dimension's attribute
        Q("trf-27", "count", "How many states are in the South region?",
          lambda f: value((_s(f).region == "South").sum())),
        Q("trf-28", "count", "region별 주 개수", lambda f: rows(_s(f).groupby("region").size())),
        Q("trf-29", "count", "Mountain 디비전에 속한 주는 몇 개야?",
          lambda f: value((_s(f).division == "Mountain").sum())),
        Q("trf-30", "count", "how many state-year rows come from Pacific division states?",
          lambda f: value(len(_where(f, division="Pacific")))),
        Q("trf-31", "count", "디비전별 주-연도 관측치 수", lambda f: rows(_j(f).groupby("division").size())),
        Q("trf-32", "count", "number of state-years with a mandatory jail sentence, by region",
          lambda f: rows(_where(f, mandatory_jail="yes").groupby("region").size())),
        Q("trf-33", "count", "How many Northeast states had a minimum drinking age of 21 in 1984?",
          lambda f: value(len(_in(f, 1984, region="Northeast").query("drinking_age == 21")))),
        Q("trf-34", "count", "1988년에 의무 사회봉사(mandatory_community_service) 제도가 있던 주는 몇 개?",
          lambda f: value(len(_in(f, 1988, mandatory_community_service="yes")))),
        Q("trf-35", "count", "how many state-years had an unemployment rate above 10%?",
          lambda f: value((_t(f).unemployment_rate > 10).sum())),
        Q("trf-36", "count", "South Atlantic 디비전에서 실업률이 8%를 넘은 주-연도는 몇 건이야?",
          lambda f: value((_where(f, division="South Atlantic").unemployment_rate > 8).sum())),
        # count_distinct
        Q("trf-37", "count_distinct", "how many states are in the data?", lambda f: value(len(f["states"]))),
        Q("trf-38", "count_distinct", "디비전은 몇 개야?", lambda f: value(len(f["divisions"]))),
        Q("trf-39", "count_distinct", "How many regions are there?", lambda f: value(f["divisions"].region.nunique())),
        Q("trf-40", "count_distinct", "실업률이 한 번이라도 12%를 넘은 주는 몇 개?",
          lambda f: value(_t(f)[_t(f).unemployment_rate > 12].state_id.nunique())),
        Q("trf-41", "count_distinct", "How many different states had a drinking age below 21 in 1986?",
          lambda f: value(_t(f)[(_t(f).year == 1986) & (_t(f).drinking_age < 21)].state_id.nunique())),
        Q("trf-42", "count_distinct", "데이터는 몇 개 연도를 다루고 있어?", lambda f: value(_t(f).year.nunique())),
        # share
        Q("trf-43", "share", "what share of the states are in the West region?",
          lambda f: percent(100 * (_s(f).region == "West").mean())),
        Q("trf-44", "share", "의무 징역형(mandatory_jail)이 있는 주-연도의 비율",
          lambda f: percent(100 * (_t(f).mandatory_jail == "yes").mean())),
        Q("trf-45", "share", "In 1988, what percentage of South region states had a mandatory jail sentence?",
          lambda f: percent(100 * (_in(f, 1988, region="South").mandatory_jail == "yes").mean())),
        # average / min_max / breakdown / filter_value on the fact table
        Q("trf-46", "average", "average fatality rate", lambda f: value(_t(f).fatality_rate.mean())),
        Q("trf-47", "average", "평균 맥주세(beer_tax)는?", lambda f: value(_t(f).beer_tax.mean())),
        Q("trf-48", "min_max", "what is the highest fatality rate in the data?",
          lambda f: value(_t(f).fatality_rate.max())),
        Q("trf-49", "min_max", "1988년 실업률 최솟값",
          lambda f: value(_t(f)[_t(f).year == 1988].unemployment_rate.min())),
        Q("trf-50", "breakdown", "average fatality rate by mandatory jail (yes / no)",
          lambda f: rows(_t(f).groupby("mandatory_jail").fatality_rate.mean())),
        Q("trf-51", "breakdown", "의무 사회봉사 여부별 주-연도 수",
          lambda f: rows(_t(f).groupby("mandatory_community_service").size())),
        Q("trf-52", "filter_value", "average fatality rate of state-years where the drinking age was 21",
          lambda f: value(_t(f)[_t(f).drinking_age == 21].fatality_rate.mean())),
        Q("trf-53", "filter_value", "실업률이 10% 이상인 주-연도의 평균 교통사고 사망률",
          lambda f: value(_t(f)[_t(f).unemployment_rate >= 10].fatality_rate.mean())),
        # year / trend / date range / relative period
        Q("trf-54", "year_period", "average fatality rate in 1985",
          lambda f: value(_years(f, 1985).fatality_rate.mean())),
        Q("trf-55", "year_period", "1988년 평균 실업률", lambda f: value(_years(f, 1988).unemployment_rate.mean())),
        Q("trf-56", "year_period", "how many states had a drinking age of 21 in 1982?",
          lambda f: value((_years(f, 1982).drinking_age == 21).sum())),
        Q("trf-57", "trend", "yearly average fatality rate",
          lambda f: rows(_j(f).groupby("year").fatality_rate.mean(), ordered=True)),
        Q("trf-58", "trend", "연도별 평균 맥주세 추이",
          lambda f: rows(_j(f).groupby("year").beer_tax.mean(), ordered=True)),
        Q("trf-59", "trend", "California's fatality rate by year",
          lambda f: rows(_where(f, state="California").set_index("year").fatality_rate, ordered=True)),
        Q("trf-60", "trend", "South 지역 연도별 평균 실업률 추이",
          lambda f: rows(_where(f, region="South").groupby("year").unemployment_rate.mean(), ordered=True)),
        Q("trf-61", "date_range", "average fatality rate from 1983 to 1985",
          lambda f: value(_years(f, 1983, 1985).fatality_rate.mean())),
        Q("trf-62", "date_range", "1986년부터 1988년까지 Midwest 지역 평균 실업률",
          lambda f: value(_years(f, 1986, 1988).query("region == 'Midwest'").unemployment_rate.mean())),
        Q("trf-63", "date_range", "Between 1982 and 1984, which region had the highest average unemployment rate?",
          lambda f: best(_years(f, 1982, 1984).groupby("region").unemployment_rate.mean())),
        Q("trf-64", "relative_period", "average fatality rate over the last 3 years of the data",
          lambda f: value(_last_years(f, 3).fatality_rate.mean())),
        Q("trf-65", "relative_period", "가장 최근 연도에 교통사고 사망률이 가장 높은 주는?",
          lambda f: best(_last_years(f, 1).set_index("state").fatality_rate)),
        Q("trf-66", "relative_period", "최근 2년간 region별 평균 1인당 소득",
          lambda f: rows(_last_years(f, 2).groupby("region").income_per_capita.mean())),
        # several measures
        Q("trf-67", "multi_measure", "min, max and average fatality rate in 1988",
          lambda f: values(*_years(f, 1988).fatality_rate.agg(["min", "max", "mean"]))),
        Q("trf-68", "multi_measure", "Florida의 평균 실업률이랑 평균 1인당 소득",
          lambda f: values(_where(f, state="Florida").unemployment_rate.mean(),
                           _where(f, state="Florida").income_per_capita.mean())),
        # ranking / which one on the fact table
        Q("trf-69", "which_one", "which year had the highest average unemployment rate?",
          lambda f: best(_t(f).groupby("year").unemployment_rate.mean())),
        Q("trf-70", "which_one", "Michigan의 실업률이 가장 높았던 해는?",
          lambda f: best(_where(f, state="Michigan").set_index("year").unemployment_rate)),
        # loosely named values
        Q("trf-71", "loose_value", "death rate in ohio in 1987",
          lambda f: value(_state_year(f, "Ohio", 1987, "fatality_rate"))),
        Q("trf-72", "loose_value", "pennsylvania's average jobless rate",
          lambda f: value(_where(f, state="Pennsylvania").unemployment_rate.mean())),
        Q("trf-73", "loose_value", "뉴저지(New Jersey) 1985년 소득은?",
          lambda f: value(_state_year(f, "New Jersey", 1985, "income_per_capita"))),
        Q("trf-74", "loose_value", "average mileage per driver in wyoming",
          lambda f: value(_where(f, state="Wyoming").miles_per_driver.mean())),
        # unanswerable
        Q("trf-75", "unanswerable", "How many people died in traffic accidents in Texas in 1985?", lambda f: refuse()),
        Q("trf-76", "unanswerable", "주별 음주운전 단속 건수 알려줘", lambda f: refuse()),
        Q("trf-77", "unanswerable", "average gasoline price by state", lambda f: refuse()),
        Q("trf-78", "unanswerable", "내년 텍사스 교통사고 사망률 예측해줘", lambda f: refuse()),
        Q("trf-79", "unanswerable", "which state has the most licensed drivers?", lambda f: refuse()),
        Q("trf-80", "unanswerable", "고속도로별 사고 건수 상위 5개", lambda f: refuse()),
        # conversations
        Conversation("trf-81", "followup", [
            ("average fatality rate by region", lambda f: rows(_j(f).groupby("region").fatality_rate.mean())),
            ("only 1988", lambda f: rows(_in(f, 1988).groupby("region").fatality_rate.mean())),
            ("and the maximum?", lambda f: rows(_in(f, 1988).groupby("region").fatality_rate.max())),
        ]),
        Conversation("trf-82", "followup", [
            ("Texas 평균 실업률은?", lambda f: value(_where(f, state="Texas").unemployment_rate.mean())),
            ("1인당 소득 평균은?", lambda f: value(_where(f, state="Texas").income_per_capita.mean())),
            ("그럼 Oklahoma는?", lambda f: value(_where(f, state="Oklahoma").income_per_capita.mean())),
        ]),
        Conversation("trf-83", "followup", [
            ("how many states are there?", lambda f: value(len(f["states"]))),
            ("by region?", lambda f: rows(_s(f).groupby("region").size())),
            ("just the South, by division", lambda f: rows(_s(f)[_s(f).region == "South"].groupby("division").size())),
        ]),
        Conversation("trf-84", "followup", [
            ("1985년 평균 교통사고 사망률", lambda f: value(_years(f, 1985).fatality_rate.mean())),
            ("그럼 1988년은?", lambda f: value(_years(f, 1988).fatality_rate.mean())),
            ("지역(region)별로 보여줘", lambda f: rows(_in(f, 1988).groupby("region").fatality_rate.mean())),
        ]),
        Conversation("trf-85", "followup", [
            ("which division has the highest average fatality rate?",
             lambda f: best(_j(f).groupby("division").fatality_rate.mean())),
            ("and the lowest?", lambda f: best(_j(f).groupby("division").fatality_rate.mean(), largest=False)),
        ]),
        Conversation("trf-86", "followup", [
            ("연도별 평균 맥주세 추이", lambda f: rows(_j(f).groupby("year").beer_tax.mean(), ordered=True)),
            ("West 지역만", lambda f: rows(_where(f, region="West").groupby("year").beer_tax.mean(), ordered=True)),
            ("최댓값으로 보면?", lambda f: rows(_where(f, region="West").groupby("year").beer_tax.max(), ordered=True)),
        ]),
        Conversation("trf-87", "followup", [
            ("how many state-years had a mandatory jail sentence?",
             lambda f: value((_t(f).mandatory_jail == "yes").sum())),
            ("what's their average fatality rate?",
             lambda f: value(_t(f)[_t(f).mandatory_jail == "yes"].fatality_rate.mean())),
            ("split that by region",
             lambda f: rows(_where(f, mandatory_jail="yes").groupby("region").fatality_rate.mean())),
        ]),
        Conversation("trf-88", "followup", [
            ("Pacific 디비전 주들의 평균 교통사고 사망률",
             lambda f: value(_where(f, division="Pacific").fatality_rate.mean())),
            ("주별로", lambda f: rows(_where(f, division="Pacific").groupby("state").fatality_rate.mean())),
            ("1982년만", lambda f: rows(_in(f, 1982, division="Pacific").groupby("state").fatality_rate.mean())),
        ]),
        Conversation("trf-89", "followup", [
            ("average unemployment rate in 1982", lambda f: value(_years(f, 1982).unemployment_rate.mean())),
            ("and in 1987?", lambda f: value(_years(f, 1987).unemployment_rate.mean())),
            ("ok different question: which state had the highest average income per capita over the whole period?",
             lambda f: best(_j(f).groupby("state").income_per_capita.mean())),
        ]),
        Conversation("trf-90", "followup", [
            ("실업률이 10%를 넘는 주-연도는 몇 건이야?", lambda f: value((_t(f).unemployment_rate > 10).sum())),
            ("region별로", lambda f: rows(_j(f)[_j(f).unemployment_rate > 10].groupby("region").size())),
            ("그중 1983년만",
             lambda f: rows(_in(f, 1983)[_in(f, 1983).unemployment_rate > 10].groupby("region").size())),
        ]),
    ],
)
