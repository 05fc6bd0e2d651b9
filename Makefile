# dixa-client: fetch -> normalize -> generate -> post-process -> verify.  `make help` lists targets.
API_VERSION   ?= beta
GENERATED_DIR ?= generated
# DIXA_OPENAPI_URL (http(s):// or file://) replaces the lock's source URL; the sha256 must still match.
DIXA_OPENAPI_URL ?=
# SPEC=<file> generates from any local document, bypassing the pins (try a new or old Dixa document).
SPEC ?=

VENV    := .venv
NODE_STAMP := node_modules/.installed
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
CACHED  := openapi/$(API_VERSION).yaml
SOURCE  := $(if $(SPEC),$(SPEC),$(CACHED))
export DIXA_OPENAPI_URL

.DEFAULT_GOAL := all
.PHONY: all setup spec generate check test lint typecheck help

all: spec generate ## The main job: fetch and verify the pinned document, then regenerate the client

setup: $(STAMP) $(NODE_STAMP) ## Create .venv with the package and its pinned dev tools; npm ci the Prism mock server

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

spec: $(STAMP) ## Download openapi/$(API_VERSION).yaml and verify it against openapi/$(API_VERSION).lock.json
	$(PYTHON) -m scripts.fetch_spec --api-version $(API_VERSION)

generate: $(STAMP) $(if $(SPEC),,spec) ## Regenerate $(GENERATED_DIR)/ from the document (or from SPEC=<file>)
	$(PYTHON) -m scripts.generate $(SOURCE) --api-version $(API_VERSION) --output $(GENERATED_DIR)

check: $(STAMP) spec ## Fail if generated/ differs from a fresh regeneration
	$(PYTHON) -m scripts.check_generated $(CACHED) --api-version $(API_VERSION) --against $(GENERATED_DIR)

test: $(STAMP) $(NODE_STAMP) spec ## Run the test suite (the contract tests start Prism from node_modules)
	$(PYTHON) -m pytest -q

lint: $(STAMP) ## ruff on the pipeline, overrides, tests and the generated package
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check --exclude generated .

typecheck: $(STAMP) ## mypy --strict on the generated package, the pipeline and the tests; mypy + pyright strict on the README's code
	$(PYTHON) -m mypy --strict generated/dixa_client scripts overrides tests --exclude overrides/runtime
	$(PYTHON) -m scripts.typecheck_examples

# --- Living with upstream changes: see README, "Living with Dixa's API changes" ---
# OLD/NEW: documents to compare (path, http(s):// or file:// URL); OLD defaults to the pinned one.
# DEST: a directory (e.g. another repository's src/); PACKAGE: the copy's import name (default dixa_client).
OLD     ?=
NEW     ?=
DEST    ?=
PACKAGE ?=
.PHONY: changelog spec-update vendor

changelog: $(STAMP) ## Markdown changelog NEW=<path|URL> vs OLD=<path|URL> (default: the pin); fails if breaking
	$(PYTHON) -m scripts.changelog "$(or $(OLD),$(CACHED))" "$(NEW)"

spec-update: $(STAMP) ## Download the current document, print its changelog against the pin, re-pin lock and cache
	$(PYTHON) -m scripts.spec_update --api-version $(API_VERSION)

vendor: $(STAMP) ## Copy the generated package into DEST=<dir> (as PACKAGE=<name>) with a provenance file
	@test -n "$(DEST)" || { echo "vendor: give DEST=<directory> (and optionally PACKAGE=<import name>)" >&2; exit 2; }
	$(PYTHON) -m scripts.vendor "$(DEST)" --source $(GENERATED_DIR) $(if $(PACKAGE),--package $(PACKAGE))

.PHONY: bench
bench: $(STAMP) spec ## Benchmarks (import, decoding, requests, regeneration, pagination memory) -> bench/results.json
	$(PYTHON) -m scripts.bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

