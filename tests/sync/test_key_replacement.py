"""A commune whose computer or key may be in other hands makes new keys; the upper level enrols
the new key only after comparing fingerprints, and revokes the old one."""

from __future__ import annotations

import pytest

from desktop_app.cli import main
from desktop_app.store import sync_keys
from desktop_app.sync.errors import NotSetUp, UntrustedSigner
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from desktop_app.sync.keys import ensure_keys, replace_own_keys, revoke_commune_key
from desktop_app.sync.plan import plan_import
from tests.sync.conftest import copies_equal, snapshot


def test_new_key_needs_enrolment_and_the_revoked_old_key_is_refused(upper, commune, stick):
    first = export_bundle(commune, stick).path
    import_bundle(upper, first, enrol=True)
    old = ensure_keys(commune).fingerprint
    stolen_copy = export_bundle(commune, stick, full=True).path  # signed with the old key

    new = replace_own_keys(commune)
    assert new.fingerprint != old and ensure_keys(commune).fingerprint == new.fingerprint
    commune.people.update(commune.people.all()[0]["id"], {"phone": "0912000111"})
    after = export_bundle(commune, stick).path

    plan = plan_import(upper, after)
    assert plan.needs_enrolment and plan.fingerprint == new.fingerprint
    before = snapshot(upper)
    with pytest.raises(UntrustedSigner, match=new.fingerprint):
        import_bundle(upper, after)
    assert snapshot(upper) == before

    revoke_commune_key(upper, old)
    with pytest.raises(UntrustedSigner, match="thu hồi"):
        import_bundle(upper, stolen_copy)
    assert import_bundle(upper, after, enrol=True).status == "imported"
    assert copies_equal(upper, commune)
    states = {
        k["fingerprint"]: k["revoked_at"] is not None
        for k in sync_keys.commune_keys(upper, "06280")
    }
    assert states == {old: True, new.fingerprint: False}


def test_only_a_commune_replaces_its_keys_here(upper):
    before = ensure_keys(upper).fingerprint
    with pytest.raises(NotSetUp):
        replace_own_keys(upper)
    assert ensure_keys(upper).fingerprint == before


def test_key_new_on_the_command_line(tmp_path, capsys):
    folder = tmp_path / "commune"
    assert main(["--data-dir", str(folder), "demo", "--people", "30", "--villages", "2"]) == 0
    assert main(["--data-dir", str(folder), "key"]) == 0
    old = capsys.readouterr().out.strip().splitlines()[-1].rsplit(": ", 1)[1]
    assert main(["--data-dir", str(folder), "key", "--new"]) == 0
    out, err = capsys.readouterr()
    new = out.strip().rsplit(": ", 1)[1]
    assert new != old and "thu hồi khóa cũ" in err
