"""Run every response example of a document through one generated package and print what it became.

Usage (in a fresh interpreter, so two packages named dixa_client never meet):
    python -m tests.models.fingerprint PACKAGE_PARENT_DIR DOCUMENT
Prints JSON: example id -> [the JSON the parsed value writes back, the wire tag of every model in it].
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import attrs
import httpx
import yaml


def tags(value: Any) -> list[str]:
    """The `_type` tag (or "-") of every model instance, depth first in attribute order."""
    found: list[str] = []
    pending = [value]
    while pending:
        node = pending.pop()
        if attrs.has(type(node)):
            found.append(getattr(type(node), "__dixa_tag__", None) or "-")
            pending.extend(getattr(node, field.name) for field in reversed(attrs.fields(type(node))))
        elif isinstance(node, list):
            pending.extend(reversed(node))
    return found


def serialize(value: Any) -> Any:
    if attrs.has(type(value)):
        return value.to_dict()
    return [serialize(item) for item in value] if isinstance(value, list) else value


def fingerprints(document: dict[str, Any]) -> dict[str, Any]:
    import importlib

    from dixa_client.client import Client
    from scripts.routes import route
    from tests.examples.endpoints import module_names

    modules = module_names()
    client = Client(base_url="https://dev.dixa.io", raise_on_unexpected_status=True)
    result = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if route(method, path) not in modules:
                continue
            module = importlib.import_module(modules[route(method, path)])
            for status, response in (operation.get("responses") or {}).items():
                media = (response.get("content") or {}).get("application/json") or {}
                examples = {"example": media["example"]} if "example" in media else {}
                examples |= {name: e["value"] for name, e in (media.get("examples") or {}).items()}
                for name, example in examples.items():
                    request = httpx.Request(method.upper(), "https://dev.dixa.io" + path)
                    response_ = httpx.Response(int(status), json=example, request=request)
                    parsed = module._parse_response(client=client, response=response_)
                    result[f"{method} {path} {status} {name}"] = [serialize(parsed), tags(parsed)]
    return result


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    document = yaml.safe_load(Path(sys.argv[2]).read_text(encoding="utf-8"))
    print(json.dumps(fingerprints(document), sort_keys=True, default=str))


if __name__ == "__main__":
    main()
