"""The error types' edges: where a message comes from on odd bodies, its length and scan bounds,
validation paths and prefixes, and pickling without credentials."""

from __future__ import annotations

import pickle

import httpx
import pytest

from dixa_client._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    status_error_for,
)

# The documented bounds, as literals: a test reading the module's constants would follow a changed one.
MAX_MESSAGE_LENGTH = 200
MAX_SCANNED_TEXT = 65536

REQUEST = httpx.Request(
    "GET",
    "https://dev.dixa.io/beta/agents",
    headers=[
        ("Authorization", "sk-test-SECRET-123"),
        ("Proxy-Authorization", "Basic PROXY-SECRET"),
        ("Cookie", "session=COOKIE-SECRET"),
        ("X-Trace", "one"),
        ("X-Trace", "two"),
    ],
)


def response(status: int, content: bytes, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, content=content, headers={"Content-Type": content_type}, request=REQUEST)


def html_page_of_length(length: int, title: str = "Edge") -> bytes:
    """An HTML page of `length` characters whose `</title>` ends it."""
    tail = f"<title>{title}</title>"
    return ("<html>" + " " * (length - 6 - len(tail)) + tail).encode()


def test_the_scanned_text_is_bounded_exactly() -> None:
    within = status_error_for(response(502, html_page_of_length(MAX_SCANNED_TEXT), "text/html"))
    assert within.message == "Edge"
    beyond = status_error_for(response(502, html_page_of_length(MAX_SCANNED_TEXT + 1), "text/html"))
    assert beyond.message == "Edge</title"  # the closing tag was cut off: no title, only whole tags stripped


def test_a_message_of_exactly_the_maximum_length_is_kept_whole() -> None:
    exact = "m" * MAX_MESSAGE_LENGTH
    assert status_error_for(response(400, f'{{"message": "{exact}"}}'.encode())).message == exact
    longer = status_error_for(response(400, f'{{"message": "{exact}n"}}'.encode())).message
    assert longer == "m" * (MAX_MESSAGE_LENGTH - 1) + "…"


def test_whitespace_in_a_message_is_collapsed() -> None:
    error = status_error_for(response(400, b'{"message": "  not\\n\\tfound  "}'))
    assert error.message == "not found"


@pytest.mark.parametrize("body", [b'{"message": "   "}', b'{"message": 7}', b'{"message": null}'])
def test_a_blank_or_non_string_message_falls_back_to_the_body_text(body: bytes) -> None:
    error = status_error_for(response(400, body))
    assert error.message == " ".join(body.decode().split())
    assert isinstance(error.body, dict)


def test_a_list_body_gives_its_text() -> None:
    error = status_error_for(response(422, b'["message", "x"]'))
    assert (error.message, error.body) == ('["message", "x"]', ["message", "x"])


def test_markup_is_recognised_by_its_first_character_or_an_html_type_in_any_case() -> None:
    untyped = status_error_for(response(502, b"  \n<p>Gateway &amp; friends</p>", "text/plain"))
    assert untyped.message == "Gateway & friends"
    upper = status_error_for(response(502, b"Down <b>now</b>", "TEXT/HTML"))
    assert upper.message == "Down now"
    plain = status_error_for(response(502, b"a <b> c", "text/plain"))
    assert plain.message == "a <b> c"


def test_a_title_with_attributes_and_several_lines_is_read() -> None:
    page = b'<html><TITLE lang="en">Bad\n   Gateway</TITLE><style>p {}</style><p>nginx</p></html>'
    assert status_error_for(response(502, page, "text/html")).message == "Bad Gateway"


def test_scripts_and_styles_are_dropped_from_a_page_without_title() -> None:
    page = b"<div>Busy</div><SCRIPT type='x'>alert(1)</SCRIPT ><style>p { }</style><p>retry</p>"
    assert status_error_for(response(503, page, "text/html")).message == "Busy retry"


def test_a_body_nested_too_deep_for_json_is_kept_as_text() -> None:
    error = status_error_for(response(500, b"[" * 100_000))
    assert error.body is None and error.message == "[" * (MAX_MESSAGE_LENGTH - 1) + "…"


def test_an_unread_body_gives_the_reason_phrase_and_keeps_the_class() -> None:
    unread = httpx.Response(400, stream=httpx.ByteStream(b'{"message": "m"}'), request=REQUEST)
    error = status_error_for(unread)
    assert type(error) is BadRequestError
    assert (error.message, error.body) == ("Bad Request", None)
    odd = httpx.Response(555, stream=httpx.ByteStream(b"x"), request=REQUEST)
    assert status_error_for(odd).message == "HTTP 555"


def test_a_500_and_above_is_an_internal_server_error_below_is_not() -> None:
    assert type(status_error_for(response(499, b""))) is APIStatusError
    assert type(status_error_for(response(500, b""))) is InternalServerError


