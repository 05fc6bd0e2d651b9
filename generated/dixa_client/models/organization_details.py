from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..models.organization_details_status import OrganizationDetailsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationDetails")


@_attrs_define
class OrganizationDetails:
    id: str
    name: str
    subdomain: str
    status: OrganizationDetailsStatus
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "name", "subdomain", "status"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name", "subdomain", "status", "avatarUrl"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "subdomain": "subdomain",
        "status": "status",
        "avatar_url": "avatarUrl",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = self.id

        name = self.name

        subdomain = self.subdomain

        status = self.status.value

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "subdomain": subdomain,
                "status": status,
            }
        )
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is OrganizationDetails:
            try:
                return cast(T, _decode(src_dict))
            except Exception:  # noqa: BLE001 - any misfit: the careful path says what and where
                pass
        return cls._read(src_dict)

    @classmethod
    def _read(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The careful path: each property read in its own try block, so a misfit names its JSON path."""
        if not isinstance(src_dict, Mapping):
            raise _not_an_object(src_dict)
        d = dict(src_dict)
        try:
            id = _expect_str(d.pop("id"))
        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _expect_str(d.pop("name"))
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            subdomain = _expect_str(d.pop("subdomain"))
        except Exception as _exc:
            raise _at(_exc, "subdomain") from _exc

        try:
            status = OrganizationDetailsStatus.parse(_expect_str(d.pop("status")))

        except Exception as _exc:
            raise _at(_exc, "status") from _exc

        try:
            avatar_url = _value if (_value := d.pop("avatarUrl", UNSET)) is not None else UNSET
            if avatar_url is not UNSET:
                _expect_str(avatar_url)
        except Exception as _exc:
            raise _at(_exc, "avatarUrl") from _exc

        _instance = cls(
            id=id,
            name=name,
            subdomain=subdomain,
            status=status,
            avatar_url=avatar_url,
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
_DIXA_VALUES_OrganizationDetailsStatus: dict[Any, Any] = (
    OrganizationDetailsStatus._value2member_map_
)  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "name",
        "subdomain",
        "status",
        "avatarUrl",
    ]
)


def _decode(_dixa_d: Any) -> OrganizationDetails:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(OrganizationDetails)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["name"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d["subdomain"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.subdomain = _dixa_v

    _dixa_v = _dixa_d["status"]
    _dixa_o.status = _DIXA_VALUES_OrganizationDetailsStatus.get(_dixa_v) or OrganizationDetailsStatus.parse(_dixa_v)

    _dixa_n = len(_dixa_d) - 4  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.avatar_url = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("avatarUrl")
    if _dixa_v is None:
        _dixa_o.avatar_url = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.avatar_url = _dixa_v

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


OrganizationDetails.__dixa_decode__ = _decode
