# The front door. `make help` lists the commands.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev
# BROWSER_TESTS=0 skips the browser run (e.g. without Debian's chromium, or on PostgreSQL).
BROWSER_TESTS ?= 1
PYTEST := $(VENV)/bin/pytest --ds=config.settings.test
# pytest exits 5 when a run selects no test (e.g. all marked for the other run or lane).
NO_TESTS_OK = rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests selected"; rc=0; fi; exit $$rc
# Tests run in parallel, one process per core (pytest-xdist, each with its own test database);
# WORKERS=0 runs them in this process (e.g. to debug with pdb), WORKERS=3 in three.
WORKERS ?= auto
XDIST = $(if $(filter 0,$(WORKERS)),-p no:xdist,-n $(WORKERS))
# Tests marked xdist_group (tests/demo_content/: one demo load) stay on one worker.
XDIST_GROUPS = $(XDIST)$(if $(filter 0,$(WORKERS)),, --dist loadgroup)
# The production stack's tests (tests/stack/, marked stack) run in the SQLite lane only.
STACK_MARK = $(if $(filter postgres%,$(DATABASE_URL)), and not stack,)
# The browser tests: Chromium against the demo content, always on SQLite, in a test database
# of their own built afresh (the other tests expect an empty site); screenshots go to
# test-artifacts/screenshots/. A test file stays on one worker (its module fixtures crawl once).
BROWSER_XDIST = $(if $(filter 0,$(WORKERS)),-p no:xdist,-n $(WORKERS) --dist loadfile)
BROWSER_RUN = env -u DATABASE_URL $(PYTEST) -m browser --create-db $(BROWSER_XDIST) tests/e2e $(BROWSER_PYTEST_ARGS)

.DEFAULT_GOAL := help
.PHONY: help install messages setup run jobs stack stack-stop stack-status loadtest faultdrill test test-browser guide-screenshots lint format demo clean bench assets

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt package.json package-lock.json
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	npm ci --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install Python and npm packages

messages: install ## Compile the gettext catalogues
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

setup: messages ## Install, migrate, set the site's address, set up roles and workflow, load the demo content, collect static files
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py setup_site
	$(PY) manage.py setup_editorial
	$(PY) manage.py load_demo_content
	$(PY) manage.py analyze_database -v 0
	$(PY) manage.py collectstatic --no-input -v 0

run: setup ## Set everything up and serve the site on http://127.0.0.1:8000/
	$(PY) manage.py runserver $(HOST):$(PORT)

jobs: install ## Run every scheduled job of site/crontab once (dev settings)
	@grep -oP '^[^#=]+manage\.py \K.+' site/crontab | while read -r job; do \
		echo "manage.py $$job"; $(PY) manage.py $$job || exit 1; done

stack: messages ## Start the production stack on loopback: https://127.0.0.1:8443/ (site/stack.sh)
	site/stack.sh start

stack-stop: ## Stop the processes `make stack` started (by their recorded PIDs)
	site/stack.sh stop

stack-status: ## Which processes of the production stack run
	site/stack.sh status

loadtest: messages ## Load drill: 60 s at 50 connections through the stack while editors save and approve (site/loadtest.py)
	$(PY) site/loadtest.py load

faultdrill: messages ## Fault drill: the load drill with the database server stopped for 10 s
	$(PY) site/loadtest.py fault

lint: install ## Ruff format check and lint, and the import direction (import-linter)
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

test: messages lint ## Run the whole test suite (lint, checks, migrations, pytest, browser tests)
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run -v 1
	$(PYTEST) -m "not browser$(STACK_MARK)" $(XDIST_GROUPS) $(PYTEST_ARGS); $(NO_TESTS_OK)
ifeq ($(BROWSER_TESTS),0)
	@echo "Browser tests skipped (BROWSER_TESTS=0)."
else
	$(BROWSER_RUN); $(NO_TESTS_OK)
endif

test-browser: messages ## Run only the browser tests (Chromium; screenshots in test-artifacts/)
	$(BROWSER_RUN); $(NO_TESTS_OK)

bench: messages ## Benchmark every page type at 10/1,000/10,000 news items (README "Benchmark"; BENCH_SIZES=10,1000 for a short run)
	@command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk
	@command -v varnishd >/dev/null || apt-get install -y varnish || sudo apt-get install -y varnish
	@command -v nginx >/dev/null || apt-get install -y nginx || sudo apt-get install -y nginx
	$(PY) -m tests.bench.run

assets: install ## Rebuild the committed font subsets, icons and Open Graph image (static/fonts, static/identity)
	$(PY) manage.py build_identity_assets

guide-screenshots: messages ## Take the editor guide's screenshots (docs/img/*.png) in Chromium
	GUIDE_SCREENSHOTS=1 env -u DATABASE_URL $(PYTEST) -m browser --create-db -p no:xdist tests/e2e/test_guide_screenshots.py

format: install ## Format and fix the code with Ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean: ## Remove the local database, media, static build and test artefacts
	rm -rf db.sqlite3 media staticfiles test-artifacts
