"""Client-side rate limiting: a token bucket per client, so bursts stay under Dixa's per-key limit.

Dixa documents 10 requests per second per API key, with bursts of 4. Each `acquire()` reserves the
next free slot under a lock and then waits outside it, so concurrent callers queue in order
instead of all waking at once and overrunning the limit.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["AsyncTokenBucket", "RateLimit", "TokenBucket"]


@dataclass(frozen=True)
class RateLimit:
    """`rate` requests per second on average, up to `burst` at once."""

    rate: float = 10.0
    burst: int = 4

    def __post_init__(self) -> None:
        _check(self.rate, self.burst)


def _check(rate: float, burst: int) -> None:
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"rate must be a positive number of requests per second, not {rate!r}")
    if burst < 1:
        raise ValueError(f"burst must be at least 1, not {burst!r}")


class _Bucket:
    """The arithmetic shared by both buckets. Not thread-safe: callers hold their lock.

    Tokens may go negative: a caller that finds none takes one anyway and is told how long to
    wait for it, so each waiter owns a distinct future slot.
    """

    def __init__(self, rate: float, burst: int, now: float) -> None:
        _check(rate, burst)
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._updated = now

    def reserve(self, now: float) -> float:
        """Take a token; return the seconds to wait until it is really available (0 if it is now)."""
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.rate)
        self._updated = now
        self._tokens -= 1.0
        return 0.0 if self._tokens >= 0 else -self._tokens / self.rate


class TokenBucket:
    """Thread-safe token bucket; `acquire()` blocks until the caller may send."""

    def __init__(
        self,
        rate: float = 10.0,
        burst: int = 4,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._bucket = _Bucket(rate, burst, clock())

    def acquire(self) -> None:
        with self._lock:
            wait = self._bucket.reserve(self._clock())
        if wait > 0:  # outside the lock: others may reserve later slots meanwhile
            self._sleep(wait)


class AsyncTokenBucket:
    """The same bucket for asyncio; `await acquire()` waits without blocking the event loop."""

    def __init__(
        self,
        rate: float = 10.0,
        burst: int = 4,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._clock = clock
        self._sleep = sleep or async_sleep
        self._bucket = _Bucket(rate, burst, clock())

    async def acquire(self) -> None:
        # The reservation runs without an await, so on one event loop it is atomic: no lock needed.
        wait = self._bucket.reserve(self._clock())
        if wait > 0:
            await self._sleep(wait)


async def async_sleep(seconds: float) -> None:
    """asyncio.sleep, imported on first use: `import dixa_client` should not pay for asyncio."""
    import asyncio

    await asyncio.sleep(seconds)
