"""Timestamps as Dixa sends and expects them.

Dixa emits ISO 8601 in several shapes: `Z`, `+hh:mm`, Java ZonedDateTime suffixes such as
`Z[GMT]` or `+01:00[Europe/Copenhagen]`, 0-9 fraction digits, and sometimes no zone at all.
A value without an offset or zone is taken as UTC: the API documents its timestamps as
`yyyy-MM-dd'T'HH:mm:ss'Z'` (UTC), and the zone-less examples are of the same fields.
Requests are written in the documented form `yyyy-MM-ddTHH:mm:ss.SSSZ`, in UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._validation import misfit

_UTC_ZONE_IDS = {"GMT", "UTC", "Z", "Etc/GMT", "Etc/UTC", "UT"}


def parse_datetime(value: object) -> dt.datetime:
    """A timezone-aware datetime from any timestamp shape Dixa emits; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str):
        raise misfit("string (date-time)", value)
    # `...Z[GMT]`, `...+01:00[Europe/Copenhagen]`: the offset fixes the instant; the zone id only
    # matters when there is no offset. fromisoformat reads the rest (Z, offsets, any fraction digits).
    head, bracket, zone = value.partition("[")
    if len(head) < 16 or head[10] not in "Tt " or (bracket and not zone.endswith("]")):
        raise ValueError(f"not a timestamp: {value!r}")
    try:
        parsed = dt.datetime.fromisoformat(head)
    except ValueError:
        raise ValueError(f"not a timestamp: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_zone(zone[:-1] if bracket else None))
    return parsed


from_iso = dt.datetime.fromisoformat


def read_timestamp(value: Any) -> dt.datetime:
    """parse_datetime with a fast path for what Dixa sends most, `...Z` and `...Z[GMT]` (same result)."""
    # The same conditions as parse_datetime's: at least 16 characters before any `[zone]`, a `T` at 10.
    if value.__class__ is str and len(value) >= 16 and value[10] == "T":
        if value[-1] == "Z":
            return from_iso(value)
        if value[-6:] == "Z[GMT]" and len(value) >= 21:
            return from_iso(value[:-5])
    return parse_datetime(value)


def _zone(zone_id: str | None) -> dt.tzinfo:
    if zone_id is None or zone_id in _UTC_ZONE_IDS:
        return dt.UTC
    # Imported here: zoneinfo loads sysconfig, and a zone id without an offset is rare in Dixa's data.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

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
