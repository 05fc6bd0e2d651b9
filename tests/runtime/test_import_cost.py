"""`import dixa_client` + `Dixa()` loads only what constructing a client needs (the import-time target
of `make bench`): no models (attrs), no transport (httpcore, h11), no time zones, no decoders or
pagers. The first call loads what it uses."""

from __future__ import annotations

import json
import subprocess
import sys

# Loaded with the first call, the first model or the first response body: never by constructing a client.
LATER = (
    "attr",
    "attrs",
    "httpcore",
    "h11",
    "zoneinfo",
    "msgspec",
    "dixa_client.models",
    "dixa_client.types",
    "dixa_client._accelerate",
    "dixa_client._calls",
    "dixa_client._decoding",
    "dixa_client._pagination",
    "dixa_client._request",
    "dixa_client._response",
    "dixa_client._validation",
)

CONSTRUCT = "import dixa_client; dixa_client.Dixa(api_key='k'); dixa_client.AsyncDixa(api_key='k')"
FIRST_CALL = """
import httpx
answer = {"data": [], "meta": {}}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
with dixa_client.Dixa(api_key="k", transport=transport, rate_limit=None) as client:
    list(client.agents.list())
"""


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_constructing_a_client_loads_nothing_a_call_needs() -> None:
    loaded = loaded_after(CONSTRUCT)
    assert "dixa_client._client" in loaded and "httpx" in loaded
    assert sorted(loaded.intersection(LATER)) == []


def test_the_first_call_loads_what_it_uses() -> None:
    loaded = loaded_after(CONSTRUCT + "\n" + FIRST_CALL)
    assert {"attrs", "dixa_client._calls", "dixa_client._pagination", "dixa_client.models"} <= loaded
    assert "httpcore" not in loaded  # a mock transport: httpx loads httpcore only for its own
