from enum import StrEnum


class ConversationDirection(StrEnum):
    INBOUND = "INBOUND"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls, value: object) -> "ConversationDirection":
        """The member for a wire value: known values by lookup, unknown ones kept (see _missing_)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value, arg-type]

    @classmethod
    def _missing_(cls, value: object) -> "ConversationDirection | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """False for a value this client was generated without."""
        return type(self)._member_map_.get(self._name_) is self
