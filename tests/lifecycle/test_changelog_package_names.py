"""scripts/changelog_packages.py on stand-in packages: what is read of a package, what is paired, the exit status."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from scripts import changelog_packages
from scripts.changelog_facade import MethodInfo
from scripts.changelog_packages import PackageNames, compare_packages, paired_renames, read_package


def package(root: Path, resources: str, models: dict[str, str]) -> Path:
    (root / "resources").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "resources" / "__init__.py").write_text(textwrap.dedent(resources), encoding="utf-8")
    for name, text in models.items():
        (root / "models" / f"{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


MODELS = {
    "agent": """\
        import enum
        from typing import ClassVar
        from attrs import define
        X = 1
        @define
        class Agent:
            kind: ClassVar[str] = "agent"
            id: str
            self.ignored: int = 0
            additional_properties: dict[str, object]
            def to_dict(self) -> dict[str, object]:
                return {}
        class Level(enum.IntEnum):
            LOW = 1
        class Channel(enum.StrEnum):
            EMAIL = "Email"
            WIDGET_CHAT = "WidgetChat"
            ALIAS: str = "x"
            A, B = "a", "b"
            SAME = ALSO = "Same"
            def label(self) -> str:
                return self.value
        """,
}


def test_a_package_is_read_for_its_methods_models_and_enum_members(tmp_path: Path) -> None:
    root = package(tmp_path / "p", "OPERATIONS = {'getAgents': ('agents', 'list')}\nOTHER = {}\n", MODELS)
    names = read_package(root)
    assert names.methods == {"getAgents": ("agents", "list")}
    assert names.fields == {"Agent": frozenset({"id"})}
    assert names.members == {
        "Level": {},
        "Channel": {"Email": "EMAIL", "WidgetChat": "WIDGET_CHAT", "Same": "SAME"},
    }  # an alias: the member is the first name


def test_an_annotated_operations_table_is_read_too(tmp_path: Path) -> None:
    root = package(tmp_path / "p", "OPERATIONS: dict[str, tuple[str, str]] = {'a': ('x', 'y')}\n", {})
    assert read_package(root).methods == {"a": ("x", "y")}


def test_names_become_a_facade_the_scanner_reads() -> None:
    names = PackageNames({"getAgents": ("agents", "list")}, {"Agent": frozenset({"id"})}, {"Channel": {}})
    facade = names.facade()
    assert facade.methods == {("agents", "list"): MethodInfo("getAgents", [], None, False)}
    assert facade.attributes == {"Agent": {}}
    assert facade.enums == {"Channel"}


def test_classes_are_paired_only_when_their_identity_is_unique() -> None:
    a, b = frozenset({"x"}), frozenset({"y"})
    assert paired_renames({"Old": a, "Kept": b}, {"New": a, "Kept": b}) == {"Old": "New"}
    assert paired_renames({"One": a, "Two": a}, {"New": a}) == {}
    assert paired_renames({"Old": a}, {"New": a, "Newer": a}) == {}
    assert paired_renames({"Old": a}, {"New": b}) == {}


def test_classes_added_and_removed_and_members_kept() -> None:
    old = PackageNames({}, {"Gone": frozenset({"a"}), "Same": frozenset({"s"})}, {"Channel": {"Email": "EMAIL"}})
    new = PackageNames({}, {"Added": frozenset({"b"}), "Same": frozenset({"s"})}, {"Channel": {"Email": "EMAIL"}})
    found = [(c.breaking, c.where, c.what, c.why, c.targets) for c in compare_packages(old, new)]
    assert found == [
        (True, "`Gone`", "class removed", "public class name", {("class", "Gone")}),
        (False, "`Added`", "class added", "", set()),
    ]


def test_a_renamed_member_of_a_renamed_enum_is_named_by_its_old_names() -> None:
    old = PackageNames({}, {}, {"Channel": {"Email": "EMAIL", "Chat": "CHAT", "Gone": "GONE"}})
    new = PackageNames({}, {}, {"Medium": {"Email": "E_MAIL", "Chat": "CHAT", "Gone": "OTHER"}})
    old.members["Channel"].pop("Gone")  # identities (value sets) must match for the pairing
    new.members["Medium"].pop("Gone")
    found = [(c.where, c.what, c.why, c.targets) for c in compare_packages(old, new)]
    assert found == [
        ("`Channel`", "class renamed to `Medium`", "public class name", {("class", "Channel")}),
        (
            "`Channel`",
            "member `Channel.EMAIL` renamed to `E_MAIL`",
            "wire value `Email`",
            {("member", "Channel", "EMAIL")},
        ),
    ]


def test_methods_removed_and_renamed_in_the_order_of_their_operation_ids() -> None:
    old = PackageNames({"b": ("x", "b"), "a": ("x", "a"), "c": ("x", "c")}, {}, {})
    new = PackageNames({"b": ("y", "b"), "c": ("x", "c")}, {}, {})
    assert [(c.where, c.what, c.targets) for c in compare_packages(old, new)] == [
        ("`a`", "facade method `client.x.a` removed", {("method", "x", "a")}),
        ("`b`", "facade method `client.x.b` renamed to `client.y.b`", {("method", "x", "b")}),
    ]


def test_the_command_exits_by_what_it_finds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = package(tmp_path / "old", "OPERATIONS = {'a': ('x', 'a')}\n", {})
    new = package(tmp_path / "new", "OPERATIONS = {'a': ('x', 'b')}\n", {})
    assert changelog_packages.main([str(old), str(old)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Client name changes\n") and "**0 breaking, 0 non-breaking**" in out
    assert changelog_packages.main([str(old), str(new)]) == 1
    assert "- `a`: facade method `client.x.a` renamed to `client.x.b`\n" in capsys.readouterr().out
    assert changelog_packages.main([str(old), str(tmp_path / "nothing")]) == 2
    assert capsys.readouterr().err.startswith("changelog_packages: error: not a generated package: ")
    assert changelog_packages.main([str(old), str(new), "--usage", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"changelog_packages: error: {tmp_path / 'nowhere'} is not a directory\n"


def test_the_command_scans_other_import_names_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = package(tmp_path / "old", "OPERATIONS = {'a': ('x', 'a')}\n", {})
    new = package(tmp_path / "new", "OPERATIONS = {'a': ('x', 'b')}\n", {})
    code = tmp_path / "code"
    code.mkdir()
    (code / "app.py").write_text("import acme\nclient = acme.Dixa()\nclient.x.a()\n", encoding="utf-8")
    assert changelog_packages.main([str(old), str(new), "--usage", str(code)]) == 0
    assert "**0 of 1 breaking change touch 0 places**" in capsys.readouterr().out
    assert changelog_packages.main([str(old), str(new), "--usage", str(code), "--package", "acme"]) == 1
    out = capsys.readouterr().out
    assert "**1 of 1 breaking change touch 1 place**" in out and "  - `app.py:3` `client.x.a()`\n" in out
