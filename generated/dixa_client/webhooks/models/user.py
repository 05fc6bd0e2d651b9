from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._extra import lazy_additional_properties as _lazy_additional_properties
from ..._unions import Variant as _Variant
from ..._unions import identity as _identity
from ..._unions import resolve as _resolve_union
from ..._validation import FastPathMiss as _FastPathMiss
from ..._validation import at as _at
from ..._validation import check_request as _check_request
from ..._validation import expect_str as _expect_str
from ..._validation import is_str as _is_str
from ..._validation import not_an_object as _not_an_object
from ..._validation import parse_uuid as _parse_uuid
from ...types import UNSET, Unset
from ..models.user_role import UserRole

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user: an end user (requester) or an agent (assignee, note author, the agent who set a follow-up). Dixa's table for
    this object was not retrievable; the keys are those of the API document's example, other keys (a user kind, for
    instance) may come and are kept.

    """

    id: str | Unset | UUID = UNSET
    """ An id Dixa documents as a UUID. Dixa's own examples hold ids that are not valid UUIDs (letters past `f`), so
    a value that does not parse as a UUID is kept as the string it is. """
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    """ A phone number such as `+4511223344`. Dixa sends `null` when the user has none; like every optional field
    here, `null` reads as unset. """
    roles: list[UserRole] | Unset = UNSET
    """ Empty for a user without roles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name
        # A decoded model without unknown keys leaves the slot empty: the dict is made on first use.
        __getattr__ = _lazy_additional_properties

    # What the wire says about this model: used to pick it out of a union (see _unions.py).
    __dixa_tag__: ClassVar[str | None] = None
    __dixa_required__: ClassVar[frozenset[str]] = frozenset([])
    __dixa_keys__: ClassVar[frozenset[str]] = frozenset(["id", "name", "email", "phone", "roles"])
    __dixa_fallback__: ClassVar[bool] = False
    # The fast decoder (see `_decode` below the class), or the careful `_read` where there is none.
    __dixa_decode__: ClassVar[Callable[[Any], Any]]
    # Attribute -> JSON key, for the request-side check's error paths.
    __dixa_json_keys__: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "email": "email",
        "phone": "phone",
        "roles": "roles",
    }

    def to_dict(self) -> dict[str, Any]:
        _check_request(self)
        id: str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name = self.name

        email = self.email

        phone = self.phone

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from JSON; a value that does not fit raises ResponseValidationError with its path."""
        if cls is User:
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

            def _id_variant_0(data: Any) -> UUID:
                componentsschemas_webhook_id_type_0 = _parse_uuid(data)

                return componentsschemas_webhook_id_type_0

            id = cast(
                "str | Unset | UUID",
                _resolve_union(
                    (_value if (_value := d.pop("id", UNSET)) is not None else UNSET),
                    lambda: (
                        _Variant("UUID", lambda v: isinstance(v, str), _id_variant_0),
                        _Variant("str", _is_str, _identity, plain=True),
                    ),
                    unset_ok=True,
                    none_ok=False,
                ),
            )

        except Exception as _exc:
            raise _at(_exc, "id") from _exc

        try:
            name = _value if (_value := d.pop("name", UNSET)) is not None else UNSET
            if name is not UNSET:
                _expect_str(name)
        except Exception as _exc:
            raise _at(_exc, "name") from _exc

        try:
            email = _value if (_value := d.pop("email", UNSET)) is not None else UNSET
            if email is not UNSET:
                _expect_str(email)
        except Exception as _exc:
            raise _at(_exc, "email") from _exc

        try:
            phone = _value if (_value := d.pop("phone", UNSET)) is not None else UNSET
            if phone is not UNSET:
                _expect_str(phone)
        except Exception as _exc:
            raise _at(_exc, "phone") from _exc

        try:
            _roles = _value if (_value := d.pop("roles", UNSET)) is not None else UNSET
            roles: list[UserRole] | Unset = UNSET
            if _roles is not UNSET:
                if not isinstance(_roles, list):
                    raise TypeError(
                        f"expected array, got {'object' if isinstance(_roles, dict) else type(_roles).__name__}"
                    )

                roles = []
                for _index_roles, roles_item_data in enumerate(_roles):
                    try:
                        roles_item = UserRole.parse(_expect_str(roles_item_data))

                    except Exception as _exc:
                        raise _at(_exc, _index_roles) from _exc
                    roles.append(roles_item)

        except Exception as _exc:
            raise _at(_exc, "roles") from _exc

        _instance = cls(
            id=id,
            name=name,
            email=email,
            phone=phone,
            roles=roles,
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
_DIXA_VALUES_UserRole: dict[Any, Any] = UserRole._value2member_map_  # see fast.jinja's enum_names
_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "name",
        "email",
        "phone",
        "roles",
    ]
)


def _decode(_dixa_d: Any) -> User:
    """The fast path of from_dict: straight-line reads, no per-property bookkeeping; it raises on anything
    it does not expect, and from_dict then reads the value carefully (same result, or the exact error)."""
    if _dixa_d.__class__ is not dict:
        raise _FastPathMiss
    _dixa_o = _new(User)
    _dixa_n = len(_dixa_d) - 0  # keys left to read
    if _dixa_n == 0:  # required keys only: no lookups
        _dixa_o.id = _dixa_o.name = _dixa_o.email = _dixa_o.phone = _dixa_o.roles = UNSET
        return _dixa_o  # additional_properties: made on first use (_extra.py)
    _dixa_v = _dixa_d.get("id")
    if _dixa_v is None:
        _dixa_o.id = UNSET
    else:
        _dixa_n -= 1

        def _id_variant_0(data: Any) -> UUID:
            componentsschemas_webhook_id_type_0 = _parse_uuid(data)

            return componentsschemas_webhook_id_type_0

        id = cast(
            "str | Unset | UUID",
            _resolve_union(
                _dixa_v,
                lambda: (
                    _Variant("UUID", lambda v: isinstance(v, str), _id_variant_0),
                    _Variant("str", _is_str, _identity, plain=True),
                ),
                unset_ok=True,
                none_ok=False,
            ),
        )

        _dixa_o.id = id

    _dixa_v = _dixa_d.get("name")
    if _dixa_v is None:
        _dixa_o.name = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.name = _dixa_v

    _dixa_v = _dixa_d.get("email")
    if _dixa_v is None:
        _dixa_o.email = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.email = _dixa_v

    _dixa_v = _dixa_d.get("phone")
    if _dixa_v is None:
        _dixa_o.phone = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not str:
            raise _FastPathMiss
        _dixa_o.phone = _dixa_v

    _dixa_v = _dixa_d.get("roles")
    if _dixa_v is None:
        _dixa_o.roles = UNSET
    else:
        _dixa_n -= 1
        if _dixa_v.__class__ is not list:
            raise _FastPathMiss

        _dixa_o.roles = [(_DIXA_VALUES_UserRole.get(_dixa_i) or UserRole.parse(_dixa_i)) for _dixa_i in _dixa_v]

    if _dixa_n != 0:  # unknown keys, or a known one holding null (none: the dict is made on first use)
        _dixa_o.additional_properties = {k: v for k, v in _dixa_d.items() if k not in _KNOWN_KEYS}
    return _dixa_o


User.__dixa_decode__ = _decode
