"""The upper level's import made fast at the size of a province (issue 12, issue 15) changes no
result: a bundle is written in one go without a savepoint (what made SQLCipher's import ten times
slower), and gives the same rows as the careful way, table by table and row by row, which is
still what happens when a constraint refuses a row; a file imported before is recognised from its
import record and SHA-256 without its every byte checked again, and a changed copy is refused."""

from __future__ import annotations

import gzip

import pytest

from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync import bundle as bundle_format
from desktop_app.sync import crypto, importer, payload
from desktop_app.sync.errors import BundleCorrupt, SyncError
from desktop_app.sync.export import export_bundle
from desktop_app.sync.files import import_files
from desktop_app.sync.importer import import_bundle
from tests.sync.conftest import copies_equal, snapshot

COMMUNES = (("06280", 40, 1), ("06283", 25, 2), ("06286", 15, 3))


def synced_rows(store) -> dict[str, list[tuple]]:
    return {
        t: [tuple(r) for r in store.conn.execute(f"select * from {t} order by id")]
        for t in SYNCED_TABLES
    }


def statements(store) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    return seen


def savepoints_open_at_writes(seen: list[str]) -> list[int]:
    """For each upsert of a register's rows, how many savepoints were open."""
    depth, found = 0, []
    for statement in seen:
        words = statement.lower().split()
        if words[:1] == ["savepoint"]:
            depth += 1
        elif words[:2] == ["release", "savepoint"] or words[:1] == ["release"]:
            depth -= 1
        elif words[:1] == ["insert"] and "on conflict(id) do update" in statement.lower():
            found.append(depth)
    return found


