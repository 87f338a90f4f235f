"""agent.factory: the one loader the page and the API use for the agent DATA_CHAT_AGENT names."""

from __future__ import annotations

import pytest

from agent.factory import FACTORY_ENV, load_agent
from tests.helpers.page_agents import RecordingAgent


def test_a_named_factory_builds_the_agent(monkeypatch):
    monkeypatch.setenv(FACTORY_ENV, " tests.helpers.page_agents:scripted_agent ")
    assert isinstance(load_agent(), RecordingAgent)
    assert isinstance(load_agent("tests.helpers.page_agents:slow_agent"), RecordingAgent)


@pytest.mark.parametrize("name", ["tests.helpers.page_agents", ":scripted_agent", "tests.helpers.page_agents:"])
def test_a_name_without_module_and_function_is_refused_with_the_variable_named(name):
    with pytest.raises(ValueError, match=f"{FACTORY_ENV} must look like 'package.module:function'"):
        load_agent(name)


def test_an_unknown_function_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_factory"):
        load_agent("tests.helpers.page_agents:no_such_factory")
