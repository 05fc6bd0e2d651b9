from overrides.spec.wire_tags import TAG_KEY, apply, wire_tag
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
