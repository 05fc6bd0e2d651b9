"""What a user's code can name in the client built from one document: facade methods and model types.

`facade_names` gives each operation's `client.<namespace>.<method>` exactly as scripts/resources.py
names it (through `scripts.method_names.method_names`). `Facade` adds what a static reader of user
code needs: each method's parameters and result type, and each model class's attributes, as sets of
possible class names (`Shape`), derived from the operations' surfaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openapi_python_client.strings import PythonIdentifier

from overrides.spec._document import Document, schemas
from scripts.changelog_surface import At, Surface, Walker
from scripts.method_names import Operation as NamedOperation
from scripts.method_names import method_names
from scripts.resources import CLIENT_ATTRIBUTES, PAGE_KEY, PAGE_LIMIT, facade_method_name
from scripts.routes import HTTP_METHODS
from scripts.verify import FIELD_PREFIX

Method = tuple[str, str]  # (namespace attribute, method name): client.agents.get


def python_name(wire: str) -> str:
    """The attribute or keyword name the generator gives a property or parameter."""
    return str(PythonIdentifier(wire, FIELD_PREFIX))


def namespace(tag: str) -> str:
    module = str(PythonIdentifier(tag, "tag"))
    return f"{module}_api" if module in CLIENT_ATTRIBUTES else module


def facade_names(doc: Document) -> dict[str, Method]:
    """operationId -> (namespace, method), as the generated `dixa_client.resources.OPERATIONS` holds."""
    named, tags = [], {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = item[method]
                tag = str((op.get("tags") or ["default"])[0])
                operation_id = str(op.get("operationId") or f"{method} {path}")
                named.append(NamedOperation(operation_id, tag, str(op.get("summary") or ""), method, path))
                tags[operation_id] = tag
    try:
        names = method_names(named)
    except ValueError:  # names that collide: the generator refuses such a document; compare without them
        return {}
    return {op_id: (namespace(tags[op_id]), facade_method_name(name)) for op_id, name in names.items()}


@dataclass(frozen=True)
class Shape:
    """What an expression may hold: one of `classes`, inside `depth` lists; a pager also has `pages`."""

    classes: frozenset[str]
    depth: int = 0
    pages: frozenset[str] = frozenset()

    def item(self) -> Shape | None:
        return Shape(self.classes, self.depth - 1) if self.depth > 0 else None


@dataclass
class MethodInfo:
    operation_id: str
    path_parameters: list[str]  # python names, in the order the facade takes them positionally
    returns: Shape | None
    paginated: bool


@dataclass
class Facade:
    methods: dict[Method, MethodInfo] = field(default_factory=dict)
    attributes: dict[str, dict[str, Shape]] = field(default_factory=dict)  # class -> attribute -> shape
    enums: set[str] = field(default_factory=set)

    @property
    def namespaces(self) -> set[str]:
        return {namespace for namespace, _ in self.methods}

    @property
    def classes(self) -> set[str]:
        return set(self.attributes) | self.enums

    def result(self, method: Method) -> Shape | None:
        """What calling the facade method gives: the response model, or a pager over its `data` items."""
        info = self.methods.get(method)
        if info is None or info.returns is None:
            return None
        if not info.paginated:
            return info.returns
        items = [self.attributes.get(cls, {}).get("data") for cls in info.returns.classes]
        item = next((shape.item() for shape in items if shape is not None and shape.depth), None)
        return Shape(item.classes if item else frozenset(), 1, info.returns.classes)


def shape_at(surface: Surface, at: At) -> Shape | None:
    slot = surface.get(at)
    if slot is None:
        return None
    root, where = at
    if slot.named:
        return Shape(frozenset({slot.type}))
    if slot.type == "list":
        inner = shape_at(surface, (root, (*where, "[]")))
        return Shape(inner.classes, inner.depth + 1) if inner else None
    if slot.type == "union":
        parts = [shape_at(surface, (root, (*where, f"<{name}>"))) for name in sorted(slot.variants)]
        classes = frozenset().union(*(p.classes for p in parts if p is not None and p.depth == 0))
        return Shape(classes) if classes else None
    return None


def build_facade(doc: Document) -> Facade:
    facade, walker, names = Facade(), Walker(doc), facade_names(doc)
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            operation_id = str(op.get("operationId") or f"{method} {path}")
            surface = walker.surface(item, op, operation_id)
            parameters = [walker.deref(p)[0] for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            query = {p.get("name") for p in parameters if p.get("in") == "query"}
            success = sorted(root for root, where in surface if not where and re.fullmatch(r"response 2\d\d", root))
            if operation_id in names:
                facade.methods[names[operation_id]] = MethodInfo(
                    operation_id,
                    [python_name(name) for name in re.findall(r"\{([^}]+)\}", path)],
                    shape_at(surface, (success[0], ())) if success else None,
                    {PAGE_KEY, PAGE_LIMIT} <= query,
                )
            for (root, where), slot in surface.items():
                if slot.named and slot.type not in facade.attributes and slot.values:
                    facade.enums.add(slot.type)
                elif slot.named:
                    facade.attributes.setdefault(slot.type, {})
                owner, _, attribute = slot.owner.partition(".")
                if attribute and re.fullmatch(r"\w+", attribute) and " " not in owner and slot.kind == "property":
                    shape = shape_at(surface, (root, where))
                    facade.attributes.setdefault(owner, {})
                    if shape is not None:
                        facade.attributes[owner][python_name(attribute)] = shape
    for key, schema in schemas(doc).items():  # classes no operation reaches are public all the same
        name = walker.class_name(key, schema)
        if name is not None and name not in facade.classes:
            if "enum" in schema:
                facade.enums.add(name)
            else:
                facade.attributes.setdefault(name, {})
    facade.enums -= set(facade.attributes)
    return facade
