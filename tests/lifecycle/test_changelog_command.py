"""scripts/changelog.py on tiny documents: loading, the review, the command's output and exit status."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from overrides.spec._document import Document, schemas
from scripts import changelog
from scripts.normalize import DocumentError
from tests.conftest import tiny_document

THING = {
    "title": "Thing",
    "type": "object",
    "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
}


def things() -> Document:
    operation = {
        "operationId": "getThing",
        "tags": ["Things"],
        "summary": "Get thing",
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            }
        },
    }
    return tiny_document({"Thing": THING}, {"/things": {"get": operation}})


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture
def documents(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The old document, one with a breaking change (`size` removed), one with a harmless one."""
    broken, grown = things(), things()
    del schemas(broken)["Thing"]["properties"]["size"]
    schemas(grown)["Thing"]["properties"]["colour"] = {"type": "string"}
    return (
        write(tmp_path / "old.json", things()),
        write(tmp_path / "broken.json", broken),
        write(tmp_path / "grown.json", grown),
    )


def test_a_document_is_loaded_from_a_path_or_a_url_with_the_digest_of_its_bytes(
    documents: tuple[Path, Path, Path],
) -> None:
    old, _, _ = documents
    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    for source in (str(old), old.as_uri()):
        doc, sha = changelog.load(source)
        assert sha == digest
        assert schemas(doc)["Thing"]["properties"]["size"] == {"type": "integer"}


def test_an_unreadable_path_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"^cannot read .*nope\.json: No such file or directory$"):
        changelog.load(str(tmp_path / "nope.json"))


def test_parse_normalizes_the_bytes() -> None:
    kind = {"type": "string", "description": "Possible values: [A, B]"}
    raw = json.dumps(tiny_document({"T": {"title": "T", "type": "object", "properties": {"k": kind}}})).encode()
    table = schemas(changelog.parse(raw))
    assert table["T"]["properties"]["k"] == {"$ref": "#/components/schemas/K"}  # prose values made an enum
    assert table["K"]["enum"] == ["A", "B"]


def test_the_review_says_what_breaks(documents: tuple[Path, Path, Path]) -> None:
    old, broken, grown = documents
    text, breaking = changelog.changelog(str(old), str(broken))
    assert breaking
    assert "- `getThing` response 200 `size` (`Thing.size`): property removed\n" in text
    assert f"From `{old}` (sha256 `{hashlib.sha256(old.read_bytes()).hexdigest()[:12]}`) to `{broken}`" in text
    text, breaking = changelog.changelog(str(old), str(grown))
    assert not breaking and "property added" in text


def test_the_command_exits_1_on_breaking_changes_and_0_otherwise(
    documents: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, broken, grown = documents
    assert changelog.main([str(old), str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("## Dixa API changes\n") and out.endswith("### Non-breaking\n\nNone.\n")
    assert changelog.main([str(old), str(grown)]) == 0
    assert "**0 breaking, 1 non-breaking**" in capsys.readouterr().out


def project(tmp_path: Path, code: str) -> Path:
    directory = tmp_path / "project"
    directory.mkdir(exist_ok=True)
    (directory / "app.py").write_text(code, encoding="utf-8")
    return directory


def test_with_usage_the_command_exits_1_only_when_the_code_is_touched(
    documents: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, broken, _ = documents
    reads = project(tmp_path, "from dixa_client.models import Thing\n\ndef f(t: Thing) -> object:\n    return t.size\n")
    assert changelog.main([str(old), str(broken), "--usage", str(reads)]) == 1
    out = capsys.readouterr().out
    assert "### Your code" in out and "  - `app.py:4` `t.size`\n" in out
    assert out.index("### Non-breaking") < out.index("### Your code")
    elsewhere = project(
        tmp_path, "from dixa_client.models import Thing\n\ndef f(t: Thing) -> object:\n    return t.name\n"
    )
    assert changelog.main([str(old), str(broken), "--usage", str(elsewhere)]) == 0
    assert "**0 of 1 breaking change touch 0 places**" in capsys.readouterr().out


def test_another_package_name_is_scanned_for_too(
    documents: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, broken, _ = documents
    code = project(tmp_path, "from acme.models import Thing\n\ndef f(t: Thing) -> object:\n    return t.size\n")
    assert changelog.main([str(old), str(broken), "--usage", str(code)]) == 0
    assert "for uses of `dixa_client`:" in capsys.readouterr().out
    assert changelog.main([str(old), str(broken), "--usage", str(code), "--package", "acme"]) == 1
    assert "for uses of `acme`, `dixa_client`:" in capsys.readouterr().out


def test_the_review_without_usage_has_no_usage_section(documents: tuple[Path, Path, Path]) -> None:
    old, broken, _ = documents
    result = changelog.review(str(old), str(broken))
    assert (result.breaking, result.usage, result.touched) == (True, "", False)


def test_bad_input_exits_2_with_the_reason(
    documents: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, _ = documents
    assert changelog.main([str(old), str(tmp_path / "missing.json")]) == 2
    assert capsys.readouterr().err.startswith("changelog: error: cannot read")
    assert changelog.main([str(old), "file:///nonexistent/dixa.yaml"]) == 2
    assert capsys.readouterr().err.startswith("changelog: error: ")
    invalid = copy.deepcopy(things())
    del invalid["openapi"]
    assert changelog.main([str(old), str(write(tmp_path / "invalid.json", invalid))]) == 2
