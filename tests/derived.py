"""A second Dixa document built from the pinned one, and the document-driven suites run on its client.

CI downloads one document; this proves the pipeline and the document-driven tests know nothing of
which one it is. From the pinned document of API_VERSION it builds another version's document:
every `/<pinned>/` path moved to `/<other>/`, `info.version` set to it, every other schema renamed
(component key always; the title too where it is no wire tag) and every union's variants reversed.
It generates a client from it into a temporary directory and runs DOCUMENT_SUITES against that
client in a subprocess: PYTHONPATH puts the copy before the editable install, DIXA_TEST_DOCUMENT and
API_VERSION name the derived document (tests/conftest.py).

    python -m tests.derived [--keep DIR] [pytest arguments...]     # `make test-derived`
    python -m tests.derived --write FILE [--keep-names]             # only the document, e.g. to pin it as v1
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from overrides.spec._document import SCHEMA_PREFIX, iter_dicts
from scripts.generate import generate
from scripts.normalize import load_document
from tests.conftest import API_VERSION, DOCUMENT_VARIABLE, ROOT, pinned_document_path

# The suites that read the document (and the client generated from it) rather than names of their own.
DOCUMENT_SUITES = (
    "tests/examples",
    "tests/contract",
    "tests/facade/test_operations.py",
    "tests/facade/test_naming.py",
    "tests/models/test_accelerator.py",
    "tests/webhooks/test_document.py",
)
RENAMED_SUFFIX = "Derived"


def other_version(version: str) -> str:
    return "beta" if version == "v1" else "v1"


def strings_outside_names(node: Any) -> Iterator[str]:
    """Every string value but titles and references: where a wire tag or an enum value can show."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in ("title", "$ref"):
                yield from strings_outside_names(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings_outside_names(item)
    elif isinstance(node, str):
        yield node


def derive(document: dict[str, Any], source: str, target: str, *, rename: bool = True) -> dict[str, Any]:
    """The same API as another version's document would show it (changes `document` in place).

    rename=False keeps every schema's key and title. The whole suite runs on the renamed document too
    (pinned as v1 in a scratch copy): behaviour tests find their models through the document.
    """
    prefix, new_prefix = f"/{source}/", f"/{target}/"
    document["paths"] = {
        (new_prefix + path[len(prefix) :] if path.startswith(prefix) else path): item
        for path, item in document["paths"].items()
    }
    document["info"] = {**document["info"], "version": target}
    words = set(re.findall(r"\w+", " ".join(strings_outside_names(document))))
    table = document["components"]["schemas"]
    renamed = {key: f"{key}{RENAMED_SUFFIX}" for index, key in enumerate(table) if rename and index % 2 == 0}
    for key in renamed:
        title = table[key].get("title", key)
        table[key]["title"] = title if title in words else f"{title}{RENAMED_SUFFIX}"  # a wire tag stays
    document["components"]["schemas"] = {renamed.get(key, key): schema for key, schema in table.items()}
    for node in iter_dicts(document):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX) and ref[len(SCHEMA_PREFIX) :] in renamed:
            node["$ref"] = SCHEMA_PREFIX + renamed[ref[len(SCHEMA_PREFIX) :]]
        if isinstance(node.get("oneOf"), list):
            node["oneOf"].reverse()
    return document


def write(document: Path, target: str, *, rename: bool = True) -> None:
    derived = derive(load_document(pinned_document_path()), API_VERSION, target, rename=rename)
    document.write_text(json.dumps(derived), encoding="utf-8")


def build(workdir: Path) -> tuple[Path, str]:
    """Write the derived document into `workdir` and generate its client into workdir/generated."""
    target = other_version(API_VERSION)
    document = workdir / f"{target}.json"
    write(document, target)
    generate(document, target, workdir / "generated")
    return document, target


def run_suites(workdir: Path, document: Path, target: str, pytest_args: list[str]) -> int:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(workdir / "generated"), str(ROOT)]),
        "API_VERSION": target,
        DOCUMENT_VARIABLE: str(document),
    }
    probe = [sys.executable, "-c", "import dixa_client; print(dixa_client.__file__, dixa_client.__api_version__)"]
    where = subprocess.run(probe, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.split()
    if not (Path(where[0]).is_relative_to(workdir) and where[1] == target):
        raise SystemExit(f"derived: the subprocess imports {where} instead of the derived client")
    return subprocess.run(
        [sys.executable, "-m", "pytest", *DOCUMENT_SUITES, *pytest_args], cwd=ROOT, env=env
    ).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it (default: a temporary one)")
    parser.add_argument("--write", type=Path, help="only write the derived document to this file (to pin it elsewhere)")
    parser.add_argument("--keep-names", action="store_true", help="with --write: rename no schema (see derive)")
    args, pytest_args = parser.parse_known_args(argv)
    if args.write:
        write(args.write, other_version(API_VERSION), rename=not args.keep_names)
        return 0
    with tempfile.TemporaryDirectory(prefix="dixa-derived-") as scratch:
        workdir = (args.keep or Path(scratch)).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        document, target = build(workdir)
        print(f"derived: {target} document and client in {workdir} ({time.monotonic() - started:.0f} s)", flush=True)
        return run_suites(workdir, document, target, pytest_args or ["-q"])


if __name__ == "__main__":
    sys.exit(main())
