# The two commands a newcomer needs:  make run   and   make test
# Each creates (or reuses) the virtual environment .venv by itself.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

export LANG := C.UTF-8

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

.PHONY: run test lint bench
run: $(STAMP)
	$(VENV)/bin/somattran --demo-if-new

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop_app tests bench packaging
	$(VENV)/bin/ruff format --check desktop_app tests bench packaging
	$(VENV)/bin/mypy

bench: $(STAMP)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(VENV)/bin/python $$b || exit 1; done
