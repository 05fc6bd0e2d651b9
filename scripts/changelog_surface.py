"""The public surface of one operation, flattened: what the generated client exposes at each place.

Every parameter, request body, response, property, list item, map value and union variant under an
operation becomes a `Slot`, keyed by where it sits (`("response 200", ("data", "[]", "email"))`),
following `$ref`s and stopping at cycles. Comparing two surfaces is `scripts/changelog_classify.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, pascal_case

from overrides.spec._document import Document, Node, ref_key, title_of
from overrides.spec.unknown_variant_fallback import FALLBACK_KEY
from scripts.verify import FIELD_PREFIX, schema_kind

# Formats that change the Python type the generator emits; others (int32/int64, double) do not.
PYTHON_FORMATS = {"date-time": "datetime", "date": "date", "uuid": "UUID", "binary": "File"}
# Enums Dixa only documents in prose: "Possible values: [A, B, C]" (see docs, section 3).
DESCRIBED_VALUES = re.compile(r"values\s*:\s*\[([^\]]*)\]", re.IGNORECASE)

Where = tuple[str, ...]  # path below a root: ("data", "[]", "email"), ("content", "<Html>")
At = tuple[str, Where]  # (root, where); roots: "response 200", "query parameter `x`", "request body"


@dataclass(frozen=True)
class Slot:
    """What the generated client exposes at one place: a parameter, body, property, item, variant..."""

    kind: str  # "parameter" | "body" | "response" | "error" | "property" | "item" | "value" | "variant"
    type: str  # a class name, or list, dict, object, union, enum, string, datetime, UUID, ...
    named: bool  # `type` is a public class name
    required: bool
    values: frozenset[str]
    variants: frozenset[str]
    owner: str = field(compare=False)  # "Agent.email": the class attribute holding it, to group repeats
    deprecated: bool = field(default=False, compare=False)  # compared on its own: a rename stays a rename


Surface = dict[At, Slot]


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

    def inline_name(self, schema: Node, inline: tuple[str, str] | None) -> str | None:
        """The class the generator makes of an inline model or enum, named after where it sits."""
        kind, title = schema_kind(schema), schema.get("title")
        if inline is None or kind not in ("model", "enum"):
            return None
        if kind == "model" and isinstance(title, str):  # titled models keep their title (no path prefixes)
            return str(ClassName(title, FIELD_PREFIX))
        return str(ClassName(pascal_case(inline[0]) + pascal_case(str(title or inline[1])), FIELD_PREFIX))

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

    def sole_member(self, schema: Node) -> Any | None:
        """The one real member of a `oneOf`/`anyOf` wrapper (the fallback variant aside), if it is one.

        Such a wrapper adds or removes nothing on the wire, and the member's class is what the
        user's code names, so the walk goes straight through it.
        """
        members = schema.get("oneOf") or schema.get("anyOf") or []
        real = [m for m in members if not self.deref(m)[0].get(FALLBACK_KEY)]
        own = {"properties", "allOf", "items", "enum", "additionalProperties", "type"} & set(schema)
        return real[0] if len(real) == 1 and not own else None

    def walk(
        self, node: Any, at: At, kind: str, required: bool, owner: tuple[str, Where],
        out: Surface, seen: frozenset[str] = frozenset(), prose: frozenset[str] = frozenset(),
        deprecated: bool = False, inline: tuple[str, str] | None = None,
    ) -> None:  # fmt: skip
        """`inline`: (parent, name) the generator names an inline enum here after (`GetTemplatesType`)."""
        schema, key = self.deref(node)
        deprecated = deprecated or bool(schema.get("deprecated") or isinstance(node, dict) and node.get("deprecated"))
        member = self.sole_member(schema)
        if member is not None and key not in seen:
            seen = seen | {key} if key else seen
            self.walk(member, at, kind, required, owner, out, seen, prose, deprecated, inline)
            return
        name = self.class_name(key, schema) or self.inline_name(schema, inline)
        variants = schema.get("oneOf") or schema.get("anyOf") or []
        names = self.variant_names(variants)
        values = frozenset(str(v) for v in schema.get("enum", []))
        items, _ = self.deref(schema.get("items"))
        if not values and "enum" not in items:  # prose lists the normalizer turned into enums count once
            values = prose | described_values(schema.get("description"))
            values |= described_values(node.get("description")) if isinstance(node, dict) else frozenset()
        out[at] = Slot(
            kind, name or self.shallow_type(schema), name is not None, required,
            values, frozenset(names), render_owner(owner), deprecated,
        )  # fmt: skip
        if key is not None and key in seen:
            return  # a cycle: the slot names the class, its inside was walked further up
        seen = seen | {key} if key else seen
        base = (name, ()) if name else owner
        root, where = at

        def child(
            segment: str, sub: Any, sub_kind: str, sub_required: bool = True, named: tuple[str, str] | None = None
        ) -> None:
            sub_owner = (base[0], (*base[1], segment))
            self.walk(sub, (root, (*where, segment)), sub_kind, sub_required, sub_owner, out, seen, inline=named)

        props, required_props = self.properties(schema)
        for prop, sub in props.items():  # the generator names inline classes after their parent and place
            child(prop, sub, "property", prop in required_props, (name, prop) if name else None)
        if schema.get("type") == "array":
            child("[]", schema.get("items", {}), "item", named=(inline[0], f"{inline[1]}_item") if inline else None)
        if isinstance(schema.get("additionalProperties"), dict):
            child("{}", schema["additionalProperties"], "value")
        for index, (variant_name, variant) in enumerate(zip(names, variants, strict=True)):
            title = self.deref(variant)[0].get("title")
            subscript = title if isinstance(title, str) and title != schema.get("title") else f"type_{index}"
            named = (inline[0], f"{inline[1]}_{subscript}") if inline else None
            child(f"<{variant_name}>", variant, "variant", named=named)

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
                deprecated=bool(parameter.get("deprecated")), inline=(str(operation.get("operationId")), name),
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
            if "schema" in json_body:  # error bodies too: they are in the low-level functions' return types
                root, kind = f"response {status}", "response" if str(status).startswith("2") else "error"
                self.walk(json_body["schema"], (root, ()), kind, True, (f"{label} {root}", ()), out)
        return out


def render_where(where: Where) -> str:
    text = ""
    for segment in where:
        text += segment if segment[0] in "[{<" else f".{segment}" if text else segment
    return text


def render_owner(owner: tuple[str, Where]) -> str:
    return f"{owner[0]}.{render_where(owner[1])}" if owner[1] else owner[0]
