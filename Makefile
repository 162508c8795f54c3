# Two commands matter: `make run` and `make test`. Both set everything up on their own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck migrate seed install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/sjc-api migrate

seed: migrate
	$(BIN)/sjc-api seed

run: seed
	$(BIN)/sjc-api serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check app tests migrations $(wildcard bench)
	$(BIN)/ruff format --check app tests migrations $(wildcard bench)

typecheck: install
	$(BIN)/mypy app

test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) sjc.db sjc.db-shm sjc.db-wal
bench: install
	$(BIN)/python -m pip install --quiet addfips  # county list for the synthetic dataset
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	test -x bench/.venv-peer/bin/datasette || ($(PYTHON) -m venv bench/.venv-peer && bench/.venv-peer/bin/pip install --quiet "datasette==0.65.5")
	$(BIN)/python -m bench.run
