"""Client-side rate limiting: a token bucket per API key, so bursts stay under Dixa's per-key limit.

Dixa documents 10 requests per second per API key, with bursts of 4. Each `acquire()` reserves the
next free slot under a lock and then waits outside it, so concurrent callers queue in order
instead of all waking at once and overrunning the limit.

The limit is the key's, not a client's: `shared_state()` gives every client of this process on the
same key and settings (sync or async, copies included) one bucket state. The registry is keyed
by an HMAC of the key under a secret drawn per process, never by the key itself.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

__all__ = ["AsyncTokenBucket", "BucketState", "RateLimit", "TokenBucket", "shared_state"]


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


class BucketState:
    """A bucket's arithmetic under its own lock: what sync and async limiters on one key share."""

    def __init__(self, rate: float, burst: int, now: float) -> None:
        self._lock = threading.Lock()
        self._bucket = _Bucket(rate, burst, now)

    @property
    def rate(self) -> float:
        return self._bucket.rate

    @property
    def burst(self) -> int:
        return self._bucket.burst

    def reserve(self, now: float) -> float:
        with self._lock:  # held for arithmetic only, never across a wait: harmless on an event loop
            return self._bucket.reserve(now)


_SECRET: Final = secrets.token_bytes(32)
_REGISTRY: Final[weakref.WeakValueDictionary[tuple[bytes, float, int], BucketState]] = weakref.WeakValueDictionary()
_REGISTRY_LOCK: Final = threading.Lock()


def shared_state(api_key: str, limit: RateLimit) -> BucketState:
    """The bucket state of `api_key` under `limit`, shared by every client holding it (on
    time.monotonic()'s clock); it lives as long as one of them does."""
    fingerprint = hmac.new(_SECRET, api_key.encode("utf-8"), hashlib.sha256).digest()
    key = (fingerprint, float(limit.rate), limit.burst)
    with _REGISTRY_LOCK:
        state = _REGISTRY.get(key)
        if state is None:
            state = BucketState(limit.rate, limit.burst, time.monotonic())
            _REGISTRY[key] = state
        return state


class TokenBucket:
    """Thread-safe token bucket; `acquire()` blocks until the caller may send."""

    def __init__(
        self,
        rate: float = 10.0,
        burst: int = 4,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        state: BucketState | None = None,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self.state = state or BucketState(rate, burst, clock())

    def acquire(self) -> None:
        wait = self.state.reserve(self._clock())
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
        state: BucketState | None = None,
    ) -> None:
        self._clock = clock
        self._sleep = sleep or async_sleep
        self.state = state or BucketState(rate, burst, clock())

    async def acquire(self) -> None:
        wait = self.state.reserve(self._clock())
        if wait > 0:
            await self._sleep(wait)


async def async_sleep(seconds: float) -> None:
    """asyncio.sleep, imported on first use: `import dixa_client` should not pay for asyncio."""
    import asyncio

    await asyncio.sleep(seconds)
