"""Fixtures for the export tests: a Korean table, a bar chart, a final answer and a whole conversation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers.export_samples import bar_spec, conversation, korean_final, korean_table


@pytest.fixture
def table_data() -> dict[str, Any]:
    """A Korean table with commas, quotes, newlines, negatives and empty cells."""
    return korean_table()


@pytest.fixture
def chart_spec() -> dict[str, Any]:
    """A bar chart's Vega-Lite spec."""
    return bar_spec()


@pytest.fixture
def final() -> dict[str, Any]:
    """A Korean final answer with a table, a chart, sources and SQL."""
    return korean_final()


@pytest.fixture
def turns() -> list[dict[str, Any]]:
    """A whole conversation: answers, a long cut table, hostile HTML, a timeout and a stop."""
    return conversation()
