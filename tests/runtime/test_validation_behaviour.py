"""_validation on its own: the response-side `expect_*` checks and their error paths, the UUID
readers, and the request-side check on hand-made models (the shape generated models have:
attrs classes with `__dixa_json_keys__`), whatever the document."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from uuid import UUID, SafeUUID

import pytest

from dixa_client._exceptions import RequestValidationError, ResponseValidationError
from dixa_client._validation import (
    Misfit,
    at,
    check_request,
    expect_bool,
    expect_int,
    expect_list,
    expect_list_of,
    expect_map_of,
    expect_number,
    expect_object,
    expect_str,
    in_operation,
    is_bool,
    is_int,
    is_list,
    is_number,
    is_str,
    json_type,
    not_an_object,
    parse_uuid,
    read_uuid,
)

# --- response side -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name"),
    [("a", "string"), (1, "integer"), (1.5, "number"), (True, "boolean"), ([], "array"), ({}, "object")]
    + [(None, "null"), (b"x", "bytes"), (UUID(int=1), "UUID")],
)
def test_json_types_are_named_as_json_names_them(value: object, name: str) -> None:
    assert json_type(value) == name


@pytest.mark.parametrize(
    ("check", "good", "bad", "message"),
    [
        (expect_str, "a", 1, "expected string, got integer"),
        (expect_int, 3, True, "expected integer, got boolean"),
        (expect_int, -3, 3.0, "expected integer, got number"),
        (expect_number, 2.5, False, "expected number, got boolean"),
        (expect_number, 2, "2", "expected number, got string"),
        (expect_bool, False, 0, "expected boolean, got integer"),
        (expect_object, {"a": 1}, [], "expected object, got array"),
        (expect_list, [1], {}, "expected array, got object"),
    ],
)
def test_each_expectation_returns_a_fitting_value_and_refuses_another(
    check: Any, good: object, bad: object, message: str
) -> None:
    assert check(good) is good
    with pytest.raises(Misfit, match=f"^{message}$"):
        check(bad)


@pytest.mark.parametrize(
    ("predicate", "yes", "no"),
    [
        (is_str, ["", "a"], [1, None, b"a"]),
        (is_int, [0, -1], [True, 1.0, "1"]),
        (is_number, [0, 1.5], [True, "1"]),
        (is_bool, [True, False], [0, 1, None]),
        (is_list, [[], [1]], [(), {}, "ab"]),
    ],
)
def test_the_fast_path_predicates(predicate: Any, yes: list[object], no: list[object]) -> None:
    assert [predicate(value) for value in yes] == [True] * len(yes)
    assert [predicate(value) for value in no] == [False] * len(no)


def test_a_list_of_items_is_returned_as_is_or_refused_at_the_bad_item() -> None:
    items = ["a", "b"]
    assert expect_list_of(items, expect_str) is items
    with pytest.raises(ResponseValidationError) as caught:
        expect_list_of(["a", "b", 3], expect_str)
    assert (caught.value.path, caught.value.message) == ("[2]", "expected string, got integer")
    with pytest.raises(Misfit):
        expect_list_of({"a": 1}, expect_str)


def test_a_map_of_values_is_returned_as_is_or_refused_at_the_bad_key() -> None:
    values = {"a": 1}
    assert expect_map_of(values, expect_int) is values
    with pytest.raises(ResponseValidationError) as caught:
        expect_map_of({"a": 1, "b c": "x"}, expect_int)
    assert (caught.value.path, caught.value.message) == ('["b c"]', "expected integer, got string")
    with pytest.raises(Misfit):
        expect_map_of([1], expect_int)


def test_nested_errors_gather_their_whole_path() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        expect_map_of(
            {"rows": [[1], [2, "x"]]}, lambda row: expect_list_of(row, lambda r: expect_list_of(r, expect_int))
        )
    assert caught.value.path == "rows[1][1]"


def test_the_cause_of_a_failure_is_chained() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        expect_list_of([None], expect_str)
    assert isinstance(caught.value.__cause__, Misfit)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (KeyError("createdAt"), "required property is missing"),
        (Misfit("expected string, got null"), "expected string, got null"),
        (TypeError("expected integer, got string"), "expected integer, got string"),
        (TypeError("unhashable type"), "TypeError: unhashable type"),
        (ValueError("bad timestamp"), "ValueError: bad timestamp"),
        (ValueError(), "ValueError"),
    ],
)
def test_a_failure_is_described_by_what_it_says(error: Exception, message: str) -> None:
    assert at(error, "field").message == message
    assert at(error, "field").path == "field"
    assert in_operation(error, "getX", 200).message == message


def test_at_and_in_operation_extend_a_validation_error() -> None:
    inner = ResponseValidationError("expected string, got null", path="name")
    assert at(inner, 3).path == "[3].name" and at(inner, "data").path == "data.name"
    named = in_operation(inner, "getThings (GET /things)", 200)
    assert (named.path, named.operation, named.status_code) == ("name", "getThings (GET /things)", 200)
    plain = in_operation(ValueError("x"), "getThings", 201)
    assert (plain.path, plain.status_code, str(plain)) == ("$", 201, "getThings (HTTP 201): $: ValueError: x")


def test_a_model_read_from_something_else_says_what_it_got() -> None:
    error = not_an_object([1])
    assert isinstance(error, ResponseValidationError) and error.message == "expected object, got array"


CANONICAL = "12345678-1234-5678-9abc-def012345678"


@pytest.mark.parametrize(
    "text",
    [CANONICAL, CANONICAL.upper(), "{12345678-1234-5678-9abc-def012345678}", "123456781234567-89abcdef012345678"],
)
def test_uuids_are_read_as_uuid_reads_them(text: str) -> None:
    uuid = read_uuid(text)
    assert uuid == UUID(text) == parse_uuid(text)
    assert (uuid.is_safe, str(uuid)) == (SafeUUID.unknown, str(UUID(text)))


@pytest.mark.parametrize(
    "text",
    [
        "12345678-1234-5678-9abc-def01234567g",
        "12345678-1234-5678-9abc-def01234567",
        "",
        "12345678-1234-5678-9abcdef0123456789",  # 36 characters, 33 digits
        "12345678-1234-5678-9abc-def0-1234567",  # 36 characters, 31 digits
    ],
)
def test_text_that_is_no_uuid_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        read_uuid(text)


def test_a_uuid_object_is_taken_and_anything_else_is_a_misfit() -> None:
    uuid = UUID(int=9)
    assert parse_uuid(uuid) is uuid and read_uuid(uuid) is uuid
    for value in (9, None):
        with pytest.raises(Misfit, match=r"^expected string \(uuid\), got "):
            read_uuid(value)


# --- request side ---------------------------------------------------------------------------------------------

MODELS = """
from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, ClassVar, Literal

