"""Interface text in English and Korean, and which of the two a visitor sees."""

from __future__ import annotations

from typing import Literal

import streamlit as st

from agent.contract.i18n import pick

Language = Literal["en", "ko"]
CHOICES: tuple[str, ...] = ("auto", "ko", "en")
LANGUAGE_KEY = "chat_language"

STRINGS: dict[str, dict[Language, str]] = {
    "title": {"en": "Data Chat", "ko": "데이터 채팅"},
    "caption": {"en": "Ask about the warehouse data in Korean or English.",
                "ko": "창고 데이터에 대해 한국어나 영어로 질문하세요."},
    "placeholder": {"en": "Ask about your data, e.g. “stock by warehouse”",
                    "ko": "데이터에 대해 물어보세요. 예: “ABC-12345 부품의 재고는?”"},
    "empty_hint": {"en": "Ask a question below, or pick an example from the sidebar.",
                   "ko": "아래에 질문을 입력하거나 사이드바의 예시를 눌러 보세요."},
    "stage.query_analysis": {"en": "Query analysis", "ko": "질문 분석"},
    "stage.data_retrieval": {"en": "Data retrieval", "ko": "데이터 조회"},
    "stage.response_generation": {"en": "Response generation", "ko": "답변 작성"},
    "step_seconds": {"en": "{seconds:.2f} s", "ko": "{seconds:.2f}초"},
    "step_running": {"en": "running for {seconds:.1f} s", "ko": "{seconds:.1f}초째 진행 중"},
    "step_stopped": {"en": "stopped", "ko": "중단됨"},
    "waiting": {"en": "Starting… {seconds:.1f} s", "ko": "시작하는 중… {seconds:.1f}초"},
    "confidence": {"en": "Confidence: {percent}% ({level})", "ko": "신뢰도: {percent}% ({level})"},
    "ask_next": {"en": "Ask next:", "ko": "이어서 물어보기:"},
    "other_readings": {"en": "I read this one way; it could also mean:", "ko": "이렇게 해석했습니다. 다른 해석:"},
    "level.high": {"en": "high", "ko": "높음"},
    "level.medium": {"en": "medium", "ko": "보통"},
    "level.low": {"en": "low", "ko": "낮음"},
    "sources": {"en": "Sources ({count})", "ko": "출처 ({count})"},
    "source_rows": {"en": "Table `{name}` · {rows} returned", "ko": "테이블 `{name}` · 결과 {rows}"},
    "truncated": {"en": "Showing the first {rows} rows; the result had more.",
                  "ko": "처음 {rows}행만 표시합니다. 결과가 더 있습니다."},
    "stopped": {"en": "Stopped", "ko": "중단됨"},
    "stopped_detail": {"en": "Stopped — this answer was interrupted before it finished.",
                       "ko": "중단됨 — 답변이 끝나기 전에 중지되었습니다."},
    "error_kind": {"en": "Error: {kind}", "ko": "오류: {kind}"},
    "agent_unavailable": {"en": "The data agent could not start: {error}",
                          "ko": "데이터 에이전트를 시작하지 못했습니다: {error}"},
    "examples": {"en": "Example questions", "ko": "예시 질문"},
    "language": {"en": "Language", "ko": "언어"},
    "language.auto": {"en": "Auto (browser)", "ko": "자동 (브라우저)"},
    "language.ko": {"en": "한국어", "ko": "한국어"},
    "language.en": {"en": "English", "ko": "English"},
    "new_conversation": {"en": "New conversation", "ko": "새 대화"},
    "data_title": {"en": "Data", "ko": "데이터"},
    "data_caption": {"en": "The tables the chat answers from: {tables} tables, {rows} rows.",
                     "ko": "채팅이 답하는 데 쓰는 테이블: {tables}개, 총 {rows}행."},
    "rows": {"en": "{rows:,} rows", "ko": "{rows:,}행"},
    "one_row": {"en": "1 row", "ko": "1행"},
    "columns": {"en": "Columns", "ko": "컬럼"},
    "preview": {"en": "First {rows} rows", "ko": "처음 {rows}행"},
    "col.name": {"en": "Column", "ko": "컬럼"},
    "col.type": {"en": "SQL type", "ko": "SQL 타입"},
    "col.kind": {"en": "Kind", "ko": "종류"},
    "col.id": {"en": "ID-like", "ko": "ID 여부"},
    "col.distinct": {"en": "Distinct (approx.)", "ko": "고유값 수(근사)"},
    "col.values": {"en": "Known values", "ko": "알려진 값"},
    "col.description": {"en": "Description", "ko": "설명"},
    "nav.chat": {"en": "Chat", "ko": "채팅"},
    "nav.data": {"en": "Data", "ko": "데이터"},
    "nav.settings": {"en": "Settings", "ko": "설정"},
    "nav.conversations": {"en": "Conversations", "ko": "대화 기록"},
    "conv.title": {"en": "Conversations", "ko": "대화 기록"},
    "conv.caption": {"en": "Your saved conversations, newest first. Open one to continue it in the chat.",
                     "ko": "저장된 대화입니다(최근 순). 열면 채팅에서 이어서 질문할 수 있습니다."},
    "conv.empty": {"en": "No saved conversations yet. Ask something in the chat to start one.",
                   "ko": "저장된 대화가 아직 없습니다. 채팅에서 질문하면 대화가 저장됩니다."},
    "conv.meta": {"en": "{turns} questions · updated {updated}", "ko": "질문 {turns}개 · {updated} 업데이트"},
    "conv.meta_one": {"en": "1 question · updated {updated}", "ko": "질문 1개 · {updated} 업데이트"},
    "conv.current": {"en": "open in the chat", "ko": "채팅에 열려 있음"},
    "conv.open": {"en": "Open", "ko": "열기"},
    "conv.rename": {"en": "Rename", "ko": "이름 바꾸기"},
    "conv.new_title": {"en": "Title", "ko": "제목"},
    "conv.save": {"en": "Save", "ko": "저장"},
    "conv.delete": {"en": "Delete", "ko": "삭제"},
    "conv.delete_confirm": {"en": "Delete this conversation for good?", "ko": "이 대화를 영구히 삭제할까요?"},
    "conv.deleted": {"en": "Deleted “{title}”.", "ko": "“{title}” 대화를 삭제했습니다."},
    "conv.unavailable": {"en": "Conversations cannot be read: {error}", "ko": "대화 기록을 읽을 수 없습니다: {error}"},
    "downloads": {"en": "Download", "ko": "다운로드"},
    "download.csv": {"en": "Table (CSV)", "ko": "표 (CSV)"},
    "download.xlsx": {"en": "Table (Excel)", "ko": "표 (Excel)"},
    "download.png": {"en": "Chart (PNG)", "ko": "차트 (PNG)"},
    "download.svg": {"en": "Chart (SVG)", "ko": "차트 (SVG)"},
    "download.sql": {"en": "Download SQL", "ko": "SQL 다운로드"},
    "download.html": {"en": "Download report (HTML)", "ko": "보고서 다운로드 (HTML)"},
    "download.md": {"en": "Download Markdown", "ko": "Markdown 다운로드"},
    "conversation": {"en": "This conversation", "ko": "이 대화"},
    "report_title": {"en": "Data Chat: {question}", "ko": "데이터 채팅: {question}"},
    "engine": {"en": "Engine: {name}", "ko": "엔진: {name}"},
    "engine_help": {"en": "What answers your questions. Change it in Settings.",
                    "ko": "질문에 답하는 엔진입니다. 설정에서 바꿀 수 있습니다."},
    "engine.server_default": {"en": "{name} (server default)", "ko": "{name} (서버 기본값)"},
    "engine.offline": {"en": "Offline analyst", "ko": "오프라인 분석기"},
    "engine.openai": {"en": "OpenAI", "ko": "OpenAI"},
    "engine.anthropic": {"en": "Anthropic", "ko": "Anthropic"},
    "engine.ollama": {"en": "Ollama", "ko": "Ollama"},
    "engine.openai-compatible": {"en": "OpenAI-compatible", "ko": "OpenAI 호환"},
    "settings_title": {"en": "Settings", "ko": "설정"},
    "settings_caption": {"en": "Choose what answers your questions. Settings last for this browser session.",
                         "ko": "질문에 답할 엔진을 고르세요. 설정은 이 브라우저 세션 동안 유지됩니다."},
    "settings_engine": {"en": "Answering engine", "ko": "답변 엔진"},
    "settings_engine_help": {"en": "The offline analyst needs no key and sends nothing anywhere. A language model "
                                   "sees the catalog, sample rows, the question and up to 50 result rows.",
                             "ko": "오프라인 분석기는 키가 필요 없고 어디에도 데이터를 보내지 않습니다. 언어 모델은 "
                                   "카탈로그, 샘플 행, 질문, 결과 최대 50행을 봅니다."},
    "settings_model": {"en": "Model", "ko": "모델"},
    "settings_base_url": {"en": "Base URL", "ko": "기본 URL"},
    "settings_base_url_required": {"en": "Base URL (required)", "ko": "기본 URL (필수)"},
    "settings_api_key": {"en": "API key", "ko": "API 키"},
    "settings_key_set": {"en": "A key is set. Leave the field empty to keep it, or type a new one.",
                         "ko": "키가 설정되어 있습니다. 그대로 두려면 비워 두고, 바꾸려면 새 키를 입력하세요."},
    "settings_key_env": {"en": "No key entered: the server's own key ({env}) is used, but only at the provider's "
                               "default address or the one the server is configured with; another base URL needs "
                               "its own key.",
                         "ko": "키를 입력하지 않으면 서버의 키({env})를 사용하지만, 제공자의 기본 주소나 서버에 설정된 "
                               "주소에서만 사용합니다. 다른 기본 URL에는 별도의 키가 필요합니다."},
    "settings_rule_off": {"en": "This server's operator has fixed the answering engine ({setting}=off): you can "
                                "switch to the offline analyst, or reset to the server's default.",
                          "ko": "이 서버의 운영자가 답변 엔진을 고정했습니다 ({setting}=off). "
                                "오프라인 분석기로 바꾸거나 서버 기본값으로 되돌릴 수만 있습니다."},
    "settings_rule_models": {"en": "You can pick one of the models this server offers ({setting}=models); it uses "
                                   "its own address and key for them.",
                             "ko": "이 서버가 제공하는 모델 중에서 고를 수 있습니다 ({setting}=models). 주소와 키는 "
                                   "서버의 것을 사용합니다."},
    "settings_rule_any": {"en": "You can name any model and address ({setting}=any); the server's keys are only "
                                "sent to the addresses it is configured with.",
                          "ko": "어떤 모델과 주소든 지정할 수 있습니다 ({setting}=any). 서버의 키는 설정된 주소로만 "
                                "보냅니다."},
    "settings_clear_key": {"en": "Forget the saved key", "ko": "저장된 키 지우기"},
    "settings_temperature": {"en": "Temperature", "ko": "온도 (temperature)"},
    "settings_timeout": {"en": "Timeout per model call (seconds)", "ko": "모델 호출당 제한 시간(초)"},
    "settings_prompt": {"en": "Custom instructions", "ko": "사용자 지시문"},
    "settings_prompt_help": {"en": "Added to the model's instructions, e.g. “Answer briefly, in formal Korean.” "
                                   "They cannot override its rules. The offline analyst ignores them.",
                             "ko": "모델 지시문에 덧붙습니다. 예: “간결하게 존댓말로 답하세요.” 기본 규칙을 바꿀 수는 "
                                   "없습니다. 오프라인 분석기는 사용하지 않습니다."},
    "settings_save": {"en": "Save", "ko": "저장"},
    "settings_reset": {"en": "Reset to default", "ko": "기본값으로"},
    "settings_saved": {"en": "Saved. New questions are answered by: {name}.",
                       "ko": "저장했습니다. 이제 새 질문은 {name}이(가) 답합니다."},
    "settings_reset_done": {"en": "Settings cleared: {name} answers.",
                            "ko": "설정을 지웠습니다: {name}이(가) 답합니다."},
    "settings_invalid": {"en": "These settings cannot be used: {error}", "ko": "이 설정은 사용할 수 없습니다: {error}"},
    "settings_active": {"en": "Now answering: {name}", "ko": "현재 답변 엔진: {name}"},
    "settings_default_note": {"en": "Until you save here, the server's default answers: {name}.",
                              "ko": "여기서 저장하기 전까지는 서버 기본값이 답합니다: {name}."},
}

