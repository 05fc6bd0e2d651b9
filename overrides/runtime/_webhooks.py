"""Receiving Dixa's webhooks: check a delivery's signature, then parse it into its event's model.

Framework-agnostic: give the raw body (bytes, or the str it decodes to) and the request headers.
The signature (Dixa's "Webhook security" page): header `X-DIXA-SIGNATURE: t=<t>,v1=<hex>`, where
`v1 = hex(HMAC-SHA256(key=unhex(secretKey), msg=t + "." + raw body))` and `t` is in milliseconds.
Verify before parsing: re-serialised JSON would not match. The secret never appears in an error.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, ClassVar

from ._exceptions import DixaError, ResponseValidationError

if TYPE_CHECKING:
    from .webhooks._events import WebhookEvent

__all__ = [
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_ID_HEADER",
    "UnknownWebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "parse",
    "unwrap",
    "verify_signature",
]

SIGNATURE_HEADER = "X-DIXA-SIGNATURE"
SUBSCRIPTION_ID_HEADER = "X-DIXA-SUBSCRIPTION-ID"
DEFAULT_TOLERANCE = 300.0  # seconds; Dixa sets no replay window, this is the receiver's choice
_SIGNATURE_HEX_LENGTH = 64  # SHA-256


class WebhookVerificationError(DixaError):
    """A delivery cannot be shown to come from Dixa: `reason` says why.

    Reasons: `missing_header`, `malformed_header`, `invalid_secret` (the secret is not hex),
    `signature_mismatch`, `timestamp_outside_tolerance`. Messages never hold the secret.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


class WebhookPayloadError(DixaError):
    """A delivery body is not a JSON object, or a known event's body does not fit its model.

    `path` locates the misfit (`data.conversation.created_at`, `$` for the whole body) and
    `event_fqn` names the event when the body got that far.
    """

    def __init__(self, message: str, *, path: str = "$", event_fqn: str | None = None) -> None:
        self.message = message
        self.path = path
        self.event_fqn = event_fqn
        prefix = f"{event_fqn}: " if event_fqn else ""
        super().__init__(f"{prefix}{path}: {message}")


class UnknownWebhookEvent:
    """A delivery whose `event_fqn` this client does not know (Dixa adds events): kept whole.

    `payload` is the decoded body as it came; `event_fqn` its `event_fqn` when that is a string.
    """

    __slots__ = ("event_fqn", "payload")

    def __init__(self, payload: dict[str, Any]) -> None:
        self.payload: dict[str, Any] = payload
        fqn = payload.get("event_fqn")
        self.event_fqn: str | None = fqn if isinstance(fqn, str) else None

    @property
    def event_id(self) -> str | None:
        """The raw `event_id` (for de-duplication), when it is a string."""
        value = self.payload.get("event_id")
        return value if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.payload)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownWebhookEvent) and other.payload == self.payload

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable payload, like the generated models

    def __repr__(self) -> str:
        return f"UnknownWebhookEvent(event_fqn={self.event_fqn!r}, keys={sorted(self.payload)!r})"


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    *,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise WebhookVerificationError unless `payload` is signed by `secret` within `tolerance` seconds.

    `headers` is any mapping of the request's headers (names in any case); `secret` is the
    subscription's hex `secretKey`; `now` (seconds since the epoch) defaults to the clock.
    """
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    header = _header(headers, SIGNATURE_HEADER)
    if header is None:
        raise WebhookVerificationError(f"no {SIGNATURE_HEADER} header", reason="missing_header")
    timestamp, signatures = _parse_signature_header(header)
    expected = hmac.new(_key(secret), timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    # Every candidate is compared, in constant time each, so timing says nothing about which failed.
    matched = False
    for candidate in signatures:
        matched |= hmac.compare_digest(expected, candidate)
    if not matched:
        raise WebhookVerificationError("the signature does not match the body", reason="signature_mismatch")
    current = time.time() if now is None else now
    age = current - int(timestamp) / 1000
    if abs(age) > tolerance:
        raise WebhookVerificationError(
            f"the signature's timestamp is {abs(age):.0f} s {'old' if age > 0 else 'in the future'}, "
            f"more than the {tolerance:g} s tolerated",
            reason="timestamp_outside_tolerance",
        )


def parse(payload: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The delivery as its event's model, without checking any signature (see `unwrap`).

    An `event_fqn` this client does not know gives UnknownWebhookEvent; a body that is not a JSON
    object, or a known event that does not fit its model, raises WebhookPayloadError.
    """
    body = _decode(payload)
    fqn = body.get("event_fqn")
    registry = import_module(".webhooks._events", __package__)
    class_name = registry.EVENT_MODELS.get(fqn) if isinstance(fqn, str) else None
    if class_name is None:
        return UnknownWebhookEvent(body)
    model = getattr(import_module(".webhooks.models", __package__), class_name)
    try:
        event: WebhookEvent = model.from_dict(body)
    except ResponseValidationError as error:
        raise WebhookPayloadError(error.message, path=error.path, event_fqn=fqn) from None
    return event


def unwrap(
    payload: bytes | str,
    headers: Mapping[str, str],
    *,
    secret: str,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify the delivery's signature (WebhookVerificationError), then `parse` it."""
    verify_signature(payload, headers, secret=secret, tolerance=tolerance, now=now)
    return parse(payload)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        wanted = name.lower()
        value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == wanted), None)
    return value if isinstance(value, str) else None


def _parse_signature_header(header: str) -> tuple[str, list[str]]:
    """`t=<digits>,v1=<hex>` -> (t as sent, [v1 values]). Other keys (a future `v2`) are ignored."""
    timestamps, signatures = [], []
    for part in header.split(","):
        key, equals, value = part.strip().partition("=")
        if not equals:
            raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header", reason="malformed_header")
        if key == "t":
            timestamps.append(value.strip())
        elif key == "v1":
            signatures.append(value.strip().lower())
    if len(timestamps) != 1 or not timestamps[0].isascii() or not timestamps[0].isdigit():
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} needs exactly one numeric t=<milliseconds>", reason="malformed_header"
        )
    if not signatures or any(not _is_hex(s, _SIGNATURE_HEX_LENGTH) for s in signatures):
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} needs v1=<{_SIGNATURE_HEX_LENGTH} hex digits>", reason="malformed_header"
        )
    return timestamps[0], signatures


def _is_hex(value: str, length: int) -> bool:
    return len(value) == length and all(c in "0123456789abcdef" for c in value)


def _key(secret: str) -> bytes:
    """The HMAC key: the hex-decoded secret (not the ASCII of its hex text)."""
    if not isinstance(secret, str) or not secret:
        raise WebhookVerificationError("the secret is empty or not a string", reason="invalid_secret")
    try:
        return binascii.unhexlify(secret.strip())
    except (binascii.Error, ValueError):
        # The secret's text, length and position of the fault stay out of the message.
        raise WebhookVerificationError(
            "the secret is not a hex string (use the subscription's secretKey as Dixa gives it)",
            reason="invalid_secret",
        ) from None


def _decode(payload: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return dict(payload)
    try:
        body = json.loads(payload)
    except (ValueError, TypeError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookPayloadError(f"the body is not JSON ({type(error).__name__})") from None
    if not isinstance(body, dict):
        raise WebhookPayloadError(f"the body is JSON {type(body).__name__}, not an object")
    return body
