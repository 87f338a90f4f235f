"""API settings in one dataclass, each overridable from an environment variable."""

from __future__ import annotations

import os
from dataclasses import Field, dataclass, field
from typing import Any

from agent.analysts.llm.policy import DEFAULT_MODE, MODE_ENV, MODELS_ENV, LLMPolicy
from agent.env_settings import PARSE, settings_from_env

LOOPBACK_ORIGINS = r"^http://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$"
"""CORS origins allowed when `CORS_ORIGINS` is not set: pages served from this machine."""


def _origins(raw: str) -> tuple[str, ...]:
    return tuple(origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip())


@dataclass(kw_only=True, frozen=True)
class ApiSettings:
    """How the HTTP API behaves; `env` in each field's metadata names its variable."""

    token: str | None = field(default=None, metadata={
        "env": "API_TOKEN", "help": "Bearer token every request must carry (unset: no auth)."})
    cors_origins: tuple[str, ...] = field(default=(), metadata={
        "env": "CORS_ORIGINS", "help": "Comma-separated allowed origins (unset: http://localhost:* and "
                                       "http://127.0.0.1:*).", PARSE: _origins})
    max_message_chars: int = field(default=4000, metadata={
        "env": "API_MAX_MESSAGE_CHARS", "help": "Longest message (and custom_prompt), in characters."})
    max_body_bytes: int | None = field(default=None, metadata={
        "env": "API_MAX_BODY_BYTES", "help": "Largest request body (unset: 16 bytes per message character, "
                                             "at least 64 KiB)."})
    deadline_seconds: float = field(default=60.0, metadata={
        "env": "API_DEADLINE_SECONDS", "help": "Longest an answer may run; then the stream ends with Timeout."})
    heartbeat_seconds: float = field(default=15.0, metadata={
        "env": "API_HEARTBEAT_SECONDS", "help": "Interval of `: ping` comment lines on open streams."})
    max_concurrent: int = field(default=256, metadata={
        "env": "API_MAX_CONCURRENT", "help": "Answers running at once; more wait for a free slot. Each is a "
                                             "task on the agent's event loop, not a thread."})
    queue_wait_seconds: float = field(default=10.0, metadata={
        "env": "API_QUEUE_WAIT_SECONDS", "help": "Longest wait for a free slot before 503 + Retry-After."})
    replay_seconds: float = field(default=300.0, metadata={
        "env": "API_REPLAY_SECONDS", "help": "How long a stream's events stay replayable (Last-Event-ID)."})
    replay_max_streams: int = field(default=1000, metadata={
        "env": "API_REPLAY_MAX_STREAMS", "help": "Most streams kept for replay; the oldest finished go first."})
    llm_config_policy: str = field(default=DEFAULT_MODE, metadata={
        "env": MODE_ENV, "help": "What a request's llm_config may choose: off, models (the server's models) or "
                                 "any (any address; the server connects where callers say). See docs/llm.md.",
        PARSE: str.lower})
    llm_models: tuple[str, ...] = field(default=(), metadata={
        "env": MODELS_ENV, "help": "Comma-separated models a request may pick with `models`, besides the "
                                   "default configuration's: `model` or `provider:model`."})

    def __post_init__(self) -> None:
        for name in ("max_message_chars", "max_concurrent", "replay_max_streams", "deadline_seconds",
                     "heartbeat_seconds"):
            if getattr(self, name) <= 0:
                raise ValueError(f"ApiSettings.{name} must be positive, not {getattr(self, name)!r}")
        for name in ("queue_wait_seconds", "replay_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"ApiSettings.{name} must not be negative, not {getattr(self, name)!r}")
        LLMPolicy(self.llm_config_policy)  # an unknown mode is refused at start-up

    @property
    def llm_policy(self) -> LLMPolicy:
        """What a request's `llm_config` may choose (agent.analysts.llm.policy), the page's rule too."""
        return LLMPolicy(self.llm_config_policy, tuple(self.llm_models))

    @property
    def body_limit(self) -> int:
        """The largest request body accepted, in bytes."""
        return self.max_body_bytes or max(65_536, 16 * self.max_message_chars)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> ApiSettings:
        """Defaults, then the environment's variables, then explicit overrides."""
        return settings_from_env(cls, _variable, os.environ if environ is None else environ, overrides)


def _variable(f: Field[Any]) -> str:
    return str(f.metadata["env"])
