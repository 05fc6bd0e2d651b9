"""`make bench`: how fast the client imports, decodes, sends and paginates, and how long regeneration takes.

Not a test: it repeats each measurement, prints a table of medians with min/max, and writes the same
figures to bench/results.json (git-ignored). A figure is compared with a baseline measured in the
same run where one exists (`ratio` = figure median / baseline median; for rounds interleaved with
their baseline, the median of the rounds' ratios). The exit status is 0 even when a target is
missed; the missed targets are listed at the end.

1. import: a fresh interpreter times `import dixa_client; Dixa(api_key=...)` from inside (start-up
   excluded); the whole process is compared with `python -c pass`.
2. decoding: a page of 10,000 conversations cycling through the 11 variants (`Z[GMT]` timestamps),
   "minimal" (required keys only) and "rich" (every optional property, tagged links, custom
   attributes), read through the facade (`Dixa` with a mock transport, iterating the pager) with msgspec
   (a dependency on CPython) and without it (the fallback pure-Python path), against `json.loads` of
   the same bytes in the same round (interleaved rounds, CPU time); also with
   `pause_gc_while_decoding=True`, the models alone, and pydantic's `validate_json` when pydantic is
   installed. The decoded pages are checked after all timed rounds.
3. requests: `Dixa(...).agents.get(id)` x2000 against a loopback keep-alive server (a separate
   process, scripts/bench_server.py), against `httpx.Client.get` + `json.loads` of the same calls;
   then the achieved rate with the default rate limiter.
4. regeneration: `make generate` from the cached document into a temporary directory.
5. pagination memory: the traced peak while iterating `agents.list()` over 10,000 and
   100,000 items (100 per page).

Usage: python -m scripts.bench [--only import,decoding,requests,regeneration,pagination]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
SPEC = Path("openapi") / "beta.yaml"
API_KEY = "bench-api-key"
AGENT_ID = uuid.UUID("6f1c4a53-2b8e-4c1e-9d3a-0a1b2c3d4e5f")
NAN = float("nan")
CHILD_TIMEOUT = 120.0  # seconds; any child process taking longer is a failure, not a hang
GENERATE_TIMEOUT = 600.0

# ---------------------------------------------------------------------------------------------
# Figures and the shared helpers


@dataclass(frozen=True)
class Stats:
    samples: list[float]  # empty when the measurement failed

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else NAN

    @property
    def min(self) -> float:
        return min(self.samples, default=NAN)

    @property
    def max(self) -> float:
        return max(self.samples, default=NAN)

    def as_json(self) -> dict[str, Any]:
        return {
            "median": _finite(self.median),
            "min": _finite(self.min),
            "max": _finite(self.max),
            "samples": self.samples,
        }


def _finite(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else value


@dataclass
class Figure:
    """One row of the table; the target (`floor` <= value <= `limit`) applies to the median or the ratio."""

    name: str
    unit: str
    stats: Stats
    baseline: Stats | None = None
    baseline_name: str = ""
    limit: float | None = None  # the target: at most this
    floor: float | None = None  # the target: at least this (with `limit`, a range)
    on_ratio: bool = False  # does the target apply to the ratio (else to the median)?
    paired: bool = False  # samples interleaved with the baseline's: the ratio is the median of the rounds' ratios
    target: str = ""
    note: str = ""
    error: str | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        if self.paired and self.stats.samples and 0 not in self.baseline.samples:
            # A busy machine slows whole rounds: each round's ratio is steadier than a ratio of medians.
            return statistics.median(a / b for a, b in zip(self.stats.samples, self.baseline.samples, strict=True))
        return self.stats.median / self.baseline.median

    @property
    def met(self) -> bool | None:
        """None for a figure given for information only."""
        if self.error is not None:
            return False
        if self.limit is None and self.floor is None:
            return None
        value = self.ratio if self.on_ratio else self.stats.median
        if value is None or math.isnan(value):
            return False
        return (self.limit is None or value <= self.limit) and (self.floor is None or value >= self.floor)

    def as_json(self) -> dict[str, Any]:
        baseline = None
        if self.baseline is not None:
            baseline = {"name": self.baseline_name, **self.baseline.as_json()}
        return {
            "name": self.name,
            "unit": self.unit,
            **self.stats.as_json(),
            "baseline": baseline,
            "ratio": _finite(self.ratio),
            "target": self.target or None,
            "met": self.met,
            "note": self.note or None,
            "error": self.error,
        }


def failed(name: str, unit: str, target: str, error: str) -> Figure:
    return Figure(name, unit, Stats([]), target=target, error=error)


def measure(fn: Callable[[], float], repeat: int) -> Stats:
    """Run `fn` (which returns one measured value) `repeat` times."""
    return Stats([fn() for _ in range(repeat)])


def measure_pair(fn: Callable[[], float], baseline: Callable[[], float], repeat: int) -> tuple[Stats, Stats]:
    """Like `measure`, alternating with the baseline so that drift on a busy machine hits both alike."""
    pairs = [(baseline(), fn()) for _ in range(repeat)]
    return Stats([value for _, value in pairs]), Stats([base for base, _ in pairs])


def timed(fn: Callable[[], object]) -> float:
    """Seconds taken by `fn()`, after a garbage collection so that earlier runs' garbage is not billed."""
    gc.collect()
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


