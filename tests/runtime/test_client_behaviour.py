"""`Dixa` and `AsyncDixa` around hand-made endpoints (the shape every generated endpoint module has):
settings, request building and its checks, and how a 2xx body becomes the typed value or a
ResponseValidationError naming the operation, whatever the document."""

from __future__ import annotations

import gc
import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest

import dixa_client.api
from dixa_client import AsyncDixa, Dixa, DixaError, RequestValidationError, ResponseValidationError
from dixa_client._base_client import NOT_GIVEN
from dixa_client._calls import PARSER
from dixa_client._calls import parse as parse_call
from dixa_client._calls import request as build_request
from dixa_client._client import API_KEY_VARIABLE, BASE_URL_VARIABLE, USER_AGENT
from dixa_client._decoding import DecodedResponse
from dixa_client._provenance import __server_url__
from dixa_client._request import CallOptions

KEY = "sk-client-SECRET-42"
NO_OPTIONS = CallOptions(options=None, timeout=NOT_GIVEN, extra_headers=None, extra_query=None, extra_body=None)


class Page:
    def __init__(self, data: object) -> None:
        self.data = data


def fake_endpoint(
    parse: Callable[[DecodedResponse], Any] | None = None,
    *,
    get_kwargs: Callable[..., dict[str, Any]] | None = None,
    body_from_json: Callable[[Any], Any] | None = None,
) -> ModuleType:
    """An endpoint module as generated: OPERATION, _get_kwargs, _parse_success (and _body_from_json)."""

    def default_kwargs(**arguments: Any) -> dict[str, Any]:
        request: dict[str, Any] = {"method": "get", "url": "/beta/things", "params": {"pageLimit": 2}}
        if "body" in arguments:
            request = {"method": "post", "url": "/beta/things", "json": arguments["body"]}
        return request

    def parse_success(*, client: Any, response: DecodedResponse) -> Any:
        assert client is PARSER
        return (parse or (lambda r: Page(r.json()["data"])))(response)

    endpoint = ModuleType("things_endpoint")  # a module, as generated: hashable, has no parser of bodies
    endpoint.OPERATION = "GET /beta/things"  # type: ignore[attr-defined]
    endpoint._get_kwargs = get_kwargs or default_kwargs  # type: ignore[attr-defined]
    endpoint._parse_success = parse_success  # type: ignore[attr-defined]
    if body_from_json is not None:
        endpoint._body_from_json = body_from_json  # type: ignore[attr-defined]
    return endpoint


def ok(body: object) -> httpx.Response:
    return httpx.Response(200, json=body)


def responding(*bodies: object) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    received: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return ok(bodies[min(len(received), len(bodies)) - 1])

    return httpx.MockTransport(handler), received


def a_generated_endpoint() -> ModuleType:
    """The first generated endpoint module, whichever document the package was generated from."""
    for info in pkgutil.walk_packages(dixa_client.api.__path__, "dixa_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_parse_success") and hasattr(module, "OPERATION"):
            return module
    raise AssertionError("no generated endpoint")


# --- settings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [Dixa, AsyncDixa])
def test_the_key_and_base_url_come_from_the_environment_when_not_given(
    client_class: type[Dixa | AsyncDixa], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_VARIABLE, "env-key")
    monkeypatch.setenv(BASE_URL_VARIABLE, "https://env.example")
    client = client_class(rate_limit=None)
    assert (client._api_key, str(client.base_url).rstrip("/")) == ("env-key", "https://env.example")
    given = client_class("arg-key", base_url="https://arg.example", rate_limit=None)
    assert (given._api_key, str(given.base_url).rstrip("/")) == ("arg-key", "https://arg.example")
    assert client.pause_gc_while_decoding is False


