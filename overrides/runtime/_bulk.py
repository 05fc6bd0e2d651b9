"""Bulk endpoints answer one outcome per item: a success holding `data`, or a failure holding `error`.

`split_bulk(output.data)` sorts them in one call, keeping each item's position, and names each
failure by its error's `_type` (NotFound, Validation, ...) and message. It takes `output.data` as
the bulk operations type it (`list[...] | Unset`): an absent list is no outcomes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, overload, runtime_checkable

from .types import Unset

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class BulkSuccessLike(Protocol[T_co]):
    @property
    def data(self) -> T_co: ...


@runtime_checkable
class BulkFailureLike(Protocol):
    @property
    def error(self) -> object: ...


@dataclass(frozen=True)
class BulkFailure:
    index: int  # the item's position in the bulk request and response
    kind: str  # the error's `_type`, e.g. "NotFound" or "Validation"
    message: str | None
    error: object  # the error model itself, for anything more specific


@dataclass(frozen=True)
class BulkSuccess(Generic[T]):
    index: int
    data: T


@dataclass(frozen=True)
class BulkOutcomes(Generic[T]):
    successes: list[BulkSuccess[T]] = field(default_factory=list)
    failures: list[BulkFailure] = field(default_factory=list)

    @property
    def all_succeeded(self) -> bool:
        return not self.failures


def _raw(error: object, key: str) -> object:
    """A wire field of an error kind this client does not know: kept in its additional properties."""
    extra = getattr(error, "additional_properties", None)
    return extra.get(key) if isinstance(extra, dict) else None


def _kind(error: object) -> str:
    tag = getattr(error, "__dixa_tag__", None) or _raw(error, "_type")
    return str(tag or type(error).__name__)


def _message(error: object) -> str | None:
    message = getattr(error, "message", None) or _raw(error, "message")
    return message if isinstance(message, str) else None


@overload
def split_bulk(outcomes: Iterable[object] | Unset, data_type: type[T]) -> BulkOutcomes[T]: ...
@overload
def split_bulk(outcomes: Iterable[object] | Unset) -> BulkOutcomes[Any]: ...


def split_bulk(outcomes: Iterable[object] | Unset, data_type: type[Any] = object) -> BulkOutcomes[Any]:
    """Successes (with their data) and failures (with kind and message), in request order.

    Pass the success's data type (e.g. `Agent`) to get typed successes; it is checked.
    `UNSET` (a response without its `data` list) gives no outcomes.
    """
    result: BulkOutcomes[Any] = BulkOutcomes()
    if isinstance(outcomes, Unset):
        return result
    for index, outcome in enumerate(outcomes):
        if isinstance(outcome, BulkFailureLike):
            error = outcome.error
            result.failures.append(BulkFailure(index, _kind(error), _message(error), error))
        elif isinstance(outcome, BulkSuccessLike):
            if not isinstance(outcome.data, data_type):
                raise TypeError(f"outcome {index}: data is {type(outcome.data).__name__}, not {data_type.__name__}")
            result.successes.append(BulkSuccess(index, outcome.data))
        else:  # an outcome kind this client does not know yet: never count it as a success
            result.failures.append(BulkFailure(index, _kind(outcome), "unknown bulk outcome", outcome))
    return result
