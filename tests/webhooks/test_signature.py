"""Dixa's signature scheme: a delivery signed as Dixa signs verifies; anything else raises
WebhookVerificationError, whose message and repr never hold the secret."""

from __future__ import annotations

import json
import time
import traceback

import pytest

from dixa_client import DixaError
from dixa_client.webhooks import (
    SIGNATURE_HEADER,
    ConversationOpen,
    UnknownWebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    unwrap,
    verify_signature,
)

from .deliveries import SECRET, delivery, encode, sign

# The facts file's test vector (computed by us, not Dixa): 266 bytes, t and v1 as given there.
VECTOR_BODY = (
    b'{"event_id":"3f0d6a0e-6f1b-4c39-9d64-2b8f3c1a7e55","event_fqn":"CONVERSATION_OPEN","event_version":"1",'
    b'"event_timestamp":"2023-07-13T09:02:29.512Z","organization":{"id":"5b9e2f4c-1d3a-4e8b-a7c6-0f2e9d8c7b6a",'
    b'"name":"Example Org"},"data":{"conversation":{"csid":42}}}'
)
VECTOR_T = 1689238949803
VECTOR_V1 = "03d8baeccfa881edced713a65d194d6100264f9bfc1f5959b9b661eb1522e920"
VECTOR_V1_ASCII_KEY = "be44ea42877dbdb3ba8da33b8e720e4f98e5367743cd89bd86017bf4dd81f421"
NOW = VECTOR_T / 1000 + 1.5  # seconds, 1.5 s after Dixa signed
OTHER_SECRET = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"


def vector_headers(v1: str = VECTOR_V1, t: int = VECTOR_T) -> dict[str, str]:
    return {"content-type": "application/json", "x-dixa-signature": f"t={t},v1={v1}"}


def test_the_documented_test_vector_verifies_and_unwraps() -> None:
    assert len(VECTOR_BODY) == 266
    verify_signature(VECTOR_BODY, vector_headers(), secret=SECRET, now=NOW)

    event = unwrap(VECTOR_BODY, vector_headers(), secret=SECRET, now=NOW)

    assert isinstance(event, ConversationOpen)
    assert event.organization.name == "Example Org"


def test_the_key_is_the_hex_decoded_secret_not_its_ascii_text() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(VECTOR_BODY, vector_headers(VECTOR_V1_ASCII_KEY), secret=SECRET, now=NOW)
    assert caught.value.reason == "signature_mismatch"


def test_a_delivery_signed_as_dixa_signs_verifies_with_the_clock() -> None:
    body = encode(delivery("CONVERSATION_CREATED"))
    headers = sign(body, int(time.time() * 1000))
    verify_signature(body, headers, secret=SECRET)  # now=None: the real clock


@pytest.mark.parametrize("index", [0, 100, 265])
def test_one_changed_byte_fails(index: int) -> None:
    tampered = bytearray(VECTOR_BODY)
    tampered[index] ^= 0x01
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(bytes(tampered), vector_headers(), secret=SECRET, now=NOW)
    assert caught.value.reason == "signature_mismatch"


def test_a_changed_t_fails_even_within_the_tolerance() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(VECTOR_BODY, vector_headers(t=VECTOR_T + 1), secret=SECRET, now=NOW)
    assert caught.value.reason == "signature_mismatch"


def test_another_secret_fails() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(VECTOR_BODY, vector_headers(), secret=OTHER_SECRET, now=NOW)
    assert caught.value.reason == "signature_mismatch"


@pytest.mark.parametrize("headers", [{}, {"content-type": "application/json"}, {"x-dixa-signature-v2": "t=1"}])
def test_a_missing_header_fails(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match="no X-DIXA-SIGNATURE header") as caught:
        unwrap(VECTOR_BODY, headers, secret=SECRET, now=NOW)
    assert caught.value.reason == "missing_header"


@pytest.mark.parametrize(
    ("now", "tolerance", "accepted"),
    [
        (VECTOR_T / 1000 + 299, 300, True),
        (VECTOR_T / 1000 + 301, 300, False),  # replayed five minutes later
        (VECTOR_T / 1000 - 301, 300, False),  # from the future
        (VECTOR_T / 1000 + 86_400, 300, False),
        (VECTOR_T / 1000 + 86_400, 90_000, True),
        (VECTOR_T / 1000 + 2, 1, False),
    ],
)
def test_t_must_be_within_the_tolerance_of_now(now: float, tolerance: float, accepted: bool) -> None:
    if accepted:
        verify_signature(VECTOR_BODY, vector_headers(), secret=SECRET, now=now, tolerance=tolerance)
        return
    with pytest.raises(WebhookVerificationError, match="tolerated") as caught:
        verify_signature(VECTOR_BODY, vector_headers(), secret=SECRET, now=now, tolerance=tolerance)
    assert caught.value.reason == "timestamp_outside_tolerance"


