"""scripts/changelog_classify.py on tiny documents: each difference's entry, classification and wording."""

from __future__ import annotations

import copy
import io
from typing import Any

from overrides.spec._document import Document, schemas
from scripts.changelog_classify import Change
from scripts.changelog_operations import compare
from scripts.normalize import normalize
from tests.conftest import ref, tiny_document

Row = tuple[bool, str, str, str]  # (breaking, where, what, why)


def changes(old: Document, new: Document) -> list[Change]:
    normalized = [normalize(copy.deepcopy(doc), log=io.StringIO()) for doc in (old, new)]
    return compare(*normalized)


def rows(old: Document, new: Document) -> set[Row]:
    return {(c.breaking, c.where, c.what, c.why) for c in changes(old, new)}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def model(title: str, properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "properties": properties,
        **({"required": [*required]} if required else {}),
    }


def document(
    table: dict[str, Any], response: dict[str, Any] | None = None, parameters: list[dict[str, Any]] | None = None,
    body: dict[str, Any] | None = None, operation_id: str = "getThing", more: dict[str, Any] | None = None,
) -> Document:  # fmt: skip
    """GET /things (tag Things) answering `response` (a schema) with 200, taking `parameters` and `body`."""
    operation: dict[str, Any] = {"operationId": operation_id, "tags": ["Things"], "responses": {}}
    if response is not None:
        operation["responses"]["200"] = {"description": "ok", **json_body(response)}
    else:
        operation["responses"]["204"] = {"description": "done"}
    if parameters is not None:
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = {"required": True, **json_body(body)}
    return tiny_document(table, {"/things": {"post" if body else "get": operation}, **(more or {})})


def query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


# --- Change.markdown -----------------------------------------------------------------------------------


def test_an_entry_reads_where_what_and_why() -> None:
    assert Change(True, "`x`", "removed").markdown() == "- `x`: removed"
    assert not Change(True, "`x`", "removed").top  # only servers and the API version are read first
    assert Change(False, "`x`", "added", "harmless").markdown() == "- `x`: added (harmless)"


def test_an_entry_seen_in_several_places_counts_the_others() -> None:
    assert Change(True, "`x`", "removed").places == 1
    assert Change(True, "`x`", "removed", places=2).markdown() == "- `x`: removed; also in 1 other place"
    assert Change(True, "`x`", "removed", places=3).markdown() == "- `x`: removed; also in 2 other places"


# --- where an entry says it is -------------------------------------------------------------------------


def test_a_class_attribute_names_its_class_and_a_parameter_does_not() -> None:
    table = {"Out": model("Out", {"a": {"type": "string"}, "b": {"type": "string"}})}
    old = document(table, ref("Out"), [query("limit", {"type": "integer"}), query("q", {"type": "string"})])
    new = document(table, ref("Out"), [query("limit", {"type": "integer"})])
    del schemas(new)["Out"]["properties"]["b"]
    assert rows(old, new) == {
        (True, "`getThing` response 200 `b` (`Out.b`)", "property removed", ""),
        (True, "`getThing` query parameter `q`", "parameter removed", ""),
    }


def test_a_removed_model_is_one_entry_not_one_per_property() -> None:
    inner = model("Inner", {"x": {"type": "string"}, "y": {"type": "string"}})
    old = document({"Inner": inner, "Out": model("Out", {"inner": ref("Inner")})}, ref("Out"))
    new = document({"Out": model("Out", {})}, ref("Out"))
    (change,) = [c for c in changes(old, new) if c.where.startswith("`getThing`")]
    assert (change.breaking, change.where, change.what) == (
        True,
        "`getThing` response 200 `inner` (`Out.inner`)",
        "property removed",
    )
    assert change.types == {"Inner"}  # the classes user code named there: their imports break too


def test_only_breaking_entries_record_the_classes_they_take_away() -> None:
    inner = model("Inner", {"x": {"type": "string"}})
    old = document({"Inner": inner, "Out": model("Out", {})}, ref("Out"))
    new = document({"Inner": inner, "Out": model("Out", {"inner": ref("Inner")})}, ref("Out"))
    (change,) = changes(old, new)
    assert (change.breaking, change.what, change.types) == (False, "property added", set())


