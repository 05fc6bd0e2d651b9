"""`make spec` edges: what a re-pin records, when nothing is downloaded, the deadline's values, exit codes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scripts import fetch_spec
from scripts.fetch_spec import OFFLINE_HINT, FetchError, Lock, fetch

GOOD = b"openapi: 3.0.3\ninfo: {title: t, version: beta}\npaths: {}\n"
UPSTREAM = "https://docs.example/beta.yaml"


@pytest.fixture
def openapi_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pinned beta whose lock names an https source, with a trusted copy beside it."""
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path)
    monkeypatch.delenv("DIXA_OPENAPI_URL", raising=False)
    (tmp_path / "copy.yaml").write_bytes(GOOD)
    Lock("beta", UPSTREAM, hashlib.sha256(GOOD).hexdigest(), len(GOOD), "2026-01-01").save(tmp_path / "beta.lock.json")
    return tmp_path


def lock_of(openapi_dir: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((openapi_dir / "beta.lock.json").read_text())
    return loaded


def test_the_lock_is_written_as_indented_json_ending_in_a_newline(openapi_dir: Path) -> None:
    text = (openapi_dir / "beta.lock.json").read_text()
    assert text == json.dumps(lock_of(openapi_dir), indent=2) + "\n"


def test_a_cached_match_is_used_without_downloading(openapi_dir: Path) -> None:
    copy = (openapi_dir / "copy.yaml").as_uri()
    fetch("beta", copy)
    assert fetch("beta", "file:///nonexistent/beta.yaml").read_bytes() == GOOD  # the URL is never read


def test_accepting_from_a_file_copy_re_pins_without_recording_the_copy(openapi_dir: Path) -> None:
    newer = openapi_dir / "newer.yaml"
    newer.write_bytes(GOOD + b"# v2\n")
    fetch("beta", newer.as_uri(), accept=True)
    lock = lock_of(openapi_dir)
    assert lock["url"] == UPSTREAM  # a file:// copy is not a source
    assert lock["sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()


def test_accepting_the_pinned_document_again_leaves_the_lock_alone(openapi_dir: Path) -> None:
    before = (openapi_dir / "beta.lock.json").read_bytes()
    fetch("beta", (openapi_dir / "copy.yaml").as_uri(), accept=True)
    assert (openapi_dir / "beta.lock.json").read_bytes() == before  # not even `retrieved` changes


def test_a_version_without_a_pin_says_how_to_pin_one(openapi_dir: Path) -> None:
    Lock("v1", UPSTREAM, None, None, None).save(openapi_dir / "v1.lock.json")
    with pytest.raises(FetchError, match="review and pin one with 'make spec-update API_VERSION=v1'"):
        fetch("v1", (openapi_dir / "copy.yaml").as_uri())


@pytest.mark.parametrize("text", ["0", "-1", "inf", "nan", "soon"])
def test_a_deadline_must_be_a_positive_finite_number(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_SPEC_DEADLINE", text)
    with pytest.raises(FetchError, match="is not a positive number of seconds"):
        fetch_spec.deadline_from_environment()


def test_a_small_positive_deadline_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_SPEC_DEADLINE", "0.25")
    assert fetch_spec.deadline_from_environment() == 0.25


def test_a_missing_local_file_gets_no_network_hint() -> None:
    with pytest.raises(FetchError, match="could not download") as raised:
        fetch_spec.download("file:///nonexistent/beta.yaml", deadline_seconds=5)
    assert OFFLINE_HINT not in str(raised.value)


def test_main_exits_0_on_a_match_and_1_with_the_error_on_a_mismatch(
    openapi_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DIXA_OPENAPI_URL", (openapi_dir / "copy.yaml").as_uri())
    assert fetch_spec.main(["--api-version", "beta"]) == 0
    (openapi_dir / "beta.yaml").write_bytes(b"edited")
    tampered = openapi_dir / "tampered.yaml"
    tampered.write_bytes(GOOD + b"# evil\n")
    monkeypatch.setenv("DIXA_OPENAPI_URL", tampered.as_uri())  # the default of --url
    assert fetch_spec.main(["--api-version", "beta", "--accept"]) == 0
    assert (openapi_dir / "beta.yaml").read_bytes() == tampered.read_bytes()
    (openapi_dir / "beta.yaml").write_bytes(b"edited")
    assert fetch_spec.main(["--api-version", "beta", "--url", (openapi_dir / "copy.yaml").as_uri()]) == 1
    assert "spec: error:" in capsys.readouterr().err
