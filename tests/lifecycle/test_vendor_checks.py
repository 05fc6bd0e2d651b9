"""`make vendor` on a tiny stand-in package: what it refuses, what it records, and what the rename touches.

Fast counterparts of tests/lifecycle/test_vendor.py (which vendors the real generated package): each
test pins one decision of scripts/vendor.py.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from scripts import vendor as vendoring
from scripts.vendor import CREATED_BY, MARKER, VendorError, renamed_source, vendor
from tests.conftest import ROOT

PROVENANCE = '''\
"""Where this package came from."""

__api_version__ = "beta"
__spec_sha256__ = "ab12"
__generator_version__ = "openapi-python-client 0.0.0"
'''


@pytest.fixture
def source_root(tmp_path: Path) -> Path:
    """A directory holding a two-module `dixa_client` package, as generated/ does."""
    package = tmp_path / "generated" / "dixa_client"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('import logging\n\nlogger = logging.getLogger("dixa_client")\n')
    (package / "_provenance.py").write_text(PROVENANCE)
    (package / "models.py").write_text("from dixa_client import _provenance\n")
    return tmp_path / "generated"


def head_commit() -> str:
    """HEAD of this repository, marked dirty as scripts/vendor.py marks it."""
    git = ["git", "-C", str(ROOT)]
    head = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain"], capture_output=True, text=True, check=True).stdout.strip()
    return head + ("-dirty" if dirty else "")


def test_a_renamed_copy_records_its_names_provenance_and_commit(
    source_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = vendor(source_root, tmp_path / "other" / "src", "acme_dixa")  # a destination not made yet
    assert target == tmp_path / "other" / "src" / "acme_dixa"
    assert (target / "__init__.py").read_text() == 'import logging\n\nlogger = logging.getLogger("acme_dixa")\n'
    assert (target / "models.py").read_text() == "from acme_dixa import _provenance\n"
    marker = (target / MARKER).read_text(encoding="utf-8")
    record = json.loads(marker)
    assert marker == json.dumps(record, indent=2) + "\n"
    assert record == {
        "created_by": CREATED_BY,
        "package": "acme_dixa",
        "generated_as": "dixa_client",
        "api_version": "beta",
        "spec_sha256": "ab12",
        "generator_version": "openapi-python-client 0.0.0",
        "source_commit": head_commit(),
    }
    out = capsys.readouterr().out
    assert out == f"vendor: wrote {target} (2 module(s) renamed to acme_dixa); provenance in {MARKER}\n"


def test_outside_a_git_repository_the_commit_is_unknown(
    source_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vendoring, "ROOT", source_root)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert vendoring.repository_commit() == "unknown"


def test_under_its_own_name_nothing_is_renamed_or_refused(
    source_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `dixa_client` is installed (this checkout): under its own name that hides nothing.
    assert vendoring.shadowed_module("dixa_client") is None
    assert vendoring.main([str(tmp_path / "dest"), "--source", str(source_root)]) == 0  # --package defaults
    target = tmp_path / "dest" / "dixa_client"
    assert (target / "models.py").read_text() == "from dixa_client import _provenance\n"
    assert json.loads((target / MARKER).read_text())["package"] == "dixa_client"
    assert "(0 module(s) renamed to dixa_client)" in capsys.readouterr().out


def test_what_a_name_would_shadow() -> None:
    assert vendoring.shadowed_module("json") == "a standard-library module"
    assert vendoring.shadowed_module("pytest") == "an installed module"
    assert vendoring.shadowed_module("acme_dixa_not_installed") is None


@pytest.mark.parametrize(
    "marker",
    [
        json.dumps({"created_by": "someone else"}),  # another tool's marker file
        json.dumps([CREATED_BY]),  # JSON, but not our record
        "{not json",
    ],
    ids=["other-tool", "not-a-record", "not-json"],
)
def test_a_directory_whose_marker_is_not_ours_is_refused(source_root: Path, tmp_path: Path, marker: str) -> None:
    theirs = tmp_path / "dest" / "acme_dixa"
    theirs.mkdir(parents=True)
    (theirs / MARKER).write_text(marker)
    with pytest.raises(VendorError, match="not created by 'make vendor'"):
        vendor(source_root, tmp_path / "dest", "acme_dixa")
    assert [p.name for p in theirs.iterdir()] == [MARKER]


def test_a_copy_of_ours_is_replaced(source_root: Path, tmp_path: Path) -> None:
    vendor(source_root, tmp_path, "acme_dixa")
    (tmp_path / "acme_dixa" / "stale.py").write_text("")
    vendor(source_root, tmp_path, "acme_dixa")
    assert sorted(p.name for p in (tmp_path / "acme_dixa").iterdir()) == [
        "__init__.py", "_provenance.py", MARKER, "models.py"
    ]  # fmt: skip


def test_a_symlink_to_a_copy_of_ours_is_still_refused(source_root: Path, tmp_path: Path) -> None:
    # Replacing it would replace the link, not the copy it points at: refused before the marker is read.
    vendor(source_root, tmp_path / "real", "acme_dixa")
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "acme_dixa").symlink_to(tmp_path / "real" / "acme_dixa")
    with pytest.raises(VendorError, match=r"is a symbolic link \(to .*real/acme_dixa\)"):
        vendor(source_root, tmp_path / "dest", "acme_dixa")


def test_a_file_in_place_of_the_copy_is_refused(source_root: Path, tmp_path: Path) -> None:
    (tmp_path / "acme_dixa").write_text("mine")
    with pytest.raises(VendorError, match="acme_dixa: it is not a directory"):
        vendor(source_root, tmp_path, "acme_dixa")
    assert (tmp_path / "acme_dixa").read_text() == "mine"


@pytest.mark.parametrize("missing", ["__init__.py", "_provenance.py"])
def test_a_source_without_a_generated_package_is_refused(source_root: Path, tmp_path: Path, missing: str) -> None:
    (source_root / "dixa_client" / missing).unlink()
    with pytest.raises(VendorError, match="no generated package at .* \\(run 'make generate' first\\)"):
        vendor(source_root, tmp_path / "dest", "acme_dixa")
    assert not (tmp_path / "dest").exists()


def test_main_reports_a_refusal_on_stderr_with_status_1(
    source_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert vendoring.main([str(tmp_path), "--package", "class", "--source", str(source_root)]) == 1
    assert capsys.readouterr().err == "vendor: error: 'class' is not a valid top-level import name\n"


def test_a_module_string_under_a_module_of_the_same_name_renames_only_the_root() -> None:
    source = 'a = "dixa_client.dixa_client"\nb = u"dixa_client"\nc = R"dixa_client.x"\nd = f"dixa_client"\n'
    renamed = 'a = "zz.dixa_client"\nb = u"zz"\nc = R"zz.x"\nd = f"dixa_client"\n'
    assert renamed_source(source, "dixa_client", "zz") == renamed


def test_a_comment_between_the_dot_and_the_name_keeps_it_an_attribute() -> None:
    source = "x = (client.  # why\n    dixa_client)\ny = (  # the package:\n    dixa_client)\n"
    renamed = "x = (client.  # why\n    dixa_client)\ny = (  # the package:\n    zz)\n"
    assert renamed_source(source, "dixa_client", "zz") == renamed
