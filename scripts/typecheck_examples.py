"""Type-check what users copy: the README's python blocks and tests/facade/usage_example.py.

Each README block becomes a module in a temporary directory; mypy --strict and pyright (strict,
from node_modules, pinned in package.json) check them with the usage example. mypy --strict then
checks the usage example's test in place (`make typecheck`'s own run leaves both files out). Exit 1
on any error. All are written with the class names of one version's client (README_VERSION): under
another pin there is nothing of theirs to check (the rest of `make typecheck` checks that client).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
USAGE_EXAMPLE = ROOT / "tests" / "facade" / "usage_example.py"
USAGE_TEST = ROOT / "tests" / "facade" / "test_usage_example.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
README_VERSION = "beta"  # the version whose client the README and the usage example are written for
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_blocks(text: str) -> list[str]:
    return [match.group(1) for match in _BLOCK.finditer(text)]


def write_examples(directory: Path) -> list[Path]:
    files = []
    for index, block in enumerate(readme_blocks(README.read_text(encoding="utf-8")), start=1):
        path = directory / f"readme_block_{index}.py"
        path.write_text(block, encoding="utf-8")
        files.append(path)
    usage = directory / USAGE_EXAMPLE.name
    shutil.copyfile(USAGE_EXAMPLE, usage)
    return [*files, usage]


def run(command: list[str], cwd: Path) -> int:
    print("typecheck-examples:", " ".join(Path(part).name if part.startswith("/") else part for part in command))
    return subprocess.run(command, cwd=cwd).returncode


def main() -> int:
    pinned = os.environ.get("API_VERSION", README_VERSION)
    if pinned != README_VERSION:
        print(f"typecheck-examples: the README and the usage example are written for the {README_VERSION} client, "
              f"not checked against the {pinned} pin's")  # fmt: skip
        return 0
    if not PYRIGHT.exists():
        print(f"typecheck-examples: {PYRIGHT.relative_to(ROOT)} is missing: run `npm ci`", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dixa-examples-") as work:
        directory = Path(work)
        files = write_examples(directory)
        config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": [f.name for f in files]}
        (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
        mypy = run([sys.executable, "-m", "mypy", "--strict", *map(str, files)], directory)
        pyright = run([str(PYRIGHT), "--pythonpath", sys.executable, "-p", str(directory)], directory)
    test = run([sys.executable, "-m", "mypy", "--strict", str(USAGE_TEST.relative_to(ROOT))], ROOT)
    return 1 if mypy or pyright or test else 0


if __name__ == "__main__":
    sys.exit(main())
