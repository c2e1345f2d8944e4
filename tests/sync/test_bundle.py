"""Bundles as bytes: signed manifest, encrypted payloads, and every way a file can be wrong."""

from __future__ import annotations

import gzip
import uuid
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sync import crypto, payload
from desktop_app.sync.bundle import (
    BundleHeader,
    Recipient,
    build_bundle,
    file_name,
    open_bundle,
)
from desktop_app.sync.container import read_container, write_container
from desktop_app.sync.errors import (
    BundleCorrupt,
    BundleTooLarge,
    NotSetUp,
    SchemaTooNewForSync,
    SignatureInvalid,
    SyncError,
    WrongKind,
    WrongRecipient,
)
from desktop_app.sync.signed import dump_manifest, load_json, seal_file

COMMUNE = crypto.OfficeKeys.generate()
UPPER = crypto.OfficeKeys.generate()
OTHER = crypto.OfficeKeys.generate()
RECIPIENT = Recipient("20", "Ủy ban MTTQ tỉnh Lạng Sơn", UPPER.public())


def header(**changes) -> BundleHeader:
    fields = dict(
        office_code="12345",
        office_name="Xã Hoàng Đồng",
        installation_id=str(uuid.uuid4()),
        database_id=str(uuid.uuid4()),
        bundle_id=str(uuid.uuid4()),
        sequence=3,
        base_sequence=1,
        base_rev=40,
        base_bundle_id=str(uuid.uuid4()),
        to_rev=95,
        full=False,
        created_at="2025-11-18T02:00:00Z",
        program_version="0.1.0",
        schema_version=2,
    )
    fields.update(changes)
    return BundleHeader(**fields)


def tables() -> list[tuple[str, list[dict]]]:
    people = [
        {
            "id": str(uuid.UUID(int=i)),
            "commune_code": "12345",
            "full_name": "Nguyễn Văn Dũng",
            "party_member": i % 2,
            "deleted_at": None,
            "rev": 41 + i,
        }
        for i in range(30)
    ]
    people[3]["deleted_at"] = "2025-11-01T00:00:00Z"
    return [
        ("villages", [{"id": "v1", "name": "Thôn Nà Cạn", "rev": 50}]),
        ("people", people),
        ("memberships", []),
    ]


@cache
def encrypted() -> bytes:
    return build_bundle(header(), tables(), COMMUNE, RECIPIENT)


@cache
def plain() -> bytes:
    return build_bundle(header(), tables(), COMMUNE)


def read_all(raw: bytes, keys=UPPER):
    return open_bundle(raw).read_tables(keys)


def test_round_trip_encrypted():
    opened = open_bundle(encrypted())
    h = opened.header
    assert (h.office_code, h.sequence, h.base_sequence, h.base_rev, h.to_rev) == (
        "12345",
        3,
        1,
        40,
        95,
    )
    assert opened.manifest.encrypted and opened.manifest.recipient_code == "20"
    assert opened.manifest.row_counts == {"villages": 1, "people": 30, "memberships": 0}
    assert opened.fingerprint == COMMUNE.fingerprint
    assert opened.read_tables(UPPER) == dict(tables())


def test_manifest_readable_without_keys_but_payload_is_not_plaintext():
    raw = encrypted()
    opened = open_bundle(raw)  # verify needs no private key
    assert opened.header.office_name == "Xã Hoàng Đồng"
    for name, data in read_container(raw):
        if name.startswith("payload/"):
            with pytest.raises(OSError):
                gzip.decompress(data)  # not even the compression layer shows through
    plain_payloads = [d for n, d in read_container(plain()) if n.startswith("payload/")]
    assert "Nguyễn".encode() in gzip.decompress(plain_payloads[1])


def test_unencrypted_round_trip_and_readable_by_any_program():
    import io
    import json
    import zipfile

    assert open_bundle(plain()).read_tables() == dict(tables())
    with zipfile.ZipFile(io.BytesIO(plain())) as z:
        manifest = json.loads(z.read("manifest.json"))
        lines = gzip.decompress(z.read("payload/people.jsonl.gz")).decode().splitlines()
    assert manifest["payloads"][1]["rows"] == len(lines) == 30
    assert json.loads(lines[0])["full_name"] == "Nguyễn Văn Dũng"


def test_file_name():
    from datetime import date

    assert file_name("12345", 7, date(2025, 11, 18)) == "12345-000007-20251118.smtb"


def test_wrong_decryption_key():
    with pytest.raises(WrongRecipient) as info:
        read_all(encrypted(), OTHER)
    assert "Ủy ban MTTQ tỉnh Lạng Sơn" in info.value.message


def test_recipient_fingerprint_claimed_but_key_wrong():
    """A manifest naming our fingerprint whose payloads were sealed for another key."""
    lying = Recipient(
        "20", "x", crypto.PublicIdentity(UPPER.public().signing_key, OTHER.public().encryption_key)
    )
    raw = build_bundle(header(), tables(), COMMUNE, lying)
    with pytest.raises(WrongRecipient):
        read_all(raw, UPPER)


