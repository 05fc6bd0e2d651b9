"""scripts/changelog_operations.py on tiny documents: operations paired, document-level changes, grouping."""

from __future__ import annotations

import copy
from typing import Any

from overrides.spec._document import Document, schemas
from scripts.changelog_classify import Change
from scripts.changelog_operations import (
    Operation,
    compare,
    first_segment_swap,
    grouped,
    operations,
    paired,
    path_parameters,
    prefix_change,
    public_classes,
    with_vanished_classes,
)
from scripts.changelog_surface import Walker
from tests.conftest import get_operation, tiny_document

THING = {"Thing": {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}}


def entries(old: Document, new: Document) -> list[tuple[bool, str, str]]:
    return [(c.breaking, c.where, c.what) for c in compare(old, new)]


def things(*routes: tuple[str, str], table: dict[str, Any] | None = None) -> Document:
    """GET operations (path, operationId) answering a Thing."""
    paths: dict[str, Any] = {}
    for path, operation_id in routes:
        paths.update(get_operation(path, "Thing", operation_id))
    return tiny_document(THING if table is None else table, paths)


def test_an_operation_is_named_by_its_id_or_else_by_its_route() -> None:
    named = Operation("get", "/things", {"operationId": "listThings", "tags": ["Big Things", "Other"]}, {})
    assert (named.operation_id, named.label, named.module) == (
        "listThings",
        "`listThings`",
        "api.big_things.list_things",
    )
    anonymous = Operation("delete", "/things/{id}", {}, {})
    assert (anonymous.operation_id, anonymous.module) == ("delete /things/{id}", "api.default.delete_thingsid")


def test_operations_are_the_methods_of_each_path_item() -> None:
    doc = tiny_document(
        {}, {"/a": {"get": {"responses": {}}, "post": {"responses": {}}, "parameters": [], "summary": "x"}}
    )
    assert sorted(operations(doc)) == [("get", "/a"), ("post", "/a")]


def test_operations_added_removed_and_paired_by_route_or_id() -> None:
    old = things(("/a", "getA"), ("/gone", "getGone"), ("/b", "getB"))
    new = things(("/a", "getA"), ("/new", "getNew"), ("/b2", "getB"))
    assert entries(old, new) == [
        (True, "`GET /gone` (`getGone`)", "operation removed"),
        (False, "`GET /new` (`getNew`)", "operation added"),
        (False, "`getB`", "path changed from `/b` to `/b2`"),  # path changes come last
    ]


def test_a_removed_operation_touches_its_functions_its_method_and_its_classes() -> None:
    old, new = things(("/a", "getA"), ("/gone", "getGone")), things(("/a", "getA"))
    new["info"]["version"] = "2"  # an entry before the removal's
    assert [(c.what, c.targets, c.types) for c in compare(old, new)] == [
        ("API version changed from `test` to `2`", set(), set()),
        ("operation removed", {("module", "api.default.get_gone"), ("method", "default", "get_gone")}, {"Thing"}),
    ]


def test_paths_sharing_a_new_prefix_are_paired_when_several_moved_alike() -> None:
    old = things(("/v1/a/{aId}", "getA"), ("/v1/b", "getB"), ("/v1", "root"))
    new = things(("/v2/a/{aId}", "getA2"), ("/v2/b", "getB2"), ("/v2", "root2"))
    found = entries(old, new)
    assert (False, "paths", "path prefix changed from `/v1` to `/v2` for 2 operations") in found
    assert [what for _, where, what in found if where == "`getB2`"] == [
        "functions moved from `api.default.get_b` to `api.default.get_b2`",
        "facade method `client.default.get_b` renamed to `client.default.get_b2`",
    ]
    # a path of one segment has no tail to share: added and removed
    assert (True, "`GET /v1` (`root`)", "operation removed") in found
    assert (False, "`GET /v2` (`root2`)", "operation added") in found


def test_one_path_moved_alone_is_not_paired_by_prefix() -> None:
    old, new = things(("/v1/a", "getA"), ("/x", "x")), things(("/v2/a", "getA2"), ("/x", "x"))
    assert entries(old, new) == [
        (True, "`GET /v1/a` (`getA`)", "operation removed"),
        (False, "`GET /v2/a` (`getA2`)", "operation added"),
    ]
    # a path of one segment moved too is no second vote: it has no tail in common
    old, new = things(("/v1/a", "getA"), ("/v1", "root")), things(("/v2/a", "getA2"), ("/v2", "root2"))
    assert sorted(what for _, _, what in entries(old, new)) == ["operation added"] * 2 + ["operation removed"] * 2


