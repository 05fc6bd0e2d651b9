from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime as _format_datetime
from .._datetime import from_iso as _from_iso
from .._datetime import parse_datetime as _parse_datetime
from .._datetime import read_timestamp as _read_timestamp
from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import UNKNOWN_SAFETY as _UNKNOWN_SAFETY
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_bool as _expect_bool
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from .._validation import parse_uuid as _parse_uuid
from .._validation import read_uuid as _read_uuid
from .._validation import set_uuid_int as _set_uuid_int
from .._validation import set_uuid_safety as _set_uuid_safety
from ..models.events import Events
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.webhook_headers_map_string_string import WebhookHeadersMapStringString

_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """The models this one refers to, imported on first use, once (they may import this module too)."""
    global _lazy_imports_loaded, MapWebhookEventTypeFilters, WebhookHeadersMapStringString
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
    from ..models.webhook_headers_map_string_string import WebhookHeadersMapStringString  # noqa: PLC0415

    _lazy_imports_loaded = True


T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    id: UUID
    """ The Webhook Subscription ID """
    name: str
    """ The Webhook Subscription name """
    url: str
    """ URL of the server that the webhook request should be sent to """
    headers: WebhookHeadersMapStringString
    """ The headers that will be added to the webhook request """
    secret_key: str
    """ Dixa generated secret key, used to sign the requests """
    enabled: bool
    """ Defines whether this Webhook Subscription is enabled or disabled """
    created_at: datetime.datetime
    """ Date when this Webhook Subscription was created """
    created_by: UUID
    """ The ID of the user who created this Webhook Subscription """
    updated_at: datetime.datetime
    """ Date when this Webhook Subscription was last updated """
    updated_by: UUID
    """ The ID of the user who last updated this Webhook Subscription """
    subscribed_events: list[Events] | Unset = UNSET
    """ The set of events this Webhook Subscription is subscribed to """
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(
        ["id", "name", "url", "headers", "secretKey", "enabled", "createdAt", "createdBy", "updatedAt", "updatedBy"]
    )
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "name",
            "url",
            "headers",
            "secretKey",
            "enabled",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "subscribedEvents",
            "filters",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "url": "url",
        "headers": "headers",
        "secret_key": "secretKey",
        "enabled": "enabled",
        "created_at": "createdAt",
        "created_by": "createdBy",
        "updated_at": "updatedAt",
        "updated_by": "updatedBy",
        "subscribed_events": "subscribedEvents",
        "filters": "filters",
    }

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_loaded:
            _load_lazy_imports()
        _check_request(self)
        id = str(self.id)

        name = self.name

        url = self.url

        headers = self.headers.to_dict()

        secret_key = self.secret_key

        enabled = self.enabled

        created_at = _format_datetime(self.created_at)

        created_by = str(self.created_by)

        updated_at = _format_datetime(self.updated_at)

        updated_by = str(self.updated_by)

        subscribed_events: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_events, Unset):
            subscribed_events = []
            for subscribed_events_item_data in self.subscribed_events:
                subscribed_events_item = subscribed_events_item_data.value
                subscribed_events.append(subscribed_events_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "headers": headers,
                "secretKey": secret_key,
                "enabled": enabled,
                "createdAt": created_at,
                "createdBy": created_by,
                "updatedAt": updated_at,
                "updatedBy": updated_by,
            }
        )
        if subscribed_events is not UNSET:
            field_dict["subscribedEvents"] = subscribed_events
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is WebhookSubscription:
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
            id = _parse_uuid(d.pop("id"))

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            url = _expect_str(d.pop("url"))
        except Exception as _exc:
            raise _at(_exc, "url") from _exc

        try:
            headers = WebhookHeadersMapStringString.from_dict(d.pop("headers"))

        except Exception as _exc:
            raise _at(_exc, "headers") from _exc

        try:
            secret_key = _expect_str(d.pop("secretKey"))
        except Exception as _exc:
            raise _at(_exc, "secretKey") from _exc

        try:
            enabled = _expect_bool(d.pop("enabled"))
        except Exception as _exc:
            raise _at(_exc, "enabled") from _exc

        try:
            created_at = _parse_datetime(d.pop("createdAt"))

        except Exception as _exc:
            raise _at(_exc, "createdAt") from _exc

        try:
            created_by = _parse_uuid(d.pop("createdBy"))

        except Exception as _exc:
            raise _at(_exc, "createdBy") from _exc

        try:
            updated_at = _parse_datetime(d.pop("updatedAt"))

        except Exception as _exc:
            raise _at(_exc, "updatedAt") from _exc

        try:
            updated_by = _parse_uuid(d.pop("updatedBy"))

        except Exception as _exc:
            raise _at(_exc, "updatedBy") from _exc

        try:
            _subscribed_events = _value if (_value := d.pop("subscribedEvents", UNSET)) is not None else UNSET
            subscribed_events: list[Events] | Unset = UNSET
            if _subscribed_events is not UNSET:
                if not isinstance(_subscribed_events, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_subscribed_events, dict) else type(_subscribed_events).__name__}"
                    )

                subscribed_events = []
                for _index_subscribed_events, subscribed_events_item_data in enumerate(_subscribed_events):
                    try:
                        subscribed_events_item = Events.parse(_expect_str(subscribed_events_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_subscribed_events) from _exc
                    subscribed_events.append(subscribed_events_item)

        except Exception as _exc:
            raise _at(_exc, "subscribedEvents") from _exc

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
            id=id,
            name=name,
            url=url,
            headers=headers,
            secret_key=secret_key,
            enabled=enabled,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
            subscribed_events=subscribed_events,
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
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "name",
        "url",
        "headers",
        "secretKey",
        "enabled",
        "createdAt",
        "createdBy",
        "updatedAt",
        "updatedBy",
        "subscribedEvents",
        "filters",
    ]
)


