"""Record each model's `_type` tag and whether the client sends it, from titles and the document's examples.

- A union member's tag is its title, without the generic suffix (`Foo_Bar_Baz` -> `Foo`): the wire tags
  union members so, though the document declares no discriminator. It is sent when the member is sent
  as part of a union, unless the examples that reach that union never show a tag on its members
  (then it is sent as they show: untagged; `x-dixa-untagged` on the union records the evidence, else
  `x-dixa-tag-evidence` says why its members are tagged).
- A schema used on its own whose example objects carry `_type` equal to its tag gets the tag too, and
  always sends it (`x-dixa-send-tag`), with the evidence in `x-dixa-tag-evidence`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._document import Document, Node, Rule, iter_dicts, ref_key, schemas, title_of

TAG_KEY = "x-dixa-tag"
SEND_KEY = "x-dixa-send-tag"  # true: the model writes its tag itself, wherever it is sent
EVIDENCE_KEY = "x-dixa-tag-evidence"
UNTAGGED_KEY = "x-dixa-untagged"  # on a union: the evidence that its members are sent without tags
WIRE_TAG = "_type"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def wire_tag(title: str) -> str:
    """Generic instances are titled `Name_Arg1_Arg2`; Dixa's tag is the generic's own name."""
    return title.split("_", 1)[0] or title


@dataclass
class Sightings:
    """What the document's examples show at one schema node."""

    tags: Counter[str | None] = field(default_factory=Counter)  # `_type` values seen (None: no tag)
    where: list[str] = field(default_factory=list)  # the examples, first few, for the evidence


def examples(doc: Document) -> Iterator[tuple[str, Any, Any]]:
    """(where, schema, example value) for each request-body and response example."""
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            name = operation.get("operationId") or f"{method.upper()} {path}"
            bodies = [("request", (operation.get("requestBody") or {}).get("content"))]
            bodies += [
                (f"{status} response", (r or {}).get("content"))
                for status, r in (operation.get("responses") or {}).items()
            ]
            for kind, content in bodies:
                for media in (content or {}).values():
                    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
                        continue
                    values = [media["example"]] if "example" in media else []
                    values += [
                        e["value"]
                        for e in (media.get("examples") or {}).values()
                        if isinstance(e, dict) and "value" in e
                    ]
                    for value in values:
                        yield f"{name} {kind} example", media["schema"], value


class Walk:
    """Examples walked down their schemas, recording what `_type` each object node was shown with."""

    def __init__(self, doc: Document) -> None:
        self.table = schemas(doc)
        self.seen: dict[int, Sightings] = {}

    def resolve(self, schema: Node) -> tuple[str | None, Node]:
        key = ref_key(schema.get("$ref", "")) if isinstance(schema.get("$ref"), str) else None
        return key, (self.table.get(key, {}) if key else schema)

    def record(self, node: Node, value: dict[str, Any], where: str) -> None:
        sightings = self.seen.setdefault(id(node), Sightings())
        tag = value.get(WIRE_TAG)
        sightings.tags[tag if isinstance(tag, str) else None] += 1
        if len(sightings.where) < 3 and where not in sightings.where:
            sightings.where.append(where)

    def walk(self, schema: Any, value: Any, where: str, depth: int = 0) -> None:
        if not isinstance(schema, dict) or depth > 64:
            return
        key, node = self.resolve(schema)
        for part in node.get("allOf") or []:
            self.walk(part, value, where, depth + 1)
        if isinstance(value, list) and isinstance(node.get("items"), dict):
            for item in value:
                self.walk(node["items"], item, where, depth + 1)
        if not isinstance(value, dict):
            return
        self.record(node, value, where)
        members = node.get("oneOf")
        if isinstance(members, list):
            member = self.member_for(members, value)
            if member is not None:
                self.walk(member, value, where, depth + 1)
            return
        properties = node.get("properties") or {}
        extra = node.get("additionalProperties")
        for name, child in value.items():
            sub = properties.get(name, extra if isinstance(extra, dict) else None)
            self.walk(sub, child, where, depth + 1)

    def member_for(self, members: list[Any], value: dict[str, Any]) -> Any:
        """The member the value's tag names, else the first whose required keys it has."""
        objects = [(m, *self.resolve(m)) for m in members if isinstance(m, dict)]
        tag = value.get(WIRE_TAG)
        for member, key, node in objects:
            if isinstance(tag, str) and wire_tag(title_of(key or "", node)) == tag:
                return member
        for member, _key, node in objects:
            if set(node.get("required") or []) <= value.keys() and node.get("type", "object") == "object":
                return member
        return None

    def at(self, node: Node) -> Sightings:
        return self.seen.get(id(node), Sightings())


def _evidence(sightings: Sightings) -> str:
    shown = sum(sightings.tags.values())
    return f"{shown} example object(s), in: {'; '.join(sightings.where)}"


def apply(doc: Document) -> int:
    table = schemas(doc)
    walk = Walk(doc)
    for where, schema, value in examples(doc):
        walk.walk(schema, value, where)
    changed = 0
    tag_in_unions: dict[int, bool] = {}  # member node -> is any of its unions sent tagged?
    members: dict[int, tuple[str, Node]] = {}
    for union in iter_dicts(doc):
        if not isinstance(union.get("oneOf"), list):
            continue
        sightings = walk.at(union)
        untagged = bool(sightings.tags) and set(sightings.tags) == {None}
        if untagged and UNTAGGED_KEY not in union:
            union[UNTAGGED_KEY] = f"no `_type` on its members in {_evidence(sightings)}"
            changed += 1
        elif not untagged and EVIDENCE_KEY not in union:
            union[EVIDENCE_KEY] = (
                f"members sent tagged: `_type` shown in {_evidence(sightings)}"
                if sightings.tags
                else "members sent tagged: no example reaches this union, and the wire tags union members"
            )
        for member in union["oneOf"]:
            if not isinstance(member, dict):
                continue
            key = ref_key(member.get("$ref", ""))
            variant: Node | None = table.get(key) if key else member
            if variant is None or variant.get("type", "object") != "object" or "oneOf" in variant:
                continue
            members[id(variant)] = (key or "", variant)
            tag_in_unions[id(variant)] = tag_in_unions.get(id(variant), False) or not untagged
    for node_id, (key, variant) in members.items():
        title = title_of(key, variant)
        if tag_in_unions[node_id] and title and TAG_KEY not in variant:
            variant[TAG_KEY] = wire_tag(title)
            changed += 1
    for key, schema in table.items():
        if not isinstance(schema, dict) or TAG_KEY in schema or id(schema) in members:
            continue
        if WIRE_TAG in (schema.get("properties") or {}):
            continue  # declared as a property: the model reads and writes it itself
        tag = wire_tag(title_of(key, schema))
        sightings = walk.at(schema)
        if sightings.tags.get(tag) and set(sightings.tags) <= {tag, None}:
            schema[TAG_KEY] = tag
            schema[SEND_KEY] = True
            schema[EVIDENCE_KEY] = f"`_type: {tag}` shown by {_evidence(sightings)}"
            changed += 1
    return changed


RULE = Rule(
    name="wire_tags",
    reason="The wire tags objects with `_type` = their title (no discriminator declared): sent as the examples show.",
    apply=apply,
)