import attrs

from dixa_client.types import UNSET, Unset


@attrs.define
class Child:
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name"}
    name: str


@attrs.define
class Parent:
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "count": "count", "ratio": "ratio", "kind": "kind", "tags": "tagList", "labels": "labels",
        "anything": "anything", "nothing": "nothing", "child": "child", "when": "when", "maybe": "maybe",
        "either": "either", "opaque": "opaque", "children": "children", "raw": "raw",
        "numbers": "numbers", "not_annotated": "x",
    }
    count: int = 0
    ratio: float = 0.5
    kind: Literal["a", "b"] = "a"
    tags: list[str] | Unset = UNSET
    labels: dict[str, int] | Unset = UNSET
    anything: Any = None
    nothing: None = None
    child: Child | Unset = UNSET
    when: datetime.date | Unset = UNSET
    maybe: int | None | Unset = UNSET
    either: list[str] | str | Unset = UNSET
    opaque: Callable[[], int] | None = None
    children: list[Child] | Unset = UNSET
    raw: list | Unset = UNSET
    numbers: list[int] | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.define
class TypedMap:
    __dixa_json_keys__: ClassVar[dict[str, str]] = {}
    additional_properties: dict[str, int] = attrs.field(factory=dict)
"""

LAZY_MODELS = """
from __future__ import annotations

from typing import ClassVar

import attrs

from dixa_client.types import UNSET, Unset


@attrs.define
class Friend:
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name"}
    name: str


@attrs.define
class Lazy:
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"friend": "friend"}
    friend: Imported | Unset = UNSET


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    global Imported, _lazy_imports_loaded
    Imported = Friend
    _lazy_imports_loaded = True
