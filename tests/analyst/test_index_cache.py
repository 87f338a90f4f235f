"""The schema index is built once per catalog: every run's own view of the database shares it."""

from __future__ import annotations

from agent.analysts.offline.schema.index import index_for
from agent.runtime.cancellation import Cancellation
from tests.helpers.analyst_envs import sample_env


def test_runs_views_share_one_index():
    env = sample_env()
    first = index_for(env.catalog, env.database.bound(Cancellation()))
    assert index_for(env.catalog, env.database.bound(Cancellation())) is first
    assert index_for(env.catalog, env.database) is first


def test_another_catalog_gets_its_own_index():
    one, two = sample_env(), sample_env()
    assert index_for(one.catalog, one.database) is not index_for(two.catalog, two.database)
