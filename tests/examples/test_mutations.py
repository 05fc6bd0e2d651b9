"""Every example of the document, mutated one value at a time: what the schema refuses is refused, at its path.

Responses go through the operation's `_parse_response` (a misfit is a ResponseValidationError whose
path names the mutated value); request bodies through the model's `from_dict` (the same error, which
the facade reports as a RequestValidationError), and a model built in Python with a wrong-typed field
fails in `to_dict()`, called by `_get_kwargs` before any I/O, with a RequestValidationError at `body.<path>`.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from dixa_client import Client
from dixa_client._exceptions import RequestValidationError, ResponseValidationError
from tests.examples.document_examples import Example, collect_examples
from tests.examples.endpoints import parse_request_body, parse_response, serialize_request
from tests.examples.json_paths import Path
from tests.examples.mutations import ANY, Mutation, json_types, model_hints, mutations, rendered

JSON_EXAMPLES = tuple(example for example in collect_examples() if "json" in example.media_type)
RESPONSES = tuple(example for example in JSON_EXAMPLES if example.kind == "response")
REQUESTS = tuple(example for example in JSON_EXAMPLES if example.kind == "request")


def parametrize(examples: tuple[Example, ...]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("example", examples, ids=[example.test_id for example in examples])


def outcome(parse: typing.Callable[[], object], mutation: Mutation) -> str | None:
    """What is wrong with how `parse` treated `mutation`, or None."""
    try:
        parse()
    except ResponseValidationError as error:
        if mutation.refused and error.path != rendered(mutation.path):
            return f"{mutation}: refused at {error.path!r} ({error.message})"
        return None
    except Exception as error:  # noqa: BLE001 - an untyped failure is the finding
        return f"{mutation}: {type(error).__name__}: {error}"
    return f"{mutation}: accepted" if mutation.refused else None


def check(example: Example, parsed: object, parse: typing.Callable[[Any], object]) -> None:
    found = list(mutations(example.value, parsed))
    if isinstance(example.value, dict | list) and example.value:
        assert any(mutation.refused for mutation in found), f"{example.label}: no mutation the schema refuses"
    problems = []
    for mutation in found:
        problem = outcome(lambda: parse(mutation.apply(example.value)), mutation)  # noqa: B023 - called at once
        if problem is not None:
            problems.append(problem)
    if problems:
        shown = "\n  ".join(problems[:20])
        pytest.fail(f"{example.label}: {len(problems)} of {len(found)} mutations mishandled:\n  {shown}", pytrace=False)


@parametrize(RESPONSES)
def test_response_mutations_are_refused_at_their_path(example: Example, client: Client) -> None:
    parsed = parse_response(example, client)
    check(example, parsed, lambda value: parse_response(dataclasses.replace(example, value=value), client))


def from_dict_like(parsed: Any, value: Any) -> object:
    """`value` read by the model class(es) `parsed` was read with (per item, for a list body)."""
    if isinstance(parsed, list):
        items = []
        for index, (model, item) in enumerate(zip(parsed, value, strict=True)):
            try:
                items.append(type(model).from_dict(item))
            except ResponseValidationError as error:
                raise error.under(index) from error
        return items
    return type(parsed).from_dict(value)


@parametrize(REQUESTS)
def test_request_mutations_are_refused_at_their_path(example: Example) -> None:
    parsed = parse_request_body(example)
    check(example, parsed, lambda value: from_dict_like(parsed, value))


class Wrong:
    """A value no annotation but `Any` accepts."""

    def __repr__(self) -> str:
        return "Wrong()"


@dataclasses.dataclass(frozen=True)
class Field:
    """One value set in a parsed body: where it is held (a model's attribute, or a key of its typed map)."""

    holder: Any
    name: str
    annotation: Any
    path: Path

    def get(self) -> Any:
        return self.holder[self.name] if isinstance(self.holder, dict) else getattr(self.holder, self.name)

    def set(self, value: Any) -> None:
        if isinstance(self.holder, dict):
            self.holder[self.name] = value
        else:
            setattr(self.holder, self.name, value)


def fields(parsed: object, path: Path = ()) -> Iterator[Field]:
    """Every field set in a parsed body, outermost first."""
    if isinstance(parsed, list):
        for index, item in enumerate(parsed):
            yield from fields(item, (*path, index))
        return
    if not attrs.has(type(parsed)):
        return
    hints = model_hints(type(parsed))
    for attribute, key in getattr(type(parsed), "__dixa_json_keys__", {}).items():
        value = getattr(parsed, attribute)
        if type(value).__name__ != "Unset":
            yield Field(parsed, attribute, hints[attribute], (*path, key))
            yield from fields(value, (*path, key))
    extra = typing.get_args(hints.get("additional_properties", dict[str, Any]))[1:]
    if extra != (Any,):
        for key, value in parsed.additional_properties.items():  # type: ignore[attr-defined]
            yield Field(parsed.additional_properties, key, extra[0], (*path, key))  # type: ignore[attr-defined]
            yield from fields(value, (*path, key))


def request_path(example: Example, path: Path) -> str:
    # A list body is sent item by item (each item's to_dict()), so the item's index is not in the path.
    relative = path[1:] if isinstance(example.value, list) else path
    return "body" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in relative)


def wrong_values(annotation: Any) -> list[object]:
    """Values of types the annotation refuses: anything odd, and a boolean where an integer is due."""
    return [Wrong(), True] if annotation is int else [Wrong()]


@parametrize(REQUESTS)
def test_wrong_typed_fields_are_refused_before_sending(example: Example) -> None:
    parsed = parse_request_body(example)
    problems, tried = [], 0
    for field in list(fields(parsed)):
        if json_types(field.annotation) == ANY:
            continue
        original = field.get()
        for wrong in wrong_values(field.annotation):
            tried += 1
            field.set(wrong)
            expected = request_path(example, field.path)
            try:
                serialize_request(example, parsed)
            except RequestValidationError as error:
                if error.path != expected:
                    problems.append(f"{field.name} := {wrong!r}: refused at {error.path!r}, expected {expected!r}")
            except Exception as error:  # noqa: BLE001 - an untyped failure is the finding
                problems.append(f"{field.name} := {wrong!r}: {type(error).__name__}: {error}")
            else:
                problems.append(f"{field.name} := {wrong!r}: sent")
            finally:
                field.set(original)
    assert tried, f"{example.label}: no typed field to try"
    if problems:
        message = f"{example.label}: {len(problems)} of {tried} wrong fields mishandled:\n  " + "\n  ".join(
            problems[:20]
        )
        pytest.fail(message, pytrace=False)
