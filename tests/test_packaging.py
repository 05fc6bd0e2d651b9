"""What a user installs: the sdist holds what a build needs and no tests it cannot run; the wheel
built from it carries the version of what it was generated from, the license and `Typing :: Typed`."""

from __future__ import annotations

import email
import subprocess
import sys
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

import pytest
from packaging.version import Version

import dixa_client
from scripts import versioning
from scripts.fetch_spec import Lock
from scripts.versioning import base_version, client_version
from tests.conftest import API_VERSION, ROOT


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m build`: the sdist, then the wheel from it (offline: the dev group pins setuptools)."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


def sdist_names(dist: Path) -> list[str]:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        return [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]


def wheel_metadata(dist: Path) -> Message:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def test_the_sdist_holds_the_package_and_its_documents_but_no_tests(dist: Path) -> None:
    names = sdist_names(dist)
    for needed in ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "generated/dixa_client/py.typed"):
        assert needed in names
    assert "generated/dixa_client/__init__.py" in names and "generated/dixa_client/models/__init__.py" in names
    assert [n for n in names if n.split("/")[0] in ("tests", "scripts", "overrides", "openapi")] == []
    assert [n for n in names if "__pycache__" in n or n.endswith(".pyc")] == []


def test_the_wheel_says_what_it_was_generated_from(dist: Path) -> None:
    metadata = wheel_metadata(dist)
    lock = Lock.load(ROOT / "openapi" / f"{API_VERSION}.lock.json")
    assert lock.sha256 is not None
    fingerprint = versioning.fingerprint(ROOT / "generated" / "dixa_client")
    assert metadata["Version"] == dixa_client.__version__ == client_version(API_VERSION, lock.sha256, fingerprint)
    assert metadata["License-Expression"] == "MIT"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert metadata.get_all("Project-URL")
    # msgspec (the accelerator) is a dependency on CPython; `fast`, its extra before, stays as an empty one.
    # The dev tools are a dependency group, not an extra.
    assert metadata.get_all("Provides-Extra") == ["fast"]
    assert sorted(metadata.get_all("Requires-Dist", [])) == [
        "attrs>=22.2",
        "httpx<1,>=0.23",
        'msgspec>=0.18; platform_python_implementation == "CPython"',
    ]


def test_the_version_changes_with_the_document_and_is_pep_440() -> None:
    one, other = client_version("beta", "4ce69e04" * 8, "0f" * 32), client_version("beta", "5ce69e04" * 8, "0f" * 32)
    assert one != other and one.startswith(base_version() + "+beta.")
    assert Version(one).local == "beta.4ce69e044ce6.0f0f0f0f"
    assert Version(client_version("v1-preview_2", "ab" * 32)).local == "v1.preview.2.abababababab"


def test_the_version_changes_with_any_file_of_the_package_but_not_with_caches(tmp_path: Path) -> None:
    package = tmp_path / "dixa_client"
    (package / "models").mkdir(parents=True)
    (package / "models" / "agent.py").write_text("x = 1\n")
    (package / versioning.PROVENANCE).write_text('__api_version__ = "beta"\n__version__ = "0.1.0"\n')
    first = versioning.stamp(package, "beta", "ab" * 32)
    assert f'__version__ = "{first}"' in (package / versioning.PROVENANCE).read_text()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"cache")
    assert versioning.stamp(package, "beta", "ab" * 32) == first  # caches and the stamp itself do not count
    (package / "models" / "agent.py").write_text("x = 2\n")  # a template or runtime change
    assert versioning.stamp(package, "beta", "ab" * 32) != first
