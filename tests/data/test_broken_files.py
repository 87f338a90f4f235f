"""Broken files: a clear message saying what is wrong, and nothing else changes (tables, answers, folders)."""

from __future__ import annotations

import io
import os
import zipfile

import pandas as pd
import pytest

from agent.contract.errors import DataLoadError
from agent.data.uploads.limits import LoadLimits
from agent.data.uploads.loading import Loader
from tests.helpers.answers import final_event, result_map
from webui.data_actions import handle_uploads

GOOD = b"city,visits\nSeoul,10\nBusan,20\nDaegu,5\n"


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    pd.DataFrame({"a": [1, 2]}).to_excel(buffer, index=False)
    return buffer.getvalue()


def _ragged_late() -> bytes:
    """A CSV whose bad row comes after the first MiB (found by DuckDB, not by the head check)."""
    rows = "".join(f"{i},name {i},{i * 3}\n" for i in range(60_000))
    return b"id,name,score\n" + rows.encode() + b"60000,late row\n"


def _zip_named_csv() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


BROKEN = [
    ("utf16.csv", "city,visits\n서울,10\n부산,20\n".encode("utf-16"), "UTF-16"),
    ("utf16-nobom.csv", "city,visits\nSeoul,10\n".encode("utf-16-le"), "UTF-16"),
    ("latin1.csv", "city,visits\nMünchen,10\nSão Paulo,20\n".encode("latin-1"), "not UTF-8 text (line 2"),
    ("cp949.csv", "도시,방문\n서울,10\n".encode("cp949"), "CP949"),
    ("ragged.csv", b"a,b,c\n1,2,3\n4,5\n6,7,8\n", "line 3 has 2 values but the header has 3 columns"),
    ("ragged-late.csv", _ragged_late(), "line 60002 has 2 values but the header has 3 columns"),
    ("empty.csv", b"", "the file is empty"),
    ("blank.csv", b"\n\n   \n", "the file is empty"),
    ("header-only.csv", b"a,b,c\n", "no rows of data"),
    ("random.csv", os.urandom(4096).replace(b"\xff\xfe", b"ab").replace(b"\xfe\xff", b"ab"), "not a text table"),
    ("workbook.csv", _xlsx(), "ZIP archive"),
    ("archive.csv", _zip_named_csv(), "ZIP archive"),
    ("report.pdf", b"%PDF-1.4 ...", "files are not supported"),
    ("notes", b"a,b\n1,2\n", "(no extension) files are not supported"),
    ("legacy.xls", b"\xd0\xcf\x11\xe0 old excel", "old Excel .xls files are not supported"),
    ("broken.json", b'[{"a": 1}, {"a": ', "not valid JSON"),
    ("nothing.json", b"[]", "holds no records"),
    ("fake.parquet", b"a,b\n1,2\n", "not a readable Parquet file"),
    ("fake.xlsx", b"a,b\n1,2\n", "not a readable Excel .xlsx workbook"),
    ("bad-zip.xlsx", _zip_named_csv(), "not a readable Excel .xlsx workbook"),
]


@pytest.fixture
def owner(data_agent, user):
    """A user who already has one good table."""
    (outcome,) = handle_uploads(data_agent, user, [("visits.csv", GOOD)])
    assert outcome.error is None
    return user


@pytest.mark.parametrize("name, content, expected", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_says_what_is_wrong_and_changes_nothing(data_agent, owner, name, content, expected):
    folder = data_agent.workspaces.store.folder(owner)
    before_tables = data_agent.workspace(owner).catalog.table_names
    before_files = sorted(p.name for p in folder.tables_dir.iterdir())
    before_manifest = folder.manifest_path.read_text()

    with pytest.raises(DataLoadError) as raised:
        data_agent.workspaces.add_upload(owner, name, content)
    message = str(raised.value)
    assert message.startswith(f"{name}:"), message
    assert expected in message, message
    assert "Traceback" not in message and "duckdb" not in message.lower()

    assert data_agent.workspace(owner).catalog.table_names == before_tables
    assert sorted(p.name for p in folder.tables_dir.iterdir()) == before_files
    assert folder.manifest_path.read_text() == before_manifest
    assert not [p for p in folder.work_dir.iterdir()], "nothing is left in the work folder"
    assert result_map(final_event(data_agent, "total visits by city", owner)) == {"Busan": 20, "Seoul": 10, "Daegu": 5}


def test_the_page_handler_reports_the_broken_file_and_adds_the_good_ones(data_agent, user):
    outcomes = handle_uploads(data_agent, user, [("a.csv", b"x,y\n1,2\n"), ("b.csv", b""), ("c.csv", b"z\n3\n")])
    assert [o.error for o in outcomes] == [None, "b.csv: the file is empty.", None]
    assert {"a", "c"} <= set(data_agent.workspace(user).catalog.table_names)


@pytest.mark.parametrize("name, content, expected", [
    ("utf16.csv", "a,b\n1,2\n".encode("utf-16"), "UTF-16 인코딩"),
    ("ragged.csv", b"a,b,c\n1,2,3\n4,5\n", "3번째 줄의 값은 2개인데 머리글의 컬럼은 3개"),
    ("empty.csv", b"", "빈 파일"),
    ("notes.docx", b"x", ".docx 파일은 지원하지 않습니다"),
])
def test_messages_in_korean(data_agent, user, name, content, expected):
    (outcome,) = handle_uploads(data_agent, user, [(name, content)], "ko")
    assert outcome.added == [] and expected in outcome.error, outcome.error


def test_a_value_that_does_not_fit_after_the_sample_is_read_as_text(data_agent, user):
    rows = "".join(f"{i},{i * 2}\n" for i in range(30_000))
    (outcome,) = handle_uploads(data_agent, user, [("late text.csv", f"code,n\n{rows}X-1,7\n".encode())])
    assert outcome.error is None, outcome.error
    table = data_agent.workspace(user).catalog.table("late_text")
    assert (table.row_count, table.column("code").sql_type) == (30_001, "VARCHAR")


def test_excel_files_are_capped(tmp_path):
    path = tmp_path / "big.xlsx"
    path.write_bytes(_xlsx())
    with pytest.raises(DataLoadError, match=r"Excel files are limited to 0 MB \(this one is 0.0 MB\)\. Save it as CSV"):
        Loader(tmp_path / "work", limits=LoadLimits(max_excel_bytes=100)).convert(path, "big.xlsx")


def test_uploads_need_a_user_and_a_store(data_agent, sample_agent):
    from agent.chatbot import ChatbotAgent
    from agent.contract.errors import InvalidRequest

    with pytest.raises(InvalidRequest, match="needs a user"):
        data_agent.workspaces.add_upload(None, "a.csv", GOOD)
    fixed = ChatbotAgent(database=sample_agent.database, catalog=sample_agent.catalog)
    with pytest.raises(InvalidRequest, match="fixed database"):
        fixed.workspaces.add_upload("someone", "a.csv", GOOD)
    assert fixed.workspace("someone") is fixed.workspaces.base
