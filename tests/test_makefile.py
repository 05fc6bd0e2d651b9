"""The Makefile: a variable's value is never shell code, `make help` says what it will do, and a
fresh clone fails fast (spec before installing)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, tiny_document


def make(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, **env},
    )  # fmt: skip


PAYLOADS = ['x"; touch {marker}; echo "', "x; touch {marker}", "x`touch {marker}`"]  # inside "...", bare, both


def injected(marker: Path) -> list[str]:
    """Values that run `touch marker` if a recipe pastes them into the shell, quoted or not; as paths,
    they stay beside the marker (a directory a broken recipe creates lands there, not in the repository)."""
    return [f"{marker.parent}/{payload.format(marker=marker)}" for payload in PAYLOADS]


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "tiny.json"
    spec.write_text(json.dumps(tiny_document({"Thing": {"type": "object"}})))
    return spec


@pytest.mark.parametrize("variable", ["DEST", "PACKAGE"])
def test_make_vendor_variables_are_not_shell_code(tmp_path: Path, variable: str) -> None:
    marker = tmp_path / "INJECTED"
    for payload in injected(marker):
        values = {"DEST": str(tmp_path / "dest"), "PACKAGE": "os"} | {variable: payload}
        result = make("vendor", *(f"{name}={value}" for name, value in values.items()))
        assert result.returncode != 0 and "vendor: error:" in result.stderr  # refused by scripts/vendor.py itself
        assert not marker.exists(), payload


@pytest.mark.parametrize("variable", ["OLD", "NEW"])
def test_make_changelog_variables_are_not_shell_code(tmp_path: Path, tiny_spec: Path, variable: str) -> None:
    marker = tmp_path / "INJECTED"
    for payload in injected(marker):
        values = {"OLD": str(tiny_spec), "NEW": str(tiny_spec)} | {variable: payload}
        result = make("changelog", *(f"{name}={value}" for name, value in values.items()))
        assert "changelog: error: cannot read" in result.stderr
        assert not marker.exists(), payload


@pytest.mark.parametrize("variable", ["SPEC", "GENERATED_DIR", "API_VERSION"])
def test_make_generate_variables_are_not_shell_code(tmp_path: Path, tiny_spec: Path, variable: str) -> None:
    marker = tmp_path / "INJECTED"
    values = {"SPEC": str(tiny_spec), "GENERATED_DIR": str(tmp_path / "out"), "API_VERSION": "test"}
    bad = {} if variable == "SPEC" else {"SPEC": str(tmp_path / "missing.json")}
    for payload in injected(marker):  # a missing document stops each run before the generator starts
        result = make("generate", *(f"{name}={value}" for name, value in (values | bad | {variable: payload}).items()))
        assert not marker.exists(), payload + result.stderr


def test_make_help_fills_in_the_variables() -> None:
    result = make("help", "API_VERSION=v1")
    assert result.returncode == 0
    assert "Download openapi/v1.yaml and verify it against openapi/v1.lock.json" in result.stdout
    assert "$(" not in result.stdout


def test_a_fresh_clone_fetches_before_installing(tmp_path: Path) -> None:
    """`make` with no .venv: the document is fetched with the system python before any install,
    so an offline first run fails in seconds, saying how to point at a local copy."""
    result = make("-n", "all", f"VENV={tmp_path / 'no-venv'}")
    commands = [line for line in result.stdout.splitlines() if "fetch_spec" in line or "pip install" in line]
    assert commands and "python3 -m scripts.fetch_spec" in commands[0], result.stdout
