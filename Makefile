# Whaapy Contacts: `make run` sets up and launches the app (training mode); `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup sandbox lint translations bench clean bundle deb deb-test

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

bench: $(STAMP)
	VENV=$(VENV) tools/run-bench

translations: $(STAMP)
	$(PY) tools/i18n.py

# Packaging (README, "Packaging"): the one-folder PyInstaller bundle, the .deb, and the .deb tried
# in a fresh Debian 12 root (needs root and a few minutes; run before any packaging change lands).
bundle: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/whaapy-contacts.spec

deb: bundle
	PY=$(PY) packaging/linux/build-deb.sh

deb-test: deb
	packaging/linux/test-in-chroot.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
