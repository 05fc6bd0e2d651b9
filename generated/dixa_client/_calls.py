"""One call of an operation: its request built with every argument checked, its 2xx body read.

Loaded with the first call, not at `import dixa_client`: reading bodies brings in the decoders
(`_decoding`, msgspec's `_accelerate`), the pagers and the raw-response wrapper.
The body is decoded once (`_decoding.DecodedResponse`, shared with the pager), with the cyclic GC
paused if the client was made with `pause_gc_while_decoding=True`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from types import ModuleType
from typing import Any

import httpx

from . import errors
from ._accelerate import MISS
from ._accelerate import parse_success as accelerated_parse
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._decoding import DecodedResponse, gc_paused
from ._exceptions import REDACTED, RequestValidationError, ResponseValidationError
from ._request import CallOptions, as_uuid, request_body
from .types import UNSET


class _Parser:
    """What a generated `_parse_response` reads of its `client` argument (the generated Client costs an
    attrs import): raise on a status the document does not list, rather than return None."""

    raise_on_unexpected_status = True


PARSER: Any = _Parser()


def _body_of(response: DecodedResponse) -> object:
    try:
        return response.json()
    except ValueError:  # not JSON (or not decodable): the bytes as they came
        return response.content


def _redact(text: str, secret: str) -> str:
    return text.replace(secret, REDACTED) if secret else text


def parse(
    endpoint: ModuleType,
    operation_id: str,
    response: httpx.Response | DecodedResponse,
    *,
    secret: str = "",
    unwrap: bool = False,
    pause_gc: bool = False,
) -> Any:
    """The endpoint's typed 2xx body; any misfit is a ResponseValidationError naming the operation,
    carrying the response and its body, with the API key masked should the server echo it."""
    operation = f"{operation_id} ({endpoint.OPERATION})"
    decoded = response if isinstance(response, DecodedResponse) else DecodedResponse(response)
    http_response = decoded.http_response
    try:
        if pause_gc:
            with gc_paused():
                parsed = _parse_success(endpoint, decoded)
        else:
            parsed = _parse_success(endpoint, decoded)
    except errors.UnexpectedStatus:
        message = f"HTTP {decoded.status_code} is not a documented answer of this operation"
        raise ResponseValidationError(
            message,
            path="$",
            operation=operation,
            status_code=decoded.status_code,
            response=http_response,
            body=_body_of(decoded),
        ) from None
    except ResponseValidationError as error:
        raise ResponseValidationError(
            _redact(error.message, secret),
            path=_redact(error.path, secret),
            operation=operation,
            status_code=decoded.status_code,
            response=http_response,
            body=_body_of(decoded),
        ) from error.__cause__
    return items(parsed) if unwrap else parsed


def _parse_success(endpoint: ModuleType, decoded: DecodedResponse) -> Any:
    """msgspec's reading of the body when it is installed and reads it (same result), else the parser's."""
    parsed = accelerated_parse(endpoint, decoded.content, decoded.status_code, decoded.keep_members)
    if parsed is MISS:
        parsed = endpoint._parse_success(client=PARSER, response=decoded)
    return parsed


def parser(
    client: SyncAPIClient | AsyncAPIClient, endpoint: ModuleType, operation_id: str, unwrap: bool
) -> Callable[[httpx.Response | DecodedResponse], Any]:
    pause_gc = client.pause_gc_while_decoding
    return partial(parse, endpoint, operation_id, secret=client._api_key, unwrap=unwrap, pause_gc=pause_gc)


def items(page: Any) -> Sequence[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []


def request(
    endpoint: ModuleType,
    operation_id: str,
    call: CallOptions,
    arguments: dict[str, Any],
    *,
    uuids: Sequence[str] = (),
    body: object = UNSET,
    body_type: str = "",
    fields: Mapping[str, object] | None = None,
    multipart: bool = False,
    body_required: bool = False,
) -> dict[str, Any]:
    """The request dict of one call, every argument checked first (RequestValidationError, no I/O)."""
    operation = f"{operation_id} ({endpoint.OPERATION})"
    arguments = dict(arguments)
    for name in uuids:
        arguments[name] = as_uuid(arguments[name], name, operation)
    if body_type:
        parse = None if multipart else getattr(endpoint, "_body_from_json", None)
        value = request_body(body, fields, parse, body_type, operation)
        if value is not UNSET:
            arguments["body"] = value
        elif body_required:
            message = "a request body is required: pass body= or keyword arguments"
            raise RequestValidationError(message, operation=operation)
    try:
        request: dict[str, Any] = endpoint._get_kwargs(**arguments)
    except RequestValidationError as error:
        raise RequestValidationError(error.message, path=error.path, operation=operation) from None
    return call.apply(request)
