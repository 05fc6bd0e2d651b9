"""The package logger is silent unless the application configures logging or DIXA_LOG asks for output."""

from __future__ import annotations

import logging
import subprocess
import sys

from dixa_client._logs import LOG_VARIABLE, configure

# A retried request (503, then 200) in a fresh interpreter that never configured logging.
RETRIED_REQUEST = """
import httpx
from dixa_client._base_client import SyncAPIClient

answers = iter([httpx.Response(503), httpx.Response(200, json={})])
client = SyncAPIClient(
    api_key="k", base_url="https://dev.dixa.io", user_agent="t", rate_limit=None,
    transport=httpx.MockTransport(lambda request: next(answers)), _sleep=lambda seconds: None,
)
client.send({"method": "get", "url": "/beta/agents"}, operation="getAgents")
print("sent")
"""


def run_retried_request(environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RETRIED_REQUEST], capture_output=True, text=True, env=environment, timeout=60
    )


def test_an_unconfigured_application_sees_no_log_output(child_env: dict[str, str]) -> None:
    result = run_retried_request(child_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "sent"
    assert result.stderr == ""


def test_dixa_log_info_prints_retries_only(child_env: dict[str, str]) -> None:
    result = run_retried_request({**child_env, LOG_VARIABLE: "info"})
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "dixa_client INFO getAgents GET /beta/agents -> 503; retrying in" in lines[0]


def test_dixa_log_debug_prints_every_attempt(child_env: dict[str, str]) -> None:
    result = run_retried_request({**child_env, LOG_VARIABLE: "DEBUG"})
    assert result.returncode == 0, result.stderr
    ours = [line for line in result.stderr.splitlines() if " dixa_client " in line]
    assert [line.split(" dixa_client ")[1].split(" ")[0] for line in ours] == ["DEBUG", "INFO", "DEBUG"]


def test_configure_is_idempotent_and_ignores_unknown_levels() -> None:
    logger = logging.getLogger("dixa_client.tests.configure")
    try:
        configure(logger, {LOG_VARIABLE: "verbose"})
        configure(logger, {})
        assert [type(handler) for handler in logger.handlers] == [logging.NullHandler]
        configure(logger, {LOG_VARIABLE: "info"})
        configure(logger, {LOG_VARIABLE: "info"})
        assert len(logger.handlers) == 2
        assert logger.level == logging.INFO
    finally:
        logger.handlers.clear()