def test_different_properties_of_different_models_are_separate_entries() -> None:
    table = {
        "A": model("A", {"x": {"type": "string"}, "gone": {"type": "string"}}),
        "B": model("B", {"y": {"type": "string"}, "gone": {"type": "string"}}),
        "Out": model("Out", {"a": ref("A"), "b": ref("B")}),
    }
    new_table = copy.deepcopy(table)
    for key in ("A", "B"):
        del new_table[key]["properties"]["gone"]
    found = changes(document(table, ref("Out")), document(new_table, ref("Out")))
    assert sorted((c.where, c.places) for c in found) == [
        ("`getThing` response 200 `a.gone` (`A.gone`)", 1),
        ("`getThing` response 200 `b.gone` (`B.gone`)", 1),
    ]


def test_a_model_shared_by_two_operations_is_reported_once_with_its_other_place() -> None:
    table = {"Out": model("Out", {"a": {"type": "string"}, "b": {"type": "string"}})}
    other = {
        "/others": {
            "get": {"operationId": "getOther", "responses": {"200": {"description": "ok", **json_body(ref("Out"))}}}
        }
    }
    old = document(table, ref("Out"), more=other)
    new = copy.deepcopy(old)
    del schemas(new)["Out"]["properties"]["b"]
    (change,) = changes(old, new)
    assert (change.what, change.places) == ("property removed", 2)


# --- presence: what appears and disappears -------------------------------------------------------------


def test_error_responses_come_and_go_without_breaking() -> None:
    table = {"Out": model("Out", {"a": {"type": "string"}}), "Problem": model("Problem", {"m": {"type": "string"}})}
    old = document(table, ref("Out"))
    new = copy.deepcopy(old)
    new["paths"]["/things"]["get"]["responses"]["404"] = {"description": "missing", **json_body(ref("Problem"))}
    why = "the return type of the low-level `dixa_client.api.things.get_thing` functions; the facade raises as before"
    assert rows(old, new) == {(False, "`getThing` response 404", "error response added", why)}
    assert rows(new, old) == {(False, "`getThing` response 404", "error response removed", why)}


def test_a_success_response_added_is_an_alternative_and_removed_breaks() -> None:
    table = {"Out": model("Out", {"a": {"type": "string"}})}
    old = document(table, ref("Out"))
    new = copy.deepcopy(old)
    new["paths"]["/things"]["get"]["responses"]["201"] = {"description": "made", **json_body(ref("Out"))}
    assert rows(old, new) == {
        (False, "`getThing` response 201", "success response added", "the return type gains an alternative")
    }
    assert rows(new, old) == {(True, "`getThing` response 201", "success response removed", "")}


def test_a_map_value_appearing_is_no_entry_of_its_own() -> None:
    old = document({"Out": model("Out", {"a": {"type": "string"}})}, ref("Out"))
    new = copy.deepcopy(old)
    schemas(new)["Out"]["additionalProperties"] = {"type": "string"}
    assert rows(old, new) == set()


def test_parameters_added_required_break_and_optional_do_not() -> None:
    old = document({}, None, [])
    new = document({}, None, [query("region", {"type": "string"}, True), query("locale", {"type": "string"})])
    assert rows(old, new) == {
        (True, "`getThing` query parameter `region`", "new required parameter", ""),
        (False, "`getThing` query parameter `locale`", "new optional parameter", ""),
    }


def test_a_new_request_body_property_optional_is_an_optional_property() -> None:
    table = {"In": model("In", {"a": {"type": "string"}})}
    old = document(table, body=ref("In"))
    new = copy.deepcopy(old)
    schemas(new)["In"]["properties"]["b"] = {"type": "string"}
    assert rows(old, new) == {(False, "`getThing` request body `b` (`In.b`)", "new optional property", "")}


def test_a_new_required_property_in_a_response_is_only_added() -> None:
    old = document({"Out": model("Out", {"a": {"type": "string"}})}, ref("Out"))
    new = copy.deepcopy(old)
    schemas(new)["Out"]["properties"]["b"] = {"type": "string"}
    schemas(new)["Out"]["required"] = ["b"]
    assert rows(old, new) == {(False, "`getThing` response 200 `b` (`Out.b`)", "property added", "")}


# --- required, deprecated, enums -----------------------------------------------------------------------


def test_a_parameter_going_required_breaks_and_going_optional_does_not() -> None:
    optional = document({}, None, [query("q", {"type": "string"})])
    required = document({}, None, [query("q", {"type": "string"}, True)])
    assert rows(optional, required) == {(True, "`getThing` query parameter `q`", "now required", "")}
    assert rows(required, optional) == {(False, "`getThing` query parameter `q`", "now optional", "")}


