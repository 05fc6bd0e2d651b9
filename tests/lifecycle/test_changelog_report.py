"""scripts/changelog_report.py: the changelog's Markdown, section by section."""

from __future__ import annotations

from scripts.changelog_classify import Change
from scripts.changelog_report import describe, render


def test_a_source_is_described_by_its_name_and_the_start_of_its_digest() -> None:
    assert describe("old.yaml", "0123456789abcdef" * 4) == "`old.yaml` (sha256 `0123456789ab`)"


def test_read_first_then_breaking_then_the_rest() -> None:
    changes = [
        Change(False, "`b`", "added", "fine"),
        Change(True, "`servers`", "servers changed", "your key goes elsewhere", top=True),
        Change(True, "`a`", "removed", places=2),
        Change(False, "`info.version`", "version changed", top=True),
        Change(False, "`c`", "deprecated"),
    ]
    assert render(changes, "OLD", "NEW") == (
        "## Dixa API changes\n"
        "\n"
        "From OLD to NEW.\n"
        "\n"
        "**2 breaking, 2 non-breaking, 1 warning** for users of the generated client.\n"
        "\n"
        "### Read first\n"
        "\n"
        "- **BREAKING** `servers`: servers changed (your key goes elsewhere)\n"
        "- **Warning** `info.version`: version changed\n"
        "\n"
        "### Breaking\n"
        "\n"
        "- `a`: removed; also in 1 other place\n"
        "\n"
        "### Non-breaking\n"
        "\n"
        "- `b`: added (fine)\n"
        "- `c`: deprecated\n"
    )


def test_warnings_are_counted_in_the_plural() -> None:
    changes = [Change(False, "`x`", "one", top=True), Change(False, "`y`", "two", top=True)]
    text = render(changes, "OLD", "NEW")
    assert "**0 breaking, 0 non-breaking, 2 warnings** for" in text
    assert "### Read first\n\n- **Warning** `x`: one\n- **Warning** `y`: two\n\n### Breaking\n\nNone.\n" in text


def test_nothing_changed_has_empty_sections_and_nothing_to_read_first() -> None:
    assert render([], "OLD", "NEW") == (
        "## Dixa API changes\n\nFrom OLD to NEW.\n\n**0 breaking, 0 non-breaking** for users of the generated client.\n"
        "\n### Breaking\n\nNone.\n\n### Non-breaking\n\nNone.\n"
    )


def test_only_the_first_dash_takes_the_label() -> None:
    text = render([Change(True, "`a - b`", "x - y", top=True)], "OLD", "NEW")
    assert "- **BREAKING** `a - b`: x - y\n" in text
