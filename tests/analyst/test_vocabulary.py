"""The bilingual vocabulary: the file loads and keeps its rules, and words find their equivalents across languages."""

from __future__ import annotations

import pytest
import yaml

from agent.analysts.offline.question import vocabulary as vocab
from agent.analysts.offline.question.vocabulary import (
    VocabularyError,
    compared,
    concepts_of,
    equivalents,
    load,
    related,
)


def test_the_built_in_file_loads_and_validates():
    v = load()
    assert len(v.concepts) >= 600
    assert all(len(c.words) >= 2 for c in v.concepts)


def test_every_word_is_lower_case_and_stripped():
    for concept in vocab.vocabulary().concepts:
        for word in concept.en + concept.ko + concept.related:
            assert word == word.strip().lower(), word
            assert "  " not in word, word


@pytest.mark.parametrize(("word", "expected"), [
    ("가격", {"price"}),
    ("hp", {"horsepower", "마력"}),
    ("women", {"female", "여성"}),
    ("Prices", {"price", "가격"}),
    ("연비", {"mpg"}),
    ("mpg", {"연비", "fuel economy"}),
    ("무게", {"weight", "wt"}),
    ("키", {"height"}),
    ("나이", {"age", "연령"}),
    ("육식", {"carnivore"}),
    ("manual", {"수동"}),
    ("실업률", {"unemployment rate"}),
    ("calories", {"calorie", "칼로리"}),
    ("home_runs", {"홈런"}),
    ("월요일", {"monday"}),
])
def test_equivalents_cross_languages_and_abbreviations(word, expected):
    assert expected <= equivalents(word)


def test_a_word_is_its_own_equivalent_in_written_and_compared_form():
    assert {"sales", "sale"} & equivalents("sales")
    assert "species" in equivalents("species")


def test_unknown_words_have_no_equivalents():
    assert equivalents("zzqx") == frozenset()
    assert related("zzqx") == frozenset()
    assert concepts_of("zzqx") == []


def test_related_words_are_weaker_and_never_equivalents():
    assert "cost" in related("price")
    assert "비용" in related("가격")
    assert "price" in related("cost")  # listed on cost's side, found from either side
    assert "cost" not in equivalents("price")
    for word in ("price", "가격", "weight", "salary", "mpg", "revenue"):
        assert not related(word) & equivalents(word), word


def test_a_shared_word_belongs_to_each_of_its_concepts():
    assert {"male", "south"} <= equivalents("남")
    assert len(concepts_of("hr")) == 3


def test_compared_form_is_singular_lower_case_with_plain_spaces():
    assert compared("Home_Runs") == "home run"
    assert compared(" Categories ") == "category"
    assert compared("pm2.5") == "pm2 5"


def _write(tmp_path, concepts):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(yaml.safe_dump(concepts, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(("concepts", "message"), [
    ([{"en": ["Price"], "ko": ["가격"]}], "lower-case"),
    ([{"en": ["price"]}], "at least two words"),
    ([{"en": ["price", "prices"]}], "listed twice"),
    ([{"en": ["price"], "ko": ["가격"], "related": ["prices"]}], "listed twice"),
    ([{"en": ["price"], "ko": ["price"]}], "not a Korean word"),
    ([{"en": ["price"], "ko": ["가격"]}, {"en": ["price", "cost"]}], "several concepts"),
    ([{"en": ["price"], "ko": ["가격"]}, {"ko": ["가격"], "en": ["price"]}], "same words"),
    ([{"en": ["price", "prc"], "shared": ["prc"]}], "no other concept"),
    ([{"en": ["price", "prc"], "shared": ["cost"]}], "words of the concept"),
    ([{"en": [True, "price"]}], "list of words"),
    ({"en": ["price"]}, "list of concepts"),
])
def test_broken_files_are_refused_with_a_reason(tmp_path, concepts, message):
    with pytest.raises(VocabularyError, match=message):
        load(_write(tmp_path, concepts))


def test_a_word_marked_shared_in_each_concept_may_be_in_both(tmp_path):
    v = load(_write(tmp_path, [{"en": ["male", "m"], "shared": ["m"]}, {"en": ["meter", "m"], "shared": ["m"]}]))
    assert len(v.index["m"]) == 2
