"""Merging two villages, the whole path: people move, the old committee ends with the reason
"sáp nhập khu dân cư", a new committee continues with picked members, history and reports of
earlier periods keep the old village, a refused merge changes nothing, and the upper level
holds the same after the next bundle."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.core.errors import UserError
from desktop_app.store import rollups
from desktop_app.store.village_merge import NewCommittee, candidates, merge_villages
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from tests.sync.conftest import copies_equal, snapshot

TODAY = date(2026, 11, 26)


def test_merging_two_villages_end_to_end_and_at_the_upper_level(upper, commune, stick) -> None:
    commune.today = lambda: TODAY
    assert import_bundle(upper, export_bundle(commune, stick).path, enrol=True).status == "imported"
    survivor, merged = commune.villages.current()[:2]
    people_before = commune.conn.execute(
        "select count(*) from people where deleted_at is null and village_id = ?", [merged["id"]]
    ).fetchone()[0]
    assert people_before > 0
    (old_body,) = commune.bodies.query(
        kind="village_committee", village_id=merged["id"], current_only=True
    )
    old_members = commune.bodies.members(old_body["id"])
    (kept_body,) = commune.bodies.query(
        kind="village_committee", village_id=survivor["id"], current_only=True
    )
    on = (TODAY - timedelta(days=20)).isoformat()
    activity = commune.activities.add(
        {
            "campaign_id": commune.campaigns.query()[0]["id"],
            "date": "2026-03-15",
            "title": "Ngày hội ở thôn cũ",
            "village_ids": [merged["id"]],
            "money_raised": 1_500_000,
        },
        accept_warnings=True,
    )

    # A refused merge (a date not yet come) leaves the database unchanged.
    before = snapshot(commune)
    with pytest.raises(UserError, match="sau ngày hôm nay"):
        merge_villages(
            commune,
            [merged["id"]],
            (TODAY + timedelta(days=1)).isoformat(),
            target_id=survivor["id"],
        )
    assert snapshot(commune) == before

    picked = candidates(commune, [survivor["id"], merged["id"]])
    assert {m["person_id"] for m in old_members} <= {m["person_id"] for m in picked}
    team = [
        (m["person_id"], m["role"], m["branch"]) for m in picked if m["body_id"] == kept_body["id"]
    ]
    team += [(m["person_id"], "member", m["branch"]) for m in old_members[:2]]
    result = merge_villages(
        commune,
        [merged["id"]],
        on,
        target_id=survivor["id"],
        decision_number="15/QĐ-UBND",
        decision_date=on,
        committee=NewCommittee("2024–2029", team, term_end="2029-08-31"),
    )

    # The village ends the day before and points at the survivor, with the decision in its notes.
    gone = commune.villages.get(merged["id"])
    assert gone["merged_into"] == survivor["id"]
    assert gone["valid_to"] == (date.fromisoformat(on) - timedelta(days=1)).isoformat()
    assert "15/QĐ-UBND" in gone["notes"]
    assert merged["id"] not in {v["id"] for v in commune.villages.current()}
    # People move.
    assert result.people_moved == people_before
    assert (
        commune.conn.execute(
            "select count(*) from people where deleted_at is null and village_id = ?",
            [merged["id"]],
        ).fetchone()[0]
        == 0
    )
    # The old committee ends on the merge date with the reason; history stays readable.
    ended = commune.bodies.get(old_body["id"])
    assert ended["dissolved_on"] == on and ended["village_id"] == merged["id"]
    rows = commune.memberships.query(body_id=old_body["id"])
    assert rows and all(m["end_date"] == on and m["end_reason"] == "merged" for m in rows)
    served = commune.bodies.members(old_body["id"], on_date="2026-01-01")
    assert {m["person_id"] for m in served} == {m["person_id"] for m in old_members}
    # A new term for the merged village, following the survivor's committee.
    new = result.committee
    assert new["predecessor_id"] == kept_body["id"] and new["term_start"] == on
    assert {m["person_id"] for m in commune.bodies.members(new["id"])} == {p for p, _, _ in team}
    current = commune.bodies.query(
        kind="village_committee", village_id=survivor["id"], current_only=True
    )
    assert [b["id"] for b in current] == [new["id"]]
    # A report of a period before the merge still shows the old village with its activity.
    by_village = {r.key: r for r in rollups.rollup(commune, 2026, 1).by_village}
    assert by_village[merged["id"]].label == merged["name"]
    assert by_village[merged["id"]].current["money_raised"] >= activity["money_raised"]
    assert merged["id"] in {r.key for r in rollups.rollup(commune, 2025).by_village}

    # The next bundle carries the merge: the upper level holds the same.
    assert import_bundle(upper, export_bundle(commune, stick).path).status == "imported"
    assert copies_equal(upper, commune)
    code = commune.office()["commune_code"]
    up_village = upper.db["villages"].get(merged["id"])
    assert up_village["merged_into"] == survivor["id"]
    assert merged["id"] not in {
        v["id"] for v in upper.villages.query(current_only=True, commune_code=code)
    }
    assert (
        upper.conn.execute(
            "select count(*) from people where village_id = ? and deleted_at is null",
            [merged["id"]],
        ).fetchone()[0]
        == 0
    )
    up_rows = upper.memberships.query(body_id=old_body["id"])
    assert up_rows and all(m["end_reason"] == "merged" for m in up_rows)
    assert merged["id"] in {
        r.key for r in rollups.rollup(upper, 2026, 1, commune_code=code).by_village
    }


def test_merging_into_a_new_village(commune) -> None:
    commune.today = lambda: TODAY
    a, b = commune.villages.current()[:2]
    result = merge_villages(
        commune,
        [a["id"], b["id"]],
        "2026-11-01",
        new_village={"name": "Thôn Đoàn Kết", "kind": "thon"},
    )
    assert result.target["valid_from"] == "2026-11-01"
    assert {commune.villages.get(v)["merged_into"] for v in (a["id"], b["id"])} == {
        result.target["id"]
    }
    assert result.committee is None and len(result.bodies_ended) == 2
    with pytest.raises(UserError, match="đã được sáp nhập"):
        merge_villages(commune, [a["id"]], "2026-11-02", target_id=result.target["id"])
    with pytest.raises(UserError, match="ít nhất hai"):
        merge_villages(
            commune, [a["id"]], "2026-11-02", new_village={"name": "Thôn Mới", "kind": "thon"}
        )
