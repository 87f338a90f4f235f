"""The language-model analyst's text for people in Korean and English: provider failures, configuration errors."""

from __future__ import annotations

from agent.contract.i18n import Texts

MESSAGES: Texts = {
    "connection": {
        "en": "The language model service ({provider}) could not be reached. Check the address and network, "
              "then try again.",
        "ko": "언어 모델 서비스({provider})에 연결할 수 없습니다. 주소와 네트워크를 확인한 뒤 다시 시도해 주세요.",
    },
    "authentication": {
        "en": "The language model service ({provider}) rejected the API key. Check the key in the LLM settings.",
        "ko": "언어 모델 서비스({provider})가 API 키를 거부했습니다. LLM 설정의 키를 확인해 주세요.",
    },
    "missing_key": {
        "en": "No API key is configured for {provider}. Set it in the LLM settings or the {env} variable.",
        "ko": "{provider}의 API 키가 설정되지 않았습니다. LLM 설정이나 {env} 환경 변수에 키를 넣어 주세요.",
    },
    "key_not_sent": {
        "en": "The server's key for {provider} ({env}) is only sent to the provider's own address or the base_url "
              "the server is configured with. Give this base_url its own API key.",
        "ko": "서버의 {provider} 키({env})는 제공자의 기본 주소나 서버에 설정된 base_url로만 보냅니다. "
              "이 base_url에는 별도의 API 키를 넣어 주세요.",
    },
    "rate_limit": {
        "en": "The language model service ({provider}) is limiting requests right now. Please wait a moment "
              "and try again.",
        "ko": "언어 모델 서비스({provider})의 요청 한도를 넘었습니다. 잠시 후 다시 시도해 주세요.",
    },
    "timeout": {
        "en": "The language model service ({provider}) did not answer in time.",
        "ko": "언어 모델 서비스({provider})가 제시간에 응답하지 않았습니다.",
    },
    "server": {
        "en": "The language model service ({provider}) had a server error{http}. Please try again later.",
        "ko": "언어 모델 서비스({provider})에 서버 오류가 발생했습니다{http}. 잠시 후 다시 시도해 주세요.",
    },
    "provider": {
        "en": "The language model service ({provider}) could not handle the request{http}.",
        "ko": "언어 모델 서비스({provider})가 요청을 처리하지 못했습니다{http}.",
    },
    "malformed": {
        "en": "The language model returned a reply that could not be read as a query plan.",
        "ko": "언어 모델의 응답을 쿼리 계획으로 읽을 수 없었습니다.",
    },
    "empty_answer": {
        "en": "The language model returned an empty answer.",
        "ko": "언어 모델이 빈 답변을 돌려주었습니다.",
    },
    "invalid_sql": {
        "en": "The language model could not write a valid query for this question ({reason}). "
              "Try rephrasing it with the table or column names.",
        "ko": "언어 모델이 이 질문에 맞는 올바른 쿼리를 만들지 못했습니다 ({reason}). "
              "테이블이나 컬럼 이름을 넣어 다시 질문해 주세요.",
    },
    "unsafe": {
        "en": "The query was refused: this assistant only reads the data ({reason}).",
        "ko": "쿼리가 거부되었습니다: 이 도우미는 데이터를 읽기만 합니다 ({reason}).",
    },
    "refused": {
        "en": "I can only read and analyse the data; I cannot change, add or delete anything{reason}. "
              "You can ask me questions about the data instead, for example how much stock a part has.",
        "ko": "저는 데이터를 조회하고 분석만 할 수 있으며, 데이터를 변경하거나 추가·삭제할 수 없습니다{reason}. "
              "대신 데이터에 관한 질문을 해 주세요. 예: 특정 부품의 재고는 얼마인가요?",
    },
    "not_understood": {
        "en": "I could not turn this question into a query on the data{reason}.",
        "ko": "이 질문을 데이터 쿼리로 바꾸지 못했습니다{reason}.",
    },
}
"""Failures of a model provider, and the answers written without a model, by key."""

