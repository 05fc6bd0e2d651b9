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


def described(values: str, kind: str = "string") -> dict[str, Any]:
    return {"type": kind, "description": f"values: [{values}]"}


def test_a_described_enum_name_taken_twice_gets_the_next_free_number() -> None:
    taken = {"State": {"title": "State", "type": "object"}, "ThingState": {"title": "ThingState", "type": "object"}}
    doc = tiny_document(taken)
    table(doc)["Thing"] = {"title": "Thing", "type": "object", "properties": {"state": described("A, B")}}
    description_enums.apply(doc)
    assert table(doc)["ThingState2"]["enum"] == ["A", "B"]
    more = tiny_document({**taken, "ThingState2": {"title": "ThingState2", "type": "object"}})
    table(more)["Thing"] = {"title": "Thing", "type": "object", "properties": {"state": described("A, B")}}
    description_enums.apply(more)
    assert table(more)["ThingState3"]["enum"] == ["A", "B"]
    assert table(more)["ThingState3"][description_enums.FROM_DESCRIPTION_KEY] is True


def test_a_name_used_as_a_key_under_another_title_is_taken_too() -> None:
    doc = tiny_document(
        {
            "State": {"title": "Other", "type": "object"},
            "Thing": {"title": "Thing", "type": "object", "properties": {"state": described("A, B")}},
        }
    )
    description_enums.apply(doc)
    assert table(doc)["State"] == {"title": "Other", "type": "object"}
    assert table(doc)["ThingState"]["enum"] == ["A", "B"]


def test_a_list_described_on_an_array_types_its_string_items_only() -> None:
    strings = {"type": "array", "items": {"type": "string"}, "description": "values: [A, B]"}
    numbers = {"type": "array", "items": {"type": "integer"}, "description": "values: [1, 2]"}
    doc = tiny_document(
        {"Thing": {"title": "Thing", "type": "object", "properties": {"junk": True, "tags": strings, "ids": numbers}}}
    )
    assert description_enums.apply(doc) == 1
    properties = table(doc)["Thing"]["properties"]
    assert properties["tags"]["items"] == {"$ref": REF + "Tags"}
    assert properties["ids"]["items"] == {"type": "integer"}


def test_a_described_parameter_that_is_no_string_is_left_alone() -> None:
    parameter = {"name": "limit", "in": "query", "description": "values: [10, 20]", "schema": {"type": "integer"}}
    doc = tiny_document(
        {}, {"/things": {"get": {"operationId": "getThings", "parameters": [parameter], "responses": {}}}}
    )
    assert description_enums.apply(doc) == 0
    assert doc["paths"]["/things"]["get"]["parameters"][0]["schema"] == {"type": "integer"}


def test_two_lists_used_equally_often_both_yield_the_contested_name() -> None:
    doc = tiny_document(
        {
            "Chat": {"title": "Chat", "type": "object", "properties": {"state": described("Open, Closed")}},
            "Mail": {"title": "Mail", "type": "object", "properties": {"state": described("Sent, Read")}},
        }
    )
    description_enums.apply(doc)
    assert "State" not in table(doc)
    assert table(doc)["ChatState"]["enum"] == ["Open", "Closed"]
    assert table(doc)["MailState"]["enum"] == ["Sent", "Read"]


def test_new_enum_schemas_are_added_in_name_order() -> None:
    doc = tiny_document(
        {"Thing": {"title": "Thing", "type": "object", "properties": {"beta": described("A"), "alpha": described("Z")}}}
    )
    description_enums.apply(doc)
    assert list(table(doc)) == ["Thing", "Alpha", "Beta"]


def test_the_schema_an_endpoint_returns_whole_keeps_the_title_even_under_another_key() -> None:
    doc = tiny_document(
        {
            "AgentOut": {"title": "Agent", "type": "object", "properties": {"id": {"type": "string"}}},
            "Agent": {"title": "Agent", "type": "object", "properties": {"name": {"type": "string"}}},
            "Team": {"title": "Team", "type": "array", "items": {"$ref": REF + "Agent"}},
        },
        get_operation("/agents", "AgentOut"),
    )
    unique_titles.apply(doc)
    assert table(doc)["AgentOut"]["title"] == "Agent"
    assert table(doc)["Agent"]["title"] == "TeamAgent"


