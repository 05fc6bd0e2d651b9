# pyright: strict
"""What every variant of a union has is read on the union itself, unknown variants included.

`client.conversations.get(id).data` is one of eleven conversation models or the fallback for a
`_type` this client does not know; each declares the fields all conversations share, so
`conversation.created_at` type-checks without narrowing (`make typecheck` runs mypy --strict and
pyright strict on this file) and holds a datetime whatever the variant.
"""

from __future__ import annotations

import datetime as dt
import json
import typing

import httpx
import pytest

from dixa_client import Dixa
from dixa_client.models import ConversationChannel, EmailConversation, GetConversationOutput, UnknownConversation
from dixa_client.unions import Conversation

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
    channel: ConversationChannel = conversation.channel
    conversation_id: int = conversation.id
    assert type(conversation) is variant
    assert created == dt.datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=dt.UTC)
    assert channel is ConversationChannel.WIDGET_CHAT and conversation_id == 7


def test_an_unknown_variant_keeps_the_rest_of_its_raw_data() -> None:
    with client_answering({**CONVERSATION, "_type": "HologramConversation", "beamedFrom": "Mars"}) as client:
        conversation = client.conversations.get(7).data
    assert isinstance(conversation, UnknownConversation)
    assert conversation["_type"] == "HologramConversation" and conversation["beamedFrom"] == "Mars"
    assert conversation.to_dict()["createdAt"].startswith("2021-12-01T12:46:36.581")


def created(conversation: Conversation) -> dt.datetime:
    """User code annotated with the union's own name."""
    return conversation.created_at


def test_a_union_alias_is_the_union_the_models_use() -> None:
    with client_answering({**CONVERSATION, "_type": "ChatConversation"}) as client:
        assert created(client.conversations.get(7).data).year == 2021
    used = {name.strip() for name in str(GetConversationOutput.__annotations__["data"]).split("|")}
    assert used == {member.__name__ for member in typing.get_args(Conversation)}
