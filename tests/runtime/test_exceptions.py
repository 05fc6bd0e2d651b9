"""The error types: which class a status gets, what message a body gives, validation paths."""

from __future__ import annotations

import httpx
import pytest

from dixa_client._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DixaError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    UnsafeNextPageError,
    status_error_for,
)

REQUEST = httpx.Request("GET", "https://dev.dixa.io/beta/agents", headers={"Authorization": "sk-test-SECRET-123"})


def response(status: int, content: bytes = b"", content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, content=content, headers={"Content-Type": content_type}, request=REQUEST)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (405, APIStatusError),
        (410, APIStatusError),
        (418, APIStatusError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[APIStatusError]) -> None:
    error = status_error_for(response(status, b'{"message": "nope"}'))
    assert type(error) is cls
    assert isinstance(error, APIError) and isinstance(error, DixaError)
    assert error.status_code == status
    assert error.request is REQUEST


def test_message_comes_from_the_json_body() -> None:
    error = status_error_for(response(404, b'{"message": "Agent not found", "code": 7}'))
    assert error.message == "Agent not found"
    assert error.body == {"message": "Agent not found", "code": 7}
    assert str(error) == "HTTP 404: Agent not found"
    assert error.response.status_code == 404


def test_json_without_message_falls_back_to_the_body_text() -> None:
    error = status_error_for(response(400, b'{"error": "bad pageLimit"}'))
    assert error.message == '{"error": "bad pageLimit"}'
    assert error.body == {"error": "bad pageLimit"}


def test_long_bodies_are_truncated_to_200_characters() -> None:
    error = status_error_for(response(500, b'{"message": "' + b"x" * 5000 + b'"}'))
    assert len(error.message) == 200 and error.message.endswith("…")
    plain = status_error_for(response(500, b"y" * 5000, "text/plain"))
    assert len(plain.message) == 200 and plain.body is None


def test_html_error_page_gives_its_title() -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
    error = status_error_for(response(502, page, "text/html"))
    assert error.message == "502 Bad Gateway"
    assert error.body is None


def test_html_without_title_gives_its_text() -> None:
    page = b"<html><body><script>var x = 1;</script><p>Service&nbsp;down,\n  try later</p></body></html>"
    error = status_error_for(response(503, page, "text/html; charset=utf-8"))
    assert error.message == "Service down, try later"


def test_empty_body_gives_the_reason_phrase() -> None:
    assert status_error_for(response(503)).message == "Service Unavailable"
    assert status_error_for(response(599)).message == "HTTP 599"


def test_undecodable_body_does_not_break_the_error() -> None:
    error = status_error_for(response(500, b"\xff\xfe\x00garbage{", "application/json; charset=nonsense"))
    assert error.body is None
    assert "garbage" in error.message and len(error.message) <= 200


def test_secrets_echoed_by_the_server_are_redacted() -> None:
    error = status_error_for(
        response(401, b'{"message": "invalid key sk-test-SECRET-123"}'), redact=("sk-test-SECRET-123",)
    )
    assert error.message == "invalid key [redacted]"
    assert "SECRET" not in str(error) and "SECRET" not in repr(error)


def test_a_response_without_request_still_makes_an_error() -> None:
    error = status_error_for(httpx.Response(500, content=b'{"message": "boom"}'))
    assert error.request is None and error.message == "boom"


def test_connection_errors_have_default_messages() -> None:
    assert APIConnectionError().message == "Connection error."
    assert APITimeoutError().message == "Request timed out."
    assert isinstance(APITimeoutError(), APIConnectionError)
    assert APIConnectionError(request=REQUEST).request is REQUEST
    # The request (and its Authorization header) is reachable, but never part of the text.
    assert "SECRET" not in repr(APIConnectionError(request=REQUEST))


def test_validation_error_names_operation_status_and_path() -> None:
    error = ResponseValidationError(
        "not a timestamp: 'yesterday'", path="data[3].createdAt", operation="getAgents", status_code=200
    )
    assert str(error) == "getAgents (HTTP 200): data[3].createdAt: not a timestamp: 'yesterday'"
    assert (error.operation, error.status_code, error.path) == ("getAgents", 200, "data[3].createdAt")
    assert isinstance(error, DixaError)
    assert str(ResponseValidationError("bad", path="$")) == "$: bad"
    assert str(ResponseValidationError("bad", path="$", status_code=200)) == "HTTP 200: $: bad"
    assert str(ResponseValidationError("bad", path="id", operation="getAgent")) == "getAgent: id: bad"


def test_validation_path_from_segments_and_under() -> None:
    assert ResponseValidationError("m", segments=()).path == "$"
    assert ResponseValidationError("m", segments=("data", 3, "createdAt")).path == "data[3].createdAt"
    assert ResponseValidationError("m", segments=(0, "a.b")).path == '[0]["a.b"]'
    inner = ResponseValidationError("not a timestamp", segments=("createdAt",))
    outer = inner.under(3).under("data")
    assert outer.path == "data[3].createdAt"
    named = outer.in_operation("getAgents", 200)
    assert str(named) == "getAgents (HTTP 200): data[3].createdAt: not a timestamp"
    assert ResponseValidationError("m").under("data").path == "data"


def test_unsafe_next_page_error_is_a_dixa_error() -> None:
    assert issubclass(UnsafeNextPageError, DixaError)


def test_every_error_kind_unpickles_with_its_attributes() -> None:
    import pickle

    from dixa_client._exceptions import RequestValidationError, ResponseTooLargeError, TooManyPagesError

    errors: list[DixaError] = [
        ResponseValidationError("expected a string", path="data[3].createdAt", operation="getAgents", status_code=200),
        RequestValidationError("required", path="body.data[1].message", operation="postNotes"),
        ResponseTooLargeError("too large", request=REQUEST, limit=10),
        TooManyPagesError("stopped after 3 pages"),
        UnsafeNextPageError("unreadable next-page link"),
        APITimeoutError(request=REQUEST),
    ]
    for error in errors:
        data = pickle.dumps(error)
        assert b"SECRET" not in data
        copy = pickle.loads(data)
        assert type(copy) is type(error) and str(copy) == str(error)
        assert {k: v for k, v in vars(copy).items() if k != "request"} == {
            k: v for k, v in vars(error).items() if k != "request"
        }
