"""`enforce_deadline` over every pool of a client, whatever order its transports come in; `_clamp` at the deadline."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, cast

import httpcore
import httpx
import pytest

from dixa_client import _deadline
from dixa_client._deadline import DEADLINE, _clamp, _DeadlineBackend, enforce_deadline


def pool(backend: object) -> SimpleNamespace:
    """A transport as enforce_deadline sees it: its pool and the pool's network backend."""
    return SimpleNamespace(_pool=SimpleNamespace(_network_backend=backend))


def client(*transports: object) -> httpx.Client:
    """A client whose default transport is the first of `transports` and whose mounts are the rest, in order."""
    default, *mounts = transports
    return cast(
        httpx.Client, SimpleNamespace(_transport=default, _mounts={f"all://{i}": t for i, t in enumerate(mounts)})
    )


def backend_of(transport: SimpleNamespace) -> Any:
    return transport._pool._network_backend


def test_a_mount_without_proxying_is_skipped_and_the_next_ones_wrapped() -> None:
    later = pool(httpcore.SyncBackend())
    assert enforce_deadline(client(None, None, later))
    assert isinstance(backend_of(later), _DeadlineBackend)


def test_a_wrapped_pool_is_left_as_it_is_and_the_next_ones_wrapped() -> None:
    wrapped = _DeadlineBackend(httpcore.SyncBackend())
    first, later = pool(wrapped), pool(httpcore.SyncBackend())
    assert enforce_deadline(client(first, later))
    assert backend_of(first) is wrapped
    assert isinstance(backend_of(later), _DeadlineBackend)


def test_a_transport_without_a_backend_is_reported_and_the_next_ones_wrapped() -> None:
    later = pool(httpcore.SyncBackend())
    assert not enforce_deadline(client(pool(None), later))
    assert isinstance(backend_of(later), _DeadlineBackend)
    assert not enforce_deadline(client(SimpleNamespace(), pool(httpcore.SyncBackend())))


def test_a_client_without_transports_is_complete() -> None:
    assert enforce_deadline(cast(httpx.Client, SimpleNamespace()))


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[float]:
    monkeypatch.setattr(_deadline, "time", SimpleNamespace(monotonic=lambda: 50.0))
    yield 50.0


def test_an_operation_starting_exactly_at_the_deadline_is_late(frozen_clock: float) -> None:
    token = DEADLINE.set(frozen_clock)
    try:
        with pytest.raises(httpcore.ConnectTimeout, match="total_timeout"):
            _clamp(10.0, httpcore.ConnectTimeout)
    finally:
        DEADLINE.reset(token)


def test_the_remaining_time_is_the_timeout_when_shorter(frozen_clock: float) -> None:
    token = DEADLINE.set(frozen_clock + 2.0)
    try:
        assert _clamp(10.0, httpcore.ReadTimeout) == 2.0
        assert _clamp(1.0, httpcore.ReadTimeout) == 1.0
        assert _clamp(None, httpcore.ReadTimeout) == 2.0
    finally:
        DEADLINE.reset(token)
