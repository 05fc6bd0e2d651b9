"""openapi/webhooks.yaml and its pipeline step: names, coverage of the REST document's event list,
the delivery bodies in the REST document's examples, and the step on tiny documents of its own."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from dixa_client.webhooks import EVENT_MODELS, SUBSCRIPTION_EVENTS, UnknownWebhookEvent, parse
from dixa_client.webhooks import _events as registry
from scripts import webhook_models
from scripts.generate import run_generator
from scripts.normalize import DocumentError

from .deliveries import without_nulls

# Prose enums of the REST document: "Allowed values: [A, B, C]" (see ../shared/docs/dixa-beta-document.md).
VALUES = re.compile(r"values\s*:\s*\[([^\]]*)\]", re.IGNORECASE)


def camel_case(event_fqn: str) -> str:
    return "".join(word.capitalize() for word in event_fqn.split("_"))


def test_every_event_class_is_named_after_its_event_fqn() -> None:
    found = webhook_models.events(webhook_models.load())
    assert len(found) == 32
    for event in found:
        assert event.class_name == camel_case(event.event_fqn), event


def test_the_generated_registry_is_the_documents() -> None:
    found = webhook_models.events(webhook_models.load())
    assert {e.event_fqn: e.class_name for e in found} == EVENT_MODELS
    assert {e.subscription_name: e.event_fqn for e in found} == SUBSCRIPTION_EVENTS
    assert registry.DOCUMENT_SHA256 == hashlib.sha256(webhook_models.DOCUMENT.read_bytes()).hexdigest()


def _strings(node: Any) -> list[tuple[tuple[str, ...], str]]:
    """(path of keys, string) for every string value in the tree."""
    found = []
    stack: list[tuple[tuple[str, ...], Any]] = [((), node)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*path, str(k)), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((path, v) for v in value)
        elif isinstance(value, str):
            found.append((path, value))
    return found


def test_every_event_one_can_subscribe_to_has_a_webhook(beta_document: Path) -> None:
    # The subscription schemas' `events` / `subscribedEvents` properties list the event names.
    rest = yaml.safe_load(beta_document.read_bytes())
    ours = set(SUBSCRIPTION_EVENTS)
    event_lists = []
    for path, text in _strings(rest):
        if len(path) < 3 or path[-1] != "description" or path[-3] != "properties":
            continue
        if not path[-2].lower().endswith("events"):
            continue
        for match in VALUES.finditer(text):
            event_lists.append({v.strip() for v in match.group(1).split(",") if v.strip()})
    assert event_lists, "the REST document lists no webhook events"
    for values in event_lists:
        assert values == ours, f"missing: {sorted(values - ours)}; not in the API: {sorted(ours - values)}"


def test_the_delivery_bodies_in_the_rest_documents_examples_parse(beta_document: Path) -> None:
    rest = yaml.safe_load(beta_document.read_bytes())
    bodies = []
    for _, text in _strings(rest):
        if '"event_fqn"' in text:
            decoded = json.loads(text)
            if isinstance(decoded, dict):
                bodies.append(decoded)
    assert bodies, "no delivery body among the REST document's examples"
    for body in bodies:
        event = parse(json.dumps(body))
        assert not isinstance(event, UnknownWebhookEvent), body["event_fqn"]
        assert event.to_dict() == without_nulls(body)


# --- the step on tiny webhook documents -----------------------------------------------------------


def tiny_webhooks(events: dict[str, str], **extra_schemas: Any) -> dict[str, Any]:
    """A valid OpenAPI 3.1 webhook document: one webhook per (subscription name -> event_fqn)."""
    schemas: dict[str, Any] = {
        "Envelope": {
            "type": "object",
            "required": ["event_id", "event_fqn"],
            "properties": {"event_id": {"type": "string", "format": "uuid"}, "event_fqn": {}},
        },
        **extra_schemas,
    }
    webhooks = {}
    for name, fqn in events.items():
        key = camel_case(fqn)
        schemas[key] = {
            "allOf": [
                {"$ref": "#/components/schemas/Envelope"},
                {"type": "object", "properties": {"event_fqn": {"const": fqn}, "data": {"type": "object"}}},
            ]
        }
        body = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{key}"}}}}
        webhooks[name] = {"post": {"requestBody": body, "responses": {"200": {"description": "ok"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny webhooks", "version": "test"},
        "webhooks": webhooks,
        "components": {"schemas": schemas},
    }


def write(tmp_path: Path, doc: dict[str, Any]) -> Path:
    path = tmp_path / "webhooks.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def test_events_reads_names_fqns_and_classes(tmp_path: Path) -> None:
    doc = tiny_webhooks({"ThingMade": "THING_MADE", "APIThingGone": "API_THING_GONE"})
    found = webhook_models.events(webhook_models.load(write(tmp_path, doc)))
    assert [(e.subscription_name, e.event_fqn, e.class_name) for e in found] == [
        ("APIThingGone", "API_THING_GONE", "ApiThingGone"),
        ("ThingMade", "THING_MADE", "ThingMade"),
    ]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda d: d.pop("webhooks"), "no `webhooks:` section"),
        (lambda d: d["components"]["schemas"]["ThingMade"]["allOf"][1]["properties"].pop("event_fqn"), "no `const`"),
        (
            lambda d: d["webhooks"]["ThingMade"]["post"]["requestBody"]["content"]["application/json"].update(
                schema={"type": "object"}
            ),
            "must be a \\$ref",
        ),
        (lambda d: d["webhooks"].update(Again=copy.deepcopy(d["webhooks"]["ThingMade"])), "share an event_fqn"),
        (
            lambda d: d["components"]["schemas"]["Envelope"]["properties"].update(x={"$ref": "other.yaml#/X"}),
            "non-local",
        ),
    ],
)
def test_a_document_the_step_cannot_use_is_refused(tmp_path: Path, spoil: Any, message: str) -> None:
    doc = tiny_webhooks({"ThingMade": "THING_MADE"})
    spoil(doc)
    with pytest.raises(DocumentError, match=message):
        webhook_models.events(webhook_models.load(write(tmp_path, doc)))


def test_moved_models_import_the_package_root_one_level_up(tmp_path: Path) -> None:
    module = tmp_path / "thing.py"
    module.write_text(
        "from ..types import UNSET\n"
        "from .._unions import (\n    resolve,\n)\n"
        "from ..models.other import Other\n"
        "from .sibling import Sibling\n\n"
        "def load() -> None:\n    from ..models.more import More  # noqa\n    from .._datetime import parse\n",
        encoding="utf-8",
    )
    assert webhook_models.deepen_root_imports(tmp_path) == 3
    assert module.read_text(encoding="utf-8") == (
        "from ...types import UNSET\n"
        "from ..._unions import (\n    resolve,\n)\n"
        "from ..models.other import Other\n"
        "from .sibling import Sibling\n\n"
        "def load() -> None:\n    from ..models.more import More  # noqa\n    from ..._datetime import parse\n"
    )


def test_the_step_builds_a_webhooks_package_from_any_webhook_document(tmp_path: Path) -> None:
    document = write(tmp_path, tiny_webhooks({"ThingMade": "THING_MADE"}, Extra={"type": "string", "enum": ["A"]}))
    package = tmp_path / "build" / "dixa_client"
    package.mkdir(parents=True)

    normalized = webhook_models.build(package, tmp_path, run_generator, document)

    webhooks = package / "webhooks"
    assert sorted(p.name for p in (webhooks / "models").glob("*.py")) == [
        "__init__.py",
        "envelope.py",
        "extra.py",
        "thing_made.py",
        "thing_made_data.py",
    ]
    assert "from ...types import" in (webhooks / "models" / "thing_made.py").read_text(encoding="utf-8")
    events_source = (webhooks / "_events.py").read_text(encoding="utf-8")
    assert "'THING_MADE': 'ThingMade'" in events_source and "'ThingMade': 'THING_MADE'" in events_source
    init = (webhooks / "__init__.py").read_text(encoding="utf-8")
    assert all(f"'{name}'" in init for name in ("ThingMade", "Extra", "Envelope", "unwrap", "WebhookEvent"))
    assert json.loads(normalized.read_text(encoding="utf-8"))["paths"] == {}
    assert not (tmp_path / "webhooks-build").exists()
