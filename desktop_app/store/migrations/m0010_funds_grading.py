"""Money held in trust and the year's verdicts: funds and their ledgers, the yearly grading of the
village Ban công tác Mặt trận, commendations. Four new synced registers; nothing else changes."""

from __future__ import annotations

from sqlite_utils import Database

from desktop_app.store.migrations.m0001_initial import _register


def migrate(db: Database) -> None:
    # A fund the office holds: Quỹ "Vì người nghèo", a relief fund after a storm, others.
    _register(
        db,
        "funds",
        {
            "key": str,
            "name": str,
            "kind": str,
            "opened_on": str,
            "closed_on": str,
            "opening_balance": int,
            "notes": str,
            "name_fold": str,
            "sort_key": str,
        },
        {"key", "name", "kind"},
    )
    db["funds"].create_index(["commune_code", "key"], unique=True)

    # One receipt (thu) or one payment (chi) of a fund, numbered per fund, year and direction.
    _register(
        db,
        "fund_entries",
        {
            "fund_id": str,
            "direction": str,
            "entry_date": str,
            "year": int,
            "number": int,
            "party_kind": str,
            "person_id": str,
            "village_id": str,
            "party_name": str,
            "amount": int,
            "in_kind": str,
            "in_kind_value": int,
            "purpose": str,
            "decision_number": str,
            "decision_date": str,
            "house_progress": str,
            "campaign_month": int,
            "notes": str,
            "name_fold": str,
        },
        {"fund_id", "direction", "entry_date", "year", "number", "amount"},
        [
            ("fund_id", "funds", "id"),
            ("person_id", "people", "id"),
            ("village_id", "villages", "id"),
        ],
    )
    db["fund_entries"].create_index(["fund_id", "entry_date"])
    db["fund_entries"].create_index(
        ["commune_code", "fund_id", "year", "direction", "number"], unique=True
    )
    db["fund_entries"].create_index(["person_id"])

    # The yearly grading of one village's Ban công tác Mặt trận against the criteria file.
    _register(
        db,
        "gradings",
        {
            "year": int,
            "body_id": str,
            "village_id": str,
            "criteria_version": int,
            "scores": str,
            "total": int,
            "rank": str,
            "evidence": str,
            "notes": str,
        },
        {"year", "village_id", "criteria_version", "scores", "total", "rank"},
        [("body_id", "bodies", "id"), ("village_id", "villages", "id")],
    )
    db["gradings"].create_index(["year", "village_id"])

    # A commendation proposed or granted: a person, a village committee or a household.
    _register(
        db,
        "commendations",
        {
            "year": int,
            "subject_kind": str,
            "person_id": str,
            "body_id": str,
            "household_name": str,
            "village_id": str,
            "form": str,
            "level": str,
            "reason": str,
            "status": str,
            "decision_number": str,
            "decision_date": str,
            "notes": str,
            "name_fold": str,
        },
        {"year", "subject_kind", "form", "status"},
        [
            ("person_id", "people", "id"),
            ("body_id", "bodies", "id"),
            ("village_id", "villages", "id"),
        ],
    )
    db["commendations"].create_index(["year"])
    db["commendations"].create_index(["person_id"])
