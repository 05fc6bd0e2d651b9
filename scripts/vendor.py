"""`make vendor`: copy the generated package into another repository, optionally under a new name.

The copy is DEST/<package>. With --package, every reference to the import root `dixa_client` is
rewritten (absolute imports, and strings that are exactly a module path, such as a logger name),
so the copy imports and works from its new name beside an installed `dixa_client`. A provenance
file, `_vendored.json`, records the API version, document sha256, generator version and this
repository's commit; it also marks the directory as ours: a target without it is never replaced.

Usage: python -m scripts.vendor DEST [--package NAME] [--source GENERATED_DIR]
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import io
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

from scripts.generate import PACKAGE, ROOT, exclusive_beside, swap_into

MARKER = "_vendored.json"
CREATED_BY = "dixa-client: make vendor (scripts/vendor.py)"


class VendorError(Exception):
    """The package cannot be vendored there; nothing was changed."""


def _root_tokens(source: str, root: str) -> list[tokenize.TokenInfo]:
    """Tokens naming the import root: the bare name (not an attribute `x.root`), or a string that
    is exactly a module path under it (`"root"`, `"root.models"`: loggers, importlib)."""
    module_string = re.compile(rf"^[rRuU]?(['\"]){re.escape(root)}(\.\w+)*\1$")
    found, previous = [], ""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and token.string == root and previous != ".":
            found.append(token)
        elif token.type == tokenize.STRING and module_string.match(token.string):
            found.append(token)
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.string
    return found


def renamed_source(source: str, old: str, new: str) -> str:
    """`source` with the import root `old` renamed to `new`; comments and prose are left alone."""
    lines = source.splitlines(keepends=True)
    for token in reversed(_root_tokens(source, old)):  # right to left: earlier columns stay valid
        row, start = token.start
        line = lines[row - 1]
        replacement = token.string.replace(old, new, 1)  # names and strings: `old` is the first match
        lines[row - 1] = line[:start] + replacement + line[token.end[1] :]
    return "".join(lines)


def rename_package(package_dir: Path, old: str, new: str) -> int:
    """Rename the import root in every module; fail if any reference would survive."""
    changed = 0
    for path in sorted(p for p in package_dir.rglob("*") if p.suffix in (".py", ".pyi")):
        source = path.read_text(encoding="utf-8")
        result = renamed_source(source, old, new)
        left = [token.start[0] for token in _root_tokens(result, old)]
        if left:
            raise VendorError(f"{path.name}: `{old}` still named on line(s) {left} after the rename")
        if result != source:
            path.write_text(result, encoding="utf-8")
            changed += 1
    return changed


def provenance(package_dir: Path) -> dict[str, str]:
    """The literal assignments of the package's _provenance.py, read without importing it."""
    tree = ast.parse((package_dir / "_provenance.py").read_text(encoding="utf-8"))
    values = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            values[node.targets[0].id.strip("_")] = str(ast.literal_eval(node.value))
    return values


def repository_commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise OSError(result.stderr)
        return result.stdout.strip()

    try:
        commit = git("rev-parse", "HEAD")
        return commit + ("-dirty" if git("status", "--porcelain") else "")
    except OSError:
        return "unknown"


def is_ours(target: Path) -> bool:
    try:
        return bool(json.loads((target / MARKER).read_text(encoding="utf-8")).get("created_by") == CREATED_BY)
    except (OSError, ValueError, AttributeError):
        return False


def shadowed_module(package: str) -> str | None:
    """What `package` would hide if it were imported by that name: a standard or installed module."""
    if package == PACKAGE:
        return None  # the package itself: vendoring it under its own name hides nothing else
    if package in sys.stdlib_module_names:
        return "a standard-library module"
    if importlib.util.find_spec(package) is not None:
        return "an installed module"
    return None


def check_target(dest: Path, target: Path) -> None:
    if dest.exists() and not dest.is_dir():
        raise VendorError(f"{dest} is not a directory")
    if target.is_symlink():
        raise VendorError(f"refusing to replace {target}: it is a symbolic link (to {os.readlink(target)})")
    if target.exists() and not target.is_dir():
        raise VendorError(f"refusing to replace {target}: it is not a directory")
    if target.exists() and not is_ours(target):
        raise VendorError(f"refusing to replace {target}: it was not created by 'make vendor' (no {MARKER})")


def vendor(source_root: Path, dest: Path, package: str = PACKAGE) -> Path:
    if not package.isidentifier() or keyword.iskeyword(package):
        raise VendorError(f"{package!r} is not a valid top-level import name")
    if (shadowed := shadowed_module(package)) is not None:
        raise VendorError(f"{package!r} is {shadowed}: a copy by that name would hide it; choose another PACKAGE")
    source = source_root / PACKAGE
    if not (source / "__init__.py").is_file() or not (source / "_provenance.py").is_file():
        raise VendorError(f"no generated package at {source} (run 'make generate' first)")
    target = dest / package
    check_target(dest, target)
    dest.mkdir(parents=True, exist_ok=True)
    with exclusive_beside(target, f".{package}.vendor-") as work:
        build = work / package
        shutil.copytree(source, build, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
        rewritten = rename_package(build, PACKAGE, package) if package != PACKAGE else 0
        record = {
            "created_by": CREATED_BY,
            "package": package,
            "generated_as": PACKAGE,
            **provenance(build),
            "source_commit": repository_commit(),
        }
        (build / MARKER).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        swap_into(build, target)
    print(f"vendor: wrote {target} ({rewritten} module(s) renamed to {package}); provenance in {MARKER}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dest", type=Path, help="the directory to put the package in (e.g. another repo's src/)")
    parser.add_argument("--package", default="", help=f"import name of the copy (default, or empty: {PACKAGE})")
    parser.add_argument("--source", type=Path, default=ROOT / "generated", help="the directory holding dixa_client/")
    args = parser.parse_args(argv)
    try:
        vendor(args.source, args.dest, args.package or PACKAGE)
    except VendorError as error:
        print(f"vendor: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
