# Two commands do all set-up on a machine that has only python3:
#   make run    create .venv, install, build the database, open the app
#   make test   same set-up, then ruff, mypy and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
DB := db/cooperation.sqlite
DB_SOURCES := $(wildcard db/sources/registry/*.toml db/sources/*/*.toml db/sources/*/activities/*.toml db/sources/*/*.txt) db/build.py db/parse.py desktop/core/cpm_paper.py desktop/core/schema.py desktop/core/text.py
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest db translations screenshots bench dist clean help

help:
	@echo "make run     set up and open the app"
	@echo "make test    set up, lint, type-check and run all tests"
	@echo "make db      (re)build the database when its sources changed"
	@echo "make bench   the benchmark suite (start-up, keystrokes, exports, memory)"
	@echo "make dist    build the standalone executable into dist/"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

$(DB): $(STAMP) $(DB_SOURCES)
	$(PY) -m db.build --output $(DB)

db: $(DB)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease $< -qm $@

translations: $(QM)

run: $(DB) $(QM)
	$(PY) -m desktop

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(DB) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test: lint typecheck pytest

bench: $(DB) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

screenshots: $(DB) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/screenshots.py docs/screenshots

dist: $(DB) $(QM)
	$(PY) build_scripts/build.py

clean:
	rm -rf build dist $(DB) $(QM) .pytest_cache .mypy_cache .ruff_cache

# AT-SPI audit (Linux): the app on Xvfb walked as a screen reader walks it, in both languages;
# screenshots of each Tab stop in build/a11y/. Needs (Debian/Ubuntu): at-spi2-core
# python3-pyatspi xvfb xdotool imagemagick dbus; runs under the system python3 (pyatspi).
.PHONY: a11y
a11y: $(DB) $(QM)
	/usr/bin/python3 build_scripts/a11y_audit.py
