# pyright: strict
"""split_bulk takes what the bulk operations return as is: `list[...] | Unset`, no narrowing first."""

from __future__ import annotations

from typing import Any

from dixa_client import split_bulk
from dixa_client.models import Agent, BulkUpdateAgentOutput

AGENT: dict[str, Any] = {
    "id": "00000000-0000-0000-0000-000000000001",
    "createdAt": "2021-12-01T12:46:36.581Z",
    "displayName": "Ada",
    "email": "ada@example.com",
}


def test_split_bulk_takes_the_operations_data_as_typed() -> None:
    # `output.data` is `list[...] | Unset`: passed straight in, as the README's quick start does
    # (mypy --strict and pyright check this file in `make typecheck`).
    output = BulkUpdateAgentOutput.from_dict({"data": [{"_type": "BulkActionSuccess", "data": AGENT}]})
    outcomes = split_bulk(output.data, Agent)
    assert [success.data.display_name for success in outcomes.successes] == ["Ada"]


def test_an_absent_outcome_list_is_no_outcomes() -> None:
    outcomes = split_bulk(BulkUpdateAgentOutput.from_dict({}).data, Agent)
    assert outcomes.successes == [] and outcomes.failures == [] and outcomes.all_succeeded


def test_an_error_kind_this_client_does_not_know_is_named_by_its_raw_tag() -> None:
    failure = {"_type": "BulkActionFailure", "error": {"_type": "QuotaExceeded", "message": "too many"}}
    outcomes = split_bulk(BulkUpdateAgentOutput.from_dict({"data": [failure]}).data, Agent)
    assert [(f.index, f.kind, f.message) for f in outcomes.failures] == [(0, "QuotaExceeded", "too many")]
