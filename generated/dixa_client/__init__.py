"""A client library for accessing Dixa API"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._provenance import __api_version__, __generator_version__, __spec_sha256__, __version__

if TYPE_CHECKING:
    from ._base_client import RequestOptions
    from ._bulk import BulkFailure, BulkOutcomes, BulkSuccess, split_bulk
    from ._client import AsyncDixa, Dixa
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DixaError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ResponseTooLargeError,
        ResponseValidationError,
        TooManyPagesError,
        UnprocessableEntityError,
        UnsafeNextPageError,
    )
    from ._pagination import AsyncPager, SyncPager
    from ._rate_limit import RateLimit
    from ._response import APIResponse
    from .client import AuthenticatedClient, Client

# name -> the module that defines it
_LAZY = {
    "RequestOptions": "._base_client",
    "BulkFailure": "._bulk",
    "BulkOutcomes": "._bulk",
    "BulkSuccess": "._bulk",
    "split_bulk": "._bulk",
    "AsyncDixa": "._client",
    "Dixa": "._client",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "ConflictError": "._exceptions",
    "DixaError": "._exceptions",
    "InternalServerError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "ResponseValidationError": "._exceptions",
    "TooManyPagesError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "UnsafeNextPageError": "._exceptions",
    "AsyncPager": "._pagination",
    "SyncPager": "._pagination",
    "RateLimit": "._rate_limit",
    "APIResponse": "._response",
    "AuthenticatedClient": ".client",
    "Client": ".client",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value  # once loaded, a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDixa",
    "AsyncPager",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BulkFailure",
    "BulkOutcomes",
    "BulkSuccess",
    "Client",
    "ConflictError",
    "Dixa",
    "DixaError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestOptions",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SyncPager",
    "TooManyPagesError",
    "UnprocessableEntityError",
    "UnsafeNextPageError",
    "__api_version__",
    "__generator_version__",
    "__spec_sha256__",
    "__version__",
    "split_bulk",
)
