"""Which breaking changes touch the user's own code, and where: targets (scripts/changelog_targets.py)
matched against the uses the scanner found (scripts/usage.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from overrides.spec._document import Document
from scripts.changelog_classify import Change
from scripts.changelog_facade import build_facade
from scripts.changelog_targets import Target
from scripts.normalize import DocumentError
from scripts.usage import BLIND_SPOTS, Scan, Use, scan


def loose(name: str) -> str:
    """`WIDGET_CHAT`, `WIDGETCHAT` and `WidgetChat` alike: enum members are matched whatever the casing rule."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def touches(target: Target, use: Use) -> bool:  # one rule per target kind
    kind, args = target[0], use.arguments
    if kind in ("method", "keyword", "positional", "call_without", "body_without", "body_key", "literal"):
        if use.kind != "call" or use.name != target[1:3]:
            return False
        if kind == "method":
            return True
        if kind == "keyword":
            return target[3] in args.keywords
        if kind == "positional":
            return args.positional > int(target[3])
        if kind == "call_without":
            return target[3] not in args.keywords and not args.dynamic
        if kind == "body_key":
            return target[3] in args.body_keys
        if kind == "literal":
            return (target[3], target[4]) in args.literals
        # body_without: a keyword body or a mapping lacking the property; a model body is its constructor's
        if target[3] in args.keywords or args.dynamic:
            return False
        return args.body == "absent" or (args.body == "mapping" and target[4] not in args.body_keys)
    if kind == "class":
        return use.kind == "class" and use.name == target[1:]
    if kind == "attribute":
        if use.kind == "constructor":
            return use.name == target[1:2] and target[2] in args.keywords
        return use.kind == "attribute" and use.name == target[1:]
    if kind == "constructor_without":
        return (
            use.kind == "constructor"
            and use.name == target[1:2]
            and target[2] not in args.keywords
            and not args.dynamic
        )
    if kind == "enum_value":
        if use.kind == "enum_member":
            return use.name[0] == target[1] and loose(use.name[1]) == loose(target[2])
        return use.kind == "enum_call" and use.name == target[1:]
    if kind == "member":
        return use.kind == "enum_member" and use.name == target[1:]
    if kind == "module":
        return use.kind == "module" and use.name == target[1:]
    if kind == "default_base_url":
        return use.kind == "client" and "base_url" not in args.keywords and not args.dynamic
    return False


@dataclass
class Touched:
    change: Change
    uses: list[Use]


def touched(changes: list[Change], scan: Scan) -> list[Touched]:
    """Each breaking change with the places of the user's code it touches, in file and line order."""
    result = []
    for change in changes:
        if change.breaking:
            uses = {use for use in scan.uses for target in change.targets if touches(target, use)}
            result.append(Touched(change, sorted(uses, key=lambda u: (u.path, u.line, u.code))))
    return result


def render_usage(found: list[Touched], scan: Scan, directory: str) -> str:
    """A section for the changelog: what breaks in the user's code, then what this check cannot see."""
    hit = [t for t in found if t.uses]
    places = {(use.path, use.line) for t in hit for use in t.uses}
    lines = [
        "",
        "### Your code",
        "",
        f"Scanned {scan.files} Python file{'s' if scan.files != 1 else ''} under `{directory}` for uses of "
        f"{', '.join(f'`{p}`' for p in sorted(scan.packages))}: "
        f"**{len(hit)} of {len(found)} breaking change{'s' if len(found) != 1 else ''} touch "
        f"{len(places)} place{'s' if len(places) != 1 else ''}**.",
    ]
    for item in hit:
        lines += ["", item.change.markdown()]
        lines += [f"  - `{use.path}:{use.line}` `{use.code}`" for use in item.uses]
    if scan.unreadable:
        lines += ["", "Not scanned (could not be parsed): " + ", ".join(f"`{u}`" for u in scan.unreadable) + "."]
    lines += ["", "Static analysis (nothing imported or run) cannot see:"]
    lines += [f"- {spot}" for spot in BLIND_SPOTS]
    lines += ["", "A breaking change with no place listed here may still reach such code."]
    return "\n".join(lines) + "\n"


def usage_report(old: Document, changes: list[Change], directory: Path, packages: frozenset[str]) -> tuple[str, bool]:
    """The "Your code" section for the user's code under `directory`, and whether any place is touched."""
    if not directory.is_dir():
        raise DocumentError(f"usage: {directory} is not a directory")
    result = scan(directory, build_facade(old), packages)
    found = touched(changes, result)
    return render_usage(found, result, str(directory)), any(item.uses for item in found)
