"""Named failures of a model provider, with messages for people in Korean and English.

Each error's `kind` (the `error` field of the error event) is one of `ConnectionError`,
`AuthenticationError`, `RateLimitError`, `Timeout`, `ProviderError`. Messages are written here from
templates: no provider text, URL or key ever reaches them.
"""

from __future__ import annotations

from agent.analysts.base import Language
from agent.contract.errors import AgentError, InvalidRequest, Timeout
from agent.contract.i18n import pick

MESSAGES: dict[str, dict[Language, str]] = {
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
        "en": "The language model service ({provider}) had a server error{status}. Please try again later.",
        "ko": "언어 모델 서비스({provider})에 서버 오류가 발생했습니다{status}. 잠시 후 다시 시도해 주세요.",
    },
    "provider": {
        "en": "The language model service ({provider}) could not handle the request{status}.",
        "ko": "언어 모델 서비스({provider})가 요청을 처리하지 못했습니다{status}.",
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


UNSAFE_REASONS_KO: dict[str, str] = {
    "not_read_only": "데이터를 바꾸거나 설정을 바꾸는 문장은 실행하지 않습니다",
    "file_access": "파일이나 URL을 읽는 쿼리는 실행하지 않습니다",
    "unsafe_function": "허용되지 않는 함수가 들어 있습니다",
    "multiple_statements": "쿼리는 한 번에 하나만 실행합니다",
}
"""Guard rules (agent.data.guard) explained in Korean for the `unsafe` message."""


def say(key: str, language: Language, **values: object) -> str:
    """The message `key` in `language` with `values` filled in."""
    return pick(MESSAGES, key, language, **values)


class LLMError(AgentError):
    """A failure talking to a model provider; `retryable` when trying again may help."""

    retryable: bool = False

    def __init__(self, message: str, *, retryable: bool | None = None, retry_after: float | None = None,
                 status: int | None = None) -> None:
        super().__init__(message)
        if retryable is not None:
            self.retryable = retryable
        self.retry_after = retry_after
        self.status = status


class ProviderConnectionError(LLMError):
    """The provider could not be reached (refused connection, DNS, reset)."""

    kind = "ConnectionError"
    retryable = True


class AuthenticationError(LLMError):
    """The provider rejected the key (401/403) or no key is configured."""

    kind = "AuthenticationError"


class RateLimitError(LLMError):
    """The provider is throttling (429)."""

    kind = "RateLimitError"
    retryable = True


class ProviderTimeout(LLMError, Timeout):
    """The provider did not answer within the client timeout or the run's deadline."""

    kind = "Timeout"


class ProviderError(LLMError):
    """The provider failed otherwise: a 5xx, a rejected request, or output that could not be read."""

    kind = "ProviderError"


class InvalidLLMConfig(InvalidRequest):
    """The `llm_config` is not usable: unknown provider, missing model, wrong types."""

    kind = "InvalidRequest"
