"""How the eval judges an answer: a share in either scale, a year against the period it begins, small numbers."""

from agent.evals.scoring import judge


def _final(*cells):
    return {"table_data": {"columns": [f"c{n}" for n in range(len(cells))], "rows": [list(cells)]}, "sources": [1]}


def test_share_given_as_a_percentage_or_a_fraction_is_right():
    assert judge({"percent": 33.3}, _final(33.3)).right
    assert judge({"percent": 33.3}, _final("card", 0.333)).right


def test_share_with_another_number_or_several_rows_is_wrong():
    assert not judge({"percent": 33.3}, _final(50.0)).right
    two_rows = {"table_data": {"columns": ["share"], "rows": [[33.3], [66.7]]}, "sources": [1]}
    assert not judge({"percent": 33.3}, two_rows).right


def test_a_year_names_its_period_but_not_another_year_or_a_number():
    assert judge({"label": 1982, "value": 11.0}, _final("1982-01-01", 11.0)).right
    assert not judge({"label": 1982, "value": 11.0}, _final("1983-01-01", 11.0)).right
    assert not judge({"label": 1982, "value": 11.0}, _final("19820", 11.0)).right
    assert not judge({"label": 12, "value": 11.0}, _final("12-01", 11.0)).right


def test_a_small_number_is_judged_by_its_own_size_not_a_hundredth():
    assert judge(0.0312, _final(0.03121)).right
    assert not judge(0.0312, _final(0.0399)).right  # within 0.01, but 28% off
    assert not judge(0.0036, _final(0.0072)).right
    assert judge({"percent": 0.37}, _final(0.3663)).right  # a share rounded to two decimals still matches
