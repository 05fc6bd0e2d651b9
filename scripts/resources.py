"""Post-process step: the resource layer (`client.agents.get(...)`) and its reference, `api.md`.

It reads what the generator wrote (each endpoint's `sync_detailed` signature and `_parse_success`
return type, through the AST), the generator's own parse of the document (bodies, parameter
descriptions and allowed values) and the normalized document (operationId, tag, summary,
description, pagination), and renders `overrides/templates/dixa/*.jinja`. Nothing here knows any
Dixa name.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts import params
from scripts.method_names import Operation, method_names
from scripts.routes import HTTP_METHODS, endpoint_modules, route

TEMPLATES = Path(__file__).resolve().parent.parent / "overrides" / "templates" / "dixa"
PAGE_KEY, PAGE_LIMIT = "pageKey", "pageLimit"
BUILTINS_USED_IN_ANNOTATIONS = frozenset({"list", "dict", "set", "str", "int", "float", "bool", "type"})
RUNTIME_NAMES = frozenset({"UNSET", "Unset", "Any"})  # the resource template imports these itself
# Attributes Dixa/AsyncDixa already have: a tag named like one gets a suffix instead of replacing it.
RUNTIME = Path(__file__).resolve().parent.parent / "overrides" / "runtime"


def _client_attributes() -> frozenset[str]:
    """Every method and `self.<name>` attribute of the runtime client classes: a tag spelled like one
    becomes `<tag>_api`, so no document can replace a client attribute with a namespace."""
    names = {"with_raw_response", "with_options", "copy"}
    for module in ("_base_client.py", "_client.py"):
        tree = ast.parse((RUNTIME / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
                names.add(node.attr)
    return frozenset(names)


# Names the resource classes' bodies use (decorators, `builtins.` annotations, the raw-response property):
# a method or namespace spelled like one would replace it for the rest of the class body.
CLASS_BODY_NAMES = frozenset({"overload", "property", "builtins", "with_raw_response", "cached_property"})
CLIENT_ATTRIBUTES = _client_attributes() | CLASS_BODY_NAMES
CALL_ARGUMENTS = frozenset({"self", "body", "timeout", "extra_headers", "extra_query", "extra_body", "options"})


def facade_method_name(name: str) -> str:
    """The naming rule's method name, with a trailing `_` where it is spelled like a class-body name."""
    return f"{name}_" if name in CLASS_BODY_NAMES else name


UUID_ANNOTATION = re.compile(r"\bUUID\b")
LIST_VERB = "list"


@dataclass
class Parameter:
    name: str  # the facade's
    annotation: str
    default: str | None
    keyword_only: bool
    key: str = ""  # the endpoint function's name for it, when the facade had to rename it

    def __post_init__(self) -> None:
        self.key = self.key or self.name


@dataclass
class Field:
    """One top-level property of an object body, offered as a keyword argument."""

    name: str  # the keyword
    wire: str  # the JSON key
    annotation: str
    required: bool
    description: str


@dataclass
class Body:
    annotation: str  # what body= accepts: the model(s) and their wire-shape TypedDicts
    required: bool
    expected: str  # the model named in errors
    json: bool  # False: multipart, the model only
    fields: list[Field] = field(default_factory=list)


@dataclass
class Method:
    name: str
    operation_id: str
    http: str  # "GET /beta/agents"
    summary: str
    deprecated: bool
    endpoint_module: str  # e.g. "agents.get_agents", under dixa_client.api
    parameters: list[Parameter]  # the facade's (a paginated method manages pageKey itself)
    all_parameters: list[Parameter]  # the endpoint's own: raw access calls one page
    returns: str
    item: str | None = None  # set for paginated operations: the type of one item
    description: str = ""
    body: Body | None = None
    uuids: list[str] = field(default_factory=list)  # parameters typed `UUID | str`, checked before sending
    unwrap: bool = False  # a non-paginated list: return `.data` of the wrapper
    raw_returns: str = ""  # what `.parse()` of the raw response gives
    docs: list[str] = field(default_factory=list)  # the `Args:` lines

    @property
    def keywords(self) -> list[Parameter]:
        return [p for p in self.parameters if p.keyword_only]

    @property
    def positionals(self) -> list[Parameter]:
        return [p for p in self.parameters if not p.keyword_only]


