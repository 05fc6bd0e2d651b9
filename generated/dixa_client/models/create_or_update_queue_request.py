from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_int as _expect_int
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.offer_algorithm import OfferAlgorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_conversation_channel_int import MapConversationChannelInt
    from ..models.map_queue_threshold_int import MapQueueThresholdInt

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, MapConversationChannelInt, MapQueueThresholdInt
    from ..models.map_conversation_channel_int import MapConversationChannelInt  # noqa: PLC0415
    from ..models.map_queue_threshold_int import MapQueueThresholdInt  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="CreateOrUpdateQueueRequest")


@_attrs_define
class CreateOrUpdateQueueRequest:
    name: str
    call_functionality: bool
    is_default: bool
    is_do_not_offer_enabled: bool
    queue_thresholds: MapQueueThresholdInt | Unset = UNSET
    """ values: [SlaTimeLimit, AvailableAgents, LongestWait, SlaPercentage, WaitingConversations] """
    offer_timeout: int | Unset = UNSET
    offer_algorithm: OfferAlgorithm | Unset = UNSET
    wrapup_timeout: int | Unset = UNSET
    priority: int | Unset = UNSET
    offer_abandoned_conversations: bool | Unset = UNSET
    do_not_offer_timeouts: MapConversationChannelInt | Unset = UNSET
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    preferred_agent_timeouts: MapConversationChannelInt | Unset = UNSET
    """ values: [WhatsApp, Voicemail, WidgetChat, FacebookMessenger, Twitter, Email, ContactForm, Callback,
    PstnPhone, Sms, Messenger] """
    is_preferred_agent_enabled: bool | Unset = UNSET
    preferred_agent_offline_timeout: int | Unset = UNSET
    personal_agent_offline_timeout: int | Unset = UNSET
    is_restricted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["name", "callFunctionality", "isDefault", "isDoNotOfferEnabled"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "name",
            "callFunctionality",
            "isDefault",
            "isDoNotOfferEnabled",
            "queueThresholds",
            "offerTimeout",
            "offerAlgorithm",
            "wrapupTimeout",
            "priority",
            "offerAbandonedConversations",
            "doNotOfferTimeouts",
            "preferredAgentTimeouts",
            "isPreferredAgentEnabled",
            "preferredAgentOfflineTimeout",
            "personalAgentOfflineTimeout",
            "isRestricted",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "name": "name",
        "call_functionality": "callFunctionality",
        "is_default": "isDefault",
        "is_do_not_offer_enabled": "isDoNotOfferEnabled",
        "queue_thresholds": "queueThresholds",
        "offer_timeout": "offerTimeout",
        "offer_algorithm": "offerAlgorithm",
        "wrapup_timeout": "wrapupTimeout",
        "priority": "priority",
        "offer_abandoned_conversations": "offerAbandonedConversations",
        "do_not_offer_timeouts": "doNotOfferTimeouts",
        "preferred_agent_timeouts": "preferredAgentTimeouts",
        "is_preferred_agent_enabled": "isPreferredAgentEnabled",
        "preferred_agent_offline_timeout": "preferredAgentOfflineTimeout",
        "personal_agent_offline_timeout": "personalAgentOfflineTimeout",
        "is_restricted": "isRestricted",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        name = self.name

        call_functionality = self.call_functionality

        is_default = self.is_default

        is_do_not_offer_enabled = self.is_do_not_offer_enabled

        queue_thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue_thresholds, Unset):
            queue_thresholds = self.queue_thresholds.to_dict()

        offer_timeout = self.offer_timeout

        offer_algorithm: str | Unset = UNSET
        if not isinstance(self.offer_algorithm, Unset):
            offer_algorithm = self.offer_algorithm.value

        wrapup_timeout = self.wrapup_timeout

        priority = self.priority

        offer_abandoned_conversations = self.offer_abandoned_conversations

        do_not_offer_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_offer_timeouts, Unset):
            do_not_offer_timeouts = self.do_not_offer_timeouts.to_dict()

        preferred_agent_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = self.preferred_agent_timeouts.to_dict()

        is_preferred_agent_enabled = self.is_preferred_agent_enabled

        preferred_agent_offline_timeout = self.preferred_agent_offline_timeout

        personal_agent_offline_timeout = self.personal_agent_offline_timeout

        is_restricted = self.is_restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "callFunctionality": call_functionality,
                "isDefault": is_default,
                "isDoNotOfferEnabled": is_do_not_offer_enabled,
            }
        )
        if queue_thresholds is not UNSET:
            field_dict["queueThresholds"] = queue_thresholds
        if offer_timeout is not UNSET:
            field_dict["offerTimeout"] = offer_timeout
        if offer_algorithm is not UNSET:
            field_dict["offerAlgorithm"] = offer_algorithm
        if wrapup_timeout is not UNSET:
            field_dict["wrapupTimeout"] = wrapup_timeout
        if priority is not UNSET:
            field_dict["priority"] = priority
        if offer_abandoned_conversations is not UNSET:
            field_dict["offerAbandonedConversations"] = offer_abandoned_conversations
        if do_not_offer_timeouts is not UNSET:
            field_dict["doNotOfferTimeouts"] = do_not_offer_timeouts
        if preferred_agent_timeouts is not UNSET:
            field_dict["preferredAgentTimeouts"] = preferred_agent_timeouts
        if is_preferred_agent_enabled is not UNSET:
            field_dict["isPreferredAgentEnabled"] = is_preferred_agent_enabled
        if preferred_agent_offline_timeout is not UNSET:
            field_dict["preferredAgentOfflineTimeout"] = preferred_agent_offline_timeout
        if personal_agent_offline_timeout is not UNSET:
            field_dict["personalAgentOfflineTimeout"] = personal_agent_offline_timeout
        if is_restricted is not UNSET:
            field_dict["isRestricted"] = is_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is CreateOrUpdateQueueRequest:
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
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            call_functionality = _expect_bool(d.pop("callFunctionality"))
        except Exception as _exc:
            raise _at(_exc, "callFunctionality") from _exc

        try:
            is_default = _expect_bool(d.pop("isDefault"))
        except Exception as _exc:
            raise _at(_exc, "isDefault") from _exc

        try:
            is_do_not_offer_enabled = _expect_bool(d.pop("isDoNotOfferEnabled"))
        except Exception as _exc:
            raise _at(_exc, "isDoNotOfferEnabled") from _exc

        try:
            _queue_thresholds = _value if (_value := d.pop("queueThresholds", UNSET)) is not None else UNSET
            queue_thresholds: MapQueueThresholdInt | Unset
            if isinstance(_queue_thresholds, Unset):
                queue_thresholds = UNSET
            else:
                queue_thresholds = MapQueueThresholdInt.from_dict(_queue_thresholds)

        except Exception as _exc:
            raise _at(_exc, "queueThresholds") from _exc

        try:
            offer_timeout = _value if (_value := d.pop("offerTimeout", UNSET)) is not None else UNSET
            if offer_timeout is not UNSET:
                _expect_int(offer_timeout)
        except Exception as _exc:
            raise _at(_exc, "offerTimeout") from _exc

        try:
            _offer_algorithm = _value if (_value := d.pop("offerAlgorithm", UNSET)) is not None else UNSET
            offer_algorithm: OfferAlgorithm | Unset
            if isinstance(_offer_algorithm, Unset):
                offer_algorithm = UNSET
            else:
                offer_algorithm = OfferAlgorithm.parse(_expect_str(_offer_algorithm))

        except Exception as _exc:
            raise _at(_exc, "offerAlgorithm") from _exc

        try:
            wrapup_timeout = _value if (_value := d.pop("wrapupTimeout", UNSET)) is not None else UNSET
            if wrapup_timeout is not UNSET:
                _expect_int(wrapup_timeout)
        except Exception as _exc:
            raise _at(_exc, "wrapupTimeout") from _exc

        try:
            priority = _value if (_value := d.pop("priority", UNSET)) is not None else UNSET
            if priority is not UNSET:
                _expect_int(priority)
        except Exception as _exc:
            raise _at(_exc, "priority") from _exc

        try:
            offer_abandoned_conversations = (
                _value if (_value := d.pop("offerAbandonedConversations", UNSET)) is not None else UNSET
            )
            if offer_abandoned_conversations is not UNSET:
                _expect_bool(offer_abandoned_conversations)
        except Exception as _exc:
            raise _at(_exc, "offerAbandonedConversations") from _exc

        try:
            _do_not_offer_timeouts = _value if (_value := d.pop("doNotOfferTimeouts", UNSET)) is not None else UNSET
            do_not_offer_timeouts: MapConversationChannelInt | Unset
            if isinstance(_do_not_offer_timeouts, Unset):
                do_not_offer_timeouts = UNSET
            else:
                do_not_offer_timeouts = MapConversationChannelInt.from_dict(_do_not_offer_timeouts)

        except Exception as _exc:
            raise _at(_exc, "doNotOfferTimeouts") from _exc

        try:
            _preferred_agent_timeouts = (
                _value if (_value := d.pop("preferredAgentTimeouts", UNSET)) is not None else UNSET
            )
            preferred_agent_timeouts: MapConversationChannelInt | Unset
            if isinstance(_preferred_agent_timeouts, Unset):
                preferred_agent_timeouts = UNSET
            else:
                preferred_agent_timeouts = MapConversationChannelInt.from_dict(_preferred_agent_timeouts)

        except Exception as _exc:
            raise _at(_exc, "preferredAgentTimeouts") from _exc

        try:
            is_preferred_agent_enabled = (
                _value if (_value := d.pop("isPreferredAgentEnabled", UNSET)) is not None else UNSET
            )
            if is_preferred_agent_enabled is not UNSET:
                _expect_bool(is_preferred_agent_enabled)
        except Exception as _exc:
            raise _at(_exc, "isPreferredAgentEnabled") from _exc

        try:
            preferred_agent_offline_timeout = (
                _value if (_value := d.pop("preferredAgentOfflineTimeout", UNSET)) is not None else UNSET
            )
            if preferred_agent_offline_timeout is not UNSET:
                _expect_int(preferred_agent_offline_timeout)
        except Exception as _exc:
            raise _at(_exc, "preferredAgentOfflineTimeout") from _exc

        try:
            personal_agent_offline_timeout = (
                _value if (_value := d.pop("personalAgentOfflineTimeout", UNSET)) is not None else UNSET
            )
            if personal_agent_offline_timeout is not UNSET:
                _expect_int(personal_agent_offline_timeout)
        except Exception as _exc:
            raise _at(_exc, "personalAgentOfflineTimeout") from _exc

        try:
            is_restricted = _value if (_value := d.pop("isRestricted", UNSET)) is not None else UNSET
            if is_restricted is not UNSET:
                _expect_bool(is_restricted)
        except Exception as _exc:
            raise _at(_exc, "isRestricted") from _exc

        _instance = cls(
            name=name,
            call_functionality=call_functionality,
            is_default=is_default,
            is_do_not_offer_enabled=is_do_not_offer_enabled,
            queue_thresholds=queue_thresholds,
            offer_timeout=offer_timeout,
            offer_algorithm=offer_algorithm,
            wrapup_timeout=wrapup_timeout,
            priority=priority,
            offer_abandoned_conversations=offer_abandoned_conversations,
            do_not_offer_timeouts=do_not_offer_timeouts,
            preferred_agent_timeouts=preferred_agent_timeouts,
            is_preferred_agent_enabled=is_preferred_agent_enabled,
            preferred_agent_offline_timeout=preferred_agent_offline_timeout,
            personal_agent_offline_timeout=personal_agent_offline_timeout,
            is_restricted=is_restricted,
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
_DIXA_VALUES_OfferAlgorithm: dict[Any, Any] = OfferAlgorithm._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "callFunctionality",
        "isDefault",
        "isDoNotOfferEnabled",
        "queueThresholds",
        "offerTimeout",
        "offerAlgorithm",
        "wrapupTimeout",
        "priority",
        "offerAbandonedConversations",
        "doNotOfferTimeouts",
        "preferredAgentTimeouts",
        "isPreferredAgentEnabled",
        "preferredAgentOfflineTimeout",
        "personalAgentOfflineTimeout",
        "isRestricted",
    ]
)


