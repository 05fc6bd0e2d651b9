from typing import Any

from overrides.spec.widen_to_examples import WIDENED_KEY, apply
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
