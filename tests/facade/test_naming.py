"""The naming rule (README "Method names"), checked on every facade method, and on a tiny document."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import yaml

from dixa_client import Dixa
from dixa_client.resources import OPERATIONS
from scripts.method_names import (
    OVERRIDES,
    Operation,
    load_overrides,
    method_names,
    namespace_root,
    noun_forms,
    words,
)
from scripts.routes import HTTP_METHODS


def document_operations(document: dict[str, Any]) -> list[Operation]:
    return [
        Operation(op["operationId"], (op.get("tags") or ["default"])[0], op.get("summary") or "", method, path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def test_every_facade_method_follows_the_rule(beta_document: Path) -> None:
    operations = document_operations(yaml.safe_load(beta_document.read_text(encoding="utf-8")))
    overridden = set(load_overrides())
    by_tag: dict[str, list[Operation]] = {}
    for operation in operations:
        by_tag.setdefault(operation.tag, []).append(operation)
    client = Dixa("key")
    for tag, members in by_tag.items():
        root = namespace_root(tag, {op.path for op in members})
        for operation in members:
            namespace, name = OPERATIONS[operation.operation_id]
            tokens = name.split("_")
            for noun in noun_forms(tag):  # no method name repeats its namespace's noun
                assert not any(tokens[i : i + len(noun)] == noun for i in range(len(tokens))), (namespace, name)
            if operation.operation_id in overridden:
                continue
            if root is not None and operation.path == root:
                expected = {"get": {"list", "get"}, "post": {"create"}, "put": {"bulk_update"},
                            "patch": {"bulk_patch"}, "delete": {"bulk_delete"}}  # fmt: skip
                assert name in expected[operation.method], (namespace, name, operation.method)
            elif root is not None and operation.path.rsplit("/", 1)[0] == root and operation.path.endswith("}"):
                item_names = {"get": "get", "put": "update", "patch": "patch", "delete": "delete"}
                assert name == item_names.get(operation.method, name), (namespace, name)
            if operation.path.endswith("/bulk"):
                assert name.startswith("bulk_"), (namespace, name)
        if root is not None and any(op.path == root and op.method == "get" for op in members):
            namespace = OPERATIONS[members[0].operation_id][0]
            assert hasattr(getattr(client, namespace), "list") or hasattr(getattr(client, namespace), "get"), namespace


def test_list_methods_return_pagers_or_lists(beta_document: Path) -> None:
    """A `list*` method returns a pager (paginated) or a list of items, never a `data`-only wrapper."""
    client = Dixa("key")
    for namespace, name in OPERATIONS.values():
        if not name.startswith("list"):
            continue
        returns = str(inspect.signature(getattr(getattr(client, namespace), name)).return_annotation)
        wrapper_only = returns.endswith("Output") and "Pager" not in returns
        if wrapper_only:
            module = __import__("dixa_client.models", fromlist=[returns])
            model = getattr(module, returns)
            fields = [f for f in model.__attrs_attrs__ if f.name != "additional_properties"]
            data_list = [f.name for f in fields] == ["data"] and "list[" in str(fields[0].type)
            assert not data_list, (namespace, name, returns)


def test_every_exception_gives_a_reason() -> None:
    entries = yaml.safe_load(OVERRIDES.read_text(encoding="utf-8"))
    assert entries and all(entry["name"] and len(entry["reason"]) > 10 for entry in entries.values())


def test_the_rule_on_a_tiny_document() -> None:
    document = {
        "paths": {
            "/v9/widgets": {
                "get": {"operationId": "a", "tags": ["Widgets"], "summary": "List widgets"},
                "post": {"operationId": "b", "tags": ["Widgets"], "summary": "Create widget"},
                "put": {"operationId": "c", "tags": ["Widgets"], "summary": "Update widgets"},
            },
            "/v9/widgets/bulk": {"post": {"operationId": "d", "tags": ["Widgets"], "summary": "Create widgets"}},
            "/v9/widgets/{widgetId}": {
                "get": {"operationId": "e", "tags": ["Widgets"], "summary": "Get widget by id"},
                "patch": {"operationId": "f", "tags": ["Widgets"], "summary": "Patch widget"},
            },
            "/v9/widgets/{widgetId}/parts": {
                "get": {"operationId": "g", "tags": ["Widgets"], "summary": "List widget parts"},
            },
            "/v9/widgets/{widgetId}/parts/bulk": {
                "post": {"operationId": "h", "tags": ["Widgets"], "summary": "Attach parts"},
            },
            "/v9/widgets/{widgetId}/notes": {
                "patch": {"operationId": "i", "tags": ["Widgets"], "summary": "Update notes"},
            },
            "/v9/company": {"get": {"operationId": "j", "tags": ["Company"], "summary": "Get company details"}},
        }
    }
    names = method_names(document_operations(document), overrides={})
    assert names == {
        "a": "list", "b": "create", "c": "bulk_update", "d": "bulk_create", "e": "get", "f": "patch",
        "g": "list_parts", "h": "bulk_attach_parts", "i": "patch_notes", "j": "get",
    }  # fmt: skip
    assert words("Get the upcomingSchedule") == ["get", "the", "upcoming", "schedule"]
