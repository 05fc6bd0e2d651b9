"""Classification of one operation: its surfaces in two documents compared place by place.

Each difference becomes a `Change`: breaking or not for users of the generated client, where it is,
and which uses of the client it touches (`targets`, see scripts/changelog_targets.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from scripts import changelog_targets as touch
from scripts.changelog_facade import Method
from scripts.changelog_surface import At, Slot, Surface, Where, render_where
from scripts.changelog_targets import Target


@dataclass
class Change:
    breaking: bool
    where: str
    what: str
    why: str = ""
    group: tuple[str, ...] = ()  # the same change seen from several operations is reported once
    places: int = 1
    top: bool = False  # read before anything else: servers, API version
    targets: set[Target] = field(default_factory=set)  # the uses of the client it touches
    types: set[str] = field(default_factory=set)  # public classes the old side named there

    def markdown(self) -> str:
        text = f"- {self.where}: {self.what}"
        if self.why:
            text += f" ({self.why})"
        if self.places > 1:
            text += f"; also in {self.places - 1} other place{'s' if self.places > 2 else ''}"
        return text


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


@dataclass
class Context:
    """The operation being compared, under its old names (user code was written against them)."""

    label: str  # "`getAgents`"
    module: str  # its low-level functions: "api.agents.get_agents"
    method: Method | None = None  # its facade method
    path_parameters: list[str] = field(default_factory=list)


class Differ:
    """Compares the surfaces of one operation in two documents and collects the changes."""

    def __init__(self, context: Context, old: Surface, new: Surface) -> None:
        self.context, self.old, self.new = context, old, new
        self.changes: list[Change] = []

    def add(
        self, breaking: bool, at: At, slot: Slot, what: str, why: str = "", group: str = "",
        targets: set[Target] | None = None,
    ) -> None:  # fmt: skip
        """Record a change; `group` defaults to the class attribute, so shared models report once."""
        root, where = at
        place = f"{self.context.label} {root}" + (f" `{render_where(where)}`" if where else "")
        model = slot.owner.split(".")[0]
        if "." in slot.owner and " " not in model:
            place += f" (`{slot.owner}`)"
        types = {s.type for s in subtree(self.old, at).values() if s.named} if breaking else set()
        change = Change(breaking, place, what, why, (group or slot.owner, what), targets=targets or set())
        change.types = types
        self.changes.append(change)

    def used(self, at: At, slot: Slot) -> set[Target]:
        return touch.used(at, slot, self.context.method, self.context.path_parameters)

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
                what = f"type changed from `{before.type}` to `{after.type}`"
                group = what if before.named else ""  # one class swapped for another everywhere: once
                self.add(True, at, after, what, group=group, targets=self.used(at, before))
            else:
                if before.type != after.type:  # same shape under another public name
                    what = f"class `{before.type}` renamed to `{after.type}`"
                    targets: set[Target] = {("class", before.type)}
                    self.add(True, at, after, what, "public class name", group="rename", targets=targets)
                self.compare(at, before, after)
        return self.changes

    def presence(self, at: At, before: Slot | None, after: Slot | None) -> None:
        slot = after or before
        assert slot is not None
        if slot.kind in ("item", "value", "variant"):
            return  # reported on the parent: a type change or a union variant change
        if slot.kind == "error":
            module = f"dixa_client.{self.context.module}"
            why = f"the return type of the low-level `{module}` functions; the facade raises as before"
            self.add(False, at, slot, "error response removed" if after is None else "error response added", why)
            return
        nouns = {"parameter": "parameter", "body": "request body", "response": "success response"}
        noun = nouns.get(slot.kind, "property")
        if after is None:
            self.add(True, at, slot, f"{noun} removed", targets=self.used(at, slot))
        elif slot.kind == "response":
            self.add(False, at, slot, f"{noun} added", "the return type gains an alternative")
        elif slot.required and self.is_request(at):
            self.add(True, at, slot, f"new required {noun}", targets=touch.required(at, slot, self.context.method))
        else:
            self.add(False, at, slot, f"new optional {noun}" if self.is_request(at) else f"{noun} added")

    def compare(self, at: At, before: Slot, after: Slot) -> None:
        if before.required != after.required and before.kind in ("parameter", "body", "property"):
            if self.is_request(at) and after.required:
                self.add(True, at, after, "now required", targets=touch.required(at, after, self.context.method))
            elif self.is_request(at):
                self.add(False, at, after, "now optional")
            elif not after.required:
                targets = self.used(at, before)
                self.add(True, at, after, "no longer always present", "the attribute may be UNSET", targets=targets)
            else:
                self.add(False, at, after, "now always present")
        if after.deprecated and not before.deprecated:
            self.add(False, at, after, "deprecated", "still works; plan to stop using it")
        values = "values " + ",".join(sorted(before.values))  # one list changed everywhere it is used: once
        for value in sorted(before.values - after.values):
            targets = touch.enum_value(at, before, value, self.context.method)
            self.add(True, at, after, f"enum value `{value}` removed", group=values, targets=targets)
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
                    targets: set[Target] = {("class", old_name)}
                    self.add(True, at, after, what, "public class name", group="rename", targets=targets)
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
