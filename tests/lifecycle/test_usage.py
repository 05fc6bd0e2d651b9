"""`make changelog USAGE=<dir>`: the places of the user's own code each breaking change touches, and only those."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from overrides.spec._document import Document, schemas
from scripts import changelog, fetch_spec, spec_update
from scripts.changelog import compare
from scripts.changelog_facade import build_facade
from scripts.changelog_usage import touched, usage_report
from scripts.fetch_spec import Lock
from scripts.normalize import normalize
from scripts.usage import BLIND_SPOTS, scan
from tests.conftest import ROOT, tiny_document
from tests.lifecycle.variants import Variant, change_property_type, real_cases, sample_project_breaks

SAMPLE = Path(__file__).resolve().parent / "sample_project"
MARKER = re.compile(r"#\s*breaks:")


def marked_lines(directory: Path) -> set[str]:
    """`file:line` of every line the sample project marks `# breaks: ...`."""
    return {
        f"{path.relative_to(directory)}:{number}"
        for path in directory.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if MARKER.search(line)
    }


def listed_places(report: str) -> set[str]:
    return set(re.findall(r"^  - `([^`]+:\d+)`", report, re.MULTILINE))


@pytest.mark.parametrize("edit", [sample_project_breaks, real_cases], ids=["one of each kind", "real cases"])
def test_the_sample_project_lists_exactly_the_marked_lines(
    edit: Callable[[Document], None], beta_raw: Document, beta_normalized: Document
) -> None:
    """Precision and recall 1: every marked line listed, no other line (the real cases touch the same ones)."""
    new = normalize(Variant("", edit).build(beta_raw), log=io.StringIO())
    changes = compare(beta_normalized, new)
    report, hit = usage_report(beta_normalized, changes, SAMPLE, frozenset({"dixa_client"}))
    expected, listed = marked_lines(SAMPLE), listed_places(report)
    assert len(expected) == 8
    assert hit
    assert listed == expected, f"missed {sorted(expected - listed)}, wrongly listed {sorted(listed - expected)}"
    found = {
        item.change.what: [f"{u.path}:{u.line}" for u in item.uses]
        for item in touched(changes, scan(SAMPLE, build_facade(beta_normalized)))
    }
    assert found["operation removed"] == ["helpdesk/agents.py:31"]
    assert found["property removed"] == ["helpdesk/agents.py:14", "helpdesk/agents.py:19"]
    assert found["new required parameter"] == ["helpdesk/conversations.py:11"]
    assert found["enum value `Nps` removed"] == ["helpdesk/conversations.py:16"]
    assert found["class `Tag` renamed to `Label`"] == ["helpdesk/conversations.py:6"]


def test_the_command_exits_1_when_a_place_is_touched(
    beta_raw: Document, beta_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.json"
    new.write_text(json.dumps(Variant("", sample_project_breaks).build(beta_raw)))
    assert changelog.main([str(beta_document), str(new), "--usage", str(SAMPLE)]) == 1
    out = capsys.readouterr().out
    assert "### Your code" in out and "**7 of 8 breaking changes touch 8 places**" in out
    assert all(spot in out for spot in BLIND_SPOTS)


def test_the_command_exits_0_when_breaking_changes_touch_none_of_the_code(
    beta_raw: Document, beta_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.json"
    new.write_text(json.dumps(Variant("", change_property_type).build(beta_raw)))  # Agent.phoneNumber: unused
    assert changelog.main([str(beta_document), str(new)]) == 1  # breaking...
    assert changelog.main([str(beta_document), str(new), "--usage", str(SAMPLE)]) == 0  # ...but not for this code
    assert "**0 of 1 breaking change touch 0 places**" in capsys.readouterr().out


def test_a_usage_directory_that_does_not_exist_exits_2(
    beta_document: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert changelog.main([str(beta_document), str(beta_document), "--usage", str(tmp_path / "nope")]) == 2
    assert "is not a directory" in capsys.readouterr().err


# --- the scanner on a tiny document and small pieces of code ---------------------------------------

THING = {
    "title": "Thing",
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string"},
        "size": {"type": "integer"},
        "kind": {"$ref": "#/components/schemas/Kind"},
    },
}
KIND = {"title": "Kind", "type": "string", "enum": ["Old", "New"]}


def things_document() -> dict[str, Any]:
    json_body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    kind = {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["Old", "New"]}}
    paths = {
        "/things": {
            "get": {"operationId": "getThings", "tags": ["Things"], "summary": "List things", "parameters": [kind],
                    "responses": {"200": {"description": "ok", **json_body}}},
            "post": {"operationId": "postThings", "tags": ["Things"], "summary": "Create thing",
                     "requestBody": json_body, "responses": {"200": {"description": "ok", **json_body}}},
        },
        "/things/{thingId}": {
            "delete": {"operationId": "deleteThing", "tags": ["Things"], "summary": "Delete thing",
                       "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {}}],
                       "responses": {"204": {"description": "gone"}}},
        },
    }  # fmt: skip
    return tiny_document({"Thing": THING, "Kind": KIND}, paths)


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def report_for(
    tmp_path: Path, edit: Any, files: dict[str, str], packages: frozenset[str] = frozenset()
) -> dict[str, set[str]]:
    old = normalize(things_document(), log=io.StringIO())
    changed = things_document()
    edit(changed)
    changes = compare(old, normalize(changed, log=io.StringIO()))
    result = scan(write(tmp_path / "project", files), build_facade(old), frozenset({"dixa_client"}) | packages)
    return {item.change.what: {f"{u.path}:{u.line}" for u in item.uses} for item in touched(changes, result)}


def remove_delete(doc: Document) -> None:
    del doc["paths"]["/things/{thingId}"]["delete"]


def require_size(doc: Document) -> None:
    schemas(doc)["Thing"]["required"].append("size")


def drop_old_kind(doc: Document) -> None:
    schemas(doc)["Kind"]["enum"].remove("Old")
    doc["paths"]["/things"]["get"]["parameters"][0]["schema"]["enum"].remove("Old")


def drop_name(doc: Document) -> None:
    schemas(doc)["Thing"]["properties"].pop("name")
    del schemas(doc)["Thing"]["required"]  # it held only "name" (an empty list is not valid OpenAPI 3.0)


def test_a_vendored_copy_is_found_by_its_import_name_and_not_scanned_itself(tmp_path: Path) -> None:
    files = {
        "app.py": """\
            from acme_dixa import Dixa
            from acme_dixa.api.things import delete_thing
            from other_dixa.api.things import delete_thing as unrelated
            Dixa(base_url="https://x").things.delete("1")
            Dixa(base_url="https://x").things.create(body=None)
            """,
        "vendor/acme_dixa/_vendored.json": "{}",
        "vendor/acme_dixa/resources.py": "client.things.delete('1')\n",
    }
    found = report_for(tmp_path, remove_delete, files)
    assert found == {"operation removed": {"app.py:2", "app.py:4"}}


def test_another_import_name_can_be_given(tmp_path: Path) -> None:
    files = {"app.py": "import acme.client as dx\nclient = dx.Dixa()\nclient.things.delete('1')\n"}
    assert report_for(tmp_path, remove_delete, files) == {"operation removed": set()}
    assert report_for(tmp_path, remove_delete, files, frozenset({"acme"}))["operation removed"] == set()
    files = {"app.py": "import acme\nclient = acme.Dixa()\nclient.things.delete('1')\n"}
    assert report_for(tmp_path, remove_delete, files, frozenset({"acme"})) == {"operation removed": {"app.py:3"}}


def test_a_new_required_property_touches_bodies_that_omit_it(tmp_path: Path) -> None:
    files = {
        "app.py": """\
            from dixa_client import Dixa
            from dixa_client.models import Thing

            client = Dixa()
            client.things.create(body={"name": "a"})
            client.things.create(body={"name": "a", "size": 1})
            client.things.create(name="a")
            client.things.create(name="a", size=1)
            client.things.create(body=Thing(name="a"))
            client.things.create(body=Thing(name="a", size=2))
            options = {"name": "a"}
            client.things.create(**options)
            """,
    }
    (found,) = report_for(tmp_path, require_size, files).values()
    assert found == {"app.py:5", "app.py:7", "app.py:9"}


def test_an_enum_value_removed_touches_its_member_and_its_literal(tmp_path: Path) -> None:
    files = {
        "app.py": """\
            from dixa_client import Dixa
            from dixa_client.models import GetThingsKind, Kind, Thing

            def check(thing: Thing) -> bool:
                return thing.kind in (Kind.OLD, Kind.NEW)

            Kind("Old")
            Kind("New")
            with Dixa() as client:
                client.things.list(kind="Old")
                client.things.list(kind="New")
                client.things.list(kind=GetThingsKind.OLD)
            """,
    }
    found = report_for(tmp_path, drop_old_kind, files)
    assert set().union(*found.values()) == {"app.py:5", "app.py:7", "app.py:10", "app.py:12"}


def test_attribute_reads_where_the_model_type_is_evident(tmp_path: Path) -> None:
    files = {
        "app.py": """\
            from __future__ import annotations
            import dixa_client
            from dixa_client import models

            class Service:
                def __init__(self) -> None:
                    self.client = dixa_client.Dixa()

                def first(self) -> str:
                    return self.client.things.list().name

            def narrowed(value: object) -> str:
                if isinstance(value, models.Thing):
                    return value.name
                return value.name

            def annotated(things: list["models.Thing"]) -> list[str]:
                return [thing.name for thing in things]

            def unknown(thing):
                return thing.name

            def built() -> str:
                thing = models.Thing(name="x")
                return thing.name
            """,
    }
    (found,) = report_for(tmp_path, drop_name, files).values()
    assert found == {"app.py:10", "app.py:14", "app.py:18", "app.py:24", "app.py:25"}


def test_code_that_cannot_be_parsed_is_reported_not_fatal(tmp_path: Path) -> None:
    project = write(tmp_path / "project", {"ok.py": "import dixa_client\n", "bad.py": "def (:\n"})
    result = scan(project, build_facade(normalize(things_document(), log=io.StringIO())))
    assert result.files == 1 and result.unreadable == ["bad.py: SyntaxError"]


def test_make_changelog_passes_usage_through_the_environment(
    beta_raw: Document, beta_document: Path, tmp_path: Path
) -> None:
    project = tmp_path / 'my "project"; touch INJECTED; echo "'  # reaches the script as one literal argument
    shutil.copytree(SAMPLE, project)
    new = tmp_path / "new.json"
    new.write_text(json.dumps(Variant("", sample_project_breaks).build(beta_raw)))
    result = subprocess.run(
        ["make", "--no-print-directory", "changelog", f"OLD={beta_document}", f"NEW={new}", f"USAGE={project}"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr  # the script's 1 (a place touched), as make reports it
    assert f"under `{project}`" in result.stdout and "`helpdesk/agents.py:31`" in result.stdout
    assert not (ROOT / "INJECTED").exists() and not (tmp_path / "INJECTED").exists()


def test_spec_update_prints_the_places_before_re_pinning(
    beta_raw: Document, beta_document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(fetch_spec, "OPENAPI_DIR", tmp_path)
    monkeypatch.setattr(spec_update, "CHANGELOG", tmp_path / "CHANGELOG.md")  # never the repository's
    body = beta_document.read_bytes()
    (tmp_path / "beta.yaml").write_bytes(body)
    Lock("beta", "https://example.invalid/beta.yaml", hashlib.sha256(body).hexdigest(), len(body), "2026-01-01").save(
        tmp_path / "beta.lock.json"
    )
    new = tmp_path / "upstream.json"
    new.write_text(json.dumps(Variant("", sample_project_breaks).build(beta_raw)))
    assert spec_update.main(["--url", new.as_uri(), "--usage", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.index("### Your code") < out.index("spec-update: now run")
    assert listed_places(out) == marked_lines(SAMPLE)
    assert (
        json.loads((tmp_path / "beta.lock.json").read_text())["sha256"] == hashlib.sha256(new.read_bytes()).hexdigest()
    )
    assert "### Your code" not in (tmp_path / "CHANGELOG.md").read_text()  # the usage report is not recorded