@pytest.mark.parametrize("client_class", [Dixa, AsyncDixa])
def test_the_document_s_server_is_the_last_resort(
    client_class: type[Dixa | AsyncDixa], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(BASE_URL_VARIABLE, raising=False)
    assert str(client_class(KEY, rate_limit=None).base_url).rstrip("/") == __server_url__.rstrip("/")


@pytest.mark.parametrize("client_class", [Dixa, AsyncDixa])
def test_an_empty_key_is_no_key_even_when_the_environment_has_one(
    client_class: type[Dixa | AsyncDixa], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API_KEY_VARIABLE, "env-key")
    with pytest.raises(DixaError, match=f"no API key: pass Dixa\\(api_key=...\\) or set the {API_KEY_VARIABLE}"):
        client_class("")
    monkeypatch.delenv(API_KEY_VARIABLE)
    with pytest.raises(DixaError, match="no API key"):
        client_class()


def test_requests_carry_the_package_s_user_agent() -> None:
    transport, received = responding({"data": []})
    with Dixa(KEY, base_url="https://h.example", transport=transport, rate_limit=None) as client:
        client._call(fake_endpoint(), "getThings", NO_OPTIONS, arguments={})
    assert received[0].headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("dixa-client/")


# --- building the request ------------------------------------------------------------------------------------


def test_uuid_arguments_are_checked_and_converted_before_anything_is_sent() -> None:
    seen: dict[str, Any] = {}

    def get_kwargs(**arguments: Any) -> dict[str, Any]:
        seen.update(arguments)
        return {"method": "get", "url": "/beta/things"}

    endpoint = fake_endpoint(get_kwargs=get_kwargs)
    text = str(UUID(int=5))
    build_request(endpoint, "getThing", NO_OPTIONS, {"thing_id": text, "other": text}, uuids=("thing_id",))
    assert seen == {"thing_id": UUID(int=5), "other": text}
    with pytest.raises(RequestValidationError) as caught:
        build_request(endpoint, "getThing", NO_OPTIONS, {"thing_id": "nope"}, uuids=("thing_id",))
    assert (caught.value.path, caught.value.operation) == ("thing_id", "getThing (GET /beta/things)")


def test_a_body_is_read_into_its_model_and_passed_on() -> None:
    endpoint = fake_endpoint(body_from_json=lambda data: ("model", data))
    request = build_request(endpoint, "createThing", NO_OPTIONS, {}, body_type="Thing", fields={"name": "a"})
    assert request["json"] == ("model", {"name": "a"})


def test_a_multipart_body_is_not_read_from_json() -> None:
    endpoint = fake_endpoint(body_from_json=lambda data: ("model", data))
    with pytest.raises(RequestValidationError, match="expected a Thing"):
        build_request(endpoint, "upload", NO_OPTIONS, {}, body_type="Thing", fields={"name": "a"}, multipart=True)


def test_a_missing_body_is_refused_only_when_required() -> None:
    endpoint = fake_endpoint(body_from_json=lambda data: data)
    assert "json" not in build_request(endpoint, "patchThing", NO_OPTIONS, {}, body_type="Thing")
    with pytest.raises(RequestValidationError) as caught:
        build_request(endpoint, "createThing", NO_OPTIONS, {}, body_type="Thing", body_required=True)
    assert str(caught.value) == (
        "createThing (GET /beta/things): body: a request body is required: pass body= or keyword arguments"
    )


def test_without_a_body_type_no_body_is_made() -> None:
    endpoint = fake_endpoint(body_from_json=lambda data: data)
    request = build_request(endpoint, "listThings", NO_OPTIONS, {}, body={"name": "a"}, body_required=True)
    assert request == {"method": "get", "url": "/beta/things", "params": {"pageLimit": 2}}


def test_a_misfit_found_while_building_names_the_operation() -> None:
    def get_kwargs(**arguments: Any) -> dict[str, Any]:
        raise RequestValidationError("'..' is not usable", path="thing_id")

    with pytest.raises(RequestValidationError) as caught:
        build_request(fake_endpoint(get_kwargs=get_kwargs), "getThing", NO_OPTIONS, {})
    assert str(caught.value) == "getThing (GET /beta/things): thing_id: '..' is not usable"
    assert caught.value.__cause__ is None


def test_call_options_are_applied() -> None:
    options = CallOptions(options=None, timeout=NOT_GIVEN, extra_headers=None, extra_query={"q": 1}, extra_body=None)
    assert build_request(fake_endpoint(), "listThings", options, {})["params"] == {"pageLimit": 2, "q": 1}


# --- reading the body --------------------------------------------------------------------------------------


def test_an_undocumented_status_of_a_generated_endpoint_is_a_validation_error() -> None:
    endpoint = a_generated_endpoint()
    answer = httpx.Response(299, content=b"odd", request=httpx.Request("GET", "https://h.example/x"))
    with pytest.raises(ResponseValidationError) as caught:
        parse_call(endpoint, "someOperation", answer)
    error = caught.value
    assert error.message == "HTTP 299 is not a documented answer of this operation"
    assert (error.path, error.status_code, error.body, error.response) == ("$", 299, b"odd", answer)
    assert error.operation == f"someOperation ({endpoint.OPERATION})"
    assert PARSER.raise_on_unexpected_status is True


def test_a_misfit_names_the_operation_carries_the_body_and_masks_the_key() -> None:
    def parse(response: DecodedResponse) -> Any:
        raise ResponseValidationError(f"bad value {KEY}", path=f"data[0].{KEY}")

    answer = ok({"data": [1]})
    with pytest.raises(ResponseValidationError) as caught:
        parse_call(fake_endpoint(parse), "getThings", answer, secret=KEY)
    error = caught.value
    assert (error.message, error.path) == ("bad value [redacted]", "data[0].[redacted]")
    assert (error.operation, error.status_code, error.body) == ("getThings (GET /beta/things)", 200, {"data": [1]})
    assert error.response is answer


def test_without_a_secret_nothing_is_masked() -> None:
    def parse(response: DecodedResponse) -> Any:
        raise ResponseValidationError("bad", path="data")

    with pytest.raises(ResponseValidationError) as caught:
        parse_call(fake_endpoint(parse), "getThings", ok({}))
    assert (caught.value.message, caught.value.path) == ("bad", "data")


def test_the_cause_of_a_misfit_is_kept() -> None:
    cause = ValueError("not a date")

    def parse(response: DecodedResponse) -> Any:
        raise ResponseValidationError("bad", path="data") from cause

    with pytest.raises(ResponseValidationError) as caught:
        parse_call(fake_endpoint(parse), "getThings", ok({}))
    assert caught.value.__cause__ is cause


def test_a_body_that_is_not_json_is_carried_as_bytes() -> None:
    def parse(response: DecodedResponse) -> Any:
        raise ResponseValidationError("bad")

    with pytest.raises(ResponseValidationError) as caught:
        parse_call(fake_endpoint(parse), "getThings", httpx.Response(200, content=b"<html>"))
    assert caught.value.body == b"<html>"


def test_the_gc_runs_during_parsing_unless_asked_to_pause() -> None:
    states: list[bool] = []

    def parse(response: DecodedResponse) -> Any:
        states.append(gc.isenabled())
        return None

    gc.enable()
    parse_call(fake_endpoint(parse), "getThings", ok({}))
    parse_call(fake_endpoint(parse), "getThings", ok({}), pause_gc=True)
    assert states == [True, False] and gc.isenabled()


def test_unwrap_gives_the_list_of_items_or_nothing() -> None:
    assert parse_call(fake_endpoint(), "listThings", ok({"data": [1, 2]}), unwrap=True) == [1, 2]
    assert parse_call(fake_endpoint(), "listThings", ok({"data": {"a": 1}}), unwrap=True) == []
    assert parse_call(fake_endpoint(lambda r: None), "listThings", ok({}), unwrap=True) == []
    page = parse_call(fake_endpoint(), "listThings", ok({"data": [1, 2]}))
    assert isinstance(page, Page) and page.data == [1, 2]


# --- calls through the clients --------------------------------------------------------------------------------


def test_call_call_raw_and_paginate() -> None:
    transport, received = responding({"data": [1, 2], "meta": {"next": "/beta/things?pageKey=2"}}, {"data": [3]})
    with Dixa(KEY, base_url="https://h.example", transport=transport, rate_limit=None) as client:
        page = client._call(fake_endpoint(), "listThings", NO_OPTIONS, arguments={})
        assert isinstance(page, Page) and page.data == [1, 2]
        assert client._call(fake_endpoint(), "listThings", NO_OPTIONS, unwrap=True, arguments={}) == [3]
        raw = client._call_raw(fake_endpoint(), "listThings", NO_OPTIONS, unwrap=True, arguments={})
        assert raw.status_code == 200 and raw.parse() == [3]
        assert isinstance(client._call_raw(fake_endpoint(), "listThings", NO_OPTIONS, arguments={}).parse(), Page)
        received.clear()
        pager = client._paginate(fake_endpoint(), "listThings", NO_OPTIONS, arguments={})
        assert list(pager) == [1, 2, 3]
        assert "operation='listThings'" in repr(pager)


def test_a_paused_gc_client_pauses_while_parsing_its_calls() -> None:
    states: list[bool] = []

    def parse(response: DecodedResponse) -> Any:
        states.append(gc.isenabled())
        return Page(response.json()["data"])

    gc.enable()
    transport, _ = responding({"data": [1]})
    with Dixa(KEY, base_url="https://h.example", transport=transport, rate_limit=None) as plain:
        plain._call(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        plain._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={}).parse()
    with Dixa(
        KEY, base_url="https://h.example", transport=transport, rate_limit=None, pause_gc_while_decoding=True
    ) as paused:
        paused._call(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        paused._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={}).parse()
    assert states == [True, True, False, False] and gc.isenabled()


def test_a_misfit_in_a_raw_call_masks_the_key_too() -> None:
    def parse(response: DecodedResponse) -> Any:
        raise ResponseValidationError(f"echo {KEY}")

    transport, _ = responding({"data": [1]})
    with Dixa(KEY, base_url="https://h.example", transport=transport, rate_limit=None) as client:
        raw = client._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        with pytest.raises(ResponseValidationError, match=r"echo \[redacted\]"):
            raw.parse()


async def test_async_call_call_raw_and_paginate() -> None:
    states: list[bool] = []

    def parse(response: DecodedResponse) -> Any:
        states.append(gc.isenabled())
        return Page(response.json()["data"])

    gc.enable()
    transport, _ = responding({"data": [1, 2], "meta": {"next": "/beta/things?pageKey=2"}}, {"data": [3]})
    async with AsyncDixa(KEY, base_url="https://h.example", transport=transport, rate_limit=None) as client:
        page = await client._call(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        assert isinstance(page, Page) and page.data == [1, 2]
        assert await client._call(fake_endpoint(parse), "listThings", NO_OPTIONS, unwrap=True, arguments={}) == [3]
        raw = await client._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, unwrap=True, arguments={})
        assert raw.parse() == [3]
        raw_page = await client._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        assert isinstance(raw_page.parse(), Page)
        pager = client._paginate(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        assert [item async for item in pager] == [3]
        assert "operation='listThings'" in repr(pager)
    async with AsyncDixa(
        KEY, base_url="https://h.example", transport=transport, rate_limit=None, pause_gc_while_decoding=True
    ) as paused:
        await paused._call(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})
        (await paused._call_raw(fake_endpoint(parse), "listThings", NO_OPTIONS, arguments={})).parse()
    assert states == [True] * 5 + [False, False] and gc.isenabled()


@pytest.mark.parametrize("client_class", [Dixa, AsyncDixa])
def test_the_key_may_be_named_and_every_other_setting_must_be(client_class: type[Dixa | AsyncDixa]) -> None:
    assert client_class(api_key=KEY, rate_limit=None)._api_key == KEY
    with pytest.raises(TypeError):
        client_class(KEY, "https://h.example")  # type: ignore[call-arg]


def test_the_secret_and_the_flags_of_parse_are_never_taken_by_position() -> None:
    with pytest.raises(TypeError):
        parse_call(fake_endpoint(), "listThings", ok({"data": []}), KEY)  # type: ignore[call-arg]
