"""`make spec` stops reading a document larger than the cap, however it is served."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import fetch_spec
from scripts.fetch_spec import FetchError


@pytest.fixture
def cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(fetch_spec, "MAX_BYTES", 100)
    return 100


def test_a_document_of_exactly_the_cap_is_read(cap: int, tmp_path: Path) -> None:
    source = tmp_path / "doc.yaml"
    source.write_bytes(b"x" * cap)
    assert fetch_spec.download(source.as_uri(), deadline_seconds=10) == b"x" * cap


def test_one_byte_over_the_cap_is_refused(cap: int, tmp_path: Path) -> None:
    source = tmp_path / "doc.yaml"
    source.write_bytes(b"x" * (cap + 1))
    with pytest.raises(FetchError, match=f"is larger than {cap} bytes"):
        fetch_spec.download(source.as_uri(), deadline_seconds=10)


def test_the_cap_counts_every_chunk_not_only_the_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Read in 64 KiB chunks: a document of several chunks, each within any cap, is still refused.
    source = tmp_path / "doc.yaml"
    source.write_bytes(b"x" * (3 << 16))
    monkeypatch.setattr(fetch_spec, "MAX_BYTES", (2 << 16) + 1)
    with pytest.raises(FetchError, match="is larger than"):
        fetch_spec.download(source.as_uri(), deadline_seconds=10)


def test_the_default_cap_is_fifty_mebibytes() -> None:
    assert fetch_spec.MAX_BYTES == 50 * 1024 * 1024
