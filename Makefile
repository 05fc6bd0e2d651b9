# dixa-client: fetch -> normalize -> generate -> post-process -> verify.  `make help` lists targets.
API_VERSION   ?= beta
GENERATED_DIR ?= generated
# DIXA_OPENAPI_URL (http(s):// or file://) replaces the lock's source URL; the sha256 must still match.
DIXA_OPENAPI_URL ?=
# SPEC=<file> generates from any local document, bypassing the pins (try a new or old Dixa document).
SPEC ?=

VENV    := .venv
PYTHON  := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
CACHED  := openapi/$(API_VERSION).yaml
SOURCE  := $(if $(SPEC),$(SPEC),$(CACHED))
export DIXA_OPENAPI_URL

.DEFAULT_GOAL := all
.PHONY: all setup spec generate check test lint typecheck help

all: spec generate ## The main job: fetch and verify the pinned document, then regenerate the client

setup: $(STAMP) ## Create .venv and install the package with its pinned dev tools

$(STAMP): pyproject.toml
	test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

spec: $(STAMP) ## Download openapi/$(API_VERSION).yaml and verify it against openapi/$(API_VERSION).lock.json
	$(PYTHON) -m scripts.fetch_spec --api-version $(API_VERSION)

generate: $(STAMP) $(if $(SPEC),,spec) ## Regenerate $(GENERATED_DIR)/ from the document (or from SPEC=<file>)
	$(PYTHON) -m scripts.generate $(SOURCE) --api-version $(API_VERSION) --output $(GENERATED_DIR)

check: $(STAMP) spec ## Fail if generated/ differs from a fresh regeneration
	$(PYTHON) -m scripts.check_generated $(CACHED) --api-version $(API_VERSION) --against $(GENERATED_DIR)

test: $(STAMP) spec ## Run the test suite
	$(PYTHON) -m pytest -q

lint: $(STAMP) ## ruff on the pipeline, overrides, tests and the generated package
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check --exclude generated .

typecheck: $(STAMP) ## mypy --strict on the generated package, the pipeline and the tests
	$(PYTHON) -m mypy --strict generated/dixa_client scripts overrides tests --exclude overrides/runtime

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'
