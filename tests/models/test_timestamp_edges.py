"""Timestamp edges the common shapes do not reach: separators, a cut-off zone, naive values, local time."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

import pytest

from dixa_client._datetime import format_datetime, parse_datetime, read_timestamp

INSTANT = dt.datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=dt.UTC)


@pytest.fixture
def copenhagen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone set to one that is not UTC (an hour ahead in December)."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("text", ["2021-12-01t12:46:36.581Z", "2021-12-01 12:46:36.581Z", "2021-12-01T12:46:36.581Z"])
def test_t_lower_case_t_and_space_separate_date_and_time(text: str) -> None:
    assert parse_datetime(text) == INSTANT


@pytest.mark.parametrize("text", ["2021-12-01X12:46:36.581Z", "2021-12-01_12:46:36.581Z"])
def test_another_separator_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a timestamp"):
        parse_datetime(text)


@pytest.mark.parametrize("text", ["2021-12-01T12:46:36.581Z[GMT", "2021-12-01T12:46:36.581[UTCX"])
def test_an_unterminated_zone_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a timestamp"):
        parse_datetime(text)


def test_a_naive_datetime_is_taken_as_utc() -> None:
    parsed = parse_datetime(INSTANT.replace(tzinfo=None))
    assert parsed.tzinfo is dt.UTC
    assert parsed == INSTANT


def test_an_aware_datetime_is_returned_as_it_is() -> None:
    local = INSTANT.astimezone(dt.timezone(dt.timedelta(hours=2)))
    assert parse_datetime(local) is local


def test_a_value_that_is_no_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="got integer"):
        parse_datetime(1638362796)


@pytest.mark.usefixtures("copenhagen")
def test_a_naive_value_is_written_as_utc_whatever_the_local_zone() -> None:
    assert time.strftime("%Z", time.localtime(0)) == "CET"  # the fixture really moved the local zone
    assert format_datetime(INSTANT.replace(tzinfo=None)) == "2021-12-01T12:46:36.581Z"
    assert parse_datetime("2021-12-01T12:46:36.581") == INSTANT


def test_milliseconds_are_truncated_and_zero_padded() -> None:
    assert format_datetime(INSTANT.replace(microsecond=7999)) == "2021-12-01T12:46:36.007Z"


@pytest.mark.parametrize(
    "text",
    [
        "2021-12-01T12:46:36.581Z",
        "2021-12-01T12:46:36Z",
        "2021-12-01T12:46Z",
        "2021-12-01T12:46:36.581Z[GMT]",
        "2021-12-01T12:46Z[GMT]",
        "2021-12-01T13:46:36.581+01:00[Europe/Copenhagen]",
        "2021-12-01t12:46:36.581Z",
        "2021-12-01 12:46:36.581Z[GMT]",
        "2021-12-01T12:46:36.581",
    ],
)
def test_the_fast_reader_gives_what_the_careful_parser_gives(text: str) -> None:
    fast = read_timestamp(text)
    assert fast == parse_datetime(text)
    assert fast.utcoffset() == parse_datetime(text).utcoffset()


@pytest.mark.parametrize(
    "text",
    ["2021-12-01X12:46:36.581Z", "2021-12-01T1:4Z", "2021-12-01Z", "T[GMT]Z[GMT]", "2021-12-01T12:46:36.581Z[GMT"],
)
def test_the_fast_reader_refuses_what_the_careful_parser_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)
    with pytest.raises(ValueError):
        read_timestamp(text)


@pytest.mark.parametrize("read", [parse_datetime, read_timestamp])
def test_sixteen_characters_are_the_shortest_timestamp(read: Callable[[object], dt.datetime]) -> None:
    assert read("2021-12-01T12:46") == INSTANT.replace(second=0, microsecond=0)
    assert read("2021-12-01T12:46Z[GMT]") == INSTANT.replace(second=0, microsecond=0)
    for short in ["2021-12-01T1234", "2021-12-01T1:4Z", "2021-12-01T1:4Z[GMT]", "short", ""]:
        with pytest.raises(ValueError, match="not a timestamp"):
            read(short)


def test_the_fast_reader_takes_datetimes_and_refuses_other_types_as_the_parser_does() -> None:
    assert read_timestamp(INSTANT.replace(tzinfo=None)) == INSTANT
    with pytest.raises(TypeError, match="got integer"):
        read_timestamp(1638362796)
