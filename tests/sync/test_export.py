"""Export at a commune: incremental by rev since the acknowledged base, full on request."""

from __future__ import annotations

import pytest

from desktop_app.sync.acknowledge import import_receipt
from desktop_app.sync.bundle import open_bundle
from desktop_app.sync.container import read_file
from desktop_app.sync.errors import NotSetUp
from desktop_app.sync.export import commune_status, export_bundle
from desktop_app.sync.importer import import_bundle


def rows_in(path, keys):
    return open_bundle(read_file(path)).read_tables(keys)


def upper_keys(upper):
    from desktop_app.sync.plan import own_private_keys

    return own_private_keys(upper)


def test_first_export_holds_everything_encrypted(upper, commune, stick):
    progress = []
    result = export_bundle(commune, stick, progress=lambda d, t: progress.append((d, t)))
    assert result.path.parent == stick and result.path.name.startswith("06280-000001-")
    assert result.sequence == 1 and result.base_sequence == 0 and result.encrypted
    assert result.counts["people"] == commune.people.count(include_deleted=True)
    assert progress[-1][0] == progress[-1][1] and len(progress) > 5
    assert [p.name for p in stick.iterdir() if p.name.startswith(".")] == []
    tables = rows_in(result.path, upper_keys(upper))
    assert {r["id"] for r in tables["people"]} == {p["id"] for p in commune.people.all(True)}


def test_incremental_overlaps_until_a_receipt_then_starts_after_it(upper, commune, stick):
    first = export_bundle(commune, stick)
    person = commune.people.all()[0]
    commune.people.update(person["id"], {"notes": "Chuyển sinh hoạt"})
    second = export_bundle(commune, stick)
    assert second.sequence == 2 and second.base_sequence == 0  # no receipt yet: overlaps
    assert second.counts["people"] == first.counts["people"]
    result = import_bundle(upper, first.path, enrol=True)
    import_receipt(commune, result.receipt_path)
    commune.people.update(person["id"], {"phone": "0912345678"})
    commune.people.delete(
        commune.people.add({"full_name": "Lý Thị Mai", "sex": "female"}, accept_warnings=True)["id"]
    )
    third = export_bundle(commune, stick)
    assert third.sequence == 3 and third.base_sequence == 1
    tables = rows_in(third.path, upper_keys(upper))
    people = {r["id"]: r for r in tables["people"]}
    assert len(people) == 2 and people[person["id"]]["phone"] == "0912345678"
    assert sum(1 for r in people.values() if r["deleted_at"]) == 1  # the tombstone travels
    assert sum(third.counts.values()) == 2


def test_full_export_ignores_the_base(upper, commune, stick):
    first = export_bundle(commune, stick)
    import_receipt(commune, import_bundle(upper, first.path, enrol=True).receipt_path)
    full = export_bundle(commune, stick, full=True)
    assert full.full and full.base_sequence == 0 and full.counts == first.counts
    assert open_bundle(read_file(full.path)).header.full


def test_without_the_upper_key_the_bundle_is_plain_and_says_so(make_commune, stick):
    commune = make_commune(trust=False)
    result = export_bundle(commune, stick)
    assert not result.encrypted and "KHÔNG được mã hóa" in result.warnings[0]
    assert rows_in(result.path, None)["people"]


def test_upper_level_cannot_export(upper, stick):
    with pytest.raises(NotSetUp):
        export_bundle(upper, stick)


def test_status_at_the_commune(upper, commune, stick):
    status = commune_status(commune)
    assert (
        status.last_sequence is None and status.upper_fingerprint == upper_keys(upper).fingerprint
    )
    first = export_bundle(commune, stick)
    import_receipt(commune, import_bundle(upper, first.path, enrol=True).receipt_path)
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    export_bundle(commune, stick)
    status = commune_status(commune)
    assert (status.last_sequence, status.acknowledged_sequence, status.unacknowledged) == (2, 1, 1)
    assert status.changes_since_acknowledged == 1


def test_a_failed_write_does_not_use_up_the_sequence(commune, tmp_path, stick):
    from desktop_app.sync.errors import WriteFailed

    with pytest.raises(WriteFailed):
        export_bundle(commune, tmp_path / "unplugged")
    assert export_bundle(commune, stick).sequence == 1


def test_next_bundle_counts_what_the_next_bundle_holds(upper, commune, stick):
    from desktop_app.store.schema import SYNCED_TABLES
    from desktop_app.sync.acknowledge import import_receipt
    from desktop_app.sync.export import commune_status, next_bundle_counts
    from desktop_app.sync.importer import import_bundle

    everything = {
        t: commune.conn.execute(f"select count(*) from {t}").fetchone()[0] for t in SYNCED_TABLES
    }
    assert next_bundle_counts(commune) == next_bundle_counts(commune, full=True) == everything
    result = import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    import_receipt(commune, result.receipt_path)
    assert (
        sum(next_bundle_counts(commune).values())
        == commune_status(commune).changes_since_acknowledged
        == 0
    )
    person = commune.people.all()[0]
    commune.people.update(person["id"], {"phone": "0912000222"})
    assert next_bundle_counts(commune) == {t: int(t == "people") for t in SYNCED_TABLES}
    assert commune_status(commune).changes_since_acknowledged == 1
    assert next_bundle_counts(commune, full=True) == everything
