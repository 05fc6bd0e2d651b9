"""`make spec`: a document that does not match its lock is refused, and nothing is replaced."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scripts import fetch_spec
from scripts.fetch_spec import FetchError, Lock, fetch

GOOD = b"openapi: 3.0.3\ninfo: {title: t, version: beta}\npaths: {}\n"


@pytest.fixture
def openapi_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path)
    source = tmp_path / "upstream.yaml"
    source.write_bytes(GOOD)
    lock = Lock("beta", source.as_uri(), hashlib.sha256(GOOD).hexdigest(), len(GOOD), "2026-01-01")
    lock.save(tmp_path / "beta.lock.json")
    return tmp_path


def test_a_matching_download_is_cached(openapi_dir: Path) -> None:
    assert fetch("beta").read_bytes() == GOOD


def test_a_tampered_document_is_refused_and_cache_and_lock_are_kept(openapi_dir: Path) -> None:
    fetch("beta")
    lock_before = (openapi_dir / "beta.lock.json").read_bytes()
    tampered = openapi_dir / "tampered.yaml"
    tampered.write_bytes(GOOD.replace(b"beta", b"evil"))
    (openapi_dir / "beta.yaml").write_bytes(b"locally edited")  # forces a download
    with pytest.raises(FetchError) as refused:
        fetch("beta", tampered.as_uri())
    message = str(refused.value)
    assert "sha256" in message and hashlib.sha256(tampered.read_bytes()).hexdigest() in message
    assert "make spec-update" in message  # says how to accept the change
    assert (openapi_dir / "beta.yaml").read_bytes() == b"locally edited"
    assert (openapi_dir / "beta.lock.json").read_bytes() == lock_before


def test_a_size_change_is_named(openapi_dir: Path) -> None:
    longer = openapi_dir / "longer.yaml"
    longer.write_bytes(GOOD + b"# more\n")
    with pytest.raises(FetchError, match=f"size {len(GOOD) + 7} bytes, lock says {len(GOOD)}"):
        fetch("beta", longer.as_uri())


def test_accept_re_pins_the_lock(openapi_dir: Path) -> None:
    newer = openapi_dir / "newer.yaml"
    newer.write_bytes(GOOD + b"# v2\n")
    fetch("beta", newer.as_uri(), accept=True)
    lock = json.loads((openapi_dir / "beta.lock.json").read_text())
    assert lock["sha256"] == hashlib.sha256(newer.read_bytes()).hexdigest()
    assert lock["size"] == len(newer.read_bytes())
    assert (openapi_dir / "beta.yaml").read_bytes() == newer.read_bytes()


def test_a_version_without_a_pin_is_refused(openapi_dir: Path) -> None:
    Lock("v1", (openapi_dir / "upstream.yaml").as_uri(), None, None, None).save(openapi_dir / "v1.lock.json")
    with pytest.raises(FetchError, match="pins no document yet"):
        fetch("v1")


@pytest.mark.parametrize("url", ["ftp://example.invalid/x.yaml", "data:text/plain,openapi"])
def test_other_url_schemes_are_refused(openapi_dir: Path, url: str) -> None:
    with pytest.raises(FetchError, match="only http"):
        fetch("beta", url)


def test_an_unknown_version_names_the_known_ones(openapi_dir: Path) -> None:
    with pytest.raises(FetchError, match="known versions are beta"):
        fetch("v9")


def test_the_repository_locks_pin_beta_and_v1() -> None:
    beta = Lock.load(Path(__file__).parent.parent / "openapi" / "beta.lock.json")
    v1 = Lock.load(Path(__file__).parent.parent / "openapi" / "v1.lock.json")
    assert beta.url.endswith("/@beta/beta.yaml") and v1.url.endswith("/@v1/v1.yaml")
    assert beta.sha256 is not None and len(beta.sha256) == 64
