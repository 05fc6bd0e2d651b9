"""Tagged unions land in the variant their `_type` names; unknown tags are kept, never mis-filed."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from dixa_client._exceptions import ResponseValidationError
from dixa_client._unions import Resolver, Variant, is_mapping
from dixa_client.api.contact_endpoints import get_contact_endpoints_contactendpointid
from dixa_client.api.conversations import (
    get_conversations_conversationid,
    get_conversations_conversationid_messages,
    post_conversations_conversationid_messages,
)
from dixa_client.models import UnknownVariant  # the pipeline's own fallback (unknown_variant_fallback)
from tests.pinned_models import attribute_type, body_member, fallback_member, returned, union_member, union_members

GetConversationOutput = returned(get_conversations_conversationid)
UnknownConversation = fallback_member(GetConversationOutput, "data")
Message = attribute_type(returned(get_conversations_conversationid_messages), "data")
EmailAttributes = union_member(Message, "attributes", "EmailAttributes")
Inbound, Outbound = (body_member(post_conversations_conversationid_messages, tag) for tag in ("Inbound", "Outbound"))
Text, Html, Markdown = (union_member(Inbound, "content", tag) for tag in ("Text", "Html", "Markdown"))
GetContactPointByIdOutput = returned(get_contact_endpoints_contactendpointid)
TelephonyEndpoint, EmailEndpoint = (
    union_member(GetContactPointByIdOutput, "data", tag) for tag in ("TelephonyEndpoint", "EmailEndpoint")
)

UUID_TEXT = "00000000-0000-0000-0000-00000000000a"

CONVERSATION: dict[str, Any] = {
    "id": 1,
    "requesterId": "00000000-0000-0000-0000-000000000001",
    "channel": "Email",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "state": "Open",
    "toEmail": "support@example.com",
    "fromEmail": "customer@example.com",
    "integrationEmail": "support@example.com",
}


def fitting_variants() -> list[tuple[str, type]]:
    """Every tagged conversation variant whose required keys CONVERSATION has: only the tag tells them apart."""
    fits = [
        (variant.__dixa_tag__, variant)
        for variant in union_members(GetConversationOutput, "data")
        if variant.__dixa_tag__ and variant.__dixa_required__ <= CONVERSATION.keys()
    ]
    assert len(fits) >= 3, fits  # e.g. email, chat and messenger conversations
    return sorted(fits)


@pytest.mark.parametrize(("tag", "expected"), fitting_variants())
def test_structurally_identical_variants_are_told_apart_by_tag(tag: str, expected: type) -> None:
    output = GetConversationOutput.from_dict({"data": {**CONVERSATION, "_type": tag}})
    assert type(output.data) is expected
    assert output.to_dict()["data"]["_type"] == tag


def test_an_unknown_tag_is_kept_in_the_fallback_with_its_raw_data() -> None:
    # The union's own fallback parses what every conversation has; the rest stays raw.
    raw = {
        **CONVERSATION,
        "_type": "HologramConversation",
        "beamedFrom": "Mars",
        "createdAt": "2021-12-01T12:46:36.581Z",
    }
    output = GetConversationOutput.from_dict({"data": raw})
    assert isinstance(output.data, UnknownConversation) and output.data.id == 1
    assert output.data["_type"] == "HologramConversation"
    assert output.data.additional_properties["beamedFrom"] == "Mars"
    assert output.to_dict() == {"data": raw}


def test_a_union_whose_variants_share_nothing_falls_back_to_the_plain_unknown_variant() -> None:
    raw = {"_type": "Redacted", "reason": "legal hold"}  # a kind of email content (Regular | TooLarge) yet unknown
    attributes = EmailAttributes.from_dict(
        {"from": {"email": "a@example.com"}, "isAutoReply": False, "emailContent": raw}
    )
    assert isinstance(attributes.email_content, UnknownVariant) and attributes.email_content.to_dict() == raw


@pytest.mark.parametrize(("tag", "expected"), [("Text", Text), ("Html", Html), ("Markdown", Markdown)])
def test_content_variants_with_one_shape_follow_the_tag(tag: str, expected: type) -> None:
    message = Inbound.from_dict({"_type": "Inbound", "content": {"_type": tag, "value": "hi"}})
    assert type(message.content) is expected


def test_requests_write_their_tag_without_the_caller_passing_it() -> None:
    message = Outbound(content=Html(value="<b>hi</b>"), agent_id=UUID(UUID_TEXT))
    assert message.to_dict()["content"] == {"_type": "Html", "value": "<b>hi</b>"}
    # A union-typed request body is tagged too, as the server needs to tell Inbound from Outbound.
    request = post_conversations_conversationid_messages._get_kwargs(conversation_id=1, body=message)
    assert request["json"]["_type"] == "Outbound"


def test_a_model_used_directly_is_not_tagged_as_the_server_does_not_tag_it() -> None:
    assert "_type" not in Html(value="x").to_dict()


def test_without_a_tag_required_keys_decide() -> None:
    phone = GetContactPointByIdOutput.from_dict({"data": {"number": "+4512345678", "name": "Desk"}})
    email = GetContactPointByIdOutput.from_dict({"data": {"address": "a@example.com"}})
    assert type(phone.data) is TelephonyEndpoint and type(email.data) is EmailEndpoint


def test_without_a_tag_the_variant_with_more_required_keys_present_wins_whatever_the_order() -> None:
    content = {"_type": "Text", "value": "x"}
    variants = [
        Variant("Inbound", is_mapping, Inbound.from_dict, Inbound),
        Variant("Outbound", is_mapping, Outbound.from_dict, Outbound),
    ]
    for ordered in (variants, variants[::-1]):
        resolver = Resolver(ordered)
        assert type(resolver.resolve({"content": content, "agentId": UUID_TEXT})) is Outbound
        assert type(resolver.resolve({"content": content})) is Inbound


def test_a_value_no_variant_accepts_is_a_validation_error_with_a_path() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        GetConversationOutput.from_dict({"data": "not an object"})
    assert raised.value.path == "data"
