"""A bank's expected share (`{percent: x}`) is judged against the answer's one row, in either scale."""

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
