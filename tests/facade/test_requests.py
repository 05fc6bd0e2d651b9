"""What a call sends, and what it refuses before sending: path segments, ids, bodies, per-call options,
raw responses, deprecation, and the key kept out of validation messages."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from dixa_client import Dixa, RequestOptions, RequestValidationError, ResponseValidationError
from dixa_client.api.agents import delete_agents_agentid, get_agents
from dixa_client.api.conversations import (
    post_conversations_conversationid_messages,
    post_conversations_conversationid_notes_bulk,
)
from dixa_client.params import TextParam
from tests.conftest import API_PREFIX
from tests.pinned_models import attribute_type, body_member, request_body, returned

ListAgentsOutput = returned(get_agents)
BulkNotes = request_body(post_conversations_conversationid_notes_bulk)
CreateInternalNoteInput = attribute_type(BulkNotes, "data")
Outbound = body_member(post_conversations_conversationid_messages, "Outbound")

KEY = "dixa-key-SECRET-42"
AGENT_ID = "00000000-0000-0000-0000-000000000001"
ROUTE_CHANGING = ("..", ".", "")


class Recorder:
    def __init__(self, response: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.response = response or httpx.Response(200, json={"data": []})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response

    def client(self, **options: Any) -> Dixa:
        return Dixa(KEY, transport=httpx.MockTransport(self), rate_limit=None, max_retries=0, **options)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class AnyModel:
    """Stands for a body model: passed through as is (the refusal under test comes first)."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def test_the_low_level_functions_refuse_them_too() -> None:
    with pytest.raises(RequestValidationError, match="would change the route"):
        delete_agents_agentid._get_kwargs(agent_id="..")  # type: ignore[arg-type]


def test_ids_take_a_uuid_or_its_string_form_checked_before_sending() -> None:
    recorder = Recorder(httpx.Response(204))
    client = recorder.client()
    client.agents.delete(AGENT_ID)
    client.agents.delete(UUID(AGENT_ID))
    assert [r.url.path for r in recorder.requests] == [f"{API_PREFIX}/agents/{AGENT_ID}"] * 2
    with pytest.raises(RequestValidationError) as raised:
        client.agents.delete("9c2a")
    assert raised.value.path == "agent_id" and "not a UUID" in raised.value.message
    assert len(recorder.requests) == 2


def test_a_body_as_keywords_as_a_mapping_or_as_models_sends_the_same() -> None:
    recorder = Recorder()
    client = recorder.client()
    client.conversations.bulk_add_internal_notes(1, data=[{"message": "a"}, CreateInternalNoteInput(message="b")])
    client.conversations.bulk_add_internal_notes(1, body={"data": [{"message": "a"}, {"message": "b"}]})
    notes = [CreateInternalNoteInput(message="a"), CreateInternalNoteInput(message="b")]
    client.conversations.bulk_add_internal_notes(1, data=notes)
    assert recorder.json(0) == recorder.json(1) == recorder.json(2) == {"data": [{"message": "a"}, {"message": "b"}]}


def test_a_mapping_that_does_not_fit_is_refused_with_its_path_and_nothing_is_sent() -> None:
    recorder = Recorder()
    client = recorder.client()
    with pytest.raises(RequestValidationError) as raised:
        client.conversations.bulk_add_internal_notes(1, body={"data": [{"message": "a"}, {"mesage": "b"}]})  # type: ignore[call-overload]
    assert raised.value.path == "body.data[1].message"
    assert BulkNotes.__name__ in raised.value.message
    with pytest.raises(RequestValidationError, match="not both"):
        client.end_users.create(body={"displayName": "Ada"}, display_name="Ada")  # type: ignore[call-overload]
    with pytest.raises(RequestValidationError) as raised:
        client.end_users.create(body={"displayName": object()})  # type: ignore[call-overload]
    assert raised.value.path == "body.displayName"
    assert recorder.requests == []


def test_a_union_body_takes_a_mapping_with_its_tag_as_the_model_would_send_it() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": {"direction": "Outbound", "authorId": AGENT_ID}}))
    client = recorder.client()
    content: TextParam = {"_type": "Text", "value": "Hi"}
    client.conversations.add_message(1, body={"_type": "Outbound", "agentId": AGENT_ID, "content": content})
    sent = recorder.json()
    assert sent["_type"] == "Outbound" and sent["agentId"] == AGENT_ID and sent["content"] == content
    client.conversations.add_message(1, body=Outbound.from_dict({"agentId": AGENT_ID, "content": content}))
    assert recorder.json() == sent  # the model carries the same tag
    client.conversations.add_message(1, body={"agentId": AGENT_ID, "content": content})  # resolved by its keys
    assert recorder.json() == sent


