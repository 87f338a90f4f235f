# Set-up and everyday commands. `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint bench setup

$(BIN)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(BIN)/.installed

run: setup  ## the chat page and the HTTP API on http://localhost:$(PORT)
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: setup  ## the whole test suite
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python bench/bench_agent.py
	$(BIN)/python bench/bench_page.py
	$(BIN)/python bench/bench_sse.py

.PHONY: screenshots
screenshots: setup  ## docs/screenshots/*.png: the app in headless Chromium (scripts/make_screenshots.py)
	$(BIN)/python scripts/make_screenshots.py
