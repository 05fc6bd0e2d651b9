"""The scanner of one module of user code: statements in order, what each name evidently holds, and
each use of the client it meets (a `Use`). Directories and vendored copies: scripts/usage.py."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from scripts.changelog_facade import Facade, Shape

CLIENTS = frozenset({"Dixa", "AsyncDixa"})


@dataclass(frozen=True)
class Arguments:
    """What a call passes, as far as the source shows."""

    keywords: frozenset[str] = frozenset()
    positional: int = 0
    dynamic: bool = False  # `*args` / `**kwargs` / `{**other}`: what is passed is not visible
    literals: frozenset[tuple[str, str]] = frozenset()  # (keyword, string value)
    body: str = "absent"  # the `body=` argument: "absent" | "mapping" | "model" | "other"
    body_keys: frozenset[str] = frozenset()  # the keys of a `body=` mapping literal


@dataclass(frozen=True)
class Use:
    """One place in the user's code that uses the client."""

    path: str  # relative to the scanned directory
    line: int
    kind: str  # "call" | "class" | "module" | "attribute" | "constructor" | "enum_member" | "enum_call" | "client"
    name: tuple[str, ...]  # ("agents", "get"), ("Agent",), ("api.agents.get_agents",), ("Agent", "email")
    code: str  # the source text, shortened
    arguments: Arguments = field(default_factory=Arguments)


@dataclass(frozen=True)
class Binding:
    """What a name evidently holds."""

    kind: str  # "client" | "client_class" | "namespace" | "raw_namespace" | "class" | "module" | "value"
    name: str = ""  # namespace, class or module name
    shape: Shape | None = None


@dataclass
class Scope:
    names: dict[str, Binding] = field(default_factory=dict)
    parent: Scope | None = None
    holds_self: bool = False  # a class body: where `self.<name>` bindings live, shared by its methods

    def for_self(self) -> Scope:
        scope: Scope = self
        while not scope.holds_self and scope.parent is not None:
            scope = scope.parent
        return scope

    def get(self, name: str) -> Binding | None:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        return None


