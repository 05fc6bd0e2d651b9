"""What a call passes in, checked and shaped by `_request` before anything is sent (no model of any document)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import io
from typing import Any
from uuid import UUID

import httpx
import pytest

from dixa_client._base_client import NOT_GIVEN, RequestOptions
from dixa_client._exceptions import RequestValidationError, ResponseValidationError
from dixa_client._request import CallOptions, as_uuid, path_segment, request_body, to_wire
from dixa_client.types import UNSET, File


class Colour(enum.Enum):
    RED = "red"


class Model:
    """Stands in for a generated model: anything with a `to_dict()` that is not a mapping."""

    def __init__(self, wire: dict[str, Any]) -> None:
        self.wire = wire

    def to_dict(self) -> dict[str, Any]:
        return dict(self.wire)


class MappingWithToDict(dict[str, Any]):
    """A mapping that also has `to_dict`: still sent as a mapping (its items), never as a model."""

    def to_dict(self) -> dict[str, Any]:
        return {"not": "this"}


# --- path_segment and as_uuid ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_segment_that_would_change_the_route_is_refused(value: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        path_segment(value, "agent_id", "getAgent")
    assert caught.value.path == "agent_id"
    assert caught.value.operation == "getAgent"
    assert repr(value) in caught.value.message


@pytest.mark.parametrize(
    ("value", "segment"), [("a/b", "a%2Fb"), ("...", "..."), (".x", ".x"), (7, "7"), ("é ?", "%C3%A9%20%3F")]
)
def test_a_segment_is_quoted_whole(value: object, segment: str) -> None:
    assert path_segment(value, "id") == segment


def test_a_uuid_string_becomes_a_uuid_and_other_values_pass() -> None:
    text = "00000000-0000-0000-0000-000000000001"
    assert as_uuid(text, "agent_id") == UUID(int=1)
    assert isinstance(as_uuid(text, "agent_id"), UUID)
    given = UUID(int=2)
    assert as_uuid(given, "agent_id") is given
    assert as_uuid(5, "agent_id") == 5


def test_a_string_that_is_no_uuid_is_refused_with_its_name() -> None:
    with pytest.raises(RequestValidationError) as caught:
        as_uuid("nope", "agent_id", "getAgent")
    assert (caught.value.path, caught.value.operation) == ("agent_id", "getAgent")
    assert "'nope' is not a UUID" == caught.value.message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


# --- to_wire --------------------------------------------------------------------------------------


def test_to_wire_shapes_every_kind_of_value_at_any_depth() -> None:
    moment = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
    value = {
        "model": Model({"a": 1}),
        "items": [Colour.RED, (datetime.date(2024, 1, 2), UUID(int=3))],
        "at": moment,
        "plain": [None, "s", 1, 2.5, True],
        "left_out": UNSET,
        "nested": {"deeper": UNSET, "kept": None},
    }
    assert to_wire(value) == {
        "model": {"a": 1},
        "items": ["red", ["2024-01-02", "00000000-0000-0000-0000-000000000003"]],
        "at": to_wire(moment),
        "plain": [None, "s", 1, 2.5, True],
        "nested": {"kept": None},
    }
    assert to_wire(moment).startswith("2024-05-06T07:08:09")


def test_a_mapping_with_to_dict_is_sent_by_its_items() -> None:
    assert to_wire(MappingWithToDict(x=1)) == {"x": 1}


def test_a_tuple_is_a_list_on_the_wire() -> None:
    assert to_wire((1, 2)) == [1, 2]


@pytest.mark.parametrize(
    ("value", "path", "message"),
    [
        ({"a": [1, {"b": object()}]}, "body.a[1].b", "object cannot be sent as JSON"),
        ({"a": {1: "x"}}, "body.a", "keys must be strings, not int"),
        ([{"ok": 1}, {"bad": {2.5}}], "body[1].bad", "set cannot be sent as JSON"),
        (b"bytes", "body", "bytes cannot be sent as JSON"),
    ],
)
def test_what_cannot_be_json_is_refused_where_it_is(value: object, path: str, message: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        to_wire(value)
    assert (caught.value.path, caught.value.message) == (path, message)


def test_to_wire_starts_from_the_path_it_is_given() -> None:
    with pytest.raises(RequestValidationError) as caught:
        to_wire([object()], "extra")
    assert caught.value.path == "extra[0]"


# --- request_body ---------------------------------------------------------------------------------


class Parsed:
    def __init__(self, wire: object) -> None:
        self.wire = wire


def parse_object(wire: object) -> Parsed:
    if not isinstance(wire, dict) or "name" not in wire:
        raise ResponseValidationError("name is required", path="$")
    return Parsed(wire)


def test_no_body_and_no_fields_is_sent_as_no_body() -> None:
    assert request_body(UNSET, None, parse_object, "Thing") is UNSET
    # Fields offered, all left out: an empty body, for the reader to judge.
    assert request_body(UNSET, {"name": UNSET}, lambda wire: ("read", wire), "Thing") == ("read", {})


def test_keyword_fields_are_parsed_without_the_unset_ones() -> None:
    body = request_body(UNSET, {"name": "n", "note": UNSET}, parse_object, "Thing")
    assert isinstance(body, Parsed) and body.wire == {"name": "n"}


def test_a_mapping_body_is_put_on_the_wire_then_parsed() -> None:
    body = request_body({"name": Colour.RED}, {"note": UNSET}, parse_object, "Thing")
    assert isinstance(body, Parsed) and body.wire == {"name": "red"}


def test_a_model_a_file_or_a_list_of_models_goes_as_it_is() -> None:
    model = Model({"name": "n"})
    file = File(payload=io.BytesIO(b"x"))
    models = [Model({}), Model({})]
    for body in (model, file, models):
        assert request_body(body, None, None, "Thing") is body
    assert request_body(models, {}, parse_object, "Thing") is models


def test_a_list_that_is_not_all_models_is_parsed() -> None:
    seen: list[object] = []
    request_body([Model({"a": 1}), {"b": 2}], None, lambda wire: seen.append(wire), "Things")
    assert seen == [[{"a": 1}, {"b": 2}]]
    request_body([], None, lambda wire: seen.append(wire), "Things")
    assert seen[-1] == []


def test_body_and_fields_together_are_refused_naming_the_fields() -> None:
    with pytest.raises(RequestValidationError) as caught:
        request_body({"name": "n"}, {"zeta": 1, "alpha": 2, "gone": UNSET}, parse_object, "Thing", "createThing")
    assert "(also given: alpha, zeta)" in caught.value.message
    assert caught.value.operation == "createThing"


def test_a_multipart_body_must_be_the_model() -> None:
    with pytest.raises(RequestValidationError) as caught:
        request_body({"name": "n"}, None, None, "Upload", "upload")
    assert (caught.value.message, caught.value.operation) == ("expected a Upload", "upload")


@pytest.mark.parametrize(
    ("reader_path", "path"),
    [("$", "body"), ("", "body"), ("[2].name", "body[2].name"), ("data.name", "body.data.name")],
)
def test_a_misfit_found_by_the_reader_is_a_request_error_at_its_path(reader_path: str, path: str) -> None:
    def parse(wire: object) -> object:
        raise ResponseValidationError("expected a string", path=reader_path)

    with pytest.raises(RequestValidationError) as caught:
        request_body({"name": 1}, None, parse, "Thing", "createThing")
    assert caught.value.path == path
    assert caught.value.message == "expected a string (the body must fit Thing)"
    assert caught.value.operation == "createThing"
    assert caught.value.__suppress_context__


def test_a_request_error_of_the_reader_goes_through_unchanged() -> None:
    raised = RequestValidationError("deep", path="body.x")

    def parse(wire: object) -> object:
        raise raised

    with pytest.raises(RequestValidationError) as caught:
        request_body({"name": 1}, None, parse, "Thing")
    assert caught.value is raised


def test_any_other_reader_failure_is_the_caller_s_misfit() -> None:
    def parse(wire: object) -> object:
        raise KeyError("name")

    with pytest.raises(RequestValidationError) as caught:
        request_body({"x": 1}, None, parse, "Thing", "createThing")
    assert caught.value.message == "KeyError: 'name' (the body must fit Thing)"
    assert (caught.value.path, caught.value.operation) == ("body", "createThing")
    assert caught.value.__suppress_context__


# --- CallOptions ----------------------------------------------------------------------------------


def call(**given: Any) -> CallOptions:
    settings: dict[str, Any] = {"options": None, "timeout": NOT_GIVEN, "extra_headers": None, "extra_query": None}
    return CallOptions(**(settings | {"extra_body": None} | given))


def test_call_options_are_frozen() -> None:
    options = call()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
    assert hash(options) == hash(call())


def test_without_timeout_or_headers_the_options_are_as_given() -> None:
    options = RequestOptions(max_retries=1)
    assert call(options=options).request_options() is options
    assert call().request_options() is None
    assert call(extra_headers={}).request_options() is None


def test_timeout_and_headers_are_laid_over_the_options() -> None:
    options = RequestOptions(timeout=9.0, max_retries=1, extra_headers={"A": "1", "B": "1"})
    merged = call(options=options, timeout=3.0, extra_headers={"B": "2"}).request_options()
    assert merged == RequestOptions(timeout=3.0, max_retries=1, extra_headers={"A": "1", "B": "2"})
    assert call(options=options, timeout=None).request_options() == RequestOptions(
        timeout=None, max_retries=1, extra_headers={"A": "1", "B": "1"}
    )


def test_headers_alone_keep_the_options_timeout() -> None:
    merged = call(options=RequestOptions(timeout=9.0), extra_headers={"B": "2"}).request_options()
    assert merged == RequestOptions(timeout=9.0, extra_headers={"B": "2"})
    assert call(extra_headers={"B": "2"}).request_options() == RequestOptions(extra_headers={"B": "2"})
    assert call(timeout=httpx.Timeout(1.0)).request_options() == RequestOptions(timeout=httpx.Timeout(1.0))


def test_apply_merges_extra_query_and_extra_body() -> None:
    request: dict[str, Any] = {"params": {"a": 1, "b": 1}, "json": {"x": 1}}
    applied = call(extra_query={"b": 2}, extra_body={"y": Colour.RED}).apply(request)
    assert applied == {"params": {"a": 1, "b": 2}, "json": {"x": 1, "y": "red"}}


def test_apply_gives_params_and_a_body_where_there_were_none() -> None:
    assert call(extra_query={"q": 1}, extra_body={"y": 2}).apply({"params": None}) == {
        "params": {"q": 1},
        "json": {"y": 2},
    }
    assert call().apply({"method": "get"}) == {"method": "get"}
    assert call(extra_query={}, extra_body={}).apply({"json": [1]}) == {"json": [1]}


def test_apply_refuses_extra_body_on_a_body_that_is_no_object() -> None:
    with pytest.raises(RequestValidationError) as caught:
        call(extra_body={"y": 2}).apply({"json": [1]})
    assert (caught.value.path, caught.value.message) == ("body", "extra_body needs a JSON object body")


def test_apply_puts_extra_body_values_on_the_wire() -> None:
    with pytest.raises(RequestValidationError) as caught:
        call(extra_body={"y": object()}).apply({"json": {}})
    assert caught.value.path == "body.y"
