"""Fixtures for the example tests, and a terminal summary of where `_type`-tagged objects landed."""

from __future__ import annotations

import pytest

from dixa_client import Client
from tests.examples.endpoints import example_client
from tests.examples.tags import TagTally, Verdict

TAG_TALLY = pytest.StashKey[TagTally]()


@pytest.fixture(scope="session")
def client() -> Client:
    return example_client()


@pytest.fixture(scope="session")
def tag_tally(request: pytest.FixtureRequest) -> TagTally:
    return request.config.stash.setdefault(TAG_TALLY, TagTally())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    tally = config.stash.get(TAG_TALLY, None)
    if tally is None:
        return
    seen = sum(len(found) for found in tally.landings.values())
    counts = ", ".join(f"{tally.count(verdict)} {verdict.value}" for verdict in Verdict)
    terminalreporter.section("_type-tagged objects in examples")
    terminalreporter.write_line(f"{seen} in examples that parse: {counts}")
    terminalreporter.write_line(f"{sum(tally.unparsed.values())} in {len(tally.unparsed)} examples that do not parse")
    for test_id, found in tally.landings.items():
        for landing in found:
            if landing.verdict in (Verdict.WRONG, Verdict.UNMODELLED):
                terminalreporter.write_line(f"  {test_id} {landing}")
