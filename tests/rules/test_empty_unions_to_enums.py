from overrides.spec.empty_unions_to_enums import OPEN_ENUM_KEY, apply
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def test_a_union_of_empty_objects_becomes_an_open_enum_of_their_titles() -> None:
    doc = tiny_document(
        {
            "Open1": {"title": "Open", "type": "object", "properties": {}},
            "Closed": {"title": "Closed", "type": "object"},
            "Status": {"title": "Status", "oneOf": [{"$ref": REF + "Open1"}, {"$ref": REF + "Closed"}]},
        }
    )
    assert apply(doc) == 1
    status = doc["components"]["schemas"]["Status"]
    assert status == {"title": "Status", "type": "string", "enum": ["Open", "Closed"], OPEN_ENUM_KEY: True}


def test_a_union_with_any_non_empty_variant_is_left_alone() -> None:
    doc = tiny_document(
        {
            "Empty": {"title": "Empty", "type": "object"},
            "Full": {"title": "Full", "type": "object", "properties": {"a": {"type": "string"}}},
            "U": {"title": "U", "oneOf": [{"$ref": REF + "Empty"}, {"$ref": REF + "Full"}]},
        }
    )
    assert apply(doc) == 0
    assert "oneOf" in doc["components"]["schemas"]["U"]
