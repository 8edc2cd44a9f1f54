# The two commands: `make run` starts the platform, `make test` runs the whole suite.
# Both set up the environment first, so a fresh machine needs only Python 3.11.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
# The real interpreter behind any shim, so uv never sees a "different" Python and rebuilds .venv.
PYTHON_EXE := $(shell $(PYTHON) -c 'import sys; print(sys.executable)')
VENV := .venv
TOOLS := .local/tools
UV := $(TOOLS)/bin/uv
UV_VERSION := 0.13.9
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test token lint format bench

$(UV):
	$(PYTHON_EXE) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

## install: create or update .venv from the lock file (uv.lock); installed packages are
## compiled to bytecode once here, so no process start pays for it (PYTHONDONTWRITEBYTECODE
## environments otherwise recompile every module at every start)
install: $(UV)
	@$(UV) sync --quiet --frozen --all-packages --compile-bytecode --python $(PYTHON_EXE)

## run: broker + PostgreSQL + the three services on this machine, until Ctrl-C
run: install
	$(VENV)/bin/psl-devstack

## test: the whole suite (unit, integration, end-to-end, fault) against real Kafka and PostgreSQL
test: install
	$(VENV)/bin/pytest

## token: print a platform token, e.g. make token ORG=RC9 ROLE=reporter
token: install
	@$(VENV)/bin/psl-token --keys .local/auth --org $(ORG) --role $(ROLE)

## bench: the end-to-end benchmark (its own embedded stack; prints figures, then one JSON line)
bench: install
	$(VENV)/bin/python -m bench.e2e

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
