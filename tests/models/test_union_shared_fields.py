# pyright: strict
"""What every variant of a union has is read on the union itself, unknown variants included.

`client.conversations.get(id).data` is one of eleven conversation models or the fallback for a
`_type` this client does not know; each declares the fields all conversations share, so
`conversation.created_at` type-checks without narrowing (`make typecheck` runs mypy --strict and
pyright strict on this file) and holds a datetime whatever the variant. The variants are found by
their wire tags (tests/pinned_models.py): the document names their classes.
"""

from __future__ import annotations

import datetime as dt
import json
import typing

import httpx
import pytest

import dixa_client.unions
from dixa_client import Dixa
from dixa_client.api.conversations import get_conversations_conversationid
from tests.pinned_models import fallback_member, returned, union_member, union_members

GetConversationOutput = returned(get_conversations_conversationid)
EmailConversation = union_member(GetConversationOutput, "data", "EmailConversation")
UnknownConversation = fallback_member(GetConversationOutput, "data")
CONVERSATION = {
    "id": 7,
    "requesterId": "00000000-0000-0000-0000-000000000001",
    "channel": "WidgetChat",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "toEmail": "support@example.com",
    "fromEmail": "customer@example.com",
    "integrationEmail": "support@example.com",
}


def client_answering(conversation: dict[str, object]) -> Dixa:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"data": conversation}).encode())

    return Dixa("key", transport=httpx.MockTransport(handler), rate_limit=None)


@pytest.mark.parametrize(("tag", "variant"), [("EmailConversation", EmailConversation),
                                              ("HologramConversation", UnknownConversation)])  # fmt: skip
def test_shared_fields_read_on_the_union_whatever_the_variant(tag: str, variant: type) -> None:
    with client_answering({**CONVERSATION, "_type": tag, "beamedFrom": "Mars"}) as client:
        conversation = client.conversations.get(7).data
    created: dt.datetime = conversation.created_at
    channel = conversation.channel  # the one channel enum of every variant
    conversation_id: int = conversation.id
    assert type(conversation) is variant
    assert created == dt.datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=dt.UTC)
    assert channel is type(channel).WIDGET_CHAT and conversation_id == 7


def test_an_unknown_variant_keeps_the_rest_of_its_raw_data() -> None:
    with client_answering({**CONVERSATION, "_type": "HologramConversation", "beamedFrom": "Mars"}) as client:
        conversation = client.conversations.get(7).data
    assert type(conversation) is UnknownConversation
    assert conversation["_type"] == "HologramConversation" and conversation["beamedFrom"] == "Mars"
    assert conversation.to_dict()["createdAt"].startswith("2021-12-01T12:46:36.581")


def test_a_union_alias_is_the_union_the_models_use() -> None:
    members = union_members(GetConversationOutput, "data")
    # dixa_client.unions names every union of models: the conversations' one is there, found by its members.
    aliases = [
        name
        for name, alias in vars(dixa_client.unions).items()
        if not name.startswith("_") and set(typing.get_args(alias)) == members
    ]
    assert len(aliases) == 1
    with client_answering({**CONVERSATION, "_type": "ChatConversation"}) as client:
        conversation = client.conversations.get(7).data
    assert isinstance(conversation, typing.get_args(getattr(dixa_client.unions, aliases[0])))
    assert conversation.created_at.year == 2021
