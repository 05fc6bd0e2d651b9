"""Step 5: prove a freshly built package is complete before it replaces generated/.

Runs in a fresh interpreter (python -m scripts.verify BUILD_DIR NORMALIZED.json), so nothing
imported by the pipeline leaks into the check. Fails (exit 1) on:
- a module that does not import, or a function-level import that names a missing module;
- a component schema that is not accounted for as a model, enum, inlined union/primitive, or merged alias;
- an operation without sync/sync_detailed/asyncio/asyncio_detailed;
- a 2xx JSON response the generated parser does not return (the generator's silent drop);
- a webhook schema without its class in `webhooks.models`, an event without its model;
- an operation or model that fails when called (scripts/verify_calls.py: a name the document chose
  that shadows one of the generated code's own).
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi_python_client.strings import ClassName

from overrides.spec._document import Node, title_of
from overrides.spec.description_enums import FROM_DESCRIPTION_KEY
from overrides.spec.empty_unions_to_enums import DROPPED_VARIANTS_KEY
from overrides.spec.merge_identical_duplicates import ALIASES_KEY
from overrides.spec.unknown_variant_fallback import FALLBACK_KEY
from scripts import verify_calls, webhook_models
from scripts.routes import HTTP_METHODS, endpoint_module_names, route

ADDED_BY_RULES = (FROM_DESCRIPTION_KEY, FALLBACK_KEY)  # schemas that are not the document's own

PACKAGE = "dixa_client"
FIELD_PREFIX = "field_"
OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def import_all(package: ModuleType) -> tuple[list[ModuleType], list[str]]:
    modules, problems = [package], []
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as error:  # noqa: BLE001 - every failure is reported, none is fatal here
            problems.append(f"import {info.name}: {type(error).__name__}: {error}")
    return modules, problems


def nested_import_problems(module: ModuleType) -> list[str]:
    """The generator imports models inside functions; a missing one only fails when called."""
    if module.__file__ is None:
        return []
    package = module.__name__ if module.__file__.endswith("__init__.py") else module.__name__.rpartition(".")[0]
    problems = []
    for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or not node.level:
            continue
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        target = ".".join([*base, node.module] if node.module else base)
        try:
            imported = importlib.import_module(target)
            for alias in node.names:
                if not hasattr(imported, alias.name):
                    importlib.import_module(f"{target}.{alias.name}")
        except ImportError as error:
            problems.append(f"{module.__name__}: from {target} import ...: {error}")
    return problems


def schema_kind(schema: Node) -> str:
    if "enum" in schema:
        return "enum"
    if "oneOf" in schema or "anyOf" in schema:
        return "union (inlined)"
    if schema.get("type") == "object" or "properties" in schema or "allOf" in schema:
        return "model"
    return "primitive (inlined)"


def account_for_schemas(doc: dict[str, Any], models: ModuleType) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    problems = []
    for key, schema in doc.get("components", {}).get("schemas", {}).items():
        kind = schema_kind(schema)
        added = any(schema.get(marker) for marker in ADDED_BY_RULES)
        counts[f"{kind} added by rules" if added else kind] += 1
        counts["alias (merged duplicate)"] += len(schema.get(ALIASES_KEY, []))
        counts["empty variant (now an enum value)"] += len(schema.get(DROPPED_VARIANTS_KEY, []))
        if kind in ("model", "enum"):
            class_name = ClassName(title_of(key, schema), FIELD_PREFIX)
            if not hasattr(models, class_name):
                problems.append(f"schema {key}: no {kind} class {class_name} in {models.__name__}")
    return counts, problems


def operation_problems(doc: dict[str, Any], package: ModuleType) -> tuple[int, list[str]]:
    names = endpoint_module_names(Path(package.__file__ or "").parent, package.__name__)
    by_route = {key: importlib.import_module(name) for key, name in names.items()}
    count, problems = 0, []
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            count += 1
            operation = item[method]
            name = operation.get("operationId", f"{method} {path}")
            endpoint = by_route.get(route(method, path))
            if endpoint is None:
                problems.append(f"operation {name}: not generated")
                continue
            missing = [f for f in OPERATION_FUNCTIONS if not callable(getattr(endpoint, f, None))]
            if missing:
                problems.append(f"operation {name}: no {', '.join(missing)}")
            source = Path(endpoint.__file__ or "").read_text(encoding="utf-8")
            for status, response in operation.get("responses", {}).items():
                has_json = "schema" in response.get("content", {}).get("application/json", {})
                if str(status).startswith("2") and has_json and f"response_{status} = " not in source:
                    problems.append(f"operation {name}: {status} response is not parsed (dropped by generator)")
    return count, problems


def verify(build_dir: Path, normalized: Path) -> list[str]:
    sys.path.insert(0, str(build_dir))
    package = importlib.import_module(PACKAGE)
    if not str(package.__file__).startswith(str(build_dir.resolve())):
        return [f"imported {PACKAGE} from {package.__file__}, not from {build_dir}"]
    modules, problems = import_all(package)
    for module in modules:
        problems.extend(nested_import_problems(module))
    doc = json.loads(normalized.read_text(encoding="utf-8"))
    counts, schema_problems = account_for_schemas(doc, importlib.import_module(f"{PACKAGE}.models"))
    operations, operation_issues = operation_problems(doc, package)
    problems += schema_problems + operation_issues
    names = endpoint_module_names(Path(package.__file__ or "").parent, package.__name__)
    by_route = {key: importlib.import_module(name) for key, name in names.items()}
    called, not_called, call_problems = verify_calls.call_operations(PACKAGE, doc, by_route)
    read, read_problems = verify_calls.read_models(doc, importlib.import_module(f"{PACKAGE}.models"), FIELD_PREFIX)
    problems += call_problems + read_problems
    own = {kind: n for kind, n in counts.items() if "added by rules" not in kind}
    added = {kind: n for kind, n in counts.items() if "added by rules" in kind}
    breakdown = ", ".join(f"{n} {kind}" for kind, n in sorted(own.items()))
    extra = ", ".join(f"{n} {kind}" for kind, n in sorted(added.items())) or "none"
    print(f"verify: {len(modules)} modules import")
    print(f"verify: {sum(own.values())} component schemas of the document = {breakdown}; plus {extra}")
    print(f"verify: {operations} operations, {operations - len(operation_issues)} complete")
    print(f"verify: called {called} operations, sync and async ({not_called} need a value it cannot write)")
    print(f"verify: read {read} models through both readers and wrote them back")
    # The webhook step leaves its normalized document beside NORMALIZED.json (else it is re-derived).
    problems += webhook_models.problems(
        PACKAGE, normalized.with_name(webhook_models.NORMALIZED_NAME), account_for_schemas
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m scripts.verify BUILD_DIR NORMALIZED.json", file=sys.stderr)
        return 2
    problems = verify(Path(args[0]), Path(args[1]))
    for problem in problems:
        print(f"verify: error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
