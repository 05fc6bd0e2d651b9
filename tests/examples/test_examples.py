"""Every example in Dixa's document, run through the generated client.

Request bodies parse with the model `sync_detailed` takes; responses of every status code go
through the operation's generated `_parse_response`. Each must parse, each `_type`-tagged
object must land in the variant its tag names, and `to_dict()` must give the example back
(timestamps compared as instants).
"""

from __future__ import annotations

import fnmatch
from collections import Counter
from typing import Any

import pytest

from dixa_client import Client
from tests.examples.document_examples import Example, collect_examples
from tests.examples.endpoints import parse_example, parse_request_body, serialize_request
from tests.examples.json_paths import MISSING
from tests.examples.round_trip import differences, serialize, shown
from tests.examples.tags import TagTally, Verdict, tag_landings, tagged_objects

EXAMPLES = collect_examples()
TAGGED_EXAMPLES = tuple(example for example in EXAMPLES if any(tagged_objects(example.value)))

# What the pinned document holds: 62 request bodies and 423 responses, 485 in all. (The notes'
# "487 = 62 + 425" also counted the 2 query-parameter examples, which are not bodies; their own
# per-status figures add up to 423.)
EXPECTED_COUNTS: dict[str | int, int] = {"request": 62, 200: 97, 201: 10, 202: 3, 400: 122, 401: 5, 404: 75, 500: 111}
EXPECTED_TOTAL = 485

# Test id (or fnmatch pattern) -> why to_dict() cannot give that example back. An entry must
# still differ: once the example round-trips, the entry fails and has to be removed.
ROUND_TRIP_EXCEPTIONS: dict[str, str] = {}

GENERATED_PACKAGE = "dixa_client"


def parametrize(examples: tuple[Example, ...]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("example", examples, ids=[example.test_id for example in examples])


def raised_at(error: BaseException) -> str:
    """The innermost frame in the generated package (or else anywhere) that raised, and its `data` if it has one."""
    frames, frame = [], error.__traceback__
    while frame is not None:
        frames.append(frame)
        frame = frame.tb_next
    generated = [frame for frame in frames if GENERATED_PACKAGE in frame.tb_frame.f_code.co_filename]
    if not frames:
        return "?"
    chosen = (generated or frames)[-1]
    code = chosen.tb_frame.f_code
    where = f"{code.co_filename.rpartition(GENERATED_PACKAGE + '/')[2]}:{chosen.tb_lineno} in {code.co_name}"
    data = chosen.tb_frame.f_locals.get("data", MISSING)  # the value a generated union parser was given
    return where if data is MISSING else f"{where}, data={shown(data)}"


def try_parse(example: Example, client: Client) -> tuple[Any, str | None]:
    """(parsed value, None), or (None, what went wrong and where)."""
    try:
        return parse_example(example, client), None
    except Exception as error:  # noqa: BLE001 - any failure to parse is the finding
        return None, f"{type(error).__name__}: {str(error) or '(no message)'} (raised at {raised_at(error)})"


def parsed_or_fail(example: Example, client: Client) -> Any:
    parsed, failure = try_parse(example, client)
    if failure is not None:
        pytest.fail(f"{example.label} does not parse: {failure}", pytrace=False)
    return parsed


def bulleted(lines: list[Any]) -> str:
    return "".join(f"\n  {line}" for line in lines)


def round_trip_exception(test_id: str) -> str | None:
    for pattern, reason in ROUND_TRIP_EXCEPTIONS.items():
        if fnmatch.fnmatchcase(test_id, pattern):
            return reason
    return None


def test_every_example_is_collected() -> None:
    counts = Counter("request" if example.status is None else example.status for example in EXAMPLES)
    assert dict(counts) == EXPECTED_COUNTS
    assert len(EXAMPLES) == EXPECTED_TOTAL
    duplicates = [test_id for test_id, n in Counter(example.test_id for example in EXAMPLES).items() if n > 1]
    assert not duplicates, f"test ids are not unique: {duplicates}"


def test_round_trip_exceptions_name_examples() -> None:
    test_ids = [example.test_id for example in EXAMPLES]
    stale = [pattern for pattern in ROUND_TRIP_EXCEPTIONS if not fnmatch.filter(test_ids, pattern)]
    assert not stale, f"ROUND_TRIP_EXCEPTIONS entries that match no example: {stale}"


@parametrize(EXAMPLES)
def test_example_parses(example: Example, client: Client) -> None:
    parsed = parsed_or_fail(example, client)
    if example.kind == "response" and "json" in example.media_type:
        assert parsed is not None, f"{example.label}: _parse_response returned None for a documented JSON response"


@parametrize(TAGGED_EXAMPLES)
def test_tagged_objects_land_in_named_variant(example: Example, client: Client, tag_tally: TagTally) -> None:
    parsed, failure = try_parse(example, client)
    if failure is not None:
        tag_tally.unparsed[example.test_id] = len(list(tagged_objects(example.value)))
        pytest.fail(f"{example.label} does not parse, so no tag can land: {failure}", pytrace=False)
    landings = tag_landings(parsed, example.value)
    tag_tally.landings[example.test_id] = landings
    misplaced = [landing for landing in landings if landing.verdict in (Verdict.WRONG, Verdict.UNMODELLED)]
    if misplaced:
        message = f"{example.label}: {len(misplaced)} of {len(landings)} tagged objects misplaced:"
        pytest.fail(message + bulleted(misplaced), pytrace=False)


@parametrize(EXAMPLES)
def test_to_dict_reproduces_example(example: Example, client: Client) -> None:
    parsed = parsed_or_fail(example, client)
    sent = serialize_request(example, parsed) if example.kind == "request" else serialize(parsed)
    found = list(differences(example.value, sent))
    reason = round_trip_exception(example.test_id)
    if reason is None and found:
        message = f"{example.label}: to_dict() differs from the example in {len(found)} places:"
        pytest.fail(message + bulleted(found), pytrace=False)
    if reason is not None and not found:
        pytest.fail(
            f"{example.test_id} now round-trips: remove its ROUND_TRIP_EXCEPTIONS entry ({reason})", pytrace=False
        )


TOP_LEVEL_TAGGED = tuple(
    example
    for example in EXAMPLES
    if example.kind == "request" and isinstance(example.value, dict) and "_type" in example.value
)


def test_some_request_example_is_tagged_at_the_top() -> None:
    assert any(example.operation_id == "postConversationsImport" for example in TOP_LEVEL_TAGGED)


@parametrize(TOP_LEVEL_TAGGED)
def test_a_request_body_sends_the_top_level_tag_its_example_shows(example: Example) -> None:
    sent = serialize_request(example, parse_request_body(example))
    assert sent["_type"] == example.value["_type"]
