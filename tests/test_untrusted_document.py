"""The document is untrusted input: unsafe refs and invalid documents are refused, and nothing in
it can become code in the generated package."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scripts.document_checks import malformed_path_keys
from scripts.generate import generate
from scripts.normalize import DocumentError, check_document, load_document
from scripts.untrusted_yaml import MAX_DEPTH
from tests.conftest import ROOT, get_operation, tiny_document
from tests.test_reserved_names import reserved_document

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


# --- Bounds: what a few hundred bytes must not do to the pipeline -------------------------------------

LAUGHS = "".join(f"x-{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True))
ALIAS_BOMB = (
    "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + LAUGHS
)  # noqa: E501


def nested(depth: int) -> str:
    top = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": '
    return top + "[" * depth + "]" * depth + "}"


def write(tmp_path: Path, text: str, name: str = "doc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_an_alias_bomb_is_refused_in_under_a_second(tmp_path: Path) -> None:
    path = write(tmp_path, ALIAS_BOMB)
    assert len(ALIAS_BOMB) < 700  # 9^9 = 387,420,489 strings once expanded
    started = time.monotonic()
    with pytest.raises(DocumentError, match="aliases expand to more than"):
        load_document(path)
    assert time.monotonic() - started < 1


def test_a_few_aliases_still_load_each_place_its_own_copy(tmp_path: Path) -> None:
    text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: &shared {type: string}\nx-b: *shared\n"
    doc = load_document(write(tmp_path, text))
    assert doc["x-a"] == doc["x-b"] == {"type": "string"}
    doc["x-a"]["type"] = "integer"  # a rule changing one place must not change the other
    assert doc["x-b"] == {"type": "string"}


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-loop: &loop [*loop]\n")
    with pytest.raises(DocumentError, match="refers to itself"):
        load_document(path)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5000])
def test_deep_nesting_is_refused(tmp_path: Path, depth: int) -> None:
    with pytest.raises(DocumentError, match="nest"):
        load_document(write(tmp_path, nested(depth), "deep.json"))


def test_nesting_up_to_the_bound_loads(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path, nested(MAX_DEPTH - 1), "deep.json"))
    assert isinstance(doc["x-deep"], list)


# --- What a document may not choose -------------------------------------------------------------------


def test_a_ref_pointing_outside_the_document_tree_is_refused() -> None:
    doc = tiny_document({"Thing": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Other"}}}})
    doc["components"]["schemas"]["Other"] = {"$ref": "#/components/schemas/../../../etc/passwd"}
    with pytest.raises(DocumentError, match=r"1 \$ref\(s\) pointing at nothing.*etc/passwd"):
        check_document(doc)


@pytest.mark.parametrize("key", ['/things/"""', "/things/{id}x{", "/a b", "things", "/back\\slash"])
def test_a_path_key_that_is_not_a_url_path_is_refused(key: str) -> None:
    doc = tiny_document({"Thing": {"type": "object"}}, get_operation(key, "Thing"))
    with pytest.raises(DocumentError, match="path key"):
        check_document(doc)


def test_path_templates_and_url_characters_are_accepted() -> None:
    paths = {**get_operation("/beta/things/{thingId}/sub-items.v2", "Thing")}
    paths.update(get_operation("/beta/a:b@c~d/%20", "Thing", operation_id="other"))
    assert malformed_path_keys(tiny_document({"Thing": {"type": "object"}}, paths)) == []


@pytest.mark.parametrize(
    "url",
    [
        "http://dev.dixa.io",
        "ftp://dev.dixa.io",
        "/beta",
        "//evil.example",
        "https://user:pw@evil.example",
        "https://{region}.dixa.io",
        "https://dev.dixa.io?to=evil",
        "https://",
    ],
)
def test_a_server_that_is_not_plain_https_is_refused(url: str) -> None:
    doc = tiny_document({"Thing": {"type": "object"}})
    doc["servers"] = [{"url": "https://dev.dixa.io"}, {"url": url}]
    with pytest.raises(DocumentError, match="server URL.*not https"):
        check_document(doc)


@pytest.mark.parametrize("url", ["https://dev.dixa.io", "https://api.example.com/v1/"])
def test_an_https_server_is_accepted(url: str) -> None:
    doc = tiny_document({"Thing": {"type": "object"}})
    doc["servers"] = [{"url": url}]
    check_document(doc)


def hostile_documents() -> dict[str, str]:
    dangling = tiny_document({"Thing": {"$ref": "#/components/schemas/../../../etc/passwd"}})
    quoted_path = tiny_document({"Thing": {"type": "object"}}, get_operation('/x"""', "Thing"))
    plain_http = {**tiny_document({}), "servers": [{"url": "http://dev.dixa.io"}]}
    return {
        "alias bomb": ALIAS_BOMB,
        "5,000-deep nesting": nested(5000),
        "dangling ref": json.dumps(dangling),
        'path key with """': json.dumps(quoted_path),
        "http server": json.dumps(plain_http),
    }


@pytest.mark.parametrize("name", hostile_documents())
def test_make_generate_refuses_in_one_clean_line_with_exit_2(tmp_path: Path, name: str) -> None:
    spec = write(tmp_path, hostile_documents()[name])
    command = ["-m", "scripts.generate", str(spec), "--api-version", "test", "--output", str(tmp_path / "out")]
    result = subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("generate: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "out").exists()


# --- Names the generated code uses itself ---------------------------------------------------------------


def test_names_of_the_generated_code_itself_generate_a_client_verify_has_called(tmp_path: Path) -> None:
    """Properties, parameters, tags and summaries spelled like the templates' locals, module names and the
    facade's own attributes (tests/test_reserved_names.py): the client generates, and verify called
    every operation and read every model, so a shadowed name would have failed it."""
    spec = write(tmp_path, json.dumps(reserved_document()), "reserved.json")
    command = ["-m", "scripts.generate", str(spec), "--api-version", "test", "--output", str(tmp_path / "out")]
    result = subprocess.run([sys.executable, *command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    operations = len(reserved_document()["paths"]) + 1  # /things has a GET and a POST
    assert f"verify: called {operations} operations, sync and async (0 need a value" in result.stdout
    assert "verify: read 4 models through both readers" in result.stdout
