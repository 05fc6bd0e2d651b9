"""`make changelog-webhooks`: the webhook document compared as deliveries received (like responses)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts import webhook_changelog
from scripts.webhook_models import DOCUMENT


def variant(tmp_path: Path, old: str, new: str) -> Path:
    text = DOCUMENT.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "new.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_each_webhook_becomes_an_operation_answering_its_delivery() -> None:
    doc = yaml.safe_load(DOCUMENT.read_bytes())
    converted = webhook_changelog.as_operations(doc)
    assert len(converted["paths"]) == len(doc["webhooks"]) == 32
    operation = converted["paths"]["/webhooks/ConversationCreated"]["post"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ConversationCreated"}
    assert "requestBody" not in operation


def test_the_same_document_has_no_changes(capsys: pytest.CaptureFixture[str]) -> None:
    assert webhook_changelog.main(["--old", str(DOCUMENT), "--new", str(DOCUMENT)]) == 0


def test_a_field_dixa_may_stop_sending_is_breaking(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    new = variant(tmp_path, "        contact_point:\n", "        contact_address:\n")
    assert webhook_changelog.main(["--old", str(DOCUMENT), "--new", str(new)]) == 1
    out = capfd.readouterr().out
    assert "data.conversation.contact_point" in out and "removed" in out


def test_a_new_enum_value_is_not_breaking(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    new = variant(tmp_path, "enum: [WIDGET_CHAT]", "enum: [EMAIL, WIDGET_CHAT]")
    assert webhook_changelog.main(["--old", str(DOCUMENT), "--new", str(new)]) == 0
    assert "`EMAIL` added" in capfd.readouterr().out


def test_an_unreadable_document_is_bad_input(tmp_path: Path) -> None:
    assert webhook_changelog.main(["--old", str(tmp_path / "absent.yaml")]) == 2


def test_make_changelog_s_webhook_step_is_silent_while_the_document_is_as_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    assert webhook_changelog.main(["--if-changed"]) == 0  # the working copy is HEAD's
    assert capfd.readouterr().out == ""
    committed = variant(tmp_path, "        contact_point:\n", "        contact_address:\n").read_bytes()
    monkeypatch.setattr(webhook_changelog, "committed_document", lambda: committed)  # the working copy is edited
    assert webhook_changelog.main(["--if-changed"]) == 1
    assert "data.conversation.contact_address" in capfd.readouterr().out
