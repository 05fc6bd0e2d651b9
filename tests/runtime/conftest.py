"""Fixtures for the runtime tests: one scripted loopback HTTP server per test."""

from __future__ import annotations

import os
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


@pytest.fixture
def child_env() -> dict[str, str]:
    """The environment for a child interpreter, without any DIXA_LOG of the caller's."""
    return {name: value for name, value in os.environ.items() if name != "DIXA_LOG"}
