# Tawiza: `make run` to try it, `make test` to check it, `make prod` to serve it for real.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# `make prod` refuses to start without these (docs/deployment.md lists the others).
PROD_REQUIRED := SECRET_KEY ALLOWED_HOSTS DATABASE_URL
PROD_MISSING = $(strip $(foreach name,$(PROD_REQUIRED),$(if $($(name)),,$(name))))

.PHONY: install run test lint messages prod prod-environment bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production on the engines the environment names: migrate, build the static files, then the
# task worker and gunicorn together (stopping one stops both).
prod: export DJANGO_SETTINGS_MODULE = tawiza.settings.production
prod: prod-environment install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput
	$(BIN)/python manage.py db_worker --queue-name '*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/gunicorn --config gunicorn.conf.py

prod-environment:
	$(if $(PROD_MISSING),$(error make prod: set $(PROD_MISSING) in the environment (docs/deployment.md)))
	@echo "make prod: database $(firstword $(subst :, ,$(DATABASE_URL))), search $(or $(SEARCH_URL),database backend), cache $(or $(firstword $(subst :, ,$(CACHE_URL))),local memory), media $(or $(MEDIA_STORAGE),filesystem)"

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
