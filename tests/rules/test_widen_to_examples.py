from typing import Any

import pytest

from overrides.spec.widen_to_examples import WIDENED_KEY, apply, schema_for
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def with_example(doc: dict[str, Any], schema: str, example: Any) -> dict[str, Any]:
    doc["paths"] = {
        "/x": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": REF + schema},
                                "examples": {"A": {"value": example}},
                            }
                        },
                    }
                }
            }
        }
    }
    return doc


def test_a_string_field_shown_as_an_integer_also_accepts_integers() -> None:
    doc = tiny_document({"Phone": {"type": "object", "properties": {"to": {"type": "string", "description": "d"}}}})
    assert apply(with_example(doc, "Phone", {"to": 4512345678})) == 1
    to = doc["components"]["schemas"]["Phone"]["properties"]["to"]
    assert to["oneOf"] == [{"type": "string", "description": "d"}, {"type": "integer"}]
    assert to[WIDENED_KEY] == ["integer"]


def test_a_union_of_wrappers_shown_as_bare_values_gains_those_types() -> None:
    doc = tiny_document(
        {
            "Text": {"type": "object", "required": ["value"], "properties": {"value": {"type": "string"}}},
            "Form": {"type": "object", "properties": {"v": {"$ref": REF + "Value"}}},
            "Value": {"oneOf": [{"$ref": REF + "Text"}]},
        }
    )
    apply(with_example(doc, "Form", {"v": ["Email", "Chat"]}))
    assert doc["components"]["schemas"]["Value"]["oneOf"][1] == {"type": "array", "items": {"type": "string"}}


def test_the_tag_picks_the_variant_the_example_is_checked_against() -> None:
    doc = tiny_document(
        {
            "A": {"title": "A", "x-dixa-tag": "A", "type": "object", "properties": {"n": {"type": "string"}}},
            "B": {"title": "B", "x-dixa-tag": "B", "type": "object", "properties": {"n": {"type": "integer"}}},
            "U": {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]},
        }
    )
    assert apply(with_example(doc, "U", {"_type": "B", "n": 3})) == 0  # fits B; A is never consulted


def test_examples_that_fit_change_nothing_and_nulls_are_not_evidence() -> None:
    doc = tiny_document({"T": {"type": "object", "properties": {"a": {"type": "string"}, "n": {"type": "number"}}}})
    assert apply(with_example(doc, "T", {"a": "x", "n": 3, "extra": [1]})) == 0
    assert apply(with_example(doc, "T", {"a": None})) == 0


def property_of(doc: dict[str, Any], schema: str, name: str) -> Any:
    return doc["components"]["schemas"][schema]["properties"][name]


def test_the_narrowest_schema_of_each_json_value() -> None:
    assert schema_for(None) == {}
    assert [schema_for(v) for v in (True, 1, 1.5, "s")] == [
        {"type": "boolean"}, {"type": "integer"}, {"type": "number"}, {"type": "string"},
    ]  # fmt: skip
    assert schema_for([1, 2]) == {"type": "array", "items": {"type": "integer"}}
    assert schema_for([1, "a"]) == {"type": "array", "items": {}}  # mixed items: any item
    assert schema_for([]) == {"type": "array", "items": {}}
    assert schema_for({"a": 1, "b": None}) == {
        "type": "object", "properties": {"a": {"type": "integer"}}, "additionalProperties": True,
    }  # fmt: skip


def test_an_object_shown_where_a_string_is_declared_is_accepted_open() -> None:
    doc = tiny_document({"T": {"type": "object", "properties": {"to": {"type": "string"}}}})
    assert apply(with_example(doc, "T", {"to": {"number": 45, "note": None}})) == 1
    assert property_of(doc, "T", "to")["oneOf"][1] == {
        "type": "object", "properties": {"number": {"type": "integer"}}, "additionalProperties": True,
    }  # fmt: skip


def test_an_integer_fits_a_number_but_a_number_does_not_fit_an_integer() -> None:
    doc = tiny_document({"T": {"type": "object", "properties": {"n": {"type": "number"}, "i": {"type": "integer"}}}})
    assert apply(with_example(doc, "T", {"n": 3, "i": 1.5})) == 1
    assert property_of(doc, "T", "n") == {"type": "number"}
    assert property_of(doc, "T", "i")[WIDENED_KEY] == ["number"]