@dataclass
class Resource:
    tag: str
    attribute: str  # client.<attribute>
    module: str  # dixa_client.resources.<module>
    class_name: str
    methods: list[Method] = field(default_factory=list)
    imports: dict[str, str] = field(default_factory=dict)  # name -> "from X import name" line


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    return next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name)


def _imports(tree: ast.Module | ast.If, depth_shift: int) -> dict[str, str]:
    """Imported name -> an import line valid from dixa_client/resources/ (one level above api/<tag>/)."""
    lines: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If):  # `if TYPE_CHECKING:` blocks of model modules
            lines.update(_imports(node, depth_shift))
        elif isinstance(node, ast.ImportFrom):
            dots = "." * (node.level - depth_shift) if node.level else ""
            for alias in node.names:
                renamed = f" as {alias.asname}" if alias.asname else ""
                lines[alias.asname or alias.name] = f"from {dots}{node.module or ''} import {alias.name}{renamed}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                lines[alias.asname or alias.name] = f"import {alias.name}"
    return lines


def _names(annotation: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(node, ast.Name)}


def _parameters(function: ast.FunctionDef) -> list[Parameter]:
    arguments = function.args
    padding: list[ast.expr | None] = [None] * (len(arguments.args) - len(arguments.defaults))
    listed = [(a, d, False) for a, d in zip(arguments.args, padding + list(arguments.defaults), strict=True)]
    listed += [(a, d, True) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)]
    return [
        Parameter(
            name=argument.arg,
            annotation=ast.unparse(argument.annotation) if argument.annotation else "Any",
            default=ast.unparse(default) if default is not None else None,
            keyword_only=keyword_only,
        )
        for argument, default, keyword_only in listed
        if argument.arg != "client"
    ]


def _item_type(package: Path, page_class: str, imports: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    """The item type of a page model's `data: list[Item] | Unset`, with the imports it needs."""
    match = re.fullmatch(r"from \.\.models\.(\w+) import \w+", imports.get(page_class, ""))
    if match is None:
        return None
    tree = ast.parse((package / "models" / f"{match.group(1)}.py").read_text(encoding="utf-8"))
    model = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == page_class), None)
    for node in model.body if model else []:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "data":
            for part in ast.walk(node.annotation):
                if isinstance(part, ast.Subscript) and isinstance(part.value, ast.Name) and part.value.id == "list":
                    return ast.unparse(part.slice), _imports(tree, depth_shift=0)
    return None


def _endpoints(data: GeneratorData) -> dict[tuple[str, str], Endpoint]:
    found = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            found[route(str(endpoint.method), params.raw(endpoint.path))] = endpoint
    return found


def _one_line(text: object) -> str:
    return " ".join(params.raw(text).split())


def _allowed(prop: Any) -> str:
    inner = prop.inner_property if isinstance(prop, ListProperty) else prop
    if isinstance(inner, EnumProperty):
        return "One of: " + ", ".join(f"`{params.raw(value)}`" for value in inner.values.values()) + "."
    return ""


def _expected(prop: Any) -> str:
    """The body's type in words, for docs and errors: `CreateEndUserInput`, `list of X`, `A or B`."""
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        inner = _expected(prop.inner_property)
        return f"list of {inner}" if inner else ""
    if isinstance(prop, UnionProperty):
        names = [_expected(p) for p in prop.inner_properties]
        return " or ".join(n for n in names if n)
    return ""


def _body(endpoint: Endpoint, taken: set[str], imports: params.Imports, generated: str) -> Body | None:
    """The body of `endpoint`; `generated` is the endpoint function's own annotation for it."""
    if len(endpoint.bodies) != 1:
        return None
    body = endpoint.bodies[0]
    prop = body.prop
    json_body = body.body_type == "json"
    annotation = params.annotation(prop, imports) if json_body else generated.replace(" | Unset", "")
    expected = _expected(prop) or annotation
    found = Body(annotation, bool(prop.required), expected, json_body)
    if json_body and isinstance(prop, ModelProperty):
        required = prop.required_properties or []
        for member in [*required, *(prop.optional_properties or [])]:
            name = str(member.python_name)
            name = f"body_{name}" if name in taken or name in CALL_ARGUMENTS else name
            description = " ".join(filter(None, [_one_line(member.description), _allowed(member)]))
            field_annotation = params.annotation(member, imports)
            found.fields.append(Field(name, params.raw(member.name), field_annotation, member in required, description))
    return found


