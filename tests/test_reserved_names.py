"""A document whose names are the generated code's own (template locals, module names, client attributes)
generates a working client: the facade and the low-level functions send the right requests and read the
right results (tests/facade/test_reserved_names.py covers the facade's per-call arguments)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts import verify_calls
from scripts.changelog_facade import facade_names
from scripts.generate import generate
from scripts.schema_examples import FILE_CONTENT, MAX_DEPTH, NoExample, example
from tests.conftest import tiny_document

# The model template's locals and module names; `_value`, `_exc`, `_instance` are also the list reader's
# locals for `value`, `exc`, `instance`; `additional_properties` is a model attribute.
PROPERTY_NAMES = [
    *("cls", "d", "field_dict", "additional_properties", "src_dict", "_instance", "_value", "_exc", "T"),
    *("prop_name", "prop", "prop_dict", "prop_value", "files", "json", "types", "self", "cast"),
    *("value_item", "exc_item_data"),  # the list reader's locals for `value` and `exc`
]
# The endpoint template's locals and module names, and the runtime's call arguments.
QUERY_NAMES = [
    *("cast", "endpoint", "operation_id", "params", "headers", "kwargs", "response", "cookies"),
    *("errors", "httpx", "sync_detailed", "asyncio_detailed", "body"),
]
INNER_REF = {"$ref": "#/components/schemas/Inner"}
STRING = {"type": "string"}


def ok(schema: str) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
    return {"200": {"description": "ok", "content": content}}


def query(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "query", "schema": STRING} for name in names]


def reserved_document() -> dict[str, Any]:
    inner = {"title": "Inner", "type": "object", "required": ["cls"], "properties": {"cls": STRING}}
    properties: dict[str, Any] = {name: STRING for name in PROPERTY_NAMES}
    properties |= {
        "value": {"type": "array", "items": INNER_REF},
        "exc": {"type": "array", "items": INNER_REF},
        "instance": {"type": "array", "items": STRING},
        "choice": {"oneOf": [STRING, INNER_REF]},
    }
    thing = {"title": "Thing", "type": "object", "required": ["cls", "d"], "properties": properties}
    things = {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
    meta = {"type": "object", "properties": {"next": STRING}}
    page = {"title": "ThingPage", "type": "object", "properties": {"data": things, "meta": meta}}
    quote = {"name": "quote", "in": "path", "required": True, "schema": STRING}
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    tag = ["total_timeout"]
    get_thing = {"operationId": "getThing", "tags": tag, "parameters": [quote, *query(*QUERY_NAMES)]}
    paths = {
        "/things/{quote}": {"get": {**get_thing, "responses": ok("Thing")}},
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": tag,
                "parameters": query("pageKey", "pageLimit"),
                "responses": ok("ThingPage"),
            },
            "post": {"operationId": "createThing", "tags": tag, "requestBody": body, "responses": ok("Thing")},
        },
    }
    # A multipart upload and a union body, in namespaces and methods spelled like the facade's own names.
    upload = {"title": "Upload", "type": "object", "required": ["files"], "properties": UPLOAD_PROPERTIES}
    multipart = {"content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}}}
    union = {
        "content": {"application/json": {"schema": {"oneOf": [INNER_REF, {"$ref": "#/components/schemas/Thing"}]}}}
    }
    paths["/uploads"] = {
        "post": {
            "operationId": "upload",
            "tags": ["cached_property"],
            "summary": "Overload",
            "requestBody": multipart,
            "responses": ok("Inner"),
        }
    }
    paths["/choices"] = {
        "post": {
            "operationId": "choose",
            "tags": ["copy"],
            "summary": "With raw response",
            "requestBody": union,
            "responses": ok("Inner"),
        }
    }
    schemas = {"Inner": inner, "Thing": thing, "ThingPage": page, "Upload": upload}
    return tiny_document(schemas, paths)


UPLOAD_PROPERTIES = {
    "files": {"type": "string", "format": "binary"},
    "json": STRING,
    "types": STRING,
    "prop_name": STRING,
}


# Every property set, lists of models included: each is read through the fast and the careful path.
THING = {name: f"<{name}>" for name in PROPERTY_NAMES} | {
    "value": [{"cls": "v"}],
    "exc": [{"cls": "e"}],
    "instance": ["i"],
    "choice": {"cls": "c", "_type": "Inner"},
}

SCRIPT = """
import asyncio, json, sys
import httpx
sys.path.insert(0, sys.argv[1])
THING = json.loads(sys.argv[2])
from dixa_client import Dixa
from dixa_client.client import Client
from dixa_client.models import Thing
from dixa_client.api.total_timeout import get_thing, create_thing
sent = []
def handler(request):
    sent.append({"method": request.method, "url": str(request.url), "body": request.content.decode()})
    if request.method == "GET" and request.url.path == "/things":
        return httpx.Response(200, json={"data": [THING], "meta": {"next": None}})
    return httpx.Response(200, json=THING)
