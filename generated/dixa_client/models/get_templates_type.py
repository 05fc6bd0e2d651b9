from enum import StrEnum


class GetTemplatesType(StrEnum):
    EMAILAUTOREPLY = "EmailAutoReply"
    QUICKRESPONSE = "QuickResponse"

    def __str__(self) -> str:
        return str(self.value)
