"""Changelog classifications the document variants do not reach, each on a tiny document of its own."""

from __future__ import annotations

import copy
import io
from typing import Any

from overrides.spec._document import Document, schemas
from scripts.changelog import compare
from scripts.normalize import normalize
from tests.conftest import get_operation, tiny_document

REF = "#/components/schemas/"


def entries(old: Document, new: Document) -> set[tuple[str, str, bool]]:
    normalized = [normalize(copy.deepcopy(doc), log=io.StringIO()) for doc in (old, new)]
    return {(c.where, c.what, c.breaking) for c in compare(*normalized)}


def thing(title: str) -> dict[str, Any]:
    return {"title": title, "type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}


def post_thing(tag: str = "Things") -> dict[str, Any]:
    """POST /things taking an `In` and returning an `Out`."""

    def body(key: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": REF + key}}}}

    operation = {"operationId": "postThing", "tags": [tag], "requestBody": body("In")}
    return {"/things": {"post": {**operation, "responses": {"200": {"description": "ok", **body("Out")}}}}}


OLD = tiny_document({"In": thing("In"), "Out": thing("Out")}, post_thing())


def test_a_new_required_response_property_is_an_addition_not_a_break() -> None:
    new = copy.deepcopy(OLD)
    schemas(new)["Out"]["properties"]["b"] = {"type": "string"}
    schemas(new)["Out"]["required"] = ["a", "b"]
    assert entries(OLD, new) == {("`postThing` response 200 `b` (`Out.b`)", "property added", False)}


def test_a_new_required_request_property_breaks() -> None:
    new = copy.deepcopy(OLD)
    schemas(new)["In"]["properties"]["b"] = {"type": "string"}
    schemas(new)["In"]["required"] = ["a", "b"]
    assert entries(OLD, new) == {("`postThing` request body `b` (`In.b`)", "new required property", True)}


def test_a_request_field_going_from_required_to_optional_breaks_nothing() -> None:
    new = copy.deepcopy(OLD)
    del schemas(new)["In"]["required"]
    assert entries(OLD, new) == {("`postThing` request body `a` (`In.a`)", "now optional", False)}


def test_a_response_field_going_from_optional_to_required_breaks_nothing() -> None:
    old = copy.deepcopy(OLD)
    del schemas(old)["Out"]["required"]
    assert entries(old, OLD) == {("`postThing` response 200 `a` (`Out.a`)", "now always present", False)}


def test_an_operation_under_another_tag_moves_its_functions_and_breaks_imports() -> None:
    new = tiny_document({"In": thing("In"), "Out": thing("Out")}, post_thing(tag="Stuff"))
    moved = "functions moved from `api.things.post_thing` to `api.stuff.post_thing`"
    assert ("`postThing`", moved, True) in entries(OLD, new)
    assert all(breaking for _, _, breaking in entries(OLD, new))


def test_an_operation_under_the_same_tag_stays_where_it_was() -> None:
    same = tiny_document({"In": thing("In"), "Out": thing("Out")}, post_thing(tag="Things"))
    assert entries(OLD, same) == set()


def union_document(second: str, second_property: str = "y") -> Document:
    members = {
        "A": {"title": "A", "type": "object", "properties": {"x": {"type": "string"}}},
        second: {"title": second, "type": "object", "properties": {second_property: {"type": "string"}}},
    }
    union = {"title": "U", "oneOf": [{"$ref": REF + "A"}, {"$ref": REF + second}]}
    return tiny_document({**members, "U": union}, get_operation("/u", "U"))


def test_a_union_variant_renamed_with_its_shape_kept_is_one_breaking_rename() -> None:
    assert entries(union_document("B"), union_document("C")) == {
        ("`getThing` response 200", "union variant `B` renamed to `C`", True)
    }


def test_a_union_variant_replaced_by_another_shape_is_a_removal_and_an_addition() -> None:
    assert entries(union_document("B"), union_document("C", second_property="z")) == {
        ("`getThing` response 200", "union variant `B` removed", True),
        ("`getThing` response 200", "union variant `C` added", False),
    }
