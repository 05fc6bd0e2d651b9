"""`make changelog`: what changed between two Dixa documents, for users of the generated client.

Both documents are normalized first (validated, external refs refused, titles made unique), then
compared by public identity: operations by (method, path), parameters by (in, name), and every
property, list item, map value and union variant by where it sits under an operation's parameters,
request body or 2xx JSON responses, following `$ref`s. So a schema renamed upstream with the same
shape and the same class name is no change, while a rename that changes a class name is reported
as a breaking rename of a public model.

Usage: python -m scripts.changelog OLD NEW   (each a path or an http(s)/file URL; re-pinning: scripts/spec_update.py)
Exit status: 0 nothing breaking, 1 something breaking, 2 bad input.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from overrides.spec._document import Document, Node, ref_key, title_of
from scripts.fetch_spec import FetchError, download
from scripts.normalize import DocumentError, load_document, normalize
from scripts.routes import HTTP_METHODS
from scripts.verify import FIELD_PREFIX, schema_kind

# Formats that change the Python type the generator emits; others (int32/int64, double) do not.
PYTHON_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}
# Enums Dixa only documents in prose: "Possible values: [A, B, C]" (see docs, section 3).
DESCRIBED_VALUES = re.compile(r"values\s*:\s*\[([^\]]*)\]", re.IGNORECASE)

Where = tuple[str, ...]  # path below a root: ("data", "[]", "email"), ("content", "<Html>")


# --- loading -------------------------------------------------------------------------------------


def load(source: str) -> tuple[Document, str]:
    """The normalized document at a path or URL, and the sha256 of its bytes."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        raw = download(source)
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as error:
            raise DocumentError(f"cannot read {source}: {error.strerror}") from None
    return parse(raw), hashlib.sha256(raw).hexdigest()


def parse(raw: bytes) -> Document:
    with tempfile.TemporaryDirectory(prefix="dixa-changelog-") as scratch:
        path = Path(scratch) / "document.yaml"
        path.write_bytes(raw)
        return normalize(load_document(path), log=io.StringIO())


# --- the public surface of one operation ---------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """What the generated client exposes at one place: a parameter, body, property, item, variant..."""

    kind: str  # "parameter" | "body" | "response" | "property" | "item" | "value" | "variant"
    type: str  # a class name, or list, dict, object, union, enum, string, datetime, UUID, ...
    named: bool  # `type` is a public class name
    required: bool
    values: frozenset[str]
    variants: frozenset[str]
    owner: str = field(compare=False)  # "Agent.email": the class attribute holding it, to group repeats


Surface = dict[tuple[str, Where], Slot]  # (root, where) -> slot; roots: "response 200", "query parameter x"


def described_values(text: Any) -> frozenset[str]:
    found = DESCRIBED_VALUES.findall(text) if isinstance(text, str) else []
    return frozenset(value.strip() for match in found for value in match.split(",") if value.strip())