def test_an_untyped_schema_with_properties_is_an_object_and_one_without_accepts_anything() -> None:
    doc = tiny_document(
        {"T": {"type": "object", "properties": {"o": {"properties": {"a": {"type": "string"}}}, "any": {}}}}
    )
    assert apply(with_example(doc, "T", {"o": "text", "any": "text"})) == 1
    assert property_of(doc, "T", "o")[WIDENED_KEY] == ["string"]
    assert property_of(doc, "T", "any") == {}


def test_values_of_one_node_are_gathered_into_one_widening_of_distinct_types() -> None:
    doc = tiny_document({"T": {"title": "T", "type": "object", "properties": {"b": {"type": "boolean"}}}})
    doc = with_example(doc, "T", {"b": 1})
    media = doc["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"].update({"B": {"value": {"b": "yes"}}, "C": {"value": {"b": 2}}})
    media["example"] = {"b": "no"}
    assert apply(doc) == 1
    b = property_of(doc, "T", "b")
    assert b["oneOf"] == [{"type": "boolean"}, {"type": "string"}, {"type": "integer"}]
    assert b[WIDENED_KEY] == ["integer", "string"]


def test_a_titled_schema_keeps_its_title_outside_the_union_and_its_description_on_both() -> None:
    doc = tiny_document({"Code": {"title": "Code", "description": "d", "type": "string"}})
    assert apply(with_example(doc, "Code", 7)) == 1
    assert doc["components"]["schemas"]["Code"] == {
        "title": "Code",
        "description": "d",
        "oneOf": [{"description": "d", "type": "string"}, {"type": "integer"}],
        WIDENED_KEY: ["integer"],
    }


def test_examples_without_a_value_and_operations_that_are_not_objects_are_skipped() -> None:
    doc = with_example(tiny_document({"T": {"type": "string"}}), "T", 5)
    path = doc["paths"]["/x"]
    path["get"]["responses"]["200"]["content"]["application/json"]["examples"]["Ext"] = {"externalValue": "x.json"}
    path["parameters"], path["summary"] = [], "not an operation"
    path["post"] = {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "T"}, "example": True}}},
        "responses": {"204": {"description": "none"}, "400": {"content": {"text/plain": {"example": "no schema"}}}},
    }
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["T"][WIDENED_KEY] == ["boolean", "integer"]


def test_every_mismatched_node_is_widened_and_counted() -> None:
    doc = tiny_document({"T": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}})
    assert apply(with_example(doc, "T", {"a": 1, "b": 2})) == 2


def test_a_value_without_any_fitting_union_member_widens_the_union() -> None:
    doc = tiny_document(
        {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "A"}, {"type": "integer"}]},
        }
    )
    assert apply(with_example(doc, "U", "text")) == 1
    assert doc["components"]["schemas"]["U"]["oneOf"][-1] == {"type": "string"}


def test_the_member_whose_required_keys_are_all_present_is_checked() -> None:
    one = {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}}
    two = {"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}
    doc = tiny_document({"One": one, "Two": two, "U": {"oneOf": [{"$ref": REF + "Two"}, {"$ref": REF + "One"}]}})
    assert apply(with_example(doc, "U", {"a": 1})) == 0  # exactly One's required keys: One fits


def test_among_members_requiring_nothing_the_one_knowing_most_keys_is_checked() -> None:
    few = {"type": "object", "properties": {"x": {"type": "integer"}}}
    most = {"type": "object", "properties": {"x": {"type": "string"}, "y": {"type": "string"}}}
    doc = tiny_document({"Few": few, "Most": most, "U": {"oneOf": [{"$ref": REF + "Few"}, {"$ref": REF + "Most"}]}})
    assert apply(with_example(doc, "U", {"x": "s", "y": "t"})) == 0


def test_a_ref_to_a_missing_schema_or_a_ref_cycle_is_no_evidence() -> None:
    doc = tiny_document(
        {
            "T": {"type": "object", "properties": {"gone": {"$ref": REF + "Gone"}, "loop": {"$ref": REF + "A"}}},
            "A": {"$ref": REF + "B"},
            "B": {"$ref": REF + "A"},
        }
    )
    assert apply(with_example(doc, "T", {"gone": 1, "loop": 2})) == 0


@pytest.mark.parametrize("via", ["properties", "additionalProperties", "items"])
def test_a_deeply_nested_example_of_a_recursive_schema_stops_at_a_depth(via: str) -> None:
    # Evidence is followed 60 levels down; a deeper example must not exhaust the stack.
    node: dict[str, Any] = {"type": "array" if via == "items" else "object"}
    node[via] = {"child": {"$ref": REF + "Node"}} if via == "properties" else {"$ref": REF + "Node"}
    doc = tiny_document({"Node": node})
    example: Any = "leaf"
    for _ in range(3000):
        example = [example] if via == "items" else {"child": example}
    assert apply(with_example(doc, "Node", example)) == 0


def test_items_of_an_array_are_checked_against_its_item_schema() -> None:
    doc = tiny_document(
        {"T": {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "integer"}}}}}
    )
    assert apply(with_example(doc, "T", {"ids": [1, "a2"]})) == 1
    assert property_of(doc, "T", "ids")["items"][WIDENED_KEY] == ["string"]


