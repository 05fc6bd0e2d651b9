from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, ActivityLogUser
    from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationRatedAttribute")


@_attrs_define
class ConversationRatedAttribute:
    agent: ActivityLogUser | Unset = UNSET
    score: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = "ConversationRatedAttribute"
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["agent", "score", "message"])
    __dixa_fallback__: ClassVar[bool] = False
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {"agent": "agent", "score": "score", "message": "message"}

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        score = self.score

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if score is not UNSET:
            field_dict["score"] = score
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        d.pop("_type", None)  # the tag chose this class; the union holding it writes it back
        try:
            _agent = _value if (_value := d.pop("agent", UNSET)) is not None else UNSET
            agent: ActivityLogUser | Unset
            if isinstance(_agent, Unset):
                agent = UNSET
            else:
                agent = ActivityLogUser.from_dict(_agent)

        except Exception as _exc:
            raise _at(_exc, "agent") from _exc

        try:
            score = _value if (_value := d.pop("score", UNSET)) is not None else UNSET
            if score is not UNSET:
                _expect_int(score)
        except Exception as _exc:
            raise _at(_exc, "score") from _exc

        try:
            message = _value if (_value := d.pop("message", UNSET)) is not None else UNSET
            if message is not UNSET:
                _expect_str(message)
        except Exception as _exc:
            raise _at(_exc, "message") from _exc

        _instance = cls(
            agent=agent,
            score=score,
            message=message,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
