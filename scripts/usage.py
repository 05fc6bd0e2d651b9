"""Where a user's Python code uses the generated client, found statically (`ast`: nothing is imported or run).

It finds, with the names of the client the code was written against (a `Facade`):
- calls of facade methods, `client.<namespace>.<method>(...)` (also `.with_raw_response.`), where
  `client` is evidently a `Dixa`/`AsyncDixa` (built here, `with ... as`, or annotated) or a
  namespace taken from one; with their keyword arguments, positional count, `body=` mapping keys
  and string literals;
- imports of the package's models, enums and low-level `api` modules (`dixa_client` or a vendored
  import name), and references through an imported module (`models.Agent`);
- reads of model attributes where the model type is evident: a facade result, a pager's items,
  a constructor call, an annotation, an `isinstance` check, a loop over a list of models;
- model constructor calls with their keywords; enum members (`Channel.EMAIL`) and `Enum("value")`.

What it cannot see is listed in `BLIND_SPOTS` (printed with every report that uses it). This module
finds the files (skipping virtualenvs, hidden directories and vendored copies of the client);
scripts/usage_scanner.py reads each one.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from scripts.changelog_facade import Facade
from scripts.usage_scanner import Arguments, ModuleScanner, Use

__all__ = ["BLIND_SPOTS", "Arguments", "Scan", "Use", "scan"]

BLIND_SPOTS = (
    "values whose type is not evident in the code: a client, namespace or model passed through an "
    "unannotated parameter, a container, a user function's return value, `getattr` or `import *`",
    "keyword arguments passed as `**kwargs`, and bodies built as dicts anywhere but in the call itself",
    "models read through `to_dict()`, `additional_properties` or raw JSON (`with_raw_response`)",
    "code that is not Python source under the directory, and code generated or imported at run time",
)
SKIPPED_DIRECTORIES = frozenset({".git", ".venv", "venv", "node_modules", "__pycache__", "site-packages", "build"})


def vendored_packages(directory: Path) -> dict[Path, str]:
    """Copies made by `make vendor` under the directory: their location and import name."""
    found = {}
    for marker in directory.rglob("_vendored.json"):
        try:
            json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        found[marker.parent] = marker.parent.name
    return found


def sources(directory: Path, skipped: set[Path]) -> Iterator[Path]:
    for path in sorted(directory.rglob("*.py")):
        parts = path.relative_to(directory).parts
        if any(part in SKIPPED_DIRECTORIES or part.startswith(".") for part in parts[:-1]):
            continue
        if any(path.is_relative_to(package) for package in skipped):
            continue  # the client itself, vendored: not the user's code
        yield path


@dataclass
class Scan:
    uses: list[Use]
    files: int
    unreadable: list[str]  # files that could not be parsed (reported, not fatal)
    packages: frozenset[str]


def scan(directory: Path, facade: Facade, packages: frozenset[str] = frozenset({"dixa_client"})) -> Scan:
    """Every use of the client in the Python files under `directory` (vendored copies found and skipped)."""
    vendored = vendored_packages(directory)
    packages = packages | frozenset(vendored.values())
    uses, unreadable, files = [], [], 0
    for path in sources(directory, set(vendored)):
        relative = str(path.relative_to(directory))
        try:
            source = path.read_text(encoding="utf-8")
            tree = ast.parse(source, filename=relative)
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError) as error:
            unreadable.append(f"{relative}: {type(error).__name__}")
            continue
        files += 1
        uses += ModuleScanner(facade, packages, relative, source).run(tree)
    return Scan(uses, files, unreadable, packages)
