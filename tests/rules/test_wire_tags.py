from typing import Any

from overrides.spec.wire_tags import EVIDENCE_KEY, SEND_KEY, TAG_KEY, UNTAGGED_KEY, apply, wire_tag
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def test_variants_are_tagged_with_their_title_and_generics_lose_their_suffix() -> None:
    doc = tiny_document(
        {
            "Status1": {"title": "Status", "type": "object", "properties": {"a": {"type": "string"}}},
            "BulkActionSuccess_BulkError_Agent": {
                "title": "BulkActionSuccess_BulkError_Agent",
                "type": "object",
                "properties": {"data": {"type": "string"}},
            },
            "Plain": {"title": "Plain", "type": "object"},
            "U": {
                "title": "U",
                "oneOf": [{"$ref": REF + "Status1"}, {"$ref": REF + "BulkActionSuccess_BulkError_Agent"}],
            },
        }
    )
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert table["Status1"][TAG_KEY] == "Status"  # the title, not the component key
    assert table["BulkActionSuccess_BulkError_Agent"][TAG_KEY] == "BulkActionSuccess"
    assert TAG_KEY not in table["Plain"]  # not a union member


def test_primitive_members_are_not_tagged() -> None:
    doc = tiny_document({"U": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}})
    assert apply(doc) == 0


def test_wire_tag() -> None:
    assert wire_tag("EmailConversation") == "EmailConversation"
    assert wire_tag("BulkActionFailure_ErrorResponse_InternalNoteData") == "BulkActionFailure"


def posted(schema: str, *values: Any) -> dict[str, Any]:
    """A POST whose request body is `schema`, with `values` as its examples."""
    examples = {f"Example{index}": {"value": value} for index, value in enumerate(values)}
    content = {"application/json": {"schema": {"$ref": REF + schema}, "examples": examples}}
    return {"/things": {"post": {"operationId": "postThings", "requestBody": {"content": content}, "responses": {}}}}


OBJECT = {"type": "object", "properties": {"a": {"type": "string"}}}


def test_a_plain_schema_whose_examples_carry_its_tag_always_sends_it() -> None:
    schemas = {"ThingImport": {"title": "ThingImport", **OBJECT}, "Other": {"title": "Other", **OBJECT}}
    doc = tiny_document(schemas, posted("ThingImport", {"_type": "ThingImport", "a": "x"}, {"a": "y"}))
    assert apply(doc) == 1
    table = doc["components"]["schemas"]
    assert table["ThingImport"][TAG_KEY] == "ThingImport" and table["ThingImport"][SEND_KEY] is True
    assert "postThings request example" in table["ThingImport"][EVIDENCE_KEY]
    assert TAG_KEY not in table["Other"]  # no example shows it


def test_a_plain_schema_shown_with_another_tag_is_left_alone() -> None:
    doc = tiny_document({"Thing": {"title": "Thing", **OBJECT}}, posted("Thing", {"_type": "Something", "a": "x"}))
    assert apply(doc) == 0


def test_a_union_whose_examples_never_tag_its_members_leaves_them_untagged() -> None:
    schemas = {
        "ByPeriod": {"title": "ByPeriod", "type": "object", "required": ["period"], **{"properties": {"period": {}}}},
        "ById": {"title": "ById", "type": "object", "required": ["ids"], **{"properties": {"ids": {}}}},
        "Input": {"title": "Input", "oneOf": [{"$ref": REF + "ByPeriod"}, {"$ref": REF + "ById"}]},
    }
    doc = tiny_document(schemas, posted("Input", {"period": 1}, {"ids": [1]}))
    assert apply(doc) == 1
    table = doc["components"]["schemas"]
    assert TAG_KEY not in table["ByPeriod"] and TAG_KEY not in table["ById"]
    assert "2 example object(s)" in table["Input"][UNTAGGED_KEY]


def test_a_union_shown_once_with_a_tag_tags_its_members() -> None:
    schemas = {
        "ByPeriod": {"title": "ByPeriod", "type": "object", "required": ["period"], **{"properties": {"period": {}}}},
        "ById": {"title": "ById", "type": "object", "required": ["ids"], **{"properties": {"ids": {}}}},
        "Input": {"title": "Input", "oneOf": [{"$ref": REF + "ByPeriod"}, {"$ref": REF + "ById"}]},
    }
    doc = tiny_document(schemas, posted("Input", {"period": 1}, {"_type": "ById", "ids": [1]}))
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert (table["ByPeriod"][TAG_KEY], table["ById"][TAG_KEY]) == ("ByPeriod", "ById")
    assert "`_type` shown in 2 example object(s)" in table["Input"][EVIDENCE_KEY]


def test_a_union_no_example_reaches_is_tagged_and_says_why() -> None:
    schemas = {"A": {"title": "A", **OBJECT}, "U": {"title": "U", "oneOf": [{"$ref": REF + "A"}]}}
    doc = tiny_document(schemas)
    assert apply(doc) == 1
    assert "no example reaches this union" in doc["components"]["schemas"]["U"][EVIDENCE_KEY]