def _argument_docs(method: Method, endpoint: Endpoint | None) -> list[str]:
    """The `Args:` entries: each path and query parameter, each body keyword, `body`."""
    described: dict[str, str] = {}
    if endpoint is not None:
        for prop in [*endpoint.path_parameters, *endpoint.query_parameters]:
            text = " ".join(filter(None, [_one_line(prop.description), _allowed(prop)]))
            described[str(prop.python_name)] = text
    page_key = str(PythonIdentifier(PAGE_KEY, "field_"))
    if method.item and not described.get(page_key):
        described[page_key] = "The page to start from (a `pageKey` from a `meta.next` link), to resume a listing."
    lines = []
    for parameter in method.parameters:
        text = described.get(parameter.name, "")
        if parameter.name in method.uuids:
            text = f"{text} A UUID, or its string form (checked before sending).".strip()
        lines.append(f"{parameter.name}: {text or '(no description in the document)'}")
    if method.body is not None:
        for body_field in method.body.fields:
            required = "Required" if body_field.required else "Optional"
            text = f"{body_field.name}: `{body_field.wire}` of the body. {required}. {body_field.description}"
            lines.append(text.strip())
        how = " (instead of the keyword arguments)" if method.body.fields else ""
        shape = "in its wire shape (checked before sending) or as models" if method.body.json else "as a model"
        lines.append(f"body: the whole request body{how}: `{method.body.expected}`, {shape}.")
    lines.append('timeout, extra_headers, extra_query, extra_body, options: per-call settings (README "Options").')
    return lines


def _only_data(data: GeneratorData, class_name: str) -> bool:
    """Whether model `class_name` is a wrapper holding nothing but a `data` list."""
    model = next((m for m in data.models if str(m.class_info.name) == class_name), None)
    if model is None:
        return False
    members = [*(model.required_properties or []), *(model.optional_properties or [])]
    return [params.raw(m.name) for m in members] == ["data"] and isinstance(members[0], ListProperty)


