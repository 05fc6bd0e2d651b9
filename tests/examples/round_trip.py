"""Compare what `to_dict()` gives back with the example, timestamps compared as instants."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from typing import Any

import attrs

from tests.examples.json_paths import Path, format_path

# 2021-12-01T12:46:36Z, ...36.581Z[GMT], ...36.5Z[GMT], ...35.935 (no zone), ...+00:00, +01:00[Europe/Copenhagen]
TIMESTAMP = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.(?P<fraction>\d+))?"
    r"(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?(?:\[(?P<zone>[^\]]+)\])?"
)
SHOWN_CHARACTERS = 80


def serialize(parsed: Any) -> Any:
    """A parsed value back as JSON: each model through its generated `to_dict()`."""
    if attrs.has(type(parsed)) and hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list | tuple):
        return [serialize(item) for item in parsed]
    if isinstance(parsed, dict):
        return {key: serialize(item) for key, item in parsed.items()}
    return parsed


def instant(text: str) -> dt.datetime | None:
    """The instant an ISO-like timestamp names (no zone: UTC; to the microsecond), or None if it is not one."""
    match = TIMESTAMP.fullmatch(text)
    if match is None:
        return None
    fraction = (match["fraction"] or "0")[:6].ljust(6, "0")
    offset = match["offset"]
    try:
        naive = dt.datetime.fromisoformat(f"{match['date']}T{match['time']}.{fraction}")
        if offset is None and match["zone"]:
            return naive.replace(tzinfo=zoneinfo.ZoneInfo(match["zone"]))
        if offset is None or offset == "Z":
            return naive.replace(tzinfo=dt.UTC)
        return dt.datetime.fromisoformat(f"{naive.isoformat()}{offset}")
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return None


def same_scalar(expected: object, actual: object) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        moment = instant(expected)
        return moment is not None and moment == instant(actual)
    return expected == actual


def shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 3] + "..."


def differences(expected: object, actual: object, parts: Path = ()) -> Iterator[str]:
    """Each place where `actual` (the to_dict() output) does not reproduce `expected` (the example)."""
    where = format_path(parts)
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                yield f"{where}: key {key!r} missing from to_dict() (example has {shown(expected[key])})"
            else:
                yield from differences(expected[key], actual[key], (*parts, key))
        for key in actual.keys() - expected.keys():
            yield f"{where}: key {key!r} added by to_dict() ({shown(actual[key])})"
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{where}: example has {len(expected)} items, to_dict() {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            yield from differences(left, right, (*parts, index))
    elif not same_scalar(expected, actual):
        yield f"{where}: example {shown(expected)} != to_dict() {shown(actual)}"
