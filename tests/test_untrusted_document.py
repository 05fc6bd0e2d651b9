"""The document is untrusted input: unsafe refs and invalid documents are refused, and nothing in
it can become code in the generated package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.generate import generate
from scripts.normalize import DocumentError, check_document, load_document
from tests.conftest import get_operation, tiny_document

MARKER_NAME = "pwned-by-description"
HOSTILE_ENUM = 'values: [plain, quo"te, back\\slash, x" + __import__("os").name + "]'


def hostile_document(marker: Path) -> dict[str, object]:
    payload = f'"""\nimport pathlib; pathlib.Path({str(marker)!r}).write_text("x")\n"""'
    schemas = {
        "Thing": {
            "title": "Thing",
            "type": "object",
            "description": payload,
            "properties": {
                "class": {"type": "string", "description": payload},
                "odd key'\"\\": {"type": "string"},
                "kind": {"type": "string", "description": HOSTILE_ENUM},
            },
        },
        "1 import os; os.system('true') #": {"type": "object", "properties": {"a": {"type": "integer"}}},
        "def": {"title": "__import__('os')", "type": "object", "properties": {"b": {"type": "string"}}},
    }
    doc = tiny_document(schemas, get_operation("/things", "Thing", operation_id=f"get');{payload}"))
    doc["paths"]["/things"]["get"]["description"] = payload
    doc["paths"]["/things"]["get"]["summary"] = payload
    return doc


@pytest.mark.parametrize(
    "ref",
    ["https://evil.example/schema.yaml#/Thing", "file:///etc/passwd", "other.yaml#/components/schemas/Thing"],
)
def test_remote_and_file_refs_are_refused_before_anything_follows_them(ref: str) -> None:
    doc = tiny_document({"Thing": {"type": "object", "properties": {"a": {"$ref": ref}}}})
    with pytest.raises(DocumentError, match="non-local \\$ref"):
        check_document(doc)


def test_an_invalid_document_is_refused_with_where_and_why() -> None:
    doc = tiny_document({"Thing": {"type": "object"}})
    doc["paths"] = {"/x": {"get": {"responses": "not a mapping"}}}
    with pytest.raises(DocumentError, match="not a valid OpenAPI document at paths/~1x|paths"):
        check_document(doc)


@pytest.mark.parametrize("text", ["just: yaml\n", "- a list\n", "openapi: 2.0\n", "{not yaml: [\n"])
def test_a_file_that_is_not_openapi_3_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(text)
    with pytest.raises(DocumentError):
        load_document(path)


def test_yaml_tags_are_not_executed(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("openapi: 3.0.3\nx: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(DocumentError, match="not YAML"):
        load_document(path)


def test_hostile_descriptions_and_names_stay_text(tmp_path: Path) -> None:
    marker = tmp_path / MARKER_NAME
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(hostile_document(marker)))
    output = tmp_path / "out"
    generate(spec, "test", output)

    # Import every module in a fresh interpreter and call the parser: the payload must not run.
    script = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(output)!r})\n"
        "import dixa_client\n"
        "for m in pkgutil.walk_packages(dixa_client.__path__, 'dixa_client.'):\n"
        "    importlib.import_module(m.name)\n"
        "from dixa_client.models import Thing\n"
        "print(Thing.__doc__)\n"
        "print(Thing.from_dict({'class': 'x'}).to_dict())\n"
        "from dixa_client.models import Kind\n"
        "print(sorted(kind.value for kind in Kind))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert not marker.exists()
    assert "pathlib.Path(" in result.stdout  # the description survived as documentation
    assert "{'class': 'x'}" in result.stdout
    # Enum values from a description stay data, quotes and all.
    assert """['back\\\\slash', 'plain', 'quo"te', 'x" + __import__("os").name + "']""" in result.stdout