# ---------------------------------------------------------------------------------------------
# 1. Import


IMPORT_DIXA = "import dixa_client; dixa_client.Dixa(api_key='k')"
IMPORT_HTTPX = "import httpx"
IMPORT_MODELS = "import dixa_client.models"


def _run_python(code: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"python -c {code!r} failed:\n{result.stderr.strip()}")
    return result.stdout


def import_inside(statement: str, env: dict[str, str] | None) -> float:
    """Milliseconds `statement` takes in a fresh interpreter, timed from inside (start-up excluded)."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    return float(_run_python(code, env).split()[-1]) * 1000.0


def process_wall(code: str, env: dict[str, str] | None) -> float:
    """Milliseconds from spawning `python -c code` to its exit."""
    return timed(lambda: _run_python(code, env)) * 1000.0


def bytecode_env(prefix: str) -> dict[str, str]:
    """The environment with bytecode cached under `prefix`, as for a pip-installed package.

    This shell may set PYTHONDONTWRITEBYTECODE, and regeneration replaces generated/ (and any
    __pycache__ in it): without this every run would compile dixa_client from source.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": prefix}


def bench_import(repeat: int = 7) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="dixa-bench-pycache-") as prefix:
        env = bytecode_env(prefix)
        for code in (IMPORT_DIXA, IMPORT_MODELS, IMPORT_HTTPX):  # warm-up: bytecode written, files in page cache
            _run_python(code, env)
        dixa, httpx_only = measure_pair(
            lambda: import_inside(IMPORT_DIXA, env), lambda: import_inside(IMPORT_HTTPX, env), repeat
        )
        whole, bare = measure_pair(lambda: process_wall(IMPORT_DIXA, env), lambda: process_wall("pass", env), repeat)
        models = measure(lambda: import_inside(IMPORT_MODELS, env), repeat)
    as_is = measure(lambda: import_inside(IMPORT_DIXA, None), repeat)
    no_bytecode = os.environ.get("PYTHONDONTWRITEBYTECODE")
    return [
        Figure(
            "import dixa_client + Dixa() (in-process)",
            "ms",
            dixa,
            httpx_only,
            "import httpx",
            limit=1.15,
            on_ratio=True,
            target="<= 1.15x import httpx",
            note="timed inside a fresh interpreter, bytecode cached: start-up excluded",
        ),
        Figure(
            "  same, whole process (wall)",
            "ms",
            whole,
            bare,
            "python -c pass",
            note="start-up and exit included; ratio for information",
        ),
        Figure("  import dixa_client.models (in-process)", "ms", models, note="for information"),
        Figure(
            "  import dixa_client + Dixa() in this shell's environment",
            "ms",
            as_is,
            note=(
                "PYTHONDONTWRITEBYTECODE is set: modules without a __pycache__ are compiled at every import"
                if no_bytecode
                else "with whatever __pycache__ the source tree holds"
            ),
        ),
    ]


# ---------------------------------------------------------------------------------------------
# 2. Decoding

