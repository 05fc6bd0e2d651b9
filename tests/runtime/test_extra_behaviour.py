"""`additional_properties` made on first use (`_extra.py`): a decoded model without unknown keys leaves the
slot empty (no dict per instance), and reading it gives what a model built by `__init__` has."""

from __future__ import annotations

import copy
import pickle
import threading
from typing import Any

import attrs
import pytest

from dixa_client import models
from dixa_client._extra import lazy_additional_properties


def _has_additional_properties(model: object) -> bool:
    return isinstance(model, type) and attrs.has(model) and "additional_properties" in attrs.fields_dict(model)


def _untagged_models_without_required_keys() -> list[type[Any]]:
    """Generated models that `{}` fits (every property optional, no `_type` tag to consume) read by the fast
    decoder (a typed map is read by the careful path, which keeps the dict it built)."""
    found: list[type[Any]] = []
    for name in models.__all__:
        model: Any = getattr(models, name)
        if (
            _has_additional_properties(model)
            and not model.__dixa_required__
            and model.__dixa_tag__ is None
            and not model.__dixa_fallback__
            and model.__dixa_decode__.__name__ == "_decode"
        ):
            found.append(model)
    assert found, "the pinned document has no model with only optional properties"
    return found


MODELS = _untagged_models_without_required_keys()


def test_every_generated_model_with_additional_properties_makes_them_on_first_use() -> None:
    for name in models.__all__:
        model: Any = getattr(models, name)
        if _has_additional_properties(model):
            assert model.__getattr__ is lazy_additional_properties, name


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_a_decoded_model_without_unknown_keys_holds_no_dict_until_asked(model: type[Any]) -> None:
    decoded = model.from_dict({})
    with pytest.raises(AttributeError):
        object.__getattribute__(decoded, "additional_properties")  # the slot is empty
    extra = decoded.additional_properties
    assert extra == {}
    assert decoded.additional_properties is extra  # made once, then kept
    extra["x-note"] = 1
    assert decoded.to_dict()["x-note"] == 1
    assert decoded["x-note"] == 1


@pytest.mark.parametrize("model", MODELS[:3], ids=lambda model: model.__name__)
def test_a_decoded_model_equals_and_reprs_as_the_one_init_builds(model: type[Any]) -> None:
    built = model()
    decoded = model.from_dict({})
    assert decoded == built and built == decoded
    assert repr(decoded) == repr(built)
    assert model.from_dict({"zz-unknown": [1]}) != built
    assert model.from_dict({"zz-unknown": [1]}).additional_properties == {"zz-unknown": [1]}


@pytest.mark.parametrize("model", MODELS[:3], ids=lambda model: model.__name__)
def test_a_decoded_model_copies_and_pickles_with_its_dict(model: type[Any]) -> None:
    for decoded in (model.from_dict({}), model.from_dict({"zz-unknown": {"a": 1}})):
        for copied in (copy.copy(decoded), copy.deepcopy(decoded), pickle.loads(pickle.dumps(decoded))):
            assert copied == decoded and copied.additional_properties == decoded.additional_properties
        assert attrs.asdict(decoded)["additional_properties"] == decoded.additional_properties


def test_any_other_missing_attribute_is_an_attribute_error_naming_it() -> None:
    decoded = MODELS[0].from_dict({})
    with pytest.raises(AttributeError, match=f"'{MODELS[0].__name__}' object has no attribute 'emial'") as raised:
        decoded.emial  # noqa: B018 - the attribute read is the test
    assert raised.value.name == "emial" and raised.value.obj is decoded
    assert not hasattr(decoded, "emial")


def _read_from_threads(model: Any, threads: int) -> set[int]:
    """The identities of `model.additional_properties` as `threads` threads, started together, see it;
    each adds its own key."""
    start = threading.Barrier(threads)
    seen: list[int] = []

    def read() -> None:
        start.wait()
        model.additional_properties.setdefault(threading.get_ident(), True)
        seen.append(id(model.additional_properties))

    running = [threading.Thread(target=read) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return set(seen)


def test_threads_reading_a_fresh_model_share_one_dict() -> None:
    for _ in range(20):
        decoded = MODELS[0].from_dict({})
        assert len(_read_from_threads(decoded, 8)) == 1
        assert len(decoded.additional_properties) == 8  # no thread's key lost
