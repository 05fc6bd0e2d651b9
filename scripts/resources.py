"""Post-process step: the resource layer (`client.agents.get(...)`) and its reference, `api.md`.

It reads what the generator wrote (each endpoint's `sync_detailed` signature and `_parse_success`
return type, through the AST) and the normalized document (operationId, tag, summary,
pagination), and renders `overrides/templates/dixa/*.jinja`. Nothing here knows any Dixa name.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts.method_names import Operation, method_names
from scripts.routes import HTTP_METHODS, endpoint_modules, route

TEMPLATES = Path(__file__).resolve().parent.parent / "overrides" / "templates" / "dixa"
PAGE_KEY, PAGE_LIMIT = "pageKey", "pageLimit"
BUILTINS_USED_IN_ANNOTATIONS = frozenset({"list", "dict", "set", "str", "int", "float", "bool", "type"})
RUNTIME_NAMES = frozenset({"UNSET", "Unset", "Any"})  # the resource template imports these itself
# Attributes Dixa/AsyncDixa already have: a tag named like one gets a suffix instead of replacing it.
CLIENT_ATTRIBUTES = frozenset(
    {"send", "close", "aclose", "base_url", "timeout", "max_retries", "with_raw_response", "with_options"}
)


@dataclass
class Parameter:
    name: str
    annotation: str
    default: str | None
    keyword_only: bool


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


def collect(package: Path, doc: dict[str, Any]) -> list[Resource]:
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
    resources: dict[str, Resource] = {}
    for operation in operations:
        tag_module = str(PythonIdentifier(operation.tag, "tag"))
        attribute = f"{tag_module}_api" if tag_module in CLIENT_ATTRIBUTES else tag_module
        resource = resources.setdefault(
            tag_module, Resource(operation.tag, attribute, tag_module, str(ClassName(operation.tag, "Tag")))
        )
        module_path = sources[route(operation.method, operation.path)]
        tree = ast.parse(module_path.read_text(encoding="utf-8"))
        imports = _imports(tree, depth_shift=1)
        parameters = _parameters(_function(tree, "sync_detailed"))
        returns = ast.unparse(_function(tree, "_parse_success").returns or ast.Name("Any"))
        op = details[operation.operation_id]
        query = {p.get("name") for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") == "query"}
        facade = Method(
            name=names[operation.operation_id],
            operation_id=operation.operation_id,
            http=f"{operation.method.upper()} {operation.path}",
            summary=(op.get("summary") or "").strip(),
            deprecated=bool(op.get("deprecated")),
            endpoint_module=f"{tag_module}.{module_path.stem}",
            parameters=parameters,
            all_parameters=parameters,
            returns=returns,
        )
        used = set().union(*(_names(p.annotation) for p in parameters), _names(returns))
        paged = _item_type(package, returns, imports) if {PAGE_KEY, PAGE_LIMIT} <= query else None
        if paged is not None:
            facade.item, item_imports = paged
            facade.parameters = [p for p in parameters if p.name != str(PythonIdentifier(PAGE_KEY, "field_"))]
            for name in _names(facade.item) - RUNTIME_NAMES:
                if name in item_imports:
                    resource.imports[name] = item_imports[name]
        resource.imports.update({name: imports[name] for name in used - RUNTIME_NAMES if name in imports})
        resource.methods.append(facade)
    for resource in resources.values():
        _protect_builtins(resource)
    return sorted(resources.values(), key=lambda r: r.attribute)


def _protect_builtins(resource: Resource) -> None:
    """A method named `list` would shadow the builtin inside its class: spell annotations `builtins.list`."""
    shadowed = {m.name for m in resource.methods} & BUILTINS_USED_IN_ANNOTATIONS
    for name in shadowed:
        pattern = re.compile(rf"(?<![\w.]){name}\b")
        for method in resource.methods:
            method.returns = pattern.sub(f"builtins.{name}", method.returns)
            method.item = method.item and pattern.sub(f"builtins.{name}", method.item)
            for parameter in {id(p): p for p in method.parameters + method.all_parameters}.values():
                parameter.annotation = pattern.sub(f"builtins.{name}", parameter.annotation)


def render(package: Path, doc: dict[str, Any]) -> int:
    """Write dixa_client/resources/ and api.md beside the package; returns the number of methods."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    environment.filters["literal"] = lambda text: repr(str(text))
    environment.filters["docstring"] = lambda text: str(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    resources = collect(package, doc)
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
