# Two commands set everything up on a fresh machine:
#   make run   - install, migrate, import the seeds, serve on http://127.0.0.1:8000/
#   make test  - install, lint, run the suite on SQLite and on a throw-away PostgreSQL
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: install run test test-sqlite test-postgres lint migrate seed

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py import_seeds

run: seed
	@echo
	@echo "newsdb is serving the seeds at http://127.0.0.1:8000/admin/"
	@echo "Create your login first, in another terminal:  $(PY) manage.py createsuperuser"
	@echo
	$(PY) manage.py runserver 127.0.0.1:8000

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint test-sqlite test-postgres

test-sqlite: install
	@echo "== suite on SQLite"
	env -u DATABASE_URL $(VENV)/bin/pytest -q -rs $(PYTEST_ARGS)

# pg_virtualenv (Debian's postgresql-common) starts a throw-away cluster, also as root, and
# exports PGHOST/PGPORT/PGUSER/PGPASSWORD for the command it runs.
test-postgres: install
	@if command -v pg_virtualenv >/dev/null 2>&1; then \
		echo "== suite on PostgreSQL (throw-away cluster from pg_virtualenv)"; \
		pg_virtualenv sh -c 'DATABASE_URL="postgres://$$PGUSER:$$PGPASSWORD@$$PGHOST:$$PGPORT/postgres" \
			$(VENV)/bin/pytest -q -rs $(PYTEST_ARGS)'; \
	elif [ -n "$$DATABASE_URL" ]; then \
		echo "== suite on PostgreSQL at DATABASE_URL"; \
		$(VENV)/bin/pytest -q -rs $(PYTEST_ARGS); \
	elif [ -n "$$CI" ]; then \
		echo "PostgreSQL: pg_virtualenv not found and DATABASE_URL unset; CI must test PostgreSQL" >&2; \
		exit 1; \
	else \
		echo "PostgreSQL NOT TESTED: install postgresql (Debian) for pg_virtualenv, or set DATABASE_URL"; \
	fi