def test_encrypted_bundle_needs_keys():
    with pytest.raises(NotSetUp):
        open_bundle(encrypted()).read_tables(None)


def _resign(raw: bytes, keys: crypto.OfficeKeys, edit=None) -> bytes:
    entries = read_container(raw)
    manifest = load_json(entries[0][1])
    if edit:
        edit(manifest)
    manifest.pop("signer")
    return seal_file(manifest.pop("kind"), manifest, keys, entries[2:])


def test_signature_of_another_key_refused():
    entries = read_container(encrypted())
    forged = OTHER.sign("bundle", entries[0][1])
    with pytest.raises(SignatureInvalid) as info:
        open_bundle(write_container([entries[0], ("manifest.sig", forged), *entries[2:]]))
    assert "Chữ ký" in info.value.message


def test_resigned_by_another_office_cannot_be_decrypted():
    """Someone re-signs a commune's encrypted payloads as their own: the key derivation binds
    the signer, so the upper level cannot be fooled into taking them as the other's data."""
    raw = _resign(encrypted(), OTHER)
    opened = open_bundle(raw)
    assert opened.fingerprint == OTHER.fingerprint
    with pytest.raises(WrongRecipient):
        opened.read_tables(UPPER)


def test_payload_swapped_between_bundles_refused():
    a = read_container(encrypted())
    b = read_container(build_bundle(header(), tables(), COMMUNE, RECIPIENT))
    with pytest.raises(BundleCorrupt):
        open_bundle(write_container([*a[:3], b[3], *a[4:]]))


def test_manifest_edit_breaks_signature():
    entries = read_container(encrypted())
    body = entries[0][1].replace(b'"sequence": 3', b'"sequence": 9')
    assert body != entries[0][1]
    with pytest.raises(SignatureInvalid):
        open_bundle(write_container([("manifest.json", body), *entries[1:]]))


def test_duplicate_keys_in_manifest_refused():
    entries = read_container(encrypted())
    body = entries[0][1].replace(b'{\n "base"', b'{\n "sequence": 1,\n "base"', 1)
    sig = COMMUNE.sign("bundle", body)
    with pytest.raises(BundleCorrupt):
        open_bundle(write_container([("manifest.json", body), ("manifest.sig", sig), *entries[2:]]))


def test_newer_format_refused():
    raw = build_bundle(header(), tables(), COMMUNE)
    entries = read_container(raw)
    manifest = load_json(entries[0][1])
    manifest["format_version"] = 99
    body = dump_manifest(manifest)
    raw = write_container(
        [("manifest.json", body), ("manifest.sig", COMMUNE.sign("bundle", body)), *entries[2:]]
    )
    with pytest.raises(SchemaTooNewForSync) as info:
        open_bundle(raw)
    assert "cập nhật" in info.value.message


def test_row_count_mismatch_refused():
    raw = _resign(plain(), COMMUNE, lambda m: m["payloads"][1].update(rows=31))
    with pytest.raises(BundleCorrupt):
        open_bundle(raw).read_tables()


def test_inconsistent_sequence_refused():
    raw = _resign(plain(), COMMUNE, lambda m: m["base"].update(sequence=5))
    with pytest.raises(BundleCorrupt):
        open_bundle(raw)


def test_gzip_bomb_in_a_signed_payload(monkeypatch):
    monkeypatch.setattr(payload, "MAX_PAYLOAD_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"\n" * (8 * 1024 * 1024), mtime=0)
    manifest = {
        "office": {"code": "12345", "name": "X", "role": "commune"},
        "payloads": [{"table": "people", "file": "payload/people.jsonl.gz", "rows": 1}],
    }
    entries = read_container(plain())
    original = load_json(entries[0][1])
    for key in (
        "installation_id",
        "database_id",
        "bundle_id",
        "sequence",
        "base",
        "revs",
        "full",
        "created_at",
        "program_version",
        "schema_version",
        "encryption",
    ):
        manifest[key] = original[key]
    raw = seal_file("bundle", manifest, COMMUNE, [("payload/people.jsonl.gz", bomb)])
    with pytest.raises(BundleTooLarge):
        open_bundle(raw).read_tables()


def test_a_receipt_is_not_a_bundle():
    raw = seal_file("receipt", {"payloads": []}, COMMUNE)
    with pytest.raises(WrongKind) as info:
        open_bundle(raw)
    assert "biên nhận" in info.value.message


SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(st.data())
def test_truncation_at_any_offset_refused(data):
    raw = data.draw(st.sampled_from([encrypted(), plain()]))
    cut = data.draw(st.integers(0, len(raw) - 1))
    with pytest.raises(SyncError):
        read_all(raw[:cut])


@SLOW
@given(st.data())
def test_flipped_byte_anywhere_refused(data):
    raw = data.draw(st.sampled_from([encrypted(), plain()]))
    at = data.draw(st.integers(0, len(raw) - 1))
    mask = data.draw(st.integers(1, 255))
    changed = bytearray(raw)
    changed[at] ^= mask
    with pytest.raises(SyncError):
        read_all(bytes(changed))


def test_every_byte_of_a_bundle_is_covered():
    raw = encrypted()
    for at in range(0, len(raw)):
        changed = bytearray(raw)
        changed[at] ^= 0x80
        with pytest.raises(SyncError):
            read_all(bytes(changed))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(
                ["full_name", "notes", "rank", "party_member", "money"]
            ),  # rev: see below
            st.one_of(st.none(), st.text(), st.integers(-(2**62), 2**62)),
            max_size=5,
        ),
        max_size=20,
    )
)
def test_any_rows_round_trip(rows):
    rows = [{"id": f"r{i}", **row} for i, row in enumerate(rows)]
    raw = build_bundle(header(), [("people", rows)], COMMUNE, RECIPIENT)
    assert read_all(raw) == {"people": rows}