def test_an_old_t_fails_by_default_with_the_real_clock() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(VECTOR_BODY, vector_headers(), secret=SECRET)  # signed in 2023
    assert caught.value.reason == "timestamp_outside_tolerance"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        f"v1={VECTOR_V1}",  # no t
        f"t={VECTOR_T}",  # no v1
        f"t=,v1={VECTOR_V1}",
        f"t=1689238949.803,v1={VECTOR_V1}",
        f"t=-1,v1={VECTOR_V1}",
        f"t={VECTOR_T},t={VECTOR_T},v1={VECTOR_V1}",
        f"t={VECTOR_T},v1={VECTOR_V1[:-1]}",  # 63 digits
        f"t={VECTOR_T},v1={VECTOR_V1[:-1]}g",  # not hex (like Dixa's illustration)
        f"t={VECTOR_T};v1={VECTOR_V1}",
        f"t={VECTOR_T},v1={VECTOR_V1},",
        f"t=١٦٨٩٢٣٨٩٤٩٨٠٣,v1={VECTOR_V1}",  # non-ASCII digits
    ],
)
def test_a_malformed_header_fails(value: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(VECTOR_BODY, {SIGNATURE_HEADER: value}, secret=SECRET, now=NOW)
    assert caught.value.reason == "malformed_header"


@pytest.mark.parametrize("name", ["X-DIXA-SIGNATURE", "x-dixa-signature", "X-Dixa-Signature"])
def test_header_names_are_case_insensitive(name: str) -> None:
    verify_signature(VECTOR_BODY, {name: f"t={VECTOR_T},v1={VECTOR_V1}"}, secret=SECRET, now=NOW)


@pytest.mark.parametrize(
    "value",
    [
        f"t={VECTOR_T},v1={VECTOR_V1.upper()}",  # hex case is not specified
        f" t={VECTOR_T} , v1={VECTOR_V1} ",  # nor spaces
        f"v1={VECTOR_V1},t={VECTOR_T}",  # nor order
        f"t={VECTOR_T},v1={'0' * 64},v1={VECTOR_V1}",  # several v1 (a key being rotated): one must match
        f"t={VECTOR_T},v0=old,v1={VECTOR_V1}",  # other keys are ignored
    ],
)
def test_unspecified_header_variations_are_accepted(value: str) -> None:
    verify_signature(VECTOR_BODY, {SIGNATURE_HEADER: value}, secret=SECRET, now=NOW)


def test_a_str_body_is_verified_as_its_utf8_bytes() -> None:
    body = encode(delivery("CONVERSATION_OPEN", {"conversation": {"subject": "Grüße, 東京"}}))
    headers = sign(body, VECTOR_T)
    event = unwrap(body.decode("utf-8"), headers, secret=SECRET, now=NOW)
    assert isinstance(event, ConversationOpen)


def test_a_reformatted_body_fails() -> None:
    # Verify the raw bytes first: the same JSON pretty-printed is not what Dixa signed.
    pretty = json.dumps(json.loads(VECTOR_BODY), indent=2).encode()
    with pytest.raises(WebhookVerificationError):
        verify_signature(pretty, vector_headers(), secret=SECRET, now=NOW)


def test_a_verified_body_that_is_not_json_is_a_payload_error() -> None:
    headers = sign(b"not json", VECTOR_T)
    with pytest.raises(WebhookPayloadError):
        unwrap(b"not json", headers, secret=SECRET, now=NOW)


def test_a_verified_unknown_event_unwraps_to_an_unknown_event() -> None:
    body = encode(delivery("CONVERSATION_SNOOZED", {"until": "tomorrow"}))
    event = unwrap(body, sign(body, VECTOR_T), secret=SECRET, now=NOW)
    assert isinstance(event, UnknownWebhookEvent) and event.payload["data"] == {"until": "tomorrow"}


@pytest.mark.parametrize("secret", ["", "4g4h988p", "0011223", "00 11", "secret key"])
def test_a_secret_that_is_not_hex_is_a_typed_error(secret: str) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify_signature(VECTOR_BODY, vector_headers(), secret=secret, now=NOW)
    assert caught.value.reason == "invalid_secret"


SECRET_CASES = [
    ("valid secret, wrong signature", SECRET, vector_headers("0" * 64)),
    ("valid secret, old t", SECRET, vector_headers()),
    ("valid secret, no header", SECRET, {}),
    ("valid secret, malformed header", SECRET, {SIGNATURE_HEADER: "t=x"}),
    ("invalid secret", "4g4h988pqz4g4h988pqz4g4h988pqz4g", vector_headers()),
    ("odd-length secret", SECRET[:-1], vector_headers()),
]


@pytest.mark.parametrize(("case", "secret", "headers"), SECRET_CASES, ids=[c[0] for c in SECRET_CASES])
def test_the_secret_never_appears_in_an_error(case: str, secret: str, headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        unwrap(VECTOR_BODY, headers, secret=secret, now=NOW + 3600)
    error = caught.value
    assert isinstance(error, DixaError)
    # As a caller or a logger would show it: message, repr, attributes, the printed traceback.
    printed = "".join(traceback.format_exception(error))
    shown = " ".join([str(error), repr(error), error.message, *map(str, error.args), repr(vars(error)), printed])
    for fragment in (secret, secret[:16], secret[-16:]):
        assert fragment.lower() not in shown.lower(), f"{case}: the secret leaked into {shown!r}"
