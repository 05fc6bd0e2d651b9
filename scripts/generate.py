"""Steps 2-5 in one: normalize -> openapi-python-client -> post-process -> verify -> swap into place.

Everything is built in a temporary directory beside the output; the output is replaced only
after every step passed, so a failed or interrupted run leaves the previous client intact, and
the next run recovers what a killed one left (see `recover`).

Usage: python -m scripts.generate SPEC --api-version beta --output generated
Exit status: 0 written, 1 a step failed, 2 the document was refused.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from scripts import versioning, webhook_models
from scripts.errors import GenerationError
from scripts.normalize import DocumentError, load_document, normalize, write_json
from scripts.postprocess import Provenance, postprocess

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "dixa_client"
CONFIG = ROOT / "generator_config.yaml"
TEMPLATES = ROOT / "overrides" / "templates"
DEFAULT_SERVER = "https://dev.dixa.io"  # used only when a document names no server


def run_generator(normalized: Path, package: Path) -> None:
    command = [
        sys.executable, "-m", "scripts.generator_names", "generate",
        "--path", str(normalized),
        "--meta", "none",
        "--output-path", str(package),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    output = (result.stdout + result.stderr).strip()
    # --fail-on-warning turns warnings into a non-zero exit; any "Warning" text is a failure too.
    if result.returncode != 0 or "Warning" in output or "WARNING" in output:
        raise GenerationError(f"openapi-python-client failed or warned:\n{output}")
    print("generate: openapi-python-client produced the package with 0 warnings")


def stamp_version(package: Path, api_version: str, spec_sha256: str) -> None:
    """The version names the finished package (scripts/versioning.py): stamped after every other file is final."""
    try:
        version = versioning.stamp(package, api_version, spec_sha256)
    except ValueError as error:
        raise GenerationError(str(error)) from None
    print(f"generate: version {version}")


def run_verify(build_dir: Path, normalized: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "scripts.verify", str(build_dir), str(normalized)], cwd=ROOT)
    if result.returncode != 0:
        raise GenerationError("verification failed (see above)")


def backup_of(output: Path) -> Path:
    return output.with_name(f".{output.name}.old")


def recover(output: Path, work_prefix: str) -> None:
    """Finish what a killed run left behind, so a swap is safe to resume.

    Killed between the two renames of `swap_into`, the output is missing and its backup is the
    previous output: it comes back. Killed after them, the backup is stale: it goes. Work
    directories (`work_prefix`*) of killed runs go too. Call it holding `exclusive_beside(output)`.
    """
    backup = backup_of(output)
    if backup.exists() and not output.exists():
        os.rename(backup, output)
    shutil.rmtree(backup, ignore_errors=True)
    for leftover in output.parent.glob(f"{glob.escape(work_prefix)}*"):
        shutil.rmtree(leftover, ignore_errors=True)


@contextlib.contextmanager
def exclusive_beside(output: Path, work_prefix: str) -> Iterator[Path]:
    """A work directory beside `output`, with the leftovers of killed runs recovered first.

    An exclusive lock on the parent directory keeps two runs from recovering or swapping at once;
    the system releases it when a process dies, even by SIGKILL.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    lock = os.open(output.parent, os.O_RDONLY)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        recover(output, work_prefix)
        with tempfile.TemporaryDirectory(dir=output.parent, prefix=work_prefix) as work:
            yield Path(work)
    finally:
        os.close(lock)


def swap_into(build_dir: Path, output: Path) -> None:
    """Replace `output` by `build_dir` with renames on one filesystem; restore the old one on failure
    (and, after a SIGKILL between the renames, `recover` restores it on the next run)."""
    backup = backup_of(output)
    shutil.rmtree(backup, ignore_errors=True)
    had_output = output.exists()
    if had_output:
        os.rename(output, backup)
    try:
        os.rename(build_dir, output)
    except BaseException:
        if had_output:
            os.rename(backup, output)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def generate(spec: Path, api_version: str, output: Path) -> None:
    output = output.resolve()
    doc = normalize(load_document(spec))  # refuses a hostile or invalid document (DocumentError)
    spec_sha256 = hashlib.sha256(spec.read_bytes()).hexdigest()
    with exclusive_beside(output, f".{output.name}.build-") as work_dir:
        normalized = work_dir / "normalized.json"
        write_json(doc, normalized)
        build_dir = work_dir / output.name
        package = build_dir / PACKAGE
        run_generator(normalized, package)
        # openapi/webhooks.yaml -> dixa_client/webhooks/ (the generator ignores `webhooks:`).
        webhook_models.build(package, work_dir, run_generator)
        server_url = next((s["url"] for s in doc.get("servers", []) if isinstance(s.get("url"), str)), DEFAULT_SERVER)
        postprocess(package, Provenance(api_version, spec_sha256, server_url), doc)
        stamp_version(package, api_version, spec_sha256)
        run_verify(build_dir, normalized)
        swap_into(build_dir, output)
    print(f"generate: wrote {output}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("--api-version", required=True, help="recorded as dixa_client.__api_version__")
    parser.add_argument("--output", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    try:
        generate(args.spec, args.api_version, args.output)
    except (DocumentError, GenerationError) as error:
        print(f"generate: error: {error} ({args.output} was left unchanged)", file=sys.stderr)
        return 2 if isinstance(error, DocumentError) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
