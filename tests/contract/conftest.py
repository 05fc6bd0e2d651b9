"""A Prism mock server for the contract tests, serving the pinned document on 127.0.0.1.

It serves `prism_document(...)` of it: the raw document made exact where its schemas cannot be
satisfied at all (see tests/contract/prism_document.py).

Prism (pinned in package.json, installed with `npm ci`) answers every documented route from the
document's own examples and validates each request against the document first. The flags:

- `--dynamic=false`: answer from the document's examples, never from generated random data;
- `--errors=false`: in mock mode `--errors` only turns *response* violations (a document example
  that contradicts its own schema) into a Prism 500, which would hide the very example the client
  must parse. Request validation does not depend on it: Prism always validates requests in mock
  mode and reports every violation in the `sl-violations` header, which the tests check;
- `--multiprocess=false`: one node process (less memory and CPU than the forked log worker);
- `--cors=false`: no CORS headers to wade through.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from tests.contract.prism_document import prism_document

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
PRISM_PACKAGE = ROOT / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
HOST = "127.0.0.1"
STARTUP_TIMEOUT_SECONDS = 60.0
PROBE_TIMEOUT_SECONDS = 2.0
STOP_TIMEOUT_SECONDS = 10.0
OUTPUT_TAIL_CHARS = 4000


def pinned_prism_version() -> str:
    """The exact @stoplight/prism-cli version package.json pins."""
    manifest = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    return str(manifest["devDependencies"]["@stoplight/prism-cli"])


def installed_prism_problem() -> str | None:
    """Why the installed Prism cannot be used, or None when it is the pinned one."""
    if not PRISM.exists():
        return f"{PRISM.relative_to(ROOT)} is missing"
    installed = json.loads(PRISM_PACKAGE.read_text(encoding="utf-8")).get("version")
    if installed != pinned_prism_version():
        return f"node_modules holds @stoplight/prism-cli {installed}, package.json pins {pinned_prism_version()}"
    return None


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def output_tail(log: Path) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return text[-OUTPUT_TAIL_CHARS:] or "(no output)"


def wait_until_ready(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    """Return once Prism answers HTTP; fail with its output if it exits or takes too long."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"Prism exited with code {process.returncode} before it was ready; its output:\n{output_tail(log)}",
                pytrace=False,
            )
        try:
            httpx.get(f"{base_url}/", timeout=PROBE_TIMEOUT_SECONDS)  # any answer (404) means it is listening
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(
        f"Prism was not ready within {STARTUP_TIMEOUT_SECONDS:.0f} s; its output:\n{output_tail(log)}", pytrace=False
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Prism and anything it forked (it leads its own process group)."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def prism_base_url(pinned_document: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock server serving the pinned beta document, for the whole session."""
    problem = installed_prism_problem()
    if problem:
        pytest.fail(f"{problem}: run `npm ci` in {ROOT} to install the pinned Prism mock server", pytrace=False)
    port = free_loopback_port()
    base_url = f"http://{HOST}:{port}"
    workdir = tmp_path_factory.mktemp("prism")
    log = workdir / "prism.log"
    served = workdir / "prism-document.json"  # a test-time copy, never committed
    served.write_text(json.dumps(prism_document(yaml.safe_load(pinned_document.read_text(encoding="utf-8")))))
    command = [
        str(PRISM),
        "mock",
        str(served),
        "--host",
        HOST,
        "--port",
        str(port),
        "--dynamic=false",
        "--errors=false",
        "--multiprocess=false",
        "--cors=false",
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        wait_until_ready(process, base_url, log)
        yield base_url
    finally:
        stop(process)
