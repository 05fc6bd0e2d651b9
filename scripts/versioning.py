"""The package version: a public part people bump, and a local part naming what was generated from.

`0.1.0+beta.4ce69e044044`: the public part is `[tool.dixa-client] version` in pyproject.toml (bump
it when templates or runtime modules change the client); the PEP 440 local part is the API version
and the first 12 hex digits of the document's sha256, so a client generated from another document
never carries the same version. pyproject.toml reads it back from `dixa_client._provenance`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def base_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    version: str = config["tool"]["dixa-client"]["version"]
    return version


def client_version(api_version: str, spec_sha256: str, base: str | None = None) -> str:
    """`<base>+<api version>.<sha256[:12]>`; the API version's separators become dots, as PEP 440 wants."""
    label = ".".join(part for part in re.split(r"[^A-Za-z0-9]+", api_version) if part)
    return f"{base or base_version()}+{label}.{spec_sha256[:12]}"
