"""The rate limiter's edges: its defaults, its settings' bounds, and what `reserve()` answers exactly."""

from __future__ import annotations

import dataclasses
import time

import pytest

from dixa_client._rate_limit import AsyncTokenBucket, BucketState, RateLimit, TokenBucket, shared_state


@pytest.mark.parametrize("bucket_class", [TokenBucket, AsyncTokenBucket])
def test_buckets_default_to_dixas_documented_limit(bucket_class: type[TokenBucket | AsyncTokenBucket]) -> None:
    bucket = bucket_class()
    assert (bucket.state.rate, bucket.state.burst) == (10.0, 4)


@pytest.mark.parametrize("bucket_class", [TokenBucket, AsyncTokenBucket])
def test_clock_sleep_and_state_are_keyword_only(bucket_class: type[TokenBucket | AsyncTokenBucket]) -> None:
    with pytest.raises(TypeError):
        bucket_class(10.0, 4, time.monotonic)  # type: ignore[call-arg]


def test_a_rate_limit_is_a_frozen_hashable_value() -> None:
    limit = RateLimit(rate=2.0, burst=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        limit.rate = 3.0  # type: ignore[misc]
    assert hash(limit) == hash(RateLimit(rate=2.0, burst=1))


def test_slow_rates_and_a_burst_of_one_are_valid() -> None:
    limit = RateLimit(rate=0.5, burst=1)
    assert (limit.rate, limit.burst) == (0.5, 1)
    assert BucketState(0.5, 1, 0.0).reserve(0.0) == 0.0


def test_a_token_available_now_needs_no_wait_even_a_fractional_refill() -> None:
    state = BucketState(10.0, 4, now=0.0)
    assert [state.reserve(0.0) for _ in range(4)] == [0.0, 0.0, 0.0, 0.0]
    # 0.15 s refill 1.5 tokens: one is taken at once (half a token is left), the next waits 0.05 s.
    assert state.reserve(0.15) == 0.0
    assert state.reserve(0.15) == pytest.approx(0.05)


def test_a_clock_stepping_back_takes_no_tokens_away() -> None:
    state = BucketState(10.0, 4, now=100.0)
    assert [state.reserve(99.5) for _ in range(4)] == [0.0, 0.0, 0.0, 0.0]
    assert state.reserve(99.5) == pytest.approx(0.1)


def test_one_key_under_one_limit_has_one_bucket_state() -> None:
    limit = RateLimit(rate=3.0, burst=2)
    first = shared_state("key-a", limit)
    assert (first.rate, first.burst) == (3.0, 2)
    assert shared_state("key-a", RateLimit(rate=3, burst=2)) is first
    assert shared_state("key-b", limit) is not first
    assert shared_state("key-a", RateLimit(rate=3.0, burst=3)) is not first


async def test_sync_and_async_buckets_on_one_state_share_its_slots() -> None:
    state = BucketState(10.0, 1, now=0.0)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    TokenBucket(state=state, clock=lambda: 0.0, sleep=waits.append).acquire()
    await AsyncTokenBucket(state=state, clock=lambda: 0.0, sleep=record).acquire()
    assert waits == [pytest.approx(0.1)]
