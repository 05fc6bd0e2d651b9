"""Steps 2-5 in one: normalize -> openapi-python-client -> post-process -> verify -> swap into place.

Everything is built in a temporary directory beside the output; the output is replaced only
after every step passed, so a failed or interrupted run leaves the previous client intact.

Usage: python -m scripts.generate SPEC --api-version beta --output generated
Exit status: 0 written, 1 a step failed, 2 the document was refused.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

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
        sys.executable, "-m", "openapi_python_client", "generate",
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


def run_verify(build_dir: Path, normalized: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "scripts.verify", str(build_dir), str(normalized)], cwd=ROOT)
    if result.returncode != 0:
        raise GenerationError("verification failed (see above)")


def swap_into(build_dir: Path, output: Path) -> None:
    """Replace `output` by `build_dir` with renames on one filesystem; restore the old one on failure."""
    backup = output.with_name(f".{output.name}.old")
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
    output.parent.mkdir(parents=True, exist_ok=True)
    spec_sha256 = hashlib.sha256(spec.read_bytes()).hexdigest()
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=f".{output.name}.build-") as work:
        work_dir = Path(work)
        normalized = work_dir / "normalized.json"
        doc = normalize(load_document(spec))  # refuses a hostile or invalid document (DocumentError)
        write_json(doc, normalized)
        build_dir = work_dir / output.name
        package = build_dir / PACKAGE
        run_generator(normalized, package)
        server_url = next((s["url"] for s in doc.get("servers", []) if isinstance(s.get("url"), str)), DEFAULT_SERVER)
        postprocess(package, Provenance(api_version, spec_sha256, server_url), doc)
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