def test_prefix_pairing_needs_the_same_method_and_the_same_tail() -> None:
    old = things(("/v1/a", "getA"), ("/v1/b", "getB"))
    new = things(("/v2/a", "getA2"), ("/v2/c", "getC"))
    moved = tiny_document(THING, {"/v2/a": {"put": copy.deepcopy(get_operation("/", "Thing", "putA")["/"]["get"])}})
    assert all(what in ("operation removed", "operation added") for _, _, what in entries(old, new))
    assert all(what in ("operation removed", "operation added") for _, _, what in entries(old, moved))


def test_pairs_are_ordered_by_their_newest_path() -> None:
    def table(*keys: tuple[str, str, str]) -> dict[tuple[str, str], Operation]:
        return {(method, path): Operation(method, path, {"operationId": op_id}, {}) for method, path, op_id in keys}

    old = table(("get", "/b", "b"), ("get", "/z", "z"), ("get", "/0", "moved"))
    new = table(("get", "/b", "b"), ("get", "/a", "a"), ("get", "/c", "moved"))
    order = [tuple(op.path if op else None for op in pair) for pair in paired(old, new)]
    assert order == [(None, "/a"), ("/b", "/b"), ("/0", "/c"), ("/z", None)]


def test_first_segment_swap() -> None:
    assert first_segment_swap("/v1/agents/x", ("v1", "beta")) == "/beta/agents/x"
    assert first_segment_swap("/v2/agents", ("v1", "beta")) is None
    assert first_segment_swap("/v1", ("v1", "beta")) is None


def test_prefix_change_keeps_the_common_tail_out() -> None:
    assert prefix_change("/beta/agents/{id}", "/v1/agents/{id}") == ("/beta", "/v1")
    assert prefix_change("/agents", "/v1/agents") == ("/", "/v1")
    assert prefix_change("/a/b", "/a/b") == ("/", "/")
    assert prefix_change("/x/a", "/y/b") == ("/x/a", "/y/b")


def test_path_parameters_in_order_as_python_names() -> None:
    assert path_parameters("/things/{thingId}/parts/{part-id}") == ["thing_id", "part_id"]


def test_an_operation_deprecated_is_reported_when_it_starts() -> None:
    old = things(("/a", "getA"))
    new = copy.deepcopy(old)
    new["paths"]["/a"]["get"]["deprecated"] = True
    assert [(c.breaking, c.where, c.what, c.why) for c in compare(old, new)] == [
        (False, "`getA`", "deprecated", "still works; plan to stop using it")
    ]
    assert compare(new, old) == []


def test_a_new_tag_moves_the_functions_and_renames_the_facade_method() -> None:
    old = things(("/a", "getA"))
    new = copy.deepcopy(old)
    new["paths"]["/a"]["get"]["tags"] = ["Other"]
    assert [(c.breaking, c.what, c.targets) for c in compare(old, new)] == [
        (True, "functions moved from `api.default.get_a` to `api.other.get_a`", {("module", "api.default.get_a")}),
        (
            True,
            "facade method `client.default.get_a` renamed to `client.other.get_a`",
            {("method", "default", "get_a")},
        ),
    ]


def test_servers_changed_are_read_first_and_say_where_the_key_goes() -> None:
    old, new = things(), things()
    old["servers"] = [{"url": "https://a.example"}, {"url": "https://b.example"}]
    new["servers"] = [{"url": "https://c.example"}, "not a server", {"url": "https://d.example"}]
    (change,) = compare(old, new)
    assert (change.breaking, change.top, change.where, change.targets) == (
        True,
        True,
        "`servers`",
        {("default_base_url",)},
    )
    assert change.what == (
        "servers changed from `https://a.example, https://b.example` to `https://c.example, https://d.example`"
    )
    assert (
        change.why == "a client built without `base_url` now sends requests, and your API key, to `https://c.example`"
    )
    (gone,) = compare(old, things())
    assert gone.what == "servers changed from `https://a.example, https://b.example` to `(none)`"
    assert compare(old, copy.deepcopy(old)) == []


