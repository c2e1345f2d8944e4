"""Accounts of a protected office, and an audit trail nobody can alter.

`accounts`: one row per person who may log in, never deleted (the audit trail keeps their name);
`key_wrap` mirrors the account's entry of the key file (store/vault.py), so a damaged key file
can be written again from inside the database after a log-in with the recovery key. An office
without accounts (the demo, one not yet protected) has the table empty.

`audit_log` gets the account's role beside its name, and two triggers that refuse to change or
delete an entry, whatever program writes to the file. Nothing else changes; no data moves.

An office of an earlier version is marked `protect_at_start` (its window asks the chairman for
an account at the next start). A demo commune made by an earlier version is marked as one (meta `demo`), so that it keeps
opening without a log-in: the demo's signer, and people that no officer ever added (the demo
writes them in bulk, with no audit line; an officer's additions each have one).
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db["accounts"].create(
        {
            "id": str,
            "name": str,
            "role": str,
            "key_wrap": str,
            "created_at": str,
            "created_by": str,
            "updated_at": str,
            "disabled_at": str,
            "disabled_by": str,
        },
        pk="id",
        not_null={"name", "role", "created_at"},
        if_not_exists=True,
    )
    if "actor_role" not in db["audit_log"].columns_dict:
        db["audit_log"].add_column("actor_role", str)
    db["audit_log"].create_index(["at"], index_name="idx_audit_log_at", if_not_exists=True)
    db["audit_log"].create_index(["actor"], index_name="idx_audit_log_actor", if_not_exists=True)
    db.execute("""create trigger if not exists audit_log_no_update before update on audit_log
                  begin select raise(abort, 'Nhật ký không được sửa'); end""")
    _mark_old_demo(db)
    # an office set up by an earlier version: its window asks the chairman for an account at the
    # next start (an office set up from now on gets it in the first-run wizard or `setup --user`)
    demo = db.execute("select value from meta where key = 'demo'").fetchone()
    if db.execute("select 1 from office").fetchone() and not (demo and demo[0] == "1"):
        db.execute("insert or replace into meta (key, value) values ('protect_at_start', '1')")
    db.execute("""create trigger if not exists audit_log_no_delete before delete on audit_log
                  begin select raise(abort, 'Nhật ký không được xóa'); end""")


def _mark_old_demo(db: Database) -> None:
    signer = db.execute("select value from settings where key = 'signer_name'").fetchone()
    if not signer or signer[0] != '"Hoàng Văn Thắng"':
        return
    people = db.execute("select count(*) from people").fetchone()[0]
    added = db.execute(
        "select count(*) from audit_log where table_name = 'people' and action = 'add'"
    ).fetchone()[0]
    if people and not added:
        db.execute("insert or replace into meta (key, value) values ('demo', '1')")
