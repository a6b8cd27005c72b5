# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := samples/yonhap-nato-lead.txt
DATA ?= ../shared/data

.PHONY: run test lint eval eval-rejoin eval-chrome eval-titles eval-wire bench bench-dask fuzz clean-venv

$(BIN)/cleannews: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q cleannews >/dev/null
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

# Evaluation on the real data in $(DATA) (not part of `make test`); peers come from the eval extra.
$(VENV)/.eval: $(VENV)/.dev
	$(BIN)/python -m pip install --quiet -e '.[eval]'
	touch $@

eval: eval-rejoin eval-chrome eval-titles eval-wire

eval-rejoin: $(VENV)/.eval
	$(BIN)/python -m cleannews.evaluation.rejoin --data $(DATA)

eval-chrome: $(VENV)/.eval
	$(BIN)/python -m cleannews.evaluation.chrome --data $(DATA)

eval-titles: $(VENV)/.eval
	$(BIN)/python -m cleannews.evaluation.titles --data $(DATA)

eval-wire: $(VENV)/.eval
	$(BIN)/python -m cleannews.evaluation.wire --data $(DATA)

bench: $(VENV)/.dev
	$(BIN)/python -m cleannews.evaluation.bench --data $(DATA)

# The Dask engine against the local pool on 20,000 generated files (dask comes with the dev extra).
bench-dask: $(VENV)/.dev
	$(BIN)/python -m cleannews.evaluation.bench_dask --data $(DATA)


# Fuzzing for minutes (not in CI): atheris if it installs, else hypothesis; FUZZ_SECONDS=300 by default.
FUZZ_SECONDS ?= 300
fuzz: $(VENV)/.dev
	$(BIN)/python -m pip install --quiet -e '.[fuzz]' || echo "atheris did not install: fuzzing with hypothesis"
	$(BIN)/python -m cleannews.evaluation.fuzz --seconds $(FUZZ_SECONDS)

clean-venv:
	rm -rf $(VENV)
