"""A typed tour of the facade, as a user would write it: `make typecheck` checks it with mypy --strict
and pyright strict (scripts/typecheck_examples.py), and test_usage_example.py runs it."""

from __future__ import annotations

from uuid import UUID

from dixa_client import AsyncDixa, Dixa, RequestValidationError, split_bulk
from dixa_client.models import CreateEndUserInput, EmailConversation, EndUser, InternalNoteData, Tag
from dixa_client.params import CreateEndUserInputParam, OutboundParam

AGENT_ID = "00000000-0000-0000-0000-000000000001"


def tour(client: Dixa) -> list[str]:
    """Every way in, each once; returns what it saw."""
    seen: list[str] = []
    # Bodies: keywords, a typed mapping in the wire shape, the model.
    by_keywords: EndUser = client.end_users.create(display_name="Ada", email="ada@example.com").data
    mapping: CreateEndUserInputParam = {"displayName": "Grace", "email": "grace@example.com"}
    by_mapping: EndUser = client.end_users.create(body=mapping).data
    by_model: EndUser = client.end_users.create(body=CreateEndUserInput(display_name="Edsger")).data
    seen += [str(by_keywords.display_name), str(by_mapping.display_name), str(by_model.display_name)]
    # Nested mappings, and a union body tagged by `_type`.
    notes = client.conversations.bulk_add_internal_notes(12345, data=[{"message": "Called back"}])
    seen.append(f"{len(split_bulk(notes.data or [], InternalNoteData).successes)} note(s)")
    outbound: OutboundParam = {"_type": "Outbound", "agentId": AGENT_ID, "content": {"_type": "Text", "value": "Hi"}}
    client.conversations.add_message(12345, body=outbound)
    # Ids as strings; a non-paginated list is its items; per-call options.
    tags: list[Tag] = client.tags.list(timeout=5.0, extra_headers={"X-Trace": "tour"})
    seen.append(f"{len(tags)} tag(s)")
    conversation = client.conversations.get(12345).data
    if isinstance(conversation, EmailConversation):
        seen.append(conversation.created_at.isoformat())
    # A pager, resumed from a page key; raw responses parse on demand.
    seen += [str(agent.display_name) for agent in client.agents.list(page_key="1")]
    raw = client.agents.with_raw_response.get(AGENT_ID)
    seen.append(f"{raw.status_code} {raw.parse().data.display_name}")
    try:
        client.agents.get("not-a-uuid")
    except RequestValidationError as error:
        seen.append(error.path)
    return seen


async def async_tour(client: AsyncDixa) -> list[str]:
    user = (await client.end_users.create(display_name="Ada")).data
    names = [str(agent.display_name) async for agent in client.agents.list()]
    agent = (await client.agents.get(UUID(AGENT_ID), timeout=5.0)).data
    raw = await client.agents.with_raw_response.get(AGENT_ID)
    return [str(user.display_name), *names, str(agent.display_name), f"{raw.status_code} {raw.parse().data.email}"]
