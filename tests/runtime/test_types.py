"""`UNSET` reads as itself wherever it is shown (its repr, model reprs, help() signatures) and stays the
one UNSET through copy and pickle."""

from __future__ import annotations

import copy
import importlib
import inspect
import pickle
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

import dixa_client.api
from dixa_client.api.tags import get_tags
from dixa_client.types import UNSET, Unset
from tests.pinned_models import returned

ListTagsOutput = returned(get_tags)  # a model whose one field is optional


def test_unset_reprs_as_its_name() -> None:
    assert repr(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset) and not UNSET


def test_unset_stays_the_one_unset_through_copy_and_pickle() -> None:
    for copied in (copy.copy(UNSET), copy.deepcopy(UNSET), pickle.loads(pickle.dumps(UNSET))):
        assert copied is UNSET
    output = copy.deepcopy(ListTagsOutput.from_dict({}))
    assert output.data is UNSET and output.to_dict() == {}  # a copied model still leaves the field out
    assert pickle.loads(pickle.dumps(output)) == output


def test_a_model_repr_shows_unset_fields_by_name() -> None:
    output = ListTagsOutput.from_dict({})
    assert output.data is UNSET
    assert "data=UNSET" in repr(output)
    assert "object at 0x" not in repr(output)


def low_level_functions() -> Iterator[Callable[..., Any]]:
    for module_info in pkgutil.walk_packages(dixa_client.api.__path__, "dixa_client.api."):
        module = importlib.import_module(module_info.name)
        function = getattr(module, "sync_detailed", None)
        if function is not None:
            yield function


def test_signatures_show_unset_defaults_by_name() -> None:
    with_unset = [
        f for f in low_level_functions() if any(p.default is UNSET for p in inspect.signature(f).parameters.values())
    ]
    assert with_unset, "the document has optional parameters"
    for function in with_unset:
        signature = str(inspect.signature(function))
        assert "= UNSET" in signature and "object at 0x" not in signature
