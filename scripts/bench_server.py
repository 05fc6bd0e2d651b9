"""A loopback HTTP/1.1 keep-alive server for `make bench`, run in its own process.

It runs apart from the benchmark so that its work neither shares the client's GIL nor shows in
the client's `tracemalloc` figures. It listens on 127.0.0.1 only, prints its port on the first
line of stdout, and stops when its stdin closes (the benchmark exits) or after --lifetime seconds.

Routes (GET only):
- `<prefix>/agents/{id}`: an `AgentOutput` body for that id;
- `<prefix>/agents?pageKey=N`: page N (from 0) of `X-Bench-Pages` pages (header, default 1) of
  `pageLimit` agents (default 100), linked by a relative `meta.next` until the last page;
- `/_stats`: `{"connections": accepted so far, "requests": answered so far}`.

Usage: python -m scripts.bench_server [--lifetime SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import uuid
from urllib.parse import parse_qs, urlsplit

CREATED_AT = "2024-05-06T07:08:09.123Z[GMT]"
MAX_HEADER_BYTES = 64 * 1024
MAX_PAGE_LIMIT = 1000
STATS = {"connections": 0, "requests": 0}


def agent(agent_id: str) -> dict[str, object]:
    return {"id": agent_id, "createdAt": CREATED_AT, "displayName": "Bench Agent", "email": "agent@example.com"}


def agent_page(path: str, page: int, pages: int, limit: int) -> dict[str, object]:
    first = page * limit
    items = [agent(str(uuid.UUID(int=first + offset + 1))) for offset in range(limit)]
    meta = {"next": f"{path}?pageLimit={limit}&pageKey={page + 1}"} if page + 1 < pages else {}
    return {"data": items, "meta": meta}


def route(target: str, headers: dict[str, str]) -> tuple[int, bytes]:
    parts = urlsplit(target)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    if parts.path == "/_stats":
        return 200, json.dumps(STATS).encode()
    if parts.path.endswith("/agents"):  # whatever version prefix the document's paths carry
        pages = int(headers.get("x-bench-pages", "1"))
        limit = min(int(query.get("pageLimit", "100")), MAX_PAGE_LIMIT)
        page = int(query.get("pageKey", "0"))
        if not 0 <= page < pages:
            return 404, b'{"message": "no such page"}'
        return 200, json.dumps(agent_page(parts.path, page, pages, limit)).encode()
    if parts.path.rsplit("/", 2)[-2:-1] == ["agents"]:
        return 200, json.dumps({"data": agent(parts.path.rsplit("/", 1)[1])}).encode()
    return 404, b'{"message": "not found"}'


def parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, _version = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return method, target, headers


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    STATS["connections"] += 1
    try:
        while True:  # one request per turn; ends when the client closes or asks to
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            method, target, headers = parse_head(head[:-4])
            length = int(headers.get("content-length", "0"))
            if length:
                await reader.readexactly(length)
            status, body = route(target, headers) if method == "GET" else (405, b"{}")
            STATS["requests"] += 1
            reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed"}[status]
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n".encode("latin-1")
                + body
            )
            await writer.drain()
            if headers.get("connection", "").lower() == "close":
                return
    finally:
        writer.close()


async def main_async(lifetime: float) -> None:
    server = await asyncio.start_server(serve_connection, "127.0.0.1", 0, limit=MAX_HEADER_BYTES)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    stdin_closed = asyncio.Event()

    def watch_stdin() -> None:  # a daemon thread: it never holds up the exit
        sys.stdin.buffer.read()  # returns at EOF
        loop.call_soon_threadsafe(stdin_closed.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    async with server:
        try:
            await asyncio.wait_for(stdin_closed.wait(), timeout=lifetime)
        except TimeoutError:
            pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lifetime", type=float, default=900.0, help="stop after this many seconds at most")
    args = parser.parse_args(argv)
    asyncio.run(main_async(args.lifetime))
    return 0


if __name__ == "__main__":
    sys.exit(main())
