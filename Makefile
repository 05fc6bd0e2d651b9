# dixa-client: fetch -> normalize -> generate -> post-process -> verify.  `make help` lists targets.
API_VERSION   ?= beta
GENERATED_DIR ?= generated
# DIXA_OPENAPI_URL (http(s):// or file://) replaces the lock's source URL; the sha256 must still match.
DIXA_OPENAPI_URL ?=
# SPEC=<file> generates from any local document, bypassing the pins (try a new or old Dixa document).
SPEC ?=
# The whole download of the document must finish within this many seconds.
DIXA_SPEC_DEADLINE ?= 60

VENV    := .venv
NODE_STAMP := node_modules/.installed
# pyright asks the `python` on PATH for the import paths: make that the venv's.
PYRIGHT := PATH="$(CURDIR)/$(VENV)/bin:$$PATH" node_modules/.bin/pyright
# Files pyright checks beside the package: typed usage examples (strict where they say so).
PYRIGHT_EXAMPLES := tests/models/test_split_bulk.py tests/models/test_union_shared_fields.py
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
# `make spec` needs only the standard library: it runs (and fails fast, e.g. offline) before any install.
SPEC_PYTHON := $(if $(wildcard $(PYTHON)),$(PYTHON),python3)
# Variables reach recipes only through the environment, always quoted ("$$DEST"): a value is never shell code.
export API_VERSION GENERATED_DIR DIXA_OPENAPI_URL SPEC DIXA_SPEC_DEADLINE

.DEFAULT_GOAL := all
.PHONY: all setup spec generate check test test-derived lint typecheck help

all: spec generate ## The main job: fetch and verify the pinned document, then regenerate the client

setup: $(STAMP) $(NODE_STAMP) ## Create .venv with the package and its pinned dev tools; npm ci the Prism mock server

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade 'pip>=25.1'
	$(PYTHON) -m pip install --quiet -e . --group dev
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

spec: ## Download openapi/$(API_VERSION).yaml and verify it against openapi/$(API_VERSION).lock.json
	$(SPEC_PYTHON) -m scripts.fetch_spec --api-version="$$API_VERSION"

generate: $(STAMP) $(if $(SPEC),,spec) ## Regenerate $(GENERATED_DIR)/ from the document (or from SPEC=<file>)
	$(PYTHON) -m scripts.generate --api-version="$$API_VERSION" --output="$$GENERATED_DIR" -- "$${SPEC:-openapi/$$API_VERSION.yaml}"

check: $(STAMP) spec ## Fail if generated/ differs from a fresh regeneration
	$(PYTHON) -m scripts.check_generated --api-version="$$API_VERSION" --against="$$GENERATED_DIR" -- "openapi/$$API_VERSION.yaml"

test: $(STAMP) $(NODE_STAMP) spec ## Run the test suite on the $(API_VERSION) pin (the contract tests start Prism from node_modules)
	$(PYTHON) -m pytest -q

test-derived: $(STAMP) $(NODE_STAMP) spec ## The document-driven suites on a client generated from another version's document derived from the $(API_VERSION) pin
	$(PYTHON) -m tests.derived -q

lint: $(STAMP) ## ruff on the pipeline, overrides, tests and the generated package
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check --exclude generated .

typecheck: $(STAMP) $(NODE_STAMP) ## mypy --strict and pyright on the package, pipeline, tests and README code; pyright --verifytypes at 100%
	# The usage example and its test are checked below, with the README, against the client they are written for.
	$(PYTHON) -m mypy --strict generated/dixa_client scripts overrides tests --exclude overrides/runtime \
	  --exclude 'tests/facade/(test_)?usage_example\.py'
	# pyright (npm, pinned in package.json): 0 errors on the package and the typed usage examples
	# (strict where a file says `# pyright: strict`), and every public symbol's type known.
	$(PYRIGHT) $(GENERATED_DIR)/dixa_client $(PYRIGHT_EXAMPLES)
	@out=$$($(PYRIGHT) --verifytypes dixa_client --ignoreexternal); status=$$?; \
	  echo "$$out" | grep -E '^ *error:|^[A-Za-z_][A-Za-z0-9_.]*$$|completeness score' | grep -B1 -E 'error:|score'; exit $$status
	# The README's python blocks and the facade usage example: mypy --strict and pyright strict.
	$(PYTHON) -m scripts.typecheck_examples

# --- Living with upstream changes: see README, "Living with Dixa's API changes" ---
# OLD/NEW: documents to compare (path, http(s):// or file:// URL); OLD defaults to the pinned one.
# USAGE: a directory of your Python code: list the places each breaking change touches (read from the env).
# DEST: a directory (e.g. another repository's src/); PACKAGE: the copy's import name (default dixa_client).
OLD     ?=
NEW     ?=
DEST    ?=
PACKAGE ?=
USAGE   ?=
export OLD NEW DEST PACKAGE USAGE
.PHONY: changelog changelog-webhooks spec-update vendor

changelog: $(STAMP) ## Markdown changelog NEW=<path|URL> vs OLD=<path|URL> (default: the pin), and of an edited webhook document; fails if breaking
	@status=0; $(PYTHON) -m scripts.changelog $${USAGE:+--usage="$$USAGE"} -- "$${OLD:-openapi/$$API_VERSION.yaml}" "$$NEW" || status=$$?; \
	$(PYTHON) -m scripts.webhook_changelog --if-changed || { hooks=$$?; [ $$hooks -le $$status ] || status=$$hooks; }; \
	exit $$status

changelog-webhooks: $(STAMP) ## The same for openapi/webhooks.yaml: NEW (default: the working copy) vs OLD (default: HEAD's)
	$(PYTHON) -m scripts.webhook_changelog --old="$$OLD" --new="$$NEW"

spec-update: $(STAMP) ## Download the current document, print its changelog against the pin, re-pin, add it to CHANGELOG.md
	$(PYTHON) -m scripts.spec_update --api-version="$$API_VERSION" $${USAGE:+--usage="$$USAGE"}

vendor: $(STAMP) ## Copy the generated package into DEST=<dir> (as PACKAGE=<name>) with a provenance file
	@test -n "$$DEST" || { echo "vendor: give DEST=<directory> (and optionally PACKAGE=<import name>)" >&2; exit 2; }
	$(PYTHON) -m scripts.vendor --source="$$GENERATED_DIR" --package="$$PACKAGE" -- "$$DEST"

.PHONY: mutate
# MODULES: modules or directories to mutate (default: all hand-written code); e.g. MODULES=overrides/spec
MODULES ?=
export MODULES
mutate: $(STAMP) ## Mutation testing (cosmic-ray) of the hand-written code: score per module, every surviving mutant
	$(PYTHON) -m pip install --quiet --group mutate
	$(PYTHON) -m scripts.mutate $$MODULES

.PHONY: bench
bench: $(STAMP) spec ## Benchmarks (import, decoding, requests, regeneration, pagination memory) -> bench/results.json
	$(PYTHON) -m scripts.bench

help: ## List the targets (with this run's API_VERSION and GENERATED_DIR filled in)
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ d = $$2; \
		gsub(/\$$\(API_VERSION\)/, ENVIRON["API_VERSION"], d); gsub(/\$$\(GENERATED_DIR\)/, ENVIRON["GENERATED_DIR"], d); \
		printf "  %-12s %s\n", $$1, d }'