def _decode(_dixa_d: Any) -> CreateOrUpdateQueueRequest:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(CreateOrUpdateQueueRequest)
    _dixa_v = _dixa_d["name"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d["callFunctionality"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.call_functionality = _dixa_v

    _dixa_v = _dixa_d["isDefault"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_default = _dixa_v

    _dixa_v = _dixa_d["isDoNotOfferEnabled"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.is_do_not_offer_enabled = _dixa_v

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.queue_thresholds = _dixa_o.offer_timeout = _dixa_o.offer_algorithm = _dixa_o.wrapup_timeout = (
            _dixa_o.priority
        ) = _dixa_o.offer_abandoned_conversations = _dixa_o.do_not_offer_timeouts = _dixa_o.preferred_agent_timeouts = (
            _dixa_o.is_preferred_agent_enabled
        ) = _dixa_o.preferred_agent_offline_timeout = _dixa_o.personal_agent_offline_timeout = _dixa_o.is_restricted = (
            UNSET
        )
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("queueThresholds")
    if _dixa_v is None:
        _dixa_o.queue_thresholds = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.queue_thresholds = MapQueueThresholdInt.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("offerTimeout")
    if _dixa_v is None:
        _dixa_o.offer_timeout = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.offer_timeout = _dixa_v

    _dixa_v = _dixa_d.get("offerAlgorithm")
    if _dixa_v is None:
        _dixa_o.offer_algorithm = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.offer_algorithm = _DIXA_VALUES_OfferAlgorithm.get(_dixa_v) or OfferAlgorithm.parse(_dixa_v)

    _dixa_v = _dixa_d.get("wrapupTimeout")
    if _dixa_v is None:
        _dixa_o.wrapup_timeout = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.wrapup_timeout = _dixa_v

    _dixa_v = _dixa_d.get("priority")
    if _dixa_v is None:
        _dixa_o.priority = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.priority = _dixa_v

    _dixa_v = _dixa_d.get("offerAbandonedConversations")
    if _dixa_v is None:
        _dixa_o.offer_abandoned_conversations = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.offer_abandoned_conversations = _dixa_v

    _dixa_v = _dixa_d.get("doNotOfferTimeouts")
    if _dixa_v is None:
        _dixa_o.do_not_offer_timeouts = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.do_not_offer_timeouts = MapConversationChannelInt.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("preferredAgentTimeouts")
    if _dixa_v is None:
        _dixa_o.preferred_agent_timeouts = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.preferred_agent_timeouts = MapConversationChannelInt.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("isPreferredAgentEnabled")
    if _dixa_v is None:
        _dixa_o.is_preferred_agent_enabled = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.is_preferred_agent_enabled = _dixa_v

    _dixa_v = _dixa_d.get("preferredAgentOfflineTimeout")
    if _dixa_v is None:
        _dixa_o.preferred_agent_offline_timeout = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.preferred_agent_offline_timeout = _dixa_v

    _dixa_v = _dixa_d.get("personalAgentOfflineTimeout")
    if _dixa_v is None:
        _dixa_o.personal_agent_offline_timeout = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not int:
            raise _FastPathMiss
        _dixa_o.personal_agent_offline_timeout = _dixa_v

    _dixa_v = _dixa_d.get("isRestricted")
    if _dixa_v is None:
        _dixa_o.is_restricted = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.is_restricted = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


CreateOrUpdateQueueRequest.__dixa_decode__ = _decode
