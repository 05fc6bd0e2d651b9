"""`make changelog`: each kind of upstream change gives the right entry, classified for client users."""

from __future__ import annotations

import copy
import enum
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from overrides.spec._document import Document, schemas
from scripts import changelog
from scripts.changelog import Change, compare
from scripts.changelog_facade import build_facade, facade_names
from scripts.normalize import normalize
from tests.conftest import API_PREFIX, API_VERSION, ROOT, get_operation, tiny_document
from tests.lifecycle.variants import (
    OTHER_VERSION,
    REAL_CASES_BREAKING,
    REAL_CASES_NOT_BREAKING,
    VARIANTS,
    Variant,
    change_version,
    real_cases,
    remove_operation,
    remove_response_property,
)


def listing(changes: list[Change]) -> str:
    return "\n".join(f"{'BREAKING' if c.breaking else 'ok'} {c.markdown()}" for c in changes) or "(no changes)"


def changes_between(old: Document, new: Document) -> list[Change]:
    return compare(normalize(copy.deepcopy(old), log=io.StringIO()), normalize(copy.deepcopy(new), log=io.StringIO()))


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_each_variant_gives_its_entries_and_classification(
    variant: Variant, beta_raw: Document, beta_normalized: Document
) -> None:
    changes = compare(beta_normalized, normalize(variant.build(beta_raw), log=io.StringIO()))
    for breaking, what, where in variant.expected:
        found = [c for c in changes if what in c.what and where in c.where]
        assert found, f"expected {what!r} at {where!r}, got:\n{listing(changes)}"
        assert all(c.breaking is breaking for c in found), listing(found)
    if variant.exact:
        assert len(changes) == len(variant.expected), listing(changes)


def test_the_pinned_document_against_itself_has_no_changes(beta_normalized: Document) -> None:
    assert compare(beta_normalized, beta_normalized) == []


def test_a_change_in_a_shared_model_is_listed_once_with_its_other_places(
    beta_raw: Document, beta_normalized: Document
) -> None:
    variant = Variant("", remove_response_property)
    (change,) = compare(beta_normalized, normalize(variant.build(beta_raw), log=io.StringIO()))
    assert change.places > 1
    assert change.markdown().endswith(f"also in {change.places - 1} other places")


def test_a_moved_path_that_keeps_its_operation_id_keeps_its_function() -> None:
    thing = {"Thing": {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}}
    old = tiny_document(thing, get_operation("/beta/things", "Thing"))
    new = tiny_document(thing, get_operation("/v1/things", "Thing"))
    (change,) = changes_between(old, new)
    assert not change.breaking and "path changed from `/beta/things` to `/v1/things`" in change.what


