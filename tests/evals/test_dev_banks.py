"""The dev bank is current with its set modules and keeps the shape issue 11 asks of it."""

from collections import Counter

from agent.analysts.base import detect_language
from agent.evals.bank import load_bank
from evals import build

KINDS = {
    "count", "count_distinct", "sum", "average", "min_max", "breakdown", "multi_measure", "ranking", "which_one",
    "share", "filter_value", "year_period", "date_range", "relative_period", "join", "loose_value", "unanswerable",
    "trend",
}


def _dev_banks():
    return [load_bank(path) for path in sorted(build.FOLDERS["dev"].glob("dev_*.yaml"))]


def test_written_dev_banks_are_what_the_modules_compute():
    for bank in build.set_modules():
        if bank.split != "dev":
            continue
        path = build.FOLDERS["dev"] / f"{bank.name}.yaml"
        assert path.is_file(), path.name
        assert load_bank(path).questions == build.parse_bank(build.as_yaml(bank), path).questions, bank.name


def test_dev_bank_covers_every_kind_in_both_languages_with_refusals_and_conversations():
    questions = [q for bank in _dev_banks() for q in bank.questions]
    kinds = Counter(q.kind for q in questions)
    languages = Counter(detect_language(q.turns[0].question) for q in questions)
    assert len(questions) >= 250
    assert languages["ko"] / len(questions) >= 0.4
    assert kinds["unanswerable"] >= 20
    assert all(kinds[kind] >= 3 for kind in KINDS), {k: kinds[k] for k in KINDS if kinds[k] < 3}
    assert sum(len(q.turns) > 1 for q in questions) >= 15
    tables = {table.name for bank in _dev_banks() for table in bank.tables}
    assert len(tables) >= 7 and "학생_설문" in tables and {"cars", "makers"} <= tables
