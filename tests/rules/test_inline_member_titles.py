from overrides.spec.inline_member_titles import apply
from tests.conftest import tiny_document

OBJECT = {"type": "object", "properties": {"_type": {"type": "string"}}}


def test_an_untitled_object_in_a_property_union_is_named_by_owner_property_and_kind() -> None:
    doc = tiny_document(
        {
            "Preset": {"type": "object", "properties": {"value": {"oneOf": [{"type": "string"}, dict(OBJECT)]}}},
            "PresetValueObject": {"type": "object"},  # taken: the next name is numbered
            "Range": {"type": "object", "properties": {"end_date": {"oneOf": [{"type": "string"}, dict(OBJECT)]}}},
        }
    )
    assert apply(doc) == 2
    table = doc["components"]["schemas"]
    assert table["Preset"]["properties"]["value"]["oneOf"][1]["title"] == "PresetValueObject2"
    assert table["Range"]["properties"]["end_date"]["oneOf"][1]["title"] == "RangeEndDateObject"
    assert "title" not in table["Preset"]["properties"]["value"]["oneOf"][0]  # not an object


def test_titled_and_referenced_members_are_left_alone() -> None:
    titled = {**OBJECT, "title": "Mine"}
    doc = tiny_document(
        {"A": {"type": "object", "properties": {"v": {"oneOf": [titled, {"$ref": "#/components/schemas/B"}]}}},
         "B": OBJECT}
    )  # fmt: skip
    assert apply(doc) == 0
