"""scripts/changelog_packages.py: names a rule or template change renames, read from two generated packages."""

from __future__ import annotations

import enum
import textwrap
from pathlib import Path

import pytest

import dixa_client.models
from scripts import changelog_packages
from scripts.changelog_packages import compare_packages, read_package
from tests.conftest import ROOT


def package(root: Path, operations: dict[str, tuple[str, str]], models: dict[str, str]) -> Path:
    """A stand-in for a generated package: the facade's OPERATIONS table and model modules."""
    (root / "resources").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "resources" / "__init__.py").write_text(f"OPERATIONS: dict[str, tuple[str, str]] = {operations!r}\n")
    for name, text in models.items():
        (root / "models" / f"{name}.py").write_text(textwrap.dedent(text))
    return root


ENUM_BEFORE = """\
    from enum import StrEnum
    class Channel(StrEnum):
        WIDGETCHAT = "WidgetChat"
        EMAIL = "Email"
    """
ENUM_AFTER = ENUM_BEFORE.replace("class Channel", "class ConversationChannel").replace("WIDGETCHAT", "WIDGET_CHAT")
MODEL = """\
    from typing import ClassVar
    class {name}:
        __dixa_tag__: ClassVar[str | None] = None
        id: str
        {extra}: int
        additional_properties: dict[str, object]
    """


def test_renames_and_removals_between_two_packages(tmp_path: Path) -> None:
    old = package(
        tmp_path / "old",
        {"getAgents": ("agents", "list_agents"), "getTags": ("tags", "list_tags"), "gone": ("tags", "gone")},
        {"channel": ENUM_BEFORE, "agent": MODEL.format(name="Agent1", extra="age"),
         "tag": MODEL.format(name="Tag", extra="color")},
    )  # fmt: skip
    new = package(
        tmp_path / "new",
        {"getAgents": ("agents", "list"), "getTags": ("tags", "list_tags")},
        {
            "channel": ENUM_AFTER,
            "agent": MODEL.format(name="Agent", extra="age"),
            "tag": MODEL.format(name="Tag", extra="size"),
        },
    )
    changes = {(c.breaking, c.where, c.what) for c in compare_packages(read_package(old), read_package(new))}
    assert changes == {
        (True, "`getAgents`", "facade method `client.agents.list_agents` renamed to `client.agents.list`"),
        (True, "`gone`", "facade method `client.tags.gone` removed"),
        (True, "`Agent1`", "class renamed to `Agent`"),
        (True, "`Channel`", "class renamed to `ConversationChannel`"),
        (True, "`Channel`", "member `Channel.WIDGETCHAT` renamed to `WIDGET_CHAT`"),
    }


def test_the_usage_report_lists_renamed_members_and_methods(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = package(tmp_path / "old", {"getAgents": ("agents", "list_agents")}, {"channel": ENUM_BEFORE})
    new = package(tmp_path / "new", {"getAgents": ("agents", "list")}, {"channel": ENUM_AFTER})
    code = tmp_path / "code"
    code.mkdir()
    (code / "app.py").write_text(
        "from dixa_client import Dixa\nfrom dixa_client.models import Channel\n"
        "client = Dixa()\nclient.agents.list_agents()\nx = Channel.WIDGETCHAT\ny = Channel.EMAIL\n"
    )
    assert changelog_packages.main([str(old), str(new), "--usage", str(code)]) == 1
    out = capsys.readouterr().out
    assert "`app.py:4` `client.agents.list_agents()`" in out and "`app.py:5` `Channel.WIDGETCHAT`" in out
    assert "`app.py:2`" in out and "app.py:6" not in out
    assert changelog_packages.main([str(old), str(old), "--usage", str(code)]) == 0


def test_the_generated_package_reads_as_its_own_tables() -> None:
    from dixa_client.resources import OPERATIONS

    names = read_package(ROOT / "generated" / "dixa_client")
    assert names.methods == OPERATIONS
    exported = {name for name in dixa_client.models.__all__ if isinstance(getattr(dixa_client.models, name), type)}
    assert set(names.fields) | set(names.members) == exported
    enums = {name: cls for name in exported if issubclass(cls := getattr(dixa_client.models, name), enum.Enum)}
    assert enums and {name: names.members[name] for name in enums} == {
        name: {member.value: member.name for member in cls} for name, cls in enums.items()
    }
    assert compare_packages(names, names) == []
