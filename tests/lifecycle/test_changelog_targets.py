"""scripts/changelog_targets.py and scripts/changelog_usage.py: which uses of the client a change touches."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import changelog_targets as touch
from scripts.changelog_classify import Change
from scripts.changelog_surface import Slot
from scripts.changelog_usage import Touched, loose, render_usage, touched, touches, usage_report
from scripts.normalize import DocumentError
from scripts.usage import BLIND_SPOTS, Arguments, Scan, Use
from tests.conftest import tiny_document

METHOD = ("things", "create")


def slot(owner: str, type_: str = "string", named: bool = False) -> Slot:
    return Slot("property", type_, named, True, frozenset(), frozenset(), owner)


# --- targets: what a change at a place touches ---------------------------------------------------------


def test_a_class_attribute_is_named_by_its_class_and_python_name() -> None:
    assert touch.class_attribute(slot("Agent.phoneNumber")) == ("Agent", "phone_number")
    assert touch.class_attribute(slot("Agent")) is None
    assert touch.class_attribute(slot("`getAgents` query parameter `x`.y")) is None  # not a class
    for owner in ("Agent.tags[]", "Agent.map{}", "Agent.content<Text>", "Agent.a.b"):
        assert touch.class_attribute(slot(owner)) is None, owner


def test_uses_of_a_parameter_by_keyword_and_of_a_path_parameter_by_position() -> None:
    query, path = slot("`op` query parameter `pageKey`"), slot("`op` path parameter `thingId`")
    assert touch.used(("query parameter `pageKey`", ()), query, METHOD, []) == {("keyword", *METHOD, "page_key")}
    assert touch.used(("path parameter `thingId`", ()), path, METHOD, ["other_id", "thing_id"]) == {
        ("keyword", *METHOD, "thing_id"),
        ("positional", *METHOD, "1"),
    }
    assert touch.used(("path parameter `thingId`", ()), path, METHOD, ["other_id"]) == {
        ("keyword", *METHOD, "thing_id")
    }
    assert touch.used(("header parameter `thingId`", ()), path, METHOD, ["thing_id"]) == {
        ("keyword", *METHOD, "thing_id")
    }


def test_uses_of_a_body_and_its_top_properties() -> None:
    body = slot("`op` request body")
    assert touch.used(("request body", ()), body, METHOD, []) == {("keyword", *METHOD, "body")}
    assert touch.used(("request body", ("firstName",)), slot("In.firstName"), METHOD, []) == {
        ("attribute", "In", "first_name"),
        ("keyword", *METHOD, "first_name"),
        ("body_key", *METHOD, "firstName"),
    }
    assert touch.used(("request body", ("a", "b")), slot("A.b"), METHOD, []) == {("attribute", "A", "b")}
    assert touch.used(("request body (multipart/form-data)", ()), body, METHOD, []) == set()


def test_uses_of_a_response_are_the_calls_and_its_attributes_reads() -> None:
    assert touch.used(("response 200", ()), slot("`op` response 200"), METHOD, []) == {("method", *METHOD)}
    assert touch.used(("response 404", ()), slot("`op` response 404"), METHOD, []) == set()
    assert touch.used(("response 200", ("email",)), slot("Agent.email"), METHOD, []) == {
        ("attribute", "Agent", "email")
    }


def test_without_a_facade_method_only_attributes_are_touched() -> None:
    assert touch.used(("query parameter `x`", ()), slot("`op` query parameter `x`"), None, []) == set()
    assert touch.used(("response 200", ("email",)), slot("Agent.email"), None, []) == {("attribute", "Agent", "email")}
    assert touch.required(("request body", ("a",)), slot("In.a"), None) == {("constructor_without", "In", "a")}
    assert touch.enum_value(("query parameter `k`", ()), slot("`op` query parameter `k`", "Kind", True), "A", None) == {
        ("enum_value", "Kind", "A")
    }


def test_what_breaks_when_a_place_becomes_required() -> None:
    assert touch.required(("query parameter `pageKey`", ()), slot("`op` query parameter `pageKey`"), METHOD) == {
        ("call_without", *METHOD, "page_key")
    }
    assert touch.required(("request body", ()), slot("`op` request body"), METHOD) == {
        ("call_without", *METHOD, "body")
    }
    assert touch.required(("request body", ("firstName",)), slot("In.firstName"), METHOD) == {
        ("constructor_without", "In", "first_name"),
        ("body_without", *METHOD, "first_name", "firstName"),
    }
    assert touch.required(("request body", ("a", "b")), slot("A.b"), METHOD) == {("constructor_without", "A", "b")}
    assert touch.required(("query parameter `x`", ("[]",)), slot("`op` query parameter `x`.[]"), METHOD) == set()


def test_what_an_enum_value_removed_touches() -> None:
    named, plain = slot("`op` query parameter `kind`", "Kind", True), slot("`op` query parameter `kind`", "enum")
    assert touch.enum_value(("query parameter `kind`", ()), named, "Old", METHOD) == {
        ("enum_value", "Kind", "Old"),
        ("literal", *METHOD, "kind", "Old"),
    }
    assert touch.enum_value(("query parameter `kind`", ()), plain, "Old", METHOD) == {
        ("literal", *METHOD, "kind", "Old")
    }
    assert touch.enum_value(("query parameter `kind`", ("[]",)), plain, "Old", METHOD) == set()
    assert touch.enum_value(("request body", ("kindOf",)), plain, "Old", METHOD) == {
        ("literal", *METHOD, "kind_of", "Old")
    }
    assert touch.enum_value(("request body", ("a", "kind")), plain, "Old", METHOD) == set()
    assert touch.enum_value(("response 200", ("kind",)), named, "Old", METHOD) == {("enum_value", "Kind", "Old")}


# --- usage: which uses a target matches ----------------------------------------------------------------


def call(name: tuple[str, ...] = METHOD, **arguments: object) -> Use:
    return Use("app.py", 1, "call", name, "code", Arguments(**arguments))  # type: ignore[arg-type]


def use(kind: str, *name: str, **arguments: object) -> Use:
    return Use("app.py", 1, kind, name, "code", Arguments(**arguments))  # type: ignore[arg-type]


def test_call_targets_match_calls_of_that_method_only() -> None:
    assert touches(("method", *METHOD), call())
    assert not touches(("method", *METHOD), call(("things", "list")))
    assert not touches(("method", *METHOD), use("constructor", *METHOD))
    assert touches(("keyword", *METHOD, "size"), call(keywords=frozenset({"size"})))
    assert not touches(("keyword", *METHOD, "size"), call(keywords=frozenset({"name"})))
    assert touches(("positional", *METHOD, "1"), call(positional=2))
    assert not touches(("positional", *METHOD, "1"), call(positional=1))
    assert touches(("body_key", *METHOD, "size"), call(body_keys=frozenset({"size"})))
    assert not touches(("body_key", *METHOD, "size"), call(body_keys=frozenset({"name"})))
    assert touches(("literal", *METHOD, "kind", "Old"), call(literals=frozenset({("kind", "Old")})))
    assert not touches(("literal", *METHOD, "kind", "Old"), call(literals=frozenset({("kind", "New")})))


def test_a_call_without_a_keyword_is_touched_unless_its_arguments_are_hidden() -> None:
    target = ("call_without", *METHOD, "size")
    assert touches(target, call())
    assert not touches(target, call(keywords=frozenset({"size"})))
    assert not touches(target, call(dynamic=True))


def test_a_body_without_a_property() -> None:
    target = ("body_without", *METHOD, "first_name", "firstName")
    assert touches(target, call())  # no body at all
    assert touches(target, call(body="mapping", body_keys=frozenset({"other"})))
    assert not touches(target, call(body="mapping", body_keys=frozenset({"firstName"})))
    assert not touches(target, call(body="model"))  # the model's constructor is checked instead
    assert not touches(target, call(keywords=frozenset({"first_name"})))
    assert not touches(target, call(dynamic=True))


def test_class_attribute_and_constructor_targets() -> None:
    assert touches(("class", "Agent"), use("class", "Agent"))
    assert not touches(("class", "Agent"), use("class", "Other"))
    assert not touches(("class", "Agent"), use("constructor", "Agent"))
    assert touches(("attribute", "Agent", "email"), use("attribute", "Agent", "email"))
    assert not touches(("attribute", "Agent", "email"), use("attribute", "Agent", "name"))
    assert touches(("attribute", "Agent", "email"), use("constructor", "Agent", keywords=frozenset({"email"})))
    assert not touches(("attribute", "Agent", "email"), use("constructor", "Agent", keywords=frozenset({"name"})))
    assert not touches(("attribute", "Agent", "email"), use("constructor", "Other", keywords=frozenset({"email"})))
    target = ("constructor_without", "Agent", "email")
    assert touches(target, use("constructor", "Agent"))
    assert not touches(target, use("constructor", "Other"))
    assert not touches(target, use("constructor", "Agent", keywords=frozenset({"email"})))
    assert not touches(target, use("constructor", "Agent", dynamic=True))
    assert not touches(target, use("attribute", "Agent"))


def test_enum_targets_match_members_whatever_their_casing_and_calls_by_value() -> None:
    target = ("enum_value", "Channel", "WidgetChat")
    assert touches(target, use("enum_member", "Channel", "WIDGET_CHAT"))
    assert touches(target, use("enum_member", "Channel", "WIDGETCHAT"))
    assert not touches(target, use("enum_member", "Other", "WIDGET_CHAT"))
    assert not touches(target, use("enum_member", "Channel", "EMAIL"))
    assert touches(target, use("enum_call", "Channel", "WidgetChat"))
    assert not touches(target, use("enum_call", "Channel", "Email"))
    assert not touches(target, use("class", "Channel", "WidgetChat"))
    assert touches(("member", "Channel", "EMAIL"), use("enum_member", "Channel", "EMAIL"))
    assert not touches(("member", "Channel", "EMAIL"), use("enum_member", "Channel", "E_MAIL"))
    assert not touches(("member", "Channel", "EMAIL"), use("enum_call", "Channel", "EMAIL"))
    assert loose("WIDGET_CHAT") == loose("WidgetChat") == "widgetchat"


def test_module_and_base_url_targets() -> None:
    assert touches(("module", "api.things.get"), use("module", "api.things.get"))
    assert not touches(("module", "api.things.get"), use("module", "api.things.list"))
    assert not touches(("module", "api.things.get"), use("class", "api.things.get"))
    assert touches(("default_base_url",), use("client"))
    assert not touches(("default_base_url",), use("client", keywords=frozenset({"base_url"})))
    assert not touches(("default_base_url",), use("client", dynamic=True))
    assert not touches(("default_base_url",), use("call"))
    assert not touches(("unknown kind",), use("client"))


def test_only_breaking_changes_are_matched_and_their_places_sorted() -> None:
    late, early, other = (
        Use(p, n, "class", ("Agent",), c) for p, n, c in [("b.py", 3, "x"), ("a.py", 9, "y"), ("a.py", 2, "z")]
    )
    scan = Scan([late, early, other], 2, [], frozenset({"dixa_client"}))
    breaking = Change(True, "`Agent`", "class removed", targets={("class", "Agent")})
    harmless = Change(False, "`Agent`", "deprecated", targets={("class", "Agent")})
    (found,) = touched([breaking, harmless], scan)
    assert found.change is breaking and found.uses == [other, early, late]


def test_the_usage_section_counts_and_lists_the_places() -> None:
    first = Change(True, "`a`", "removed")
    second = Change(True, "`b`", "renamed")
    untouched = Change(True, "`c`", "gone")
    uses = [Use("app.py", 3, "class", ("A",), "A()"), Use("app.py", 3, "class", ("B",), "B()")]
    found = [Touched(first, uses[:1]), Touched(second, uses[1:]), Touched(untouched, [])]
    scan = Scan(uses, 2, ["bad.py: SyntaxError"], frozenset({"dixa_client", "acme"}))
    assert (
        render_usage(found, scan, "proj")
        == "\n".join(
            [
                "",
                "### Your code",
                "",
                "Scanned 2 Python files under `proj` for uses of `acme`, `dixa_client`: "
                "**2 of 3 breaking changes touch 1 place**.",
                "",
                "- `a`: removed",
                "  - `app.py:3` `A()`",
                "",
                "- `b`: renamed",
                "  - `app.py:3` `B()`",
                "",
                "Not scanned (could not be parsed): `bad.py: SyntaxError`.",
                "",
                "Static analysis (nothing imported or run) cannot see:",
                *(f"- {spot}" for spot in BLIND_SPOTS),
                "",
                "A breaking change with no place listed here may still reach such code.",
            ]
        )
        + "\n"
    )


def test_the_usage_section_in_the_singular() -> None:
    use_ = Use("a.py", 1, "class", ("A",), "A")
    text = render_usage([Touched(Change(True, "`a`", "x"), [use_])], Scan([use_], 1, [], frozenset({"x"})), "p")
    assert "Scanned 1 Python file under `p` for uses of `x`: **1 of 1 breaking change touch 1 place**." in text
    assert "Not scanned" not in text
    text = render_usage([], Scan([], 0, [], frozenset({"x"})), "p")
    assert "Scanned 0 Python files under `p` for uses of `x`: **0 of 0 breaking changes touch 0 places**." in text


def test_the_usage_report_needs_a_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is not a directory"):
        usage_report(tiny_document({}), [], tmp_path / "nope", frozenset({"dixa_client"}))
    (tmp_path / "app.py").write_text("from dixa_client.models import Agent\n", encoding="utf-8")
    removed = Change(True, "`Agent`", "class removed from the client", targets={("class", "Agent")})
    text, hit = usage_report(tiny_document({}), [removed], tmp_path, frozenset({"dixa_client"}))
    assert hit and "  - `app.py:1` `from dixa_client.models import Agent`\n" in text
    text, hit = usage_report(tiny_document({}), [], tmp_path, frozenset({"dixa_client"}))
    assert not hit
