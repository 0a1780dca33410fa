# LUKHAS façade. `make run` serves the API; `make test` runs every test suite.
SHELL := /bin/bash
CARGO ?= cargo
VENV := .venv
BENCH_VENV := .venv-bench
BIN := target/debug/lukhas
POSTMAN := tests/postman

.PHONY: run build models tools generate check fmt clippy test test-rust test-python test-postman test-evals evals bench clean

## run: start the server on its embedded models (prints a local API key on first start)
run: models
	$(CARGO) run --release -p lukhas-runtime --bin lukhas -- serve

build:
	$(CARGO) build --bin lukhas --bin lukhas-evals

## models: fetch the pinned embedded models into $${LUKHAS_MODELS_DIR:-~/.cache/lukhas/models} (no-op when present)
models:
	python3 scripts/fetch_models.py

## tools: command-line tools the tests use (promtool), unpacked from Debian packages into .tools/
tools:
	bash scripts/tools.sh

## generate: regenerate generated/ from spec/lukhas-openai.yaml
generate:
	$(CARGO) run -q -p lukhas-codegen -- generate

## check: formatting, lints, and generated code up to date
check: fmt clippy
	$(CARGO) run -q -p lukhas-codegen -- check

fmt:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## test: Rust tests (codegen, runtime over HTTP, generated client, the conformance suite against
## the real server and its fault-injection harness), the openai SDK, Postman, strict evals
test: models tools test-rust test-python test-postman test-evals

test-rust: models tools
	$(CARGO) test --workspace

$(VENV)/.installed: tests/python/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
	touch $@

test-python: $(VENV)/.installed build
	$(VENV)/bin/python -m pytest -q tests/python

$(POSTMAN)/node_modules/.installed: $(POSTMAN)/package-lock.json
	cd $(POSTMAN) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-postman: $(POSTMAN)/node_modules/.installed build
	node $(POSTMAN)/validate.js
	bash $(POSTMAN)/run.sh $(BIN)

EVALS_OUT ?= docs/audits

## evals: start a server on the embedded models, score evals/cases (strict), reports in $(EVALS_OUT)
evals: models build
	bash scripts/evals.sh $(EVALS_OUT) --strict

# The test run keeps its reports out of the tree.
test-evals:
	$(MAKE) --no-print-directory evals EVALS_OUT=target/evals

$(BENCH_VENV)/.installed: scripts/bench-requirements.txt
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r scripts/bench-requirements.txt
	touch $@

## bench: release-build benchmarks, with the NumPy embeddings reference (figures go to docs/benchmarks.md)
bench: models $(BENCH_VENV)/.installed
	$(CARGO) bench -q -p lukhas-codegen --bench generate
	$(CARGO) bench -q -p lukhas-conformance --bench throughput
	$(CARGO) bench -q -p lukhas-runtime --bench guardian
	LUKHAS_BENCH_PYTHON=$(CURDIR)/$(BENCH_VENV)/bin/python $(CARGO) bench -q -p lukhas-runtime --bench serve

clean:
	$(CARGO) clean
	rm -rf $(VENV) $(BENCH_VENV) $(POSTMAN)/node_modules .tools
