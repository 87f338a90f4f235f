"""Short progress and error messages in Korean and English."""

from __future__ import annotations

from agent.analysts.base import Language
from agent.contract.i18n import pick

MESSAGES: dict[str, dict[Language, str]] = {
    "analysing": {"en": "Reading the question against the catalog", "ko": "질문을 데이터 카탈로그와 대조하는 중"},
    "not_mapped": {"en": "Not matched to the data", "ko": "데이터와 연결하지 못함"},
    "querying": {"en": "Running the query", "ko": "쿼리를 실행하는 중"},
    "no_query": {"en": "No query to run", "ko": "실행할 쿼리 없음"},
    "queried": {"en": "1 query, {rows} rows, {ms} ms", "ko": "쿼리 1개, {rows}행, {ms} ms"},
    "writing": {"en": "Writing the answer", "ko": "답변을 작성하는 중"},
    "written": {"en": "Answer written ({chars} characters{chart})", "ko": "답변 작성 완료 ({chars}자{chart})"},
    "with_chart": {"en": ", with a chart", "ko": ", 차트 포함"},
    "timeout": {"en": "The answer took longer than {seconds:g} s and was stopped.",
                "ko": "답변이 {seconds:g}초를 넘겨 중단되었습니다."},
    "table_cut": {"en": "The table was cut to fit the answer's size limit ({limit}): only its first {rows} rows "
                          "are shown.",
                  "ko": "답변 크기 제한({limit})에 맞춰 표를 잘랐습니다. 처음 {rows}행만 표시됩니다."},
    "cells_cut": {"en": "Values longer than {limit} were shortened (they end in …).",
                  "ko": "{limit}보다 긴 값은 줄여서 표시했습니다 (…로 끝납니다)."},
    "empty_question": {"en": "Please type a question.", "ko": "질문을 입력해 주세요."},
    "internal": {"en": "Something went wrong while answering ({kind}). The conversation is intact; please try again.",
                 "ko": "답변 중 문제가 발생했습니다 ({kind}). 대화는 그대로입니다. 다시 시도해 주세요."},
}


def say(key: str, language: Language, **values: object) -> str:
    """The message `key` in `language`, with `values` filled in."""
    return pick(MESSAGES, key, language, **values)