def test_a_request_body_going_optional_breaks_nothing() -> None:
    old = document({"In": model("In", {"a": {"type": "string"}})}, body=ref("In"))
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["requestBody"]["required"] = False
    assert rows(old, new) == {(False, "`getThing` request body", "now optional", "")}
    assert rows(new, old) == {(True, "`getThing` request body", "now required", "")}


def test_a_response_property_going_optional_may_be_unset() -> None:
    old = document({"Out": model("Out", {"a": {"type": "string"}}, required=("a",))}, ref("Out"))
    new = document({"Out": model("Out", {"a": {"type": "string"}})}, ref("Out"))
    assert rows(old, new) == {
        (True, "`getThing` response 200 `a` (`Out.a`)", "no longer always present", "the attribute may be UNSET")
    }


def test_deprecation_is_reported_once_when_it_starts() -> None:
    old = document({"Out": model("Out", {"a": {"type": "string"}})}, ref("Out"))
    new = copy.deepcopy(old)
    schemas(new)["Out"]["properties"]["a"]["deprecated"] = True
    deprecated = (False, "`getThing` response 200 `a` (`Out.a`)", "deprecated", "still works; plan to stop using it")
    assert rows(old, new) == {deprecated}
    assert rows(new, new) == set()
    assert rows(new, old) == set()  # no longer deprecated: nothing to do


def test_enum_values_added_to_a_request_need_no_reason_and_in_a_response_are_preserved() -> None:
    def values(*names: str) -> Document:  # two lists: one list changed everywhere is one entry (below)
        kind = {"title": "Kind", "type": "string", "enum": ["K", *names]}
        return document({"Kind": kind, "Out": model("Out", {"kind": ref("Kind")})}, ref("Out"),
                        [query("mode", {"type": "string", "enum": ["M", *names]})])  # fmt: skip

    assert rows(values(), values("B")) == {
        (False, "`getThing` query parameter `mode`", "enum value `B` added", ""),
        (
            False,
            "`getThing` response 200 `kind` (`Out.kind`)",
            "enum value `B` added",
            "unknown values are preserved by the client",
        ),
    }
    assert rows(values("B"), values()) == {
        (True, "`getThing` query parameter `mode`", "enum value `B` removed", ""),
        (True, "`getThing` response 200 `kind` (`Out.kind`)", "enum value `B` removed", ""),
    }


def test_one_enum_changed_where_it_is_used_twice_is_one_entry() -> None:
    def values(*names: str) -> Document:
        kind = {"title": "Kind", "type": "string", "enum": [*names]}
        return document({"Kind": kind, "Out": model("Out", {"one": ref("Kind"), "two": ref("Kind")})}, ref("Out"))

    (added,) = changes(values("A"), values("A", "B"))
    assert (added.what, added.places) == ("enum value `B` added", 2)
    (removed,) = changes(values("A", "B"), values("A"))
    assert (removed.what, removed.places, removed.breaking) == ("enum value `B` removed", 2, True)


# --- types, renames and union variants -----------------------------------------------------------------


def test_a_class_swapped_for_another_shape_everywhere_is_one_type_change() -> None:
    table = {"A": model("A", {"x": {"type": "string"}}), "B": model("B", {"y": {"type": "string"}})}
    old = document({**table, "Out": model("Out", {"one": ref("A"), "two": ref("A")})}, ref("Out"))
    new = document({**table, "Out": model("Out", {"one": ref("B"), "two": ref("B")})}, ref("Out"))
    (change,) = changes(old, new)
    assert (change.breaking, change.what, change.places) == (True, "type changed from `A` to `B`", 2)
    assert change.types == {"A"}


def test_a_class_renamed_with_its_shape_kept_is_a_rename_of_the_public_name() -> None:
    def named(title: str) -> Document:
        inner = model(title, {"x": {"type": "string"}})
        return document({"Inner": inner, "Out": model("Out", {"inner": ref("Inner")})}, ref("Out"))

    assert rows(named("Inner"), named("Renamed")) == {
        (
            True,
            "`getThing` response 200 `inner` (`Out.inner`)",
            "class `Inner` renamed to `Renamed`",
            "public class name",
        )
    }


def test_a_class_renamed_whose_inside_changed_too_is_a_type_change() -> None:
    old = document(
        {"Inner": model("Inner", {"x": {"type": "string"}}), "Out": model("Out", {"inner": ref("Inner")})}, ref("Out")
    )
    new = document(
        {"Inner": model("Other", {"x": {"type": "integer"}}), "Out": model("Out", {"inner": ref("Inner")})}, ref("Out")
    )
    assert rows(old, new) == {
        (True, "`getThing` response 200 `inner` (`Out.inner`)", "type changed from `Inner` to `Other`", "")
    }


