"""What an untrusted document may not do, checked before validation and before any rule runs.

Each check returns the offending places (empty when the document is fine); scripts/normalize.py
turns them into one refusal. The document chooses operations, models and their names; it does not
choose where requests go over plain HTTP, what files are read, or what text reaches a Python
identifier or a URL template unchecked.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from overrides.spec._document import Document, iter_dicts

# A path key: "/" then segments of RFC 3986 path characters or `{parameter}` templates. A quote,
# backslash, space or brace elsewhere has no meaning in a URL and would reach generated code as text.
_SEGMENT_CHARS = r"[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}"
_TEMPLATE = r"\{[A-Za-z_][A-Za-z0-9_.\-]*\}"
PATH_KEY = re.compile(rf"^/(?:(?:{_SEGMENT_CHARS}|{_TEMPLATE})*(?:/(?:{_SEGMENT_CHARS}|{_TEMPLATE})*)*)$")


def _local_refs(node: Any) -> Iterator[str]:
    for child in iter_dicts(node):
        ref = child.get("$ref")
        if isinstance(ref, str):
            yield ref


def external_refs(doc: Document) -> list[str]:
    """`$ref`s that are not `#/...` pointers into this document (remote, file, or not a string)."""
    found = []
    for child in iter_dicts(doc):
        if "$ref" in child:
            ref = child["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                found.append(repr(ref))
    return found


def _resolves(doc: Document, ref: str) -> bool:
    node: Any = doc
    for token in ref[2:].split("/"):
        key = urllib.parse.unquote(token).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return False
    return True


def dangling_refs(doc: Document) -> list[str]:
    """Local `$ref`s that point at nothing in the document (`#/components/schemas/../../etc/passwd`)."""
    return sorted({repr(ref) for ref in _local_refs(doc) if ref.startswith("#/") and not _resolves(doc, ref)})


def unsafe_servers(doc: Document) -> list[str]:
    """Server URLs the client could not safely default to: anything but a plain https://host[/path]."""
    found = []
    servers = doc.get("servers", [])
    for server in servers if isinstance(servers, list) else [servers]:
        url = server.get("url") if isinstance(server, dict) else server
        if not isinstance(url, str):
            found.append(repr(url))
            continue
        parts = urllib.parse.urlsplit(url)
        if (
            parts.scheme != "https"
            or not parts.hostname
            or "@" in parts.netloc
            or parts.query
            or parts.fragment
            or any(c in url for c in "{}\\ \"'")
        ):
            found.append(repr(url))
    return found


def malformed_path_keys(doc: Document) -> list[str]:
    """Path keys that are not URL paths made of RFC 3986 characters and `{name}` templates."""
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return []
    return [repr(key) for key in paths if not isinstance(key, str) or not PATH_KEY.match(key)]


CHECKS = (
    ("non-local $ref(s); only '#/...' refs are allowed", external_refs),
    ("$ref(s) pointing at nothing in the document", dangling_refs),
    ("server URL(s) that are not https://host (the client's default base_url: the key goes there)", unsafe_servers),
    ("path key(s) that are not URL paths", malformed_path_keys),
)
