"""The first schema: the office, every register, settings and the audit log."""

from __future__ import annotations

from sqlite_utils import Database

RECORD = {
    "id": str,
    "commune_code": str,
    "created_at": str,
    "updated_at": str,
    "deleted_at": str,
    "rev": int,
}


def _register(db: Database, name: str, columns: dict, not_null: set[str], fks=None) -> None:
    db[name].create(
        {**RECORD, **columns},
        pk="id",
        not_null={"commune_code", "created_at", "updated_at", "rev", *not_null},
        foreign_keys=fks or [],
    )
    db[name].create_index(["rev"])
    db[name].create_index(["commune_code"])


def migrate(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["office"].create(
        {
            "id": str,
            "role": str,
            "name": str,
            "unit_kind": str,
            "commune_name": str,
            "commune_code": str,
            "province_name": str,
            "province_code": str,
            "upper_name": str,
            "upper_code": str,
            "address": str,
            "installation_id": str,
            "database_id": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"role", "commune_code", "installation_id", "database_id"},
    )
    db["settings"].create({"key": str, "value": str, "updated_at": str}, pk="key")
    db["audit_log"].create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "table_name": str,
            "record_id": str,
            "old": str,
            "new": str,
        },
        pk="id",
    )
    db["audit_log"].create_index(["table_name", "record_id"])

    _register(
        db,
        "villages",
        {
            "name": str,
            "kind": str,
            "code": str,
            "valid_from": str,
            "valid_to": str,
            "merged_into": str,
            "notes": str,
            "name_fold": str,
            "sort_key": str,
        },
        {"name", "kind"},
        [("merged_into", "villages", "id")],
    )
    db["villages"].create_index(["sort_key"])

    _register(
        db,
        "people",
        {
            "full_name": str,
            "sex": str,
            "birth_date": str,
            "ethnicity_code": str,
            "religion_code": str,
            "village_id": str,
            "id_number": str,
            "phone": str,
            "occupation": str,
            "education": str,
            "theory_level": str,
            "party_member": int,
            "party_admission_date": str,
            "notes": str,
            "name_fold": str,
            "sort_key": str,
        },
        {"full_name", "sex"},
        [("village_id", "villages", "id")],
    )
    # Search as you type scans this index in Vietnamese order and filters on the folded
    # name inside it, touching the table only for matching rows (bench/bench_store.py).
    for cols in (["sort_key", "id", "name_fold", "deleted_at"], ["village_id"], ["id_number"]):
        db["people"].create_index(cols)

    _register(
        db,
        "bodies",
        {
            "kind": str,
            "name": str,
            "village_id": str,
            "project_name": str,
            "term_label": str,
            "term_start": str,
            "term_end": str,
            "decision_number": str,
            "decision_date": str,
            "decision_signer": str,
            "predecessor_id": str,
            "dissolved_on": str,
            "notes": str,
            "name_fold": str,
            "sort_key": str,
        },
        {"kind", "name"},
        [("village_id", "villages", "id"), ("predecessor_id", "bodies", "id")],
    )
    db["bodies"].create_index(["kind", "sort_key"])

    _register(
        db,
        "memberships",
        {
            "person_id": str,
            "body_id": str,
            "role": str,
            "branch": str,
            "start_date": str,
            "end_date": str,
            "end_reason": str,
            "decision_number": str,
            "decision_date": str,
            "notes": str,
        },
        {"person_id", "body_id", "role"},
        [("person_id", "people", "id"), ("body_id", "bodies", "id")],
    )
    db["memberships"].create_index(["body_id"])
    db["memberships"].create_index(["person_id"])

    _register(
        db,
        "campaigns",
        {
            "code": str,
            "name": str,
            "short_name": str,
            "kind": str,
            "start_year": int,
            "end_year": int,
            "description": str,
            "name_fold": str,
            "sort_key": str,
        },
        {"name", "kind"},
    )

    _register(
        db,
        "activities",
        {
            "campaign_id": str,
            "date": str,
            "village_ids": str,
            "title": str,
            "description": str,
            "participants": int,
            "money_raised": int,
            "houses_built": int,
            "houses_repaired": int,
            "houses_cost": int,
            "gifts": int,
            "gifts_value": int,
            "scholarships": int,
            "scholarships_value": int,
            "beneficiaries": int,
            "households_recognised": int,
            "name_fold": str,
        },
        {"campaign_id", "date", "title"},
        [("campaign_id", "campaigns", "id")],
    )
    db["activities"].create_index(["date"])
    db["activities"].create_index(["campaign_id"])

    _register(
        db,
        "residents",
        {
            "person_id": str,
            "village_id": str,
            "party_cell": str,
            "letter_number": str,
            "letter_date": str,
            "letter_issuer": str,
            "workplace": str,
            "workplace_party_org": str,
            "category": str,
            "received_date": str,
            "registered_date": str,
            "left_date": str,
            "notes": str,
        },
        {"person_id", "category"},
        [("person_id", "people", "id"), ("village_id", "villages", "id")],
    )
    db["residents"].create_index(["person_id"])

    _register(
        db,
        "evaluations",
        {
            "resident_id": str,
            "year": int,
            "form_version": int,
            "ratings": str,
            "recommendation": str,
            "comments": str,
            "meeting_date": str,
            "cell_signer": str,
            "front_signer": str,
            "state": str,
            "due_date": str,
            "requested_date": str,
            "commented_date": str,
            "confirmed_date": str,
            "returned_date": str,
            "version": int,
            "supersedes_id": str,
            "changed_after_confirmation": int,
        },
        {"resident_id", "year", "state"},
        [("resident_id", "residents", "id"), ("supersedes_id", "evaluations", "id")],
    )
    db["evaluations"].create_index(["year", "state"])
    db["evaluations"].create_index(["resident_id", "year"])

    _register(
        db,
        "documents",
        {
            "doc_type": str,
            "year": int,
            "number": int,
            "symbol": str,
            "subject": str,
            "ref_key": str,
            "date": str,
            "signer": str,
        },
        {"doc_type", "year", "number"},
    )
    db["documents"].create_index(["commune_code", "year", "doc_type", "number"], unique=True)
    db["documents"].create_index(["ref_key"])

    db["meta"].insert({"key": "rev", "value": "0"})
