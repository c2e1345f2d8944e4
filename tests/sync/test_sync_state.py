"""The SQL of sync in store/sync_state.py, where a wrong query would go unnoticed elsewhere."""

from __future__ import annotations

from desktop_app.store import sync_state


def test_changed_rows_include_tombstones_in_rev_order(commune):
    start = commune.current_rev()
    person = commune.people.add({"full_name": "Lò Văn Pọm", "sex": "male"}, accept_warnings=True)
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    commune.people.delete(person["id"])
    rows = sync_state.changed_rows(commune.db, "people", start, commune.current_rev())
    assert [r["rev"] for r in rows] == sorted(r["rev"] for r in rows) and len(rows) == 2
    assert next(r for r in rows if r["id"] == person["id"])["deleted_at"]
    assert sync_state.count_changed(commune.db, "people", start, commune.current_rev()) == 2
    assert sync_state.changed_rows(commune.db, "people", start, start) == []


def test_dangling_references_of_written_rows(commune):
    person = commune.people.all()[0]
    assert sync_state.dangling_references(commune.db, "people", [person]) == []
    ghost = {**person, "village_id": "no-such-village"}
    assert sync_state.dangling_references(commune.db, "people", [ghost]) == [
        (person["id"], "village_id", "no-such-village")
    ]


def test_columns_defaults_and_foreign_keys(commune):
    cols = sync_state.columns(commune.db, "people")
    assert cols["full_name"] == ("TEXT", True) and cols["party_member"][0] == "INTEGER"
    assert set(sync_state.column_defaults(commune.db, "people").values()) == {None}
    assert ("village_id", "villages") in sync_state.foreign_keys(commune.db, "people")


def test_upsert_never_touches_another_communes_row(commune):
    person = commune.people.all()[0]
    names = list(sync_state.columns(commune.db, "people"))
    with commune.transaction():
        sync_state.upsert_rows(
            commune.db, "people", names, [{**person, "commune_code": "99999", "full_name": "Khác"}]
        )
    assert commune.people.get(person["id"])["full_name"] == person["full_name"]
    with commune.transaction():
        sync_state.upsert_rows(commune.db, "people", names, [{**person, "notes": "đã sửa"}])
    assert commune.people.get(person["id"])["notes"] == "đã sửa"


def test_bulk_writing_restores_the_connection(commune):
    db = commune.db
    cache = db.execute("pragma cache_size").fetchone()[0]
    with sync_state.bulk_writing(db):
        assert db.execute("pragma foreign_keys").fetchone()[0] == 0
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert db.execute("pragma cache_size").fetchone()[0] == cache
