from overrides.spec.empty_unions_to_enums import DROPPED_VARIANTS_KEY, OPEN_ENUM_KEY, apply
from overrides.spec.merge_identical_duplicates import ALIASES_KEY
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
    assert apply(doc) == 3  # the union, and its two variants dropped
    status = doc["components"]["schemas"]["Status"]
    enum = {"title": "Status", "type": "string", "enum": ["Open", "Closed"], OPEN_ENUM_KEY: True}
    assert status == enum | {DROPPED_VARIANTS_KEY: ["Closed", "Open1"]}  # kept count of (scripts/verify.py)
    assert set(doc["components"]["schemas"]) == {"Status"}


def test_a_dropped_variant_takes_the_duplicates_merged_into_it_along_in_the_count() -> None:
    doc = tiny_document(
        {
            "Open": {"title": "Open", "type": "object", ALIASES_KEY: ["Open1", "Open2"]},
            "Status": {"title": "Status", "oneOf": [{"$ref": REF + "Open"}]},
        }
    )
    assert apply(doc) == 2
    assert doc["components"]["schemas"]["Status"][DROPPED_VARIANTS_KEY] == ["Open", "Open1", "Open2"]


def test_a_variant_still_referred_to_elsewhere_is_kept() -> None:
    empty = {"type": "object"}
    doc = tiny_document(
        {
            "Open": {"title": "Open", **empty},
            "Closed": {"title": "Closed", **empty},
            "Shut": {"title": "Shut", **empty},
            "Status": {"oneOf": [{"$ref": REF + "Open"}, {"$ref": REF + "Closed"}, {"$ref": REF + "Shut"}]},
            "Door": {"type": "object", "properties": {"last": {"$ref": REF + "Closed"}}},
        },
        {"/shut": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": REF + "Shut"}}}}}}}},
    )  # fmt: skip
    assert apply(doc) == 2
    assert set(doc["components"]["schemas"]) == {"Closed", "Shut", "Status", "Door"}
    assert doc["components"]["schemas"]["Status"][DROPPED_VARIANTS_KEY] == ["Open"]


def test_variants_shared_by_two_unions_go_once_both_are_enums() -> None:
    doc = tiny_document(
        {
            "Open": {"title": "Open", "type": "object"},
            "Status": {"oneOf": [{"$ref": REF + "Open"}]},
            "State": {"oneOf": [{"$ref": REF + "Open"}]},
        }
    )
    assert apply(doc) == 3
    assert set(doc["components"]["schemas"]) == {"Status", "State"}
    dropped = [schema.get(DROPPED_VARIANTS_KEY) for schema in doc["components"]["schemas"].values()]
    assert sorted(dropped, key=str) == [None, ["Open"]]  # counted once


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
    assert apply(doc) == 3
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
    assert apply(doc) == 2
    assert doc["components"]["schemas"]["Changed"]["enum"] == ["Empty"]
    assert "Full" in doc["components"]["schemas"]  # the variant of the union left alone stays
