"""`make check`: regenerate into a temporary directory and fail if generated/ differs from it.

Usage: python -m scripts.check_generated SPEC --api-version beta --against generated
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from scripts.errors import GenerationError
from scripts.generate import ROOT, generate
from scripts.normalize import DocumentError

IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def ignored(path: Path) -> bool:
    # Caches, and the egg-info `pip install -e .` leaves beside the package: not pipeline output.
    return bool(IGNORED_PARTS.intersection(path.parts)) or any(p.endswith(".egg-info") for p in path.parts)


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not ignored(path.relative_to(root))
    }


def differences(expected: Path, actual: Path) -> list[str]:
    fresh, committed = tree(expected), tree(actual)
    lines = [f"missing: {name}" for name in sorted(fresh.keys() - committed.keys())]
    lines += [f"unexpected: {name}" for name in sorted(committed.keys() - fresh.keys())]
    lines += [f"differs: {name}" for name in sorted(fresh.keys() & committed.keys()) if fresh[name] != committed[name]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", type=Path)
    parser.add_argument("--api-version", required=True)
    parser.add_argument("--against", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dixa-check-") as scratch:
        fresh = Path(scratch) / "generated"
        try:
            generate(args.spec, args.api_version, fresh)
        except (DocumentError, GenerationError) as error:
            print(f"check: error: {error}", file=sys.stderr)
            return 2 if isinstance(error, DocumentError) else 1
        found = differences(fresh, args.against)
    if found:
        shown = "\n  ".join(found[:30])
        more = f"\n  ... and {len(found) - 30} more" if len(found) > 30 else ""
        print(f"check: {args.against} is not what the pipeline makes ({len(found)} file(s)):\n  {shown}{more}")
        print("check: run 'make generate' and commit the result; never edit generated/ by hand.")
        return 1
    print(f"check: {args.against} is exactly what the pipeline makes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
