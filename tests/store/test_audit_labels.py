"""Vietnamese names for the audit trail's codes."""

from desktop_app.core.audit_labels import field_label, table_label, value_label


def test_tables_fields_and_settings_have_vietnamese_names():
    assert table_label("people") == "Người"
    assert field_label("people", "id_number") == "Số định danh (CCCD)"
    assert field_label("villages", "name") == "Tên khu dân cư"
    assert field_label("bodies", "name") == "Tên ban"
    assert field_label("settings", "signer_name") == "Họ tên người ký"
    assert table_label("something_new") == "something_new"  # an unknown code is shown as it is
    assert field_label("people", None) == "" and table_label(None) == ""


def test_every_field_of_every_register_is_named():
    """A column added to a register (or the office) without a name here shows its code on the
    Nhật ký page. The sync and account tables write small summaries, not their rows."""
    import sqlite3
    import tempfile
    from pathlib import Path

    from desktop_app.core.audit_labels import TABLE_LABELS
    from desktop_app.store.db import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "x.db")
        quiet = {"id", "created_at", "updated_at", "rev", "name_fold", "sort_key", "commune_code"}
        missing = []
        for table in TABLE_LABELS:
            try:
                columns = [r["name"] for r in store.query(f'pragma table_info("{table}")')]
            except sqlite3.Error:
                continue
            if "rev" not in columns and table != "office":
                continue
            missing += [
                f"{table}.{c}" for c in columns if c not in quiet and field_label(table, c) == c
            ]
        store.close()
    assert missing == []


def test_coded_values_read_as_the_officer_knows_them():
    assert value_label("people", "sex", "female") == "Nữ"
    assert value_label("accounts", "role", "lanh_dao") == "Lãnh đạo"
    assert value_label("commendations", "form", "giay_khen") == "Giấy khen"
    assert value_label("people", "full_name", "female") == "female"  # not a coded field
    assert value_label("people", "sex", None) is None and value_label("x", "y", 3) == 3
