"""The package version: a public part people bump, and a local part naming what the client is.

`0.1.0+beta.4ce69e044044.5d41402a`: the public part is `[tool.dixa-client] version` in pyproject.toml
(bumped for releases); the PEP 440 local part is the API version, the first 12 hex digits of the
document's sha256 and the first 8 of the generated package's own fingerprint, so any change to the
client (another document, template, runtime module or rule) changes its version. pyproject.toml
reads it back from `dixa_client._provenance`, where `stamp` writes it once the package is complete.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROVENANCE = "_provenance.py"  # holds the version, so it cannot be part of the fingerprint
_NOT_PACKAGE = ("__pycache__", ".egg-info", ".pyc")
_VERSION_LINE = re.compile(r'^__version__ = "[^"\n]*"$', re.MULTILINE)


def base_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    version: str = config["tool"]["dixa-client"]["version"]
    return version


def local_label(api_version: str, spec_sha256: str) -> str:
    """`beta.4ce69e044044`; the API version's separators become dots, as PEP 440 wants."""
    return ".".join([*(part for part in re.split(r"[^A-Za-z0-9]+", api_version) if part), spec_sha256[:12]])


def client_version(api_version: str, spec_sha256: str, fingerprint: str = "", base: str | None = None) -> str:
    label = local_label(api_version, spec_sha256) + (f".{fingerprint[:8]}" if fingerprint else "")
    return f"{base or base_version()}+{label}"


def fingerprint(package: Path) -> str:
    """sha256 over every file of the package (relative path and bytes) but the provenance module."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package).as_posix()
        if path.is_file() and relative != PROVENANCE and not any(part in relative for part in _NOT_PACKAGE):
            digest.update(f"{relative}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def stamp(package: Path, api_version: str, spec_sha256: str) -> str:
    """Write the complete version into the package's provenance module; returns it."""
    provenance = package / PROVENANCE
    text = provenance.read_text(encoding="utf-8")
    version = client_version(api_version, spec_sha256, fingerprint(package))
    stamped, count = _VERSION_LINE.subn(f'__version__ = "{version}"', text)
    if count != 1:
        raise ValueError(f'{provenance} has no single `__version__ = "..."` line to stamp')
    provenance.write_text(stamped, encoding="utf-8")
    return version
