"""The messages a refused change of a user's data says, in English and Korean."""

from __future__ import annotations

from agent.contract.i18n import pick

TEXTS: dict[str, dict[str, str]] = {
    "fixed": {"en": "This agent was started on a fixed database; uploads and connections are off.",
              "ko": "이 에이전트는 고정된 데이터베이스로 시작되어 업로드와 연결을 쓸 수 없습니다."},
    "no_user": {"en": "Adding data needs a user.", "ko": "데이터를 추가하려면 사용자가 필요합니다."},
    "bad_name": {"en": "“{name}” cannot be a table name; use letters, digits and _.",
                 "ko": "“{name}”은(는) 테이블 이름으로 쓸 수 없습니다. 글자, 숫자, _를 써 주세요."},
    "taken": {"en": "There is already a table named “{name}”.", "ko": "“{name}” 테이블이 이미 있습니다."},
    "not_yours": {"en": "“{name}” is not one of your tables.", "ko": "“{name}”은(는) 내가 추가한 테이블이 아닙니다."},
    "sample": {"en": "“{name}” is a sample table: hide it instead of renaming or removing it.",
               "ko": "“{name}”은(는) 예제 테이블입니다. 이름을 바꾸거나 지우는 대신 숨겨 주세요."},
    "no_sample": {"en": "There is no sample table named “{name}”.", "ko": "“{name}” 예제 테이블이 없습니다."},
    "show_clash": {"en": "Your table “{name}” has the sample table's name; rename it first.",
                   "ko": "내 테이블 “{name}”이(가) 예제 테이블과 이름이 같습니다. 먼저 이름을 바꿔 주세요."},
    "connection_name": {"en": "“{name}” cannot be a connection name; use letters, digits and _.",
                        "ko": "“{name}”은(는) 연결 이름으로 쓸 수 없습니다. 글자, 숫자, _를 써 주세요."},
    "connection_taken": {"en": "There is already a connection named “{name}”.",
                         "ko": "“{name}” 연결이 이미 있습니다."},
    "no_connection": {"en": "You have no connection named “{name}”.", "ko": "“{name}” 연결이 없습니다."},
    "descriptions": {"en": "The descriptions were not saved: {reason}", "ko": "설명을 저장하지 못했습니다: {reason}"},
}


def text(key: str, language: str = "en", **values: object) -> str:
    """The message `key` in `language`, with `values` filled in."""
    return pick(TEXTS, key, language, **values)
