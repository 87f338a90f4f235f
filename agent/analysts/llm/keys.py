"""Where the server's own keys may go: only to the address the operator configured each one with.

The server's keys are the providers' environment variables (`KEY_ENV`) and the `api_key` of its default
configuration (`CHATBOT_LLM_CONFIG` or secrets.toml `[llm]`). A configuration without a key of its own gets
one of them only when it goes *home*: to the provider's default address (no `base_url`: the SDK's default,
which only the operator can change) or to the `base_url` the server's own configuration gives that
provider. Anywhere else it gets no key at all. Every configuration is resolved here (`resolve_config`,
`with_server_key`), so no path can send a key elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from agent.analysts.llm.config import KEY_ENV, LLMConfig, default_config_dict, is_offline
from agent.contract.errors import AgentError


def server_config(environ: Mapping[str, str] | None = None,
                  paths: Iterable[Path] | None = None) -> LLMConfig | None:
    """The server's own configuration, or None when there is none, it is offline, or it is unusable."""
    try:
        found = default_config_dict(environ, paths)
        if found is None or is_offline(found[0]):
            return None
        return LLMConfig.from_dict(found[0], source=found[1])
    except AgentError:  # reported when the default itself is used (`resolve_config`)
        return None


def home_urls(provider: str, server: LLMConfig | None) -> tuple[str | None, ...]:
    """Where the server's keys for `provider` may be sent.

    That is its default address (None), and the `base_url` the server's configuration gives that provider,
    if any.
    """
    if server is not None and server.provider == provider and server.base_url:
        return (None, server.base_url)
    return (None,)


def goes_home(config: LLMConfig, server: LLMConfig | None) -> bool:
    """True when `config` talks to an address the server's keys for its provider may be sent to."""
    return config.base_url in home_urls(config.provider, server)


def server_key(config: LLMConfig, server: LLMConfig | None,
               environ: Mapping[str, str] | None = None) -> SecretStr | None:
    """The server's key for where `config` goes, or None.

    That is the server configuration's own key at its own address, else the provider's environment
    variable; None when `config` goes anywhere else.
    """
    if not goes_home(config, server):
        return None
    if server is not None and (server.provider, server.base_url) == (config.provider, config.base_url) \
            and server.api_key is not None:
        return server.api_key
    value = (os.environ if environ is None else environ).get(KEY_ENV[config.provider], "").strip()
    return SecretStr(value) if value else None


def with_server_key(config: LLMConfig, environ: Mapping[str, str] | None = None,
                    paths: Iterable[Path] | None = None) -> LLMConfig:
    """`config` as it is when it has a key; else with the server's key for its address, if that is home."""
    if config.api_key is not None:
        return config
    key = server_key(config, server_config(environ, paths), environ)
    return replace(config, api_key=key) if key is not None else config


def resolve_config(llm_config: Any = None, environ: Mapping[str, str] | None = None,
                   paths: Iterable[Path] | None = None) -> LLMConfig | None:
    """The configuration to use: the request's, else the default; None for the offline analyst.

    A configuration without a key gets the server's key for its address only when that address is home
    (see the module's docstring); otherwise it stays without one.
    """
    if is_offline(llm_config):
        return None
    if llm_config is not None and not (isinstance(llm_config, Mapping) and not llm_config):
        config = LLMConfig.from_dict(llm_config)
    else:
        found = default_config_dict(environ, paths)
        if found is None:
            return None
        data, source = found
        if is_offline(data):
            return None
        config = LLMConfig.from_dict(data, source=source)
    return with_server_key(config, environ, paths)
