"""A document whose names collide with the facade's own (a query parameter `timeout`, `options` or
`cast`, a body property `body`, a tag `send`) still generates a facade that works."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts.generate import generate
from tests.conftest import tiny_document

THING = {
    "title": "Thing",
    "type": "object",
    "required": ["body"],
    "properties": {"body": {"type": "string"}, "options": {"type": "string"}},
}


def collision_document() -> dict[str, Any]:
    query = [
        {"name": name, "in": "query", "schema": {"type": "string"}} for name in ("timeout", "options", "cast", "self")
    ]
    operation = {
        "operationId": "postThing",
        "tags": ["Send"],
        "summary": "Create thing",
        "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}, *query],
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": THING_REF}}}},
    }
    return tiny_document({"Thing": THING}, {"/v1/things/{thingId}": {"post": operation}})


THING_REF = {"$ref": "#/components/schemas/Thing"}

SCRIPT = """
import json, sys
import httpx
sys.path.insert(0, sys.argv[1])
from dixa_client import Dixa
sent = []
def handler(request):
    sent.append({"url": str(request.url), "body": json.loads(request.content)})
    return httpx.Response(200, json={"body": "b"})
client = Dixa("key", base_url="https://example.com", transport=httpx.MockTransport(handler), rate_limit=None)
assert callable(client.send)  # the tag did not replace the client's method
thing = client.send_api.create_thing(
    "t1", timeout_="5", options_="o", cast="c", self_="s", body_body="x", body_options="y", timeout=3.0
)
print(json.dumps({"sent": sent, "thing": thing.body}))
"""


def test_colliding_names_generate_a_working_facade(tmp_path: Path) -> None:
    spec = tmp_path / "collisions.json"
    spec.write_text(json.dumps(collision_document()))
    output = tmp_path / "out"
    generate(spec, "test", output)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(output)], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["thing"] == "b"
    (request,) = printed["sent"]
    assert request["url"] == "https://example.com/v1/things/t1?timeout=5&options=o&cast=c&self=s"
    assert request["body"] == {"body": "x", "options": "y"}