transport = httpx.MockTransport(handler)
client = Dixa("key", base_url="https://example.com", transport=transport, rate_limit=None)
out = {"total_timeout": client.total_timeout}  # the tag did not replace the client's setting
query = {name: name.upper() for name in sys.argv[3].split(",")}
query["body_"] = query.pop("body")  # the facade's own `body` is the request body
facade = [client.total_timeout_api.get_thing("a/b", **query).to_dict()]
facade.append(client.total_timeout_api.create_thing(cls="c", d="d", cast="k", additional_properties="z").to_dict())
facade += [thing.to_dict() for thing in client.total_timeout_api.list_things()]
from dixa_client.models import Inner, Upload
from dixa_client.types import File
upload = Upload(files=File(payload=b"file", file_name="f.txt"), json="j", types="t", prop_name="p")
out["upload"] = client.cached_property_api.overload_(body=upload).to_dict()
out["choice"] = client.copy_api.with_raw_response_(body={"cls": "c", "_type": "Inner"}).to_dict()
out["raw"] = client.copy_api.with_raw_response.with_raw_response_(body=Inner(cls="r")).parse().to_dict()
low = Client(base_url="https://example.com")
low.set_httpx_client(httpx.Client(base_url="https://example.com", transport=transport))
low.set_async_httpx_client(httpx.AsyncClient(base_url="https://example.com", transport=transport))
low_query = {name: name.upper() for name in sys.argv[3].split(",")}
direct = [get_thing.sync("a/b", client=low, **low_query).to_dict()]
direct.append(asyncio.run(get_thing.asyncio("a/b", client=low, **low_query)).to_dict())
direct.append(create_thing.sync(client=low, body=Thing.from_dict(THING)).to_dict())
from dixa_client.api.copy import choose
out["left_out"] = choose._get_kwargs()  # an optional union body left out
out["careful"] = Thing._read(THING).to_dict()
from dixa_client.resources import OPERATIONS
out["operations"] = OPERATIONS
out["facade"], out["direct"], out["sent"] = facade, direct, sent
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def reserved_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reserved")
    spec = root / "reserved.json"
    spec.write_text(json.dumps(reserved_document()))
    generate(spec, "test", root / "out")  # verify inside generate calls every operation and model too
    return root / "out"