"""


def module_of(name: str, source: str) -> Iterator[Any]:
    module = ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(textwrap.dedent(source), f"<{name}>", "exec"), vars(module))  # noqa: S102
        yield module
    finally:
        del sys.modules[name]


@pytest.fixture(scope="module")
def models() -> Iterator[Any]:
    """The classes above in a module of their own (request checks resolve annotations in the model's module)."""
    yield from module_of("dixa_hand_made_models", MODELS)


@pytest.fixture
def lazy_models() -> Iterator[Any]:
    """Models whose annotations name a class their module binds only in `_load_lazy_imports()`."""
    yield from module_of("dixa_hand_made_lazy_models", LAZY_MODELS)


def refusal(instance: object) -> tuple[str, str]:
    with pytest.raises(RequestValidationError) as caught:
        check_request(instance)
    assert caught.value.operation is None
    return caught.value.path, caught.value.message


def test_a_model_that_fits_its_annotations_passes(models: Any) -> None:
    parent = models.Parent(
        count=1, ratio=2, kind="b", tags=["x"], labels={"k": 1}, anything=object(), child=models.Child("c"),
        maybe=None, either="s", opaque=lambda: 1, children=[models.Child("d")], raw=[1, "a"],
    )  # fmt: skip
    check_request(parent)
    check_request(models.Parent(either=["a", "b"], maybe=3))


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"count": True}, "body.count", "expected int, got bool"),
        ({"count": 1.0}, "body.count", "expected int, got float"),
        ({"ratio": False}, "body.ratio", "expected float, got bool"),
        ({"kind": "c"}, "body.kind", "expected Literal['a', 'b'], got str"),
        ({"tags": ("x",)}, "body.tagList", "expected list[str], got tuple"),
        ({"tags": ["x", 2]}, "body.tagList[1]", "expected str, got int"),
        ({"labels": {"k": "v"}}, "body.labels.k", "expected int, got str"),
        ({"labels": [1]}, "body.labels", "expected dict[str, int], got list"),
        ({"nothing": 0}, "body.nothing", "expected None, got int"),
        ({"child": {"name": "c"}}, "body.child", "expected Child, got dict"),
        ({"when": "2024-01-01"}, "body.when", "expected date, got str"),
        ({"maybe": "3"}, "body.maybe", "expected int | None, got str"),
        ({"either": ["a", 1]}, "body.either[1]", "expected str, got int"),
        ({"either": 3}, "body.either", "expected list[str] | str, got int"),
        ({"raw": "x"}, "body.raw", "expected list, got str"),
        ({"raw": ()}, "body.raw", "expected list, got tuple"),
        ({"numbers": [1, "a"]}, "body.numbers[1]", "expected int, got str"),  # the first member's explanation
    ],
)
def test_a_field_its_annotation_refuses_is_named_by_its_json_path(
    models: Any, fields: dict[str, Any], path: str, message: str
) -> None:
    assert refusal(models.Parent(**fields)) == (path, message)


def test_models_inside_models_and_lists_are_checked(models: Any) -> None:
    assert refusal(models.Parent(child=models.Child(5))) == ("body.child.name", "expected str, got int")
    children = [models.Child("a"), models.Child(None)]
    assert refusal(models.Parent(children=children)) == ("body.children[1].name", "expected str, got NoneType")
    assert refusal(models.Parent(children=[models.Child("a"), "b"])) == (
        "body.children[1]",
        "expected Child, got str",
    )


def test_a_typed_map_of_additional_properties_is_checked_by_key(models: Any) -> None:
    check_request(models.TypedMap({"a": 1}))
    assert refusal(models.TypedMap({"a": 1, "b": "2"})) == ("body.b", "expected int, got str")


def test_untyped_additional_properties_take_anything(models: Any) -> None:
    parent = models.Parent()
    parent.additional_properties["extra"] = object()
    check_request(parent)


def test_names_a_model_imports_on_first_use_are_imported_before_its_check(lazy_models: Any) -> None:
    assert lazy_models._lazy_imports_loaded is False
    check_request(lazy_models.Lazy(friend=lazy_models.Friend("a")))
    assert lazy_models._lazy_imports_loaded is True
    assert refusal(lazy_models.Lazy(friend=lazy_models.Friend(1))) == ("body.friend.name", "expected str, got int")


def test_checks_are_built_once_per_class(models: Any) -> None:
    from dixa_client import _validation

    check_request(models.Child("a"))
    built = _validation._FIELD_CHECKS[models.Child]
    check_request(models.Child("b"))
    assert _validation._FIELD_CHECKS[models.Child] is built
    assert [(attribute, key) for attribute, key, _ in built] == [("name", "name")]
    # A typed map of additional properties is walked by key; an untyped one (dict[str, Any]) is not.
    check_request(models.TypedMap())
    check_request(models.Parent())
    assert [attribute for attribute, _, _ in _validation._FIELD_CHECKS[models.TypedMap]] == ["additional_properties"]
    assert "additional_properties" not in [attribute for attribute, _, _ in _validation._FIELD_CHECKS[models.Parent]]
