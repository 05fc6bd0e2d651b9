"""`make typecheck`'s check of what users copy: the README's blocks, the usage example, and its test."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import typecheck_examples


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[list[str], Path]]:
    ran: list[tuple[list[str], Path]] = []

    def run(command: list[str], cwd: Path) -> int:
        ran.append((command, cwd))
        return 0

    pyright = tmp_path / "pyright"
    pyright.touch()
    monkeypatch.setattr(typecheck_examples, "run", run)
    monkeypatch.setattr(typecheck_examples, "PYRIGHT", pyright)
    return ran


def test_the_usage_examples_test_is_checked_in_place(
    commands: list[tuple[list[str], Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_VERSION", typecheck_examples.README_VERSION)
    assert typecheck_examples.main() == 0
    mypy_runs = [(command, cwd) for command, cwd in commands if command[1:3] == ["-m", "mypy"]]
    assert len(mypy_runs) == 2
    (examples, _), (test, test_cwd) = mypy_runs
    assert examples[-1].endswith("/usage_example.py")  # the copy, beside the README's blocks
    assert test[-1] == "tests/facade/test_usage_example.py" and test_cwd == typecheck_examples.ROOT


def test_a_failure_of_any_check_fails(commands: list[tuple[list[str], Path]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("API_VERSION", typecheck_examples.README_VERSION)
    monkeypatch.setattr(typecheck_examples, "run", lambda command, cwd: int("test_usage_example" in command[-1]))
    assert typecheck_examples.main() == 1


def test_under_another_pin_nothing_is_checked(
    commands: list[tuple[list[str], Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_VERSION", "v1")
    assert typecheck_examples.main() == 0
    assert commands == []
