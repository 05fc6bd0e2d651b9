"""scripts/changelog_surface.py: the slots one operation exposes, walked from tiny (unnormalized) documents."""

from __future__ import annotations

from typing import Any

from overrides.spec.unknown_variant_fallback import FALLBACK_KEY
from scripts.changelog_surface import Slot, Surface, Walker, described_values, render_owner, render_where
from tests.conftest import ref, tiny_document

Seen = tuple[str, str, bool, bool, list[str], list[str], str]  # kind, type, named, required, values, variants, owner


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def surface(table: dict[str, Any], operation: dict[str, Any], path_item: dict[str, Any] | None = None) -> Surface:
    operation = {"operationId": "getThings", "responses": {}, **operation}
    doc = tiny_document(table, {"/things": {**(path_item or {}), "get": operation}})
    item = doc["paths"]["/things"]
    return Walker(doc).surface(item, item["get"], "`getThings`")


def seen(found: Surface) -> dict[tuple[str, tuple[str, ...]], Seen]:
    return {
        at: (s.kind, s.type, s.named, s.required, sorted(s.values), sorted(s.variants), s.owner)
        for at, s in found.items()
    }


def response(table: dict[str, Any], schema: dict[str, Any]) -> dict[tuple[str, tuple[str, ...]], Seen]:
    return seen(surface(table, {"responses": {"200": {"description": "ok", **json_content(schema)}}}))


