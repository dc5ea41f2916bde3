# Whaapy Contacts: `make run` sets up and launches the app (training mode); `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup sandbox lint translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/whaapy-contacts $(ARGS)

sandbox: $(STAMP)
	$(VENV)/bin/whaapy-sandbox $(ARGS)

test: $(STAMP)
	VENV=$(VENV) tools/run-tests $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests tools bench
	$(VENV)/bin/ruff format --check app tests tools bench
	$(VENV)/bin/mypy

translations: $(STAMP)
	$(PY) tools/i18n.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
