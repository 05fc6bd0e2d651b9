"""The msgspec accelerator (a dependency on CPython) gives exactly what the pure Python path gives.

Every 2xx document example, every mutation of it (tests/examples/mutations.py: each scalar replaced
by a value of another JSON type, arrays for objects, objects for arrays, null for required), and
bodies with what msgspec reads differently from `json.loads` or refuses (odd timestamps, UUID forms,
unknown keys, tags and enum values, nulls, NaN, big numbers, a BOM, UTF-16) are read through the
facade's parser with the accelerator on and off; the results, or the errors with their messages and
JSON paths, are compared by repr (which shows every field, each timestamp's zone and each enum member).
"""

from __future__ import annotations

import codecs
import json
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import msgspec  # a dependency of the package: both paths are always tested
import pytest

from dixa_client import _accelerate
from dixa_client._calls import parse as parse_call
from dixa_client._decoding import DecodedResponse
from dixa_client._exceptions import ResponseValidationError
from dixa_client._pagination import next_page_link
from scripts.bench import conversation_payload
from tests.examples.document_examples import Example, collect_examples
from tests.examples.endpoints import endpoint_module, example_client, parse_response
from tests.examples.mutations import mutations

SUCCESSES = tuple(
    example
    for example in collect_examples()
    if "json" in example.media_type and example.status is not None and 200 <= example.status < 300
)
CONVERSATIONS = "dixa_client.api.end_users.get_endusers_userid_conversations"


@contextmanager
def accelerator(on: bool) -> Iterator[None]:
    previous = _accelerate.set_enabled(on)
    try:
        yield
    finally:
        _accelerate.set_enabled(previous)


