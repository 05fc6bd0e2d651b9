"""The msgspec accelerator on its own, over hand-made models of the generated shape (attrs classes with
`__dixa_json_keys__`, `__dixa_tag__`, `__dixa_fallback__` and `from_dict`) and a hand-made endpoint
module, whatever the document: which statuses and models it reads, and that it steps aside (MISS)
when msgspec is missing, switched off, or a model or endpoint is of a shape it does not mirror."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from dixa_client import _accelerate

MODELS = """
from __future__ import annotations

import datetime
import uuid
from typing import Any, ClassVar

from attrs import define, field

from dixa_client._extra import lazy_additional_properties
from dixa_client.types import UNSET, Unset


def _unexpected(data: Any) -> Any:
    raise AssertionError("from_dict is the pure Python path: not expected here")


# What every model here has unless it says otherwise: untagged, not the fallback, and a from_dict (the
# pure Python path) that must not be called.
class Mirrored:
    __slots__ = ()
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_fallback__: ClassVar[bool] = False
    from_dict = classmethod(lambda cls, data: _unexpected(data))


@define
class Cat(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name", "weight": "weightKg"}
    __dixa_tag__: ClassVar[str | None] = "Cat"
    name: str
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Dog(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name", "born_at": "bornAt"}
    __dixa_tag__: ClassVar[str | None] = "Dog"
    name: str
    born_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = field(factory=dict)
    __getattr__ = lazy_additional_properties  # as the generated models: the dict made on first use


@define
class UnknownPet(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name"}
    __dixa_fallback__: ClassVar[bool] = True
    name: str
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Shelter(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"pets": "pets", "label": "label"}
    pets: list[Cat | Dog | UnknownPet]
    label: str | int | Unset = UNSET
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Twins(Mirrored):  # two members written with one tag: msgspec could not tell them apart
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"pets": "pets"}
    pets: list[Cat | CatAgain]
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class CatAgain(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name"}
    __dixa_tag__: ClassVar[str | None] = "Cat"
    name: str
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Plain(Mirrored):  # untagged, and not the fallback: msgspec cannot pick it out of a union by tag
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name"}
    name: str
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Zoo(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"pets": "pets"}
    pets: list[Cat | Dog | Plain]
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Tagline(Mirrored):  # msgspec refuses a union of two string-like types (TypeError): not mirrored
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"value": "value"}
    value: str | uuid.UUID
    additional_properties: dict[str, Any] = field(factory=dict)
    from_dict = classmethod(lambda cls, data: ("Tagline.from_dict", data))


@define
class Pair(Mirrored):  # its union has two members of one tag: not mirrored
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"pets": "pets"}
    pets: list[Cat | CatAgain]
    additional_properties: dict[str, Any] = field(factory=dict)
    from_dict = classmethod(lambda cls, data: ("Pair.from_dict", data))


@define
class Kennel(Mirrored):  # holds models msgspec does not mirror: those are read by their own from_dict
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"name": "name", "pair": "pair", "tagline": "tagline"}
    name: str
    pair: Pair | Unset = UNSET
    tagline: Tagline | Unset = UNSET
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Lodge(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"host": "host", "rooms": "rooms"}
    host: Cat
    rooms: int
    additional_properties: dict[str, Any] = field(factory=dict)


@define
class Solo(Mirrored):
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"pets": "pets"}
    pets: list[Cat | UnknownPet]
    additional_properties: dict[str, Any] = field(factory=dict)
