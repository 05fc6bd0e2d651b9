"""Every timestamp shape Dixa emits parses to an aware datetime; requests use the documented form."""

from __future__ import annotations

import datetime as dt

import pytest

from dixa_client._datetime import format_datetime, parse_datetime
from dixa_client._exceptions import ResponseValidationError
from dixa_client.api.conversations import get_conversations_activitylog, post_conversations_conversationid_notes
from tests.pinned_models import request_body

CreateInternalNoteInput = request_body(post_conversations_conversationid_notes)  # with an optional createdAt
UTC = dt.UTC
INSTANT = dt.datetime(2021, 12, 1, 12, 46, 36, 581000, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-12-01T12:46:36.581Z", INSTANT),
        ("2021-12-01T12:46:36.581Z[GMT]", INSTANT),
        ("2021-12-01T12:46:36.581Z[UTC]", INSTANT),
        ("2021-12-01T13:46:36.581+01:00[Europe/Copenhagen]", INSTANT),
        ("2021-12-01T13:46:36.581+01:00", INSTANT),
        ("2021-12-01T12:46:36.581+00:00", INSTANT),
        ("2021-12-01T12:46:36.581", INSTANT),  # no zone: UTC, as the API documents
        ("2021-12-01T13:46:36.581[Europe/Copenhagen]", INSTANT),  # zone id alone still fixes the instant
        ("2021-12-01T12:46:36.5Z[GMT]", INSTANT.replace(microsecond=500000)),
        ("2021-12-01T12:46:36Z", INSTANT.replace(microsecond=0)),
        ("2021-12-01T12:46:36.581123456Z", INSTANT.replace(microsecond=581123)),  # 9 digits: ns dropped
        ("2021-12-01T12:46:36.5811Z", INSTANT.replace(microsecond=581100)),
    ],
)
def test_every_shape_parses_to_the_same_instant(text: str, expected: dt.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed.tzinfo is not None
    assert parsed == expected


@pytest.mark.parametrize(
    "text", ["yesterday", "2021-12-01", "2021-13-01T00:00:00Z", "", "2021-12-01T12:46:36[Mars/Base]"]
)
def test_what_is_not_a_timestamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (INSTANT, "2021-12-01T12:46:36.581Z"),
        (INSTANT.astimezone(dt.timezone(dt.timedelta(hours=-5))), "2021-12-01T12:46:36.581Z"),
        (INSTANT.replace(tzinfo=None), "2021-12-01T12:46:36.581Z"),  # naive: taken as UTC
        (INSTANT.replace(microsecond=999999), "2021-12-01T12:46:36.999Z"),
        (INSTANT.replace(microsecond=0), "2021-12-01T12:46:36.000Z"),
    ],
)
def test_requests_get_the_documented_form(value: dt.datetime, expected: str) -> None:
    assert format_datetime(value) == expected


def test_a_model_reads_gmt_suffixes_and_writes_the_documented_form() -> None:
    note = CreateInternalNoteInput.from_dict({"message": "hi", "createdAt": "2021-12-01T12:46:36.581Z[GMT]"})
    assert note.created_at == INSTANT
    assert note.to_dict()["createdAt"] == "2021-12-01T12:46:36.581Z"


def test_query_parameters_are_written_in_the_documented_form() -> None:
    local = INSTANT.astimezone(dt.timezone(dt.timedelta(hours=2)))
    request = get_conversations_activitylog._get_kwargs(from_datetime=local, to_datetime=INSTANT)
    assert request["params"]["fromDatetime"] == "2021-12-01T12:46:36.581Z"
    assert request["params"]["toDatetime"] == "2021-12-01T12:46:36.581Z"


def test_a_bad_timestamp_in_a_body_is_a_validation_error_with_its_path() -> None:
    with pytest.raises(ResponseValidationError) as raised:
        CreateInternalNoteInput.from_dict({"message": "hi", "createdAt": "last tuesday"})
    assert raised.value.path == "createdAt"
    assert "not a timestamp" in str(raised.value)