def test_reserved_names_generate_a_working_client(reserved_client: Path) -> None:
    arguments = [str(reserved_client), json.dumps(THING), ",".join(QUERY_NAMES)]
    result = subprocess.run([sys.executable, "-c", SCRIPT, *arguments], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["total_timeout"] == 120.0
    # The changelog names the same methods the facade has.
    assert out["operations"] == {op: list(names) for op, names in facade_names(reserved_document()).items()}
    assert out["operations"]["upload"] == ["cached_property_api", "overload_"]
    assert out["careful"] == THING
    assert out["facade"][0] == out["facade"][2] == THING
    assert out["direct"] == [THING, THING, THING]
    assert out["facade"][1] == THING  # the mock answers the same Thing to the POST
    gets = [r for r in out["sent"] if r["method"] == "GET" and r["url"].startswith("https://example.com/things/")]
    expected_query = "&".join(f"{name}={name.upper()}" for name in QUERY_NAMES)
    assert [r["url"] for r in gets] == [f"https://example.com/things/a%2Fb?{expected_query}"] * 3
    posts = {r["url"]: r["body"] for r in out["sent"] if r["method"] == "POST"}
    assert json.loads(posts["https://example.com/things"]) == THING  # the last POST: the low-level call
    first_post = next(r for r in out["sent"] if r["method"] == "POST")
    assert json.loads(first_post["body"]) == {"cls": "c", "d": "d", "cast": "k", "additional_properties": "z"}
    upload = posts["https://example.com/uploads"]
    assert 'name="files"; filename="f.txt"' in upload and "\r\n\r\nfile\r\n" in upload
    assert all(f'name="{name}"' in upload for name in ("json", "types", "prop_name"))
    choices = [json.loads(r["body"]) for r in out["sent"] if r["url"] == "https://example.com/choices"]
    assert choices == [{"cls": "c", "_type": "Inner"}, {"cls": "r", "_type": "Inner"}]
    assert out["upload"] == out["choice"] == out["raw"] == THING
    assert "json" not in out["left_out"]


# --- verify's second half: it calls the generated code, so such a break cannot pass -------------------


class Model:
    """A stand-in for a generated model: `_read` and the fast reader are given per test."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value

    def to_dict(self) -> dict[str, Any]:
        return dict(self.value)


def test_verify_reports_a_careful_reader_that_fails_where_the_fast_one_reads() -> None:
    def shadowed(value: dict[str, Any]) -> Model:
        raise AttributeError("'str' object has no attribute 'pop'")  # what a local named `d` did

    broken = type("Broken", (Model,), {"__dixa_decode__": staticmethod(Model), "_read": staticmethod(shadowed)})
    (problem,) = verify_calls._read_both(broken, {"d": "x"})
    assert "Broken: the careful reader fails where the fast one reads: AttributeError" in problem


def test_verify_reports_readers_that_disagree_and_a_model_that_does_not_read_back() -> None:
    def lossy(value: dict[str, Any]) -> Model:
        return Model({k: v for k, v in value.items() if k != "additional_properties"})

    disagreeing = type("Lossy", (Model,), {"__dixa_decode__": staticmethod(Model), "_read": staticmethod(lossy)})
    assert verify_calls._read_both(disagreeing, {"additional_properties": "x"}) == [
        "model Lossy: the fast and careful readers read different models"
    ]
    agreeing = type("Fine", (Model,), {"__dixa_decode__": staticmethod(Model), "_read": staticmethod(Model)})
    assert verify_calls._read_both(agreeing, {"a": 1}) == []


def test_schema_examples_set_every_property_and_read_files_only_for_multipart() -> None:
    doc = reserved_document()
    value = example({"$ref": "#/components/schemas/Thing"}, doc)
    assert set(value) == {*PROPERTY_NAMES, "value", "exc", "instance", "choice"}
    assert value["value"] == [{"cls": "v"}] and value["choice"] == "v"
    upload = {"type": "object", "required": ["file"], "properties": {"file": {"type": "string", "format": "binary"}}}
    assert example(upload, doc, files=True) == {"file": FILE_CONTENT}
    with pytest.raises(NoExample):
        example(upload, doc)


def test_schema_examples_end_a_reference_cycle() -> None:
    node = {"title": "Node", "type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    value = example({"$ref": "#/components/schemas/Node"}, tiny_document({"Node": node}))
    depth = 0
    while "next" in value:
        value, depth = value["next"], depth + 1
    assert 0 < depth <= MAX_DEPTH + 1


def test_verify_leaves_a_refusal_of_the_data_itself_to_the_readers() -> None:
    def refuses(value: dict[str, Any]) -> Model:
        try:
            raise TypeError("expected boolean, got string")
        except TypeError as misfit:
            raise RuntimeError("value: expected boolean, got string") from misfit

    strict = type("Strict", (Model,), {"__dixa_decode__": staticmethod(Model), "_read": staticmethod(refuses)})
    assert verify_calls._read_both(strict, {"value": "v"}, (TypeError,)) == []
    assert "Strict: the careful reader fails where the fast one reads" in verify_calls._read_both(strict, {})[0]