"""


def endpoint_source(model: str) -> str:
    return textwrap.dedent(f"""
        from __future__ import annotations

        from typing import Any

        from {{models}} import {model}


        def _parse_response_body(*, client: Any, response: Any) -> Any:
            if response.status_code == 200:
                return {model}.from_dict(response.json())
            if response.status_code == 204:
                return None
            raise ValueError(f"undocumented status {{response.status_code}}")


        def _parse_success(*, client: Any, response: Any) -> {model}:
            raise AssertionError("the pure Python path: not expected here")
    """)


@pytest.fixture
def models() -> Iterator[ModuleType]:
    module = ModuleType("accelerate_test_models")
    sys.modules[module.__name__] = module
    try:
        exec(MODELS, module.__dict__)  # noqa: S102 - this test's own models
        yield module
    finally:
        del sys.modules[module.__name__]


def endpoint(models: ModuleType, model: str) -> ModuleType:
    module = ModuleType(f"accelerate_test_endpoint_{model.lower()}")
    exec(endpoint_source(model).replace("{models}", models.__name__), module.__dict__)  # noqa: S102
    return module


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    for cache in ("_plans", "_decoders", "_structs", "_converters"):
        monkeypatch.setattr(_accelerate, cache, {})
    monkeypatch.setattr(_accelerate, "_enabled", True)


SHELTER = {
    "pets": [
        {"_type": "Cat", "name": "Tom", "weightKg": 4},
        {"_type": "Dog", "name": "Rex", "bornAt": "2024-01-02T03:04:05Z[GMT]"},
        {"_type": "Cat", "name": "Kit", "weightKg": 3.5},
    ],
    "label": 7,
}


def read(models: ModuleType, body: object, status: int = 200, model: str = "Shelter") -> Any:
    return _accelerate.parse_success(endpoint(models, model), json.dumps(body).encode(), status)


def test_a_body_is_read_into_the_models_by_msgspec(models: ModuleType) -> None:
    shelter = read(models, SHELTER)
    assert isinstance(shelter, models.Shelter) and shelter.label == 7 and shelter.additional_properties == {}
    tom, rex, kit = shelter.pets
    assert (type(tom), type(rex), type(kit)) == (models.Cat, models.Dog, models.Cat)
    assert tom.weight == 4 and type(tom.weight) is int  # an integer stays an int in a number field
    assert kit.weight == 3.5 and rex.born_at.isoformat() == "2024-01-02T03:04:05+00:00"
    assert rex.additional_properties == {} and tom.name == "Tom"
    assert _accelerate._structs[models.Cat].__struct_config__.gc is False  # Structs the GC never walks


def test_the_dict_of_additional_properties_is_left_to_first_use_where_the_model_makes_it(models: ModuleType) -> None:
    tom, rex, _ = read(models, SHELTER).pets
    assert object.__getattribute__(tom, "additional_properties") == {}  # Cat has no lazy __getattr__
    with pytest.raises(AttributeError):
        object.__getattribute__(rex, "additional_properties")  # Dog makes it on first use
    assert rex.additional_properties == {} and rex == models.Dog(name="Rex", born_at=rex.born_at)


def test_the_top_level_members_are_read_from_the_same_decoding(models: ModuleType) -> None:
    kept: list[Any] = []
    body = json.dumps({"host": {"_type": "Cat", "name": "Tom"}, "rooms": 3}).encode()
    lodge = _accelerate.parse_success(endpoint(models, "Lodge"), body, 200, kept.append)
    assert isinstance(lodge, models.Lodge) and lodge.host.name == "Tom" and len(kept) == 1
    (members,) = kept
    assert members("rooms") == 3 and members("elsewhere") is None
    assert members("host") == {"_type": "Cat", "name": "Tom", "weightKg": None}  # left out: null
    assert _accelerate.document_member(object(), "rooms") is _accelerate.MISS  # no Struct: it cannot say
    assert _accelerate.parse_success(endpoint(models, "Lodge"), b"[]", 200, kept.append) is _accelerate.MISS
    assert len(kept) == 1  # nothing kept from a body msgspec did not read


def test_lists_of_models_are_converted_in_place_and_not_read_as_members(models: ModuleType) -> None:
    kept: list[Any] = []
    shelter = _accelerate.parse_success(endpoint(models, "Shelter"), json.dumps(SHELTER).encode(), 200, kept.append)
    (members,) = kept
    document = members.args[0]  # the Struct msgspec read the body into
    assert document.pets is shelter.pets  # msgspec's list, now holding the models
    assert [type(pet) for pet in shelter.pets] == [models.Cat, models.Dog, models.Cat]
    assert members("pets") is _accelerate.MISS and members("label") == 7


@pytest.mark.parametrize(("status", "read_here"), [(199, False), (200, True), (299, True), (300, False)])
def test_only_2xx_statuses_are_read(
    models: ModuleType, status: int, read_here: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ep = endpoint(models, "Shelter")

    def plan(endpoint: ModuleType, status_code: int) -> Any:
        return lambda content: (("read", status_code), None)  # (the model, the Struct), as a plan reads them

    monkeypatch.setattr(_accelerate, "_plan", plan)
    result = _accelerate.parse_success(ep, json.dumps(SHELTER).encode(), status)
    assert (result == ("read", status)) is read_here
    assert (result is _accelerate.MISS) is not read_here


@pytest.mark.parametrize(
    "body",
    [
        {"pets": [{"_type": "Bird", "name": "Tweety"}]},  # an unknown tag: the fallback member, in Python
        {"pets": [{"_type": "Cat", "name": "Tom", "claws": 10}]},  # an unknown key
        {"pets": [{"_type": "Cat", "name": 5}]},  # a wrong JSON type
        {"pets": [], "label": 1.5},  # a number where the union takes a string or an integer
    ],
)
def test_what_msgspec_does_not_read_exactly_is_left_to_python(models: ModuleType, body: object) -> None:
    assert read(models, body) is _accelerate.MISS


def test_a_union_with_two_members_of_one_tag_is_not_mirrored(models: ModuleType) -> None:
    assert read(models, {"pets": [{"_type": "Cat", "name": "Tom"}]}, model="Twins") is _accelerate.MISS
    assert _accelerate._decoders[models.Twins] is None


def test_undocumented_and_bodiless_statuses_are_not_planned(models: ModuleType) -> None:
    ep = endpoint(models, "Shelter")
    assert _accelerate._plan_for(ep, 201) is None  # the parser raises: not a status it reads
    assert _accelerate._plan_for(ep, 204) is None  # read without a body
    assert _accelerate._plan_for(ep, 200) is not None
    without_parser = ModuleType("no_parser")
    without_parser._parse_success = ep._parse_success  # type: ignore[attr-defined]
    assert _accelerate._plan_for(without_parser, 200) is None
    without_success = ModuleType("no_success")
    without_success._parse_response_body = ep._parse_response_body  # type: ignore[attr-defined]
    assert _accelerate._plan_for(without_success, 200) is None


def test_a_return_annotation_that_does_not_resolve_is_not_planned(models: ModuleType) -> None:
    ep = endpoint(models, "Shelter")
    ep._parse_success.__annotations__["return"] = "NoSuchModel"
    assert _accelerate._plan_for(ep, 200) is None


def test_only_models_are_models(models: ModuleType) -> None:
    assert _accelerate._is_model(models.Cat)
    assert not _accelerate._is_model(int)
    assert not _accelerate._is_model(models.Cat(name="x"))  # an instance has the attributes, but is no type

    class KeysOnly:
        __dixa_json_keys__: dict[str, str] = {}

    class AttrsOnly:
        __attrs_attrs__ = ()

    assert not _accelerate._is_model(KeysOnly) and not _accelerate._is_model(AttrsOnly)


def test_a_return_type_that_is_no_model_is_not_planned(models: ModuleType) -> None:
    ep = endpoint(models, "Shelter")
    ep._parse_success.__annotations__["return"] = "list[Shelter]"
    assert _accelerate._plan_for(ep, 200) is None


def test_without_msgspec_nothing_is_read_here(models: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec -> ImportError
    monkeypatch.setattr(_accelerate, "_msgspec", None)
    assert not _accelerate.available() and not _accelerate.enabled()
    assert read(models, SHELTER) is _accelerate.MISS
    assert _accelerate.top_level_member(b'{"meta": {"next": "x"}}', "meta") is _accelerate.MISS


def test_switched_off_nothing_is_read_here(models: ModuleType) -> None:
    assert _accelerate.set_enabled(False) is True
    try:
        assert not _accelerate.enabled() and _accelerate.available()
        assert read(models, SHELTER) is _accelerate.MISS
        assert _accelerate.top_level_member(b'{"meta": {"next": "x"}}', "meta") is _accelerate.MISS
    finally:
        assert _accelerate.set_enabled(True) is False
    assert _accelerate.top_level_member(b'{"meta": {"next": "x"}}', "meta") == {"next": "x"}


def test_untagged_members_are_left_out_of_the_union_msgspec_reads(models: ModuleType) -> None:
    zoo = read(models, {"pets": [{"_type": "Cat", "name": "Tom"}]}, model="Zoo")
    assert isinstance(zoo, models.Zoo) and type(zoo.pets[0]) is models.Cat
    assert read(models, {"pets": [{"name": "Plain"}]}, model="Zoo") is _accelerate.MISS  # Python picks it


def test_models_msgspec_does_not_mirror_are_read_by_their_own_from_dict(models: ModuleType) -> None:
    pair, tagline = {"pets": [{"_type": "Cat", "name": "Tom"}]}, {"value": "x"}
    kennel = read(models, {"name": "Rex's", "pair": pair, "tagline": tagline}, model="Kennel")
    assert isinstance(kennel, models.Kennel) and kennel.name == "Rex's"
    assert kennel.pair == ("Pair.from_dict", pair) and kennel.tagline == ("Tagline.from_dict", tagline)


def test_a_union_with_one_tagged_member_is_not_mirrored(models: ModuleType) -> None:
    """msgspec reads a lone tagged Struct whether or not the body carries its tag; the careful path
    ranks an untagged body among the union's members, so such a union is left to it."""
    assert read(models, {"pets": [{"name": "Tom"}]}, model="Solo") is _accelerate.MISS
    assert read(models, {"pets": [{"_type": "Cat", "name": "Tom"}]}, model="Solo") is _accelerate.MISS
    assert _accelerate._decoders[models.Solo] is None
