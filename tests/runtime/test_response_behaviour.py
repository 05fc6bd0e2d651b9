"""`APIResponse` (what `with_raw_response` methods return): the response as it came, parsed once on demand."""

from __future__ import annotations

import httpx
import pytest

from dixa_client._response import APIResponse


def raw(status: int = 200, content: bytes = b'{"a": 1}') -> httpx.Response:
    request = httpx.Request("POST", "https://dixa.example/v1/things/7?secret=1")
    return httpx.Response(status, headers={"X-Thing": "yes"}, content=content, request=request)


def test_the_response_is_there_as_it_came() -> None:
    response = raw(201, '{"a": "é"}'.encode())
    api = APIResponse(response, lambda r: r.status_code)
    assert api.http_response is response
    assert api.status_code == 201
    assert api.headers["x-thing"] == "yes"
    assert api.content == '{"a": "é"}'.encode()
    assert api.text == '{"a": "é"}'
    assert api.json() == {"a": "é"}


def test_the_repr_names_status_method_and_path_only() -> None:
    assert repr(APIResponse(raw(404), lambda r: None)) == "<APIResponse [404] POST /v1/things/7>"


def test_parse_reads_once_and_keeps_the_value() -> None:
    calls: list[httpx.Response] = []

    def parse(response: httpx.Response) -> list[int]:
        calls.append(response)
        return [len(calls)]

    response = raw()
    api = APIResponse(response, parse)
    assert calls == []  # nothing is parsed until asked
    first = api.parse()
    assert first == [1]
    assert api.parse() is first
    assert api.parsed is first
    assert calls == [response]


def test_a_parse_that_gives_none_is_kept_too() -> None:
    calls: list[int] = []
    api = APIResponse(raw(), lambda r: calls.append(1))
    assert api.parse() is None
    assert api.parsed is None
    assert calls == [1]


def test_a_parse_failure_reaches_the_caller_each_time() -> None:
    def parse(response: httpx.Response) -> int:
        raise ValueError("misfit")

    api = APIResponse(raw(), parse)
    for _ in range(2):
        with pytest.raises(ValueError, match="misfit"):
            api.parse()
    assert api.text == '{"a": 1}'  # the body is still there to read
