from enum import StrEnum

class ListAuditEventsCsvAction(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    RESTORE = "restore"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
