"""Interface text in English and Korean, and which of the two a visitor sees."""

from __future__ import annotations

from typing import Literal

import streamlit as st

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
    try:
        return st.context.locale
    except Exception:  # older runtimes or bare script runs have no context
        return None


def current() -> Language:
    """The interface language for this session."""
    return resolve(st.session_state.get(LANGUAGE_KEY, "auto"), browser_locale())


def rows(count: int, language: Language | None = None) -> str:
    """`1 row`, `1,234 rows`, `1,234행`."""
    return t("one_row", language) if count == 1 else t("rows", language, rows=count)


def t(key: str, language: Language | None = None, **values: object) -> str:
    """The interface string `key` in `language` (default: the session's), with `values` filled in."""
    text = STRINGS[key][language or current()]
    return text.format(**values) if values else text
