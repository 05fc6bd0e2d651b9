"""A model's `additional_properties`, made on first use.

A decoded model whose JSON held no unknown key leaves the slot empty: most models never hold any, and
an empty dict per model instance costs a reader of large pages about a third of its allocations, and
with them whole runs of the cyclic GC. The generated models use `lazy_additional_properties` as their
`__getattr__` (only called when normal lookup fails), so reading the attribute gives the same empty
dict a model built by `__init__` has, made once and then kept in the slot.
"""

from __future__ import annotations

import threading
from typing import Any, Final

__all__ = ["lazy_additional_properties"]

_NAME: Final = "additional_properties"
_lock: Final = threading.Lock()  # two threads reading a fresh model's dict at once get one dict


def lazy_additional_properties(model: object, name: str) -> Any:
    """`__getattr__` of a generated model: an empty `additional_properties`, kept; any other name is missing."""
    if name != _NAME:
        raise AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}", name=name, obj=model)
    with _lock:
        try:
            return object.__getattribute__(model, _NAME)  # set meanwhile by another thread
        except AttributeError:
            extra: dict[str, Any] = {}
            object.__setattr__(model, _NAME, extra)
            return extra
