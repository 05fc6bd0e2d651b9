"""Open enums, nulls, extra fields, bulk outcomes and the typed validation error."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from dixa_client._bulk import split_bulk
from dixa_client._exceptions import ResponseValidationError
from dixa_client.api.agents import get_agents, put_agents
from dixa_client.api.conversations import get_conversations_conversationid
from dixa_client.client import Client
from tests.conftest import API_PREFIX
from tests.pinned_models import attribute_type, fallback_member, returned, union_member

Agent = attribute_type(returned(get_agents), "data")
BulkUpdateAgentOutput = returned(put_agents)
GetConversationOutput = returned(get_conversations_conversationid)
UnknownConversation = fallback_member(GetConversationOutput, "data")
ConversationChannel = attribute_type(union_member(GetConversationOutput, "data", "EmailConversation"), "channel")

AGENT: dict[str, Any] = {
    "id": "00000000-0000-0000-0000-000000000001",
    "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
    "displayName": "Ada",
    "email": "ada@example.com",
    "roles": ["Agent"],
}


def test_an_unknown_enum_value_is_kept_and_round_trips() -> None:
    known, unknown = ConversationChannel("Email"), ConversationChannel("Telepathy")
    assert known is ConversationChannel.EMAIL and known.is_known
    assert unknown == "Telepathy" and unknown.value == "Telepathy" and not unknown.is_known
    assert ConversationChannel("Telepathy") is unknown  # one pseudo-member per value
    with pytest.raises(ValueError):
        ConversationChannel(3)


def test_an_unknown_enum_value_inside_a_model_round_trips() -> None:
    conversation = {"id": 1, "requesterId": AGENT["id"], "channel": "Telepathy", "createdAt": AGENT["createdAt"],
                    "_type": "ChatConversation"}  # fmt: skip
    output = GetConversationOutput.from_dict({"data": conversation})
    assert not isinstance(output.data, UnknownConversation)
    assert output.to_dict()["data"]["channel"] == "Telepathy"


def test_null_for_an_optional_field_reads_as_unset() -> None:
    agent = Agent.from_dict({**AGENT, "phoneNumber": None, "additionalEmails": None, "middleNames": None})
    assert "phoneNumber" not in agent.to_dict()


def test_extra_fields_survive_a_round_trip() -> None:
    raw = {**AGENT, "favouriteColour": "teal", "nested": {"a": [1, 2]}}
    agent = Agent.from_dict(raw)
    assert agent.additional_properties == {"favouriteColour": "teal", "nested": {"a": [1, 2]}}
    assert agent.to_dict()["favouriteColour"] == "teal" and agent.to_dict()["nested"] == {"a": [1, 2]}


def test_a_bad_value_deep_in_a_response_names_operation_status_and_path() -> None:
    agents = [dict(AGENT) for _ in range(5)]
    agents[3]["createdAt"] = "yesterday"
    response = httpx.Response(200, json={"data": agents}, request=httpx.Request("GET", "https://dev.dixa.io/x"))
    with pytest.raises(ResponseValidationError) as raised:
        get_agents._parse_response(client=Client(base_url="https://dev.dixa.io"), response=response)
    error = raised.value
    assert (error.operation, error.status_code, error.path) == (f"GET {API_PREFIX}/agents", 200, "data[3].createdAt")
    assert f"GET {API_PREFIX}/agents" in str(error) and "data[3].createdAt" in str(error)


@pytest.mark.parametrize(
    ("body", "path"),
    [({"data": [{**AGENT, "id": None}]}, "data[0].id"), ({"data": [{"displayName": "x"}]}, "data[0].id"),
     ({"data": "agents"}, "data"), ([1, 2], "$"), ({"data": [{**AGENT, "roles": "Agent"}]}, "data[0].roles")],
)  # fmt: skip
def test_every_misfit_is_the_one_typed_error(body: Any, path: str) -> None:
    response = httpx.Response(200, json=body, request=httpx.Request("GET", "https://dev.dixa.io/x"))
    with pytest.raises(ResponseValidationError) as raised:
        get_agents._parse_response(client=Client(base_url="https://dev.dixa.io"), response=response)
    assert raised.value.path == path


def test_a_body_that_is_not_json_is_the_typed_error_too() -> None:
    response = httpx.Response(200, content=b"<html>oops</html>", request=httpx.Request("GET", "https://dev.dixa.io/x"))
    with pytest.raises(ResponseValidationError) as raised:
        get_agents._parse_response(client=Client(base_url="https://dev.dixa.io"), response=response)
    assert raised.value.path == "$" and raised.value.operation == f"GET {API_PREFIX}/agents"


def test_bulk_outcomes_split_into_typed_successes_and_named_failures() -> None:
    output = BulkUpdateAgentOutput.from_dict(
        {
            "data": [
                {"_type": "BulkActionSuccess", "data": AGENT},
                {"_type": "BulkActionFailure", "error": {"_type": "NotFound", "id": "x", "message": "no such agent"}},
                {"data": AGENT},  # untagged: the required key decides
                {"_type": "BulkActionPartial", "data": AGENT},  # unknown kind: never a success
            ]
        }
    )
    assert isinstance(output.data, list)
    outcomes = split_bulk(output.data, Agent)
    assert [s.index for s in outcomes.successes] == [0, 2]
    assert outcomes.successes[0].data.display_name == "Ada"
    assert [(f.index, f.kind, f.message) for f in outcomes.failures] == [
        (1, "NotFound", "no such agent"),
        (3, "BulkActionPartial", "unknown bulk outcome"),
    ]
    assert not outcomes.all_succeeded
    assert isinstance(outcomes.successes[0].data.id, UUID)