BASE = {"title": "Base", "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}


def test_properties_of_every_kind_become_slots_named_as_the_generator_names_them() -> None:
    box = {
        "title": "Box",
        "type": "object",
        "properties": {
            "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "free": {},
            "when": {"type": "string", "format": "date-time"},
            "n": {"type": "integer", "format": "int64"},
            "map": {"type": "object", "additionalProperties": {"type": "string"}},
            "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "description": "values: [c]"},
            "merged": {"allOf": [ref("Base")]},
        },
    }
    assert response({"Base": BASE, "Box": box}, ref("Box")) == {
        ("response 200", ()): ("response", "Box", True, True, [], [], "`getThings` response 200"),
        ("response 200", ("either",)): ("property", "union", False, False, [], ["integer", "string"], "Box.either"),
        ("response 200", ("either", "<integer>")): ("variant", "integer", False, True, [], [], "Box.either<integer>"),
        ("response 200", ("either", "<string>")): ("variant", "string", False, True, [], [], "Box.either<string>"),
        ("response 200", ("free",)): ("property", "any", False, False, [], [], "Box.free"),
        ("response 200", ("when",)): ("property", "datetime", False, False, [], [], "Box.when"),
        ("response 200", ("n",)): ("property", "integer", False, False, [], [], "Box.n"),
        ("response 200", ("map",)): ("property", "BoxMap", True, False, [], [], "Box.map"),
        ("response 200", ("map", "{}")): ("value", "string", False, True, [], [], "BoxMap.{}"),
        # the items hold the enum: the list's prose values are not counted again
        ("response 200", ("tags",)): ("property", "list", False, False, [], [], "Box.tags"),
        ("response 200", ("tags", "[]")): ("item", "BoxTagsItem", True, True, ["a", "b"], [], "Box.tags[]"),
        ("response 200", ("merged",)): ("property", "BoxMerged", True, False, [], [], "Box.merged"),
        ("response 200", ("merged", "id")): ("property", "string", False, True, [], [], "BoxMerged.id"),
    }


def test_all_of_parts_are_merged_into_one_class() -> None:
    thing = {"title": "Thing", "allOf": [ref("Base"), {"type": "object", "properties": {"name": {"type": "string"}}}]}
    assert response({"Base": BASE, "Thing": thing}, ref("Thing")) == {
        ("response 200", ()): ("response", "Thing", True, True, [], [], "`getThings` response 200"),
        ("response 200", ("id",)): ("property", "string", False, True, [], [], "Thing.id"),
        ("response 200", ("name",)): ("property", "string", False, False, [], [], "Thing.name"),
    }


def test_all_of_parts_that_refer_back_are_merged_once() -> None:
    a = {"title": "A", "allOf": [ref("B")], "properties": {"a": {"type": "string"}}}
    b = {"title": "B", "allOf": [ref("A")], "properties": {"b": {"type": "string"}}}
    found = response({"A": a, "B": b}, ref("A"))
    assert sorted(where for _, where in found) == [(), ("a",), ("b",)]


def test_an_enum_keeps_its_own_values_over_prose() -> None:
    kind = {"title": "Kind", "type": "string", "enum": ["A", "B"], "description": "Possible values: [P, Q]"}
    box = {
        "title": "Box",
        "type": "object",
        "properties": {"kind": ref("Kind"), "prose": {"type": "string", "description": "values: [X, Y ,]"}},
    }
    found = response({"Kind": kind, "Box": box}, ref("Box"))
    assert found[("response 200", ("kind",))][1:5] == ("Kind", True, False, ["A", "B"])
    assert found[("response 200", ("prose",))][4] == ["X", "Y"]


def test_values_described_beside_a_reference_count() -> None:
    box = {"title": "Box", "type": "object", "properties": {"s": {**ref("S"), "description": "values: [On]"}}}
    found = response({"S": {"type": "string"}, "Box": box}, ref("Box"))
    assert found[("response 200", ("s",))][4] == ["On"]


def test_described_values_need_a_string() -> None:
    assert described_values("Possible values: [A, B]; other values: [C]") == frozenset({"A", "B", "C"})
    assert described_values(None) == frozenset()
    assert described_values(["values: [A]"]) == frozenset()


def test_a_one_member_union_is_walked_through_to_its_member() -> None:
    box = {"title": "Box", "type": "object", "properties": {"one": {"oneOf": [ref("Base")]}}}
    found = response({"Base": BASE, "Box": box}, ref("Box"))
    assert found[("response 200", ("one",))] == ("property", "Base", True, False, [], [], "Box.one")
    assert found[("response 200", ("one", "id"))] == ("property", "string", False, True, [], [], "Base.id")


def test_a_union_with_a_fallback_variant_is_walked_through_to_its_one_real_member() -> None:
    fallback = {"title": "Unknown", "type": "object", FALLBACK_KEY: True}
    box = {"title": "Box", "type": "object", "properties": {"one": {"anyOf": [ref("Base"), ref("Unknown")]}}}
    found = response({"Base": BASE, "Unknown": fallback, "Box": box}, ref("Box"))
    assert found[("response 200", ("one",))][1] == "Base"


def test_a_union_with_its_own_properties_is_not_a_wrapper() -> None:
    box = {"title": "Box", "type": "object", "properties": {"one": {"type": "object", "oneOf": [ref("Base")]}}}
    found = response({"Base": BASE, "Box": box}, ref("Box"))
    assert found[("response 200", ("one",))][1] == "union"
    assert found[("response 200", ("one", "<Base>"))][:3] == ("variant", "Base", True)


def test_variants_of_the_same_type_are_told_apart_by_position() -> None:
    box = {"title": "Box", "type": "object", "properties": {"v": {"oneOf": [{"type": "string"}, {"type": "string"}]}}}
    found = response({"Box": box}, ref("Box"))
    assert found[("response 200", ("v",))][5] == ["string", "string#1"]


def test_a_cycle_names_the_class_and_stops() -> None:
    node = {"title": "Node", "type": "object", "properties": {"next": ref("Node")}}
    assert response({"Node": node}, ref("Node")) == {
        ("response 200", ()): ("response", "Node", True, True, [], [], "`getThings` response 200"),
        ("response 200", ("next",)): ("property", "Node", True, False, [], [], "Node.next"),
    }


def test_inline_parameter_enums_are_named_after_the_operation_and_the_parameter() -> None:
    parameters = [
        {"name": "states", "in": "query", "schema": {"type": "array", "items": {"type": "string", "enum": ["on"]}}},
        {"name": "pick", "in": "query", "required": True, "schema": {"type": "string", "enum": ["x"]}},
        {"name": "mode", "in": "query", "description": "Possible values: [Fast, Slow]", "schema": {"type": "string"}},
    ]
    owner = "`getThings` query parameter "
    assert seen(surface({}, {"parameters": parameters})) == {
        ("query parameter `mode`", ()): ("parameter", "string", False, False, ["Fast", "Slow"], [], owner + "`mode`"),
        ("query parameter `pick`", ()): ("parameter", "GetThingsPick", True, True, ["x"], [], owner + "`pick`"),
        ("query parameter `states`", ()): ("parameter", "list", False, False, [], [], owner + "`states`"),
        ("query parameter `states`", ("[]",)): (
            "item",
            "GetThingsStatesItem",
            True,
            True,
            ["on"],
            [],
            owner + "`states`.[]",
        ),
    }


def test_inline_union_variants_are_named_by_their_title_or_position() -> None:
    union = {
        "title": "Pick",
        "oneOf": [{"title": "Red", "type": "string", "enum": ["r"]}, {"type": "string", "enum": ["g"]}],
    }
    found = seen(surface({}, {"parameters": [{"name": "pick", "in": "query", "schema": union}]}))
    assert found[("query parameter `pick`", ())][5] == ["enum", "enum#1"]
    assert found[("query parameter `pick`", ("<enum>",))][1] == "GetThingsRed"  # a title replaces the place
    assert found[("query parameter `pick`", ("<enum#1>",))][1] == "GetThingsPickType1"


def test_a_titled_inline_model_keeps_its_title() -> None:
    inline = {"title": "Inline", "type": "object", "properties": {"a": {"type": "string"}}}
    found = seen(surface({}, {"parameters": [{"name": "filter", "in": "query", "schema": inline}]}))
    assert found[("query parameter `filter`", ())][1:3] == ("Inline", True)


def test_operation_parameters_override_path_parameters_of_the_same_name() -> None:
    shared = {"parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]}
    own = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}, "deprecated": True}
        ]
    }
    (slot,) = surface({}, own, shared).values()
    assert (slot.type, slot.deprecated) == ("integer", True)
    (slot,) = surface({}, {}, shared).values()
    assert (slot.type, slot.deprecated) == ("string", False)


