"""Every value is checked against its schema: responses (ResponseValidationError with the JSON path),
models read from mappings (the same), and models built in Python (RequestValidationError in to_dict)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import pytest

from dixa_client._exceptions import RequestValidationError, ResponseValidationError
from dixa_client.api.agents import get_agents_agentid
from dixa_client.api.conversations import get_conversations_conversationid, post_conversations_conversationid_notes_bulk
from dixa_client.api.end_users import get_endusers_userid_conversations, post_endusers
from dixa_client.client import Client
from tests.pinned_models import attribute_type, fallback_member, request_body, returned, union_member

Agent = attribute_type(returned(get_agents_agentid), "data")
BulkCreateInternalNoteInput = request_body(post_conversations_conversationid_notes_bulk)
CreateInternalNoteInput = attribute_type(BulkCreateInternalNoteInput, "data")
CreateEndUserInput = request_body(post_endusers)
GetConversationOutput = returned(get_conversations_conversationid)
UnknownConversation = fallback_member(GetConversationOutput, "data")

AGENT: dict[str, Any] = {
    "id": "00000000-0000-0000-0000-000000000001",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "displayName": "Ada",
    "email": "ada@example.com",
    "roles": ["Agent"],
}
CONVERSATION: dict[str, Any] = {
    "_type": "ChatConversation",
    "id": 1,
    "requesterId": AGENT["id"],
    "channel": "WidgetChat",
    "createdAt": AGENT["createdAt"],
}
PARSER = Client(base_url="https://dev.dixa.io", raise_on_unexpected_status=True)


def get_agent(body: object) -> object:
    return get_agents_agentid._parse_response(client=PARSER, response=httpx.Response(200, json=body))


def refusal(parse: Any, *args: Any) -> ResponseValidationError:
    with pytest.raises(ResponseValidationError) as caught:
        parse(*args)
    return caught.value


def test_the_issues_body_is_refused_at_its_first_misfit() -> None:
    body = {"data": {**AGENT, "displayName": {"x": 1}, "email": 42, "roles": [1, None]}}
    assert refusal(get_agent, body).path == "data.displayName"
    body["data"]["displayName"] = "Ada"
    error = refusal(get_agent, body)
    assert (error.path, error.message) == ("data.email", "expected string, got integer")
    body["data"]["email"] = "ada@example.com"
    assert (refusal(get_agent, body).path, refusal(get_agent, body).message) == (
        "data.roles[0]",
        "expected string, got integer",
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("displayName", True, "expected string, got boolean"),
        ("displayName", None, "expected string, got null"),  # required: null is no string
        ("roles", {"0": "Agent"}, "expected array, got object"),
        ("roles", "Agent", "expected array, got string"),
        ("id", 5, "expected string (uuid), got integer"),
        ("createdAt", 1700000000, "expected string (date-time), got integer"),
    ],
)
def test_a_value_of_the_wrong_json_type_is_refused(field: str, value: object, message: str) -> None:
    error = refusal(Agent.from_dict, {**AGENT, field: value})
    assert (error.path, error.message) == (field, message)


def test_an_integer_is_not_a_boolean_and_a_boolean_not_an_integer() -> None:
    error = refusal(GetConversationOutput.from_dict, {"data": {**CONVERSATION, "id": True}})
    assert (error.path, error.message) == ("data.id", "expected integer, got boolean")
    error = refusal(GetConversationOutput.from_dict, {"data": {**CONVERSATION, "id": 1.5}})
    assert error.message == "expected integer, got number"


def test_an_array_is_not_an_object() -> None:
    error = refusal(get_agent, {"data": ["id"]})
    assert (error.path, error.message) == ("data", "expected object, got array")
    assert refusal(Agent.from_dict, ["id"]).path == "$"


def test_what_stays_tolerated() -> None:
    agent = Agent.from_dict({**AGENT, "phoneNumber": None, "favourite": [1, {"a": None}]})
    assert agent.additional_properties == {"favourite": [1, {"a": None}]}
    unknown_tag = GetConversationOutput.from_dict({"data": {**CONVERSATION, "_type": "HologramConversation"}})
    assert isinstance(unknown_tag.data, UnknownConversation)
    unknown_enum = GetConversationOutput.from_dict({"data": {**CONVERSATION, "channel": "Telepathy"}})
    assert unknown_enum.to_dict()["data"]["channel"] == "Telepathy"


def test_a_mapping_from_the_caller_is_read_as_strictly() -> None:
    error = refusal(CreateEndUserInput.from_dict, {"email": 5})
    assert (error.path, error.message) == ("email", "expected string, got integer")


def test_a_model_built_with_a_wrong_type_fails_before_sending() -> None:
    with pytest.raises(RequestValidationError) as caught:
        CreateEndUserInput(email=5).to_dict()
    assert (caught.value.path, caught.value.message) == ("body.email", "expected str, got int")
    missing: Any = None
    notes = BulkCreateInternalNoteInput(
        data=[CreateInternalNoteInput(message="a"), CreateInternalNoteInput(message=missing)]
    )
    with pytest.raises(RequestValidationError) as caught:
        notes.to_dict()
    assert caught.value.path == "body.data[1].message"
    with pytest.raises(RequestValidationError) as caught:
        CreateEndUserInput(middle_names=["a", 3]).to_dict()
    assert caught.value.path == "body.middleNames[1]"


def test_a_well_typed_model_is_sent_unchanged() -> None:
    assert CreateEndUserInput(email="a@example.com", middle_names=["b"]).to_dict() == {
        "email": "a@example.com",
        "middleNames": ["b"],
    }


NESTED_IN_A_FRESH_INTERPRETER = """
import datetime, importlib, sys, uuid
Output, EmailConversation, ConversationChannel, FollowUp = (
    getattr(importlib.import_module(module), name) for module, name in (arg.split(":") for arg in sys.argv[1:])
)
conversation = EmailConversation(
    id=1, requester_id=uuid.UUID(int=1), channel=ConversationChannel("Email"),
    created_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), to_email="a", from_email="b",
    integration_email="c", link=FollowUp(parent_id=3),
)
print(Output(data=[conversation]).to_dict()["data"][0]["link"])
"""


def nested_models() -> list[str]:
    """`module:class` of a list of conversations, a conversation, its channel enum and its link."""
    output = returned(get_endusers_userid_conversations)
    conversation = union_member(output, "data", "EmailConversation")
    link = union_member(conversation, "link", "FollowUp")
    models = [output, conversation, attribute_type(conversation, "channel"), link]
    return [f"{model.__module__}:{model.__name__}" for model in models]


def test_a_nested_model_is_checked_before_its_module_was_ever_used() -> None:
    # Each model module imports the models it names on first use: the check must not depend on that.
    result = subprocess.run(
        [sys.executable, "-c", NESTED_IN_A_FRESH_INTERPRETER, *nested_models()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{'parentId': 3, '_type': 'FollowUp'}"
