"""Record ids keep a database's records together; the upper level keeps no rev index."""

from __future__ import annotations

import uuid

from desktop_app.imports.pipeline import prepare
from desktop_app.imports.write import write_plan
from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.store.schema import SYNCED_TABLES
from desktop_app.sync.office import setup_office
from tests.imports.workbooks import people_xlsx
from tests.store.schema_before import OFFICE, database_before


def rev_indexes(store) -> set[str]:
    return {
        name
        for (name,) in store.conn.execute(
            "select name from sqlite_master where type = 'index' and name like 'idx_%_rev'"
        )
    }


def live_ids(store) -> list[str]:
    return [
        rid
        for table in SYNCED_TABLES
        for (rid,) in store.conn.execute(f"select id from {table}")  # noqa: S608 - fixed names
    ]


def test_every_way_of_making_records_gives_ids_of_this_database(store, tmp_path):
    prefix = store.office()["database_id"][:8]
    person = store.people.add({"full_name": "Lò Thị Mai", "sex": "female"}, accept_warnings=True)
    write_plan(store, prepare(store, people_xlsx(tmp_path / "ds.xlsx"), "people").plan)
    village = store.query("select id from villages limit 1")[0]["id"]
    first = store.petitions.add(
        {
            "content": "Đường vào bản hỏng",
            "received_date": "2026-11-02",
            "village_id": village,
            "channel": "letter",
        }
    )
    second = store.petitions.add(
        {
            "content": "Đường vào bản bị sạt",
            "received_date": "2026-11-03",
            "village_id": village,
            "channel": "letter",
        }
    )
    store.petitions.group([first["id"], second["id"]], "Sửa đường vào bản")
    made = live_ids(store)
    assert len(made) >= 10  # people, villages and petitions of the import and the forms
    assert {m[:8] for m in made} == {prefix}
    assert all(uuid.UUID(m).version == 8 for m in made)
    later = store.people.add({"full_name": "Lò Văn Nam", "sex": "male"}, accept_warnings=True)
    assert later["id"] > max(made)  # the newest at the end of the database's stretch
    assert person["id"] in made


def test_a_new_database_id_starts_a_new_stretch(store):
    before = store.people.add({"full_name": "Hà Văn Cường", "sex": "male"}, accept_warnings=True)
    store.new_database_id()  # what a restore does
    after = store.people.add({"full_name": "Hà Thị Lan", "sex": "female"}, accept_warnings=True)
    assert after["id"][:8] == store.office()["database_id"][:8] != before["id"][:8]


def test_a_demo_communes_ids_are_one_stretch_made_from_its_seed(tmp_path):
    """The demo makes its records with ids of one prefix, the same for the same seed (the few
    it makes through the registers, such as a petition group, take the database's)."""
    made = []
    for n in range(2):
        s = open_store(tmp_path / f"demo{n}.db")
        build_demo(s, people=120, villages=3, seed=11)
        own = s.office()["database_id"][:8]
        made.append([m for m in live_ids(s) if m[:8] != own])
        s.close()
    assert len(made[0]) > 120 and made[0] == made[1]
    assert len({m[:8] for m in made[0]}) == 1


def test_an_upper_office_keeps_no_rev_index_and_a_commune_keeps_them(tmp_path):
    commune = open_store(tmp_path / "commune.db")
    setup_office(commune, "commune", "Hòa Cư", "06280")
    assert rev_indexes(commune) == {f"idx_{t}_rev" for t in SYNCED_TABLES}
    commune.close()
    upper = open_store(tmp_path / "upper.db")
    setup_office(upper, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
    assert rev_indexes(upper) == set()
    upper.close()


def test_an_upper_office_made_before_drops_its_rev_indexes_when_opened(tmp_path):
    path = tmp_path / "upper.db"
    upper = {**OFFICE, "role": "upper", "commune_code": "20", "database_id": str(uuid.uuid4())}
    db = database_before(path, "m0012_upper_without_rev_indexes", upper)
    assert db.execute("select count(*) from sqlite_master where name like 'idx_%_rev'").fetchone()[
        0
    ]
    db.conn.close()
    upper = open_store(path)
    assert rev_indexes(upper) == set()
    upper.close()