def _decode(_dixa_d: Any) -> WebhookSubscription:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if not _lazy_imports_loaded:
        _load_lazy_imports()
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(WebhookSubscription)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.id = _dixa_u
    else:
        _dixa_o.id = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["name"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d["url"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.url = _dixa_v

    _dixa_v = _dixa_d["headers"]
    _dixa_o.headers = WebhookHeadersMapStringString.__dixa_decode__(_dixa_v)

    _dixa_v = _dixa_d["secretKey"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.secret_key = _dixa_v

    _dixa_v = _dixa_d["enabled"]
    if _dixa_v is not True and _dixa_v is not False:
        raise _FastPathMiss
    _dixa_o.enabled = _dixa_v

    _dixa_v = _dixa_d["createdAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.created_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.created_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["createdBy"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.created_by = _dixa_u
    else:
        _dixa_o.created_by = _read_uuid(_dixa_v)

    _dixa_v = _dixa_d["updatedAt"]
    if _dixa_v.__class__ is str and len(_dixa_v) >= 21 and _dixa_v[10] == "T" and _dixa_v[-6:] == "Z[GMT]":
        _dixa_o.updated_at = _from_iso(_dixa_v[:-5])
    else:
        _dixa_o.updated_at = _read_timestamp(_dixa_v)

    _dixa_v = _dixa_d["updatedBy"]
    if _dixa_v.__class__ is str and len(_dixa_v) == 36 and len(_dixa_h := _dixa_v.replace("-", "")) == 32:
        _dixa_u = _new(UUID)
        _set_uuid_int(_dixa_u, int(_dixa_h, 16))
        _set_uuid_safety(_dixa_u, _UNKNOWN_SAFETY)
        _dixa_o.updated_by = _dixa_u
    else:
        _dixa_o.updated_by = _read_uuid(_dixa_v)

    _dixa_n = len(_dixa_d) - 10  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.subscribed_events = _dixa_o.filters = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("subscribedEvents")
    if _dixa_v is None:
        _dixa_o.subscribed_events = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.subscribed_events = [(_DIXA_VALUES_Events.get(_dixa_i) or Events.parse(_dixa_i)) for _dixa_i in _dixa_v]

    _dixa_v = _dixa_d.get("filters")
    if _dixa_v is None:
        _dixa_o.filters = UNSET
    else:
        _dixa_n -= 1
        _dixa_o.filters = MapWebhookEventTypeFilters.__dixa_decode__(_dixa_v)

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


WebhookSubscription.__dixa_decode__ = _decode