class Counted:
    """How many bodies the accelerator read (rather than handing them to the pure Python path)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = 0
        original = _accelerate.parse_success

        def counting(endpoint: types.ModuleType, content: bytes, status_code: int, on_document: Any = None) -> Any:
            result = original(endpoint, content, status_code, on_document)
            self.read += result is not _accelerate.MISS
            return result

        monkeypatch.setattr("dixa_client._calls.accelerated_parse", counting)


def outcome(endpoint: types.ModuleType, status: int, body: bytes) -> str:
    """The facade parser's reading of a body: the model's repr, or the error with its message and path."""
    response = httpx.Response(status, content=body, request=httpx.Request("GET", "https://dixa.test/x"))
    try:
        return repr(parse_call(endpoint, "anOperation", response))
    except ResponseValidationError as error:
        return f"ResponseValidationError at {error.path!r}: {error.message}"
    except Exception as error:  # noqa: BLE001 - the kind of failure is what is compared
        return f"{type(error).__name__}: {error}"


def both_ways(endpoint: types.ModuleType, status: int, body: bytes) -> tuple[str, str]:
    with accelerator(on=True):
        fast = outcome(endpoint, status, body)
    with accelerator(on=False):
        pure = outcome(endpoint, status, body)
    return fast, pure


def test_msgspec_is_installed_and_used() -> None:
    assert _accelerate.available() and _accelerate.enabled()
    assert msgspec.json.decode(b"[1]") == [1]


def test_every_example_reads_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    counted, different = Counted(monkeypatch), []
    for example in SUCCESSES:
        assert example.status is not None
        fast, pure = both_ways(endpoint_module(example), example.status, json.dumps(example.value).encode())
        if fast != pure:
            different.append(f"{example.test_id}:\n  msgspec {fast}\n  python  {pure}")
    assert not different, "\n".join(different)
    # Most examples are read by msgspec; the rest are ones it hands over (unknown keys, untagged unions...).
    assert counted.read > len(SUCCESSES) // 2, f"msgspec read only {counted.read} of {len(SUCCESSES)} examples"


@pytest.mark.parametrize("example", SUCCESSES, ids=[example.test_id for example in SUCCESSES])
def test_every_mutation_reads_the_same_both_ways(example: Example) -> None:
    assert example.status is not None
    endpoint, parsed = endpoint_module(example), parse_response(example, example_client())
    different = []
    for mutation in mutations(example.value, parsed):
        body = json.dumps(mutation.apply(example.value)).encode()
        fast, pure = both_ways(endpoint, example.status, body)
        if fast != pure:
            different.append(f"{mutation}:\n  msgspec {fast}\n  python  {pure}")
    assert not different, "\n".join(different[:10])


def page(rich: bool, change: Callable[[dict[str, Any]], object] = lambda page: None) -> bytes:
    document: dict[str, Any] = json.loads(conversation_payload(22, rich=rich))
    change(document)
    return json.dumps(document).encode()


def item(index: int, key: str, value: object) -> Callable[[dict[str, Any]], object]:
    return lambda page: page["data"][index].__setitem__(key, value)


ODD_BODIES: dict[str, Callable[[bool], bytes]] = {
    "as built": lambda rich: page(rich),
    "next link": lambda rich: page(rich, lambda p: p.__setitem__("meta", {"next": "/beta/x?pageKey=2"})),
    "unknown key": lambda rich: page(rich, item(3, "favourite", {"colour": "teal"})),
    "unknown top-level key": lambda rich: page(rich, lambda p: p.__setitem__("extra", 1)),
    "null optional": lambda rich: page(rich, item(5, "direction", None)),
    "null required": lambda rich: page(rich, item(5, "createdAt", None)),
    "unknown tag": lambda rich: page(rich, item(7, "_type", "HologramConversation")),
    "unknown enum value": lambda rich: page(rich, item(9, "channel", "Telepathy")),
    "no tag": lambda rich: page(rich, lambda p: p["data"][11].pop("_type")),
    "zone id": lambda rich: page(rich, item(13, "createdAt", "2024-05-01T07:08:09.123+01:00[Europe/Copenhagen]")),
    "plain Z": lambda rich: page(rich, item(13, "createdAt", "2021-12-01T12:46:36Z")),
    "lower-case t": lambda rich: page(rich, item(13, "createdAt", "2021-12-01t12:46:36Z")),
    "not a timestamp": lambda rich: page(rich, item(13, "createdAt", "2021-12-01TxxZ[GMT]")),
    "braced UUID": lambda rich: page(rich, item(15, "requesterId", "{6b47b9d3-e1f9-40bd-b250-e87be1b7ce84}")),
    "UUID without dashes": lambda rich: page(rich, item(15, "requesterId", "6b47b9d3e1f940bdb250e87be1b7ce84")),
    "upper-case UUID": lambda rich: page(rich, item(15, "requesterId", "6B47B9D3-E1F9-40BD-B250-E87BE1B7CE84")),
    "bad UUID": lambda rich: page(rich, item(15, "requesterId", "6b47b9d3-e1f9-40bd-b250-e87be1b7ce8x")),
    "boolean for an integer": lambda rich: page(rich, item(1, "id", True)),
    "float for an integer": lambda rich: page(rich, item(1, "id", 1.0)),
    "big integer": lambda rich: page(rich, item(1, "id", 10**30)),
    "array for an object": lambda rich: page(rich, lambda p: p["data"].__setitem__(2, ["id"])),
    "NaN": lambda rich: page(rich).replace(b'"meta": {}', b'"meta": {"x": NaN}'),
    "duplicate key": lambda rich: page(rich).replace(b'"meta": {}', b'"meta": {}, "meta": {"next": "/n?pageKey=3"}'),
    "byte order mark": lambda rich: codecs.BOM_UTF8 + page(rich),
    "UTF-16": lambda rich: page(rich).decode().encode("utf-16"),
    "not JSON": lambda rich: page(rich)[:-1],
    "not an object": lambda rich: b"[]",
}


@pytest.mark.parametrize("rich", [False, True], ids=["minimal", "rich"])
@pytest.mark.parametrize("name", list(ODD_BODIES))
def test_odd_pages_read_the_same_both_ways(name: str, rich: bool) -> None:
    import importlib  # noqa: PLC0415

    body = ODD_BODIES[name](rich)
    fast, pure = both_ways(importlib.import_module(CONVERSATIONS), 200, body)
    assert fast == pure


def test_the_bench_pages_are_read_by_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib  # noqa: PLC0415

    counted = Counted(monkeypatch)
    for rich in (False, True):
        fast, pure = both_ways(importlib.import_module(CONVERSATIONS), 200, conversation_payload(44, rich=rich))
        assert fast == pure and "EmailConversation(" in fast
    assert counted.read == 2


def test_an_error_status_is_never_read_as_the_success_model() -> None:
    import importlib  # noqa: PLC0415

    endpoint = importlib.import_module(CONVERSATIONS)
    assert _accelerate.parse_success(endpoint, page(rich=False), 400) is _accelerate.MISS
    assert _accelerate.parse_success(endpoint, page(rich=False), 200) is not _accelerate.MISS


@pytest.mark.parametrize("name", list(ODD_BODIES))
def test_the_next_link_reads_the_same_both_ways(name: str) -> None:
    body = ODD_BODIES[name](False)
    links = []
    for on in (True, False):
        with accelerator(on):
            response = httpx.Response(200, content=body)
            links.append(next_page_link(DecodedResponse(response)))
    assert links[0] == links[1] == next_page_link(httpx.Response(200, content=body))


@pytest.mark.parametrize("pause_gc", [False, True])
def test_pages_are_read_by_msgspec_alone_within_the_gc_pause(monkeypatch: pytest.MonkeyPatch, pause_gc: bool) -> None:
    """With msgspec, a walk reads each body once: never json.loads, nor msgspec again for `meta.next` (read
    from the decoding that built the models); the opt-in GC pause covers that reading."""
    import gc  # noqa: PLC0415

    from dixa_client import Dixa  # noqa: PLC0415
    from dixa_client import _decoding as decoding  # noqa: PLC0415

    loads, reads, original = [], [], _accelerate.parse_success

    def reading(endpoint: types.ModuleType, content: bytes, status_code: int, on_document: Any = None) -> Any:
        reads.append(gc.isenabled())
        return original(endpoint, content, status_code, on_document)

    monkeypatch.setattr(decoding, "loads", lambda content: loads.append(content))
    monkeypatch.setattr(decoding, "top_level_member", lambda content, key: loads.append(content))
    monkeypatch.setattr("dixa_client._calls.accelerated_parse", reading)

    def pages(request: httpx.Request) -> httpx.Response:
        key = int(request.url.params.get("pageKey", "0"))
        meta = {"next": f"{request.url.path}?pageKey={key + 1}"} if key < 2 else {}
        body = json.loads(conversation_payload(3, rich=key == 1))
        return httpx.Response(200, json={**body, "meta": meta})

    with Dixa("key", transport=httpx.MockTransport(pages), rate_limit=None, pause_gc_while_decoding=pause_gc) as client:
        items = list(client.end_users.list_conversations("6b47b9d3-e1f9-40bd-b250-e87be1b7ce84"))
    assert len(items) == 9 and not loads and reads == [not pause_gc] * 3 and gc.isenabled()


def test_a_model_the_builder_cannot_read_is_left_to_the_pure_python_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib  # noqa: PLC0415

    for cache in ("_plans", "_decoders", "_structs", "_converters"):
        monkeypatch.setattr(_accelerate, cache, {})

    def unreadable(model: type) -> dict[str, Any]:
        raise NameError(f"an annotation of {model.__name__} that does not resolve")

    monkeypatch.setattr(_accelerate, "_hints", unreadable)
    endpoint, body = importlib.import_module(CONVERSATIONS), page(rich=True)
    assert _accelerate.parse_success(endpoint, body, 200) is _accelerate.MISS
    fast, pure = both_ways(endpoint, 200, body)
    assert fast == pure and "EmailConversation(" in fast
