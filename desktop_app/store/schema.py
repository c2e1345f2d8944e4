"""What the database holds: the synced registers, in foreign-key order."""

from __future__ import annotations

SYNCED_TABLES: tuple[str, ...] = (
    "villages",
    "people",
    "bodies",
    "memberships",
    "campaigns",
    "activities",
    "residents",
    "evaluations",
    "documents",
    "funds",
    "fund_entries",
    "gradings",
    "commendations",
    # the people's voice and the Front's oversight
    "petitions",
    "supervisions",
    "recommendations",
    "criticisms",
)

# Columns every synced record carries.
RECORD_COLUMNS: dict[str, type] = {
    "id": str,
    "commune_code": str,
    "created_at": str,
    "updated_at": str,
    "deleted_at": str,
    "rev": int,
}

# Derived columns the store computes; never accepted from a caller.
DERIVED_COLUMNS = ("name_fold", "sort_key")