def test_send_reaches_routes_the_document_lacks_with_the_same_auth() -> None:
    recorder = Recorder(httpx.Response(200, json={"ok": True}))
    response = recorder.client().send(
        {"method": "get", "url": f"{API_PREFIX}/not-in-the-document", "params": {"a": "1"}}
    )
    assert response.json() == {"ok": True}
    assert recorder.requests[0].headers["Authorization"] == KEY
    assert str(recorder.requests[0].url) == f"https://dev.dixa.io{API_PREFIX}/not-in-the-document?a=1"


def test_per_call_options_reach_the_request() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": []}))
    client = recorder.client()
    client.tags.list(extra_query={"trace": "1"}, extra_headers={"X-Trace": "t"}, timeout=2.5)
    request = recorder.requests[-1]
    assert request.url.params["trace"] == "1" and request.headers["x-trace"] == "t"
    assert request.extensions["timeout"]["read"] == 2.5
    recorder.response = httpx.Response(201, json={"data": {"id": AGENT_ID, "createdAt": "2021-12-01T12:46:36Z"}})
    client.end_users.create(display_name="Ada", extra_body={"custom": True}, options=RequestOptions(max_retries=0))
    assert recorder.json() == {"displayName": "Ada", "custom": True}


def test_extra_body_needs_an_object_body() -> None:
    recorder = Recorder()
    with pytest.raises(RequestValidationError, match="extra_body"):
        recorder.client().agents.bulk_update(body=[], extra_body={"x": 1})
    assert recorder.requests == []


def test_pagers_resume_from_a_page_key() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": [], "meta": {}}))
    list(recorder.client().agents.list(page_key="abc"))
    assert recorder.requests[0].url.params["pageKey"] == "abc"


def test_the_base_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_BASE_URL", "https://proxy.example.com")
    recorder = Recorder(httpx.Response(204))
    recorder.client().agents.delete(AGENT_ID)
    assert str(recorder.requests[0].url).startswith(f"https://proxy.example.com{API_PREFIX}/agents/")


def test_raw_responses_are_not_parsed_until_asked() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": {"id": "not-a-uuid"}}, headers={"X-Request-Id": "r1"}))
    raw = recorder.client().agents.with_raw_response.get(AGENT_ID)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1"
    assert raw.json() == {"data": {"id": "not-a-uuid"}} and "not-a-uuid" in raw.text
    assert raw.http_response.status_code == 200
    with pytest.raises(ResponseValidationError) as raised:
        raw.parse()
    assert raised.value.path == "data.id" and raised.value.body == {"data": {"id": "not-a-uuid"}}
    assert raised.value.response is raw.http_response


def test_raw_parse_gives_what_the_method_returns() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": [{"id": AGENT_ID, "name": "vip", "state": "Active"}]}))
    client = recorder.client()
    tags = client.tags.with_raw_response.list().parse()
    assert isinstance(tags, list) and [tag.name for tag in tags] == ["vip"] == [t.name for t in client.tags.list()]
    recorder.response = httpx.Response(200, json={"data": [], "meta": {}})
    page = client.agents.with_raw_response.list(page_key="k").parse()
    assert isinstance(page, ListAgentsOutput) and page.data == []
    assert recorder.requests[-1].url.params["pageKey"] == "k"


def test_the_key_echoed_in_a_body_does_not_reach_the_validation_message() -> None:
    agent = {"id": AGENT_ID, "createdAt": f"echo {KEY}", "displayName": "Ada", "email": "ada@example.com"}
    recorder = Recorder(httpx.Response(200, json={"data": agent}))
    with pytest.raises(ResponseValidationError) as raised:
        recorder.client().agents.get(AGENT_ID)
    assert raised.value.path == "data.createdAt"
    assert KEY not in str(raised.value) and KEY not in raised.value.message and "[redacted]" in str(raised.value)


def test_deprecated_operations_warn() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": []}))
    client = recorder.client()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.conversations.list_rating(1)
    assert any(issubclass(w.category, DeprecationWarning) and w.filename == __file__ for w in caught)
    assert "deprecated" in (client.conversations.list_rating.__doc__ or "").lower()


def test_docstrings_carry_the_document(pinned_document: Path) -> None:
    client = Dixa(KEY)
    doc = client.end_users.create.__doc__ or ""
    assert "Args:" in doc and "display_name:" in doc and "Returns:" in doc and "Raises:" in doc
    assert "One of:" in (client.agents.update_working_channel.__doc__ or "")
