# The front door. `make help` lists the commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install messages setup run test lint format demo clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt package.json package-lock.json
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	npm ci --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install Python and npm packages

messages: install ## Compile the gettext catalogues
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

setup: messages ## Install, migrate, load the demo content, collect static files
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo_content
	$(PY) manage.py collectstatic --no-input -v 0

run: setup ## Set everything up and serve the site on http://127.0.0.1:8000/
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install ## Ruff format check and lint
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

test: messages lint ## Run the whole test suite (lint, checks, migrations, pytest)
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run -v 1
	@# pytest exits 5 when a lane selects no test (e.g. all marked for the other lane).
	$(VENV)/bin/pytest --ds=config.settings.test $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests selected"; rc=0; fi; exit $$rc

format: install ## Format and fix the code with Ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean: ## Remove the local database, media, static build and test artefacts
	rm -rf db.sqlite3 media staticfiles test-artifacts