def test_a_bundle_is_written_without_a_savepoint(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    seen = statements(upper)
    import_bundle(upper, bundle, enrol=True)
    upper.conn.set_trace_callback(None)
    depths = savepoints_open_at_writes(seen)
    assert len(depths) >= 5 and set(depths) == {0}
    assert copies_equal(upper, commune)


def test_many_communes_give_the_rows_the_careful_way_gives(
    upper, make_commune, stick, tmp_path, monkeypatch
):
    communes = [make_commune(code, people, seed) for code, people, seed in COMMUNES]
    first = [export_bundle(c, stick).path for c in communes]
    for c in communes:  # a second bundle each: changes, a tombstone, a new person
        person = c.people.all()[0]
        c.people.update(person["id"], {"notes": "Đã chuyển khẩu"}, accept_warnings=True)
        free = c.conn.execute(
            "select id from people where deleted_at is null and id not in"
            " (select person_id from memberships) order by id limit 1"
        ).fetchone()[0]
        c.people.delete(free)
    second = [export_bundle(c, stick).path for c in communes]

    careful = _fresh_upper(upper, tmp_path / "careful")
    with monkeypatch.context() as patch:
        patch.setattr(
            importer,
            "_apply",
            lambda store, plan, enrol: importer._apply_once(store, plan, enrol, careful=True),
        )
        assert not [o.error for o in import_files(careful, first + second, enrol=True) if o.error]
    assert not [o.error for o in import_files(upper, first + second, enrol=True) if o.error]
    assert synced_rows(upper) == synced_rows(careful)
    assert upper.conn.execute("select * from people_counts order by 1").fetchall() == (
        careful.conn.execute("select * from people_counts order by 1").fetchall()
    )
    assert all(copies_equal(upper, c) for c in communes)
    careful.close()


def _fresh_upper(like, folder):
    """A second upper office with the same keys as `like` (bundles are encrypted to it)."""
    from desktop_app.store.db import open_store

    folder.mkdir()
    like.db.execute("pragma wal_checkpoint(truncate)")
    empty = open_store(folder / "somattran.db")
    empty.close()
    (folder / "somattran.db").unlink()
    for name in ("somattran.db-wal", "somattran.db-shm"):
        (folder / name).unlink(missing_ok=True)
    like.conn.execute("vacuum into ?", [str(folder / "somattran.db")])
    return open_store(folder / "somattran.db")


def _document(store, number: int, **fields):
    row = {
        "id": fields.pop("id"),
        "commune_code": store.office()["commune_code"],
        "created_at": "2026-01-05T08:00:00Z",
        "updated_at": "2026-01-05T08:00:00Z",
        "deleted_at": None,
        "rev": store.next_rev(),
        "doc_type": "quyet-dinh",
        "year": 2026,
        "number": number,
        "symbol": "QĐ-MTTQ",
        "subject": "Thử",
        "ref_key": None,
        "date": "2026-01-05",
        "signer": "Chủ tịch",
    }
    store.db["documents"].upsert(row, pk="id")


def test_a_refused_row_falls_back_to_the_careful_way_with_the_same_result(upper, commune, stick):
    """Two documents move up a number: written in key order, the first takes the second's old
    number before the second has left it (unique per commune, year and type); the bundle is
    written again the careful way, whose second pass succeeds, as before."""
    with commune.transaction():
        _document(commune, 1, id="a0000000-0000-4000-8000-000000000001")
        _document(commune, 2, id="b0000000-0000-4000-8000-000000000002")
    import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    with commune.transaction():
        _document(commune, 3, id="b0000000-0000-4000-8000-000000000002")
        _document(commune, 2, id="a0000000-0000-4000-8000-000000000001")
    seen = statements(upper)
    result = import_bundle(upper, export_bundle(commune, stick).path)
    upper.conn.set_trace_callback(None)
    assert result.status == "imported" and not result.quarantined
    assert 1 in savepoints_open_at_writes(seen)  # the careful way ran
    assert copies_equal(upper, commune)
    numbers = dict(upper.conn.execute("select id, number from documents"))
    assert numbers == {
        "a0000000-0000-4000-8000-000000000001": 2,
        "b0000000-0000-4000-8000-000000000002": 3,
    }


def test_a_reimport_does_not_check_every_byte_again(upper, commune, stick, monkeypatch):
    bundle = export_bundle(commune, stick).path
    import_bundle(upper, bundle, enrol=True)
    checked: list[int] = []
    real = crypto.signature_valid
    monkeypatch.setattr(
        crypto, "signature_valid", lambda *a: checked.append(1) or real(*a), raising=True
    )
    before = snapshot(upper)
    outcome = import_files(upper, [bundle])[0]
    assert outcome.error is None and outcome.result.status == "repeat"
    assert checked == []  # recognised by its bundle id and SHA-256, the signature not re-checked
    assert snapshot(upper) == before


@pytest.mark.parametrize("where", ["manifest", "payload", "last byte"])
def test_a_changed_copy_of_an_imported_bundle_is_refused(upper, commune, stick, tmp_path, where):
    bundle = export_bundle(commune, stick).path
    import_bundle(upper, bundle, enrol=True)
    raw = bytearray(bundle.read_bytes())
    manifest_at = raw.index(b'"bundle_id"')
    at = {
        "manifest": raw.index(b'"created_at"', manifest_at) + 20,
        "payload": raw.index(b"payload/people", raw.index(b"payload/people") + 1) + 200,
        "last byte": len(raw) - 1,
    }[where]
    raw[at] ^= 0x01
    changed = tmp_path / bundle.name
    changed.write_bytes(bytes(raw))
    if where != "last byte":  # the same bundle id, as far as the changed file says
        said = bundle_format.peek_header(bytes(raw))
        assert said.bundle_id == bundle_format.peek_header(bundle.read_bytes()).bundle_id
    before = snapshot(upper)
    with pytest.raises(SyncError):
        import_bundle(upper, changed)
    outcome = import_files(upper, [changed])[0]
    assert isinstance(outcome.error, SyncError)
    assert snapshot(upper) == before


def test_a_payload_is_parsed_a_group_of_lines_at_a_time_with_the_same_rows():
    rows = [
        {"id": f"{n:08d}-0000-4000-8000-000000000000", "full_name": f"Nguyễn Văn {n}", "n": n}
        for n in range(payload.LINES_AT_ONCE * 2 + 7)
    ]
    data, count = payload.encode_rows(rows)
    assert payload.decode_rows(data, "payload/people.jsonl.gz", count) == rows


def test_a_bad_line_in_a_later_group_is_named_by_its_number_in_the_payload():
    lines = [payload.encode_row({"id": f"r{n}", "n": n}) for n in range(payload.LINES_AT_ONCE + 10)]
    lines[payload.LINES_AT_ONCE + 4] = b'{"id": 5, "n": 1}'  # an id that is not text
    data = gzip.compress(b"\n".join(lines) + b"\n", mtime=0)
    with pytest.raises(BundleCorrupt) as info:
        payload.decode_rows(data, "payload/people.jsonl.gz", len(lines))
    assert f"Dòng {payload.LINES_AT_ONCE + 5} " in info.value.message


def test_people_are_written_in_vietnamese_order_and_a_communes_ids_stay_together(
    upper, make_commune, stick
):
    """A bundle's people go into the province's Vietnamese-order index one page after another
    (the rows in sort-key order), and a commune's records keep to their own prefixes (the
    database's, and the demo's seeded one): a stretch of each id index, never shared with
    another commune (docs/scale.md, fifth pass)."""
    communes = [make_commune(code, people, seed) for code, people, seed in COMMUNES]
    for c in communes:  # one made the way an officer makes it
        c.people.add({"full_name": "Lò Văn Páo", "sex": "male"}, accept_warnings=True)
    import_files(upper, [str(export_bundle(c, stick).path) for c in communes], enrol=True)
    prefixes: dict[str, set[str]] = {}
    for c in communes:
        code = c.owner_code()
        written = [
            key
            for (key,) in upper.conn.execute(
                "select sort_key from people where commune_code = ? order by rowid", [code]
            )
        ]
        assert len(written) == c.people.count() and written == sorted(written)
        prefixes[code] = {
            rid[:8]
            for table in SYNCED_TABLES
            for (rid,) in upper.conn.execute(
                f"select id from {table} where commune_code = ?", [code]
            )
        }
        assert c.office()["database_id"][:8] in prefixes[code] and len(prefixes[code]) <= 2
    held = [p for code in prefixes for p in prefixes[code]]
    assert len(held) == len(set(held))  # no prefix in two communes