def collect(package: Path, doc: dict[str, Any], data: GeneratorData) -> list[Resource]:
    operations, details = [], {}
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                tag = (op.get("tags") or ["default"])[0]
                operation = Operation(
                    op.get("operationId") or f"{method} {path}", tag, op.get("summary") or "", method, path
                )
                operations.append(operation)
                details[operation.operation_id] = op
    names = method_names(operations)
    sources = endpoint_modules(package)
    endpoints = _endpoints(data)
    resources: dict[str, Resource] = {}
    for operation in operations:
        tag_module = str(PythonIdentifier(operation.tag, "tag"))
        attribute = f"{tag_module}_api" if tag_module in CLIENT_ATTRIBUTES else tag_module
        resource = resources.setdefault(
            tag_module, Resource(operation.tag, attribute, tag_module, str(ClassName(operation.tag, "Tag")))
        )
        key = route(operation.method, operation.path)
        module_path = sources[key]
        endpoint = endpoints.get(key)
        tree = ast.parse(module_path.read_text(encoding="utf-8"))
        imports = _imports(tree, depth_shift=1)
        all_parameters = _parameters(_function(tree, "sync_detailed"))
        returns = ast.unparse(_function(tree, "_parse_success").returns or ast.Name("Any"))
        op = details[operation.operation_id]
        query = {p.get("name") for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") == "query"}
        # The endpoint's `body` argument is its request body only when it has one (else a parameter `body`).
        has_body = "requestBody" in op
        parameters = [p for p in all_parameters if not (has_body and p.name == "body")]
        for parameter in parameters:  # a document parameter spelled like a facade argument gets a `_`
            if parameter.name in CALL_ARGUMENTS:
                parameter.name = f"{parameter.name}_"
        uuids = []
        for parameter in parameters:
            if UUID_ANNOTATION.search(parameter.annotation):
                parameter.annotation = UUID_ANNOTATION.sub("UUID | str", parameter.annotation)
                uuids.append(parameter.key)
        wanted = params.Imports()
        generated_body = next((p.annotation for p in all_parameters if has_body and p.name == "body"), None)
        body = None
        if endpoint is not None and generated_body is not None:
            body = _body(endpoint, {p.name for p in parameters}, wanted, generated_body)
        if body is None and generated_body is not None:  # no parse for it: the model only
            body = Body(generated_body, "Unset" not in generated_body, generated_body, False)
        name = facade_method_name(names[operation.operation_id])
        facade = Method(
            name=name,
            operation_id=operation.operation_id,
            http=f"{operation.method.upper()} {operation.path}",
            summary=_one_line(op.get("summary") or ""),
            deprecated=bool(op.get("deprecated")),
            endpoint_module=f"{tag_module}.{module_path.stem}",
            parameters=parameters,
            all_parameters=all_parameters,
            returns=returns,
            description=str(op.get("description") or "").strip(),
            body=body,
            uuids=uuids,
            raw_returns=returns,
        )
        used = set().union(*(_names(p.annotation) for p in all_parameters), _names(returns))
        paged = _item_type(package, returns, imports) if {PAGE_KEY, PAGE_LIMIT} <= query else None
        if paged is not None:
            facade.item, item_imports = paged
            for item_name in _names(facade.item) - RUNTIME_NAMES:
                if item_name in item_imports:
                    resource.imports[item_name] = item_imports[item_name]
        elif name.split("_")[0] == LIST_VERB and _only_data(data, returns):
            unwrapped = _item_type(package, returns, imports)
            if unwrapped is not None:
                facade.unwrap = True
                facade.returns = facade.raw_returns = f"list[{unwrapped[0]}]"
                for item_name in _names(unwrapped[0]) - RUNTIME_NAMES:
                    if item_name in unwrapped[1]:
                        resource.imports[item_name] = unwrapped[1][item_name]
        facade.docs = _argument_docs(facade, endpoint)
        resource.imports.update({n: imports[n] for n in used - RUNTIME_NAMES if n in imports})
        resource.imports.update(_import_lines(wanted))
        resource.methods.append(facade)
    for resource in resources.values():
        _protect_builtins(resource)
    return sorted(resources.values(), key=lambda r: r.attribute)


def _import_lines(wanted: params.Imports) -> dict[str, str]:
    """Import lines (valid from dixa_client/resources/) for the names a body annotation uses."""
    lines = {cls: f"from ..models.{module} import {cls}" for cls, module in wanted.models.items()}
    lines.update({name: f"from ..{params.MODULE} import {name}" for name in wanted.params})
    standard = {
        "Sequence": "from collections.abc import Sequence",
        "Mapping": "from collections.abc import Mapping",
        "Literal": "from typing import Literal",
        "datetime": "import datetime",
        "UUID": "from uuid import UUID",
    }
    lines.update({name: standard[name] for name in wanted.typing if name in standard})
    return lines


def _protect_builtins(resource: Resource) -> None:
    """A method named `list` would shadow the builtin inside its class: spell annotations `builtins.list`."""
    shadowed = {m.name for m in resource.methods} & BUILTINS_USED_IN_ANNOTATIONS
    for name in shadowed:
        pattern = re.compile(rf"(?<![\w.]){name}\b")
        for method in resource.methods:
            method.returns = pattern.sub(f"builtins.{name}", method.returns)
            method.raw_returns = pattern.sub(f"builtins.{name}", method.raw_returns)
            if method.body is not None:
                method.body.annotation = pattern.sub(f"builtins.{name}", method.body.annotation)
                for body_field in method.body.fields:
                    body_field.annotation = pattern.sub(f"builtins.{name}", body_field.annotation)
            method.item = method.item and pattern.sub(f"builtins.{name}", method.item)
            for parameter in {id(p): p for p in method.parameters + method.all_parameters}.values():
                parameter.annotation = pattern.sub(f"builtins.{name}", parameter.annotation)


def render(package: Path, doc: dict[str, Any], data: GeneratorData) -> int:
    """Write dixa_client/resources/ and api.md beside the package; returns the number of methods."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    environment.filters["literal"] = lambda text: repr(str(text))
    environment.filters["docstring"] = params.docstring_text
    resources = collect(package, doc, data)
    target = package / "resources"
    target.mkdir(exist_ok=True)
    for resource in resources:
        text = environment.get_template("resource.py.jinja").render(resource=resource)
        (target / f"{resource.module}.py").write_text(text, encoding="utf-8")
    (target / "__init__.py").write_text(
        environment.get_template("resources_init.py.jinja").render(resources=resources), encoding="utf-8"
    )
    (package.parent / "api.md").write_text(
        environment.get_template("api.md.jinja").render(resources=resources), encoding="utf-8"
    )
    return sum(len(r.methods) for r in resources)
