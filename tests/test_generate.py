"""`make generate`: complete, deterministic, and atomic (a failed run leaves the output intact)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import dixa_client
from scripts import generate as pipeline
from scripts import versioning
from scripts.check_generated import differences, tree
from scripts.errors import GenerationError
from scripts.fetch_spec import Lock
from scripts.generate import generate
from scripts.normalize import DocumentError, load_document, normalize, write_json
from scripts.routes import HTTP_METHODS
from scripts.versioning import client_version
from tests.conftest import API_VERSION, ROOT, get_operation, tiny_document


@pytest.fixture
def tiny_spec(tmp_path: Path) -> Path:
    schemas = {"Thing": {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}}
    spec = tmp_path / "tiny.json"
    spec.write_text(json.dumps(tiny_document(schemas, get_operation("/things", "Thing"))))
    return spec


@pytest.fixture
def existing_output(tmp_path: Path, tiny_spec: Path) -> Path:
    output = tmp_path / "out"
    generate(tiny_spec, "test", output)
    return output


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}"))


def test_a_failure_after_generation_leaves_the_output_intact(
    existing_output: Path, tiny_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(existing_output)

    def failing_verify(build_dir: Path, normalized: Path) -> None:
        assert (build_dir / "dixa_client" / "models").is_dir()  # the new package was really written
        raise GenerationError("verification failed")

    monkeypatch.setattr(pipeline, "run_verify", failing_verify)
    with pytest.raises(GenerationError):
        generate(tiny_spec, "other", existing_output)
    assert tree(existing_output) == before
    assert leftovers(existing_output) == []


def test_an_interrupted_run_leaves_the_output_intact(
    existing_output: Path, tiny_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(existing_output)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "postprocess", interrupted)
    with pytest.raises(KeyboardInterrupt):
        generate(tiny_spec, "other", existing_output)
    assert tree(existing_output) == before
    assert leftovers(existing_output) == []


def test_a_failed_swap_restores_the_previous_output(
    existing_output: Path, tiny_spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(existing_output)
    real_rename = os.rename
    calls = []

    def rename_failing_on_the_second_call(src: str, dst: str) -> None:
        calls.append(src)
        if len(calls) == 2:
            raise OSError("disk gone")
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename_failing_on_the_second_call)
    with pytest.raises(OSError, match="disk gone"):
        generate(tiny_spec, "other", existing_output)
    monkeypatch.undo()
    assert tree(existing_output) == before


def test_an_invalid_document_leaves_the_output_intact(existing_output: Path, tmp_path: Path) -> None:
    before = tree(existing_output)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"openapi": "3.0.3", "info": {}, "paths": {}}))
    with pytest.raises(DocumentError):
        generate(bad, "test", existing_output)
    assert tree(existing_output) == before


def test_make_generate_with_spec_uses_no_pins(tiny_spec: Path, tmp_path: Path) -> None:
    locks = {p: p.read_bytes() for p in (ROOT / "openapi").glob("*.lock.json")}
    output = tmp_path / "from-make"
    result = subprocess.run(
        ["make", "--no-print-directory", "generate", f"SPEC={tiny_spec}", f"GENERATED_DIR={output}"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "DIXA_OPENAPI_URL": "file:///nonexistent"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "spec:" not in result.stdout  # the pinned document was not fetched or checked
    assert (output / "dixa_client" / "models" / "thing.py").exists()
    assert {p: p.read_bytes() for p in locks} == locks


def test_two_runs_on_the_pinned_document_give_identical_bytes(beta_document: Path, tmp_path: Path) -> None:
    generate(beta_document, API_VERSION, tmp_path / "first")
    generate(beta_document, API_VERSION, tmp_path / "second")
    assert differences(tmp_path / "first", tmp_path / "second") == []
    # ...and the committed output is exactly that (what `make check` enforces).
    assert differences(tmp_path / "first", ROOT / "generated") == []


def test_the_committed_package_is_complete(beta_document: Path, tmp_path: Path) -> None:
    normalized = tmp_path / "normalized.json"
    write_json(normalize(load_document(beta_document)), normalized)
    result = subprocess.run(
        [sys.executable, "-m", "scripts.verify", str(ROOT / "generated"), str(normalized)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    raw = load_document(beta_document)
    operations = sum(1 for item in raw["paths"].values() for method in item if method in HTTP_METHODS)
    assert f"{operations} operations, {operations} complete" in result.stdout
    assert f"{len(raw['components']['schemas'])} component schemas of the document" in result.stdout


def test_the_package_records_where_it_came_from() -> None:
    lock = Lock.load(ROOT / "openapi" / f"{API_VERSION}.lock.json")
    assert dixa_client.__api_version__ == API_VERSION
    assert dixa_client.__spec_sha256__ == lock.sha256
    assert dixa_client.__generator_version__ == "openapi-python-client 0.29.1"
    fingerprint = versioning.fingerprint(ROOT / "generated" / "dixa_client")
    assert dixa_client.__version__ == client_version(API_VERSION, lock.sha256, fingerprint)  # changes with the client


KILLED_MID_SWAP = """
import os, signal, sys
from pathlib import Path
from scripts import generate as pipeline

spec, output = Path(sys.argv[1]), Path(sys.argv[2])
real_rename = os.rename


def rename_then_die(src, dst):
    real_rename(src, dst)
    if Path(src) == output:  # the output is now the backup; the new build is not in place yet
        os.kill(os.getpid(), signal.SIGKILL)


os.rename = rename_then_die
pipeline.generate(spec, "other", output)
"""


def test_a_run_killed_between_the_two_renames_is_recovered_by_the_next(existing_output: Path, tiny_spec: Path) -> None:
    before = tree(existing_output)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MID_SWAP, str(tiny_spec), str(existing_output)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not existing_output.exists()  # what SIGKILL leaves: no output, a backup and a build directory
    assert {".out.old", ".out.build-"} <= {name[: len(".out.build-")] for name in leftovers(existing_output)}

    pipeline.recover(existing_output, ".out.build-")  # what every run does first, under its lock
    assert tree(existing_output) == before
    assert leftovers(existing_output) == []


def test_a_run_after_a_kill_completes_and_cleans_up(existing_output: Path, tiny_spec: Path) -> None:
    os.rename(existing_output, pipeline.backup_of(existing_output))  # killed between the renames...
    (existing_output.parent / ".out.build-killed" / "out").mkdir(parents=True)  # ...mid-build, too
    generate(tiny_spec, "again", existing_output)
    assert 'api_version__ = "again"' in (existing_output / "dixa_client" / "_provenance.py").read_text()
    assert leftovers(existing_output) == []


def test_a_stale_backup_beside_a_complete_output_is_removed(existing_output: Path) -> None:
    before = tree(existing_output)
    shutil.copytree(existing_output, pipeline.backup_of(existing_output))  # killed after the renames
    pipeline.recover(existing_output, ".out.build-")
    assert tree(existing_output) == before
    assert leftovers(existing_output) == []


def test_build_leftovers_are_git_ignored(tmp_path: Path) -> None:
    names = [".generated.old/x.py", ".generated.build-abc123/generated/x.py"]
    result = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.split() == names
