"""Every event parses into its class from a body built from the documented fields; the models are
open (unknown keys, enum values, events and non-UUID ids survive); bad bodies raise typed errors."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any
from uuid import UUID

import pytest

from dixa_client import DixaError
from dixa_client.types import UNSET
from dixa_client.webhooks import (
    EVENT_MODELS,
    SUBSCRIPTION_EVENTS,
    ConversationAbandoned,
    ConversationAssigned,
    ConversationChannel,
    ConversationClosed,
    ConversationNoteAdded,
    ConversationOpen,
    ConversationPendingExpired,
    ConversationStatus,
    UnknownWebhookEvent,
    UserRole,
    WebhookPayloadError,
    parse,
)
from dixa_client.webhooks import models as webhook_models

from .deliveries import AGENT, CONVERSATION, EVENTS, delivery, encode, present, without_nulls

EVENT_IDS = sorted(EVENTS)


@pytest.mark.parametrize("subscription_name", EVENT_IDS)
def test_every_event_parses_into_its_class(subscription_name: str) -> None:
    event_fqn, class_name = EVENTS[subscription_name]
    body = delivery(event_fqn)

    event = parse(encode(body))

    assert type(event) is getattr(webhook_models, class_name)
    assert not isinstance(event, UnknownWebhookEvent)
    assert event.event_fqn == event_fqn
    assert event.event_id == UUID("3f0d6a0e-6f1b-4c39-9d64-2b8f3c1a7e55")
    assert event.event_version == "1"
    assert event.event_timestamp == dt.datetime(2023, 7, 13, 9, 2, 29, 512000, tzinfo=dt.UTC)
    assert event.organization.name == "Example Org"
    # Everything comes back: documented fields typed, the rest kept; nulls read as unset.
    assert event.to_dict() == without_nulls(body)


def test_the_registry_names_every_event_and_its_subscription_name() -> None:
    assert {fqn: name for fqn, name in EVENT_MODELS.items()} == {fqn: cls for fqn, cls in EVENTS.values()}
    assert SUBSCRIPTION_EVENTS == {name: fqn for name, (fqn, _) in EVENTS.items()}


def test_documented_fields_are_typed() -> None:
    event = parse(encode(delivery("CONVERSATION_NOTE_ADDED")))
    assert isinstance(event, ConversationNoteAdded)
    data = event.data
    assert data.note_id == UUID("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
    assert data.text == "Called the customer back"
    assert data.created_at == dt.datetime(2023, 7, 13, 9, 2, 29, 400000, tzinfo=dt.UTC)
    conversation = present(data.conversation)
    assert conversation.csid == 42
    assert conversation.channel is ConversationChannel.WIDGET_CHAT
    assert conversation.status is ConversationStatus.OPEN
    assert conversation.created_at == dt.datetime(2023, 7, 13, 8, 59, 1, 250000, tzinfo=dt.UTC)
    assert present(conversation.queue).name == "Support"
    assert present(conversation.requester).roles == [UserRole.ENDUSER]
    assert present(conversation.assignee).phone == "+4511223344"
    assert present(data.author).roles == [UserRole.ADMIN, UserRole.AGENT]


def test_pending_expired_and_abandoned_carry_their_extra_objects() -> None:
    expired = parse(encode(delivery("CONVERSATION_PENDING_EXPIRED")))
    assert isinstance(expired, ConversationPendingExpired)
    assert present(expired.data.pending_by_user).name == "Ada Agent"
    abandoned = parse(encode(delivery("CONVERSATION_ABANDONED")))
    assert isinstance(abandoned, ConversationAbandoned)
    assert present(abandoned.data.queue).name == "Support"


def test_nulls_and_absent_optional_fields_read_as_unset() -> None:
    conversation = dict(CONVERSATION, assignee=None, queue=None, subject=None)
    del conversation["tags"]
    event = parse(encode(delivery("CONVERSATION_OPEN", {"conversation": conversation})))
    assert isinstance(event, ConversationOpen)
    parsed = present(event.data.conversation)
    assert parsed.assignee is UNSET and parsed.queue is UNSET and parsed.subject is UNSET and parsed.tags is UNSET
    assert present(parsed.requester).phone is UNSET  # the end user's `"phone": null`

    empty = parse(encode(delivery("CONVERSATION_OPEN", {})))  # "dynamic payloads": every data field optional
    assert isinstance(empty, ConversationOpen) and empty.data.conversation is UNSET


def test_unknown_fields_are_kept_at_every_level_and_written_back() -> None:
    user = dict(AGENT, kind="Agent")
    conversation = dict(CONVERSATION, assignee=user, language="da", tags=[{"id": "t1", "name": "vip"}])
    body = delivery("CONVERSATION_OPEN", {"conversation": conversation, "reason": "reopened"}, source="api")

    event = parse(encode(body))

    assert isinstance(event, ConversationOpen)
    assert event["source"] == "api"
    assert event.data["reason"] == "reopened"
    parsed = present(event.data.conversation)
    assert parsed["language"] == "da"
    assert present(parsed.assignee)["kind"] == "Agent"
    assert parsed.tags == [{"id": "t1", "name": "vip"}]
    assert event.to_dict() == without_nulls(body)


def test_unknown_enum_values_are_kept() -> None:
    conversation = dict(CONVERSATION, channel="EMAIL", status="CLOSED", direction="OUTBOUND")
    conversation["requester"] = dict(CONVERSATION["requester"], roles=["Enduser", "Robot"])
    event = parse(encode(delivery("CONVERSATION_CLOSED", {"conversation": conversation})))

    parsed = event.to_dict()["data"]["conversation"]
    assert (parsed["channel"], parsed["status"], parsed["direction"]) == ("EMAIL", "CLOSED", "OUTBOUND")
    assert isinstance(event, ConversationClosed)
    typed = present(event.data.conversation)
    channel, roles = present(typed.channel), present(present(typed.requester).roles)
    assert channel == "EMAIL" and not channel.is_known
    assert roles[0].is_known and not roles[1].is_known


def test_ids_that_are_not_uuids_do_not_make_a_delivery_unreadable() -> None:
    # Dixa's own examples hold such ids (letters past `f`).
    not_uuid = "8967e0c6-fe64-4105-bf71-14ae0c256gg4"
    body = delivery("CONVERSATION_NOTE_ADDED", event_id=not_uuid, organization={"id": "g1b15dq2", "name": "O"})
    body["data"]["note_id"] = "ac951357-5189-4707-add7-616af55698q7"

    event = parse(encode(body))

    assert isinstance(event, ConversationNoteAdded)
    assert event.event_id == not_uuid and isinstance(event.event_id, str)
    assert event.organization.id == "g1b15dq2"
    assert event.data.note_id == "ac951357-5189-4707-add7-616af55698q7"
    assert event.to_dict() == without_nulls(body)


def test_an_undocumented_data_is_kept_whole() -> None:
    data: dict[str, Any] = {"conversation": {"csid": 7}, "assignee": AGENT, "anything": [1, {"x": None}]}
    event = parse(encode(delivery("CONVERSATION_ASSIGNED", data)))
    assert isinstance(event, ConversationAssigned)
    assert event.data.additional_properties == data
    assert event.data["assignee"] == AGENT


@pytest.mark.parametrize("event_fqn", ["CONVERSATION_SNOOZED", "conversation_open", ""])
def test_an_unknown_event_fqn_gives_an_unknown_event_with_the_raw_payload(event_fqn: str) -> None:
    body = delivery(event_fqn, {"whatever": [1, 2]})
    event = parse(encode(body))
    assert isinstance(event, UnknownWebhookEvent)
    assert event.event_fqn == event_fqn
    assert event.payload == body and event.to_dict() == body
    assert event.event_id == "3f0d6a0e-6f1b-4c39-9d64-2b8f3c1a7e55"
    assert event_fqn in repr(event) or not event_fqn


def test_a_body_without_event_fqn_is_an_unknown_event_too() -> None:
    event = parse(b'{"hello": "world"}')
    assert isinstance(event, UnknownWebhookEvent)
    assert event.event_fqn is None and event.event_id is None and event.payload == {"hello": "world"}


def test_parse_takes_bytes_str_or_an_already_decoded_mapping() -> None:
    body = delivery("CONVERSATION_OPEN")
    assert parse(encode(body)) == parse(encode(body).decode()) == parse(body)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "not JSON"),
        (b"{not json", "not JSON"),
        (b"\xff\xfe\x00garbage", "not JSON"),
        (b"[1, 2]", "JSON list, not an object"),
        (b'"text"', "JSON str, not an object"),
        (b"null", "JSON NoneType, not an object"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_a_typed_error(payload: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message) as caught:
        parse(payload)
    assert isinstance(caught.value, DixaError) and caught.value.path == "$"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"event_timestamp": "yesterday"}, "event_timestamp"),
        ({"organization": "Example Org"}, "organization"),
        ({"data": {"conversation": dict(CONVERSATION, created_at="soon")}}, "data.conversation.created_at"),
        ({"data": {"conversation": dict(CONVERSATION, requester=[1])}}, "data.conversation.requester"),
    ],
)
def test_a_known_event_that_does_not_fit_is_a_typed_error_with_a_path(change: dict[str, Any], path: str) -> None:
    body = delivery("CONVERSATION_OPEN")
    body.update(change)
    with pytest.raises(WebhookPayloadError) as caught:
        parse(encode(body))
    assert caught.value.path == path and caught.value.event_fqn == "CONVERSATION_OPEN"
    assert str(caught.value).startswith(f"CONVERSATION_OPEN: {path}: ")


@pytest.mark.parametrize("missing", ["event_id", "event_version", "event_timestamp", "organization", "data"])
def test_a_known_event_missing_an_envelope_field_is_a_typed_error(missing: str) -> None:
    body = delivery("CONVERSATION_OPEN")
    del body[missing]
    with pytest.raises(WebhookPayloadError, match="required property is missing") as caught:
        parse(encode(body))
    assert caught.value.path == missing


def test_importing_the_webhooks_package_loads_no_model() -> None:
    code = (
        "import sys, dixa_client.webhooks as w\n"
        "assert not [m for m in sys.modules if m.startswith('dixa_client.webhooks.models.')], 'a model loaded'\n"
        "assert 'dixa_client.models' not in sys.modules\n"
        'w.parse(b\'{"event_fqn": "CONVERSATION_OPEN", "event_id": "x", "event_version": "1",'
        ' "event_timestamp": "2023-07-13T09:02:29.512Z", "organization": {}, "data": {}}\')\n'
        "loaded = sorted(m for m in sys.modules if m.startswith('dixa_client.webhooks.models.'))\n"
        "assert len(loaded) < 10, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
