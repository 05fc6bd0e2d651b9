# pyright: strict
"""split_bulk takes what the bulk operations return as is: `list[...] | Unset`, no narrowing first."""

from __future__ import annotations

import json
from typing import Any

import httpx

from dixa_client import Dixa, split_bulk
from dixa_client.api.agents import get_agents_agentid
from tests.pinned_models import attribute_type, returned

Agent = attribute_type(returned(get_agents_agentid), "data")
AGENT: dict[str, Any] = {
    "id": "00000000-0000-0000-0000-000000000001",
    "createdAt": "2021-12-01T12:46:36.581Z",
    "displayName": "Ada",
    "email": "ada@example.com",
}


def client_answering(body: object) -> Dixa:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode())

    return Dixa("key", transport=httpx.MockTransport(handler), rate_limit=None)


def test_split_bulk_takes_the_operations_data_as_typed() -> None:
    # `output.data` is `list[...] | Unset`: passed straight in, as the README's quick start does
    # (mypy --strict and pyright check this file in `make typecheck`).
    with client_answering({"data": [{"_type": "BulkActionSuccess", "data": AGENT}]}) as client:
        output = client.agents.bulk_update(body=[])
    outcomes = split_bulk(output.data, Agent)
    assert [success.data.display_name for success in outcomes.successes] == ["Ada"]


def test_an_absent_outcome_list_is_no_outcomes() -> None:
    with client_answering({}) as client:
        outcomes = split_bulk(client.agents.bulk_update(body=[]).data, Agent)
    assert outcomes.successes == [] and outcomes.failures == [] and outcomes.all_succeeded


def test_an_error_kind_this_client_does_not_know_is_named_by_its_raw_tag() -> None:
    failure = {"_type": "BulkActionFailure", "error": {"_type": "QuotaExceeded", "message": "too many"}}
    with client_answering({"data": [failure]}) as client:
        outcomes = split_bulk(client.agents.bulk_update(body=[]).data, Agent)
    assert [(f.index, f.kind, f.message) for f in outcomes.failures] == [(0, "QuotaExceeded", "too many")]
