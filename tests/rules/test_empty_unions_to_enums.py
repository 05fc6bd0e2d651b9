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


def test_an_untitled_variant_is_named_by_its_key() -> None:
    doc = tiny_document(
        {
            "Open": {"type": "object"},
            "Closed": {"title": "Shut", "type": "object"},
            "Status": {"oneOf": [{"$ref": REF + "Open"}, {"$ref": REF + "Closed"}]},
        }
    )
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["Status"]["enum"] == ["Open", "Shut"]


def test_an_inline_variant_without_a_title_has_no_name_and_keeps_the_union() -> None:
    doc = tiny_document({"U": {"oneOf": [{"type": "object"}, {"title": "Named", "type": "object"}]}})
    assert apply(doc) == 0
    assert "oneOf" in doc["components"]["schemas"]["U"]


def test_a_union_left_alone_does_not_stop_the_next_one() -> None:
    doc = tiny_document(
        {
            "Empty": {"title": "Empty", "type": "object"},
            "Full": {"title": "Full", "type": "object", "properties": {"a": {"type": "string"}}},
            "Kept": {"oneOf": [{"$ref": REF + "Full"}]},
            "Changed": {"oneOf": [{"$ref": REF + "Empty"}]},
        }
    )
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["Changed"]["enum"] == ["Empty"]
