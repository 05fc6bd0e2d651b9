"""The generated fast decoders give exactly what the careful path gives, and leave every misfit to it.

`from_dict` first tries the model's straight-line `_decode`; anything it does not expect makes it give
up, and the careful `_read` reads the value (the same result, or the error with its path). Here every
document example and two benchmark-like pages (with the odd cases the fast path hands over: unknown
keys, nulls, unknown tags and enum values) are read both ways, and the results compared by repr
(which shows every field, each timestamp's zone and each enum member).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn
from uuid import UUID

import pytest

import dixa_client.models
from dixa_client import Client
from dixa_client._datetime import parse_datetime, read_timestamp
from dixa_client._validation import parse_uuid, read_uuid
from dixa_client.api.end_users import get_endusers_userid_conversations
from scripts.bench import conversation_payload
from tests.examples.document_examples import collect_examples
from tests.examples.endpoints import example_client, parse_example
from tests.pinned_models import returned

ListEndUserConversationsOutput = returned(get_endusers_userid_conversations)  # what scripts/bench.py pages

EXAMPLES = tuple(example for example in collect_examples() if "json" in example.media_type)


REFUSED: list[object] = []  # what the switched-off fast decoders were given


def _refuse(value: Any) -> NoReturn:
    REFUSED.append(value)
    raise RuntimeError("fast path switched off")


@contextmanager
def careful_only() -> Iterator[None]:
    """Every model's fast decoder switched off: from_dict reads everything with the careful path."""
    modules = [
        importlib.import_module(f"dixa_client.models.{info.name}")
        for info in pkgutil.iter_modules(dixa_client.models.__path__)
    ]
    patched = [module for module in modules if hasattr(module, "_decode")]
    originals = [module._decode for module in patched]
    for module in patched:
        module._decode = _refuse  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, original in zip(patched, originals, strict=True):
            module._decode = original  # type: ignore[attr-defined]


def both_ways(parse: Callable[[], object]) -> tuple[str, str]:
    fast = repr(parse())
    with careful_only():
        careful = repr(parse())
    return fast, careful


@pytest.fixture(scope="module")
def client() -> Client:
    return example_client()


def test_every_example_reads_the_same_both_ways(client: Client) -> None:
    refused, different = len(REFUSED), []
    for example in EXAMPLES:
        fast, careful = both_ways(lambda example=example: parse_example(example, client))  # type: ignore[misc]
        if fast != careful:
            different.append(example.test_id)
    assert not different, f"fast and careful reads differ for {different}"
    assert len(REFUSED) - refused > len(EXAMPLES), "the careful reads did not switch the fast decoders off"


def odd_page(rich: bool) -> dict[str, Any]:
    """A benchmark page with, here and there, what the fast path hands over to the careful one."""
    page: dict[str, Any] = json.loads(conversation_payload(44, rich=rich))
    items = page["data"]
    items[3]["favourite"] = {"colour": "teal"}  # an unknown key
    items[5]["direction"] = None  # null for an optional key
    items[7]["_type"] = "HologramConversation"  # an unknown tag
    items[9]["channel"] = "Telepathy"  # an unknown enum value
    del items[11]["_type"]  # no tag: resolved by keys
    items[13]["createdAt"] = "2024-05-01T07:08:09.123+01:00[Europe/Copenhagen]"  # not the Z fast path
    items[15]["requesterId"] = "{" + items[15]["requesterId"] + "}"  # a UUID form off the fast path
    items[17]["requesterId"] = items[17]["requesterId"].replace("-", "") + "----"  # 36 characters, dashes moved
    items[19]["createdAt"] = "2021-12-01T12:46:36Z"  # `Z` without a zone id
    return page


@pytest.mark.parametrize("rich", [False, True], ids=["minimal", "rich"])
def test_a_page_reads_the_same_both_ways(rich: bool) -> None:
    page = odd_page(rich)
    refused = len(REFUSED)
    fast, careful = both_ways(lambda: ListEndUserConversationsOutput.from_dict(page))
    assert fast == careful and len(REFUSED) > refused
    assert "HologramConversation" in fast and "Telepathy" in fast and "favourite" in fast


def test_the_fast_path_really_runs() -> None:
    page = json.loads(conversation_payload(11, rich=True))
    module = importlib.import_module(ListEndUserConversationsOutput.__module__)
    assert repr(module._decode(page)) == repr(ListEndUserConversationsOutput.from_dict(page))


def outcome(read: Callable[[Any], object], value: object) -> str:
    try:
        return repr(read(value))
    except Exception as error:  # noqa: BLE001 - the kind of failure is what is compared
        return type(error).__name__


TIMESTAMPS = [
    "2021-12-01T12:46:36.581Z[GMT]", "2021-12-01T12:46:36Z", "2021-12-01T12:46:36.5Z[GMT]", "2021-12-01T1046Z",
    "2024-05-01T10Z[GMT]", "2024-05-01T10:0Z", "2021-12-01t12:46:36Z", "2021-12-01 12:46:36Z", "2021-12-01T12:46:36",
    "2021-12-01T12:46:36+01:00[Europe/Copenhagen]", "2021-12-01", "Z[GMT]", "", 5, None,
]  # fmt: skip
UUID_TEXT = "6b47b9d3-e1f9-40bd-b250-e87be1b7ce84"
UUIDS = [
    UUID_TEXT, UUID_TEXT.upper(), "+" + UUID_TEXT[1:], "-" + UUID_TEXT[1:], UUID_TEXT[:9] + "-" + UUID_TEXT[10:],
    "{" + UUID_TEXT[1:-1] + "}", "urn:" + UUID_TEXT[4:], " " + UUID_TEXT[1:], UUID_TEXT.replace("-", "") + "----",
    "x" * 36, UUID_TEXT[:5] + "_" + UUID_TEXT[6:], UUID_TEXT.replace("-", ""), 5, None,
]  # fmt: skip


@pytest.mark.parametrize("value", TIMESTAMPS)
def test_the_timestamp_fast_path_reads_as_parse_datetime(value: object) -> None:
    assert outcome(read_timestamp, value) == outcome(parse_datetime, value)


@pytest.mark.parametrize("value", UUIDS)
def test_the_uuid_fast_path_reads_as_uuid(value: object) -> None:
    assert outcome(read_uuid, value) == outcome(parse_uuid, value)
    if isinstance(value, str) and outcome(read_uuid, value) != "ValueError":
        assert read_uuid(value).is_safe is UUID(value).is_safe
