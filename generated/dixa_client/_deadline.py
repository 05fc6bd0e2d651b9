"""The whole-attempt deadline (`total_timeout`) inside httpx's own socket operations, for the sync client.

httpx bounds each socket read or write, not the response: a server that stalls after its headers
is cut only by the read timeout, and one that drips header bytes is never cut. The sync client
sets `DEADLINE` for each attempt; the network backend of the httpx client it builds is wrapped so
that every connect, TLS handshake, read and write waits at most until then, and one that would
start late fails at once with httpcore's own timeout (which httpx maps to `httpx.ReadTimeout`,
`WriteTimeout` or `ConnectTimeout`). (The async client needs none of this: it runs the attempt
under `asyncio.timeout`.)

Wrapping uses httpx/httpcore attributes that are not public (`_transport`, `_mounts`, `_pool`,
`_network_backend`); when they are missing, `enforce_deadline` reports it and the deadline is
still checked between the chunks of the body.

httpcore is imported where it is used, not at the top: httpx loads it only with its first transport,
and `import dixa_client` + `Dixa()` (which builds no transport) need not pay for it and for h11. The
wrappers need not derive from httpcore's base classes: its pools only call their methods.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    import httpcore

__all__ = ["DEADLINE", "enforce_deadline"]

# When the attempt in progress on this thread must be complete, on time.monotonic()'s clock.
DEADLINE: Final[ContextVar[float | None]] = ContextVar("dixa_client_deadline", default=None)

_LATE: Final = "the response did not complete within total_timeout"


def _clamp(timeout: float | None, late: type[httpcore.TimeoutException]) -> float | None:
    """`timeout` shortened to what is left of the current deadline; raise `late` if nothing is."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise late(_LATE)
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream:
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore  # noqa: PLC0415 - see the module's docstring

        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import httpcore  # noqa: PLC0415

        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        import httpcore  # noqa: PLC0415

        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _DeadlineStream:
        import httpcore  # noqa: PLC0415

        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> _DeadlineStream:
        import httpcore  # noqa: PLC0415

        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def enforce_deadline(http: httpx.Client) -> bool:
    """Wrap the network backend of every connection pool of `http` (the default transport and any
    proxy mounts). True when every transport could be wrapped."""
    import httpcore  # noqa: PLC0415 - loaded by httpx with the client's transport

    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    complete = True
    for transport in transports:
        if transport is None:  # a mount that disables proxying for some URLs
            continue
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _DeadlineBackend):
            continue
        if not isinstance(backend, httpcore.NetworkBackend):
            complete = False
            continue
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return complete
