"""Years named for when something began, decades, the final year, related words, counted rows and linked names."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.analysts.offline.question.tokens import tokenize
from tests.helpers.analyst_envs import Env, single_env, tables_env

FIELDS = ("Finance", "Theory", "Labor", "Trade")
PUBLISHERS = ("Blackwell", "Elsevier", "Kluwer", "Springer")


@pytest.fixture(scope="module")
def journals(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(21)
    n = 120
    weights = np.array([0.5, 0.3, 0.15, 0.05])  # Blackwell has many journals, Springer few
    frame = pd.DataFrame({"journal_id": range(1, n + 1), "title": [f"Journal of Topic {i}" for i in range(n)],
                          "publisher_id": rng.choice(range(1, 5), n, p=weights),
                          "library_price": rng.integers(40, 2000, n), "pages": rng.integers(200, 2000, n),
                          "citations": rng.integers(0, 5000, n), "founded": rng.integers(1880, 2000, n),
                          "field": rng.choice(FIELDS, n)})
    frame.loc[0, "title"] = "Econometrica"
    publishers = pd.DataFrame({"publisher_id": range(1, 5), "name": PUBLISHERS})
    return tables_env(Path(tmp_path_factory.mktemp("journals")), {"journals": frame, "publishers": publishers})


@pytest.fixture(scope="module")
def counties(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(22)
    n = 150
    frame = pd.DataFrame({"county_id": range(1, n + 1), "name": [f"C{i}" for i in range(n)],
                          "state_id": rng.integers(1, 4, n), "area": rng.uniform(0.01, 0.1, n).round(3),
                          "in_metro": rng.choice([True, False], n), "college_pct": rng.uniform(5, 45, n).round(2),
                          "professional_pct": rng.uniform(1, 10, n).round(2),
                          "poverty_pct": rng.uniform(3, 30, n).round(2), "white_pct": rng.uniform(50, 99, n).round(2)})
    frame.loc[0, "name"] = "OHIO"  # a county named like a state
    states = pd.DataFrame({"state_id": [1, 2, 3], "code": ["IL", "OH", "WI"],
                           "name": ["Illinois", "Ohio", "Wisconsin"]})
    return tables_env(Path(tmp_path_factory.mktemp("counties")), {"counties": frame, "states": states})


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(23)
    years = list(range(1935, 1955))
    frame = pd.DataFrame([{"기업_번호": f, "연도": y, "투자액": round(float(rng.uniform(10, 900)), 1)}
                          for f in range(1, 6) for y in years])
    return single_env(Path(tmp_path_factory.mktemp("firms")), "기업_연도", frame, text_dates=False)


@pytest.fixture(scope="module")
def professors(tmp_path_factory: pytest.TempPathFactory) -> Env:
    rng = np.random.default_rng(24)
    n = 200
    frame = pd.DataFrame({"교수_번호": range(1, n + 1), "재직_연수": rng.integers(0, 40, n),
                          "연봉": rng.integers(60_000, 200_000, n)})
    return single_env(Path(tmp_path_factory.mktemp("professors")), "교수_연봉", frame, text_dates=False)


def one(env: Env, question: str) -> float:
    plan, results, _ = env.ask(question)
    assert results is not None and len(results.rows) == 1, plan.sql or plan.summary
    return float(results.rows[0][0])


def test_a_column_named_for_when_something_began_is_a_year(journals: Env) -> None:
    frame = journals.frames["journals"]
    expected = int(((frame.founded >= 1950) & (frame.founded <= 1959)).sum())
    assert one(journals, "how many journals were founded in the 1950s?") == expected
    assert one(journals, "1950년대에 창간된 저널은 몇 개야?") == expected


def test_a_word_related_to_part_of_a_longer_name_reaches_that_column(journals: Env) -> None:
    frame = journals.frames["journals"]
    assert one(journals, "평균 구독료는 얼마예요?") == pytest.approx(frame.library_price.mean())


def test_a_related_word_that_fits_many_columns_names_none(counties: Env) -> None:
    plan, results, _ = counties.ask("Which county has the highest crime rate?")
    assert results is None and plan.sql is None


def test_how_many_of_the_table_rows_sums_no_measure_left_over(counties: Env) -> None:
    frame = counties.frames["counties"]
    plan, results, _ = counties.ask("how many counties are in a metro area")
    assert results is not None and "SUM" not in (plan.sql or "")
    assert results.rows[0][0] == int(frame.in_metro.sum())


def test_a_value_matched_as_said_wins_over_one_matched_ignoring_case(counties: Env) -> None:
    frame = counties.frames["counties"]
    assert one(counties, "Ohio에 카운티가 몇 개 있어?") == int((frame.state_id == 2).sum())


def test_an_averaged_percentage_and_a_ranked_ratio_are_columns(counties: Env) -> None:
    frame = counties.frames["counties"]
    assert one(counties, "avg % with a professional degree in IL counties") == pytest.approx(
        frame[frame.state_id == 1].professional_pct.mean())
    _, results, _ = counties.ask("위스콘신에서 대학 나온 사람 비율 제일 높은 카운티는?")
    wisconsin = frame[frame.state_id == 3]
    best = wisconsin.loc[wisconsin.college_pct.idxmax()]
    assert results is not None and "SUM" not in results.sql and {best["name"], best.county_id} & set(results.rows[0])


def test_the_final_year_and_an_equality_with_its_unit(firms: Env, professors: Env) -> None:
    frame = firms.frames["기업_연도"]
    assert one(firms, "마지막 해 투자액 합계") == pytest.approx(frame[frame.연도 == 1954].투자액.sum())
    staff = professors.frames["교수_연봉"]
    assert one(professors, "재직 연수가 0년인 교수는 몇 명?") == int((staff.재직_연수 == 0).sum())


def test_a_superlative_with_a_top_n_after_it_is_one_top_n(firms: Env) -> None:
    frame = firms.frames["기업_연도"]
    _, results, _ = firms.ask("투자액이 가장 많았던 해 top 3")
    expected = frame.groupby("연도").투자액.sum().nlargest(3).index.tolist()
    assert results is not None and [row[0] for row in results.rows] == expected


def test_the_noun_after_a_korean_counter_is_counted(journals: Env) -> None:
    frame = journals.frames["journals"]
    blackwell = frame[frame.publisher_id == 1]
    assert one(journals, "Blackwell 저널들은 몇 개 분야에 걸쳐 있어?") == blackwell.field.nunique()


def test_one_row_asked_with_a_linked_table_shows_its_name(journals: Env) -> None:
    expected = PUBLISHERS[int(journals.frames["journals"].publisher_id[0]) - 1]
    for question in ("Econometrica 출판사가 어디야?", "Who publishes Econometrica?"):
        _, results, _ = journals.ask(question)
        assert results is not None and len(results.rows) == 1 and expected in results.rows[0], question


def test_groups_with_more_than_n_rows_compare_their_row_count(journals: Env) -> None:
    frame = journals.frames["journals"].merge(
        pd.DataFrame({"publisher_id": range(1, 5), "name": PUBLISHERS}), on="publisher_id")
    sizes = frame.groupby("name").size()
    kept = sorted(sizes[sizes > 20].index)
    assert 0 < len(kept) < len(PUBLISHERS)
    _, results, _ = journals.ask("average library price for each publisher that has more than 20 journals")
    assert results is not None and sorted(row[0] for row in results.rows) == kept
    _, results, _ = journals.ask("저널이 20개 이상인 출판사")
    assert results is not None and sorted(row[0] for row in results.rows) == sorted(sizes[sizes >= 20].index)


def test_the_oldest_and_the_earliest_rank_a_founding_year_upwards(journals: Env) -> None:
    frame = journals.frames["journals"].sort_values(["founded", "title"])
    _, results, _ = journals.ask("the oldest journal")
    assert results is not None and frame.title.iloc[0] in results.rows[0]
    _, results, _ = journals.ask("창간이 가장 빠른 저널 3개는?")
    assert results is not None and [row[-1] for row in results.rows] == sorted(frame.founded)[:3]


def test_people_after_a_number_compare_the_population(tmp_path: Path) -> None:
    rng = np.random.default_rng(25)
    frame = pd.DataFrame({"name": [f"T{i}" for i in range(80)], "population": rng.integers(1_000, 900_000, 80)})
    towns = single_env(tmp_path, "towns", frame, text_dates=False)
    assert one(towns, "how many towns have more than 200,000 people?") == int((frame.population > 200_000).sum())


def test_an_attribute_of_a_named_row_that_no_column_holds_is_refused(tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": [f"T{i}" for i in range(30)], "population": range(1000, 31000, 1000)})
    towns = single_env(tmp_path, "towns", frame, text_dates=False)
    plan, results, _ = towns.ask("What is the price of T3?")
    assert results is None and plan.sql is None


def test_the_code_column_said_by_its_own_name_groups_by_the_codes(journals: Env) -> None:
    frame = journals.frames["journals"]
    _, results, _ = journals.ask("publisher_id별 평균 구독료")
    expected = frame.groupby("publisher_id").library_price.mean()
    assert results is not None and {r[0]: r[1] for r in results.rows} == pytest.approx(expected.to_dict())


def test_two_named_rows_compared_answer_the_higher_one(journals: Env) -> None:
    frame = journals.frames["journals"].merge(
        pd.DataFrame({"publisher_id": range(1, 5), "name": PUBLISHERS}), on="publisher_id")
    means = frame[frame.name.isin(["Blackwell", "Kluwer"])].groupby("name").library_price.mean()
    _, results, _ = journals.ask("Blackwell이랑 Kluwer 중에 평균 구독료 더 높은 곳은?")
    assert results is not None and len(results.rows) == 1 and results.rows[0][0] == means.idxmax()


def test_a_distinct_count_of_what_is_grouped_is_not_confident(journals: Env) -> None:
    plan, _, _ = journals.ask("출판사별 편집자 수 알려줘")
    assert plan.sql is None or plan.confidence < 0.8


def test_of_columns_one_word_names_alike_the_one_its_meaning_says_comes_first(tmp_path: Path) -> None:
    rng = np.random.default_rng(26)
    frame = pd.DataFrame({"name": [f"K{i}" for i in range(60)], "poverty_known_population": rng.integers(1e3, 1e6, 60),
                          "below_poverty_pct": rng.uniform(2, 40, 60).round(2),
                          "child_poverty_pct": rng.uniform(2, 60, 60).round(2)})
    places = single_env(tmp_path, "places", frame, text_dates=False)
    assert one(places, "average poverty rate") == pytest.approx(frame.below_poverty_pct.mean())
    assert one(places, "빈곤율 20% 이상인 곳은 몇 개?") == int((frame.below_poverty_pct >= 20).sum())


def test_demographic_words_and_densely_populated(tmp_path: Path) -> None:
    rng = np.random.default_rng(27)
    frame = pd.DataFrame({"name": [f"Q{i}" for i in range(70)], "population": rng.integers(1e3, 1e6, 70),
                          "population_density": rng.uniform(5, 900, 70).round(1),
                          "white_pct": rng.uniform(50, 99, 70).round(2), "black_pct": rng.uniform(0, 30, 70).round(2),
                          "college_pct": rng.uniform(5, 45, 70).round(2),
                          "below_poverty_pct": rng.uniform(2, 40, 70).round(2),
                          "poverty_known_population": rng.integers(1e3, 1e6, 70)})
    places = single_env(tmp_path, "places", frame, text_dates=False)
    assert one(places, "흑인 비율이 10% 이상인 곳은 몇 개야?") == int((frame.black_pct >= 10).sum())
    assert one(places, "평균 대졸자 비율은?") == pytest.approx(frame.college_pct.mean())
    _, results, _ = places.ask("What's the most densely populated place?")
    assert results is not None and frame.loc[frame.population_density.idxmax(), "name"] in results.rows[0]
    _, results, _ = places.ask("the poorest place")
    assert results is not None and frame.loc[frame.below_poverty_pct.idxmax(), "name"] in results.rows[0]


@pytest.mark.parametrize("question", ["평균 시가총액 상위 3개 기업", "시가총액 합계", "그해 시가총액은?"])
def test_a_known_compound_stays_one_word_wherever_it_stands(question: str) -> None:
    assert "시가총액" in [t.lemma for t in tokenize(question)]


def test_korean_x_dang_y_names_a_y_per_x_column(tmp_path: Path) -> None:
    rng = np.random.default_rng(28)
    frame = pd.DataFrame({"name": [f"D{i}" for i in range(50)], "students": rng.integers(100, 5000, 50),
                          "expenditure_per_student": rng.uniform(3000, 9000, 50).round(1)})
    districts = single_env(tmp_path, "districts", frame, text_dates=False)
    assert one(districts, "학생당 지출 평균은?") == pytest.approx(frame.expenditure_per_student.mean())


def test_what_share_of_the_rows_takes_no_measure_left_over(counties: Env) -> None:
    frame = counties.frames["counties"]
    plan, results, answer = counties.ask("what share of counties are in a metro area?")
    assert results is not None and "area" not in (plan.sql or "").replace("in_metro", "")
    assert results.rows[0][0] == pytest.approx(round(100 * frame.in_metro.mean(), 2))
    assert "in metro" in answer.content


def test_a_numbered_category_after_the_superlative_is_what_is_ranked(tmp_path: Path) -> None:
    rng = np.random.default_rng(29)
    frame = pd.DataFrame({"name": [f"C{i}" for i in range(65)], "calories": rng.uniform(50, 200, 65).round(1),
                          "shelf": rng.choice([1, 2, 3], 65, p=[0.2, 0.3, 0.5])})
    cereals = single_env(tmp_path, "cereals", frame, text_dates=False)
    _, results, _ = cereals.ask("시리얼이 가장 많은 진열대는?")
    assert results is not None and results.rows[0][0] == frame.shelf.value_counts().idxmax()
    _, results, _ = cereals.ask("평균 칼로리가 가장 높은 진열대는 몇 번?")
    assert results is not None and results.rows[0][0] == frame.groupby("shelf").calories.mean().idxmax()


def test_how_many_people_live_in_a_place_sums_its_population(tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": ["COOK", "LAKE", "KANE"], "population": [5_105_067, 644_356, 317_471]})
    places = single_env(tmp_path, "counties", frame, text_dates=False)
    assert one(places, "how many people live in cook county") == 5_105_067


def test_the_first_year_of_the_data_is_its_earliest_year(firms: Env) -> None:
    frame = firms.frames["기업_연도"]
    expected = frame[frame.연도 == frame.연도.min()].투자액.sum()
    assert one(firms, "첫해 투자액 합계") == pytest.approx(expected)
    assert one(firms, "total 투자액 in the first year of the data") == pytest.approx(expected)
