"""The lock files match the pins: every `name==version` in requirements*.txt is locked at that version, with hashes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==([^\s;]+)")


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            pins[_name(match[1])] = match[3]
    return pins


def _locked(path: Path) -> dict[str, set[str]]:
    locked: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            locked.setdefault(_name(match[1]), set()).add(match[3])
    return locked


@pytest.mark.parametrize(("requirements", "lock"), [("requirements.txt", "requirements.lock"),
                                                     ("requirements-dev.txt", "requirements-dev.lock")])
def test_every_pin_is_locked_at_its_version(requirements, lock):
    pins, locked = _pins(REPO_ROOT / requirements), _locked(REPO_ROOT / lock)
    if requirements != "requirements.txt":
        pins |= _pins(REPO_ROOT / "requirements.txt")
    stale = {name: (version, locked.get(name)) for name, version in pins.items() if version not in locked.get(name, ())}
    assert not stale, f"{lock} is out of date for {stale} (pin, locked): run `make lock`"


def test_the_run_lock_is_within_the_test_lock_and_everything_has_hashes():
    run, dev = _locked(REPO_ROOT / "requirements.lock"), _locked(REPO_ROOT / "requirements-dev.lock")
    assert {name: versions for name, versions in run.items() if not versions <= dev.get(name, set())} == {}
    for lock in ("requirements.lock", "requirements-dev.lock"):
        lines = (REPO_ROOT / lock).read_text(encoding="utf-8").splitlines()
        unhashed = [line for number, line in enumerate(lines) if PIN.match(line)
                    and not (number + 1 < len(lines) and lines[number + 1].strip().startswith("--hash=sha256:"))]
        assert unhashed == [], f"{lock}: packages without a hash"
    assert "torch" not in run and "torch" not in dev
