"""Classification: what changed between two documents, and whether it breaks users of the client.

Operations are matched by (method, path), or by operationId when only the path moved; their
surfaces (`scripts/changelog_surface.py`) are compared place by place. The same change seen from
several operations (a shared model) is reported once, with how many other places see it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from openapi_python_client.strings import PythonIdentifier

from overrides.spec._document import Document, Node
from scripts.changelog_surface import At, Slot, Surface, Walker, Where, render_where
from scripts.routes import HTTP_METHODS
from scripts.verify import FIELD_PREFIX


@dataclass
class Change:
    breaking: bool
    where: str
    what: str
    why: str = ""
    group: tuple[str, ...] = ()  # the same change seen from several operations is reported once
    places: int = 1

    def markdown(self) -> str:
        text = f"- {self.where}: {self.what}"
        if self.why:
            text += f" ({self.why})"
        if self.places > 1:
            text += f"; also in {self.places - 1} other place{'s' if self.places > 2 else ''}"
        return text


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


def is_under(key: At, stopped: set[At]) -> bool:
    root, where = key
    return any((root, where[:n]) in stopped for n in range(len(where) + 1))


def subtree(surface: Surface, at: At) -> dict[Where, Slot]:
    root, where = at
    return {w[len(where) :]: s for (r, w), s in surface.items() if r == root and w[: len(where)] == where}


def same_shape(old: Surface, new: Surface, old_at: At, new_at: At) -> bool:
    """Equal below `at`, whatever the classes are called: a rename (nested renames are diffed on their own)."""

    def anonymous(surface: Surface, at: At) -> dict[Where, Slot]:
        slots = subtree(surface, at)
        slots.pop((), None)  # the top's own values and variants are diffed apart
        return {where: replace(slot, type="class") if slot.named else slot for where, slot in slots.items()}

    return anonymous(old, old_at) == anonymous(new, new_at)


class Differ:
    """Compares the surfaces of one operation in two documents and collects the changes."""

    def __init__(self, label: str, old: Surface, new: Surface) -> None:
        self.label, self.old, self.new = label, old, new
        self.changes: list[Change] = []

    def add(self, breaking: bool, at: At, slot: Slot, what: str, why: str = "", group: str = "") -> None:
        """Record a change; `group` defaults to the class attribute, so shared models report once."""
        root, where = at
        place = f"{self.label} {root}" + (f" `{render_where(where)}`" if where else "")
        model = slot.owner.split(".")[0]
        if "." in slot.owner and " " not in model:
            place += f" (`{slot.owner}`)"
        self.changes.append(Change(breaking, place, what, why, (group or slot.owner, what)))

    def run(self) -> list[Change]:
        stopped: set[At] = set()
        for at in sorted(self.old.keys() | self.new.keys()):
            if is_under(at, stopped):
                continue
            before, after = self.old.get(at), self.new.get(at)
            if before is None or after is None:
                stopped.add(at)
                self.presence(at, before, after)
            elif before.type != after.type and not (
                before.named and after.named and same_shape(self.old, self.new, at, at)
            ):
                stopped.add(at)
                self.add(True, at, after, f"type changed from `{before.type}` to `{after.type}`")
            else:
                if before.type != after.type:  # same shape under another public name
                    what = f"class `{before.type}` renamed to `{after.type}`"
                    self.add(True, at, after, what, "public class name", group="rename")
                self.compare(at, before, after)
        return self.changes

    def presence(self, at: At, before: Slot | None, after: Slot | None) -> None:
        slot = after or before
        assert slot is not None
        if slot.kind in ("item", "value", "variant"):
            return  # reported on the parent: a type change or a union variant change
        noun = {"parameter": "parameter", "body": "request body", "response": "success response"}.get(slot.kind)
        noun = noun or "property"
        if after is None:
            self.add(True, at, slot, f"{noun} removed")
        elif slot.kind == "response":
            self.add(False, at, slot, f"{noun} added", "the return type gains an alternative")
        elif slot.required and self.is_request(at):
            self.add(True, at, slot, f"new required {noun}")
        else:
            self.add(False, at, slot, f"new optional {noun}" if self.is_request(at) else f"{noun} added")

    def compare(self, at: At, before: Slot, after: Slot) -> None:
        if before.required != after.required and before.kind in ("parameter", "body", "property"):
            if self.is_request(at):
                self.add(after.required, at, after, "now required" if after.required else "now optional")
            elif not after.required:
                self.add(True, at, after, "no longer always present", "the attribute may be UNSET")
            else:
                self.add(False, at, after, "now always present")
        values = "values " + ",".join(sorted(before.values))  # one list changed everywhere it is used: once
        for value in sorted(before.values - after.values):
            self.add(True, at, after, f"enum value `{value}` removed", group=values)
        for value in sorted(after.values - before.values):
            why = "" if self.is_request(at) else "unknown values are preserved by the client"
            self.add(False, at, after, f"enum value `{value}` added", why, group=values)
        self.variants(at, before, after)

    def variants(self, at: At, before: Slot, after: Slot) -> None:
        root, where = at
        removed, added = sorted(before.variants - after.variants), sorted(after.variants - before.variants)
        for old_name in list(removed):
            for new_name in added:
                old_at, new_at = (root, (*where, f"<{old_name}>")), (root, (*where, f"<{new_name}>"))
                if self.old[old_at].named and same_shape(self.old, self.new, old_at, new_at):
                    what = f"union variant `{old_name}` renamed to `{new_name}`"
                    self.add(True, at, after, what, "public class name", group="rename")
                    removed.remove(old_name)
                    added.remove(new_name)
                    break
        union = "variants " + ",".join(sorted(before.variants))
        for name in removed:
            self.add(True, at, after, f"union variant `{name}` removed", group=union)
        for name in added:
            why = "" if self.is_request(at) else "existing variants parse as before"
            self.add(False, at, after, f"union variant `{name}` added", why, group=union)

    def is_request(self, at: At) -> bool:
        return at[0].startswith("request") or " parameter " in at[0]


def operation_changes(old: Operation | None, new: Operation | None) -> list[Change]:
    if new is None:
        assert old is not None
        return [Change(True, f"`{old.method.upper()} {old.path}` ({old.label})", "operation removed")]
    if old is None:
        return [Change(False, f"`{new.method.upper()} {new.path}` ({new.label})", "operation added")]
    changes = []
    if old.path != new.path:
        changes.append(Change(False, new.label, f"path changed from `{old.path}` to `{new.path}`", "same function"))
    if old.module != new.module:
        changes.append(Change(True, new.label, f"functions moved from `{old.module}` to `{new.module}`"))
    if new.node.get("deprecated") and not old.node.get("deprecated"):
        changes.append(Change(False, new.label, "deprecated"))
    return changes


def paired(old: dict[tuple[str, str], Operation], new: dict[tuple[str, str], Operation]) -> list[OperationPair]:
    """Operations matched by (method, path); one whose path changed but not its operationId is one."""
    gone = {op.operation_id: op for key, op in old.items() if key not in new}
    pairs: list[OperationPair] = [(op, new[key]) for key, op in old.items() if key in new]
    for key, op in new.items():
        if key not in old:
            pairs.append((gone.pop(op.operation_id, None), op))
    pairs += [(op, None) for op in gone.values()]
    return sorted(pairs, key=lambda pair: [(op.path, op.method) for op in pair if op is not None][-1])


def compare(old_doc: Document, new_doc: Document) -> list[Change]:
    """Every change for users of the generated client; the same change in a shared model once."""
    old_walker, new_walker = Walker(old_doc), Walker(new_doc)
    changes: list[Change] = []
    for old, new in paired(operations(old_doc), operations(new_doc)):
        changes += operation_changes(old, new)
        if old is not None and new is not None:
            before = old_walker.surface(old.path_item, old.node, new.label)
            after = new_walker.surface(new.path_item, new.node, new.label)
            changes += Differ(new.label, before, after).run()
    return grouped(changes)


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
        if change.breaking and not first.breaking:  # a model used in requests and responses: worst case
            first.breaking, first.where, first.why = True, change.where, change.why
        first.why = first.why or change.why
    return result
