"""The webhook receiver's edges: the default replay window at its bound, what a refused timestamp's
message says, keyword-only arguments, and how unknown events compare."""

from __future__ import annotations

import pytest

from dixa_client._webhooks import (
    DEFAULT_TOLERANCE,
    UnknownWebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    unwrap,
    verify_signature,
)

from .deliveries import SECRET, sign

BODY = b'{"event_fqn": "SOMETHING_NEW", "event_id": "e1"}'
SIGNED_AT_MS = 1_700_000_000_000  # a whole second: the ages below are exact
SIGNED_AT = SIGNED_AT_MS / 1000
HEADERS = sign(BODY, SIGNED_AT_MS)


def test_the_default_window_is_five_minutes_either_way_bounds_included() -> None:
    assert DEFAULT_TOLERANCE == 300.0
    for age in (-300.0, 300.0):
        verify_signature(BODY, HEADERS, secret=SECRET, now=SIGNED_AT + age)
    for age in (-300.5, 300.5):
        with pytest.raises(WebhookVerificationError) as caught:
            verify_signature(BODY, HEADERS, secret=SECRET, now=SIGNED_AT + age)
        assert caught.value.reason == "timestamp_outside_tolerance"


@pytest.mark.parametrize(
    ("age", "words"),
    [
        (0.5, "is 0 s old, more than the 0 s tolerated"),
        (2.0, "is 2 s old, more than the 0 s tolerated"),
        (-0.5, "is 0 s in the future, more than the 0 s tolerated"),
        (-2.0, "is 2 s in the future, more than the 0 s tolerated"),
    ],
)
def test_a_refused_timestamp_says_whether_it_is_old_or_in_the_future(age: float, words: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(BODY, HEADERS, secret=SECRET, tolerance=0, now=SIGNED_AT + age)
    assert caught.value.message == f"the signature's timestamp {words}"


def test_unwrap_verifies_then_parses_with_the_window_given() -> None:
    event = unwrap(BODY, HEADERS, secret=SECRET, tolerance=10, now=SIGNED_AT + 9)
    assert isinstance(event, UnknownWebhookEvent) and event.event_id == "e1"
    with pytest.raises(WebhookVerificationError, match="10 s tolerated"):
        unwrap(BODY, HEADERS, secret=SECRET, tolerance=10, now=SIGNED_AT + 11)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        verify_signature(BODY, HEADERS, SECRET)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        unwrap(BODY, HEADERS, SECRET)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        WebhookVerificationError("message", "malformed_header")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        WebhookPayloadError("message", "data.x")  # type: ignore[call-arg]


def test_errors_keep_what_they_were_given() -> None:
    refused = WebhookVerificationError("no header", reason="missing_header")
    assert (refused.message, refused.reason, str(refused)) == ("no header", "missing_header", "no header")
    misfit = WebhookPayloadError("expected string", path="data.x", event_fqn="CONVERSATION_OPEN")
    assert (misfit.message, misfit.path, misfit.event_fqn) == ("expected string", "data.x", "CONVERSATION_OPEN")
    assert str(misfit) == "CONVERSATION_OPEN: data.x: expected string"
    assert str(WebhookPayloadError("not JSON")) == "$: not JSON"


def test_unknown_events_are_equal_by_payload_only() -> None:
    first = UnknownWebhookEvent({"event_fqn": "NEW", "n": 1})
    assert first == UnknownWebhookEvent({"event_fqn": "NEW", "n": 1})
    assert first != UnknownWebhookEvent({"event_fqn": "NEW", "n": 2})
    assert first != {"event_fqn": "NEW", "n": 1}
    assert first.to_dict() == {"event_fqn": "NEW", "n": 1} and first.to_dict() is not first.payload
    assert repr(first) == "UnknownWebhookEvent(event_fqn='NEW', keys=['event_fqn', 'n'])"


def test_an_unknown_event_s_fields_are_read_only_when_they_are_strings() -> None:
    odd = UnknownWebhookEvent({"event_fqn": 7, "event_id": 8})
    assert (odd.event_fqn, odd.event_id) == (None, None)
