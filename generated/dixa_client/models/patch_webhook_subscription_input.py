from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._unions import Variant as _Variant
from .._unions import is_mapping as _is_mapping
from .._unions import resolve as _resolve_union
from .._unions import tag_decoders as _tag_decoders
from .._unions import tagged as _tagged
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.events import Events
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_auth import BasicAuth
    from ..models.map_string import MapString
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.no_auth import NoAuth
    from ..models.token_auth import TokenAuth
    from ..models.unknown_variant import UnknownVariant

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, BasicAuth, MapString, MapWebhookEventTypeFilters, NoAuth, TokenAuth, UnknownVariant
    from ..models.basic_auth import BasicAuth  # noqa: PLC0415
    from ..models.map_string import MapString  # noqa: PLC0415
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
    from ..models.no_auth import NoAuth  # noqa: PLC0415
    from ..models.token_auth import TokenAuth  # noqa: PLC0415
    from ..models.unknown_variant import UnknownVariant  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="PatchWebhookSubscriptionInput")


@_attrs_define
class PatchWebhookSubscriptionInput:
    name: str | Unset = UNSET
    """ The Webhook Subscription name """
    events: list[Events] | Unset = UNSET
    """ The set of events this Webhook Subscription subscribes to. Allowed values: [SLAEvaluationVoided,
    ConversationPending, SLAEvaluationBreached, ConversationMessageAdded, ConversationCustomAttributeUpdated,
    SLAEvaluationAchieved, ConversationAssigned, ConversationMessageDeliveryDelivered,
    ConversationMessageDeliveryInfo, ConversationTransferred, ConversationEnqueued, AgentUnbannedEnduser,
    TypingStarted, ConversationCreated, ConversationUnassigned, ConversationOpen, ConversationAbandoned,
    ConversationClosed, ConversationMessageDeliveryFailed, ConversationTagAdded, ConversationNoteAdded,
    AgentBannedEnduser, ConversationEndUserReplaced, ConversationMessageDeliverySeen, AgentUnbannedIp,
    ConversationMessageDeliverySent, AgentBannedIp, ConversationTagRemoved, ConversationRated, SLAEvaluationPending,
    ConversationMessageDeliverySpamComplaint, ConversationPendingExpired] """
    url: str | Unset = UNSET
    """ URL of the server that the webhook request should be sent to """
    authorization: BasicAuth | NoAuth | TokenAuth | UnknownVariant | Unset = UNSET
    """ Authorization to be added as a header in the webhook request. Can be either, Basic auth, added as 'Basic
    base64encoded(\\<username\\>:\\<password\\>)', Token auth, added as 'Bearer \\<token value\\>', or no auth """
    custom_headers: MapString | Unset = UNSET
    enabled: bool | Unset = UNSET
    """ Defines whether this Webhook Subscription is enabled or disabled """
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        ["name", "events", "url", "authorization", "customHeaders", "enabled", "filters"]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "name": "name",
        "events": "events",
        "url": "url",
        "authorization": "authorization",
        "custom_headers": "customHeaders",
        "enabled": "enabled",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        name = self.name

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        url = self.url

        authorization: dict[str, Any] | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        elif isinstance(self.authorization, BasicAuth):
            authorization = self.authorization.to_dict()
            authorization = _tagged(self.authorization, authorization)
        elif isinstance(self.authorization, NoAuth):
            authorization = self.authorization.to_dict()
            authorization = _tagged(self.authorization, authorization)
        elif isinstance(self.authorization, TokenAuth):
            authorization = self.authorization.to_dict()
            authorization = _tagged(self.authorization, authorization)
        else:
            authorization = self.authorization.to_dict()
            authorization = _tagged(self.authorization, authorization)

        custom_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_headers, Unset):
            custom_headers = self.custom_headers.to_dict()

        enabled = self.enabled

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if events is not UNSET:
            field_dict["events"] = events
        if url is not UNSET:
            field_dict["url"] = url
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if custom_headers is not UNSET:
            field_dict["customHeaders"] = custom_headers
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is PatchWebhookSubscriptionInput:
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
            name = _value if (_value := d.pop("name", UNSET)) is not None else UNSET
            if name is not UNSET:
                _expect_str(name)
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            _events = _value if (_value := d.pop("events", UNSET)) is not None else UNSET
            events: list[Events] | Unset = UNSET
            if _events is not UNSET:
                if not isinstance(_events, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_events, dict) else type(_events).__name__}"
                    )

                events = []
                for _index_events, events_item_data in enumerate(_events):
                    try:
                        events_item = Events.parse(_expect_str(events_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_events) from _exc
                    events.append(events_item)

        except Exception as _exc:
            raise _at(_exc, "events") from _exc

        try:
            url = _value if (_value := d.pop("url", UNSET)) is not None else UNSET
            if url is not UNSET:
                _expect_str(url)
        except Exception as _exc:
            raise _at(_exc, "url") from _exc

        try:
            authorization = cast(
                "BasicAuth | NoAuth | TokenAuth | UnknownVariant | Unset",
                _resolve_union(
                    (_value if (_value := d.pop("authorization", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("BasicAuth", _is_mapping, BasicAuth.from_dict, BasicAuth),
                        _Variant("NoAuth", _is_mapping, NoAuth.from_dict, NoAuth),
                        _Variant("TokenAuth", _is_mapping, TokenAuth.from_dict, TokenAuth),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "authorization") from _exc

        try:
            _custom_headers = _value if (_value := d.pop("customHeaders", UNSET)) is not None else UNSET
            custom_headers: MapString | Unset
            if isinstance(_custom_headers, Unset):
                custom_headers = UNSET
            else:
                custom_headers = MapString.from_dict(_custom_headers)

        except Exception as _exc:
            raise _at(_exc, "customHeaders") from _exc

        try:
            enabled = _value if (_value := d.pop("enabled", UNSET)) is not None else UNSET
            if enabled is not UNSET:
                _expect_bool(enabled)
        except Exception as _exc:
            raise _at(_exc, "enabled") from _exc

        try:
            _filters = _value if (_value := d.pop("filters", UNSET)) is not None else UNSET
            filters: MapWebhookEventTypeFilters | Unset
            if isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = MapWebhookEventTypeFilters.from_dict(_filters)

        except Exception as _exc:
            raise _at(_exc, "filters") from _exc

        _instance = cls(
            name=name,
            events=events,
            url=url,
            authorization=authorization,
            custom_headers=custom_headers,
            enabled=enabled,
            filters=filters,
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
_DIXA_VALUES_Events: dict[Any, Any] = Events._value2member_map_  # see fast.jinja's enum_names
_DIXA_TAGS: dict[str, dict[Any, Callable[[Any], Any]]] = {}  # per union property: tag -> fast decoder
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "events",
        "url",
        "authorization",
        "customHeaders",
        "enabled",
        "filters",
    ]
)


def _decode(_dixa_d: Any) -> PatchWebhookSubscriptionInput:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(PatchWebhookSubscriptionInput)
    _dixa_n = len(_dixa_d) - 0  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.name = _dixa_o.events = _dixa_o.url = _dixa_o.authorization = _dixa_o.custom_headers = (
            _dixa_o.enabled
        ) = _dixa_o.filters = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("name")
    if _dixa_v is None:
        _dixa_o.name = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d.get("events")
    if _dixa_v is None:
        _dixa_o.events = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.events = [(_DIXA_VALUES_Events.get(_dixa_i) or Events.parse(_dixa_i)) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("url")
    if _dixa_v is None:
        _dixa_o.url = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.url = _dixa_v

    _dixa_v = _dixa_d.get("authorization")
    if _dixa_v is None:
        _dixa_o.authorization = UNSET
    else:
        _dixa_n -= 1
        _dixa_tags = _DIXA_TAGS.get("authorization")
        if _dixa_tags is None:
            _dixa_tags = _DIXA_TAGS["authorization"] = _tag_decoders(
                BasicAuth,
                NoAuth,
                TokenAuth,
                UnknownVariant,
            )

        _dixa_decode = _dixa_tags.get(_dixa_v.get("_type")) if _dixa_v.__class__ is dict else None
        if _dixa_decode is None:
            authorization = cast(
                "BasicAuth | NoAuth | TokenAuth | UnknownVariant | Unset",
                _resolve_union(
                    _dixa_v,
                    lambda: (
                        _Variant("BasicAuth", _is_mapping, BasicAuth.from_dict, BasicAuth),
                        _Variant("NoAuth", _is_mapping, NoAuth.from_dict, NoAuth),
                        _Variant("TokenAuth", _is_mapping, TokenAuth.from_dict, TokenAuth),
                        _Variant("UnknownVariant", _is_mapping, UnknownVariant.from_dict, UnknownVariant),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

            _dixa_o.authorization = authorization

        else:
            _dixa_o.authorization = _dixa_decode(_dixa_v)

    _dixa_v = _dixa_d.get("customHeaders")
    if _dixa_v is None:
        _dixa_o.custom_headers = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.custom_headers = MapString.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d.get("enabled")
    if _dixa_v is None:
        _dixa_o.enabled = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v is not True and _dixa_v is not False:
            raise _FastPathMiss
        _dixa_o.enabled = _dixa_v

    _dixa_v = _dixa_d.get("filters")
    if _dixa_v is None:
        _dixa_o.filters = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.filters = MapWebhookEventTypeFilters.__dixa_decode__(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


PatchWebhookSubscriptionInput.__dixa_decode__ = _decode
