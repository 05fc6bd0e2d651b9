"""The package's logger: silent unless the application configures logging, or DIXA_LOG asks for it.

A `NullHandler` keeps records away from logging's last-resort handler (which prints WARNING and
above to stderr in applications that never configured logging). `DIXA_LOG=debug` or `info` adds a
stderr handler at that level, for a quick look without touching the application's logging setup.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Final

__all__ = ["LOG_VARIABLE", "configure", "log"]

LOG_VARIABLE: Final = "DIXA_LOG"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}

log: Final = logging.getLogger(__name__.rpartition(".")[0] or __name__)


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler DIXA_LOG adds; a class of its own so it is added once."""


def configure(logger: logging.Logger, environ: Mapping[str, str] = os.environ) -> None:
    """Give `logger` its NullHandler, and the DIXA_LOG handler when asked; idempotent."""
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
    level = _LEVELS.get(environ.get(LOG_VARIABLE, "").strip().lower())
    if level is None or any(isinstance(handler, _EnvironmentHandler) for handler in logger.handlers):
        return
    handler = _EnvironmentHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


configure(log)
