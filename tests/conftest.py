"""Shared fixtures: tiny documents for rule tests, and the pinned Dixa document for the rest.

The suite follows the pin: `make test API_VERSION=v1` reads openapi/v1.yaml (API_VERSION reaches
pytest through the environment; default beta). DIXA_TEST_DOCUMENT names another document instead:
the derived-document run (tests/derived.py) points it at a document built from the pinned one.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from overrides.spec._document import ref_to
from scripts.fetch_spec import cached_path, fetch

ROOT = Path(__file__).resolve().parent.parent
API_VERSION = os.environ.get("API_VERSION") or "beta"
API_PREFIX = f"/{API_VERSION}"  # Dixa serves each version under /<version>/...: behaviour tests build URLs with it
DOCUMENT_VARIABLE = "DIXA_TEST_DOCUMENT"


def pinned_document_path() -> Path:
    """The document under test: DIXA_TEST_DOCUMENT, else the pinned one of API_VERSION (fetched when absent)."""
    chosen = os.environ.get(DOCUMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    path = cached_path(API_VERSION)
    if not path.exists():
        fetch(API_VERSION, os.environ.get("DIXA_OPENAPI_URL") or None)
    return path


def tiny_document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """A minimal valid OpenAPI 3.0 document holding `schemas` (and `paths`, if given)."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "test"},
        "paths": copy.deepcopy(paths or {}),
        "components": {"schemas": copy.deepcopy(schemas)},
    }


def ref(key: str) -> dict[str, str]:
    """A `$ref` to the component schema `key`."""
    return {"$ref": ref_to(key)}


def get_operation(path: str, schema_ref: str, operation_id: str = "getThing") -> dict[str, Any]:
    """A GET operation whose 200 response is the given component schema."""
    return {
        path: {
            "get": {
                "operationId": operation_id,
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}},
                    }
                },
            }
        }
    }


@pytest.fixture(scope="session")
def pinned_document() -> Path:
    """The pinned document of API_VERSION, verified against its lock (make test runs `make spec` first)."""
    return pinned_document_path()


@pytest.fixture(scope="session")
def beta_document(pinned_document: Path) -> Path:
    """The former name of `pinned_document` (it is the beta document only when API_VERSION is beta)."""
    return pinned_document


@pytest.fixture(scope="session")
def scratch_changelog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("changelog") / "CHANGELOG.md"


@pytest.fixture(autouse=True)
def _repository_changelog_untouched(scratch_changelog: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`make spec-update` writes CHANGELOG.md: no test may write the repository's own."""
    from scripts import spec_update

    monkeypatch.setattr(spec_update, "CHANGELOG", scratch_changelog)
