"""scripts/params.py on a tiny document: the wire shape of each model as a TypedDict that type-checks."""

from __future__ import annotations

import ast
from typing import Any

from scripts.params import generator_data, render_module

LABELS = {"$ref": "#/components/schemas/Labels"}


def tiny_document() -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Note": {
            "title": "Note",
            "type": "object",
            "required": ["message"],
            "properties": {
                "message": {"type": "string", "description": 'Said "hi" \\ twice'},
                "createdAt": {"type": "string", "format": "date-time"},
                "authorId": {"type": "string", "format": "uuid"},
                "from": {"type": "string"},
                "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
            },
            "x-dixa-tag": "Note",
        },
        "Tag": {
            "title": "Tag",
            "type": "object",
            "properties": {"name": {"type": "string", "description": 'a "b" \\ """c\x00'}},
        },
        "Labels": {"title": "Labels", "type": "object", "additionalProperties": {"type": "string"}},
    }
    operation = {
        "operationId": "postNotes",
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": LABELS}}}},
    }  # fmt: skip
    return {
        "openapi": "3.0.3",
        "info": {"title": "tiny", "version": "1"},
        "paths": {"/notes": {"post": operation}},
        "components": {"schemas": schemas},
    }


def test_models_become_typed_dicts_in_the_wire_shape() -> None:
    text = render_module(generator_data(tiny_document()))
    tree = ast.parse(text)  # valid Python whatever the descriptions hold
    assert "NoteParam = TypedDict('NoteParam', {" in text  # `from` is a keyword: functional syntax
    assert "'message': 'str'" in text and "'createdAt': 'NotRequired[str | datetime.datetime]'" in text
    assert "'authorId': 'NotRequired[str | UUID]'" in text
    assert "'tags': 'NotRequired[Sequence[TagParam | Tag]]'" in text
    assert "'_type': \"NotRequired[Literal['Note']]\"" in text  # a tagged union member may carry its tag
    assert "class TagParam(TypedDict):" in text and "    name: NotRequired[str]" in text
    assert 'LabelsParam: TypeAlias = "Mapping[str, str]"' in text
    names = {
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    assert "NoteParam" in names
    tag = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "TagParam")
    docstrings = [n.value.value for n in tag.body if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)]
    assert 'a "b" \\ """c ' in docstrings  # a NUL (which no source file may hold) became a space
