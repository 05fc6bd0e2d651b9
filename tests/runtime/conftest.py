"""Fixtures for the runtime tests: one scripted loopback HTTP server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.runtime.loopback import LoopbackServer
from tests.runtime.support import AsyncRecordingSleep, RecordingSleep


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    loopback = LoopbackServer()
    loopback.start()
    try:
        yield loopback
    finally:
        loopback.stop()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def async_sleep() -> AsyncRecordingSleep:
    return AsyncRecordingSleep()