def test_an_empty_redaction_changes_nothing_and_every_secret_is_masked() -> None:
    body = b'{"message": "key A1 and key B2"}'
    assert status_error_for(response(401, body), redact=("",)).message == "key A1 and key B2"
    assert status_error_for(response(401, body), redact=("", "A1", "B2")).message == "key [redacted] and key [redacted]"


def test_status_errors_print_their_status_and_message() -> None:
    error = status_error_for(response(409, b'{"message": "taken"}'))
    assert str(error) == "HTTP 409: taken"
    assert (error.status_code, error.request) == (409, REQUEST)


def test_path_segments_are_rendered_unambiguously() -> None:
    assert ResponseValidationError("m", segments=("data", "a-b_2", "x")).path == "data.a-b_2.x"
    assert ResponseValidationError("m", segments=("a b", "1st", 0)).path == '["a b"]["1st"][0]'
    assert ResponseValidationError("m", segments=(2, "x")).path == "[2].x"
    assert ResponseValidationError("m", path="[0].x").under("data").path == "data[0].x"
    assert ResponseValidationError("m", path="x").under(4).path == "[4].x"
    assert ResponseValidationError("m", path="ignored.segments", segments=("a",)).path == "ignored.segments"


def test_under_and_in_operation_keep_everything_else() -> None:
    http_response = response(200, b"{}")
    error = ResponseValidationError(
        "bad", path="x", operation="getX", status_code=200, response=http_response, body={"x": 1}
    )
    under = error.under("data")
    assert (under.message, under.path, under.operation, under.status_code) == ("bad", "data.x", "getX", 200)
    assert under.response is http_response and under.body == {"x": 1}
    named = ResponseValidationError("bad", path="y", response=http_response, body=b"raw").in_operation("getY", 201)
    assert (named.message, named.path, named.operation, named.status_code) == ("bad", "y", "getY", 201)
    assert named.response is http_response and named.body == b"raw"
    assert str(named) == "getY (HTTP 201): y: bad"


def test_request_validation_errors_name_their_operation_and_path() -> None:
    error = RequestValidationError("required")
    assert (error.path, error.operation, str(error)) == ("body", None, "body: required")
    named = RequestValidationError("not a UUID", path="agent_id", operation="getAgent")
    assert str(named) == "getAgent: agent_id: not a UUID"


def test_too_large_errors_carry_their_limit() -> None:
    assert ResponseTooLargeError("big").limit == 0
    assert ResponseTooLargeError("big", limit=5).limit == 5


def test_a_pickled_status_error_loses_every_credential_header_and_only_those() -> None:
    error = status_error_for(response(404, b'{"message": "gone"}'))
    data = pickle.dumps(error)
    for secret in (b"sk-test-SECRET-123", b"PROXY-SECRET", b"COOKIE-SECRET"):
        assert secret not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error) and copy.args == error.args and copy.message == "gone"
    for request in (copy.request, copy.response.request):
        assert request is not None
        assert request.headers.get_list("X-Trace") == ["one", "two"]
        assert not {"authorization", "proxy-authorization", "cookie"} & set(request.headers.keys())
    assert copy.response.content == error.response.content and copy.body == {"message": "gone"}
    assert error.request is not None and error.request.headers["Authorization"] == "sk-test-SECRET-123"


def test_a_pickled_error_about_a_hand_built_response_keeps_it() -> None:
    error = status_error_for(httpx.Response(500, content=b'{"message": "boom"}'))
    copy = pickle.loads(pickle.dumps(error))
    assert copy.request is None and copy.response.content == b'{"message": "boom"}'


@pytest.mark.parametrize(
    ("content_type", "default_encoding"),
    [("application/json; charset=utf-16", "utf-8"), ("application/json; charset=unknown", "unknown-too")],
)
def test_a_json_body_whose_text_cannot_be_decoded_keeps_its_body(content_type: str, default_encoding: str) -> None:
    # The JSON is read from the bytes (utf-8); the declared charset only breaks `.text` (no BOM, or no codec).
    undecodable = httpx.Response(
        400,
        content=b'{"message": 5}',
        headers={"Content-Type": content_type},
        request=REQUEST,
        default_encoding=default_encoding,
    )
    error = status_error_for(undecodable)
    assert (error.message, error.body) == ("Bad Request", {"message": 5})


def test_options_of_the_errors_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        APIConnectionError("m", REQUEST)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        APITimeoutError("m", REQUEST)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ResponseTooLargeError("m", REQUEST)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        RequestValidationError("m", "body.x")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        APIStatusError("m", response(400, b""))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        APIError("m", REQUEST)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        status_error_for(response(400, b""), ("secret",))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ResponseValidationError("m", "data.x")  # type: ignore[call-arg]
