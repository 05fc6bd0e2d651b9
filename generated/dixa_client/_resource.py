"""Base classes of the generated resource namespaces (`client.agents`, `client.conversations`, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncDixa, Dixa


class SyncResource:
    def __init__(self, client: Dixa) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncDixa) -> None:
        self._client = client