def test_among_members_whose_required_keys_are_all_present_the_one_requiring_most_is_checked() -> None:
    one = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
    two = {"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}}
    doc = tiny_document({"One": one, "Two": two, "U": {"oneOf": [{"$ref": REF + "One"}, {"$ref": REF + "Two"}]}})
    assert apply(with_example(doc, "U", {"a": 1, "b": "x"})) == 0


def test_a_member_that_fits_directly_is_preferred_to_a_nested_union() -> None:
    doc = tiny_document(
        {
            "Inner": {"oneOf": [{"type": "integer"}]},
            "U": {"oneOf": [{"type": "string"}, {"$ref": REF + "Inner"}]},
        }
    )
    assert apply(with_example(doc, "U", "text")) == 0


def test_a_union_that_lists_itself_ends() -> None:
    doc = tiny_document({"U": {"oneOf": [{"$ref": REF + "U"}, {"type": "object", "properties": {}}]}})
    assert apply(with_example(doc, "U", "text")) == 0


def chain_of_refs(length: int) -> dict[str, Any]:
    """A document whose `T.p` reaches a string schema through `length` refs."""
    refs = {f"R{n}": {"$ref": f"{REF}R{n + 1}"} for n in range(1, length)}
    return tiny_document(
        {"T": {"type": "object", "properties": {"p": {"$ref": REF + "R1"}}}, **refs, f"R{length}": {"type": "string"}}
    )


def test_refs_are_followed_fifty_hops_deep_and_no_further() -> None:
    # The limit only exists to end ref cycles; these pin where it lies.
    assert apply(with_example(chain_of_refs(50), "T", {"p": 5})) == 1
    assert apply(with_example(chain_of_refs(51), "T", {"p": 5})) == 0


def nested(levels: int, in_lists: bool = False) -> Any:
    example: Any = {"leaf": 5}
    for _ in range(levels):
        example = {"child": [example] if in_lists else example}
    return example


@pytest.mark.parametrize("through", ["properties", "additionalProperties", "union", "array"])
def test_evidence_is_followed_sixty_levels_deep_and_no_further(through: str) -> None:
    child, leaf = {"$ref": REF + "Node"}, {"type": "string"}
    node: dict[str, Any] = {"type": "object", "properties": {"child": child, "leaf": leaf}}
    schemas = {"Node": node}
    if through == "union":  # each level is two steps: the union, then its member
        schemas = {"Node": {"oneOf": [{"$ref": REF + "Member"}]}, "Member": node}
    elif through == "array":  # each level is two steps: the property, then the array's item
        node["properties"]["child"] = {"type": "array", "items": {"$ref": REF + "Node"}}
    elif through == "additionalProperties":  # `child` is not declared: it is one of the additional ones
        node["properties"], node["additionalProperties"] = {"leaf": leaf}, child
    deepest = 59 if through in ("properties", "additionalProperties") else 29
    assert apply(with_example(tiny_document(schemas), "Node", nested(deepest, through == "array"))) == 1
    assert apply(with_example(tiny_document(schemas), "Node", nested(deepest + 1, through == "array"))) == 0


def test_an_array_schema_without_items_takes_any_items() -> None:
    doc = tiny_document({"T": {"type": "object", "properties": {"tags": {"type": "array"}}}})
    assert apply(with_example(doc, "T", {"tags": [1, "a"]})) == 0
