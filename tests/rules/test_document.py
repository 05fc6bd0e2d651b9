"""The helpers every rule shares (overrides/spec/_document.py), on tiny documents."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from overrides.spec import RULES
from overrides.spec._document import ref_key, ref_to, rewrite_refs, shape, title_of

REF = "#/components/schemas/"


def test_rewrite_refs_points_refs_at_the_new_keys_and_counts_them() -> None:
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": REF + "Old"}, "c": {"$ref": REF + "Kept"}}},
                "B": {"type": "array", "items": {"$ref": REF + "Old"}},
            }
        },
        "paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Old"}}}}},
    }
    assert rewrite_refs(doc, {"Old": "New"}) == 2
    schemas = doc["components"]["schemas"]
    assert schemas["A"]["properties"]["b"] == {"$ref": REF + "New"}
    assert schemas["A"]["properties"]["c"] == {"$ref": REF + "Kept"}
    assert schemas["B"]["items"] == {"$ref": REF + "New"}
    assert doc["paths"]["/x"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/Old"}  # not a schema
    assert rewrite_refs(doc, {"Gone": "Other"}) == 0


def test_ref_key_is_the_schema_key_of_schema_refs_only() -> None:
    assert ref_key(ref_to("Agent")) == "Agent"
    assert ref_key("#/components/responses/Agent") is None


def test_the_shape_ignores_key_order_and_prose_but_not_types() -> None:
    one = {"type": "object", "description": "one", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    other = {"properties": {"b": {"type": "integer"}, "a": {"type": "string", "example": "x"}}, "type": "object"}
    assert shape(one) == shape(other)
    assert shape(one) != shape({**one, "properties": {"a": {"type": "string"}, "b": {"type": "string"}}})


@pytest.mark.parametrize("title", [None, "", 5, ["Agent"]])
def test_a_missing_empty_or_non_string_title_falls_back_to_the_key(title: object) -> None:
    assert title_of("Key", {} if title is None else {"title": title}) == "Key"


def test_a_string_title_wins_over_the_key() -> None:
    assert title_of("Key", {"title": "Agent"}) == "Agent"


def test_rules_are_immutable_and_hashable() -> None:
    # RULES is module state shared by every normalize run: no run may alter a rule for the next.
    rule = RULES[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rule.name = "renamed"  # type: ignore[misc]
    assert len(set(RULES)) == len(RULES)
