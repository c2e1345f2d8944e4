"""m0007 adds the import batches to a database of the schema before it, keeping its data."""

from desktop_app.store import migrations
from desktop_app.store.db import open_store
from tests.store.test_migrations import database_at


def test_m0007_upgrades_the_schema_before_it(tmp_path):
    path = tmp_path / "old.db"
    database_at(path, migrations.names().index("m0007_import_batches"))
    store = open_store(path)
    assert {"import_batches", "import_items"} <= set(store.db.table_names())
    assert store.people.get("p1")["full_name"] == "Nông Thị Hoa"
    assert store.query("select count(*) as n from import_batches")[0]["n"] == 0
    store.close()
