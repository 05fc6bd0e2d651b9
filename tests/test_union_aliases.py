"""scripts/union_aliases.py: which unions get a name, and what the module it writes holds."""

from __future__ import annotations

from pathlib import Path

from scripts.union_aliases import union_aliases, write
from tests.conftest import tiny_document

REF = "#/components/schemas/"


def obj(title: str) -> dict[str, object]:
    return {"title": title, "type": "object", "properties": {"x": {"type": "string"}}}


def test_unions_of_models_are_named_by_their_title_and_others_are_not() -> None:
    doc = tiny_document(
        {
            "Chat": obj("Chat"),
            "Email_1": obj("EmailMessage"),
            "Message": {"title": "message", "oneOf": [{"$ref": REF + "Email_1"}, {"$ref": REF + "Chat"}]},
            "Loose": {"oneOf": [{"$ref": REF + "Chat"}, {"type": "string"}]},  # not only models
            "Nested": {"oneOf": [{"$ref": REF + "Message"}]},  # a union of a union
            "Taken": {"title": "Chat", "oneOf": [{"$ref": REF + "Email_1"}]},  # the name is a model's
        }
    )
    assert union_aliases(doc) == {"Message": ["Chat", "EmailMessage"]}


def test_the_module_imports_the_members_and_exports_the_aliases(tmp_path: Path) -> None:
    doc = tiny_document({"A": obj("A"), "B": obj("B"), "U": {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}]}})
    assert write(tmp_path, doc) == 1
    text = (tmp_path / "unions.py").read_text()
    assert "from .models import (\n    A,\n    B,\n)" in text
    assert '__all__ = [\n    "U",\n]' in text and "U: TypeAlias = A | B\n" in text
    compile(text, "unions.py", "exec")
