"""`make vendor`: a copy under a new import name works on its own; a foreign directory is never replaced."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from scripts import vendor as vendoring
from scripts.check_generated import tree
from scripts.vendor import MARKER, VendorError, vendor
from tests.conftest import ROOT

GENERATED = ROOT / "generated"

SMOKE_TEST = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    dest, generated = sys.argv[1], sys.argv[2]
    sys.path[:] = [p for p in sys.path if not p.rstrip("/").endswith(generated.rstrip("/"))]
    sys.path.insert(0, dest)
    sys.modules["dixa_client"] = None  # any leftover `import dixa_client` now fails loudly
    import acme_dixa
    from acme_dixa.models import Agent
    names = [info.name for info in pkgutil.walk_packages(acme_dixa.__path__, "acme_dixa.")]
    for name in names:
        module = importlib.import_module(name)
        assert module.__file__.startswith(dest), module.__file__
    agent = Agent.from_dict({
        "id": "0b6fb1e4-5f4e-4a51-9c4b-1e3b8f0c2a11", "createdAt": "2021-12-01T12:46:36Z",
        "displayName": "Alice Brown", "email": "alice@brown.com",
    })
    assert agent.display_name == "Alice Brown" and type(agent).__module__.startswith("acme_dixa.")
    assert agent.to_dict()["email"] == "alice@brown.com"
    recorded = json.load(open(f"{dest}/acme_dixa/_vendored.json"))
    assert recorded["spec_sha256"] == acme_dixa.__spec_sha256__
    print(f"ok {len(names)} modules")
    """
)


@pytest.fixture(scope="module")
def dest(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make vendor DEST=... PACKAGE=acme_dixa`, into another 'repository'."""
    target = tmp_path_factory.mktemp("other-repo") / "src"
    result = subprocess.run(
        ["make", "--no-print-directory", "vendor", f"DEST={target}", "PACKAGE=acme_dixa"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return target


def absolute_imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_the_copy_never_imports_dixa_client(dest: Path) -> None:
    modules = sorted((dest / "acme_dixa").rglob("*.py"))
    assert len(modules) > 100
    offending = [f"{m}: {n}" for m in modules for n in absolute_imports(m) if n.split(".")[0] == "dixa_client"]
    assert offending == []


def test_the_copy_imports_and_parses_in_a_fresh_process(dest: Path, tmp_path: Path) -> None:
    # -I: no PYTHONPATH, no current directory; the editable install's generated/ entry is removed above.
    result = subprocess.run(
        [sys.executable, "-I", "-c", SMOKE_TEST, str(dest), str(GENERATED)],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok ")


def test_the_provenance_file_says_where_the_copy_came_from(dest: Path) -> None:
    record = json.loads((dest / "acme_dixa" / MARKER).read_text())
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    provenance = (GENERATED / "dixa_client" / "_provenance.py").read_text()
    assert record["package"] == "acme_dixa" and record["generated_as"] == "dixa_client"
    assert record["api_version"] in ("beta", "v1") and record["spec_sha256"] in provenance
    assert record["generator_version"].startswith("openapi-python-client ")
    assert record["source_commit"] in (head, f"{head}-dirty")


def test_vendoring_again_replaces_its_own_copy(dest: Path) -> None:
    (dest / "acme_dixa" / "stale.py").write_text("")
    vendor(GENERATED, dest, "acme_dixa")
    assert not (dest / "acme_dixa" / "stale.py").exists()
    assert sorted(p.name for p in dest.iterdir()) == ["acme_dixa"]  # no build or backup left behind


def test_without_a_new_name_the_copy_is_the_package_plus_provenance(tmp_path: Path) -> None:
    target = vendor(GENERATED, tmp_path, "dixa_client")
    copied = tree(target)
    assert copied.pop(MARKER)
    assert copied == tree(GENERATED / "dixa_client")


def test_a_directory_it_did_not_create_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theirs = tmp_path / "acme_dixa"
    theirs.mkdir()
    (theirs / "__init__.py").write_text("# someone else's package\n")
    with pytest.raises(VendorError, match="not created by 'make vendor'"):
        vendor(GENERATED, tmp_path, "acme_dixa")
    assert vendoring.main([str(tmp_path), "--package", "acme_dixa", "--source", str(GENERATED)]) == 1
    assert "refusing to replace" in capsys.readouterr().err
    assert sorted(p.name for p in theirs.iterdir()) == ["__init__.py"]


@pytest.mark.parametrize("name", ["acme-dixa", "class", "acme.dixa"])
def test_an_invalid_import_name_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(VendorError, match="not a valid top-level import name"):
        vendor(GENERATED, tmp_path, name)
    assert list(tmp_path.iterdir()) == []


def test_make_vendor_needs_a_destination() -> None:
    result = subprocess.run(["make", "--no-print-directory", "vendor"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0 and "give DEST=<directory>" in result.stderr


@pytest.mark.parametrize("name", ["os", "json", "typing", "httpx", "attrs", "pytest"])
def test_a_name_that_would_shadow_a_real_module_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(VendorError, match="would hide it"):
        vendor(GENERATED, tmp_path, name)
    assert list(tmp_path.iterdir()) == []


def test_a_dangling_symlink_in_place_of_the_copy_is_a_clean_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "acme_dixa").symlink_to(tmp_path / "gone")
    assert vendoring.main([str(tmp_path), "--package", "acme_dixa", "--source", str(GENERATED)]) == 1
    assert "is a symbolic link" in capsys.readouterr().err
    assert (tmp_path / "acme_dixa").is_symlink() and not (tmp_path / "gone").exists()


def test_a_destination_that_is_a_file_is_a_clean_refusal(tmp_path: Path) -> None:
    (tmp_path / "src").write_text("a file")
    with pytest.raises(VendorError, match="not a directory"):
        vendor(GENERATED, tmp_path / "src", "acme_dixa")