UNSAFE_REASONS: Texts = {
    "not_read_only": {"en": "{detail}", "ko": "데이터를 바꾸거나 설정을 바꾸는 문장은 실행하지 않습니다"},
    "file_access": {"en": "{detail}", "ko": "파일이나 URL을 읽는 쿼리는 실행하지 않습니다"},
    "unsafe_function": {"en": "{detail}", "ko": "허용되지 않는 함수가 들어 있습니다"},
    "multiple_statements": {"en": "{detail}", "ko": "쿼리는 한 번에 하나만 실행합니다"},
}
"""Guard rules (agent.data.guard) as the reason of the `unsafe` message: the guard's own words in English."""

CONFIG: Texts = {
    "not_object": {"en": "{source} must be a JSON object, not {type}.",
                   "ko": "{source}은(는) JSON 객체여야 합니다 ({type}이(가) 아님)."},
    "unknown_fields": {"en": "{source} has unknown field(s): {names} (allowed: {allowed}).",
                       "ko": "{source}에 알 수 없는 필드가 있습니다: {names} (허용: {allowed})."},
    "no_provider": {"en": "{source}.provider is required: one of {providers}.",
                    "ko": "{source}.provider가 필요합니다: {providers} 중 하나."},
    "bad_provider": {"en": "{source}.provider {name} is not supported (use one of {providers}).",
                     "ko": "{source}.provider {name}은(는) 지원하지 않습니다 ({providers} 중 하나를 쓰세요)."},
    "no_model": {"en": "{source}.model is required: the model's name as the provider spells it.",
                 "ko": "{source}.model이 필요합니다: 제공자가 쓰는 그대로의 모델 이름을 넣어 주세요."},
    "bad_base_url": {"en": "{source}.base_url must start with http:// or https://.",
                     "ko": "{source}.base_url은 http:// 또는 https://로 시작해야 합니다."},
    "no_base_url": {"en": "{source}.base_url is required for an openai-compatible provider.",
                    "ko": "openai-compatible 제공자에는 {source}.base_url이 필요합니다."},
    "not_string": {"en": "{source}.{name} must be a string.", "ko": "{source}.{name}은(는) 문자열이어야 합니다."},
    "not_number": {"en": "{source}.{name} must be a number.", "ko": "{source}.{name}은(는) 숫자여야 합니다."},
    "out_of_range": {"en": "{source}.{name} must be at least {low:g} and at most {high:g}.",
                     "ko": "{source}.{name}은(는) {low:g} 이상 {high:g} 이하여야 합니다."},
    "out_of_open_range": {"en": "{source}.{name} must be more than {low:g} and at most {high:g}.",
                          "ko": "{source}.{name}은(는) {low:g}보다 크고 {high:g} 이하여야 합니다."},
    "env_not_json": {"en": "{env} is not valid JSON.", "ko": "{env}의 값이 올바른 JSON이 아닙니다."},
    "env_not_object": {"en": "{env} must be a JSON object.", "ko": "{env}의 값은 JSON 객체여야 합니다."},
    "secrets_not_toml": {"en": "{file} could not be read as TOML.", "ko": "{file}을(를) TOML로 읽을 수 없습니다."},
    "secrets_not_table": {"en": "[{table}] in {file} must be a table.",
                          "ko": "{file}의 [{table}]은(는) 테이블이어야 합니다."},
    "arg_unreadable": {"en": "--llm-config: cannot read {path!r}.",
                       "ko": "--llm-config: {path!r}을(를) 읽을 수 없습니다."},
    "arg_not_object": {"en": "--llm-config must be a JSON object, e.g. "
                             '\'{"provider": "openai", "model": "gpt-4o-mini"}\'.',
                       "ko": "--llm-config는 JSON 객체여야 합니다. 예: "
                             '\'{"provider": "openai", "model": "gpt-4o-mini"}\'.'},
}
"""Why an `llm_config` is not usable, by key (agent.analysts.llm.config). A message without values is shown as
written (`pick` fills in only messages that have values), so its braces are single."""
