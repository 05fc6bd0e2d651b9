"""The pinned beta document, parsed and normalized once per session, for building variants."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pytest

from overrides.spec._document import Document
from scripts.normalize import load_document, normalize


@pytest.fixture(scope="session")
def beta_raw(pinned_document: Path) -> Document:
    """The document as Dixa publishes it; copy before changing (Variant.build does)."""
    return load_document(pinned_document)


@pytest.fixture(scope="session")
def beta_normalized(beta_raw: Document) -> Document:
    return normalize(copy.deepcopy(beta_raw), log=io.StringIO())
