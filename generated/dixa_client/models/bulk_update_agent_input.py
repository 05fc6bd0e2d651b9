from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._extra import lazy_additional_properties as _lazy_additional_properties
from .._validation import FastPathMiss as _FastPathMiss
from .._validation import at as _at
from .._validation import check_request as _check_request
from .._validation import expect_list_of as _expect_list_of
from .._validation import expect_str as _expect_str
from .._validation import not_an_object as _not_an_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkUpdateAgentInput")


@_attrs_define
class BulkUpdateAgentInput:
    id: str
    """ Unique identifier for the agent """
    display_name: str
    """ The agent's display name """
    phone_number: str | Unset = UNSET
    """ The agent's primary phone number """
    additional_emails: list[str] | Unset = UNSET
    """ Additional email addresses for the agent """
    additional_phone_numbers: list[str] | Unset = UNSET
    """ Additional phone numbers for the agent """
    first_name: str | Unset = UNSET
    """ The agent's first name """
    last_name: str | Unset = UNSET
    """ The agent's last name """
    middle_names: list[str] | Unset = UNSET
    """ The agent's middle names """
    avatar_url: str | Unset = UNSET
    """ The url from which to load the agent's avatar """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset(["id", "displayName"])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(
        [
            "id",
            "displayName",
            "phoneNumber",
            "additionalEmails",
            "additionalPhoneNumbers",
            "firstName",
            "lastName",
            "middleNames",
            "avatarUrl",
        ]
    )
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "display_name": "displayName",
        "phone_number": "phoneNumber",
        "additional_emails": "additionalEmails",
        "additional_phone_numbers": "additionalPhoneNumbers",
        "first_name": "firstName",
        "last_name": "lastName",
        "middle_names": "middleNames",
        "avatar_url": "avatarUrl",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id = self.id

        display_name = self.display_name

        phone_number = self.phone_number

        additional_emails: list[str] | Unset = UNSET
        if not isinstance(self.additional_emails, Unset):
            additional_emails = self.additional_emails

        additional_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.additional_phone_numbers, Unset):
            additional_phone_numbers = self.additional_phone_numbers

        first_name = self.first_name

        last_name = self.last_name

        middle_names: list[str] | Unset = UNSET
        if not isinstance(self.middle_names, Unset):
            middle_names = self.middle_names

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayName": display_name,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if additional_emails is not UNSET:
            field_dict["additionalEmails"] = additional_emails
        if additional_phone_numbers is not UNSET:
            field_dict["additionalPhoneNumbers"] = additional_phone_numbers
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_names is not UNSET:
            field_dict["middleNames"] = middle_names
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is BulkUpdateAgentInput:
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
            display_name = _expect_str(d.pop("displayName"))
        except Exception as _exc:
            raise _at(_exc, "displayName") from _exc

        try:
            phone_number = _value if (_value := d.pop("phoneNumber", UNSET)) is not None else UNSET
            if phone_number is not UNSET:
                _expect_str(phone_number)
        except Exception as _exc:
            raise _at(_exc, "phoneNumber") from _exc

        try:
            _additional_emails = _value if (_value := d.pop("additionalEmails", UNSET)) is not None else UNSET
            if _additional_emails is not UNSET:
                _expect_list_of(_additional_emails, _expect_str)
            additional_emails = cast("list[str]", _additional_emails)

        except Exception as _exc:
            raise _at(_exc, "additionalEmails") from _exc

        try:
            _additional_phone_numbers = (
                _value if (_value := d.pop("additionalPhoneNumbers", UNSET)) is not None else UNSET
            )
            if _additional_phone_numbers is not UNSET:
                _expect_list_of(_additional_phone_numbers, _expect_str)
            additional_phone_numbers = cast("list[str]", _additional_phone_numbers)

        except Exception as _exc:
            raise _at(_exc, "additionalPhoneNumbers") from _exc

        try:
            first_name = _value if (_value := d.pop("firstName", UNSET)) is not None else UNSET
            if first_name is not UNSET:
                _expect_str(first_name)
        except Exception as _exc:
            raise _at(_exc, "firstName") from _exc

        try:
            last_name = _value if (_value := d.pop("lastName", UNSET)) is not None else UNSET
            if last_name is not UNSET:
                _expect_str(last_name)
        except Exception as _exc:
            raise _at(_exc, "lastName") from _exc

        try:
            _middle_names = _value if (_value := d.pop("middleNames", UNSET)) is not None else UNSET
            if _middle_names is not UNSET:
                _expect_list_of(_middle_names, _expect_str)
            middle_names = cast("list[str]", _middle_names)

        except Exception as _exc:
            raise _at(_exc, "middleNames") from _exc

        try:
            avatar_url = _value if (_value := d.pop("avatarUrl", UNSET)) is not None else UNSET
            if avatar_url is not UNSET:
                _expect_str(avatar_url)
        except Exception as _exc:
            raise _at(_exc, "avatarUrl") from _exc

        _instance = cls(
            id=id,
            display_name=display_name,
            phone_number=phone_number,
            additional_emails=additional_emails,
            additional_phone_numbers=additional_phone_numbers,
            first_name=first_name,
            last_name=last_name,
            middle_names=middle_names,
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
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "displayName",
        "phoneNumber",
        "additionalEmails",
        "additionalPhoneNumbers",
        "firstName",
        "lastName",
        "middleNames",
        "avatarUrl",
    ]
)


def _decode(_dixa_d: Any) -> BulkUpdateAgentInput:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(BulkUpdateAgentInput)
    _dixa_v = _dixa_d["id"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.id = _dixa_v

    _dixa_v = _dixa_d["displayName"]
    if _dixa_v.__class__ is not str:
        raise _FastPathMiss
    _dixa_o.display_name = _dixa_v

    _dixa_n = len(_dixa_d) - 2  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.phone_number = _dixa_o.additional_emails = _dixa_o.additional_phone_numbers = _dixa_o.first_name = (
            _dixa_o.last_name
        ) = _dixa_o.middle_names = _dixa_o.avatar_url = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("phoneNumber")
    if _dixa_v is None:
        _dixa_o.phone_number = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.phone_number = _dixa_v

    _dixa_v = _dixa_d.get("additionalEmails")
    if _dixa_v is None:
        _dixa_o.additional_emails = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        for _dixa_i in _dixa_v:
            if _dixa_i.__class__ is not str:
                raise _FastPathMiss
        _dixa_o.additional_emails = _dixa_v

    _dixa_v = _dixa_d.get("additionalPhoneNumbers")
    if _dixa_v is None:
        _dixa_o.additional_phone_numbers = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        for _dixa_i in _dixa_v:
            if _dixa_i.__class__ is not str:
                raise _FastPathMiss
        _dixa_o.additional_phone_numbers = _dixa_v

    _dixa_v = _dixa_d.get("firstName")
    if _dixa_v is None:
        _dixa_o.first_name = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.first_name = _dixa_v

    _dixa_v = _dixa_d.get("lastName")
    if _dixa_v is None:
        _dixa_o.last_name = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.last_name = _dixa_v

    _dixa_v = _dixa_d.get("middleNames")
    if _dixa_v is None:
        _dixa_o.middle_names = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        for _dixa_i in _dixa_v:
            if _dixa_i.__class__ is not str:
                raise _FastPathMiss
        _dixa_o.middle_names = _dixa_v

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


BulkUpdateAgentInput.__dixa_decode__ = _decode