# Korean words for common English column and table words, used to phrase example questions
# when the catalog has no Korean synonym of its own.
TERMS_KO: dict[str, str] = {
    "part": "부품", "parts": "부품", "warehouse": "창고", "warehouses": "창고",
    "supplier": "공급업체", "suppliers": "공급업체", "inventory": "재고",
    "quantity on hand": "재고", "stock": "재고", "quantity": "수량", "reorder point": "재주문점",
    "shipment": "출고", "receipt": "입고", "movement": "이동", "stock movements": "재고 이동",
    "category": "카테고리", "unit cost": "단가", "country": "국가", "city": "도시",
    "product": "제품", "customer": "고객", "order": "주문", "sales": "매출", "amount": "금액",
    "price": "가격", "revenue": "매출",
}

# Everyday English for column words whose spelled-out form reads ambiguously ("quantity on hand"
# also matches a plain "quantity" column); other multi-word columns are named as in the data.
TERMS_EN: dict[str, str] = {"quantity on hand": "stock", "qty on hand": "stock", "on hand": "stock"}


def resolve(choice: str, locale: str | None) -> Language:
    """The language to show for a selector choice; "auto" follows the browser locale."""
    if choice in ("ko", "en"):
        return choice  # type: ignore[return-value]
    return "ko" if (locale or "").lower().startswith("ko") else "en"


def browser_locale() -> str | None:
    """The browser's locale, when Streamlit knows it."""
    return st.context.locale  # None in a bare script run


def current() -> Language:
    """The interface language for this session."""
    return resolve(st.session_state.get(LANGUAGE_KEY, "auto"), browser_locale())


def rows(count: int, language: Language | None = None) -> str:
    """`1 row`, `1,234 rows`, `1,234행`."""
    return t("one_row", language) if count == 1 else t("rows", language, rows=count)


def t(key: str, language: Language | None = None, **values: object) -> str:
    """The interface string `key` in `language` (default: the session's), with `values` filled in."""
    return pick(STRINGS, key, language or current(), **values)
