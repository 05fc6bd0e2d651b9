"""The webhook step: `openapi/webhooks.yaml` -> `dixa_client/webhooks/` (models, event registry, front door).

openapi-python-client ignores an OpenAPI 3.1 `webhooks:` section, so the step generates from a
derived document whose components are the webhook document's schemas (no paths), through the same
normalize rules and generator, into a scratch package; its `models/` moves to
`dixa_client/webhooks/models/` with its imports of the package root made one level deeper. The
registry (`event_fqn` -> class) and the lazy `__init__` are rendered from the document. Run by
scripts/generate.py before post-processing, so formatting, verify and `make check` cover the output.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import io
import json
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi_python_client.strings import ClassName

from overrides.spec._document import Document, Node, ref_key, title_of
from scripts.errors import GenerationError
from scripts.normalize import DocumentError, check_document, load_document, normalize, write_json

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "webhooks.yaml"
SUBPACKAGE = "webhooks"
NORMALIZED_NAME = "webhooks.normalized.json"
FIELD_PREFIX = "field_"  # as generator_config.yaml
RUNTIME_MODULE = ROOT / "overrides" / "runtime" / "_webhooks.py"  # copied to dixa_client/_webhooks.py


@dataclass(frozen=True)
class Event:
    subscription_name: str  # the key under `webhooks:`; the API's `events` value
    event_fqn: str  # the delivery's `event_fqn`
    class_name: str  # the generated model


def load(path: Path = DOCUMENT) -> Document:
    """The webhook document, checked like any document (valid OpenAPI, local refs only)."""
    try:
        doc = load_document(path)
    except OSError as error:
        raise DocumentError(f"cannot read the webhook document {path}: {error.strerror}") from None
    check_document(doc)
    if not isinstance(doc.get("webhooks"), dict) or not doc["webhooks"]:
        raise DocumentError(f"{path}: no `webhooks:` section")
    # A plain-data copy: YAML anchors share nodes, and rules must not see one node twice.
    result: Document = json.loads(json.dumps(doc))
    return result


def derived_document(doc: Document) -> Document:
    """A document the generator reads: the webhook document's schemas as components, no paths."""
    return {
        "openapi": doc["openapi"],
        "info": doc["info"],
        "paths": {},
        "components": {"schemas": json.loads(json.dumps(doc.get("components", {}).get("schemas", {})))},
    }


def _const_fqn(schema: Node, table: dict[str, Node], depth: int = 0) -> str | None:
    """The `const` of `event_fqn` in a schema, through `$ref`s and `allOf`."""
    if depth > 20:
        return None
    if "$ref" in schema:
        key = ref_key(schema["$ref"])
        return _const_fqn(table.get(key or "", {}), table, depth + 1)
    const = (schema.get("properties") or {}).get("event_fqn", {}).get("const")
    if isinstance(const, str):
        return const
    for part in schema.get("allOf") or []:
        if (found := _const_fqn(part, table, depth + 1)) is not None:
            return found
    return None


def events(doc: Document) -> list[Event]:
    """Every webhook of the document: its name, its `event_fqn` and its class, sorted by `event_fqn`."""
    table = doc.get("components", {}).get("schemas", {})
    found = []
    for name, item in doc["webhooks"].items():
        body = (item.get("post") or {}).get("requestBody") or {}
        schema = (body.get("content") or {}).get("application/json", {}).get("schema") or {}
        key = ref_key(schema.get("$ref", ""))
        if key is None or key not in table:
            raise DocumentError(f"webhook {name}: the JSON body must be a $ref to a component schema")
        fqn = _const_fqn(table[key], table)
        if fqn is None:
            raise DocumentError(f"webhook {name}: schema {key} gives `event_fqn` no `const`")
        found.append(Event(name, fqn, ClassName(title_of(key, table[key]), FIELD_PREFIX)))
    fqns = [e.event_fqn for e in found]
    duplicated = sorted({f for f in fqns if fqns.count(f) > 1})
    if duplicated:
        raise DocumentError(f"several webhooks share an event_fqn: {', '.join(duplicated)}")
    return sorted(found, key=lambda e: e.event_fqn)


