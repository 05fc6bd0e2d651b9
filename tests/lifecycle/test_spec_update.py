"""`make spec-update` prints the changelog, then re-pins; `make spec` still refuses what the lock does not pin."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from overrides.spec._document import Document
from scripts import fetch_spec, spec_update
from scripts.fetch_spec import Lock
from scripts.versioning import base_version
from tests.lifecycle.variants import Variant, remove_operation

CANONICAL = "https://docs.dixa.io/_bundle/openapi/dixa-api/@beta/beta.yaml"


@pytest.fixture
def pinned_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, beta_document: Path) -> Path:
    """A private openapi/ directory: beta pinned to the real document, cached, with its canonical URL."""
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path)
    monkeypatch.setattr(spec_update, "CHANGELOG", tmp_path / "CHANGELOG.md")
    (tmp_path / "CHANGELOG.md").write_text(f"# Changelog\n\n{spec_update.ENTRIES_BELOW}\n\n## 0.0.1\n\n- older\n")
    body = beta_document.read_bytes()
    (tmp_path / "beta.yaml").write_bytes(body)
    Lock("beta", CANONICAL, hashlib.sha256(body).hexdigest(), len(body), "2026-01-01").save(tmp_path / "beta.lock.json")
    return tmp_path


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.glob("beta.*")}


def test_spec_update_prints_the_changelog_then_re_pins(
    pinned_dir: Path, beta_raw: Document, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path_factory.mktemp("upstream") / "beta.json"
    new.write_text(json.dumps(Variant("", remove_operation).build(beta_raw)))
    assert spec_update.main(["--api-version", "beta", "--url", new.as_uri()]) == 0
    out = capsys.readouterr().out
    assert "**1 breaking, 0 non-breaking**" in out and "operation removed" in out
    assert "make generate API_VERSION=beta" in out
    lock = json.loads((pinned_dir / "beta.lock.json").read_text())
    assert lock["sha256"] == hashlib.sha256(new.read_bytes()).hexdigest()
    assert lock["size"] == len(new.read_bytes()) and lock["retrieved"] != "2026-01-01"
    assert lock["url"] == CANONICAL  # a file:// copy is not recorded as the source
    assert (pinned_dir / "beta.yaml").read_bytes() == new.read_bytes()
    fetch_spec.fetch("beta")  # `make spec` now accepts the new pin

    # CHANGELOG.md: the new entry first, under the document and the versions of clients generated from it.
    changes = (pinned_dir / "CHANGELOG.md").read_text()
    heading = f"## beta document `{lock['sha256'][:12]}` ("
    assert changes.index(heading) < changes.index("### Dixa API changes") < changes.index("## 0.0.1")
    assert f"version `{base_version()}+beta.{lock['sha256'][:12]}.*`" in changes
    assert "operation removed" in changes and "**1 breaking, 0 non-breaking**" in changes
    assert "dixa-spec-update-" not in changes and new.as_uri() in changes  # the source, not a temporary file


def test_spec_update_with_the_pinned_document_adds_no_entry(pinned_dir: Path, beta_document: Path) -> None:
    before = (pinned_dir / "CHANGELOG.md").read_text()
    assert spec_update.main(["--api-version", "beta", "--url", beta_document.as_uri()]) == 0
    assert (pinned_dir / "CHANGELOG.md").read_text() == before


def test_add_entry_creates_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    spec_update.add_entry(path, "## 2\n\n- two\n")
    spec_update.add_entry(path, "## 3\n\n- three\n")
    text = path.read_text()
    assert text.startswith("# Changelog\n") and text.index("## 3") < text.index("## 2")


def test_spec_update_refuses_an_invalid_document_and_changes_nothing(
    pinned_dir: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(pinned_dir)
    new = tmp_path_factory.mktemp("upstream") / "beta.yaml"
    new.write_bytes(b"openapi: 3.0.3\ninfo: {title: broken}\npaths: {}\n")
    assert spec_update.main(["--api-version", "beta", "--url", new.as_uri()]) == 2
    assert "not a valid OpenAPI document" in capsys.readouterr().err
    assert snapshot(pinned_dir) == before


def test_make_spec_refuses_a_tampered_document_and_keeps_cache_and_lock(
    pinned_dir: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    (pinned_dir / "beta.yaml").write_bytes(b"stale")  # forces a download
    before = snapshot(pinned_dir)
    tampered = tmp_path_factory.mktemp("mirror") / "beta.yaml"
    tampered.write_bytes(before["beta.lock.json"] + b"# not the pinned document\n")
    assert fetch_spec.main(["--api-version", "beta", "--url", tampered.as_uri()]) == 1
    err = capsys.readouterr().err
    assert "does not match openapi/beta.lock.json" in err and "make spec-update API_VERSION=beta" in err
    assert snapshot(pinned_dir) == before