class Walker:
    """Flattens the schemas under one operation into slots, through `$ref`s, stopping at cycles."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def deref(self, node: Any) -> tuple[Node, str | None]:
        """Follow local refs; also return the component schema key the chain ended at, if any."""
        key, seen = None, set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            seen.add(node["$ref"])
            key = ref_key(node["$ref"])
            target: Any = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            node = target
        return (node if isinstance(node, dict) else {}), key

    def class_name(self, key: str | None, schema: Node) -> str | None:
        if key is None or schema_kind(schema) not in ("model", "enum"):
            return None  # unions and primitives are inlined by the generator: no public name
        return str(ClassName(title_of(key, schema), FIELD_PREFIX))

    def shallow_type(self, schema: Node) -> str:
        if "enum" in schema:
            return "enum"
        if "oneOf" in schema or "anyOf" in schema:
            return "union"
        kind = schema.get("type")
        if kind == "array":
            return "list"
        if kind == "object" or "properties" in schema or "allOf" in schema:
            extra = schema.get("additionalProperties")
            return "dict" if isinstance(extra, dict) and not schema.get("properties") else "object"
        return PYTHON_FORMATS.get(schema.get("format", ""), kind) if isinstance(kind, str) else "any"

    def properties(self, schema: Node, seen: frozenset[str] = frozenset()) -> tuple[dict[str, Any], set[str]]:
        """Own properties plus those of allOf parts (the generator merges them into one class)."""
        props, required = dict(schema.get("properties", {})), set(schema.get("required", []))
        for part in schema.get("allOf", []):
            resolved, key = self.deref(part)
            if key not in seen:
                more, more_required = self.properties(resolved, seen | {key or ""})
                props.update(more)
                required |= more_required
        return props, required

    def variant_names(self, variants: list[Any]) -> list[str]:
        names = []
        for index, variant in enumerate(variants):
            resolved, key = self.deref(variant)
            name = self.class_name(key, resolved) or self.shallow_type(resolved)
            names.append(f"{name}#{index}" if name in names else name)
        return names

    def walk(
        self, node: Any, at: tuple[str, Where], kind: str, required: bool, owner: tuple[str, Where],
        out: Surface, seen: frozenset[str] = frozenset(), prose: frozenset[str] = frozenset(),
    ) -> None:  # fmt: skip
        schema, key = self.deref(node)
        name = self.class_name(key, schema)
        variants = schema.get("oneOf") or schema.get("anyOf") or []
        names = self.variant_names(variants)
        values = frozenset(str(v) for v in schema.get("enum", []))
        items, _ = self.deref(schema.get("items"))
        if not values and "enum" not in items:  # prose lists the normalizer turned into enums count once
            values = prose | described_values(schema.get("description"))
            values |= described_values(node.get("description")) if isinstance(node, dict) else frozenset()
        out[at] = Slot(
            kind, name or self.shallow_type(schema), name is not None, required,
            values, frozenset(names), render_owner(owner),
        )  # fmt: skip
        if key is not None and key in seen:
            return  # a cycle: the slot names the class, its inside was walked further up
        seen = seen | {key} if key else seen
        base = (name, ()) if name else owner
        root, where = at

        def child(segment: str, sub: Any, sub_kind: str, sub_required: bool = True) -> None:
            sub_owner = (base[0], (*base[1], segment))
            self.walk(sub, (root, (*where, segment)), sub_kind, sub_required, sub_owner, out, seen)

        props, required_props = self.properties(schema)
        for prop, sub in props.items():
            child(prop, sub, "property", prop in required_props)
        if schema.get("type") == "array":
            child("[]", schema.get("items", {}), "item")
        if isinstance(schema.get("additionalProperties"), dict):
            child("{}", schema["additionalProperties"], "value")
        for variant_name, variant in zip(names, variants, strict=True):
            child(f"<{variant_name}>", variant, "variant")

    def surface(self, path_item: Node, operation: Node, label: str) -> Surface:
        out: Surface = {}
        parameters: dict[tuple[str, str], Node] = {}
        for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
            parameter, _ = self.deref(raw)  # operation-level parameters override path-level ones
            parameters[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
        for (where, name), parameter in sorted(parameters.items()):
            root = f"{where} parameter `{name}`"
            self.walk(
                parameter.get("schema", {}), (root, ()), "parameter", bool(parameter.get("required")),
                (f"{label} {root}", ()), out, prose=described_values(parameter.get("description")),
            )  # fmt: skip
        body, _ = self.deref(operation.get("requestBody"))
        content = body.get("content", {})
        if content:
            media = "application/json" if "application/json" in content else sorted(content)[0]
            root = "request body" if media == "application/json" else f"request body ({media})"
            schema = content[media].get("schema", {})
            self.walk(schema, (root, ()), "body", bool(body.get("required")), (f"{label} {root}", ()), out)
        for status, raw_response in sorted(operation.get("responses", {}).items()):
            response, _ = self.deref(raw_response)
            json_body = response.get("content", {}).get("application/json", {})
            if str(status).startswith("2") and "schema" in json_body:
                root = f"response {status}"
                self.walk(json_body["schema"], (root, ()), "response", True, (f"{label} {root}", ()), out)
        return out


def render_where(where: Where) -> str:
    text = ""
    for segment in where:
        text += segment if segment[0] in "[{<" else f".{segment}" if text else segment
    return text


def render_owner(owner: tuple[str, Where]) -> str:
    return f"{owner[0]}.{render_where(owner[1])}" if owner[1] else owner[0]


# --- comparing -----------------------------------------------------------------------------------


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


def is_under(key: tuple[str, Where], stopped: set[tuple[str, Where]]) -> bool:
    root, where = key
    return any((root, where[:n]) in stopped for n in range(len(where) + 1))


def subtree(surface: Surface, at: tuple[str, Where]) -> dict[Where, Slot]:
    root, where = at
    return {w[len(where) :]: s for (r, w), s in surface.items() if r == root and w[: len(where)] == where}


def same_shape(old: Surface, new: Surface, old_at: tuple[str, Where], new_at: tuple[str, Where]) -> bool:
    """Equal below `at`, whatever the classes are called: a rename (nested renames are diffed on their own)."""

    def anonymous(surface: Surface, at: tuple[str, Where]) -> dict[Where, Slot]:
        slots = subtree(surface, at)
        slots.pop((), None)  # the top's own values and variants are diffed apart
        return {where: replace(slot, type="class") if slot.named else slot for where, slot in slots.items()}

    return anonymous(old, old_at) == anonymous(new, new_at)


class Differ:
    """Compares the surfaces of one operation in two documents and collects the changes."""

    def __init__(self, label: str, old: Surface, new: Surface) -> None:
        self.label, self.old, self.new = label, old, new
        self.changes: list[Change] = []

    def add(self, breaking: bool, at: tuple[str, Where], slot: Slot, what: str, why: str = "", group: str = "") -> None:
        """Record a change; `group` defaults to the class attribute, so shared models report once."""
        root, where = at
        place = f"{self.label} {root}" + (f" `{render_where(where)}`" if where else "")
        model = slot.owner.split(".")[0]
        if "." in slot.owner and " " not in model:
            place += f" (`{slot.owner}`)"
        self.changes.append(Change(breaking, place, what, why, (group or slot.owner, what)))

    def run(self) -> list[Change]:
        stopped: set[tuple[str, Where]] = set()
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

    def presence(self, at: tuple[str, Where], before: Slot | None, after: Slot | None) -> None:
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

    def compare(self, at: tuple[str, Where], before: Slot, after: Slot) -> None:
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

    def variants(self, at: tuple[str, Where], before: Slot, after: Slot) -> None:
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

    def is_request(self, at: tuple[str, Where]) -> bool:
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


# --- output --------------------------------------------------------------------------------------


def render(changes: list[Change], old: str, new: str) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [
        "## Dixa API changes",
        "",
        f"From {old} to {new}.",
        "",
        f"**{len(breaking)} breaking, {len(other)} non-breaking** for users of the generated client.",
    ]
    for title, items in (("Breaking", breaking), ("Non-breaking", other)):
        lines += ["", f"### {title}", ""]
        lines += [c.markdown() for c in items] or ["None."]
    return "\n".join(lines) + "\n"


def describe(source: str, sha256: str) -> str:
    return f"`{source}` (sha256 `{sha256[:12]}`)"


def changelog(old_source: str, new_source: str) -> tuple[str, bool]:
    (old_doc, old_sha), (new_doc, new_sha) = load(old_source), load(new_source)
    changes = compare(old_doc, new_doc)
    text = render(changes, describe(old_source, old_sha), describe(new_source, new_sha))
    return text, any(c.breaking for c in changes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", help="the document before (path or URL)")
    parser.add_argument("new", help="the document after (path or URL)")
    args = parser.parse_args(argv)
    try:
        text, breaking = changelog(args.old, args.new)
    except (DocumentError, FetchError) as error:
        print(f"changelog: error: {error}", file=sys.stderr)
        return 2
    print(text, end="")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main())