def model_class_names(normalized: Document) -> list[str]:
    """The classes generated for the (normalized) schemas: objects and enums, as verify counts them."""
    names = []
    for key, schema in normalized.get("components", {}).get("schemas", {}).items():
        if "enum" in schema or schema.get("type") == "object" or "properties" in schema or "allOf" in schema:
            names.append(ClassName(title_of(key, schema), FIELD_PREFIX))
    return sorted(names)


def deepen_root_imports(models: Path) -> int:
    """`from ..types` -> `from ...types` in moved models: the package root is one level further up.

    `from ..models.x` stays: it now means `dixa_client.webhooks.models.x`, as it should.
    """
    changed = 0
    for module in sorted(models.glob("*.py")):
        lines = module.read_text(encoding="utf-8").splitlines(keepends=True)
        for node in ast.walk(ast.parse("".join(lines))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and not (node.module or "").startswith("models"):
                line = lines[node.lineno - 1]
                lines[node.lineno - 1] = line.replace("from ..", "from ...", 1)
                changed += 1
            elif isinstance(node, ast.ImportFrom) and node.level > 2:
                raise GenerationError(f"{module.name}: unexpected relative import at level {node.level}")
        module.write_text("".join(lines), encoding="utf-8")
    return changed


def render_registry(found: list[Event], sha256: str) -> str:
    mapping = "".join(f"    {e.event_fqn!r}: {e.class_name!r},\n" for e in found)
    names = "".join(f"    {e.subscription_name!r}: {e.event_fqn!r},\n" for e in found)
    imports = ", ".join(sorted(e.class_name for e in found))
    alias = " | ".join([*sorted(e.class_name for e in found), "UnknownWebhookEvent"])
    return (
        '"""Which class each `event_fqn` parses into: written by scripts/webhook_models.py."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING, TypeAlias\n\n"
        "if TYPE_CHECKING:\n"
        "    from .._webhooks import UnknownWebhookEvent\n"
        f"    from .models import {imports}\n\n"
        f"DOCUMENT_SHA256 = {sha256!r}\n\n"
        "# event_fqn -> class name in dixa_client.webhooks.models\n"
        f"EVENT_MODELS: dict[str, str] = {{\n{mapping}}}\n\n"
        "# subscription event name (the API's `events` values) -> event_fqn\n"
        f"SUBSCRIPTION_EVENTS: dict[str, str] = {{\n{names}}}\n\n"
        f'WebhookEvent: TypeAlias = "{alias}"\n'
        '"""What `parse` and `unwrap` return: one class per known event, else UnknownWebhookEvent."""\n'
    )


def runtime_names(module: Path = RUNTIME_MODULE) -> list[str]:
    """The `__all__` of the hand-written runtime module: the front door re-exports it."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return sorted(ast.literal_eval(node.value))
    raise GenerationError(f"{module}: no __all__ to re-export")


def render_init(model_names: list[str]) -> str:
    runtime = runtime_names()
    registry = ["EVENT_MODELS", "SUBSCRIPTION_EVENTS", "WebhookEvent"]
    lazy = {name: ".._webhooks" for name in runtime} | {name: "._events" for name in registry}
    lazy |= {name: ".models" for name in model_names}
    entries = "".join(f"    {name!r}: {module!r},\n" for name, module in sorted(lazy.items()))
    exported = "".join(f"    {name!r},\n" for name in sorted(lazy))
    return (
        "\"\"\"Dixa's outbound webhooks: check a delivery's signature, then parse it into its event's model.\n\n"
        "    event = unwrap(body, headers, secret=secret_key)  # WebhookVerificationError if not from Dixa\n\n"
        "Written by scripts/webhook_models.py; the models come from openapi/webhooks.yaml. Names load\n"
        "on first use (PEP 562): importing this package loads no model.\n"
        '"""\n\n'
        "from importlib import import_module\n"
        "from typing import TYPE_CHECKING, Any\n\n"
        "if TYPE_CHECKING:\n"
        f"    from .._webhooks import {', '.join(runtime)}\n"
        f"    from ._events import {', '.join(registry)}\n"
        f"    from .models import {', '.join(model_names)}\n\n"
        "# name -> the module that defines it\n"
        f"_LAZY = {{\n{entries}}}\n\n\n"
        "def __getattr__(name: str) -> Any:\n"
        "    if name in _LAZY:\n"
        "        value = getattr(import_module(_LAZY[name], __name__), name)\n"
        "        globals()[name] = value  # once loaded, a plain attribute\n"
        "        return value\n"
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n\n\n'
        f"__all__ = (\n{exported})\n"
    )


