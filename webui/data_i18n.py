"""The data page's interface text in English and Korean."""

from __future__ import annotations

from agent.contract.i18n import pick
from webui.i18n import Language, current

STRINGS: dict[str, dict[str, str]] = {
    "add_title": {"en": "Add your data", "ko": "내 데이터 추가"},
    "add_help": {"en": "CSV, TSV, Parquet, JSON or Excel (.xlsx), up to {mb:,} MB each; Excel up to {excel} MB. "
                       "Each file becomes a table (each sheet of a workbook); a file with the name of one of "
                       "your tables replaces it.",
                 "ko": "CSV, TSV, Parquet, JSON, 엑셀(.xlsx) 파일, 파일당 {mb:,}MB까지(엑셀은 {excel}MB까지). "
                       "파일마다(통합 문서는 시트마다) 테이블이 됩니다. 내 테이블과 이름이 같은 파일은 그 테이블을 "
                       "바꿉니다."},
    "uploader": {"en": "Files to add as tables", "ko": "테이블로 추가할 파일"},
    "loading": {"en": "Reading {name}…", "ko": "{name} 읽는 중…"},
    "added": {"en": "Added table `{table}` from {file} ({rows}).",
              "ko": "{file}에서 `{table}` 테이블을 추가했습니다({rows})."},
    "replaced": {"en": "Replaced table `{table}` with {file} ({rows}).",
                 "ko": "`{table}` 테이블을 {file}(으)로 바꿨습니다({rows})."},
    "failed": {"en": "Not added: {message}", "ko": "추가하지 못함: {message}"},
    "tables_title": {"en": "Tables", "ko": "테이블"},
    "owner.sample": {"en": "Sample data", "ko": "예제 데이터"},
    "owner.upload": {"en": "Uploaded from {file} · {added}", "ko": "{file}에서 업로드 · {added}"},
    "owner.connection": {"en": "In database {name}", "ko": "데이터베이스 {name}"},
    "rename": {"en": "Rename", "ko": "이름 바꾸기"},
    "new_name": {"en": "New name", "ko": "새 이름"},
    "renamed": {"en": "Renamed `{old}` to `{new}`.", "ko": "`{old}` 이름을 `{new}`(으)로 바꿨습니다."},
    "remove": {"en": "Remove", "ko": "삭제"},
    "remove_confirm": {"en": "Remove `{table}` and its data? This cannot be undone.",
                       "ko": "`{table}` 테이블과 데이터를 삭제할까요? 되돌릴 수 없습니다."},
    "removed": {"en": "Removed table `{table}`.", "ko": "`{table}` 테이블을 삭제했습니다."},
    "hide": {"en": "Hide", "ko": "숨기기"},
    "hidden": {"en": "Hidden from your questions: {tables}", "ko": "질문에서 숨긴 테이블: {tables}"},
    "show": {"en": "Show {table}", "ko": "{table} 보이기"},
    "loaded_notes": {"en": "Read as", "ko": "읽을 때 바꾼 것"},
    "connections_title": {"en": "Databases", "ko": "데이터베이스"},
    "connections_help": {
        "en": "Connect a PostgreSQL database by URL: its tables join the catalog and questions about them run in "
              "that database, read-only, with a statement timeout. Connections in `.streamlit/secrets.toml` "
              "(`[connections.<name>] url = ...`) are everyone's. Passwords are kept on the server and never "
              "shown again; use a read-only database user.",
        "ko": "PostgreSQL 데이터베이스를 URL로 연결하면 그 테이블이 카탈로그에 들어가고, 그 테이블에 대한 질문은 그 "
              "데이터베이스에서 읽기 전용으로, 실행 시간 제한을 두고 실행됩니다. `.streamlit/secrets.toml`의 연결"
              "(`[connections.<이름>] url = ...`)은 모든 사용자가 씁니다. 비밀번호는 서버에만 저장되고 다시 표시되지 "
              "않습니다. 읽기 전용 사용자를 쓰세요."},
    "no_connections": {"en": "No databases connected.", "ko": "연결된 데이터베이스가 없습니다."},
    "connection_line": {"en": "**{name}** · `{url}` · {tables} tables",
                        "ko": "**{name}** · `{url}` · 테이블 {tables}개"},
    "connection_shared": {"en": "from secrets.toml", "ko": "secrets.toml"},
    "connection_name": {"en": "Name", "ko": "이름"},
    "connection_url": {"en": "URL", "ko": "URL"},
    "connection_url_help": {"en": "postgresql://user:password@host:5432/database",
                            "ko": "postgresql://사용자:비밀번호@호스트:5432/데이터베이스"},
    "connection_schema": {"en": "Schema (optional)", "ko": "스키마(선택)"},
    "test": {"en": "Test connection", "ko": "연결 테스트"},
    "connect": {"en": "Add database", "ko": "데이터베이스 추가"},
    "tested": {"en": "Connected: {version} · {tables} tables.", "ko": "연결됨: {version} · 테이블 {tables}개."},
    "connected": {"en": "Added database {name} ({tables} tables).",
                  "ko": "데이터베이스 {name}을(를) 추가했습니다(테이블 {tables}개)."},
    "disconnected": {"en": "Removed database {name}.", "ko": "데이터베이스 {name}을(를) 제거했습니다."},
    "descriptions_title": {"en": "Descriptions and synonyms", "ko": "설명과 동의어"},
    "descriptions_help": {
        "en": "A YAML file describing tables and columns — descriptions, units and synonyms in Korean and English "
              "— helps the analyst map words in questions to columns. See `data/sample/descriptions.yaml`.",
        "ko": "테이블과 컬럼을 설명하는 YAML 파일(설명, 단위, 한국어·영어 동의어)이 있으면 질문의 단어를 컬럼에 더 잘 "
              "연결합니다. `data/sample/descriptions.yaml`을 참고하세요."},
    "descriptions_upload": {"en": "descriptions.yaml", "ko": "descriptions.yaml"},
    "descriptions_saved": {"en": "Descriptions saved ({tables} tables).",
                           "ko": "설명을 저장했습니다(테이블 {tables}개)."},
    "descriptions_removed": {"en": "Descriptions removed.", "ko": "설명을 지웠습니다."},
    "descriptions_remove": {"en": "Remove my descriptions", "ko": "내 설명 지우기"},
    "descriptions_current": {"en": "Your descriptions", "ko": "내 설명"},
    "problems": {"en": "Some data could not be loaded: {problems}",
                 "ko": "일부 데이터를 불러오지 못했습니다: {problems}"},
    "fixed": {"en": "This server runs on a fixed database; adding data is off.",
              "ko": "이 서버는 고정된 데이터베이스로 실행 중이라 데이터를 추가할 수 없습니다."},
    "col.synonyms": {"en": "Also called", "ko": "다른 이름"},
    "user": {"en": "Your data is kept for **{user}**.", "ko": "**{user}** 사용자의 데이터로 저장됩니다."},
}


def td(key: str, language: Language | None = None, **values: object) -> str:
    """The data page's string `key` in `language` (default: the session's), with `values` filled in."""
    return pick(STRINGS, key, language or current(), **values)
