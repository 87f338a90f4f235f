"""Settings dataclasses read from environment variables: each value parsed as its field's annotated type."""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import Field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Union, get_args, get_origin, get_type_hints

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")
PARSE = "parse"
"""Field metadata key for a `str -> value` function that replaces the type's own parsing."""


def settings_from_env(cls: type[T], variable: Callable[[Field[Any]], str], environ: Mapping[str, str],
                      overrides: Mapping[str, Any]) -> T:
    """`cls` from its defaults, then the environment, then `overrides`.

    Each field's variable is `variable(field)`, used when set and not blank. A value that does not parse is
    a ValueError naming the variable.
    """
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):
        name = variable(f)
        raw = environ.get(name, "").strip()
        if raw:
            values[f.name] = parse_value(name, raw, hints[f.name], f.metadata.get(PARSE))
    values.update(overrides)
    return cls(**values)


def parse_value(name: str, raw: str, annotation: Any, parse: Callable[[str], Any] | None = None) -> Any:
    """`raw` (the value of variable `name`) as `annotation`.

    The annotation is str, int, float, bool, Path, `tuple[str, ...]` (comma-separated, blanks dropped), or
    any of these `| None`.
    """
    if parse is not None:
        return parse(raw)
    kind = _without_none(annotation)
    if kind is str:
        return raw
    if kind is Path:
        return Path(raw)
    if get_origin(kind) is tuple:
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    if kind is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"{name}={raw!r} is not a valid bool (true or false)")
    if kind in (int, float):
        try:
            return kind(raw)
        except ValueError:
            raise ValueError(f"{name}={raw!r} is not a valid {kind.__name__}") from None
    raise TypeError(f"{name}: no parser for {annotation!r}")


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        kinds = [kind for kind in get_args(annotation) if kind is not type(None)]
        if len(kinds) == 1:
            return kinds[0]
    return annotation
