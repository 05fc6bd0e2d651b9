"""`API_VERSION=v1` and `beta` each work end to end; paths come from the document, never from our code."""

from __future__ import annotations

import ast
import copy
import hashlib
import json
import re
from pathlib import Path

import pytest

from overrides.spec._document import Document
from scripts import fetch_spec, spec_update
from scripts.fetch_spec import Lock
from scripts.generate import generate
from tests.conftest import API_VERSION, ROOT, get_operation, tiny_document
from tests.derived import RENAMED_SUFFIX, derive

V1_URL = "https://docs.dixa.io/_bundle/openapi/dixa-api/@v1/v1.yaml"
VERSION_PATH = re.compile(r"(?<![\w@])/(?:beta|v1)(?![\w-])")


@pytest.fixture
def unpinned_v1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path / "openapi")
    monkeypatch.setattr(spec_update, "CHANGELOG", tmp_path / "CHANGELOG.md")  # never the repository's
    (tmp_path / "openapi").mkdir()
    Lock("v1", V1_URL, None, None, None).save(tmp_path / "openapi" / "v1.lock.json")
    return tmp_path / "openapi"


def test_make_spec_on_unpinned_v1_says_how_to_pin_it(unpinned_v1: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fetch_spec.main(["--api-version", "v1"]) == 1
    err = capsys.readouterr().err
    assert "the v1 lock pins no document yet" in err and "make spec-update API_VERSION=v1" in err
    assert "could not download" not in err  # said before trying the network
    assert sorted(p.name for p in unpinned_v1.iterdir()) == ["v1.lock.json"]


def test_spec_update_pins_v1_from_a_file_url_and_it_generates(
    unpinned_v1: Path, beta_raw: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = tmp_path / "v1.json"
    upstream.write_text(json.dumps(derive(copy.deepcopy(beta_raw), API_VERSION, "v1")))
    assert spec_update.main(["--api-version", "v1", "--url", upstream.as_uri()]) == 0
    assert "no pinned v1 document cached" in capsys.readouterr().out
    lock = Lock.load(unpinned_v1 / "v1.lock.json")
    assert (lock.url, lock.sha256) == (V1_URL, hashlib.sha256(upstream.read_bytes()).hexdigest())
    cached = fetch_spec.fetch("v1")  # `make spec API_VERSION=v1` now passes
    generate(cached, "v1", tmp_path / "generated")
    package = tmp_path / "generated" / "dixa_client"
    provenance = (package / "_provenance.py").read_text()
    assert "__api_version__ = 'v1'" in provenance.replace('"', "'") and f"{lock.sha256}" in provenance
    endpoint = (package / "api" / "agents" / "get_agents.py").read_text()
    assert '"/v1/agents"' in endpoint and "/beta" not in endpoint


def string_constants(path: Path) -> list[str]:
    """String literals in code (docstrings excluded: prose may mention paths)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body and isinstance(node.body[0], ast.Expr)
    }  # fmt: skip
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_hand_written_code_hard_codes_a_version_path() -> None:
    offenders = []
    for path in sorted([*(ROOT / "scripts").rglob("*.py"), *(ROOT / "overrides").rglob("*.py")]):
        offenders += [f"{path.relative_to(ROOT)}: {s!r}" for s in string_constants(path) if VERSION_PATH.search(s)]
    for path in sorted((ROOT / "overrides" / "templates").rglob("*.jinja")):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(ROOT)}: {m.group(0)!r}" for m in VERSION_PATH.finditer(text)]
    assert offenders == []


def test_the_derived_document_moves_paths_renames_schemas_and_reverses_unions() -> None:
    schemas = {
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
        "Cat": {"title": "Cat", "type": "object", "properties": {"_type": {"type": "string", "example": "Cat"}}},
        "Dog": {"type": "object"},
    }
    document = tiny_document(schemas, get_operation("/beta/pets", "Pet"))
    derived = derive(document, "beta", "v1")
    assert list(derived["paths"]) == ["/v1/pets"] and derived["info"]["version"] == "v1"
    table = derived["components"]["schemas"]
    assert list(table) == [f"Pet{RENAMED_SUFFIX}", "Cat", f"Dog{RENAMED_SUFFIX}"]  # every other key
    assert table[f"Dog{RENAMED_SUFFIX}"]["title"] == f"Dog{RENAMED_SUFFIX}"  # a class name changes...
    assert table["Cat"]["title"] == "Cat"  # ...a wire tag (a value somewhere in the document) never does
    refs = [variant["$ref"] for variant in table[f"Pet{RENAMED_SUFFIX}"]["oneOf"]]
    assert refs == [f"#/components/schemas/Dog{RENAMED_SUFFIX}", "#/components/schemas/Cat"]
    response = derived["paths"]["/v1/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"]["$ref"] == f"#/components/schemas/Pet{RENAMED_SUFFIX}"
