from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.webhook_headers_map_string_string import WebhookHeadersMapStringString


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
    subscribed_events: list[str] | Unset = UNSET
    """ The set of events this Webhook Subscription is subscribed to """
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = str(self.id)

        name = self.name

        url = self.url

        headers = self.headers.to_dict()

        secret_key = self.secret_key

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        created_by = str(self.created_by)

        updated_at = self.updated_at.isoformat()

        updated_by = str(self.updated_by)

        subscribed_events: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_events, Unset):
            subscribed_events = self.subscribed_events

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
        from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
        from ..models.webhook_headers_map_string_string import WebhookHeadersMapStringString  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        url = d.pop("url")

        headers = WebhookHeadersMapStringString.from_dict(d.pop("headers"))

        secret_key = d.pop("secretKey")

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = UUID(d.pop("createdBy"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        updated_by = UUID(d.pop("updatedBy"))

        subscribed_events = cast(list[str], d.pop("subscribedEvents", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: MapWebhookEventTypeFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MapWebhookEventTypeFilters.from_dict(_filters)

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
