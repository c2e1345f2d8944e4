"""The people's voice and the Front's oversight: petitions (ý kiến, kiến nghị)
followed to their answer, supervisions with their recommendations, and social criticism.

Four new registers, each a synced record (UUID, commune_code, timestamps, tombstone, rev). Only
tables are added: no existing record changes, so nothing is sent upward again.

- petitions: one opinion as received (village, who raised it, content, field), or a grouped
  recommendation (`is_group` 1) that similar opinions point to through `grouped_into`; each keeps
  its own origin. The status is derived from the dates (received → forwarded → answered →
  resolved) by the store.
- supervisions: the year's plan and each supervision (subject, form, the team as person ids,
  dates, findings), optionally the inspection board's or a supervision board's session (body_id).
- recommendations: what a supervision asks of an agency, followed like petitions.
- criticisms: phản biện xã hội (the draft, the conference, the opinions sent, the answer).
"""

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
FOLLOW_UP = {
    "agency": str,
    "forwarded_doc": str,
    "forwarded_date": str,
    "due_date": str,
    "reply_date": str,
    "reply_doc": str,
    "reply_content": str,
    "resolved_date": str,
    "status": str,
}


def _register(db: Database, name: str, columns: dict, not_null: set[str], fks=None) -> None:
    if db[name].exists():
        return
    db[name].create(
        {**RECORD, **columns},
        pk="id",
        not_null={"commune_code", "created_at", "updated_at", "rev", *not_null},
        foreign_keys=fks or [],
    )
    db[name].create_index(["rev"])
    db[name].create_index(["commune_code"])


def migrate(db: Database) -> None:
    _register(
        db,
        "petitions",
        {
            "received_date": str,
            "channel": str,
            "round_label": str,
            "village_id": str,
            "raised_by": str,
            "content": str,
            "field": str,
            "is_group": int,
            "grouped_into": str,
            **FOLLOW_UP,
            "made_public": int,
            "notes": str,
            "name_fold": str,
        },
        {"received_date", "content", "status"},
        [("village_id", "villages", "id"), ("grouped_into", "petitions", "id")],
    )
    db["petitions"].create_index(["received_date"])
    db["petitions"].create_index(["grouped_into"])
    db["petitions"].create_index(["status", "due_date"])

    _register(
        db,
        "supervisions",
        {
            "year": int,
            "subject": str,
            "form": str,
            "body_id": str,
            "team_ids": str,
            "start_date": str,
            "end_date": str,
            "findings": str,
            "status": str,
            "notes": str,
            "name_fold": str,
        },
        {"year", "subject", "form", "status"},
        [("body_id", "bodies", "id")],
    )
    db["supervisions"].create_index(["year"])

    _register(
        db,
        "recommendations",
        {
            "supervision_id": str,
            "made_date": str,
            "content": str,
            **FOLLOW_UP,
            "notes": str,
        },
        {"supervision_id", "content", "status"},
        [("supervision_id", "supervisions", "id")],
    )
    db["recommendations"].create_index(["supervision_id"])

    _register(
        db,
        "criticisms",
        {
            "draft": str,
            "drafting_agency": str,
            "conference_date": str,
            "participants": int,
            "participants_note": str,
            "opinions": str,
            "sent_doc": str,
            "sent_date": str,
            "answer_date": str,
            "answer_content": str,
            "notes": str,
            "name_fold": str,
        },
        {"draft"},
    )
