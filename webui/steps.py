"""The agent's stages as a timeline of `st.status` steps, drawn live or redrawn from a stored turn."""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from webui.i18n import STRINGS, Language, t

STATES = {"in_progress": "running", "completed": "complete", "failed": "error"}


def stage_name(stage: dict[str, Any], language: Language) -> str:
    """The stage's human name in the interface language (the agent's own name for unknown nodes)."""
    key = f"stage.{stage.get('node', '')}"
    return t(key, language) if key in STRINGS else str(stage.get("stage") or stage.get("node"))


def label(stage: dict[str, Any], language: Language, now: float | None = None,
          stopped: bool = False) -> str:
    """`**Stage** · message`, plus how long a running stage has run, or that it was stopped."""
    text = f"**{stage_name(stage, language)}**"
    if stage.get("message"):
        text += f" · {_plain(stage['message'])}"
    if stopped:
        text += f" · {t('step_stopped', language)}"
    elif now is not None and stage.get("ended") is None:
        text += f" · {t('step_running', language, seconds=max(0.0, now - stage['started']))}"
    return text


def _plain(message: str) -> str:
    """A message safe for a Markdown label: no line breaks, no stray emphasis markers."""
    return " ".join(str(message).split()).replace("*", "\\*").replace("_", "\\_")


def timing(stage: dict[str, Any], language: Language) -> str:
    """How long a finished stage took."""
    if stage.get("ended") is None:
        return ""
    return t("step_seconds", language, seconds=stage["ended"] - stage["started"])


def state_of(stage: dict[str, Any], stopped: bool = False) -> str:
    """The `st.status` state for a stage; a stage cut short by Stop shows as an error."""
    state = STATES.get(stage.get("status", ""), "running")
    return "error" if stopped and state == "running" else state


ICONS = {"running": ":material/pending:", "complete": ":material/check_circle:", "error": ":material/error:"}


def draw(stages: dict[str, dict[str, Any]], language: Language) -> None:
    """Redraw an earlier turn's stages, collapsed, in the order they ran; unfinished ones were cut short.

    Earlier turns use step expanders with the status icons: `st.status` pauses 50 ms per block
    so that live updates render in order, which a redraw of many turns cannot afford.
    """
    for stage in stages.values():
        cut = stage.get("ended") is None
        with st.expander(label(stage, language, stopped=cut), expanded=False, type="step",
                         icon=ICONS[state_of(stage, cut)]):
            st.caption(timing(stage, language) or t("step_stopped", language))


class LiveSteps:
    """Status steps that appear as stages start and change as their events arrive."""

    def __init__(self, parent: DeltaGenerator, language: Language) -> None:
        self.parent, self.language = parent, language
        self.blocks: dict[str, tuple[Any, DeltaGenerator]] = {}
        self.shown: dict[str, str] = {}

    def show(self, stage: dict[str, Any], now: float) -> None:
        """Create or update the step for one stage after its progress event."""
        node, text, state = stage["node"], label(stage, self.language, now), state_of(stage)
        if node not in self.blocks:
            status = self.parent.status(text, state=state, expanded=False, type="step")  # type: ignore[arg-type]
            self.blocks[node] = (status, status.empty())
        else:
            self.blocks[node][0].update(label=text, state=state)  # type: ignore[arg-type]
        self.shown[node] = text
        self.blocks[node][1].caption(timing(stage, self.language) or "…")

    def tick(self, stages: dict[str, dict[str, Any]], now: float) -> bool:
        """Refresh running stages' labels with their elapsed time; False when no stage is running yet."""
        running = [s for s in stages.values() if s.get("ended") is None and s["node"] in self.blocks]
        for stage in running:
            text = label(stage, self.language, now)
            if text != self.shown.get(stage["node"]):
                self.blocks[stage["node"]][0].update(label=text)
                self.shown[stage["node"]] = text
        return bool(stages)

    def stop(self, stages: dict[str, dict[str, Any]]) -> None:
        """Mark stages that never finished as stopped (only possible while Streamlit still accepts output)."""
        for stage in stages.values():
            if stage.get("ended") is None and stage["node"] in self.blocks:
                self.blocks[stage["node"]][0].update(label=label(stage, self.language, stopped=True),
                                                     state="error")