CONVERSATION_ITEMS = 10_000
END_USER_ID = uuid.UUID("3a1b2c3d-4e5f-4a1b-8c2d-3e4f5a6b7c8d")
TIMESTAMP = "2024-05-{day:02d}T07:08:{second:02d}.{milli:03d}Z[GMT]"
# Each variant's required keys (besides id, requesterId, channel, createdAt), by its `_type` tag.
VARIANTS: dict[str, dict[str, str]] = {
    "AnonymizedConversation": {"channel": "Email", "anonymizedAt": "2024-06-01T10:00:00.000Z[GMT]"},
    "ChatConversation": {"channel": "WidgetChat"},
    "ContactFormConversation": {"channel": "ContactForm", "fromEmail": "someone@example.com"},
    "EmailConversation": {
        "channel": "Email",
        "toEmail": "support@example.com",
        "fromEmail": "someone@example.com",
        "integrationEmail": "support@example.dixa.io",
    },
    "FacebookMessengerConversation": {"channel": "FacebookMessenger"},
    "GenericConversation": {"channel": "Callback"},
    "MessengerConversation": {"channel": "Messenger"},
    "PstnPhoneConversation": {"channel": "PstnPhone"},
    "SmsConversation": {"channel": "Sms"},
    "TwitterConversation": {"channel": "Twitter", "conversationType": "DirectMessage"},
    "WhatsAppConversation": {"channel": "WhatsApp"},
}
LINK_TAGS = ("EmailForward", "FollowUp", "SideConversation")


def _timestamp(index: int) -> str:
    return TIMESTAMP.format(day=1 + index % 28, second=index % 60, milli=index % 1000)


def rich_properties(index: int) -> dict[str, Any]:
    """A value for every optional property a conversation variant may have (each variant keeps those it knows)."""
    return {
        "direction": ("Inbound", "Outbound", "Internal")[index % 3],
        "state": ("Open", "Closed", "AwaitingPending")[index % 3],
        "stateUpdatedAt": _timestamp(index + 1),
        "assignment": {"agentId": str(uuid.UUID(int=index + 7)), "assignedAt": _timestamp(index + 2)},
        "queue": {"id": str(uuid.UUID(int=index + 11)), "queuedAt": _timestamp(index + 3)},
        "browserInfo": {
            "name": "Firefox",
            "version": "128",
            "ipAddress": "192.0.2.1",
            "originatingUrl": "https://x.io",
        },
        "language": "en",
        "subject": f"Order {index}",
        "toEmail": "support@example.com",
        "integrationEmail": "support@example.dixa.io",
        "fromContactPointId": "cp-1",
        "toContactPointId": "cp-2",
        "fromNumber": "+4512345678",
        "toNumber": "+4587654321",
        "contactPointTwitterId": "tw-1",
        "endUserTwitterId": "tw-2",
        "link": {"_type": LINK_TAGS[index % 3], "parentId": index},
        "customAttributes": [
            {"id": str(uuid.UUID(int=index + 13)), "name": "Plan", "identifier": "plan", "value": "gold"},
            {"id": str(uuid.UUID(int=index + 17)), "name": "Tags", "identifier": "tags", "value": ["a", "b"]},
        ],
        "transportExpiresAt": _timestamp(index + 4),
    }


def tagged_models() -> dict[str, Any]:
    """Each model by the `_type` tag it is written with: the pinned document may title it otherwise."""
    import dixa_client.models as models

    found = (getattr(models, name) for name in models.__all__)
    return {model.__dixa_tag__: model for model in found if getattr(model, "__dixa_tag__", None)}


def conversation_payload(count: int, rich: bool = False) -> bytes:
    """A `getEndusersUseridConversations` page body of `count` conversations cycling through VARIANTS:
    their required keys only, or (rich) with every optional property their variant knows."""
    known = {tag: model.__dixa_keys__ for tag, model in tagged_models().items() if tag in VARIANTS}
    tags = [tag for tag in VARIANTS if tag in known]  # those the pinned document writes with that tag
    items = []
    for index in range(count):
        tag = tags[index % len(tags)]
        item = {
            "_type": tag,
            "id": 100_000 + index,
            "requesterId": str(uuid.UUID(int=index + 1)),
            "createdAt": _timestamp(index),
        }
        if rich:
            item.update((key, value) for key, value in rich_properties(index).items() if key in known[tag])
        item.update(VARIANTS[tag])
        items.append(item)
    return json.dumps({"data": items, "meta": {}}).encode()


def facade_reader(raw: bytes, **options: Any) -> Callable[[], list[Any]]:
    """Every item of `raw` as `Dixa(**options).end_users.list_conversations` gives them (a mock transport
    serves the page)."""
    from dixa_client import Dixa

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    client = Dixa(api_key=API_KEY, transport=httpx.MockTransport(serve), rate_limit=None, max_retries=0, **options)
    return lambda: list(client.end_users.list_conversations(END_USER_ID))