def test_bodies_prefer_json_and_name_another_media_type() -> None:
    both = {"content": {"text/plain": {"schema": {"type": "string"}}, **json_content({"type": "integer"})["content"]}}
    ((at, slot),) = surface({}, {"requestBody": {"required": True, **both}}).items()
    assert (at, slot.kind, slot.type, slot.required) == (("request body", ()), "body", "integer", True)
    form = {
        "content": {
            "multipart/form-data": {"schema": {"type": "object", "properties": {}}},
            "text/plain": {"schema": {}},
        }
    }
    ((at, slot),) = surface({}, {"requestBody": form}).items()
    assert (at, slot.required) == (("request body (multipart/form-data)", ()), False)


def test_responses_without_a_json_body_are_not_slots_and_errors_are_errors() -> None:
    responses = {
        "204": {"description": "none"},
        "200": {"description": "text", "content": {"text/plain": {"schema": {"type": "string"}}}},
        "404": {"description": "missing", **json_content({"type": "object", "properties": {}})},
        "201": {"description": "made", **json_content({"type": "string"})},
    }
    found = surface({}, {"responses": responses})
    assert {at: slot.kind for at, slot in found.items()} == {
        ("response 201", ()): "response",
        ("response 404", ()): "error",
    }


def test_references_are_followed_through_escaped_keys_and_chains() -> None:
    table = {"a/b~c": ref("Final"), "Final": BASE}
    found = response(table, ref("a~1b~0c"))
    assert found[("response 200", ())][1] == "Base"  # the class is named after where the chain ends
    found = response({"Loop": ref("Loop")}, ref("Loop"))
    assert found == {("response 200", ()): ("response", "any", False, True, [], [], "`getThings` response 200")}


def test_deprecation_is_read_on_the_schema_and_beside_its_reference() -> None:
    box = {"title": "Box", "type": "object", "properties": {
        "own": {"type": "string", "deprecated": True},
        "beside": {**ref("S"), "deprecated": True},
        "fine": {"type": "string"},
    }}  # fmt: skip
    found = surface(
        {"S": {"type": "string"}, "Box": box}, {"responses": {"200": {"description": "ok", **json_content(ref("Box"))}}}
    )
    assert {where: slot.deprecated for (_, where), slot in found.items()} == {
        (): False,
        ("own",): True,
        ("beside",): True,
        ("fine",): False,
    }


def test_shallow_types() -> None:
    walker = Walker(tiny_document({}))
    assert walker.shallow_type({"anyOf": []}) == "union"
    assert walker.shallow_type({"oneOf": []}) == "union"
    assert walker.shallow_type({"allOf": []}) == "object"
    assert walker.shallow_type({"properties": {}}) == "object"
    assert walker.shallow_type({"type": "object", "additionalProperties": {}}) == "dict"
    assert walker.shallow_type({"type": "object", "additionalProperties": True}) == "object"
    assert walker.shallow_type({"type": "object", "additionalProperties": {}, "properties": {"a": {}}}) == "object"
    assert walker.shallow_type({"type": "string", "format": "uuid"}) == "UUID"
    assert walker.shallow_type({"type": "string", "format": "email"}) == "string"
    assert walker.shallow_type({"type": ["string", "null"]}) == "any"


def test_places_are_written_as_python_reads_them() -> None:
    assert render_where(("data", "[]", "email")) == "data[].email"
    assert render_where(("{}", "<Text>", "x")) == "{}<Text>.x"
    assert render_owner(("Agent", ())) == "Agent"
    assert render_owner(("Agent", ("email",))) == "Agent.email"


def test_slots_compare_without_their_owner_and_deprecation() -> None:
    one = Slot("property", "string", False, True, frozenset(), frozenset(), "A.x", False)
    assert one == Slot("property", "string", False, True, frozenset(), frozenset(), "B.y", True)


def test_a_cycle_of_one_member_unions_ends() -> None:
    table = {"A": {"title": "A", "oneOf": [ref("B")]}, "B": {"title": "B", "oneOf": [ref("A")]}}
    found = response(table, ref("A"))
    assert found == {
        ("response 200", ()): ("response", "union", False, True, [], ["union"], "`getThings` response 200")
    }


def test_a_slot_is_not_deprecated_unless_said() -> None:
    assert not Slot("property", "string", False, True, frozenset(), frozenset(), "A.x").deprecated


def test_inline_classes_under_union_variants_are_named_after_the_variant_title_unless_it_is_the_union_s() -> None:
    def listed(title: str, value: str) -> dict[str, Any]:
        return {"title": title, "type": "array", "items": {"type": "string", "enum": [value]}}

    union = {"title": "Pick", "oneOf": [listed("Reds", "r"), listed("Pick", "g")]}
    found = seen(surface({}, {"parameters": [{"name": "pick", "in": "query", "schema": union}]}))
    assert found[("query parameter `pick`", ("<list>", "[]"))][1] == "GetThingsPickRedsItem"
    assert found[("query parameter `pick`", ("<list#1>", "[]"))][1] == "GetThingsPickType1Item"
