"""Classification of whole documents: servers and API version, operations matched and compared.

Operations are matched by (method, path); one whose path changed is matched by its operationId,
or else by a path prefix that changed for several operations at once (`/v1/...` -> `/beta/...`).
Each matched pair's surfaces are compared by scripts/changelog_classify.py; the same change seen
from several operations is then reported once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from openapi_python_client.strings import PythonIdentifier

from overrides.spec._document import Document, Node, schemas
from scripts.changelog_classify import Change, Context, Differ
from scripts.changelog_facade import Method, facade_names, python_name
from scripts.changelog_surface import Walker
from scripts.changelog_targets import Target
from scripts.routes import HTTP_METHODS
from scripts.verify import FIELD_PREFIX


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: Node
    path_item: Node

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId", f"{self.method} {self.path}"))

    @property
    def label(self) -> str:
        return f"`{self.operation_id}`"

    @property
    def module(self) -> str:
        """Where the generator puts the operation's functions: api.<first tag>.<operationId>."""
        tag = (self.node.get("tags") or ["default"])[0]
        return f"api.{PythonIdentifier(str(tag), 'tag')}.{PythonIdentifier(self.operation_id, FIELD_PREFIX)}"


OperationPair = tuple[Operation | None, Operation | None]


def operations(doc: Document) -> dict[tuple[str, str], Operation]:
    found = {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found[(method, path)] = Operation(method, path, item[method], item)
    return found


def first_segment_swap(path: str, prefix: tuple[str, str]) -> str | None:
    """`/v1/agents` with ("v1", "beta") -> `/beta/agents`."""
    parts = path.split("/")
    return "/".join(["", prefix[1], *parts[2:]]) if len(parts) > 2 and parts[1] == prefix[0] else None


def paired(old: dict[tuple[str, str], Operation], new: dict[tuple[str, str], Operation]) -> list[OperationPair]:
    """Operations matched by (method, path), else by operationId, else by a prefix several paths share."""
    pairs: list[OperationPair] = [(op, new[key]) for key, op in old.items() if key in new]
    gone = {op.operation_id: op for key, op in old.items() if key not in new}
    arrived = {key: op for key, op in new.items() if key not in old}
    for key, op in list(arrived.items()):
        if op.operation_id in gone:
            pairs.append((gone.pop(op.operation_id), arrived.pop(key)))
    votes = Counter(
        (old_op.path.split("/")[1], new_op.path.split("/")[1])
        for old_op in gone.values()
        for new_op in arrived.values()
        if old_op.method == new_op.method and old_op.path.count("/") > 1
        and old_op.path.split("/")[2:] == new_op.path.split("/")[2:]
    )  # fmt: skip
    if votes and votes.most_common(1)[0][1] > 1:
        prefix = votes.most_common(1)[0][0]
        for operation_id, op in list(gone.items()):
            key = (op.method, first_segment_swap(op.path, prefix) or "")
            if key in arrived:
                pairs.append((gone.pop(operation_id), arrived.pop(key)))
    pairs += [(None, op) for op in arrived.values()] + [(op, None) for op in gone.values()]
    return sorted(pairs, key=lambda pair: [(op.path, op.method) for op in pair if op is not None][-1])


def facade_text(method: Method) -> str:
    return f"`client.{method[0]}.{method[1]}`"


def operation_changes(
    old: Operation | None, new: Operation | None, old_method: Method | None, new_method: Method | None
) -> list[Change]:
    if new is None:
        assert old is not None
        targets: set[Target] = {("module", old.module)} | ({("method", *old_method)} if old_method else set())
        return [Change(True, f"`{old.method.upper()} {old.path}` ({old.label})", "operation removed", targets=targets)]
    if old is None:
        return [Change(False, f"`{new.method.upper()} {new.path}` ({new.label})", "operation added")]
    changes = []
    if old.module != new.module:
        what = f"functions moved from `{old.module}` to `{new.module}`"
        changes.append(Change(True, new.label, what, targets={("module", old.module)}))
    if old_method and new_method and old_method != new_method:
        what = f"facade method {facade_text(old_method)} renamed to {facade_text(new_method)}"
        changes.append(Change(True, new.label, what, targets={("method", *old_method)}))
    if new.node.get("deprecated") and not old.node.get("deprecated"):
        changes.append(Change(False, new.label, "deprecated", "still works; plan to stop using it"))
    return changes


def prefix_change(old_path: str, new_path: str) -> tuple[str, str]:
    """The parts before the longest common tail of segments: (`/beta`, `/v1`) for `/beta/x` -> `/v1/x`."""
    old, new = old_path.split("/"), new_path.split("/")
    common = 0
    while common < min(len(old), len(new)) - 1 and old[-1 - common] == new[-1 - common]:
        common += 1
    return "/".join(old[: len(old) - common]) or "/", "/".join(new[: len(new) - common]) or "/"


def path_changes(moved: list[tuple[Operation, Operation]]) -> list[Change]:
    """One line per path change, or one line for a prefix that changed the same way for several."""
    by_prefix: defaultdict[tuple[str, str], list[tuple[Operation, Operation]]] = defaultdict(list)
    for old, new in moved:
        by_prefix[prefix_change(old.path, new.path)].append((old, new))
    changes = []
    for (before, after), group in by_prefix.items():
        if len(group) > 1:
            what = f"path prefix changed from `{before}` to `{after}` for {len(group)} operations"
            changes.append(Change(False, "paths", what, "same functions unless listed below"))
        else:
            (old, new), *_ = group
            changes.append(Change(False, new.label, f"path changed from `{old.path}` to `{new.path}`", "same function"))
    return changes


def server_urls(doc: Document) -> list[str]:
    return [str(server.get("url")) for server in doc.get("servers", []) if isinstance(server, dict)]


def document_changes(old: Document, new: Document) -> list[Change]:
    """What holds for every operation: where requests go, and which API the document describes."""
    changes = []
    if old.get("servers", []) != new.get("servers", []):
        before, after = server_urls(old) or ["(none)"], server_urls(new) or ["(none)"]
        what = f"servers changed from `{', '.join(before)}` to `{', '.join(after)}`"
        why = f"a client built without `base_url` now sends requests, and your API key, to `{after[0]}`"
        changes.append(Change(True, "`servers`", what, why, top=True, targets={("default_base_url",)}))
    old_version, new_version = (doc.get("info", {}).get("version") for doc in (old, new))
    if old_version != new_version:
        what = f"API version changed from `{old_version}` to `{new_version}`"
        why = "two versions of the API, not an update of one: check every entry below against your use"
        changes.append(Change(False, "`info.version`", what, why, top=True))
    return changes


def path_parameters(path: str) -> list[str]:
    return [python_name(name) for name in re.findall(r"\{([^}]+)\}", path)]


def compare(old_doc: Document, new_doc: Document) -> list[Change]:
    """Every change for users of the generated client; the same change in a shared model once."""
    old_walker, new_walker = Walker(old_doc), Walker(new_doc)
    old_names, new_names = facade_names(old_doc), facade_names(new_doc)
    changes, moved = document_changes(old_doc, new_doc), []
    for old, new in paired(operations(old_doc), operations(new_doc)):
        old_method = old_names.get(old.operation_id) if old else None
        changes += operation_changes(old, new, old_method, new_names.get(new.operation_id) if new else None)
        if old is not None and new is not None:
            moved += [(old, new)] if old.path != new.path else []
            context = Context(new.label, old.module, old_method, path_parameters(old.path))
            before = old_walker.surface(old.path_item, old.node, new.label)
            after = new_walker.surface(new.path_item, new.node, new.label)
            changes += Differ(context, before, after).run()
        elif old is not None:
            surface = old_walker.surface(old.path_item, old.node, old.label)
            changes[-1].types = {slot.type for slot in surface.values() if slot.named}
    changes += path_changes(moved)
    return with_vanished_classes(grouped(changes), public_classes(old_walker), public_classes(new_walker))


def public_classes(walker: Walker) -> set[str]:
    """Every model and enum class the client built from the walker's document exposes."""
    names = {walker.class_name(key, schema) for key, schema in schemas(walker.doc).items()}
    for op in operations(walker.doc).values():  # inline enums are named after their operation or model
        names |= {slot.type for slot in walker.surface(op.path_item, op.node, "").values() if slot.named}
    return {name for name in names if name is not None}


def with_vanished_classes(changes: list[Change], old: set[str], new: set[str]) -> list[Change]:
    """A class gone from the client is touched where its import stands: tie it to what removed it."""
    renamed = {target[1] for change in changes for target in change.targets if target[0] == "class"}
    vanished = old - new - renamed
    unexplained = set(vanished)
    for change in changes:
        found = change.types & vanished
        change.targets |= {("class", name) for name in found}
        unexplained -= found
    for name in sorted(unexplained):
        changes.append(Change(True, f"`{name}`", "class removed from the client", targets={("class", name)}))
    return changes


def grouped(changes: list[Change]) -> list[Change]:
    by_group: dict[tuple[str, ...], Change] = {}
    result = []
    for change in changes:
        first = by_group.get(change.group) if change.group else None
        if first is None:
            by_group[change.group] = change
            result.append(change)
            continue
        first.places += 1
        first.targets |= change.targets
        first.types |= change.types
        if change.breaking and not first.breaking:  # a model used in requests and responses: worst case
            first.breaking, first.where, first.why = True, change.where, change.why
        first.why = first.why or change.why
    return result