def check_decoded(raw: bytes, items: list[Any]) -> str:
    """Check that every item became the model its `_type` names, with every key of the payload read."""
    payload = json.loads(raw)["data"]
    counts = Counter(type(item).__name__ for item in items)
    expected = Counter(item["_type"] for item in payload)
    if counts != expected:
        raise AssertionError(f"decoded variants {dict(counts)} differ from the payload's {dict(expected)}")
    for item, source in zip(items, payload, strict=True):
        written = item.to_dict()
        if set(written) | {"_type"} != set(source) or item.additional_properties:
            raise AssertionError(f"{type(item).__name__} did not read every key: {sorted(set(source) ^ set(written))}")
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))


def pydantic_reader() -> Callable[[bytes], list[Any]] | None:
    """The baseline the issue measured: pydantic v2 models of the same page, hand-patched as they must be
    to read it right (a `_type` discriminator, `[GMT]` zone suffixes dropped), through `validate_json`.
    None when pydantic is not installed (it is no dependency of the client)."""
    try:
        from typing import Annotated, Literal, Union

        import pydantic
        from pydantic.alias_generators import to_camel, to_snake
    except ImportError:
        return None
    import datetime as dt

    def drop_zone(value: object) -> object:
        return value.partition("[")[0] if isinstance(value, str) else value

    Time = Annotated[dt.datetime, pydantic.BeforeValidator(drop_zone)]
    config = pydantic.ConfigDict(extra="allow", populate_by_name=True, alias_generator=to_camel)

    class Model(pydantic.BaseModel):
        model_config = config

    class Assignment(Model):
        agent_id: uuid.UUID
        assigned_at: Time

    class Queue(Model):
        id: uuid.UUID
        queued_at: Time | None = None

    class BrowserInfo(Model):
        name: str
        version: str | None = None
        ip_address: str | None = None
        originating_url: str | None = None

    class CustomAttribute(Model):
        id: uuid.UUID
        name: str
        identifier: str
        value: list[str] | str

    links = []
    for tag in LINK_TAGS:
        fields: dict[str, Any] = {"type_": (Literal[tag], pydantic.Field(alias="_type")), "parent_id": (int, ...)}
        links.append(pydantic.create_model(tag, __base__=Model, **fields))
    link: Any = Annotated[Union[tuple(links)], pydantic.Field(discriminator="type_")]  # noqa: UP007 - built at run time
    optional: dict[str, Any] = {
        "direction": str, "state": str, "state_updated_at": Time, "assignment": Assignment, "queue": Queue,
        "browser_info": BrowserInfo, "language": str, "subject": str, "to_email": str, "integration_email": str,
        "from_contact_point_id": str, "to_contact_point_id": str, "from_number": str, "to_number": str,
        "contact_point_twitter_id": str, "end_user_twitter_id": str, "link": link,
        "custom_attributes": list[CustomAttribute], "transport_expires_at": Time,
    }  # fmt: skip
    variants = []
    for tag, required in VARIANTS.items():
        fields = {"type_": (Literal[tag], pydantic.Field(alias="_type")), "id": (int, ...),
                  "requester_id": (uuid.UUID, ...), "channel": (str, ...), "created_at": (Time, ...)}  # fmt: skip
        fields.update(
            {to_snake(key): (Time if key.endswith("At") else str, ...) for key in required if key != "channel"}
        )
        fields.update({name: (kind | None, None) for name, kind in optional.items() if name not in fields})
        variants.append(pydantic.create_model(tag, __base__=Model, **fields))
    union: Any = Annotated[Union[tuple(variants)], pydantic.Field(discriminator="type_")]  # noqa: UP007
    page = pydantic.create_model("Page", __base__=Model, data=(list[union], ...), meta=(dict[str, Any], ...))
    return lambda raw: list(page.model_validate_json(raw).data)  # type: ignore[attr-defined]


