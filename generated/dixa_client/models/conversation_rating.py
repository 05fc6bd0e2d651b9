from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.conversation_channel import ConversationChannel
from ..models.rating_status import RatingStatus
from ..models.rating_type import RatingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_string import MapString

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, MapString
    from ..models.map_string import MapString  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="ConversationRating")


@_attrs_define
class ConversationRating:
    id: str
    rating_type: RatingType
    conversation_channel: ConversationChannel
    user_id: str
    rating_status: RatingStatus
    timestamps: MapString
    rating_score: int | Unset = UNSET
    rating_comment: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "ratingType", "conversationChannel", "userId", "ratingStatus", "timestamps"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "ratingType",
            "conversationChannel",
            "userId",
            "ratingStatus",
            "timestamps",
            "ratingScore",
            "ratingComment",
            "agentId",
            "language",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "rating_type": "ratingType",
        "conversation_channel": "conversationChannel",
        "user_id": "userId",
        "rating_status": "ratingStatus",
        "timestamps": "timestamps",
        "rating_score": "ratingScore",
        "rating_comment": "ratingComment",
        "agent_id": "agentId",
        "language": "language",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = self.id

        rating_type = self.rating_type.value

        conversation_channel = self.conversation_channel.value

        user_id = self.user_id

        rating_status = self.rating_status.value

        timestamps = self.timestamps.to_dict()

        rating_score = self.rating_score

        rating_comment = self.rating_comment

        agent_id = self.agent_id

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ratingType": rating_type,
                "conversationChannel": conversation_channel,
                "userId": user_id,
                "ratingStatus": rating_status,
                "timestamps": timestamps,
            }
        )
        if rating_score is not UNSET:
            field_dict["ratingScore"] = rating_score
        if rating_comment is not UNSET:
            field_dict["ratingComment"] = rating_comment
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is ConversationRating:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            rating_type = RatingType.parse(_expect_str(d.pop("ratingType")))

        except Exception as _exc:
            raise _at(_exc, "ratingType") from _exc

        try:
            conversation_channel = ConversationChannel.parse(_expect_str(d.pop("conversationChannel")))

        except Exception as _exc:
            raise _at(_exc, "conversationChannel") from _exc

        try:
            user_id = _expect_str(d.pop("userId"))
        except Exception as _exc:
            raise _at(_exc, "userId") from _exc

        try:
            rating_status = RatingStatus.parse(_expect_str(d.pop("ratingStatus")))

        except Exception as _exc:
            raise _at(_exc, "ratingStatus") from _exc

        try:
            timestamps = MapString.from_dict(d.pop("timestamps"))

        except Exception as _exc:
            raise _at(_exc, "timestamps") from _exc

        try:
            rating_score = _value if (_value := d.pop("ratingScore", UNSET)) is not None else UNSET
            if rating_score is not UNSET:
                _expect_int(rating_score)
        except Exception as _exc:
            raise _at(_exc, "ratingScore") from _exc

        try:
            rating_comment = _value if (_value := d.pop("ratingComment", UNSET)) is not None else UNSET
            if rating_comment is not UNSET:
                _expect_str(rating_comment)
        except Exception as _exc:
            raise _at(_exc, "ratingComment") from _exc

        try:
            agent_id = _value if (_value := d.pop("agentId", UNSET)) is not None else UNSET
            if agent_id is not UNSET:
                _expect_str(agent_id)
        except Exception as _exc:
            raise _at(_exc, "agentId") from _exc

        try:
            language = _value if (_value := d.pop("language", UNSET)) is not None else UNSET
            if language is not UNSET:
                _expect_str(language)
        except Exception as _exc:
            raise _at(_exc, "language") from _exc

        _instance = cls(
            id=id,
            rating_type=rating_type,
            conversation_channel=conversation_channel,
            user_id=user_id,
            rating_status=rating_status,
            timestamps=timestamps,
            rating_score=rating_score,
            rating_comment=rating_comment,
            agent_id=agent_id,
            language=language,
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


_new = object.__new__
_DIXA_VALUES_ConversationChannel: dict[Any, Any] = ConversationChannel._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_RatingStatus: dict[Any, Any] = RatingStatus._value2member_map_  # see fast.jinja's enum_names
_DIXA_VALUES_RatingType: dict[Any, Any] = RatingType._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "ratingType",
        "conversationChannel",
        "userId",
        "ratingStatus",
        "timestamps",
        "ratingScore",
        "ratingComment",
        "agentId",
        "language",
    ]
)


def _decode(_dixa_d: Any) -> ConversationRating:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(ConversationRating)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["ratingType"]
    _dixa_o.rating_type = _DIXA_VALUES_RatingType.get(_dixa_v) or RatingType.parse(_dixa_v)

    _dixa_v = _dixa_d["conversationChannel"]
    _dixa_o.conversation_channel = _DIXA_VALUES_ConversationChannel.get(_dixa_v) or ConversationChannel.parse(_dixa_v)

    _dixa_v = _dixa_d["userId"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.user_id = _dixa_v

    _dixa_v = _dixa_d["ratingStatus"]
    _dixa_o.rating_status = _DIXA_VALUES_RatingStatus.get(_dixa_v) or RatingStatus.parse(_dixa_v)

    _dixa_v = _dixa_d["timestamps"]
    _dixa_o.timestamps = MapString.__dixa_decode__(_dixa_v)

    _dixa_n = len(_dixa_d) - 6  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.rating_score = _dixa_o.rating_comment = _dixa_o.agent_id = _dixa_o.language = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("ratingScore")
    if _dixa_v is None:
        _dixa_o.rating_score = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.rating_score = _dixa_v

    _dixa_v = _dixa_d.get("ratingComment")
    if _dixa_v is None:
        _dixa_o.rating_comment = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.rating_comment = _dixa_v

    _dixa_v = _dixa_d.get("agentId")
    if _dixa_v is None:
        _dixa_o.agent_id = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.agent_id = _dixa_v

    _dixa_v = _dixa_d.get("language")
    if _dixa_v is None:
        _dixa_o.language = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.language = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


ConversationRating.__dixa_decode__ = _decode
