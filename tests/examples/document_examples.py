"""Every example in the raw Dixa document: request bodies and responses of every status code.

Read once per session from the pinned, git-ignored copy of API_VERSION (fetched and verified against
its lock when absent; see tests/conftest.py), at collection time, so that each example becomes one
parametrized test case.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

import yaml

from tests.conftest import pinned_document_path

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
DEFAULT_NAME = "default"  # the id part of a media type's single `example`


@dataclass(frozen=True)
class Example:
    """One literal example, and where in the document it sits."""

    operation_id: str
    method: str
    path: str
    kind: Literal["request", "response"]
    status: int | None  # the response status code; None for a request body
    media_type: str
    name: str  # the key under `examples`, or DEFAULT_NAME for `example`
    value: Any

    @property
    def test_id(self) -> str:
        where = "request" if self.status is None else str(self.status)
        return f"{self.operation_id}-{where}-{slug(self.name)}"

    @property
    def label(self) -> str:
        """Where to find it in the document, for failure messages."""
        where = "request body" if self.status is None else f"{self.status} response"
        return (
            f"{self.operation_id} ({self.method.upper()} {self.path}) {where} {self.media_type} example {self.name!r}"
        )


def _string_timestamp_loader(safe_loader: type[Any]) -> type[Any]:
    """A safe loader under which an unquoted timestamp stays the string the server would send."""
    loader: type[Any] = type("StringTimestampLoader", (safe_loader,), {})
    loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
    return loader


# libyaml parses the ~0.5 MB document in a fraction of the pure-Python loader's time.
_LOADER = _string_timestamp_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def slug(name: str) -> str:
    """A shell-friendly test id part: runs of anything but letters and digits become one hyphen."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-") or "unnamed"


@functools.cache
def load_document() -> dict[str, Any]:
    with pinned_document_path().open("rb") as stream:
        document: dict[str, Any] = yaml.load(stream, Loader=_LOADER)
    return document


def media_examples(content: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(media type, name, value) for each `example` and `examples.<name>.value` of a content map."""
    found = []
    for media_type, media in content.items():
        if "example" in media:
            found.append((media_type, DEFAULT_NAME, media["example"]))
        for name, named in media.get("examples", {}).items():
            found.append((media_type, name, named["value"]))
    return found


def operation_examples(method: str, path: str, operation: dict[str, Any]) -> list[Example]:
    operation_id = operation.get("operationId", f"{method}-{path}")
    found = [
        Example(operation_id, method, path, "request", None, media_type, name, value)
        for media_type, name, value in media_examples(operation.get("requestBody", {}).get("content", {}))
    ]
    for status, response in operation.get("responses", {}).items():
        for media_type, name, value in media_examples(response.get("content", {})):
            found.append(Example(operation_id, method, path, "response", int(status), media_type, name, value))
    return found


@functools.cache
def collect_examples() -> tuple[Example, ...]:
    """Every request-body and response example of every operation, in document order."""
    found: list[Example] = []
    for path, item in load_document().get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                found.extend(operation_examples(method, path, item[method]))
    return tuple(found)