@pytest.mark.parametrize(
    "body",
    [
        b'{"id":"a"}\n{"id":"b"},{"id":"c"}\n',
        b'{"id":"a"}\n\n',
        b'{"id":"a"}\n[1]\n',
        b'{"id":"a","id":"b"}\n',
        b'{"id":1}\n',
        b'{"id":"a"}',
    ],
)
def test_malformed_payload_lines_refused(body):
    with pytest.raises(BundleCorrupt):
        payload.decode_rows(gzip.compress(body), "payload/people.jsonl.gz")


def test_payload_lines_decoded():
    body = b'{"id":"a","n":1}\n{"id":"b","s":"Nguy\\u1ec5n"}\n'
    assert payload.decode_rows(gzip.compress(body), "x") == [
        {"id": "a", "n": 1},
        {"id": "b", "s": "Nguyễn"},
    ]


def test_a_gzip_bomb_in_a_properly_signed_bundle_stops_within_the_limit(monkeypatch):
    """Issue 11, failure 9: refused after 5.5 s and 1 GB before; now streamed and bounded by the
    declared rows."""
    import time
    import tracemalloc
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = packer.compress(b"\n" * (1 << 30)) + packer.flush()  # 1 GB of newlines in 1 MB
    real = payload.encode_rows

    def with_bomb(rows):
        data, count = real(rows)
        return (bomb, count) if count == 30 else (data, count)  # the people payload

    monkeypatch.setattr(payload, "encode_rows", with_bomb)
    raw = build_bundle(header(), tables(), COMMUNE, RECIPIENT)
    monkeypatch.undo()
    opened = open_bundle(raw)  # the signature and the sums are good
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(BundleTooLarge):
        opened.read_tables(UPPER)
    took = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak
    assert took < 1.0, took


def test_a_payload_may_not_grow_past_its_declared_rows():
    body = b"".join(b'{"id":"%d","notes":"%s"}\n' % (i, b"x" * 10_000) for i in range(100))
    assert len(payload.decode_rows(gzip.compress(body), "people", 100)) == 100
    with pytest.raises(BundleTooLarge):
        payload.decode_rows(gzip.compress(body * 20), "people", 100)


def test_rows_whose_rev_is_outside_the_declared_range_are_refused():
    """Issue 11, failure 12: a changed revs.to (or rows from outside the export) is refused even
    when the commune's own key signed it."""
    people = [{"id": "a", "rev": 41}, {"id": "b", "rev": 96}]  # header: incremental 40 < rev <= 95
    with pytest.raises(BundleCorrupt, match="ngoài khoảng"):
        read_all(build_bundle(header(), [("people", people)], COMMUNE, RECIPIENT))
    assert read_all(build_bundle(header(to_rev=96), [("people", people)], COMMUNE, RECIPIENT))


@pytest.mark.parametrize("change", ["top", "office", "payload", "sequence"])
def test_unknown_fields_and_absurd_sequences_are_refused_with_a_good_signature(change, monkeypatch):
    import desktop_app.sync.bundle as bundle_module

    real = bundle_module.seal_file

    def sealed(kind, manifest, keys, entries):
        manifest = dict(manifest)
        if change == "top":
            manifest["extra"] = 1
        elif change == "office":
            manifest["office"] = {**manifest["office"], "admin": True}
        elif change == "payload":
            manifest["payloads"] = [{**p, "note": "x"} for p in manifest["payloads"]]
        else:
            manifest["sequence"] = 999_999_999
        return real(kind, manifest, keys, entries)

    monkeypatch.setattr(bundle_module, "seal_file", sealed)
    raw = build_bundle(header(), tables(), COMMUNE, RECIPIENT)
    monkeypatch.undo()
    with pytest.raises(BundleCorrupt):
        open_bundle(raw)
