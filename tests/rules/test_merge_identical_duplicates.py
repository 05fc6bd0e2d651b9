from overrides.spec.merge_identical_duplicates import ALIASES_KEY, apply
from tests.conftest import tiny_document

EMPTY = {"type": "object", "properties": {}}


def test_identical_schemas_with_one_title_become_one_and_refs_follow() -> None:
    doc = tiny_document(
        {
            "Open": {"title": "Open", **EMPTY},
            "Open1": {"title": "Open", **EMPTY, "description": "prose does not count"},
            "Status": {"title": "Status", "oneOf": [{"$ref": "#/components/schemas/Open1"}]},
        }
    )
    assert apply(doc) == 1
    schemas = doc["components"]["schemas"]
    assert "Open1" not in schemas
    assert schemas["Open"][ALIASES_KEY] == ["Open1"]
    assert schemas["Status"]["oneOf"] == [{"$ref": "#/components/schemas/Open"}]


def test_merging_children_lets_identical_parents_merge_too() -> None:
    doc = tiny_document(
        {
            "Closed": {"title": "Closed", **EMPTY},
            "Closed1": {"title": "Closed", **EMPTY},
            "Status": {"title": "Status", "oneOf": [{"$ref": "#/components/schemas/Closed"}]},
            "Status1": {"title": "Status", "oneOf": [{"$ref": "#/components/schemas/Closed1"}]},
        }
    )
    assert apply(doc) == 2
    assert sorted(doc["components"]["schemas"]) == ["Closed", "Status"]


def test_same_title_different_shape_is_left_for_unique_titles() -> None:
    doc = tiny_document(
        {
            "Team": {"title": "Team", "type": "object", "properties": {"id": {"type": "string"}}},
            "Team1": {"title": "Team", "type": "object", "properties": {"name": {"type": "string"}}},
        }
    )
    assert apply(doc) == 0
    assert sorted(doc["components"]["schemas"]) == ["Team", "Team1"]


def test_the_kept_schema_does_not_depend_on_key_order() -> None:
    members = {"Text2": {"title": "Text", **EMPTY}, "Text10": {"title": "Text", **EMPTY}}
    forward = tiny_document(members)
    backward = tiny_document(dict(reversed(list(members.items()))))
    apply(forward)
    apply(backward)
    # No key is spelled like the title: the shortest key wins, whatever the order.
    assert list(forward["components"]["schemas"]) == list(backward["components"]["schemas"]) == ["Text2"]