def test_when_every_name_is_taken_the_key_is_numbered_from_two() -> None:
    doc = tiny_document(
        {
            "Agent": {"title": "Agent", "type": "object", "properties": {"id": {"type": "string"}}},
            "Agent2": {"title": "Agent", "type": "object", "properties": {"name": {"type": "string"}}},
            "Other": {"title": "Agent2", "type": "object"},
        },
        get_operation("/agents", "Agent"),
    )
    unique_titles.apply(doc)
    assert table(doc)["Agent2"]["title"] == "Agent2_2"


def test_a_cycle_of_colliding_parents_ends_at_a_key_and_gives_unique_names() -> None:
    doc = tiny_document(
        {
            "A": {"title": "A", "type": "object", "properties": {"x": {"type": "string"}}},
            "B": {"title": "B", "type": "object", "properties": {"y": {"type": "string"}}},
            "A2": {"title": "A", "type": "object", "properties": {"b": {"$ref": REF + "B2"}}},
            "B2": {"title": "B", "type": "object", "properties": {"a": {"$ref": REF + "A2"}}},
        },
        {**get_operation("/a", "A", "getA"), **get_operation("/b", "B", "getB")},
    )
    unique_titles.apply(doc)
    assert {key: schema["title"] for key, schema in table(doc).items()} == {
        "A": "A",
        "B": "B",
        "A2": "A2BA",  # named by its parent B2, which the cycle named by A2's key
        "B2": "A2B",
    }


def test_the_key_spelled_like_the_title_keeps_it_even_with_a_parent_to_be_named_by() -> None:
    doc = tiny_document(
        {
            "Between": {"title": "Between", "type": "object", "properties": {"from": {"type": "string"}}},
            "Between1": {"title": "Between", "type": "object", "properties": {"min": {"type": "string"}}},
            "Range": {"title": "Range", "type": "object", "properties": {"b": {"$ref": REF + "Between"}}},
            "Duration": {"title": "Duration", "oneOf": [{"$ref": REF + "Between1"}]},
        }
    )
    unique_titles.apply(doc)
    assert table(doc)["Between"]["title"] == "Between"
    assert table(doc)["Between1"]["title"] == "DurationBetween"


def test_of_two_losing_lists_with_one_prefix_the_more_used_is_numbered_last() -> None:
    def owner(title: str, values: str) -> dict[str, Any]:
        return {"title": title, "type": "object", "properties": {"state": described(values)}}

    doc = tiny_document(
        {
            "Alpha": {
                "title": "Alpha",
                "type": "object",
                "properties": {"state": described("A"), "status": described("B")},
            },
            "Beta": owner("Beta", "B"),
            **{f"W{n}": owner(f"W{n}", "X") for n in range(3)},
        }
    )
    description_enums.apply(doc)
    assert table(doc)["State"]["enum"] == ["X"]  # three places: the contested name
    assert table(doc)["AlphaState"]["enum"] == ["B"]  # two places
    assert table(doc)["AlphaState2"]["enum"] == ["A"]  # one place


def test_a_cycle_through_a_schema_with_several_parents_ends_at_a_key_too() -> None:
    doc = tiny_document(
        {
            "A": {"title": "A", "type": "object", "properties": {"x": {"type": "string"}}},
            "B": {"title": "B", "type": "object", "properties": {"y": {"type": "string"}}},
            "A2": {"title": "A", "type": "object", "properties": {"b": {"$ref": REF + "B2"}}},
            "B2": {"title": "B", "type": "object", "properties": {"a": {"$ref": REF + "A2"}}},
            "Cat": {"title": "Cat", "type": "object", "properties": {"a": {"$ref": REF + "A2"}}},
        },
        {**get_operation("/a", "A", "getA"), **get_operation("/b", "B", "getB")},
    )
    unique_titles.apply(doc)
    assert table(doc)["A2"]["title"] == "A2"  # B2 and Cat share no stem: the key
    assert table(doc)["B2"]["title"] == "A2B"
