"""`make vendor PACKAGE=...` renames the import root in code and module-path strings, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import vendor
from scripts.vendor import VendorError, rename_package, renamed_source

SOURCE = '''\
"""dixa_client: prose in a docstring stays."""
import dixa_client
import dixa_client.models as models
from dixa_client import types
from dixa_client.api import agents

logger = logging.getLogger("dixa_client")
child = logging.getLogger('dixa_client.api.agents')
raw = r"dixa_client.models"
root = dixa_client.models.Agent  # dixa_client in a comment stays
other = client.dixa_client
prose = "dixa_client is a package"
suffix = "dixa_client."
longer = dixa_client_extra
'''

EXPECTED = '''\
"""dixa_client: prose in a docstring stays."""
import acme_dixa
import acme_dixa.models as models
from acme_dixa import types
from acme_dixa.api import agents

logger = logging.getLogger("acme_dixa")
child = logging.getLogger('acme_dixa.api.agents')
raw = r"acme_dixa.models"
root = acme_dixa.models.Agent  # dixa_client in a comment stays
other = client.dixa_client
prose = "dixa_client is a package"
suffix = "dixa_client."
longer = dixa_client_extra
'''


def test_names_and_module_path_strings_are_renamed_and_nothing_else() -> None:
    assert renamed_source(SOURCE, "dixa_client", "acme_dixa") == EXPECTED


def test_two_references_on_one_line_are_both_renamed() -> None:
    line = 'x = (dixa_client.a, "dixa_client.b", dixa_client)\n'
    assert renamed_source(line, "dixa_client", "zz") == 'x = (zz.a, "zz.b", zz)\n'


def test_an_attribute_after_a_line_break_is_still_an_attribute() -> None:
    source = "x = (client.\n    dixa_client)\n"
    assert renamed_source(source, "dixa_client", "zz") == source


def test_rename_package_rewrites_only_the_modules_that_name_the_root(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("import dixa_client\n", encoding="utf-8")
    (tmp_path / "b.pyi").write_text("from dixa_client import x\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("# dixa_client\nvalue = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("import dixa_client\n", encoding="utf-8")
    assert rename_package(tmp_path, "dixa_client", "zz") == 2
    assert (tmp_path / "a.py").read_text(encoding="utf-8") == "import zz\n"
    assert (tmp_path / "b.pyi").read_text(encoding="utf-8") == "from zz import x\n"
    assert (tmp_path / "c.py").read_text(encoding="utf-8") == "# dixa_client\nvalue = 1\n"
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "import dixa_client\n"


def test_a_reference_left_after_the_rename_is_an_error_naming_file_and_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mod.py").write_text("x = 1\nimport dixa_client\ny = dixa_client\n", encoding="utf-8")
    monkeypatch.setattr(vendor, "renamed_source", lambda source, old, new: source)  # a rename that misses
    with pytest.raises(VendorError, match=r"mod\.py: `dixa_client` still named on line\(s\) \[2, 3\] after the rename"):
        rename_package(tmp_path, "dixa_client", "zz")
    assert (tmp_path / "mod.py").read_text(encoding="utf-8") == "x = 1\nimport dixa_client\ny = dixa_client\n"
