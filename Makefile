# notescheck: `make run` checks the user's notes, `make test` runs every test, `make bench` the benchmarks.
# Each target installs what it needs when it is missing: libcmark-dev through apt, Python test tools
# into .venv through pip.

SWIFT ?= swift
PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
NOTES ?= notes/async-python.md

.PHONY: run test bench deps venv build

# Benchmark executables (release builds), each followed by CPython on the same workloads where one exists.
BENCH_PRODUCTS := AsyncModelBench
BENCH_REFERENCES := tools/bench/asyncio_reference.py

deps:
	@pkg-config --exists libcmark || { \
		echo "libcmark not found: installing libcmark-dev"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; }

$(VENV_PY):
	$(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install --quiet --upgrade pip
	$(VENV_PY) -m pip install --quiet -r tools/requirements-test.txt

venv: $(VENV_PY)

build: deps
	$(SWIFT) build

# The notes hold false claims, so notescheck exits 1 on them; only a crash or a usage error fails `make run`.
run: build
	@$(SWIFT) run --skip-build notescheck $(NOTES); status=$$?; [ $$status -le 1 ]

test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(VENV_PY) -m pytest -q tools/tests Tests/NotesCheckTests/Goldens

bench: deps
	@for product in $(BENCH_PRODUCTS); do $(SWIFT) build -c release --product $$product || exit 1; done
	@for product in $(BENCH_PRODUCTS); do echo "== $$product"; $$($(SWIFT) build -c release --show-bin-path)/$$product || exit 1; done
	@for reference in $(BENCH_REFERENCES); do echo "== $$reference (CPython)"; $(PYTHON) $$reference || exit 1; done
	@$(SWIFT) build -c release --product PyModelBench
	@echo "== PyModel and CPython on tools/bench/programs"
	@for program in tools/bench/programs/*.py; do \
		$$($(SWIFT) build -c release --show-bin-path)/PyModelBench $$program || exit 1; \
		$(PYTHON) tools/bench/cpython_programs.py $$program || exit 1; done
	@$(SWIFT) build -c release --product notescheck
	@echo "== notescheck (release) on the user's notes and the awkward notes"
	@$(PYTHON) tools/bench/checker_notes.py $$($(SWIFT) build -c release --show-bin-path)/notescheck \
		$(NOTES) Tests/NotesCheckTests/Fixtures/Awkward/*.md
