"""Step 4: finish the generator's output: runtime modules, provenance, py.typed, formatting."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from scripts import params, resources, union_aliases
from scripts.errors import GenerationError
from scripts.versioning import client_version

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_DIR = ROOT / "overrides" / "runtime"


@dataclass(frozen=True)
class Provenance:
    api_version: str
    spec_sha256: str
    server_url: str  # the document's first server: the client's default base_url

    @property
    def generator_version(self) -> str:
        return f"openapi-python-client {version('openapi-python-client')}"

    @property
    def package_version(self) -> str:
        return client_version(self.api_version, self.spec_sha256)


def copy_runtime(package: Path) -> list[str]:
    """Copy overrides/runtime/*.py into the package, as they are; they may import generated modules."""
    copied = []
    for source in sorted(RUNTIME_DIR.glob("_*.py")):
        shutil.copyfile(source, package / source.name)
        copied.append(source.name)
    return copied


def write_provenance(package: Path, provenance: Provenance) -> None:
    (package / "_provenance.py").write_text(
        '"""Where this package came from; written by scripts/postprocess.py."""\n\n'
        f"__api_version__ = {provenance.api_version!r}\n"
        f"__spec_sha256__ = {provenance.spec_sha256!r}\n"
        f"__generator_version__ = {provenance.generator_version!r}\n"
        f"__server_url__ = {provenance.server_url!r}\n"
        f"__version__ = {provenance.package_version!r}\n",
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")


def format_code(package: Path) -> None:
    """ruff fix + format with the project's settings, so output is stable and lint-clean."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    # Format first so fixes see stable code, then format what the fixes changed. Long lines
    # (unions, docstrings from the document) are allowed in generated code, as in pyproject.toml.
    for command in (["format", "--quiet"], ["check", "--fix", "--quiet", "--ignore", "E501"], ["format", "--quiet"]):
        result = subprocess.run([*ruff, *command, *config, str(package)], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise GenerationError(f"ruff {command[0]} failed on the generated package:\n{result.stdout}{result.stderr}")


def postprocess(package: Path, provenance: Provenance, doc: dict[str, Any]) -> None:
    copied = copy_runtime(package)
    data = params.generator_data(doc)
    typed_dicts = params.render(package, data)
    methods = resources.render(package, doc, data)
    union_aliases.write(package, doc)
    write_provenance(package, provenance)
    format_code(package)
    print(
        f"postprocess: {len(copied)} runtime module(s) copied, {methods} facade methods, "
        f"{typed_dicts} body types in params.py, provenance written"
    )
