"""Shared fixtures: tiny documents for rule tests, and the pinned Dixa document for the rest."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from scripts.fetch_spec import cached_path, fetch

ROOT = Path(__file__).resolve().parent.parent


def tiny_document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    """A minimal valid OpenAPI 3.0 document holding `schemas` (and `paths`, if given)."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Tiny", "version": "test"},
        "paths": copy.deepcopy(paths or {}),
        "components": {"schemas": copy.deepcopy(schemas)},
    }


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
def beta_document() -> Path:
    """The pinned beta document, verified against its lock (make test runs `make spec` first)."""
    path = cached_path("beta")
    if not path.exists():
        fetch("beta", os.environ.get("DIXA_OPENAPI_URL") or None)
    return path
