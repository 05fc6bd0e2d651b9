"""What user code a change touches, as targets the usage scanner (scripts/usage.py) can find.

A target is a tuple naming one kind of use, spelled with the OLD document's names (the user's code
was written against it):

    ("method", namespace, method)                  any call of client.<namespace>.<method>(...)
    ("keyword", namespace, method, keyword)        a call passing that keyword
    ("positional", namespace, method, index)       a call passing at least index+1 positional arguments
    ("call_without", namespace, method, keyword)   a call not passing that keyword
    ("body_without", namespace, method, kw, wire)  a call whose body lacks that property (keyword or mapping key)
    ("body_key", namespace, method, wire)          a call whose `body=` mapping literal holds that key
    ("literal", namespace, method, keyword, value) a call passing that string for that keyword
    ("class", Name)                                an import or reference of a model or enum class
    ("attribute", Class, attribute)                a read of the attribute, or that keyword in Class(...)
    ("constructor_without", Class, keyword)        a Class(...) call not passing that keyword
    ("enum_value", Enum, value)                    Enum.MEMBER for that wire value, or Enum("value")
    ("member", Enum, MEMBER)                       Enum.MEMBER by its name (scripts/changelog_packages.py)
    ("module", "api.<tag>.<operation>")            an import of the low-level functions' module
    ("default_base_url",)                          a Dixa()/AsyncDixa() built without base_url=
"""

from __future__ import annotations

import re

from scripts.changelog_facade import Method, python_name
from scripts.changelog_surface import At, Slot

Target = tuple[str, ...]
PARAMETER_ROOT = re.compile(r"(\w+) parameter `(.+)`")


def class_attribute(slot: Slot) -> tuple[str, str] | None:
    """("Agent", "email") when the slot is an attribute of a public class: `Agent.email`."""
    owner, _, attribute = slot.owner.partition(".")
    if attribute and " " not in owner and re.fullmatch(r"[^.\[{<]+", attribute):
        return owner, python_name(attribute)
    return None


def used(at: At, slot: Slot, method: Method | None, path_parameters: list[str]) -> set[Target]:
    """Uses that break when the place is removed, changes type, or may now be absent."""
    root, where = at
    targets: set[Target] = set()
    attribute = class_attribute(slot)
    if attribute:
        targets.add(("attribute", *attribute))
    parameter = PARAMETER_ROOT.fullmatch(root)
    if method is None:
        return targets
    if parameter and not where:
        keyword = python_name(parameter.group(2))
        targets.add(("keyword", *method, keyword))
        if parameter.group(1) == "path" and keyword in path_parameters:
            targets.add(("positional", *method, str(path_parameters.index(keyword))))
    elif root == "request body" and len(where) <= 1:
        targets.add(("keyword", *method, python_name(where[0]) if where else "body"))
        if where:
            targets.add(("body_key", *method, where[0]))
    elif root.startswith("response 2") and not where:
        targets.add(("method", *method))
    return targets


def required(at: At, slot: Slot, method: Method | None) -> set[Target]:
    """Uses that break when the place becomes required: the calls or constructors that omit it."""
    root, where = at
    targets: set[Target] = set()
    attribute = class_attribute(slot)
    if attribute:
        targets.add(("constructor_without", *attribute))
    parameter = PARAMETER_ROOT.fullmatch(root)
    if method is None:
        return targets
    if parameter and not where:
        targets.add(("call_without", *method, python_name(parameter.group(2))))
    elif root == "request body" and not where:
        targets.add(("call_without", *method, "body"))
    elif root == "request body" and len(where) == 1:
        targets.add(("body_without", *method, python_name(where[0]), where[0]))
    return targets


def enum_value(at: At, slot: Slot, value: str, method: Method | None) -> set[Target]:
    """Uses of one enum value: the member, and the raw string passed where the enum is expected."""
    root, where = at
    targets: set[Target] = {("enum_value", slot.type, value)} if slot.named else set()
    parameter = PARAMETER_ROOT.fullmatch(root)
    if method is not None and parameter and not where:
        targets.add(("literal", *method, python_name(parameter.group(2)), value))
    elif method is not None and root == "request body" and len(where) == 1:
        targets.add(("literal", *method, python_name(where[0]), value))
    return targets
