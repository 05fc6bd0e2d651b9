"""Timestamps as Dixa sends and expects them.

Dixa emits ISO 8601 in several shapes: `Z`, `+hh:mm`, Java ZonedDateTime suffixes such as
`Z[GMT]` or `+01:00[Europe/Copenhagen]`, 0-9 fraction digits, and sometimes no zone at all.
A value without an offset or zone is taken as UTC: the API documents its timestamps as
`yyyy-MM-dd'T'HH:mm:ss'Z'` (UTC), and the zone-less examples are of the same fields.
Requests are written in the documented form `yyyy-MM-ddTHH:mm:ss.SSSZ`, in UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_TIMESTAMP = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[Tt ](?P<time>\d{2}:\d{2}(?::\d{2})?)(?:\.(?P<fraction>\d{1,9}))?"
    r"(?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?(?:\[(?P<zone>[^\]]{1,64})\])?"
)
_UTC_ZONE_IDS = {"GMT", "UTC", "Z", "Etc/GMT", "Etc/UTC", "UT"}


def parse_datetime(value: object) -> dt.datetime:
    """A timezone-aware datetime from any timestamp shape Dixa emits; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
    match = _TIMESTAMP.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not a timestamp: {value!r}")
    fraction = (match["fraction"] or "").ljust(6, "0")[:6]  # datetime keeps microseconds
    offset = match["offset"] or ""
    if offset in ("Z", "z"):
        offset = "+00:00"
    parsed = dt.datetime.fromisoformat(
        f"{match['date']}T{match['time']}{'.' + fraction if match['fraction'] else ''}{offset}"
    )
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_zone(match["zone"]))
    return parsed


def _zone(zone_id: str | None) -> dt.tzinfo:
    if zone_id is None or zone_id in _UTC_ZONE_IDS:
        return dt.UTC
    try:
        return ZoneInfo(zone_id)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {zone_id!r}") from None


def format_datetime(value: dt.datetime) -> str:
    """The documented request form, `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC (a naive value is taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    utc = value.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"
