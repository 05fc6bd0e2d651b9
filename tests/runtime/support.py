"""Helpers shared by the runtime tests: recording sleeps and clients wired to the loopback server."""

from __future__ import annotations

from typing import Any

from dixa_client._base_client import AsyncAPIClient, SyncAPIClient

API_KEY = "sk-test-SECRET-123"
USER_AGENT = "dixa-client-tests/0"


class RecordingSleep:
    """Stands in for time.sleep: records the requested waits instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class AsyncRecordingSleep:
    """Stands in for asyncio.sleep: records the requested waits instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def no_jitter() -> float:
    return 0.0  # backoff factor 1.0: delays are exactly 0.5, 1.0, 2.0, ...


def sync_client(base_url: str, sleep: RecordingSleep, **overrides: Any) -> SyncAPIClient:
    settings: dict[str, Any] = {"rate_limit": None, "max_retries": 2, "timeout": 5.0, "_random": no_jitter}
    return SyncAPIClient(
        api_key=API_KEY, base_url=base_url, user_agent=USER_AGENT, _sleep=sleep, **settings | overrides
    )


def async_client(base_url: str, sleep: AsyncRecordingSleep, **overrides: Any) -> AsyncAPIClient:
    settings: dict[str, Any] = {"rate_limit": None, "max_retries": 2, "timeout": 5.0, "_random": no_jitter}
    return AsyncAPIClient(
        api_key=API_KEY, base_url=base_url, user_agent=USER_AGENT, _sleep=sleep, **settings | overrides
    )