def union(*members: dict[str, Any]) -> dict[str, Any]:
    return {"title": "U", "oneOf": [*members]}


def test_variants_of_plain_types_are_removed_and_added_never_renamed() -> None:
    old = document({"Out": model("Out", {"v": {"oneOf": [{"type": "string"}, {"type": "integer"}]}})}, ref("Out"))
    new = document({"Out": model("Out", {"v": {"oneOf": [{"type": "string"}, {"type": "boolean"}]}})}, ref("Out"))
    assert rows(old, new) == {
        (True, "`getThing` response 200 `v` (`Out.v`)", "union variant `integer` removed", ""),
        (
            False,
            "`getThing` response 200 `v` (`Out.v`)",
            "union variant `boolean` added",
            "existing variants parse as before",
        ),
    }


def test_a_union_variant_added_to_a_request_needs_no_reason() -> None:
    a, b = model("A", {"x": {"type": "string"}}), model("B", {"y": {"type": "string"}})
    old = document(
        {"A": a, "B": b, "In": model("In", {"v": {"oneOf": [ref("A"), {"type": "string"}]}})}, body=ref("In")
    )
    new = document(
        {"A": a, "B": b, "In": model("In", {"v": {"oneOf": [ref("A"), {"type": "string"}, ref("B")]}})}, body=ref("In")
    )
    assert rows(old, new) == {(False, "`getThing` request body `v` (`In.v`)", "union variant `B` added", "")}


def test_a_property_of_an_unnamed_response_object_names_no_class() -> None:
    inline = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}
    old, new = document({}, inline), document({}, copy.deepcopy(inline))
    del new["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["b"]
    assert rows(old, new) == {(True, "`getThing` response 200 `b`", "property removed", "")}


def test_an_item_type_changed_under_a_parameter_names_no_class() -> None:
    old = document({}, None, [query("ids", {"type": "array", "items": {"type": "string"}})])
    new = document({}, None, [query("ids", {"type": "array", "items": {"type": "integer"}})])
    assert rows(old, new) == {
        (True, "`getThing` query parameter `ids` `[]`", "type changed from `string` to `integer`", "")
    }


def test_a_removed_response_takes_away_the_classes_under_it_only() -> None:
    table = {
        "Z": model("Z", {"z": {"type": "string"}}),
        "In": model("In", {"a": {"type": "string"}, "z": ref("Z")}),
        "Out": model("Out", {"a": {"type": "string"}}),
    }
    old = document(table, ref("Out"), body=ref("In"))
    new = copy.deepcopy(old)
    del new["paths"]["/things"]["post"]["responses"]["200"]
    new["paths"]["/things"]["post"]["responses"]["204"] = {"description": "done"}
    (change,) = changes(old, new)
    assert (change.where, change.what, change.types) == ("`getThing` response 200", "success response removed", {"Out"})


def test_a_removed_property_takes_away_its_classes_not_those_at_the_same_place_elsewhere() -> None:
    table = {
        "X": model("X", {"z": ref("Z")}),
        "Z": model("Z", {"z": {"type": "string"}}),
        "Y": model("Y", {"y": {"type": "string"}}),
        "In": model("In", {"inner": ref("X")}),
        "Out": model("Out", {"inner": ref("Y")}),
    }
    old = document(table, ref("Out"), body=ref("In"))
    new = copy.deepcopy(old)
    del schemas(new)["Out"]["properties"]["inner"]
    (change,) = [c for c in changes(old, new) if c.what == "property removed"]
    assert change.types == {"Y"}


def test_a_union_variant_is_renamed_once_when_several_new_ones_look_like_it() -> None:
    def members(*names: str) -> dict[str, Any]:
        return {name: model(name, {"y": {"type": "string"}}) for name in names}

    a = {"A": model("A", {"x": {"type": "string"}})}
    old = document({**a, **members("B"), "Out": model("Out", {"v": union(ref("A"), ref("B"))})}, ref("Out"))
    new_union = union(ref("A"), ref("C"), ref("D"), ref("E"))
    new = document({**a, **members("C", "D", "E"), "Out": model("Out", {"v": new_union})}, ref("Out"))
    where = "`getThing` response 200 `v` (`Out.v`)"
    assert rows(old, new) == {
        (True, where, "union variant `B` renamed to `C`", "public class name"),
        (False, where, "union variant `D` added", "existing variants parse as before"),
        (False, where, "union variant `E` added", "existing variants parse as before"),
    }