def cpu_timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process taken by `fn()` (a shared machine's other load is not billed), after a collection."""
    gc.collect()
    started = time.process_time()
    fn()
    return time.process_time() - started


@dataclass(frozen=True)
class Reader:
    """One way of reading a page, measured against json.loads of the same bytes in the same rounds."""

    name: str
    read: Callable[[], Any]
    limit: float | None = None
    note: str = ""


PAUSED = "for information; opt-in, never the default (the pause is process-wide); json.loads runs with the GC on"


def accelerated(read: Callable[[], Any], on: bool) -> Callable[[], Any]:
    """`read` with the msgspec accelerator switched on or off for its duration."""
    from dixa_client import _accelerate

    def run() -> Any:
        previous = _accelerate.set_enabled(on)
        try:
            return read()
        finally:
            _accelerate.set_enabled(previous)

    return run


NO_MSGSPEC = "msgspec is not installed (a dependency of the package on CPython: pip install -e .)"
FALLBACK = "for information: the fallback where msgspec cannot be imported (PyPy, a vendored copy without it)"


def decoding_readers(raw: bytes, page: str, limit: float) -> list[Reader]:
    """The facade with msgspec and without (the pure-Python path), with the GC paused or not; the models alone."""
    from dixa_client import _accelerate
    from dixa_client.models import ListEndUserConversationsOutput

    read, read_paused = facade_reader(raw), facade_reader(raw, pause_gc_while_decoding=True)
    title = f"decode {CONVERSATION_ITEMS:,} conversations, {page} page: Dixa pager"
    readers = []
    if _accelerate.available():
        readers += [
            Reader(f"{title}, with msgspec", accelerated(read, True), limit),
            Reader(
                f"  the same with pause_gc_while_decoding=True, {page}", accelerated(read_paused, True), None, PAUSED
            ),
        ]
    readers += [
        Reader(
            f"{title}, pure Python (no msgspec)",
            accelerated(read, False),
            None if readers else limit,
            FALLBACK if readers else "",
        ),
        Reader(f"  the same with pause_gc_while_decoding=True, {page}", accelerated(read_paused, False), None, PAUSED),
        Reader(
            f"  the models' share: ListEndUserConversationsOutput.from_dict(json.loads(raw)), {page}",
            lambda: ListEndUserConversationsOutput.from_dict(json.loads(raw)),
            None,
            "for information: the facade adds the HTTP layer, one decoding of the body and the pager",
        ),
    ]
    return readers


def bench_decoding(repeat: int = 15) -> list[Figure]:
    pydantic_read = pydantic_reader()
    pages = []
    for page, rich, limit in (("minimal", False, 2.0), ("rich", True, 2.5)):
        raw = conversation_payload(CONVERSATION_ITEMS, rich=rich)
        readers = decoding_readers(raw, page, limit)
        for reader in readers:
            reader.read()  # warm-up: the first read builds the Structs and converters, loads the models
        facade = readers[:-1]  # the last reads the models alone
        if pydantic_read is not None:
            readers.append(
                Reader(
                    f"  baseline: pydantic v2 validate_json (discriminator, zone stripping), {page}",
                    lambda raw=raw: pydantic_read(raw),  # type: ignore[misc]
                    None,
                    "for information: pydantic is installed (not a dependency); enums and extras not modelled",
                )
            )
        rounds = [
            measure_pair(
                lambda reader=reader: cpu_timed(reader.read) * 1000.0,  # type: ignore[misc]
                lambda raw=raw: cpu_timed(lambda: json.loads(raw)) * 1000.0,  # type: ignore[misc]
                repeat,
            )
            for reader in readers
        ]
        pages.append((page, limit, raw, readers, facade, rounds))
    # The facade's readers are checked after every timed round: a check reads each model's
    # additional_properties and to_dict(), and the 10,000s of dicts it makes and drops leave the
    # allocator's free blocks scattered; rounds after it measured 1.8-1.9x json.loads on the minimal
    # page with msgspec, 1.6x before it.
    figures = []
    for page, limit, raw, readers, facade, rounds in pages:
        variants = ""
        for reader in facade:
            variants = check_decoded(raw, reader.read())
        if len(facade) == 2:  # no accelerator to measure: say so in the table
            figures.append(failed(f"decode, {page} page, with msgspec", "ms", f"<= {limit}x json.loads", NO_MSGSPEC))
        size = f"{len(raw) / 1024:.0f} KiB, CPU time, interleaved rounds; 11 variants ({variants}), Z[GMT] times"
        for reader, (stats, loads) in zip(readers, rounds, strict=True):
            figures.append(
                Figure(
                    reader.name,
                    "ms",
                    stats,
                    loads,
                    "json.loads(raw)",
                    limit=reader.limit,
                    on_ratio=True,
                    paired=True,
                    target="" if reader.limit is None else f"<= {reader.limit}x json.loads",
                    note=reader.note or size,
                )
            )
    return figures


# ---------------------------------------------------------------------------------------------
# 3. Request overhead, and the rate limiter


class Server:
    """scripts/bench_server.py in a child process, on 127.0.0.1; stops when we close its stdin."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "scripts.bench_server"], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # EOF (b"") if the server died before listening
        if not line.strip().isdigit():
            self.close()
            raise RuntimeError("the benchmark server did not start")
        self.url = f"http://127.0.0.1:{int(line)}"

    def stats(self) -> dict[str, int]:
        stats: dict[str, int] = httpx.get(f"{self.url}/_stats").json()
        return stats

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


REQUESTS = 2_000
WARM_UP_REQUESTS = 50
LIMITED_REQUESTS = 40


def dixa_gets(server: Server, connections: list[int]) -> float:
    """Seconds for REQUESTS x `Dixa.agents.get`, rate limiter off; records the connections it opened."""
    from dixa_client import Dixa

    before = server.stats()["connections"]
    with Dixa(api_key=API_KEY, base_url=server.url, rate_limit=None) as client:
        for _ in range(WARM_UP_REQUESTS):
            client.agents.get(AGENT_ID)

        def run() -> None:
            for _ in range(REQUESTS):
                client.agents.get(AGENT_ID)

        seconds = timed(run)
    connections.append(server.stats()["connections"] - before - 1)  # minus the stats call's own
    return seconds


def agent_path() -> str:
    """The route of `client.agents.get`, as the generated client builds it (paths come from the document)."""
    from dixa_client.api.agents import get_agents_agentid

    return str(get_agents_agentid._get_kwargs(agent_id=AGENT_ID)["url"])


def agents_path() -> str:
    from dixa_client.api.agents import get_agents

    return str(get_agents._get_kwargs()["url"])


def httpx_gets(server: Server, connections: list[int]) -> float:
    """The baseline: the same GETs, headers and connection reuse with a bare httpx.Client, body parsed by json.loads."""
    from dixa_client._client import USER_AGENT

    headers = {"Accept": "application/json", "User-Agent": USER_AGENT, "Authorization": API_KEY}
    path = agent_path()
    before = server.stats()["connections"]
    with httpx.Client(base_url=server.url) as client:

        def get() -> object:
            response = client.get(path, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"GET {path} -> {response.status_code}")
            return json.loads(response.content)

        for _ in range(WARM_UP_REQUESTS):
            get()

        def run() -> None:
            for _ in range(REQUESTS):
                get()

        seconds = timed(run)
    connections.append(server.stats()["connections"] - before - 1)
    return seconds


def limited_rate(server: Server) -> tuple[float, float]:
    """(requests/s after the initial burst, requests/s overall) for LIMITED_REQUESTS with the default limiter."""
    from dixa_client import Dixa
    from dixa_client._base_client import DEFAULT_RATE_LIMIT

    burst = DEFAULT_RATE_LIMIT.burst
    done: list[float] = []
    with Dixa(api_key=API_KEY, base_url=server.url) as client:
        started = time.perf_counter()
        for _ in range(LIMITED_REQUESTS):  # about (40 - 4) / 10 = 3.6 s
            client.agents.get(AGENT_ID)
            done.append(time.perf_counter())
    steady = (LIMITED_REQUESTS - burst) / (done[-1] - done[burst - 1])
    overall = LIMITED_REQUESTS / (done[-1] - started)
    return steady, overall


def bench_requests(server: Server, repeat: int = 3) -> list[Figure]:
    from dixa_client._base_client import DEFAULT_RATE_LIMIT

    dixa_connections: list[int] = []
    httpx_connections: list[int] = []
    per_request = 1e6 / REQUESTS  # seconds per REQUESTS -> microseconds per request
    dixa, raw = measure_pair(
        lambda: dixa_gets(server, dixa_connections) * per_request,
        lambda: httpx_gets(server, httpx_connections) * per_request,
        repeat,
    )
    overall: list[float] = []

    def steady_rate() -> float:
        steady, whole = limited_rate(server)
        overall.append(whole)
        return steady

    limited = measure(steady_rate, max(2, repeat - 1))
    reuse = "one connection per run" if set(dixa_connections + httpx_connections) == {1} else "NOT reused"
    return [
        Figure(
            f"GET agents/{{id}} x{REQUESTS:,}: Dixa.agents.get (per request)",
            "us",
            dixa,
            raw,
            "httpx.Client.get + json.loads",
            limit=1.15,
            on_ratio=True,
            target="<= 1.15x httpx",
            note=(
                f"loopback keep-alive server in another process, rate limiter off; connections opened per run: "
                f"Dixa {dixa_connections}, httpx {httpx_connections} ({reuse})"
            ),
            error=None if reuse != "NOT reused" else "connections were not reused",
        ),
        Figure(
            f"rate limiter on (default): {LIMITED_REQUESTS} GETs, rate after the burst",
            "req/s",
            limited,
            floor=9.5,
            limit=10.1,
            target="10 req/s (9.5-10.1)",
            note=f"overall incl. the burst of {DEFAULT_RATE_LIMIT.burst}: "
            + ", ".join(f"{rate:.2f}" for rate in overall)
            + " req/s",
        ),
    ]


# ---------------------------------------------------------------------------------------------
# 4. Regeneration


def generate_once() -> float:
    """Seconds for `make generate SPEC=openapi/beta.yaml` into a temporary directory (never generated/)."""
    env = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    with tempfile.TemporaryDirectory(prefix="dixa-bench-") as tmp:
        command = ["make", "--no-print-directory", "generate", f"SPEC={SPEC}", f"GENERATED_DIR={Path(tmp) / 'out'}"]
        started = time.perf_counter()
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=GENERATE_TIMEOUT, check=False
        )
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"make generate failed:\n{(result.stdout + result.stderr).strip()[-2000:]}")
    return seconds


def bench_regeneration(repeat: int = 2) -> list[Figure]:
    name, target = f"make generate SPEC={SPEC} (wall, {os.cpu_count()} cores)", "<= 30 s"
    if not (ROOT / SPEC).exists():
        return [failed(name, "s", target, f"{SPEC} is missing: run `make spec` first")]
    try:
        stats = measure(generate_once, repeat)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return [failed(name, "s", target, str(error))]
    return [Figure(name, "s", stats, limit=30.0, target=target, note="into a temporary GENERATED_DIR")]


# ---------------------------------------------------------------------------------------------
# 5. Pagination memory

PAGE_SIZE = 100


def paginate(server: Server, pages: int) -> int:
    """Iterate every item of `pages` pages; the server reads the page count from a header."""
    from dixa_client import Dixa

    headers = {"X-Bench-Pages": str(pages)}
    with Dixa(api_key=API_KEY, base_url=server.url, rate_limit=None, default_headers=headers) as client:
        count = 0
        for _ in client.agents.list(page_limit=PAGE_SIZE):
            count += 1
    if count != pages * PAGE_SIZE:
        raise RuntimeError(f"iterated {count} items, expected {pages * PAGE_SIZE}")
    return count


def paginate_raw(server: Server, pages: int) -> int:
    """The baseline: a bare httpx.Client following the same `meta.next` links, each page parsed by json.loads."""
    count = 0
    with httpx.Client(base_url=server.url, headers={"X-Bench-Pages": str(pages)}) as client:
        url: str | None = f"{agents_path()}?pageLimit={PAGE_SIZE}"
        for _ in range(pages):  # bounded: one request per page
            if url is None:
                break
            page = json.loads(client.get(url).content)
            count += len(page["data"])
            url = page["meta"].get("next")
    if count != pages * PAGE_SIZE:
        raise RuntimeError(f"iterated {count} items, expected {pages * PAGE_SIZE}")
    return count


@dataclass
class Traced:
    """What one traced iteration leaves behind, for the notes."""

    seconds: list[float] = field(default_factory=list)
    retained_kib: list[float] = field(default_factory=list)

    def note(self, items: int) -> str:
        rate = items / statistics.median(self.seconds)
        retained = max(self.retained_kib)
        return f"{rate:,.0f} items/s under tracemalloc; retained after gc.collect(): <= {retained:,.0f} KiB"


def traced_peak(iterate: Callable[[], object], traced: Traced) -> float:
    """The peak of Python allocations (KiB) made while `iterate()` runs, as tracemalloc sees it."""
    gc.collect()
    tracemalloc.start()
    try:
        traced.seconds.append(timed(iterate))
        _, peak = tracemalloc.get_traced_memory()
        gc.collect()
        traced.retained_kib.append(tracemalloc.get_traced_memory()[0] / 1024.0)
    finally:
        tracemalloc.stop()
    return peak / 1024.0


def peaks(server: Server, iterate: Callable[[Server, int], int], items: int, repeat: int) -> tuple[Stats, Traced]:
    traced = Traced()
    stats = measure(lambda: traced_peak(lambda: iterate(server, items // PAGE_SIZE), traced), repeat)
    return stats, traced


def bench_pagination(server: Server, repeat: int = 2) -> list[Figure]:
    paginate(server, 2)  # warm-up: lazy modules loaded and caches filled before anything is traced
    paginate_raw(server, 2)
    figures = []
    for name, iterate in (("Dixa.agents.list", paginate), ("  bare httpx.Client + json.loads", paginate_raw)):
        small, small_notes = peaks(server, iterate, 10_000, repeat)
        large, large_notes = peaks(server, iterate, 100_000, repeat)
        client = iterate is paginate
        figures += [
            Figure(f"{name}: peak memory, 10,000 items (100 pages)", "KiB", small, note=small_notes.note(10_000)),
            Figure(
                f"{name}: peak memory, 100,000 items (1,000 pages)",
                "KiB",
                large,
                small,
                "peak at 10,000 items",
                limit=1.10 if client else None,
                on_ratio=True,
                target="flat: <= 1.10x the 10k peak" if client else "",
                note=large_notes.note(100_000) + ("" if client else "; for information: what httpx alone does"),
            ),
        ]
    return figures


# ---------------------------------------------------------------------------------------------
# Report


def _number(value: float | None, unit: str = "") -> str:
    if value is None or math.isnan(value):
        return "-"
    if unit == "x":
        return f"{value:.2f}x"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


def table(figures: list[Figure]) -> str:
    header = ["figure", "unit", "median", "min", "max", "baseline (median)", "ratio", "target", "met?"]
    rows = [header]
    for figure in figures:
        baseline = "-"
        if figure.baseline is not None:
            baseline = f"{figure.baseline_name}: {_number(figure.baseline.median)}"
        met = {True: "yes", False: "NO", None: "info"}[figure.met]
        rows.append(
            [
                figure.name,
                figure.unit,
                _number(figure.stats.median),
                _number(figure.stats.min),
                _number(figure.stats.max),
                baseline,
                _number(figure.ratio, "x"),
                figure.target or "-",
                met,
            ]
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    numeric = {2, 3, 4, 6}
    lines = []
    for number, row in enumerate(rows):
        cells = [
            cell.rjust(w) if i in numeric else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(" | ".join(cells).rstrip())
        if number == 0:
            lines.append("-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def machine(load_before: tuple[float, float, float]) -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "httpx": httpx.__version__,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
    }


@dataclass
class Section:
    key: str
    run: Callable[[Server], list[Figure]]


SECTIONS = [
    Section("import", lambda _server: bench_import()),
    Section("decoding", lambda _server: bench_decoding()),
    Section("requests", bench_requests),
    Section("regeneration", lambda _server: bench_regeneration()),
    Section("pagination", bench_pagination),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="comma-separated sections: " + ",".join(s.key for s in SECTIONS))
    args = parser.parse_args(argv)
    chosen = {key.strip() for key in args.only.split(",") if key.strip()} or {s.key for s in SECTIONS}
    unknown = chosen - {s.key for s in SECTIONS}
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    load_before = os.getloadavg()
    figures: dict[str, list[Figure]] = {}
    with Server() as server:
        for section in SECTIONS:
            if section.key in chosen:
                print(f"bench: {section.key} ...", file=sys.stderr, flush=True)
                section_started = time.perf_counter()
                figures[section.key] = section.run(server)
                print(f"bench: {section.key} took {time.perf_counter() - section_started:.1f} s", file=sys.stderr)
    every = [figure for section in figures.values() for figure in section]
    missed = [figure for figure in every if figure.met is False]

    print(table(every))
    for figure in every:
        if figure.note:
            print(f"  {figure.name.strip()}: {figure.note}")
        if figure.error:
            print(f"  {figure.name.strip()}: ERROR {figure.error}")
    print()
    if missed:
        print(f"MISSED {len(missed)} target(s):")
        for figure in missed:
            value = _number(figure.ratio, "x") if figure.on_ratio else f"{_number(figure.stats.median)} {figure.unit}"
            print(f"  - {figure.name.strip()}: {value} (target {figure.target})")
    else:
        print("All targets met.")

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": machine(load_before),
        "duration_s": time.perf_counter() - started,
        "sections": {key: [figure.as_json() for figure in section] for key, section in figures.items()},
        "missed": [figure.name.strip() for figure in missed],
    }
    RESULTS.write_text(json.dumps(report, indent=2, allow_nan=False, default=str) + "\n")
    print(f"\nbench: wrote {RESULTS.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
