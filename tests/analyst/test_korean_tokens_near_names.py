"""Korean words next to a schema's names keep their own part of speech; 80만 before a bound is 800,000."""

from __future__ import annotations

from agent.analysts.offline.question.tokens import tokenize


def test_the_word_before_two_names_stays_what_it_is() -> None:
    tokens = tokenize("표본 크기 합계가 큰 조사 기관 상위 3곳", frozenset({"표본", "크기", "조사", "기관"}))
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["큰"] == "adj" and kinds["합계"] == "noun"
    assert "합계가" not in kinds


def test_ten_thousands_before_a_bound_are_one_number() -> None:
    numbers = [t.number for t in tokenize("연료 가격이 80만 넘는 항공사", frozenset()) if t.kind == "num"]
    assert numbers == [800_000]
    assert [t.number for t in tokenize("가격 14만 이상", frozenset()) if t.kind == "num"] == [140_000]
