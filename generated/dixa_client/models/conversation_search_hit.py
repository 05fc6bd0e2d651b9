from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_search_inner_hit import ConversationSearchInnerHit
    from ..models.map_vector_string import MapVectorString


T = TypeVar("T", bound="ConversationSearchHit")


@_attrs_define
class ConversationSearchHit:
    id: int
    """ Identifier of a Conversation where a match was found """
    highlights: MapVectorString
    """ Snippet of text where a match was found. Matched text will be wrapped in \\<em\\> tags. """
    inner_hits: list[ConversationSearchInnerHit] | Unset = UNSET
    """ List of sub-entities (such as Messages) where a match was found """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        highlights = self.highlights.to_dict()

        inner_hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inner_hits, Unset):
            inner_hits = []
            for inner_hits_item_data in self.inner_hits:
                inner_hits_item = inner_hits_item_data.to_dict()
                inner_hits.append(inner_hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "highlights": highlights,
            }
        )
        if inner_hits is not UNSET:
            field_dict["innerHits"] = inner_hits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_search_inner_hit import ConversationSearchInnerHit  # noqa: PLC0415
        from ..models.map_vector_string import MapVectorString  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        highlights = MapVectorString.from_dict(d.pop("highlights"))

        _inner_hits = d.pop("innerHits", UNSET)
        inner_hits: list[ConversationSearchInnerHit] | Unset = UNSET
        if _inner_hits is not UNSET:
            inner_hits = []
            for inner_hits_item_data in _inner_hits:
                inner_hits_item = ConversationSearchInnerHit.from_dict(inner_hits_item_data)

                inner_hits.append(inner_hits_item)

        _instance = cls(
            id=id,
            highlights=highlights,
            inner_hits=inner_hits,
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
