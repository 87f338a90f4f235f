"""Events named by a value (deaths: status dead) are counted, on the date column the event names."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from agent.chatbot import ChatbotAgent
from agent.data.catalog import build_catalog
from agent.data.database import Database
from agent.settings import Settings
from tests.helpers.analyst_envs import Env, tables_env
from tests.helpers.answers import final, single


def _patients() -> pd.DataFrame:
    rng = np.random.default_rng(21)
    n = 500
    diagnosed = pd.to_datetime("1984-01-01") + pd.to_timedelta(rng.integers(0, 2000, n), unit="D")
    died = diagnosed + pd.to_timedelta(rng.integers(30, 900, n), unit="D")
    end = pd.Timestamp("1990-12-31")
    dead = died <= end
    return pd.DataFrame({"patient_id": range(1, n + 1), "sex": rng.choice(["F", "M"], n, p=[0.2, 0.8]),
                         "diagnosis_date": diagnosed.date, "death_date": died.where(dead, end).date,
                         "status": np.where(dead, "dead", "alive"), "age": rng.integers(20, 70, n)})


@pytest.fixture(scope="module")
def patients(tmp_path_factory: pytest.TempPathFactory) -> Env:
    return tables_env(Path(tmp_path_factory.mktemp("patients")), {"patients": _patients()})


def test_deaths_are_the_rows_of_dead_patients_by_sex(patients: Env) -> None:
    frame = patients.frames["patients"]
    _, results, _ = patients.ask("deaths by sex")
    assert results is not None
    assert {r[0]: r[1] for r in results.rows} == frame[frame.status == "dead"].groupby("sex").size().to_dict()


def test_deaths_in_a_year_go_by_the_date_of_death(patients: Env) -> None:
    frame = patients.frames["patients"]
    died = pd.to_datetime(frame.death_date)
    expected = ((frame.status == "dead") & (died.dt.year == 1988)).sum()
    plan, results, _ = patients.ask("1988년 사망자는 몇 명이었어?")
    assert results is not None and results.rows[0][0] == expected and plan.sql is not None
    assert "death_date" in plan.sql


def test_a_follow_up_year_outside_the_data_is_refused_on_the_same_date(tmp_path: Path) -> None:
    conversation, frame = f"test-{uuid.uuid4().hex}", _patients()
    frame.to_csv(tmp_path / "patients.csv", index=False)
    database = Database.from_folder(tmp_path)
    agent = ChatbotAgent(database=database, catalog=build_catalog(database),
                         settings=Settings.from_env(data_dir=tmp_path / "data"))
    died = pd.to_datetime(frame.death_date)
    assert single(final(agent, "How many patients died in 1990?", conversation)) == (
        (frame.status == "dead") & (died.dt.year == 1990)).sum()
    later = final(agent, "what about 1995?", conversation)
    assert not later["table_data"] and "1995" in later["content"]
    assert dt.date(1990, 12, 31).isoformat() in later["content"] or "1990" in later["content"]


def test_the_earliest_date_of_the_date_said(patients: Env) -> None:
    frame = patients.frames["patients"]
    plan, results, _ = patients.ask("When was the earliest diagnosis in the data?")
    assert results is not None and str(results.rows[0][0]) == str(min(frame.diagnosis_date)), plan.sql


def test_a_count_shown_by_month_is_of_rows_not_weeks(patients: Env) -> None:
    frame = patients.frames["patients"]
    died = pd.to_datetime(frame.death_date)
    dead = frame[(frame.status == "dead") & (died.dt.year == 1988)]
    expected = pd.to_datetime(dead.death_date).dt.month.value_counts().sort_index().tolist()
    plan, results, _ = patients.ask("1988년 월별 사망자 수 보여줘")
    assert results is not None and [r[1] for r in results.rows] == expected, plan.sql


@pytest.mark.parametrize(("question", "keep"), [("How many patients were 30 or younger?", lambda a: a <= 30),
                                                ("how many patients older than 60", lambda a: a > 60)])
def test_an_age_comparative_is_a_cut_on_the_age(patients: Env, question, keep) -> None:
    frame = patients.frames["patients"]
    _, results, _ = patients.ask(question)
    assert results is not None and results.rows[0][0] == keep(frame.age).sum()
