from overrides.spec.unknown_variant_fallback import FALLBACK_KEY, apply
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def test_unions_of_objects_get_one_shared_fallback() -> None:
    doc = tiny_document(
        {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]},
            "V": {"oneOf": [{"$ref": REF + "A"}]},
            "Mixed": {"oneOf": [{"$ref": REF + "A"}, {"type": "string"}]},
        }
    )
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert table["UnknownVariant"][FALLBACK_KEY] is True
    assert table["U"]["oneOf"][-1] == {"$ref": REF + "UnknownVariant"}
    assert len(table["Mixed"]["oneOf"]) == 2
    assert apply(doc) == 0  # idempotent


def test_the_fallback_name_avoids_an_existing_schema() -> None:
    doc = tiny_document(
        {
            "UnknownVariant": {"type": "object", "properties": {"x": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "UnknownVariant"}]},
        }
    )
    apply(doc)
    assert doc["components"]["schemas"]["U"]["oneOf"][-1] == {"$ref": REF + "UnknownVariant2"}
