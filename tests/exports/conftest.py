"""Fixtures for the export tests: a Korean table, a bar chart, a final answer and a whole conversation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.export_samples import bar_spec, conversation, korean_final, korean_table


@pytest.fixture
def table_data() -> dict[str, Any]:
    return korean_table()


@pytest.fixture
def chart_spec() -> dict[str, Any]:
    return bar_spec()


@pytest.fixture
def final() -> dict[str, Any]:
    return korean_final()


@pytest.fixture
def turns() -> list[dict[str, Any]]:
    return conversation()
