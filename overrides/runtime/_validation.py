"""Turning any failure inside generated `from_dict` code into one typed error with a JSON path.

Generated parsers wrap the reading of each property and list item; on failure they re-raise
through `at()`, which prefixes the path segment, so the caller sees e.g. `data[3].createdAt`.
"""

from __future__ import annotations

from ._exceptions import ResponseValidationError


def _describe(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return "required property is missing"
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def at(error: BaseException, segment: str | int) -> ResponseValidationError:
    """`error`, raised while reading `segment` of a value, as a validation error at that segment."""
    if isinstance(error, ResponseValidationError):
        return error.under(segment)
    return ResponseValidationError(_describe(error), segments=(segment,))


def in_operation(error: BaseException, operation: str, status_code: int) -> ResponseValidationError:
    """Any parsing failure of a response body, named by operation and HTTP status."""
    if not isinstance(error, ResponseValidationError):
        error = ResponseValidationError(_describe(error), segments=())
    return error.in_operation(operation, status_code)
