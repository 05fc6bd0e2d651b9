from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_auth import BasicAuth
    from ..models.map_string import MapString
    from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters
    from ..models.no_auth import NoAuth
    from ..models.token_auth import TokenAuth


T = TypeVar("T", bound="PatchWebhookSubscriptionInput")


@_attrs_define
class PatchWebhookSubscriptionInput:
    name: str | Unset = UNSET
    """ The Webhook Subscription name """
    events: list[str] | Unset = UNSET
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
    authorization: BasicAuth | NoAuth | TokenAuth | Unset = UNSET
    """ Authorization to be added as a header in the webhook request. Can be either, Basic auth, added as 'Basic
    base64encoded(\\<username\\>:\\<password\\>)', Token auth, added as 'Bearer \\<token value\\>', or no auth """
    custom_headers: MapString | Unset = UNSET
    enabled: bool | Unset = UNSET
    """ Defines whether this Webhook Subscription is enabled or disabled """
    filters: MapWebhookEventTypeFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.basic_auth import BasicAuth  # noqa: PLC0415
        from ..models.no_auth import NoAuth  # noqa: PLC0415

        name = self.name

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        url = self.url

        authorization: dict[str, Any] | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        elif isinstance(self.authorization, BasicAuth):
            authorization = self.authorization.to_dict()
        elif isinstance(self.authorization, NoAuth):
            authorization = self.authorization.to_dict()
        else:
            authorization = self.authorization.to_dict()

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
        from ..models.basic_auth import BasicAuth  # noqa: PLC0415
        from ..models.map_string import MapString  # noqa: PLC0415
        from ..models.map_webhook_event_type_filters import MapWebhookEventTypeFilters  # noqa: PLC0415
        from ..models.no_auth import NoAuth  # noqa: PLC0415
        from ..models.token_auth import TokenAuth  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        url = d.pop("url", UNSET)

        def _parse_authorization(data: object) -> BasicAuth | NoAuth | TokenAuth | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_authorization_type_0 = BasicAuth.from_dict(data)

                return componentsschemas_webhook_authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_webhook_authorization_type_1 = NoAuth.from_dict(data)

                return componentsschemas_webhook_authorization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_webhook_authorization_type_2 = TokenAuth.from_dict(data)

            return componentsschemas_webhook_authorization_type_2

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        _custom_headers = d.pop("customHeaders", UNSET)
        custom_headers: MapString | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = MapString.from_dict(_custom_headers)

        enabled = d.pop("enabled", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: MapWebhookEventTypeFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MapWebhookEventTypeFilters.from_dict(_filters)

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
