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
            "Other": {"type": "object", "properties": {"y": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "UnknownVariant"}, {"$ref": REF + "Other"}]},
        }
    )
    apply(doc)
    assert doc["components"]["schemas"]["U"]["oneOf"][-1] == {"$ref": REF + "UnknownVariant2"}


def test_a_union_whose_variants_share_properties_gets_a_fallback_declaring_them() -> None:
    when = {"type": "string", "format": "date-time"}
    doc = tiny_document(
        {
            "Chat": {"type": "object", "required": ["id", "createdAt"],
                     "properties": {"id": {"type": "integer"}, "createdAt": when, "widget": {"type": "string"}}},
            "Email": {"type": "object", "required": ["id"],
                      "properties": {"id": {"type": "integer", "description": "prose differs"},
                                     "createdAt": when, "widget": {"type": "integer"}}},
            "Conversation": {"title": "Conversation", "oneOf": [{"$ref": REF + "Chat"}, {"$ref": REF + "Email"}]},
        }
    )  # fmt: skip
    assert apply(doc) == 1
    table = doc["components"]["schemas"]
    fallback = table["UnknownConversation"]
    assert table["Conversation"]["oneOf"][-1] == {"$ref": REF + "UnknownConversation"}
    # Same name and wire shape in every variant; required only where every variant requires it.
    assert sorted(fallback["properties"]) == ["createdAt", "id"] and fallback["required"] == ["id"]
    assert fallback[FALLBACK_KEY] is True and fallback["additionalProperties"] is True
    assert "UnknownVariant" not in table


def test_a_union_among_the_shared_properties_keeps_its_own_fallback_in_the_copy() -> None:
    content = {"oneOf": [{"$ref": REF + "Text"}, {"$ref": REF + "Html"}]}  # inline, in both variants
    doc = tiny_document(
        {
            "Message": {"oneOf": [{"$ref": REF + "In"}, {"$ref": REF + "Out"}]},  # met before its variants' unions
            "Text": {"type": "object", "properties": {"text": {"type": "string"}}},
            "Html": {"type": "object", "properties": {"html": {"type": "string"}}},
            "In": {"type": "object", "properties": {"content": content}},
            "Out": {"type": "object", "properties": {"content": content, "agent": {"type": "string"}}},
        }
    )
    apply(doc)
    table = doc["components"]["schemas"]
    copied = table["UnknownMessage"]["properties"]["content"]["oneOf"]
    assert copied == table["In"]["properties"]["content"]["oneOf"] and copied[-1] == {"$ref": REF + "UnknownVariant"}
    assert apply(doc) == 0  # idempotent: every union, the copied one included, has its fallback


def test_the_shared_fallback_keeps_the_raw_data_of_an_unknown_variant() -> None:
    doc = tiny_document(
        {
            "A": {"type": "object", "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]},  # sharing nothing
        }
    )
    apply(doc)
    fallback = doc["components"]["schemas"]["UnknownVariant"]
    assert fallback["additionalProperties"] is True and fallback["properties"] == {}


def test_the_fallback_name_avoids_a_title_taken_under_another_key() -> None:
    doc = tiny_document(
        {
            "Legacy": {"title": "UnknownVariant", "type": "object", "properties": {"x": {"type": "string"}}},
            "Other": {"type": "object", "properties": {"y": {"type": "string"}}},
            "U": {"oneOf": [{"$ref": REF + "Legacy"}, {"$ref": REF + "Other"}]},
        }
    )
    apply(doc)
    assert doc["components"]["schemas"]["U"]["oneOf"][-1] == {"$ref": REF + "UnknownVariant2"}


def test_an_empty_one_of_is_no_union_of_objects() -> None:
    doc = tiny_document({"Nothing": {"title": "Nothing", "oneOf": []}})
    assert apply(doc) == 0
    assert doc["components"]["schemas"] == {"Nothing": {"title": "Nothing", "oneOf": []}}
