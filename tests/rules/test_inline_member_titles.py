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


def test_names_taken_by_a_key_or_a_title_are_skipped_and_numbering_goes_on() -> None:
    doc = tiny_document(
        {
            "Preset": {"type": "object", "properties": {"value": {"oneOf": [{"type": "string"}, dict(OBJECT)]}}},
            "PresetValueObject": {"title": "Elsewhere", "type": "object"},  # the key alone takes the name
            "Other": {"title": "PresetValueObject2", "type": "object"},  # the title alone takes the next
        }
    )
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["Preset"]["properties"]["value"]["oneOf"][1]["title"] == "PresetValueObject3"


def test_two_untitled_objects_in_one_union_get_distinct_names() -> None:
    doc = tiny_document(
        {"Preset": {"type": "object", "properties": {"value": {"oneOf": [dict(OBJECT), dict(OBJECT)]}}}}
    )
    assert apply(doc) == 2
    members = doc["components"]["schemas"]["Preset"]["properties"]["value"]["oneOf"]
    assert [m["title"] for m in members] == ["PresetValueObject", "PresetValueObject2"]


def test_an_object_is_known_by_its_type_or_by_its_properties() -> None:
    typed_only, properties_only = {"type": "object"}, {"properties": {"a": {"type": "string"}}}
    doc = tiny_document(
        {
            "Preset": {
                "type": "object",
                "properties": {"value": {"oneOf": [typed_only, properties_only, {"type": "array"}]}},
            }
        }
    )
    assert apply(doc) == 2
    members = doc["components"]["schemas"]["Preset"]["properties"]["value"]["oneOf"]
    assert [m.get("title") for m in members] == ["PresetValueObject", "PresetValueObject2", None]


def test_a_property_that_is_not_a_schema_object_does_not_stop_the_others() -> None:
    # `true` is a valid JSON schema; sorted first, it must not end the walk over the other properties.
    doc = tiny_document({"Preset": {"type": "object", "properties": {"a": True, "b": {"oneOf": [dict(OBJECT)]}}}})
    assert apply(doc) == 1
    assert doc["components"]["schemas"]["Preset"]["properties"]["b"]["oneOf"][0]["title"] == "PresetBObject"
