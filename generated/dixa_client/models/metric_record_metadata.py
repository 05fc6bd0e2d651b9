from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_metadata import FieldMetadata
    from ..models.filter_metadata import FilterMetadata


T = TypeVar("T", bound="MetricRecordMetadata")


@_attrs_define
class MetricRecordMetadata:
    id: str
    """ The record ID """
    description: str
    """ Relevant information about the record """
    filters: list[FilterMetadata] | Unset = UNSET
    """ List of available filters that can be used when fetching record data """
    related_metric_ids: list[str] | Unset = UNSET
    """ List of metric IDs that make use of this record """
    fields_metadata: list[FieldMetadata] | Unset = UNSET
    """ Information about the individual record fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        description = self.description

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        related_metric_ids: list[str] | Unset = UNSET
        if not isinstance(self.related_metric_ids, Unset):
            related_metric_ids = self.related_metric_ids

        fields_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields_metadata, Unset):
            fields_metadata = []
            for fields_metadata_item_data in self.fields_metadata:
                fields_metadata_item = fields_metadata_item_data.to_dict()
                fields_metadata.append(fields_metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if related_metric_ids is not UNSET:
            field_dict["relatedMetricIds"] = related_metric_ids
        if fields_metadata is not UNSET:
            field_dict["fieldsMetadata"] = fields_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_metadata import FieldMetadata  # noqa: PLC0415
        from ..models.filter_metadata import FilterMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        _filters = d.pop("filters", UNSET)
        filters: list[FilterMetadata] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = FilterMetadata.from_dict(filters_item_data)

                filters.append(filters_item)

        related_metric_ids = cast(list[str], d.pop("relatedMetricIds", UNSET))

        _fields_metadata = d.pop("fieldsMetadata", UNSET)
        fields_metadata: list[FieldMetadata] | Unset = UNSET
        if _fields_metadata is not UNSET:
            fields_metadata = []
            for fields_metadata_item_data in _fields_metadata:
                fields_metadata_item = FieldMetadata.from_dict(fields_metadata_item_data)

                fields_metadata.append(fields_metadata_item)

        _instance = cls(
            id=id,
            description=description,
            filters=filters,
            related_metric_ids=related_metric_ids,
            fields_metadata=fields_metadata,
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
