"""Public names of two generated packages compared: what a change of rules or templates renames.

`make changelog` normalizes both documents with today's rules, so a rule or template that renames
classes, enum members or facade methods is invisible to it. This reads two generated packages
(`ast` only: nothing is imported) and reports, as breaking, every facade method renamed or removed
(matched by operationId), every model or enum class renamed (matched by the same fields, or the
same values) or removed, and every enum member renamed (matched by its wire value). With `--usage`
it lists the places of the user's code each one touches, as `make changelog USAGE=...` does.

Usage: python -m scripts.changelog_packages OLD_PACKAGE NEW_PACKAGE [--usage DIR [--package NAME]]
       (each the `dixa_client` directory of a generated package; an older one from git:
        mkdir /tmp/old && git archive <rev> generated | tar -x -C /tmp/old  ->  /tmp/old/generated/dixa_client)
Exit status: as scripts/changelog.py's.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from scripts.changelog_classify import Change
from scripts.changelog_facade import Facade, Method, MethodInfo
from scripts.changelog_report import render
from scripts.changelog_targets import Target
from scripts.changelog_usage import render_usage, touched
from scripts.usage import scan

ENUM_BASES = frozenset({"StrEnum", "Enum", "IntEnum"})


@dataclass
class PackageNames:
    methods: dict[str, Method] = field(default_factory=dict)  # operationId -> (namespace, method)
    fields: dict[str, frozenset[str]] = field(default_factory=dict)  # model class -> its attribute names
    members: dict[str, dict[str, str]] = field(default_factory=dict)  # enum class -> wire value -> member

    def facade(self) -> Facade:
        """What the usage scanner needs to recognise uses of these names (no result types)."""
        methods = {method: MethodInfo(op_id, [], None, False) for op_id, method in self.methods.items()}
        return Facade(methods, {name: {} for name in self.fields}, set(self.members))


def read_package(package: Path) -> PackageNames:
    """The facade methods (resources/__init__.py OPERATIONS) and the model and enum classes (models/)."""
    names = PackageNames()
    resources = ast.parse((package / "resources" / "__init__.py").read_text(encoding="utf-8"))
    for node in resources.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and "OPERATIONS" in ast.unparse(node).split("=")[0]:
            table = ast.literal_eval(node.value) if node.value is not None else {}
            names.methods = {str(key): (str(value[0]), str(value[1])) for key, value in table.items()}
    for module in sorted((package / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            if {ast.unparse(base).split(".")[-1] for base in node.bases} & ENUM_BASES:
                names.members[node.name] = {
                    str(item.value.value): item.targets[0].id
                    for item in node.body
                    if isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name)
                    and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)
                }  # fmt: skip
            else:
                names.fields[node.name] = frozenset(
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                    and "ClassVar" not in ast.unparse(item.annotation) and item.target.id != "additional_properties"
                )  # fmt: skip
    return names


def paired_renames(old: dict[str, frozenset[str]], new: dict[str, frozenset[str]]) -> dict[str, str]:
    """Old class -> new class, for classes gone and come with the same identity, when that pairing is unique."""
    gone = {name: identity for name, identity in old.items() if name not in new}
    come = {name: identity for name, identity in new.items() if name not in old}
    gone_count, come_count = Counter(gone.values()), Counter(come.values())
    return {
        name: next(new_name for new_name, new_identity in come.items() if new_identity == identity)
        for name, identity in gone.items()
        if gone_count[identity] == 1 and come_count[identity] == 1
    }


def compare_packages(old: PackageNames, new: PackageNames) -> list[Change]:
    changes = []
    for op_id, method in sorted(old.methods.items()):
        after = new.methods.get(op_id)
        targets: set[Target] = {("method", *method)}
        where = f"`{op_id}`"
        if after is None:
            changes.append(
                Change(True, where, f"facade method `client.{method[0]}.{method[1]}` removed", targets=targets)
            )
        elif after != method:
            what = f"facade method `client.{method[0]}.{method[1]}` renamed to `client.{after[0]}.{after[1]}`"
            changes.append(Change(True, where, what, targets=targets))
    old_classes = {**old.fields, **{name: frozenset(values) for name, values in old.members.items()}}
    new_classes = {**new.fields, **{name: frozenset(values) for name, values in new.members.items()}}
    renamed = paired_renames(old_classes, new_classes)
    for name in sorted(set(old_classes) - set(new_classes)):
        what = f"class renamed to `{renamed[name]}`" if name in renamed else "class removed"
        changes.append(Change(True, f"`{name}`", what, "public class name", targets={("class", name)}))
    for name in sorted(set(new_classes) - set(old_classes) - set(renamed.values())):
        changes.append(Change(False, f"`{name}`", "class added"))
    for name, members in sorted(old.members.items()):
        after_members = new.members.get(renamed.get(name, name), {})
        for value, member in sorted(members.items()):
            if value in after_members and after_members[value] != member:
                what = f"member `{name}.{member}` renamed to `{after_members[value]}`"
                changes.append(
                    Change(True, f"`{name}`", what, f"wire value `{value}`", targets={("member", name, member)})
                )
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the dixa_client directory of the package before")
    parser.add_argument("new", type=Path, help="the dixa_client directory of the package after")
    parser.add_argument("--usage", type=Path, metavar="DIR", help="list the places of your code each change touches")
    parser.add_argument("--package", action="append", default=[], metavar="NAME", help="another import name")
    args = parser.parse_args(argv)
    try:
        old, new = read_package(args.old), read_package(args.new)
    except (OSError, SyntaxError, ValueError) as error:
        print(f"changelog_packages: error: not a generated package: {error}", file=sys.stderr)
        return 2
    changes = compare_packages(old, new)
    print(render(changes, f"`{args.old}`", f"`{args.new}`").replace("## Dixa API changes", "## Client name changes"))
    if args.usage is None:
        return 1 if changes else 0
    if not args.usage.is_dir():
        print(f"changelog_packages: error: {args.usage} is not a directory", file=sys.stderr)
        return 2
    result = scan(args.usage, old.facade(), frozenset({"dixa_client", *args.package}))
    found = touched(changes, result)
    print(render_usage(found, result, str(args.usage)), end="")
    return 1 if any(item.uses for item in found) else 0


if __name__ == "__main__":
    sys.exit(main())
