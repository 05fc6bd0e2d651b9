"""scripts/changelog_facade.py on a tiny document: what user code can name, and what each name holds."""

from __future__ import annotations

from typing import Any

from scripts.changelog_facade import Facade, MethodInfo, Shape, build_facade, facade_names, namespace, python_name
from tests.conftest import ref, tiny_document

TABLE: dict[str, Any] = {
    "Agent": {
        "title": "Agent",
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "role": ref("Role"),
            "tags": {"type": "array", "items": ref("Tag")},
            "grid": {"type": "array", "items": {"type": "array", "items": ref("Tag")}},
            "either": {"oneOf": [ref("Tag"), ref("Role"), {"type": "array", "items": ref("Tag")}]},
            "plain": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "x-odd": ref("Tag"),
        },
    },
    "Tag": {"title": "Tag", "type": "object", "properties": {"name": {"type": "string"}}},
    "Role": {"title": "Role", "type": "string", "enum": ["a"]},
    "Page": {
        "title": "Page",
        "type": "object",
        "properties": {"data": {"type": "array", "items": ref("Agent")}, "meta": {"type": "object", "properties": {}}},
    },
    "Unused": {"title": "Unused", "type": "object", "properties": {}},
    "Level": {"title": "Level", "type": "string", "enum": ["x"]},
    "Plain": {"type": "string"},
}


def query(name: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}}


def path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def operation(operation_id: str, schema: dict[str, Any] | None, parameters: list[Any], tag: str, summary: str) -> Any:
    responses: dict[str, Any] = {"204": {"description": "gone"}}
    if schema is not None:
        responses = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    return {
        "operationId": operation_id,
        "tags": [tag],
        "summary": summary,
        "parameters": parameters,
        "responses": responses,
    }


PATHS = {
    "/agents": {
        "get": operation("getAgents", ref("Page"), [query("pageKey"), query("pageLimit")], "Agents", "List agents")
    },
    "/agents/{agentId}/roles/{role-id}": {
        "parameters": [path("agentId")],
        "get": operation("getAgent", ref("Agent"), [path("role-id"), query("pageKey")], "Agents", "Get agent"),
    },
    "/roles": {"delete": operation("deleteRoles", None, [], "Client", "Delete roles"), "summary": "not an operation"},
    "/levels": {"get": {**operation("getLevel", ref("Level"), [], "Levels", "Get level"), "tags": ["Levels", "Other"]}},
    "/tags": {"post": operation("postTag", ref("Tag"), [], "Tags", "Create tag")},
}
# a second success response: the result is the first one's
PATHS["/tags"]["post"]["responses"]["201"] = {
    "description": "made",
    "content": {"application/json": {"schema": ref("Agent")}},
}
FACADE = build_facade(tiny_document(TABLE, PATHS))


def test_python_names_and_namespaces_are_the_generator_s() -> None:
    assert python_name("role-id") == "role_id"
    assert python_name("agentId") == "agent_id"
    assert namespace("Agents") == "agents"
    assert namespace("Client") == "client_api"  # Dixa has a `client` attribute already


def test_facade_names_per_operation() -> None:
    assert facade_names(tiny_document(TABLE, PATHS)) == {
        "getAgents": ("agents", "list"),
        "getAgent": ("agents", "get"),
        "deleteRoles": ("client_api", "delete_roles"),
        "getLevel": ("levels", "get"),
        "postTag": ("tags", "create"),
    }


def test_each_method_knows_its_path_parameters_result_and_paging() -> None:
    assert FACADE.methods == {
        ("agents", "list"): MethodInfo("getAgents", [], Shape(frozenset({"Page"})), True),
        ("agents", "get"): MethodInfo("getAgent", ["agent_id", "role_id"], Shape(frozenset({"Agent"})), False),
        ("client_api", "delete_roles"): MethodInfo("deleteRoles", [], None, False),
        ("levels", "get"): MethodInfo("getLevel", [], Shape(frozenset({"Level"})), False),  # an enum: no inside
        ("tags", "create"): MethodInfo("postTag", [], Shape(frozenset({"Tag"})), False),
    }
    assert FACADE.namespaces == {"agents", "client_api", "levels", "tags"}


def test_a_paged_method_gives_a_pager_over_its_data_items() -> None:
    assert FACADE.result(("agents", "list")) == Shape(frozenset({"Agent"}), 1, frozenset({"Page"}))
    assert FACADE.result(("agents", "get")) == Shape(frozenset({"Agent"}))
    assert FACADE.result(("client_api", "delete_roles")) is None
    assert FACADE.result(("nowhere", "get")) is None


def test_a_pager_whose_page_has_no_list_of_data_yields_nothing_known() -> None:
    facade = Facade(
        methods={("a", "list"): MethodInfo("x", [], Shape(frozenset({"P"})), True)},
        attributes={"P": {"data": Shape(frozenset({"Item"}))}},
    )
    assert facade.result(("a", "list")) == Shape(frozenset(), 1, frozenset({"P"}))
    facade.attributes["P"] = {}  # no `data` at all
    assert facade.result(("a", "list")) == Shape(frozenset(), 1, frozenset({"P"}))


def test_class_attributes_hold_the_classes_they_may_hold() -> None:
    assert FACADE.attributes["Agent"] == {
        "role": Shape(frozenset({"Role"})),
        "tags": Shape(frozenset({"Tag"}), 1),
        "grid": Shape(frozenset({"Tag"}), 2),
        "either": Shape(frozenset({"Tag", "Role"})),  # the list member is not a class
    }
    assert FACADE.attributes["Page"] == {"data": Shape(frozenset({"Agent"}), 1), "meta": Shape(frozenset({"PageMeta"}))}
    assert FACADE.attributes["Tag"] == {}


def test_every_class_is_public_reached_or_not_and_enums_apart() -> None:
    assert FACADE.enums == {"Role", "Level"}
    assert FACADE.classes == {"Agent", "Tag", "Role", "Page", "PageMeta", "Unused", "Level"}
    assert FACADE.classes == set(FACADE.attributes) | FACADE.enums


def test_shape_items() -> None:
    assert Shape(frozenset({"A"}), 2).item() == Shape(frozenset({"A"}), 1)
    assert Shape(frozenset({"A"}), 1).item() == Shape(frozenset({"A"}))
    assert Shape(frozenset({"A"})).item() is None


def test_names_that_collide_give_no_facade_names() -> None:
    """The generator refuses such a document; the changelog compares it without facade methods."""
    paths = {
        "/a": {"get": operation("getThing", None, [], "Things", "Get thing")},
        "/b": {"get": operation("get-thing", None, [], "Things", "Get thing")},
    }
    assert facade_names(tiny_document({}, paths)) == {}
