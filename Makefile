# Tawiza: `make run` to try it, `make test` to check it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint messages bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Production settings under gunicorn on a throwaway PostgreSQL, driven from this machine;
# figures in bench/results/latest.md (docs/operations.md). BENCH_ARGS="--duration 10" to try it.
bench: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	$(BIN)/python -m bench.run $(BENCH_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: install
	$(BIN)/python manage.py makemessages -l fr -l ar -l shi -l en --ignore=.venv --ignore=tests --no-location
	$(BIN)/python manage.py compilemessages --ignore=.venv
