# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := samples/yonhap-nato-lead.txt
DATA ?= ../shared/data

.PHONY: run test lint eval bench clean-venv

$(BIN)/cleannews: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(BIN)/cleannews
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(BIN)/cleannews
	$(BIN)/cleannews clean $(SAMPLE)

test: $(VENV)/.dev lint
	$(BIN)/python -m pytest -q

lint: $(VENV)/.dev
	$(BIN)/ruff check cleannews tests
	$(BIN)/ruff format --check cleannews tests
	$(BIN)/mypy

clean-venv:
	rm -rf $(VENV)
