"""A client library for accessing Dixa API"""

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
    ResponseValidationError,
    UnprocessableEntityError,
    UnsafeNextPageError,
)
from ._pagination import AsyncPager, SyncPager
from ._provenance import __api_version__, __generator_version__, __spec_sha256__, __version__
from ._rate_limit import RateLimit
from ._response import APIResponse
from .client import AuthenticatedClient, Client

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
    "ResponseValidationError",
    "SyncPager",
    "UnprocessableEntityError",
    "UnsafeNextPageError",
    "__api_version__",
    "__generator_version__",
    "__spec_sha256__",
    "__version__",
    "split_bulk",
)
