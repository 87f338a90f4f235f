"""The agent's text for people in Korean and English: progress messages, and the messages of its errors."""

from __future__ import annotations

from agent.contract.i18n import Texts

MESSAGES: Texts = {
    "analysing": {"en": "Reading the question against the catalog", "ko": "질문을 데이터 카탈로그와 대조하는 중"},
    "not_mapped": {"en": "Not matched to the data", "ko": "데이터와 연결하지 못함"},
    "querying": {"en": "Running the query", "ko": "쿼리를 실행하는 중"},
    "no_query": {"en": "No query to run", "ko": "실행할 쿼리 없음"},
    "queried": {"en": "1 query, {rows} rows, {ms} ms", "ko": "쿼리 1개, {rows}행, {ms} ms"},
    "writing": {"en": "Writing the answer", "ko": "답변을 작성하는 중"},
    "written": {"en": "Answer written ({chars} characters{chart})", "ko": "답변 작성 완료 ({chars}자{chart})"},
    "with_chart": {"en": ", with a chart", "ko": ", 차트 포함"},
    "table_cut": {"en": "The table was cut to fit the answer's size limit ({limit}): only its first {rows} rows "
                          "are shown.",
                  "ko": "답변 크기 제한({limit})에 맞춰 표를 잘랐습니다. 처음 {rows}행만 표시됩니다."},
    "cells_cut": {"en": "Values longer than {limit} were shortened (they end in …).",
                  "ko": "{limit}보다 긴 값은 줄여서 표시했습니다 (…로 끝납니다)."},
}
"""Progress messages and notes on the answer, by key."""

ERRORS: Texts = {
    # the run
    "empty_question": {"en": "Please type a question.", "ko": "질문을 입력해 주세요."},
    "timeout": {"en": "The answer took longer than {seconds:g} s and was stopped.",
                "ko": "답변이 {seconds:g}초를 넘겨 중단되었습니다."},
    "stopped": {"en": "The answer was stopped.", "ko": "답변이 중단되었습니다."},
    "timed_out": {"en": "The answer was timed out.", "ko": "답변 시간이 초과되어 중단되었습니다."},
    "stopped_before_start": {"en": "The answer was stopped before it started.",
                             "ko": "답변이 시작되기 전에 중단되었습니다."},
    "internal": {"en": "Something went wrong while answering ({kind}). The conversation is intact; please try again.",
                 "ko": "답변 중 문제가 발생했습니다 ({kind}). 대화는 그대로입니다. 다시 시도해 주세요."},
    # the embedded database
    "unsupported_file": {"en": "{file}: unsupported file type (use CSV, TSV, Parquet or JSON).",
                         "ko": "{file}: 지원하지 않는 파일 형식입니다 (CSV, TSV, Parquet, JSON을 사용하세요)."},
    "no_such_file": {"en": "{file}: no such file.", "ko": "{file}: 파일이 없습니다."},
    "locked_file": {"en": "{file}: this database is locked for questions and loads no more files.",
                    "ko": "{file}: 이 데이터베이스는 질문용으로 잠겨 있어 더 이상 파일을 불러오지 않습니다."},
    "locked": {"en": "This database is locked for questions and loads nothing more.",
               "ko": "이 데이터베이스는 질문용으로 잠겨 있어 더 이상 아무것도 불러오지 않습니다."},
    "unreadable_file": {"en": "{file}: could not be read as a table ({detail}).",
                        "ko": "{file}: 표로 읽을 수 없습니다 ({detail})."},
    "not_loaded": {"en": "The data could not be loaded ({detail}).", "ko": "데이터를 불러오지 못했습니다 ({detail})."},
    "unopenable_file": {"en": "{file}: could not be opened ({detail}).", "ko": "{file}: 열 수 없습니다 ({detail})."},
    "mixed_sources": {"en": "The query reads tables of different databases ({parts}); one query can read only one "
                            "database. Ask about each database's tables separately.",
                      "ko": "쿼리가 서로 다른 데이터베이스의 테이블을 읽습니다 ({parts}). 쿼리 하나는 "
                            "데이터베이스 하나만 읽을 수 있습니다. 데이터베이스별로 나누어 질문해 주세요."},
    "query_interrupted": {"en": "The query was interrupted.", "ko": "쿼리가 중단되었습니다."},
    "query_failed": {"en": "The query failed: {detail}", "ko": "쿼리가 실패했습니다: {detail}"},
    # external databases
    "not_a_url": {"en": "This is not a database URL; write it like postgresql://user:password@host:5432/database.",
                  "ko": "데이터베이스 URL이 아닙니다. postgresql://user:password@host:5432/database 형식으로 "
                        "써 주세요."},
    "unsupported_backend": {"en": "{backend!r} databases are not supported; use a postgresql:// URL.",
                            "ko": "{backend!r} 데이터베이스는 지원하지 않습니다. postgresql:// URL을 사용하세요."},
    "no_database": {"en": "The URL names no database; add it after the host, like …:5432/sales.",
                    "ko": "URL에 데이터베이스 이름이 없습니다. 호스트 뒤에 …:5432/sales처럼 붙여 주세요."},
    "unreachable": {"en": "Could not reach {name} ({url}): {detail}",
                    "ko": "{name}({url})에 연결할 수 없습니다: {detail}"},
    "statement_timeout": {"en": "The query ran longer than the {seconds:g} s statement timeout of {name} and was "
                                "stopped.",
                          "ko": "쿼리가 {name}의 문장 제한 시간 {seconds:g}초를 넘겨 중단되었습니다."},
    "read_only_source": {"en": "The query failed: {name} is read-only here; queries may not change data.",
                         "ko": "쿼리가 실패했습니다: 여기서 {name}은(는) 읽기 전용이라 데이터를 바꿀 수 없습니다."},
    "source_query_failed": {"en": "The query failed on {name}: {detail}",
                            "ko": "{name}에서 쿼리가 실패했습니다: {detail}"},
    "unreadable_sql": {"en": "The query failed on {name}: its text could not be read.",
                       "ko": "{name}에서 쿼리가 실패했습니다: 쿼리 문장을 읽을 수 없습니다."},
    "one_statement": {"en": "The query failed on {name}: only one statement may run at a time.",
                      "ko": "{name}에서 쿼리가 실패했습니다: 한 번에 문장 하나만 실행할 수 있습니다."},
}
"""Messages of the agent's errors (agent.contract.errors), by key."""
