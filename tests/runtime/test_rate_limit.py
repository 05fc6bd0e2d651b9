"""The token bucket, on a fake clock: bursts, sustained rate, and fair slots under contention."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from dixa_client._rate_limit import AsyncTokenBucket, RateLimit, TokenBucket


class FakeClock:
    """A monotonic clock that only moves when someone sleeps on it (or `frozen`: never)."""

    def __init__(self, *, frozen: bool = False) -> None:
        self.now = 1000.0
        self.frozen = frozen
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            if not self.frozen:
                self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def contended_waits(count: int, rate: float, burst: int) -> list[float]:
    """The waits `count` simultaneous callers must get: the first `burst` none, then one slot each."""
    return [max(0.0, (index - burst + 1) / rate) for index in range(count)]


def test_defaults_are_dixas_documented_limit() -> None:
    assert RateLimit() == RateLimit(rate=10.0, burst=4)


@pytest.mark.parametrize(("rate", "burst"), [(0.0, 4), (-1.0, 4), (float("inf"), 4), (float("nan"), 4), (10.0, 0)])
def test_invalid_settings_are_refused(rate: float, burst: int) -> None:
    with pytest.raises(ValueError):
        RateLimit(rate=rate, burst=burst)
    with pytest.raises(ValueError):
        TokenBucket(rate, burst)


def test_burst_passes_then_the_fifth_waits_a_tenth() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10.0, 4, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        bucket.acquire()
    assert clock.sleeps == []
    bucket.acquire()
    assert clock.sleeps == [pytest.approx(0.1)]


@pytest.mark.parametrize("count", [5, 24, 104])
def test_sustained_rate(count: int) -> None:
    clock = FakeClock()
    start = clock.now
    bucket = TokenBucket(10.0, 4, clock=clock, sleep=clock.sleep)
    for _ in range(count):
        bucket.acquire()
    assert clock.now - start == pytest.approx((count - 4) / 10)
    assert len(clock.sleeps) == count - 4


def test_idle_time_refills_up_to_the_burst_only() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10.0, 4, clock=clock, sleep=clock.sleep)
    for _ in range(4):
        bucket.acquire()
    clock.now += 60.0  # a long pause earns 600 tokens, but the bucket holds 4
    for _ in range(4):
        bucket.acquire()
    assert clock.sleeps == []
    bucket.acquire()
    assert clock.sleeps == [pytest.approx(0.1)]


def test_threads_get_distinct_slots() -> None:
    # Time stands still, so every caller contends; each must still be given its own slot.
    clock = FakeClock(frozen=True)
    bucket = TokenBucket(10.0, 4, clock=clock, sleep=clock.sleep)
    count = 30
    start = threading.Barrier(count)

    def worker() -> None:
        start.wait(timeout=5)
        bucket.acquire()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert not any(thread.is_alive() for thread in threads)
    waits = [0.0] * (count - len(clock.sleeps)) + sorted(clock.sleeps)
    assert waits == pytest.approx(contended_waits(count, 10.0, 4))


def test_threads_on_a_real_clock_are_paced() -> None:
    bucket = TokenBucket(1000.0, 1)
    started = time.monotonic()

    def worker() -> None:
        for _ in range(10):
            bucket.acquire()

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    elapsed = time.monotonic() - started
    assert not any(thread.is_alive() for thread in threads)
    assert 0.028 <= elapsed < 2.0  # 29 paced acquisitions at 1 ms each


async def test_async_burst_and_sustained_rate() -> None:
    clock = FakeClock()
    start = clock.now
    bucket = AsyncTokenBucket(10.0, 4, clock=clock, sleep=clock.async_sleep)
    for _ in range(4):
        await bucket.acquire()
    assert clock.sleeps == []
    await bucket.acquire()
    assert clock.sleeps == [pytest.approx(0.1)]
    for _ in range(19):
        await bucket.acquire()
    assert clock.now - start == pytest.approx((24 - 4) / 10)


async def test_async_tasks_get_distinct_slots() -> None:
    clock = FakeClock(frozen=True)
    bucket = AsyncTokenBucket(10.0, 4, clock=clock, sleep=clock.async_sleep)
    await asyncio.wait_for(asyncio.gather(*(bucket.acquire() for _ in range(30))), timeout=5)
    waits = [0.0] * (30 - len(clock.sleeps)) + sorted(clock.sleeps)
    assert waits == pytest.approx(contended_waits(30, 10.0, 4))


async def test_async_real_clock_is_paced() -> None:
    bucket = AsyncTokenBucket(1000.0, 1)
    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(bucket.acquire() for _ in range(30))), timeout=5)
    assert 0.028 <= time.monotonic() - started < 2.0


def test_async_bucket_is_not_tied_to_one_event_loop() -> None:
    # Built outside any loop and used from two successive loops, as a client may be.
    clock = FakeClock()
    bucket = AsyncTokenBucket(10.0, 1, clock=clock, sleep=clock.async_sleep)

    async def twice() -> None:
        await asyncio.gather(bucket.acquire(), bucket.acquire())

    asyncio.run(twice())
    asyncio.run(twice())
    assert clock.sleeps == pytest.approx([0.1, 0.1, 0.1])
