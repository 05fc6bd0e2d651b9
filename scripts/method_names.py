"""Facade method names (`client.agents.list`), by one rule applied to every operation of any document.

The rule (README "Method names"), per tag (the namespace):

1. The namespace's root is the shortest route whose last segment spells the tag (`/beta/agents` for
   Agents, `/beta/endusers` for End Users). On the root and on `<root>/{id}` the HTTP method names
   the operation: GET root `list` (or `get` when the root is a single resource: no `<root>/{id}` and
   a summary that does not say "list"), POST root `create`, PUT / PATCH / DELETE root `bulk_update`
   / `bulk_patch` / `bulk_delete`, GET / PUT / PATCH / DELETE `<root>/{id}` `get` / `update` /
   `patch` / `delete`.
2. Any other operation is named from its summary in snake_case, without filler words and without
   the namespace's noun (singular or plural): `List presence` -> `list_presence`; an `update` sent
   as PATCH says `patch`, a `patch` sent as PUT says `update`.
3. A route ending in `/bulk`, or a write on the root, is a bulk form: `bulk_create`,
   `bulk_<verb>...` (`POST /conversations/{id}/notes/bulk` "Add internal notes" ->
   `bulk_add_internal_notes`).
4. Names that would collide within a namespace fall back to the operationId in snake_case.

`overrides/method_names.yaml` holds the exceptions, each with its reason.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

OVERRIDES = Path(__file__).resolve().parent.parent / "overrides" / "method_names.yaml"
FILLER = frozenset({"a", "an", "the", "of", "for", "its", "by", "id", "all"})
BULK_SEGMENT = "bulk"
ITEM_VERBS = {"get": "get", "put": "update", "patch": "patch", "delete": "delete"}
ROOT_BULK_VERBS = {"put": "update", "patch": "patch", "delete": "delete"}
SEGMENT_VERBS = {"post": "create", "put": "update", "patch": "patch", "delete": "delete"}
# A summary's verb that contradicts the HTTP method it is sent with.
VERB_BY_METHOD = {("patch", "update"): "patch", ("put", "patch"): "update"}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    tag: str
    summary: str
    method: str
    path: str


@dataclass(frozen=True)
class Override:
    name: str
    reason: str


def words(text: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", spaced)]


def snake(text: str) -> str:
    name = "_".join(words(text)) or "call"
    name = f"op_{name}" if name[0].isdigit() else name
    return f"{name}_" if keyword.iskeyword(name) else name


def noun_forms(tag: str) -> list[list[str]]:
    """The namespace's noun as word lists: as written, and singular/plural of its last word."""
    tokens = words(tag)
    if not tokens:
        return []
    last = tokens[-1]
    other = last[:-1] if last.endswith("s") and len(last) > 3 else f"{last}s"
    return [tokens, [*tokens[:-1], other]]


def _without(tokens: list[str], phrases: list[list[str]]) -> list[str]:
    """`tokens` with each whole occurrence of any of `phrases` removed (longest first)."""
    ordered = sorted((p for p in phrases if p), key=len, reverse=True)
    result, i = [], 0
    while i < len(tokens):
        match = next((p for p in ordered if tokens[i : i + len(p)] == p), None)
        if match:
            i += len(match)
        else:
            result.append(tokens[i])
            i += 1
    return result


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _squash(text: str) -> str:
    return "".join(words(text))


def namespace_root(tag: str, paths: Iterable[str]) -> str | None:
    """The shortest route whose last segment spells the tag (`/beta/endusers` for End Users), if any."""
    spelled = {_squash(tag), *("".join(form) for form in noun_forms(tag))}
    candidates = [p for p in paths if _segments(p) and _squash(_segments(p)[-1]) in spelled]
    return min(candidates, key=lambda p: (len(_segments(p)), p), default=None)


def _item_of(root: str, path: str) -> bool:
    rest = _segments(path)[len(_segments(root)) :]
    return _segments(path)[: len(_segments(root))] == _segments(root) and len(rest) == 1 and _is_parameter(rest[0])


def _summary_tokens(operation: Operation) -> list[str]:
    tokens = [t for t in words(operation.summary) if t not in FILLER]
    kept = _without(tokens, noun_forms(operation.tag)) or tokens or words(operation.operation_id) or ["call"]
    verb = VERB_BY_METHOD.get((operation.method, kept[0]))
    return [verb, *kept[1:]] if verb else kept


def derived_name(operation: Operation, root: str | None, has_items: bool) -> str:
    """The rule's name for one operation; `root` is its namespace's root route, `has_items` whether
    `<root>/{id}` routes exist."""
    method, segments = operation.method.lower(), _segments(operation.path)
    if root is not None and operation.path == root:
        if method == "get":
            listing = has_items or _summary_tokens(operation)[0] == "list"
            return "list" if listing else "get"
        if method == "post":
            return "create"
        if method in ROOT_BULK_VERBS:
            return f"bulk_{ROOT_BULK_VERBS[method]}"
    if root is not None and _item_of(root, operation.path) and method in ITEM_VERBS:
        return ITEM_VERBS[method]
    tokens = _summary_tokens(operation)
    if segments and segments[-1] == BULK_SEGMENT:
        if root is not None and _segments(operation.path)[:-1] == _segments(root) and method in SEGMENT_VERBS:
            return f"bulk_{SEGMENT_VERBS[method]}"  # `POST <root>/bulk`: many of what POST <root> creates
        tokens = [BULK_SEGMENT, *(t for t in tokens if t != BULK_SEGMENT)]
    return snake(" ".join(tokens))


def load_overrides(path: Path = OVERRIDES) -> dict[str, Override]:
    """operationId -> (name, reason). Every entry must give both: an exception nobody can explain is a bug."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    overrides: dict[str, Override] = {}
    for operation_id, entry in (data or {}).items():
        if not (isinstance(entry, dict) and entry.get("name") and entry.get("reason")):
            raise ValueError(f"{path.name}: {operation_id} needs a `name` and a `reason`")
        overrides[str(operation_id)] = Override(str(entry["name"]), str(entry["reason"]))
    return overrides


def method_names(operations: Iterable[Operation], overrides: dict[str, Override] | None = None) -> dict[str, str]:
    """operationId -> method name, unique within each tag."""
    overrides = load_overrides() if overrides is None else overrides
    operations = sorted(operations, key=lambda op: (op.tag, op.operation_id))
    paths_by_tag: dict[str, set[str]] = {}
    for op in operations:
        paths_by_tag.setdefault(op.tag, set()).add(op.path)
    roots = {tag: namespace_root(tag, paths) for tag, paths in paths_by_tag.items()}
    has_items = {
        tag: root is not None and any(_item_of(root, p) for p in paths_by_tag[tag]) for tag, root in roots.items()
    }
    names = {
        op.operation_id: overrides[op.operation_id].name
        if op.operation_id in overrides
        else derived_name(op, roots[op.tag], has_items[op.tag])
        for op in operations
    }
    per_tag = Counter((op.tag, names[op.operation_id]) for op in operations)
    for op in operations:
        if per_tag[(op.tag, names[op.operation_id])] > 1 and op.operation_id not in overrides:
            names[op.operation_id] = snake(op.operation_id)
    clashes = Counter((op.tag, names[op.operation_id]) for op in operations)
    duplicated = sorted(f"{tag}.{name}" for (tag, name), n in clashes.items() if n > 1)
    if duplicated:
        raise ValueError(f"method names collide: {', '.join(duplicated)}; add entries to {OVERRIDES.name}")
    return names
