"""The upper level's import: checks, dry run, one transaction, receipts; every refusal leaves
the database exactly as it was."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import text
from desktop_app.store import import_log, sync_keys, upper_copy
from desktop_app.store.backup import backup, restore
from desktop_app.store.db import SCHEMA_VERSION, open_store
from desktop_app.sync.acknowledge import import_receipt
from desktop_app.sync.errors import (
    LineageChanged,
    ReplayedBundle,
    SchemaTooNewForSync,
    SequenceGap,
    SyncError,
    UntrustedSigner,
    WrongRecipient,
)
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.keys import revoke_commune_key
from desktop_app.sync.plan import plan_import
from tests.sync.conftest import copies_equal, snapshot
from tests.sync.helpers import rebuild


def refused(upper, path, error=SyncError, **kw):
    before = snapshot(upper)
    with pytest.raises(error) as info:
        import_bundle(upper, path, **kw)
    assert snapshot(upper) == before, "a refused import changed the database"
    return info.value


def test_unknown_key_needs_enrolment_after_the_fingerprint(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    plan = plan_import(upper, bundle)
    assert plan.needs_enrolment and plan.fingerprint == commune_fingerprint(commune)
    err = refused(upper, bundle, UntrustedSigner)
    assert (
        plan.fingerprint in err.message
        and "--enrol" in err.command_hint
        and "--" not in err.message
    )
    result = import_bundle(upper, bundle, enrol=True)
    assert result.status == "imported" and result.enrolled
    assert copies_equal(upper, commune)
    assert [k["fingerprint"] for k in sync_keys.commune_keys(upper, "06280")] == [plan.fingerprint]


def commune_fingerprint(store):
    from desktop_app.sync.keys import ensure_keys

    return ensure_keys(store).fingerprint


def test_dry_run_changes_nothing_and_summarises(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    before = snapshot(upper)
    plan = plan_import(upper, bundle)
    assert snapshot(upper) == before
    people = next(s for s in plan.summaries if s.table == "people")
    assert people.new == commune.people.count(include_deleted=True) and people.changed == 0


def test_importing_twice_changes_nothing(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    first = import_bundle(upper, bundle, enrol=True)
    receipt_bytes = first.receipt_path.read_bytes()
    before = snapshot(upper)
    again = import_bundle(upper, bundle)
    assert again.status == "repeat" and again.import_id == first.import_id
    assert snapshot(upper) == before
    assert (
        again.receipt_path == first.receipt_path
        and first.receipt_path.read_bytes() == receipt_bytes
    )


def test_overlap_imports_as_a_no_op_and_changes_count(upper, commune, stick):
    first = export_bundle(commune, stick).path
    import_bundle(upper, first, enrol=True)
    person = commune.people.all()[0]
    commune.people.update(person["id"], {"notes": "Đã chuyển khẩu"})
    second = import_bundle(upper, export_bundle(commune, stick).path)
    people = next(s for s in second.plan.summaries if s.table == "people")
    assert people.changed == 1 and people.new == 0 and people.unchanged == people_total(commune) - 1
    assert copies_equal(upper, commune)


def people_total(store):
    return store.people.count(include_deleted=True)


def test_replayed_older_bundle_refused(upper, commune, stick):
    first = export_bundle(commune, stick).path
    commune.people.update(commune.people.all()[0]["id"], {"notes": "mới"})
    second = export_bundle(commune, stick).path
    import_bundle(upper, first, enrol=True)
    import_bundle(upper, second)
    replay = rebuild(first, upper, commune)  # bundle 1 again, as if never seen (new id)
    err = refused(upper, replay, ReplayedBundle)
    assert "cũ hơn gói số 2" in err.message


def test_missing_bundles_refused(upper, commune, stick, tmp_path):
    copy = backup(upper, tmp_path / "upper-copy")  # an upper level that will miss bundle 1
    first = export_bundle(commune, stick).path
    import_receipt(commune, import_bundle(upper, first, enrol=True).receipt_path)
    commune.people.update(commune.people.all()[0]["id"], {"notes": "mới"})
    second = export_bundle(commune, stick).path
    other = open_store(copy)
    try:
        err = refused(other, second, SequenceGap, enrol=True)
        assert "Thiếu gói số 1" in err.message and "Xuất toàn bộ" in err.message
        assert (
            import_bundle(other, export_bundle(commune, stick, full=True).path, enrol=True).status
            == "imported"
        )
        assert copies_equal(other, commune)
    finally:
        other.close()


def test_restore_is_detected_and_needs_confirmation(upper, commune, stick, tmp_path):
    first = export_bundle(commune, stick).path
    import_receipt(commune, import_bundle(upper, first, enrol=True).receipt_path)
    saved = backup(commune, tmp_path / "backups")
    commune.people.update(commune.people.all()[0]["id"], {"notes": "sau sao lưu"})
    import_bundle(upper, export_bundle(commune, stick).path)
    path = commune.path
    commune.close()
    restore(path, saved, tmp_path / "backups")
    restored = open_store(path)
    try:
        restored.people.update(restored.people.all()[1]["id"], {"notes": "sau khôi phục"})
        bundle = export_bundle(restored, stick)
        assert bundle.sequence == 2  # the number goes back: the backup had exported only 1
        plan = plan_import(upper, bundle.path)
        assert plan.confirmations and "khôi phục" in plan.confirmations[0]
        err = refused(upper, bundle.path, LineageChanged)
        assert "--confirm-restore" in err.command_hint and "xác nhận" in err.message
        assert import_bundle(upper, bundle.path, confirm=True).status == "imported"
        full = plan_import(upper, export_bundle(restored, stick, full=True).path)
        assert not full.confirmations  # the restored database is now the known one
    finally:
        restored.close()


def test_revoked_key_refused_even_with_enrol(upper, commune, stick):
    import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    revoke_commune_key(upper, commune_fingerprint(commune))
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    err = refused(upper, export_bundle(commune, stick).path, UntrustedSigner, enrol=True)
    assert "thu hồi" in err.message


def test_key_of_another_commune_refused(upper, make_commune, stick):
    a = make_commune("06280", seed=1)
    b = make_commune("06281", seed=2)
    import_bundle(upper, export_bundle(a, stick).path, enrol=True)
    keys = sync_keys.own_keys(a)
    with b.transaction():
        sync_keys.save_own_keys(
            b,
            keys["signing_private"],
            keys["encryption_private"],
            keys["fingerprint"],
            keys["created_at"],
        )
    err = refused(upper, export_bundle(b, stick).path, UntrustedSigner, enrol=True)
    assert "một xã khác" in err.message


def test_bundle_for_another_upper_level(upper, make_commune, stick, tmp_path):
    from desktop_app.sync.keys import export_public_key, trust_upper_key
    from desktop_app.sync.office import setup_office

    other = open_store(tmp_path / "other-upper" / "somattran.db")
    try:
        setup_office(other, "upper", "Ủy ban MTTQ tỉnh Cao Bằng", "04")
        commune = make_commune(trust=False)
        trust_upper_key(commune, export_public_key(other, tmp_path).path)
        err = refused(upper, export_bundle(commune, stick).path, WrongRecipient, enrol=True)
        assert "Cao Bằng" in err.message
    finally:
        other.close()


def test_resigned_by_another_key_refused(upper, make_commune, stick):
    from desktop_app.sync import crypto

    commune = make_commune()
    bundle = export_bundle(commune, stick).path
    forged = rebuild(bundle, upper, commune, signer=crypto.OfficeKeys.generate())
    refused(upper, forged, UntrustedSigner)


def test_damaged_files_refused(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    raw = bundle.read_bytes()
    for at in (0, 40, len(raw) // 2, len(raw) - 30):
        damaged = stick / f"damaged-{at}.smtb"
        changed = bytearray(raw)
        changed[at] ^= 0x20
        damaged.write_bytes(bytes(changed))
        refused(upper, damaged, enrol=True)
    cut = stick / "cut.smtb"
    cut.write_bytes(raw[: len(raw) * 2 // 3])
    refused(upper, cut, enrol=True)


def test_newer_schema_refused(upper, commune, stick):
    bundle = rebuild(
        export_bundle(commune, stick).path, upper, commune, schema_version=SCHEMA_VERSION + 1
    )
    err = refused(upper, bundle, SchemaTooNewForSync, enrol=True)
    assert "cập nhật" in err.message


def test_older_schema_upgraded(upper, commune, stick):
    def drop_notes(tables):
        for row in tables["people"]:
            row.pop("notes")

    bundle = rebuild(
        export_bundle(commune, stick).path, upper, commune, drop_notes, schema_version=1
    )
    result = import_bundle(upper, bundle, enrol=True)
    assert any("phiên bản cũ hơn" in w for w in result.plan.warnings)
    assert not result.quarantined
    rows = upper_copy.commune_rows(upper, "people", "06280")
    assert len(rows) == people_total(commune) and all(r["notes"] is None for r in rows)


def test_sort_keys_and_folded_names_are_recomputed_on_import(upper, commune, stick):
    """A commune on an older version sends keys that order "Thôn 10" before "Thôn 2"."""
    first, second = commune.villages.all()[:2]
    commune.villages.update(first["id"], {"name": "Thôn 10"})
    commune.villages.update(second["id"], {"name": "Thôn 2"})

    def stale_keys(tables):
        for row in tables["villages"] + tables["people"]:
            row["sort_key"], row["name_fold"] = "cu", "cu"

    bundle = rebuild(export_bundle(commune, stick).path, upper, commune, stale_keys)
    import_bundle(upper, bundle, enrol=True)
    villages = upper_copy.commune_rows(upper, "villages", "06280")
    assert all(
        v["sort_key"] == text.sort_key(v["name"]) and v["name_fold"] == text.fold(v["name"])
        for v in villages
    )
    ordered = [
        r[0]
        for r in upper.conn.execute(
            "select name from villages where name like 'Thôn %' order by sort_key"
        )
    ]
    assert ordered == ["Thôn 2", "Thôn 10"]
    people = upper_copy.commune_rows(upper, "people", "06280")
    assert all(p["sort_key"] == text.person_sort_key(p["full_name"]) for p in people)
    assert copies_equal(upper, commune)


def test_bad_records_go_to_quarantine_and_the_rest_is_imported(upper, commune, stick):
    village = commune.villages.all()[0]
    dependants = {p["id"] for p in commune.people.all(True) if p["village_id"] == village["id"]}

    def break_village(tables):
        for row in tables["villages"]:
            if row["id"] == village["id"]:
                row["commune_code"] = "99999"

    bundle = rebuild(export_bundle(commune, stick).path, upper, commune, break_village)
    result = import_bundle(upper, bundle, enrol=True)
    held = {(q.table, q.record_id): q.reason for q in result.quarantined}
    assert "99999" in held[("villages", village["id"])]
    assert {rid for t, rid in held if t == "people"} == dependants
    assert all("không có ở cấp trên" in held[("people", p)] for p in dependants)
    stored = {r["id"] for r in upper_copy.commune_rows(upper, "people", "06280")}
    assert stored == {p["id"] for p in commune.people.all(True)} - dependants
    assert len(import_log.open_quarantine(upper, "06280")) == len(held)
    assert result.plan.counts["villages"]["quarantined"] == 1


def test_quarantine_rerun_after_the_missing_record_arrives(upper, commune, stick):
    from desktop_app.sync.importer import rerun_quarantine

    village = commune.villages.all()[0]
    first = rebuild(
        export_bundle(commune, stick).path,
        upper,
        commune,
        lambda t: t["villages"].remove(next(v for v in t["villages"] if v["id"] == village["id"])),
    )
    result = import_bundle(upper, first, enrol=True)
    assert result.quarantined and not copies_equal(upper, commune)
    assert rerun_quarantine(upper).applied == 0  # the village is still missing
    held = {q.record_id for q in result.quarantined}
    commune.villages.update(village["id"], {"notes": "Đổi tên thôn"})

    def village_only(tables):  # the next bundle brings the village, not the held records
        for rows in tables.values():
            rows[:] = [r for r in rows if r["id"] not in held]

    import_bundle(upper, rebuild(export_bundle(commune, stick).path, upper, commune, village_only))
    assert not copies_equal(upper, commune)
    rerun = rerun_quarantine(upper)
    assert rerun.applied == len(result.quarantined) and rerun.still_held == []
    assert copies_equal(upper, commune)


def test_a_record_of_another_commune_is_never_overwritten(upper, make_commune, stick):
    a = make_commune("06280", seed=1)
    b = make_commune("06281", seed=2)
    import_bundle(upper, export_bundle(a, stick).path, enrol=True)
    stolen = a.people.all()[0]

    def take_over(tables):
        tables["people"].append({**stolen, "commune_code": "06281", "full_name": "Kẻ Mạo Danh"})

    bundle = rebuild(export_bundle(b, stick).path, upper, b, take_over)
    result = import_bundle(upper, bundle, enrol=True)
    assert any(q.record_id == stolen["id"] and "06280" in q.reason for q in result.quarantined)
    assert copies_equal(upper, a)


def test_same_id_number_in_two_communes_is_a_warning(upper, make_commune, stick):
    a = make_commune("06280", seed=1)
    b = make_commune("06281", seed=2)
    import_bundle(upper, export_bundle(a, stick).path, enrol=True)
    shared = next(p for p in a.people.all() if p["id_number"])
    person = next(p for p in b.people.all() if p["id_number"])
    with b.transaction():
        b.db["people"].update(person["id"], {"id_number": shared["id_number"], "rev": b.next_rev()})
    plan = plan_import(upper, export_bundle(b, stick).path)
    assert any(shared["id_number"] in w and "06280" in w for w in plan.warnings)


def test_receipt_lands_beside_the_bundle_or_where_asked(upper, commune, stick, tmp_path):
    bundle = export_bundle(commune, stick).path
    elsewhere = tmp_path / "receipts"
    elsewhere.mkdir()
    result = import_bundle(upper, bundle, enrol=True, receipt_dir=elsewhere)
    assert result.receipt_path.parent == elsewhere and result.receipt_error is None
    shutil.rmtree(elsewhere)
    again = import_bundle(upper, bundle, receipt_dir=elsewhere)
    assert again.receipt_path is None and "Không tìm thấy thư mục" in again.receipt_error


def test_progress_runs_to_the_end(upper, commune, stick):
    calls = []
    import_bundle(
        upper,
        export_bundle(commune, stick).path,
        enrol=True,
        progress=lambda done, total: calls.append((done, total)),
    )
    totals = {t for _, t in calls}
    assert len(totals) == 1 and calls[-1] == (totals.pop(),) * 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) >= 10


CRAFTED = {
    "dotdot": [("manifest.json", b"{}"), ("../../etc/passwd", b"x")],
    "duplicate": [("manifest.json", b"{}"), ("manifest.sig", b"s"), ("manifest.json", b"{}")],
    "bomb": [("payload/people.jsonl.gz", bytes(32 * 1024 * 1024)), ("manifest.json", b"{}")],
}


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_crafted_zips_refused_with_the_database_unchanged(upper, commune, stick, case):
    import io
    import warnings
    import zipfile

    import_bundle(upper, export_bundle(commune, stick).path, enrol=True)
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if case == "bomb" else zipfile.ZIP_STORED
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", compression=method) as z:
        warnings.simplefilter("ignore")
        for name, data in CRAFTED[case]:
            z.writestr(name, data)
    path = stick / f"06280-000009-{case}.smtb"
    path.write_bytes(buf.getvalue())
    err = refused(upper, path, enrol=True)
    assert {"dotdot": "không an toàn", "duplicate": "hai mục cùng tên", "bomb": "bom zip"}[
        case
    ] in err.message


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_damage_refused_with_the_database_unchanged(upper, commune, stick, data):
    bundle = stick / "06280-000001-20251118.smtb"
    if not bundle.exists():
        export_bundle(commune, stick).path.rename(bundle)
    raw = bundle.read_bytes()
    damaged = bytearray(raw)
    if data.draw(st.booleans(), "truncate"):
        damaged = damaged[: data.draw(st.integers(0, len(raw) - 1), "at")]
    else:
        damaged[data.draw(st.integers(0, len(raw) - 1), "at")] ^= data.draw(st.integers(1, 255))
    target = stick / "damaged.smtb"
    target.write_bytes(bytes(damaged))
    refused(upper, target, enrol=True)


def test_a_stale_dry_run_is_not_carried_out(upper, commune, stick):
    first = export_bundle(commune, stick).path
    commune.people.update(commune.people.all()[0]["id"], {"notes": "x"})
    second = export_bundle(commune, stick).path
    import_bundle(upper, first, enrol=True)
    stale = plan_import(upper, second)
    import_bundle(upper, second)
    before = snapshot(upper)
    with pytest.raises(SyncError, match="chạy thử lại"):
        import_bundle(upper, second, plan=stale)
    assert snapshot(upper) == before


def test_older_schema_takes_the_default_of_a_column_added_later(upper, commune, stick):
    """As if a later migration added `consent INTEGER NOT NULL DEFAULT 0` to people."""
    upper.db.execute("alter table people add column consent integer not null default 0")
    bundle = rebuild(export_bundle(commune, stick).path, upper, commune, schema_version=1)
    result = import_bundle(upper, bundle, enrol=True)
    assert not result.quarantined
    assert {r["consent"] for r in upper_copy.commune_rows(upper, "people", "06280")} == {0}


def test_enrolment_can_ask_the_officer(upper, commune, stick):
    bundle = export_bundle(commune, stick).path
    asked = []
    refused(upper, bundle, UntrustedSigner, enrol=lambda plan: asked.append(plan) or False)
    assert asked and asked[0].fingerprint == commune_fingerprint(commune)
    assert import_bundle(upper, bundle, enrol=lambda plan: True).enrolled
    import_bundle(upper, bundle, enrol=lambda plan: pytest.fail("asked for a known key"))
