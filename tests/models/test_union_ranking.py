"""How a union ranks its variants, on made-up models whose keys are chosen to make each rule decide."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from dixa_client._unions import Resolver, Variant, accepts_anything, identity, is_mapping, resolve, tag_decoders
from dixa_client.types import UNSET


def model(name: str, required: Iterable[str] = (), known: Iterable[str] = (), tag: str | None = None) -> Variant:
    """A variant standing for a generated model: its parse says which one was chosen."""
    attributes: dict[str, Any] = {
        "__dixa_required__": frozenset(required),
        "__dixa_keys__": frozenset(known) | frozenset(required),
        "__dixa_tag__": tag,
    }
    return Variant(name, is_mapping, lambda _data: name, model=type(name, (), attributes))


def chosen(variants: list[Variant], data: object) -> Any:
    """The choice, which must not depend on the order the document lists the variants in."""
    forward, backward = Resolver(variants).resolve(data), Resolver(variants[::-1]).resolve(data)
    assert forward == backward
    return forward


def test_of_two_variants_with_one_tag_the_first_name_wins() -> None:
    # Without the tag Beta would win (the smaller model): the tag decides, and the first name of the two.
    variants = [model("Beta", tag="Thing"), model("Alpha", known=["x", "y"], tag="Thing")]
    assert chosen(variants, {"_type": "Thing"}) == "Alpha"


def test_a_variant_whose_required_keys_are_missing_is_never_chosen() -> None:
    # Wanting (a, b) would rank first by its two required keys, but `b` is absent.
    variants = [model("Wanting", required=["a", "b"]), model("Loose", known=["a", "c"])]
    assert chosen(variants, {"a": 1, "c": 2}) == "Loose"


def test_without_any_fitting_variant_the_error_names_the_keys() -> None:
    with pytest.raises(ValueError, match=r"no variant fits .*\['c'\].*Wanting"):
        Resolver([model("Wanting", required=["a"])]).resolve({"c": 1})


def test_more_required_keys_present_outranks_more_known_keys() -> None:
    variants = [model("Strict", required=["id"]), model("Broad", known=["id", "x", "y"])]
    assert chosen(variants, {"id": 1, "x": 2, "y": 3}) == "Strict"


def test_with_equal_required_keys_the_variant_knowing_more_of_the_value_wins() -> None:
    variants = [model("Alpha", required=["id"], known=["x"]), model("Beta", required=["id"], known=["x", "y"])]
    assert chosen(variants, {"id": 1, "x": 2, "y": 3}) == "Beta"


def test_a_full_tie_goes_to_the_smaller_model_before_the_name() -> None:
    variants = [model("Alpha", known=["x", "y", "z"]), model("Beta", known=["x"])]
    assert chosen(variants, {"x": 1}) == "Beta"


def test_a_full_tie_of_equal_models_goes_to_the_first_name() -> None:
    variants = [model("Beta", known=["x"]), model("Alpha", known=["x"])]
    assert chosen(variants, {"x": 1}) == "Alpha"


def test_the_plain_pass_through_is_tried_after_every_parser() -> None:
    number = Variant("Zeta", lambda v: isinstance(v, str), int)
    anything = Variant("Any", accepts_anything, identity, plain=True)
    assert Resolver([anything, number]).resolve("5") == 5
    assert Resolver([anything, number]).resolve("five") == "five"  # the parser refused: pass-through


def test_when_every_parser_refuses_the_last_error_is_raised() -> None:
    number = Variant("Number", lambda v: isinstance(v, str), int)
    with pytest.raises(ValueError, match="invalid literal"):
        Resolver([number]).resolve("five")
    with pytest.raises(TypeError, match="expected one of Number, got list"):
        Resolver([number]).resolve([])


def decodable(name: str, tag: str | None, fallback: bool | None = False) -> type:
    """A model class with a decoder; `fallback=None` leaves the marker out, as on most models."""
    marker = {} if fallback is None else {"__dixa_fallback__": fallback}
    return type(name, (), {"__dixa_tag__": tag, "__dixa_decode__": name, **marker})


def test_the_fast_tag_table_makes_the_same_choices_as_the_resolver() -> None:
    table = tag_decoders(
        decodable("Beta", "Thing"),
        decodable("Alpha", "Thing"),
        decodable("Plain", None),
        decodable("Unknown", "Unknown", fallback=True),
        decodable("Other", "Other", fallback=None),
    )
    assert dict(table.items()) == {"Thing": "Alpha", "Other": "Other"}  # each model's decoder: its name here


def number_or_model() -> list[Variant]:
    return [Variant("int", lambda v: isinstance(v, int), int), model("Thing", known=["x"])]


def test_absent_and_null_pass_through_only_where_the_site_allows_them() -> None:
    assert resolve(UNSET, number_or_model, unset_ok=True) is UNSET
    assert resolve(None, number_or_model, none_ok=True) is None
    assert resolve(3, number_or_model, unset_ok=True, none_ok=True) == 3
    for value in (UNSET, None):
        with pytest.raises(TypeError, match="expected one of Thing, int"):
            resolve(value, number_or_model)
    with pytest.raises(TypeError, match="expected one of"):
        resolve(None, number_or_model, unset_ok=True)
    with pytest.raises(TypeError, match="expected one of"):
        resolve(UNSET, number_or_model, none_ok=True)


def test_a_value_that_is_no_object_never_goes_to_the_models() -> None:
    assert Resolver(number_or_model()).resolve(7) == 7
    assert Resolver(number_or_model()).resolve({"x": 1}) == "Thing"
