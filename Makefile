# Two commands do everything: `make site` (and `make serve`) and `make test`.
# Each creates its own virtual environment in .venv from the pinned requirements.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when a pin changes; the stamp name carries nothing else.
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP     := $(VENV)/.dev-installed
JS_STAMP      := tests/js/node_modules/.installed
# The entity rules compiled with mypyc (see scripts/dossier/native.py), again whenever they change;
# without a C compiler the build runs them as Python (same pages, about 0.5 s slower on BBC).
NATIVE_STAMP  := $(VENV)/.native-compiled
NATIVE_SOURCES := $(wildcard scripts/dossier/enrich/entities/*.py) scripts/dossier/native.py \
                  scripts/dossier/compile_native.py
STRICT ?=
ADDR   ?= 127.0.0.1:8000
# mkdocs (MkDocs + Material, the default) or zensical (Material's successor, pinned in
# requirements-zensical.txt; it runs no MkDocs hook, and the generated pages need none)
RENDERER ?= mkdocs
ZENSICAL_STAMP := $(VENV)/.zensical-installed
ifeq ($(filter $(RENDERER),mkdocs zensical),)
$(error RENDERER must be mkdocs or zensical, not "$(RENDERER)")
endif
RENDERER_STAMP := $(if $(filter zensical,$(RENDERER)),$(ZENSICAL_STAMP))
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test lint typecheck unit bench clean distclean venv

venv: $(RUNTIME_STAMP)

$(RUNTIME_STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(NATIVE_STAMP): $(RUNTIME_STAMP) $(NATIVE_SOURCES)
	@echo "compiling the entity rules with mypyc (about 90 s; log in $(VENV)/native-compile.log)"
	@$(BIN)/python -m dossier.compile_native > $(VENV)/native-compile.log 2>&1 \
	  && tail -n 1 $(VENV)/native-compile.log \
	  || echo "dossier: the entity rules were not compiled (mypyc needs a C compiler and Python's" \
	     "headers; see $(VENV)/native-compile.log); the build runs them as Python"
	@touch $@

$(ZENSICAL_STAMP): $(RUNTIME_STAMP) requirements-zensical.txt
	$(BIN)/python -m pip install --quiet -r requirements-zensical.txt
	touch $@

$(DEV_STAMP): $(RUNTIME_STAMP) requirements-dev.txt requirements-zensical.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

$(JS_STAMP): $(DEV_STAMP) tests/js/package.json tests/js/package-lock.json
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/npm ci --prefix tests/js --no-audit --no-fund --silent
	touch $@

## site: generate pages from seeds/ and build the site into site/ (STRICT=1 fails on rejected files;
## RENDERER=zensical renders with Zensical instead of MkDocs)
site: $(RUNTIME_STAMP) $(NATIVE_STAMP) $(RENDERER_STAMP)
	$(BIN)/dossier build $(if $(STRICT),--strict)
ifeq ($(RENDERER),zensical)
	$(BIN)/zensical build --strict --clean
else
	$(BIN)/mkdocs build --strict
endif

## serve: preview with live reload; editing a seed regenerates its page (and only the pages that
## changed are re-rendered: restart after changing mkdocs.yml or removing seeds, see README).
## With RENDERER=zensical, run `.venv/bin/dossier build` again after editing seeds (no hook).
serve: $(RUNTIME_STAMP) $(NATIVE_STAMP) $(RENDERER_STAMP)
	$(BIN)/dossier build
ifeq ($(RENDERER),zensical)
	$(BIN)/zensical serve --dev-addr $(ADDR)
else
	$(BIN)/mkdocs serve --dirty --dev-addr $(ADDR)
endif

## test: lint, type-check and run every test
test: lint typecheck unit

lint: $(DEV_STAMP)
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

unit: $(DEV_STAMP) $(JS_STAMP) $(NATIVE_STAMP)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache tests/artifacts $(NATIVE_STAMP)
	rm -f scripts/dossier/native.json scripts/dossier_native__mypyc*.so scripts/dossier/enrich/entities/*.so

distclean: clean
	rm -rf $(VENV) tests/js/node_modules

## bench: full site vs bare MkDocs floor on ../shared/corpora/bbc; appends to BENCHMARKS.md
bench: $(DEV_STAMP) $(NATIVE_STAMP)
	$(BIN)/python -m dossier.bench $(BENCH_ARGS)