Generator = Callable[[Path, Path], None]  # (normalized document, package directory)


def build(package: Path, work_dir: Path, run_generator: Generator, document: Path = DOCUMENT) -> Path:
    """Generate `package/webhooks/` from the webhook document with `run_generator` (the REST step's
    openapi-python-client run); returns the normalized derived document, for verify."""
    doc = load(document)
    found = events(doc)
    derived = normalize(derived_document(doc))
    normalized = work_dir / NORMALIZED_NAME
    write_json(derived, normalized)
    scratch = work_dir / "webhooks-build" / package.name
    run_generator(normalized, scratch)
    target = package / SUBPACKAGE
    target.mkdir()
    shutil.move(scratch / "models", target / "models")
    shutil.rmtree(scratch.parent)
    deepened = deepen_root_imports(target / "models")
    sha256 = hashlib.sha256(document.read_bytes()).hexdigest()
    (target / "_events.py").write_text(render_registry(found, sha256), encoding="utf-8")
    (target / "__init__.py").write_text(render_init(model_class_names(derived)), encoding="utf-8")
    print(f"webhooks: {len(found)} events, {deepened} imports re-rooted, into {target.relative_to(package.parent)}")
    return normalized


SchemaAccount = Callable[[dict[str, Any], ModuleType], tuple[Counter[str], list[str]]]


def problems(package: str, normalized: Path, account_for_schemas: SchemaAccount) -> list[str]:
    """For scripts/verify.py, once it imported `package`: every schema of the normalized webhook
    document (`normalized`, or derived again when absent) has its class (verify's own
    `account_for_schemas`), every event of the registry its model, whose `event_fqn` is that literal."""
    if normalized.exists():
        doc: dict[str, Any] = json.loads(normalized.read_text(encoding="utf-8"))
    else:  # verifying a package built earlier: derive the document again
        doc = normalize(derived_document(load()), log=io.StringIO())
    models = importlib.import_module(f"{package}.{SUBPACKAGE}.models")
    registry = importlib.import_module(f"{package}.{SUBPACKAGE}._events")
    counts, found = account_for_schemas(doc, models)
    for fqn, class_name in registry.EVENT_MODELS.items():
        model = getattr(models, class_name, None)
        if model is None:
            found.append(f"webhook event {fqn}: no class {class_name}")
            continue
        declared = getattr(model, "__annotations__", {}).get("event_fqn", "")
        if repr(fqn) not in str(declared) and f'"{fqn}"' not in str(declared):
            found.append(f"webhook event {fqn}: {class_name}.event_fqn is {declared!r}, not Literal[{fqn!r}]")
    print(f"verify: webhooks: {sum(counts.values())} schemas, {len(registry.EVENT_MODELS)} events with their classes")
    return found


def summary(path: Path = DOCUMENT) -> str:
    """One line per event, for a reader: `ConversationCreated  CONVERSATION_CREATED  ConversationCreated`."""
    return "\n".join(f"{e.subscription_name:<42} {e.event_fqn:<46} {e.class_name}" for e in events(load(path)))


if __name__ == "__main__":
    print(summary())