def test_direction_decides_what_breaks() -> None:
    """Optional -> required breaks a request; required -> optional breaks a response (may be UNSET)."""
    item = {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}, "b": {"type": "string"}}}

    def body(key: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{key}"}}}}

    paths = {
        "/things": {
            "post": {
                "operationId": "postThing",
                "requestBody": body("In"),
                "responses": {"200": {"description": "ok", **body("Out")}},
            }
        }
    }
    old = tiny_document({"In": {"title": "In", **item}, "Out": {"title": "Out", **item}}, paths)
    new = copy.deepcopy(old)
    schemas(new)["In"]["required"] = ["a", "b"]
    del schemas(new)["Out"]["required"]
    changes = {(c.where, c.what): c.breaking for c in changes_between(old, new)}
    assert changes == {
        ("`postThing` request body `b` (`In.b`)", "now required"): True,
        ("`postThing` response 200 `a` (`Out.a`)", "no longer always present"): True,
    }


def test_a_cycle_in_the_schema_graph_is_walked_once() -> None:
    children = {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    node = {"title": "Node", "type": "object", "properties": {"children": children}}
    old = tiny_document({"Node": node}, get_operation("/nodes", "Node"))
    new = copy.deepcopy(old)
    schemas(new)["Node"]["properties"]["name"] = {"type": "string"}
    (change,) = changes_between(old, new)
    assert (change.where, change.what, change.breaking) == (
        "`getThing` response 200 `name` (`Node.name`)",
        "property added",
        False,
    )


def test_the_command_prints_markdown_and_exits_1_on_breaking_changes(
    beta_raw: Document, beta_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.json"
    new.write_text(json.dumps(Variant("", remove_operation).build(beta_raw)))
    assert changelog.main([str(beta_document), new.as_uri()]) == 1  # a path and a file:// URL
    out = capsys.readouterr().out
    assert "**1 breaking, 0 non-breaking**" in out
    assert (
        f"### Breaking\n\n- `DELETE {API_PREFIX}/agents/{{agentId}}` (`deleteAgentsAgentid`): operation removed\n"
        in out
    )
    assert "### Non-breaking\n\nNone.\n" in out


def test_make_changelog_exits_0_without_breaking_changes(beta_document: Path) -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "changelog", f"OLD={beta_document}", f"NEW={beta_document}"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "**0 breaking, 0 non-breaking**" in result.stdout


@pytest.mark.parametrize(
    "content",
    [
        b"not: [an, openapi, document]",
        json.dumps(tiny_document({"X": {"$ref": "https://evil.example/x.yaml"}})).encode(),
    ],
    ids=["not openapi", "remote ref"],
)
def test_bad_input_exits_2(content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.yaml"
    good.write_text(json.dumps(tiny_document({})))
    bad.write_bytes(content)
    assert changelog.main([str(good), str(bad)]) == 2
    assert "changelog: error:" in capsys.readouterr().err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert changelog.main([str(tmp_path / "nope.yaml"), str(tmp_path / "nope.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_facade_names_are_those_of_the_generated_client(beta_normalized: Document) -> None:
    from dixa_client.resources import OPERATIONS

    assert facade_names(beta_normalized) == OPERATIONS


def test_a_prefix_shared_by_moved_paths_pairs_operations_whose_ids_changed_too() -> None:
    thing = {"Thing": {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}}
    old_paths = {**get_operation("/v1/things", "Thing", "getV1Things"), **get_operation("/v1/others", "Thing", "o1")}
    new_paths = {**get_operation("/beta/things", "Thing", "getThings"), **get_operation("/beta/others", "Thing", "o2")}
    changes = changes_between(tiny_document(thing, old_paths), tiny_document(thing, new_paths))
    assert [(c.breaking, c.what) for c in changes if not c.breaking] == [
        (False, "path prefix changed from `/v1` to `/beta` for 2 operations")
    ]
    moved = sorted(c.what for c in changes if c.breaking)
    assert moved == [
        "facade method `client.default.get_v1_things` renamed to `client.default.get_things`",
        "facade method `client.default.o1` renamed to `client.default.o2`",
        "functions moved from `api.default.get_v1_things` to `api.default.get_things`",
        "functions moved from `api.default.o1` to `api.default.o2`",
    ], listing(changes)


def test_servers_and_version_are_read_first(
    beta_raw: Document, beta_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.json"

    def move(doc: Document) -> None:
        doc["servers"] = [{"url": "https://elsewhere.example"}]
        change_version(doc)

    moved = Variant("", move)
    new.write_text(json.dumps(moved.build(beta_raw)))
    assert changelog.main([str(beta_document), str(new)]) == 1
    out = capsys.readouterr().out
    assert "**1 breaking, 0 non-breaking, 1 warning**" in out
    read_first = out.split("### Read first\n\n")[1].split("\n\n")[0].splitlines()
    assert read_first[0].startswith("- **BREAKING** `servers`: servers changed from `https://dev.dixa.io` to")
    assert read_first[1].startswith(
        f"- **Warning** `info.version`: API version changed from `{API_VERSION}` to `{OTHER_VERSION}`"
    )
    assert "### Breaking\n\nNone.\n" in out


def test_real_cases_precision_and_recall_are_1(beta_raw: Document, beta_normalized: Document) -> None:
    """Issue 13's real-document misses in one update: every breaking entry expected, nothing else breaking."""
    changes = compare(beta_normalized, normalize(Variant("", real_cases).build(beta_raw), log=io.StringIO()))
    breaking = [c for c in changes if c.breaking]

    def expected(change: Change, entries: list[tuple[str, str]]) -> bool:
        return any(what in change.what and where in change.where for what, where in entries)

    false_breaking = [c for c in breaking if not expected(c, REAL_CASES_BREAKING)]
    missed = [e for e in REAL_CASES_BREAKING if not any(expected(c, [e]) for c in breaking)]
    assert not false_breaking and not missed, f"false: {listing(false_breaking)}\nmissed: {missed}"
    assert len(breaking) == len(REAL_CASES_BREAKING), listing(breaking)
    for what, where in REAL_CASES_NOT_BREAKING:
        assert any(what in c.what and where in c.where and not c.breaking for c in changes), (what, where)
    assert len(changes) == len(REAL_CASES_BREAKING) + len(REAL_CASES_NOT_BREAKING), listing(changes)


def test_every_public_class_of_the_generated_client_is_known(beta_normalized: Document) -> None:
    """So a rename or removal of any model or enum class can be reported (inline enums named as the generator does)."""
    import dixa_client.models

    classes = {name: getattr(dixa_client.models, name) for name in dixa_client.models.__all__}
    generated = {name for name, value in classes.items() if isinstance(value, type)}
    enums = {name for name in generated if issubclass(classes[name], enum.Enum)}
    facade = build_facade(beta_normalized)
    assert facade.classes == generated
    assert enums and enums <= facade.enums and not facade.enums & set(facade.attributes)


def test_facade_names_that_collide_do_not_stop_the_changelog() -> None:
    """The naming rule refuses such a document (the generator would too); the comparison still runs."""
    thing = {"Thing": {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}}
    paths = {**get_operation("/a", "Thing", "getThing"), **get_operation("/b", "Thing", "get-thing")}
    for path in paths.values():
        path["get"]["summary"] = "Get thing"
    old = tiny_document(thing, paths)
    assert facade_names(normalize(copy.deepcopy(old), log=io.StringIO())) == {}
    new = copy.deepcopy(old)
    schemas(new)["Thing"]["properties"]["name"] = {"type": "string"}
    assert [c.what for c in changes_between(old, new)] == ["property added"]


def test_one_member_unions_are_looked_through_even_in_a_cycle() -> None:
    wrapped = {"title": "Box", "type": "object", "properties": {"inner": {"$ref": "#/components/schemas/A"}}}
    cycle = {"A": {"title": "A", "oneOf": [{"$ref": "#/components/schemas/B"}]},
             "B": {"title": "B", "oneOf": [{"$ref": "#/components/schemas/A"}]}}  # fmt: skip
    old = tiny_document({"Box": wrapped, **cycle}, get_operation("/box", "Box"))
    new = copy.deepcopy(old)
    schemas(new)["Box"]["properties"]["label"] = {"type": "string"}
    assert [c.what for c in changes_between(old, new)] == ["property added"]