def test_a_new_api_version_is_a_warning_read_first() -> None:
    old, new = things(), things()
    new["info"]["version"] = "2.0"
    (change,) = compare(old, new)
    assert (change.breaking, change.top, change.where) == (False, True, "`info.version`")
    assert change.what == "API version changed from `test` to `2.0`"
    assert change.why == "two versions of the API, not an update of one: check every entry below against your use"


def test_a_class_no_longer_in_the_client_is_removed_where_its_import_stands() -> None:
    old = things(("/a", "getA"), table={**THING, "Spare": {"title": "Spare", "type": "object", "properties": {}}})
    (change,) = compare(old, things(("/a", "getA")))
    assert (change.breaking, change.where, change.what, change.targets) == (
        True,
        "`Spare`",
        "class removed from the client",
        {("class", "Spare")},
    )


def test_a_class_taken_away_by_a_change_is_tied_to_it_not_listed_apart() -> None:
    table = {
        "Inner": {"title": "Inner", "type": "object", "properties": {"x": {"type": "string"}}},
        "Thing": {"title": "Thing", "type": "object", "properties": {"inner": {"$ref": "#/components/schemas/Inner"}}},
    }
    old = things(("/a", "getA"), table=table)
    new = copy.deepcopy(old)
    del schemas(new)["Inner"]
    del schemas(new)["Thing"]["properties"]["inner"]
    (change,) = compare(old, new)
    assert (change.what, change.targets) == ("property removed", {("attribute", "Thing", "inner"), ("class", "Inner")})


def test_a_renamed_class_is_not_also_removed() -> None:
    old = things(("/a", "getA"))
    new = copy.deepcopy(old)
    schemas(new)["Thing"]["title"] = "Item"
    assert entries(old, new) == [(True, "`getA` response 200", "class `Thing` renamed to `Item`")]


def test_public_classes_are_the_schemas_and_the_inline_enums() -> None:
    parameter = {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["a"]}}
    doc = things(("/a", "getA"), table={**THING, "Loose": {"type": "string"}})
    doc["paths"]["/a"]["get"]["parameters"] = [parameter]
    assert public_classes(Walker(doc)) == {"Thing", "GetAMode"}


def test_with_vanished_classes_ties_each_class_to_the_changes_that_named_it() -> None:
    first, second = Change(True, "a", "x", types={"Gone", "Kept"}), Change(True, "b", "y", types={"Gone"})
    renamer = Change(True, "c", "z", targets={("class", "Renamed")})
    result = with_vanished_classes([first, second, renamer], {"Gone", "Kept", "Renamed", "Lost"}, {"Kept"})
    assert [(c.where, c.targets) for c in result] == [
        ("a", {("class", "Gone")}),
        ("b", {("class", "Gone")}),
        ("c", {("class", "Renamed")}),
        ("`Lost`", {("class", "Lost")}),
    ]


def test_grouped_changes_count_places_and_keep_the_worst_classification() -> None:
    request = Change(False, "req", "x", "", group=("Model.a", "x"), targets={("t", "1")}, types={"A"})
    response = Change(True, "resp", "x", "why", group=("Model.a", "x"), targets={("t", "2")}, types={"B"})
    response_again = Change(True, "again", "x", "other", group=("Model.a", "x"))
    loose = [Change(False, "p", "y"), Change(False, "q", "y")]  # no group: never merged
    result = grouped([request, response, response_again, *loose])
    assert len(result) == 3
    first = result[0]
    assert (first.breaking, first.where, first.why, first.places) == (True, "resp", "why", 3)
    assert (first.targets, first.types) == ({("t", "1"), ("t", "2")}, {"A", "B"})


def test_a_group_keeps_the_first_reason_given() -> None:
    quiet = Change(False, "a", "x", "", group=("g",))
    loud = Change(False, "b", "x", "because", group=("g",))
    (change,) = grouped([quiet, loud])
    assert (change.where, change.why, change.breaking) == ("a", "because", False)
    (change,) = grouped(
        [Change(False, "a", "x", "first", group=("g",)), Change(False, "b", "x", "second", group=("g",))]
    )
    assert change.why == "first"
