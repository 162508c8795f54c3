# Two commands matter: `make run` and `make test`. Both set everything up on their own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck migrate seed install clean bench lock cluster-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exact versions with hashes from the lock file; then the project itself, editable, no deps.
$(STAMP): $(BIN)/python pyproject.toml requirements-dev.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Regenerate both lock files after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv==0.13.9"
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes -q -o requirements-dev.lock

install: $(STAMP)

migrate: install
	$(BIN)/sjc-api migrate

seed: migrate
	$(BIN)/sjc-api seed

run: seed
	$(BIN)/sjc-api serve --host $(HOST) --port $(PORT)

# The reference deployment as processes (PostgreSQL primary + replica, Redis, 3 API replicas,
# nginx) and a non-editable install; needs the Debian packages postgresql, redis-server, nginx.
cluster-test: install
	SJC_CLUSTER_TEST=1 $(BIN)/pytest tests/production

lint: install
	$(BIN)/ruff check app tests migrations $(wildcard bench)
	$(BIN)/ruff format --check app tests migrations $(wildcard bench)
	$(BIN)/lint-imports

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
