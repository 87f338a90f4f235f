# Set-up and everyday commands. `make run` and `make test` do all set-up on a fresh machine.
# Installs come from the lock files (every version and hash fixed); `make lock` re-resolves them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501
PIP_VERSION := 26.3
UV_VERSION := 0.13.8
UV := $(VENV)/lock-tool/bin/uv
COMPILE := $(UV) pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock"

.PHONY: run test lint types eval bench setup setup-run lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet pip==$(PIP_VERSION)

$(BIN)/.installed-run: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(BIN)/.installed: requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

setup-run: $(BIN)/.installed-run  ## what running needs (requirements.lock)

setup: $(BIN)/.installed  ## that plus tests, lint, types and benchmarks (requirements-dev.lock)

run: setup-run  ## the chat page and the HTTP API on http://localhost:$(PORT)
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: setup  ## the whole test suite
	$(BIN)/python -m pytest

lint: setup  ## ruff on the whole tree (settings in pyproject.toml)
	$(BIN)/ruff check .

types: setup  ## mypy on agent/ and api/ (settings in pyproject.toml)
	$(BIN)/mypy

eval: setup  ## the question banks (dev and held-out); fails below the floor in evals/floor.yaml
	$(BIN)/python -m agent eval evals/banks evals/heldout --no-misses --floor evals/floor.yaml

bench: setup
	$(BIN)/python bench/bench_agent.py
	$(BIN)/python bench/bench_page.py
	$(BIN)/python bench/bench_sse.py
	$(BIN)/python bench/bench_planning.py

$(UV):
	$(PYTHON) -m venv $(VENV)/lock-tool
	$(VENV)/lock-tool/bin/pip install --quiet uv==$(UV_VERSION)

lock: $(UV)  ## after changing requirements*.txt: resolve them again into requirements*.lock
	$(COMPILE) requirements.txt -o requirements.lock
	$(COMPILE) requirements-dev.txt -c requirements.lock -o requirements-dev.lock

.PHONY: screenshots
screenshots: setup  ## docs/screenshots/*.png: the app in headless Chromium (scripts/make_screenshots.py)
	$(BIN)/python scripts/make_screenshots.py