class ModuleScanner:
    """Walks one module's statements in order, tracking what each name evidently holds."""

    def __init__(self, facade: Facade, packages: frozenset[str], path: str, source: str) -> None:
        self.facade, self.packages, self.path, self.source = facade, packages, path, source
        self.uses: list[Use] = []
        self.scope = Scope()
        self.deferred: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, Scope]] = []

    def run(self, tree: ast.Module) -> list[Use]:
        """The module's statements, then its function bodies (they run once the module's names are bound)."""
        self.statements(tree.body)
        while self.deferred:
            node, scope = self.deferred.pop(0)
            outer, self.scope = self.scope, scope
            self.body(node)
            self.scope = outer
        return self.uses

    # --- recording -------------------------------------------------------------------------------

    def record(self, node: ast.AST, kind: str, name: tuple[str, ...], arguments: Arguments | None = None) -> None:
        code = (ast.get_source_segment(self.source, node) or "").split("\n")[0].strip()
        code = code if len(code) <= 80 else code[:77] + "..."
        self.uses.append(Use(self.path, getattr(node, "lineno", 0), kind, name, code, arguments or Arguments()))

    def bind(self, target: ast.expr, binding: Binding | None) -> None:
        key = self.key(target)
        if key is not None:
            scope = self.scope.for_self() if key.startswith("self.") else self.scope
            scope.names[key] = binding or Binding("unknown")  # unknown shadows an outer binding of the name
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self.bind(element, None)
        else:
            self.expr(target)

    def key(self, target: ast.expr) -> str | None:
        """`client` or `self.client`: the names bindings are kept under."""
        if isinstance(target, ast.Name):
            return target.id
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
            return f"self.{target.attr}"
        return None

    # --- imports ---------------------------------------------------------------------------------

    def module_of(self, dotted: str) -> str | None:
        """`dixa_client.api.agents` -> `api.agents`; "" for the package itself; None when not the client."""
        root, _, rest = dotted.partition(".")
        return rest if root in self.packages else None

    def imported(self, node: ast.AST, module: str, name: str) -> Binding | None:
        """What `from <package>.<module> import <name>` binds (and the use it makes)."""
        full = f"{module}.{name}" if module else name
        if not module and name in CLIENTS:
            return Binding("client_class", name)
        if module.startswith("api.") or full.startswith("api.") or full in ("api", "models"):
            if full.count(".") >= 2 and full.startswith("api."):
                self.record(node, "module", (".".join(full.split(".")[:3]),))
            return Binding("module", full)
        if module == "models" or module.startswith("models."):
            if name in self.facade.classes or name[:1].isupper():
                self.record(node, "class", (name,))
                return Binding("class", name)
        return None

    def import_from(self, node: ast.ImportFrom) -> None:
        module = self.module_of(node.module or "") if node.level == 0 else None
        for alias in node.names:
            binding = self.imported(node, module, alias.name) if module is not None else None
            target = alias.asname or alias.name
            self.scope.names[target] = binding or Binding("unknown")

    def import_(self, node: ast.Import) -> None:
        for alias in node.names:
            module = self.module_of(alias.name)
            if module is None:
                continue
            if module.startswith("api.") and module.count(".") >= 2:
                self.record(node, "module", (".".join(module.split(".")[:3]),))
            if alias.asname:
                self.scope.names[alias.asname] = Binding("module", module)
            else:
                self.scope.names[alias.name.split(".")[0]] = Binding("module", "")

    # --- expressions -----------------------------------------------------------------------------

    def annotation(self, node: ast.expr | None) -> Binding | None:
        """What an annotation says a name holds: `Dixa`, `Agent`, `list[Agent]`, `Agent | None`."""
        if node is None:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                return self.annotation(ast.parse(node.value, mode="eval").body)
            except SyntaxError:
                return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            parts = [self.annotation(node.left), self.annotation(node.right)]
            return next((p for p in parts if p is not None), None)
        if isinstance(node, ast.Subscript):
            inner = self.annotation(node.slice)
            if inner is not None and inner.kind == "value" and inner.shape is not None:
                container = ast.unparse(node.value).split(".")[-1].lower()
                if container in ("list", "sequence", "iterable", "iterator", "tuple", "set"):
                    return Binding("value", shape=Shape(inner.shape.classes, inner.shape.depth + 1))
                if container == "optional":
                    return inner
            return None
        found = self.static(node)
        if found is not None and found.kind == "class":
            return Binding("value", shape=Shape(frozenset({found.name})))
        if found is not None and found.kind == "client_class":
            return Binding("client")
        return None

    def static(self, node: ast.expr) -> Binding | None:
        """What a name or dotted name refers to, without recording a use (annotations, isinstance)."""
        if isinstance(node, ast.Name):
            return self.scope.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.static(node.value)
            if base is not None and base.kind == "module":
                return self.member(base, node.attr)
        return None

    def member(self, module: Binding, attr: str) -> Binding | None:
        full = f"{module.name}.{attr}" if module.name else attr
        if not module.name and attr in CLIENTS:
            return Binding("client_class", attr)
        if full in ("models", "api") or full.startswith("api.") or full.startswith("models."):
            return Binding("module", full) if not attr[:1].isupper() else Binding("class", attr)
        if module.name == "models" or module.name.startswith("models."):
            return Binding("class", attr)
        return None

    def expr(self, node: ast.expr | None) -> Binding | None:  # one dispatch over node types
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self.scope.get(node.id)
        if isinstance(node, ast.Attribute):
            key = self.key(node)
            held = self.scope.get(key) if key is not None and key.startswith("self.") else None
            return held if held is not None else self.attribute(node, self.expr(node.value))
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Await):
            return self.expr(node.value)
        if isinstance(node, ast.Subscript):
            base = self.expr(node.value)
            self.expr(node.slice)
            return item_of(base)
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            return self.comprehension(node)
        if isinstance(node, ast.NamedExpr):
            value = self.expr(node.value)
            self.bind(node.target, value)
            return value
        if isinstance(node, ast.Lambda):
            return None  # its body runs with unknown arguments
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.expr(child)
        return None

    def attribute(self, node: ast.Attribute, base: Binding | None) -> Binding | None:
        if base is None:
            return None
        if base.kind == "client" and node.attr in self.facade.namespaces:
            return Binding("namespace", node.attr)
        if base.kind == "namespace" and node.attr == "with_raw_response":
            return Binding("raw_namespace", base.name)
        if base.kind == "module":
            found = self.member(base, node.attr)
            if found is not None and found.kind == "class":
                self.record(node, "class", (node.attr,))
            elif found is not None and found.kind == "module" and found.name.count(".") >= 2:
                self.record(node, "module", (".".join(found.name.split(".")[:3]),))
            return found
        if base.kind == "class" and base.name in self.facade.enums:
            self.record(node, "enum_member", (base.name, node.attr))
            return None
        if base.kind == "value" and base.shape is not None and base.shape.depth == 0:
            shapes = []
            for cls in sorted(base.shape.classes):
                self.record(node, "attribute", (cls, node.attr))
                shape = self.facade.attributes.get(cls, {}).get(node.attr)
                shapes += [shape] if shape is not None else []
            return merged(shapes)
        return None

    def call(self, node: ast.Call) -> Binding | None:
        func = node.func
        target = self.expr(func.value) if isinstance(func, ast.Attribute) else None
        callee = self.attribute(func, target) if isinstance(func, ast.Attribute) else self.expr(func)
        for argument in node.args:
            self.expr(argument.value if isinstance(argument, ast.Starred) else argument)
        body_binding = None
        for keyword in node.keywords:
            value = self.expr(keyword.value)
            body_binding = value if keyword.arg == "body" else body_binding
        arguments = call_arguments(node, body_binding)
        if isinstance(func, ast.Attribute) and target is not None and target.kind in ("namespace", "raw_namespace"):
            method = (target.name, func.attr)
            if method in self.facade.methods:
                self.record(node, "call", method, arguments)
                return Binding("value", shape=self.facade.result(method)) if target.kind == "namespace" else None
        if isinstance(func, ast.Attribute) and func.attr == "pages" and target is not None and target.shape is not None:
            pages = target.shape.pages
            return Binding("value", shape=Shape(pages, 1)) if pages else None
        if callee is None:
            return None
        if callee.kind == "client_class":
            self.record(node, "client", (callee.name,), arguments)
            return Binding("client")
        if callee.kind == "class" and callee.name in self.facade.enums:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self.record(node, "enum_call", (callee.name, first.value))
            return None
        if callee.kind == "class":
            self.record(node, "constructor", (callee.name,), arguments)
            return Binding("value", shape=Shape(frozenset({callee.name})))
        return None

    def comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> Binding | None:
        outer, self.scope = self.scope, Scope(parent=self.scope)
        try:
            for generator in node.generators:
                self.bind(generator.target, item_of(self.expr(generator.iter)))
                for condition in generator.ifs:
                    self.narrow(condition)
                    self.expr(condition)
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            results = [self.expr(part) for part in parts]
        finally:
            self.scope = outer
        element = results[-1]
        if isinstance(node, ast.ListComp) and element is not None and element.kind == "value" and element.shape:
            return Binding("value", shape=Shape(element.shape.classes, element.shape.depth + 1))
        return None

    # --- statements ------------------------------------------------------------------------------

    def narrow(self, test: ast.expr) -> None:
        """`isinstance(x, Agent)`: within the branch, `x` is an Agent."""
        if isinstance(test, ast.BoolOp):
            for value in test.values:
                self.narrow(value)
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"):
            return
        if len(test.args) == 2 and self.key(test.args[0]) is not None:
            kinds = test.args[1].elts if isinstance(test.args[1], ast.Tuple) else [test.args[1]]
            classes = [self.static(kind) for kind in kinds]
            names = frozenset(c.name for c in classes if c is not None and c.kind == "class")
            if names:
                self.scope.names[str(self.key(test.args[0]))] = Binding("value", shape=Shape(names))

    def statements(self, body: list[ast.stmt]) -> None:
        for statement in body:
            self.statement(statement)

    def statement(self, node: ast.stmt) -> None:  # one dispatch over statement types
        if isinstance(node, ast.ImportFrom):
            self.import_from(node)
        elif isinstance(node, ast.Import):
            self.import_(node)
        elif isinstance(node, ast.Assign):
            value = self.expr(node.value)
            for target in node.targets:
                self.bind(target, value)
        elif isinstance(node, ast.AnnAssign):
            value = self.expr(node.value)
            self.bind(node.target, self.annotation(node.annotation) or value)
        elif isinstance(node, ast.For | ast.AsyncFor):
            self.bind(node.target, item_of(self.expr(node.iter)))
            self.statements(node.body)
            self.statements(node.orelse)
        elif isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                value = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    self.bind(item.optional_vars, value)  # Dixa and AsyncDixa enter as themselves
            self.statements(node.body)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            self.function(node)
        elif isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:
                self.expr(decorator)
            outer, self.scope = self.scope, Scope(parent=self.scope, holds_self=True)
            self.statements(node.body)  # methods share the class scope: `self.client` set in __init__
            self.scope = outer
            self.scope.names[node.name] = Binding("unknown")
        elif isinstance(node, ast.If | ast.While):
            self.expr(node.test)
            outer, self.scope = self.scope, Scope(parent=self.scope)
            self.narrow(node.test)
            self.statements(node.body)
            self.scope = outer
            self.statements(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse, node.finalbody):
                self.statements(block)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.expr(child)
                elif isinstance(child, ast.stmt):
                    self.statement(child)
                elif isinstance(child, ast.match_case):
                    self.statements(child.body)

    def function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.expr(decorator)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            self.expr(default)
        self.deferred.append((node, self.scope))
        self.scope.names[node.name] = Binding("unknown")

    def body(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope = Scope(parent=self.scope)
        arguments = node.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
            self.scope.names[argument.arg] = self.annotation(argument.annotation) or Binding("unknown")
        self.statements(node.body)


def merged(shapes: list[Shape]) -> Binding | None:
    if not shapes:
        return None
    depth = shapes[0].depth
    classes = frozenset().union(*(s.classes for s in shapes if s.depth == depth))
    return Binding("value", shape=Shape(classes, depth, shapes[0].pages))


def item_of(binding: Binding | None) -> Binding | None:
    """What iterating gives: a list's items, a pager's items."""
    if binding is None or binding.shape is None or binding.kind != "value":
        return None
    item = binding.shape.item()
    return Binding("value", shape=item) if item is not None and item.classes else None


def call_arguments(node: ast.Call, body: Binding | None) -> Arguments:
    keywords = frozenset(k.arg for k in node.keywords if k.arg is not None)
    dynamic = any(k.arg is None for k in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args)
    literals = frozenset(
        (k.arg, k.value.value)
        for k in node.keywords
        if k.arg is not None and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)
    )
    body_node = next((k.value for k in node.keywords if k.arg == "body"), None)
    if body_node is None:
        kind, keys = "absent", frozenset[str]()
    elif isinstance(body_node, ast.Dict):
        kind = "mapping"
        keys = frozenset(k.value for k in body_node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))
        dynamic = dynamic or any(k is None for k in body_node.keys)  # {**other}
    else:
        kind, keys = ("model" if body is not None and body.kind == "value" else "other"), frozenset()
    return Arguments(keywords, len(node.args), dynamic, literals, kind, keys)
