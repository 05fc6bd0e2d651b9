"""The sync client's own connection pools carry the deadline into their sockets; others are left alone."""

from __future__ import annotations

import time

import httpcore
import httpx
import pytest

from dixa_client._deadline import DEADLINE, _clamp, enforce_deadline


def test_the_default_pool_and_proxy_pools_are_wrapped() -> None:
    with httpx.Client() as plain, httpx.Client(proxy="http://127.0.0.1:9") as proxied:
        assert enforce_deadline(plain) and enforce_deadline(proxied)
        assert enforce_deadline(plain)  # idempotent: wrapped once


def test_a_transport_without_a_pool_is_reported() -> None:
    with httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as mocked:
        assert not enforce_deadline(mocked)


def test_without_a_deadline_timeouts_pass_through() -> None:
    assert _clamp(3.0, httpcore.ReadTimeout) == 3.0
    assert _clamp(None, httpcore.ReadTimeout) is None


def test_a_deadline_shortens_timeouts_and_refuses_late_operations() -> None:
    token = DEADLINE.set(time.monotonic() + 0.5)
    try:
        assert (clamped := _clamp(60.0, httpcore.ReadTimeout)) is not None and 0 < clamped <= 0.5
        assert (unbounded := _clamp(None, httpcore.ReadTimeout)) is not None and unbounded <= 0.5
    finally:
        DEADLINE.reset(token)
    token = DEADLINE.set(time.monotonic() - 0.001)
    try:
        with pytest.raises(httpcore.WriteTimeout):
            _clamp(60.0, httpcore.WriteTimeout)
    finally:
        DEADLINE.reset(token)
