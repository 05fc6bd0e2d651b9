"""A client library for accessing Dixa API"""

from ._provenance import __api_version__, __generator_version__, __spec_sha256__
from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__api_version__",
    "__generator_version__",
    "__spec_sha256__",
)
