"""Choices the rules make that only a tiny document of their own reaches (each found by mutation testing)."""

from __future__ import annotations

from typing import Any

from overrides.spec import description_enums, merge_identical_duplicates, unique_titles, wire_tags
from tests.conftest import get_operation, tiny_document

REF = "#/components/schemas/"
EMPTY = {"type": "object", "properties": {}}


def table(doc: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = doc["components"]["schemas"]
    return schemas


def test_merging_keeps_the_key_spelled_like_the_title_even_when_another_is_shorter() -> None:
    doc = tiny_document({"Open": {"title": "Open", **EMPTY}, "Op": {"title": "Open", **EMPTY}})
    assert merge_identical_duplicates.apply(doc) == 1
    assert set(table(doc)) == {"Open"}
    assert table(doc)["Open"][merge_identical_duplicates.ALIASES_KEY] == ["Op"]


def test_without_a_key_spelled_like_the_title_the_shortest_key_is_kept() -> None:
    doc = tiny_document({"OpenB": {"title": "Open", **EMPTY}, "OpA": {"title": "Open", **EMPTY}})
    assert merge_identical_duplicates.apply(doc) == 1
    assert set(table(doc)) == {"OpA"}


def test_a_parent_named_after_its_child_does_not_prefix_it() -> None:
    # `AgentList` holds a list of the second `Agent`: "AgentListAgent" would read worse than the key.
    doc = tiny_document(
        {
            "Agent": {"title": "Agent", "type": "object", "properties": {"id": {"type": "string"}}},
            "Agent2": {"title": "Agent", "type": "object", "properties": {"name": {"type": "string"}}},
            "AgentList": {"title": "SupportAgent", "type": "array", "items": {"$ref": REF + "Agent2"}},
        },
        get_operation("/agents", "Agent"),
    )
    unique_titles.apply(doc)
    assert table(doc)["Agent"]["title"] == "Agent"
    assert table(doc)["Agent2"]["title"] == "Agent2"


def test_a_parent_not_named_after_its_child_prefixes_it() -> None:
    doc = tiny_document(
        {
            "Agent": {"title": "Agent", "type": "object", "properties": {"id": {"type": "string"}}},
            "Agent2": {"title": "Agent", "type": "object", "properties": {"name": {"type": "string"}}},
            "Team": {"title": "Team", "type": "array", "items": {"$ref": REF + "Agent2"}},
        },
        get_operation("/agents", "Agent"),
    )
    unique_titles.apply(doc)
    assert table(doc)["Agent2"]["title"] == "TeamAgent"


def test_a_described_list_never_overwrites_an_enum_the_document_declares() -> None:
    declared = {"type": "string", "enum": ["X", "Y"], "description": "values: [A, B]"}
    items = {"type": "array", "items": declared, "description": "values: [A, B]"}
    doc = tiny_document({"Thing": {"title": "Thing", "type": "object", "properties": {"one": declared, "many": items}}})
    assert description_enums.apply(doc) == 0
    properties = table(doc)["Thing"]["properties"]
    assert properties["one"]["enum"] == ["X", "Y"]
    assert properties["many"]["items"]["enum"] == ["X", "Y"]
    assert set(table(doc)) == {"Thing"}


def test_union_members_that_are_not_plain_objects_get_no_wire_tag() -> None:
    doc = tiny_document(
        {
            "Name": {"title": "Name", "type": "string"},
            "Inner": {"title": "Inner", "oneOf": [{"type": "string"}, {"type": "integer"}]},
            "Outer": {"title": "Outer", "oneOf": [{"$ref": REF + "Name"}, {"$ref": REF + "Inner"}]},
        }
    )
    assert wire_tags.apply(doc) == 0
    assert wire_tags.TAG_KEY not in table(doc)["Name"]
    assert wire_tags.TAG_KEY not in table(doc)["Inner"]


def test_a_member_without_a_type_is_an_object_and_is_tagged() -> None:
    doc = tiny_document(
        {"Bare": {"title": "Bare", "properties": {}}, "U": {"title": "U", "oneOf": [{"$ref": REF + "Bare"}]}}
    )
    assert wire_tags.apply(doc) == 1
    assert table(doc)["Bare"][wire_tags.TAG_KEY] == "Bare"


def test_wire_tags_skip_junk_dangling_refs_and_non_objects_but_tag_the_members_after_them() -> None:
    doc = tiny_document(
        {
            "Name": {"title": "Name", "type": "string"},
            "Done": {"title": "Done", "type": "object", wire_tags.TAG_KEY: "Done"},
            "Untitled": {"type": "object"},
            "Last": {"title": "Last", "type": "object"},
            "U": {
                "title": "U",
                "oneOf": [
                    "junk",
                    {"$ref": REF + "Missing"},
                    {"$ref": REF + "Done"},
                    {"$ref": REF + "Name"},
                    {"$ref": REF + "Untitled"},
                    {"$ref": REF + "Last"},
                ],
            },
        }
    )
    assert wire_tags.apply(doc) == 2
    assert table(doc)["Untitled"][wire_tags.TAG_KEY] == "Untitled"  # no title: the component key
    assert table(doc)["Last"][wire_tags.TAG_KEY] == "Last"
    assert table(doc)["Done"][wire_tags.TAG_KEY] == "Done"
    assert wire_tags.apply(doc) == 0  # a tag already there is kept, not counted again
