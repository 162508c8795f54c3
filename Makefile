# Two commands matter: `make run` and `make test`. Both set everything up on their own.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
NODE_STAMP := clients/node_modules/.package-lock.json

.PHONY: run test lint typecheck migrate seed install clean bench lock cluster-test clients clients-deps examples coverage

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
	$(BIN)/ruff check app tests migrations clients/python/example.py $(wildcard bench)
	$(BIN)/ruff format --check app tests migrations clients/python/example.py $(wildcard bench)
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy app

test: lint typecheck clients-deps
	$(BIN)/pytest

# The coverage map of the captured source (docs/coverage.md), after a change to seed_data/.
coverage: install
	$(BIN)/sjc-api coverage

# Node.js tools of the client tests (openapi-typescript, tsc, Spectral, Redocly), exact
# versions from clients/package-lock.json. Without Node.js those tests skip (CI installs it).
clients-deps:
	@if command -v npm >/dev/null; then $(MAKE) --no-print-directory $(NODE_STAMP); \
	else echo "no Node.js: the client tests will skip"; fi

$(NODE_STAMP): clients/package.json clients/package-lock.json
	cd clients && npm ci --no-audit --no-fund --loglevel=error

# Regenerate clients/openapi.json and both clients from the app (the tests fail when stale).
clients: install $(NODE_STAMP)
	$(BIN)/sjc-api openapi --out clients/openapi.json
	cd clients && node_modules/.bin/openapi-typescript openapi.json -o typescript/schema.d.ts
	cd clients && ../$(BIN)/openapi-python-client generate --path openapi.json \
		--config python/config.yaml --meta none --output-path python/sjc_api_client --overwrite

# Rewrite the document's response examples from a freshly seeded database.
examples: install
	rm -f $(VENV)/examples.db
	SJC_DATABASE_URL=sqlite:///$(VENV)/examples.db $(BIN)/sjc-api setup >/dev/null
	SJC_DATABASE_URL=sqlite:///$(VENV)/examples.db $(BIN)/python -m tests.examples

clean:
	rm -rf $(VENV) sjc.db sjc.db-shm sjc.db-wal
bench: install
	$(BIN)/python -m pip install --quiet addfips  # county list for the synthetic dataset
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	test -x bench/.venv-peer/bin/datasette || ($(PYTHON) -m venv bench/.venv-peer && bench/.venv-peer/bin/pip install --quiet "datasette==0.65.5")
	$(BIN)/python -m bench.run
