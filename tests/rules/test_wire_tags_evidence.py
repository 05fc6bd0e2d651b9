"""wire_tags' reading of the examples: where it looks, what it records, and that a second run changes nothing."""

from __future__ import annotations

from typing import Any

from overrides.spec import wire_tags
from overrides.spec.wire_tags import EVIDENCE_KEY, SEND_KEY, TAG_KEY, UNTAGGED_KEY
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def response(schema: dict[str, Any], *examples: Any) -> dict[str, Any]:
    content = {"schema": schema, "examples": {f"e{n}": {"value": v} for n, v in enumerate(examples)}}
    return {"200": {"description": "ok", "content": {"application/json": content}}}


def operations(*responses: dict[str, Any]) -> dict[str, Any]:
    """One GET operation per response, each on its own path."""
    return {f"/p{n}": {"get": {"operationId": f"op{n}", "responses": r}} for n, r in enumerate(responses)}


NOTE = {"title": "Note", "type": "object", "properties": {"text": {"type": "string"}}}


def table(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


def test_a_model_shown_with_its_tag_in_response_examples_sends_it_and_the_evidence_names_three() -> None:
    shown = [{"_type": "Note", "text": str(n)} for n in range(4)]
    paths = operations(*(response({"$ref": REF + "Note"}, example) for example in shown))
    doc = tiny_document({"Note": NOTE}, paths)
    assert wire_tags.apply(doc) == 1
    note = table(doc)["Note"]
    assert (note[TAG_KEY], note[SEND_KEY]) == ("Note", True)
    assert note[EVIDENCE_KEY] == (
        "`_type: Note` shown by 4 example object(s), in: op0 200 response example; "
        "op1 200 response example; op2 200 response example"
    )
    assert wire_tags.apply(doc) == 0


def test_items_of_an_array_example_are_walked() -> None:
    paths = operations(response({"type": "array", "items": {"$ref": REF + "Note"}}, [{"_type": "Note"}]))
    doc = tiny_document({"Note": NOTE}, paths)
    assert wire_tags.apply(doc) == 1
    assert table(doc)["Note"][TAG_KEY] == "Note"


def test_schemas_that_are_not_objects_or_declare_the_tag_are_passed_over_and_the_rest_still_read() -> None:
    declares = {"title": "Own", "type": "object", "properties": {"_type": {"type": "string"}}}
    paths = operations(
        response({"$ref": REF + "Own"}, {"_type": "Own"}), response({"$ref": REF + "Note"}, {"_type": "Note"})
    )
    doc = tiny_document({"Flag": True, "Own": declares, "Note": NOTE}, paths)
    assert wire_tags.apply(doc) == 1
    assert TAG_KEY not in table(doc)["Own"]
    assert table(doc)["Note"][TAG_KEY] == "Note"


def test_a_union_shown_untagged_stays_untagged_on_a_second_run() -> None:
    union = {"title": "U", "oneOf": [{"$ref": REF + "Note"}]}
    doc = tiny_document({"Note": NOTE, "U": union}, operations(response({"$ref": REF + "U"}, {"text": "x"})))
    wire_tags.apply(doc)
    assert table(doc)["U"][UNTAGGED_KEY].startswith("no `_type` on its members in 1 example object(s)")
    assert TAG_KEY not in table(doc)["Note"]
    assert wire_tags.apply(doc) == 0
    assert EVIDENCE_KEY not in table(doc)["U"]


OTHER = {"title": "Other", "type": "object", "properties": {"text": {"type": "string"}}}


def tagged_notes(holder: dict[str, Any], example: Any, **more: Any) -> dict[str, Any]:
    """The schemas after wire_tags, given a response `holder` schema shown with `example`."""
    doc = tiny_document(
        {"Note": NOTE, "Other": OTHER, "Holder": holder, **more},
        operations(response({"$ref": REF + "Holder"}, example)),
    )
    wire_tags.apply(doc)
    return table(doc)


def test_examples_are_walked_into_properties_maps_and_all_of() -> None:
    nested = {"title": "Holder", "type": "object", "properties": {"note": {"$ref": REF + "Note"}}}
    assert TAG_KEY in tagged_notes(nested, {"note": {"_type": "Note"}})["Note"]
    mapping = {"title": "Holder", "type": "object", "additionalProperties": {"$ref": REF + "Note"}}
    assert TAG_KEY in tagged_notes(mapping, {"any": {"_type": "Note"}})["Note"]
    composed = {"title": "Holder", "allOf": [{"$ref": REF + "Note"}]}
    assert TAG_KEY in tagged_notes(composed, {"_type": "Note"})["Note"]


def member(title: str, inner: str, required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {"title": title, "type": "object", "properties": {"inner": {"$ref": REF + inner}}}
    return {**schema, "required": required} if required else schema


def test_a_union_example_is_walked_into_the_member_its_tag_names() -> None:
    union = {"title": "Holder", "oneOf": [{"$ref": REF + "First"}, {"$ref": REF + "Second"}]}
    untitled = {k: v for k, v in member("Second", "Note").items() if k != "title"}  # named by its key
    found = tagged_notes(
        union, {"_type": "Second", "inner": {"_type": "Note"}}, First=member("First", "Other"), Second=untitled
    )
    assert TAG_KEY in found["Note"] and TAG_KEY not in found["Other"]


def test_an_untagged_union_example_is_walked_into_the_member_whose_required_keys_it_has() -> None:
    union = {"title": "Holder", "oneOf": [{"$ref": REF + "First"}, {"$ref": REF + "Second"}]}
    first, second = member("First", "Other", required=["a"]), member("Second", "Note", required=["b"])
    found = tagged_notes(union, {"b": 1, "inner": {"_type": "Note"}}, First=first, Second=second)
    assert TAG_KEY in found["Note"] and TAG_KEY not in found["Other"]


def test_media_without_a_schema_and_examples_without_a_value_are_passed_over() -> None:
    content = {
        "text/plain": {"example": "hello"},
        "application/json": {
            "schema": {"$ref": REF + "Note"},
            "examples": {"bad": "a value-less string", "good": {"value": {"_type": "Note"}}},
        },
    }
    paths = {
        "/notes": {"get": {"operationId": "getNote", "responses": {"200": {"description": "ok", "content": content}}}}
    }
    doc = tiny_document({"Note": NOTE}, paths)
    assert wire_tags.apply(doc) == 1
    assert (
        table(doc)["Note"][EVIDENCE_KEY]
        == "`_type: Note` shown by 1 example object(s), in: getNote 200 response example"
    )


def chain(steps: int) -> dict[str, Any]:
    """A document whose example reaches `Note` after `steps` schema steps, through properties, union
    members, array items and allOf in turn."""
    kinds = ["oneOf", "prop", "items", "allOf", "prop"]
    found: dict[str, Any] = {"Note": NOTE}
    value: Any = {"_type": "Note"}
    for step in reversed(range(steps)):
        target = {"$ref": REF + (f"S{step + 1}" if step + 1 < steps else "Note")}
        kind = kinds[step % len(kinds)]
        found[f"S{step}"] = {
            "oneOf": {"title": f"S{step}", "oneOf": [target]},
            "prop": {"title": f"S{step}", "type": "object", "properties": {"n": target}},
            "items": {"title": f"S{step}", "type": "array", "items": target},
            "allOf": {"title": f"S{step}", "allOf": [target]},
        }[kind]
        value = {"n": value} if kind == "prop" else [value] if kind == "items" else value
    return tiny_document(found, operations(response({"$ref": REF + "S0"}, value)))


def test_examples_are_read_sixty_four_steps_deep_and_no_deeper() -> None:
    deepest, too_deep = chain(64), chain(65)
    wire_tags.apply(deepest)
    wire_tags.apply(too_deep)
    assert table(deepest)["Note"].get(TAG_KEY) == "Note"
    assert TAG_KEY not in table(too_deep)["Note"]
