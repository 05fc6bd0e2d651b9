"""Every operation of the pinned document, through the facade: what is found in the document itself.

These tests name no model or operation of one document version, so that the derived-document run
(tests/derived.py) can run them on a client generated from any Dixa document.
"""

from __future__ import annotations

import inspect
import json
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

import dixa_client
from dixa_client import AsyncDixa, Dixa, RequestValidationError
from dixa_client.resources import OPERATIONS
from scripts.routes import HTTP_METHODS
from tests.conftest import pinned_document_path

KEY = "dixa-key-SECRET-42"
AGENT_ID = "00000000-0000-0000-0000-000000000001"
ROUTE_CHANGING = ("..", ".", "")


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"data": []})

    def client(self) -> Dixa:
        return Dixa(KEY, transport=httpx.MockTransport(self), rate_limit=None, max_retries=0)


def client_for(handler: Any) -> Dixa:
    return Dixa(KEY, transport=httpx.MockTransport(handler), rate_limit=None)


def test_every_operation_of_the_document_has_a_method_on_both_clients(pinned_document: Path) -> None:
    document = yaml.safe_load(pinned_document.read_text(encoding="utf-8"))
    operation_ids = {
        op["operationId"] for item in document["paths"].values() for m, op in item.items() if m in HTTP_METHODS
    }
    assert set(OPERATIONS) == operation_ids
    sync, asynchronous = Dixa(KEY), AsyncDixa(KEY)
    for operation_id, (namespace, method) in OPERATIONS.items():
        for client in (sync, asynchronous):
            bound = getattr(getattr(client, namespace), method)
            assert operation_id in (bound.__doc__ or ""), operation_id
            assert callable(getattr(getattr(client, namespace).with_raw_response, method))
    reference = (Path(dixa_client.__file__).parent.parent / "api.md").read_text(encoding="utf-8")  # beside the package
    assert all(f"`{operation_id}`" in reference for operation_id in operation_ids)


class AnyModel:
    """Stands for a body model: passed through as is (the refusal under test comes first)."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def path_parameters(pinned_document: Path) -> list[tuple[str, str]]:
    document = yaml.safe_load(pinned_document.read_text(encoding="utf-8"))
    pairs = []
    for item in document["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS:
                for parameter in op.get("parameters", []):
                    if parameter.get("in") == "path":
                        pairs.append((op["operationId"], str(PythonIdentifier(parameter["name"], "field_"))))
    return pairs


def raw_method(client: Dixa, operation_id: str) -> Any:
    namespace, name = OPERATIONS[operation_id]
    return getattr(getattr(client, namespace).with_raw_response, name)


def parameter_annotation(client: Dixa, operation_id: str, parameter: str) -> str:
    return str(inspect.signature(raw_method(client, operation_id)).parameters[parameter].annotation)


def call_with(client: Dixa, operation_id: str, values: dict[str, Any]) -> None:
    method = raw_method(client, operation_id)
    arguments: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name in values:
            arguments[parameter.name] = values[parameter.name]
        elif parameter.name == "body":
            arguments["body"] = AnyModel()
        elif parameter.default is inspect.Parameter.empty and parameter.kind is parameter.KEYWORD_ONLY:
            arguments[parameter.name] = "x"
        elif parameter.default is inspect.Parameter.empty:
            arguments[parameter.name] = AGENT_ID if "UUID" in str(parameter.annotation) else "1"
    method(**arguments)


def test_no_path_parameter_can_change_the_route(pinned_document: Path) -> None:
    """Every (operation, path parameter) pair: `.`, `..` and empty are refused before any I/O."""
    pairs = path_parameters(pinned_document)
    assert len(pairs) > 50
    recorder = Recorder()
    client = recorder.client()
    warnings.simplefilter("ignore", DeprecationWarning)
    for operation_id, parameter in pairs:
        for value in ROUTE_CHANGING:
            with pytest.raises(RequestValidationError) as raised:
                call_with(client, operation_id, {parameter: value})
            assert raised.value.path == parameter and raised.value.operation, (operation_id, parameter, value)
    assert recorder.requests == []
    # An ordinary value goes through, encoded as one segment (a slash cannot add a segment either).
    operation_id, parameter = next(pair for pair in pairs if parameter_annotation(client, *pair) == "str")
    call_with(client, operation_id, {parameter: "../a/b"})
    assert b"/..%2Fa%2Fb" in recorder.requests[-1].url.raw_path.split(b"?")[0]


def paginated_posts(document: dict[str, Any]) -> list[Any]:
    """(first request example, first 200 example) of each POST taking a pageKey (a search), by operationId."""
    found = []
    for item in document["paths"].values():
        operation = item.get("post", {})
        if not any(parameter.get("name") == "pageKey" for parameter in operation.get("parameters", [])):
            continue
        request = operation["requestBody"]["content"]["application/json"]
        answer = operation["responses"]["200"]["content"]["application/json"]
        body, page = (next(iter(m["examples"].values()))["value"] if "examples" in m else m["example"]
                      for m in (request, answer))  # fmt: skip
        found.append(pytest.param(operation["operationId"], body, page, id=operation["operationId"]))
    return found


@pytest.mark.parametrize(
    ("operation_id", "body", "page"),
    paginated_posts(yaml.safe_load(pinned_document_path().read_text(encoding="utf-8"))),
)
def test_a_paginated_search_resends_its_body_with_each_page_key(operation_id: str, body: Any, page: Any) -> None:
    bodies: list[tuple[str | None, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("pageKey", "0"))
        bodies.append((request.url.params.get("pageKey"), json.loads(request.content)))
        link = {"next": f"{request.url.path}?pageKey={number + 1}"} if number < 2 else {}
        return httpx.Response(200, json={**page, "meta": link})

    namespace, method = OPERATIONS[operation_id]
    hits = list(getattr(getattr(client_for(handler), namespace), method)(body=body))
    assert len(hits) == 3 * len(page["data"]) > 0
    assert [key for key, _ in bodies] == [None, "1", "2"]
    assert all(sent == bodies[0][1] for _, sent in bodies)
