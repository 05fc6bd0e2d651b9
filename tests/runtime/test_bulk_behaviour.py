"""split_bulk on hand-made outcome classes (any document's bulk models have this shape): order, kinds,
messages, the data type check, and outcomes of a kind this client does not know."""

from __future__ import annotations

import dataclasses
import typing
from types import SimpleNamespace
from typing import Any, ClassVar

import attrs
import pytest

from dixa_client._bulk import BulkFailure, BulkOutcomes, BulkSuccess, split_bulk
from dixa_client.types import UNSET


@attrs.define
class Item:
    name: str


@attrs.define
class Success:
    data: object


@attrs.define
class Failure:
    error: object


@attrs.define
class NotFound:
    __dixa_tag__: ClassVar[str] = "NotFound"
    message: object = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define
class UnknownError:
    """An error kind the client has no model for: its wire fields are kept as additional properties."""

    additional_properties: dict[str, Any] = attrs.field(factory=dict)


@attrs.define
class Both:
    data: object
    error: object


def test_successes_and_failures_keep_their_positions_in_the_request() -> None:
    outcomes = split_bulk(
        [Success(Item("a")), Failure(NotFound("gone")), Success(Item("b")), Failure(NotFound("lost"))], Item
    )
    assert outcomes.successes == [BulkSuccess(0, Item("a")), BulkSuccess(2, Item("b"))]
    assert [(f.index, f.kind, f.message) for f in outcomes.failures] == [
        (1, "NotFound", "gone"),
        (3, "NotFound", "lost"),
    ]
    assert outcomes.failures[0].error == NotFound("gone")
    assert not outcomes.all_succeeded


def test_only_successes_all_succeeded() -> None:
    outcomes = split_bulk([Success(Item("a"))], Item)
    assert outcomes.all_succeeded and outcomes.failures == []


def test_a_known_kind_s_tag_and_message_win_over_its_raw_fields() -> None:
    error = NotFound("typed", additional_properties={"_type": "Raw", "message": "raw"})
    (failure,) = split_bulk([Failure(error)]).failures
    assert (failure.kind, failure.message) == ("NotFound", "typed")


def test_an_unknown_kind_is_named_and_explained_by_its_raw_fields() -> None:
    error = UnknownError({"_type": "QuotaExceeded", "message": "too many"})
    (failure,) = split_bulk([Failure(error)]).failures
    assert (failure.kind, failure.message, failure.error) == ("QuotaExceeded", "too many", error)


def test_an_error_without_any_tag_is_named_by_its_class() -> None:
    (failure,) = split_bulk([Failure(UnknownError())]).failures
    assert (failure.kind, failure.message) == ("UnknownError", None)
    (failure,) = split_bulk([Failure("plain text")]).failures
    assert (failure.kind, failure.message) == ("str", None)


def test_a_message_that_is_not_a_string_is_no_message() -> None:
    failures = split_bulk([Failure(NotFound(42)), Failure(UnknownError({"message": ["a", "b"]}))]).failures
    assert [f.message for f in failures] == [None, None]


def test_data_of_another_type_is_refused_with_its_position() -> None:
    with pytest.raises(TypeError, match=r"^outcome 1: data is str, not Item$"):
        split_bulk([Success(Item("a")), Success("text")], Item)


def test_without_a_data_type_any_data_is_a_success() -> None:
    outcomes = split_bulk([Success("text"), Success(None)])
    assert outcomes.successes == [BulkSuccess(0, "text"), BulkSuccess(1, None)]


def test_an_outcome_of_an_unknown_kind_is_never_a_success() -> None:
    stranger = UnknownError({"_type": "BulkActionPartial"})
    outcomes = split_bulk([stranger, Success(Item("a"))], Item)
    assert outcomes.failures == [BulkFailure(0, "BulkActionPartial", "unknown bulk outcome", stranger)]
    assert outcomes.successes == [BulkSuccess(1, Item("a"))]


def test_an_outcome_holding_an_error_is_a_failure_even_with_data() -> None:
    outcomes = split_bulk([Both(data=Item("a"), error=NotFound("no"))], Item)
    assert outcomes.successes == [] and [f.kind for f in outcomes.failures] == ["NotFound"]


def test_unset_and_empty_give_no_outcomes_each_in_a_fresh_result() -> None:
    first, second = split_bulk(UNSET), split_bulk([])
    assert first == BulkOutcomes() == second and first.all_succeeded
    first.failures.append(BulkFailure(0, "x", None, None))
    assert second.failures == [] and BulkOutcomes().failures == []


def test_outcomes_are_frozen_values() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        BulkSuccess(0, "a").index = 1  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        BulkFailure(0, "k", None, None).kind = "j"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        BulkOutcomes[Any]().successes = []  # type: ignore[misc]


def test_outcomes_are_recognised_by_their_attributes_alone_even_when_none() -> None:
    outcomes = split_bulk([SimpleNamespace(data=None), SimpleNamespace(error=None)])
    assert outcomes.successes == [BulkSuccess(0, None)]
    assert [(f.index, f.kind, f.message, f.error) for f in outcomes.failures] == [(1, "NoneType", None, None)]


def test_split_bulk_declares_its_typed_and_untyped_forms() -> None:
    assert len(typing.get_overloads(split_bulk)) == 2
