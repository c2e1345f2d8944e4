"""Importing real workbooks into the registers, checked against the database exactly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.core import text
from desktop_app.core.errors import UserError
from desktop_app.imports import reader
from desktop_app.imports.columns import mapping_json
from desktop_app.imports.pipeline import prepare
from desktop_app.imports.write import write_plan
from desktop_app.store.import_batches import undo_last
from tests.imports.workbooks import VNTIME, people_xlsx, rich_text_xlsx

FIXTURES = Path(__file__).parent.parent / "fixtures"


def people(store) -> list[dict]:
    return store.query(
        "select p.full_name, p.sex, p.birth_date, p.ethnicity_code, p.id_number,"
        " p.party_member, p.party_admission_date, v.name as village from people p"
        " left join villages v on v.id = p.village_id where p.deleted_at is null"
        " order by p.rowid"
    )


def run_import(store, path, target="people", **kw):
    prepared = prepare(store, path, target, **kw)
    return prepared, write_plan(store, prepared.plan)


def test_people_with_legacy_fonts_two_row_header_and_numbers_as_id(store, tmp_path):
    path = people_xlsx(tmp_path / "ds.xlsx")
    prepared, batch = run_import(store, path)
    assert prepared.layout.header_row == 3 and prepared.layout.first_data_row == 5
    assert prepared.plan.skipped == 3  # two blank rows and "Tổng cộng"
    rows = people(store)
    assert [r["full_name"] for r in rows] == [
        "Nguyễn Văn Đức",
        "Hoàng Thị Hoà",
        "Hoàng Thị Hòa",
        "Lương Văn Tú",
    ]
    assert [(r["sex"], r["birth_date"], r["ethnicity_code"]) for r in rows] == [
        ("male", "1975", "02"),
        ("female", "1980-02-01", "07"),
        ("female", "1982", "07"),
        ("male", "1990-02-01", "01"),
    ]
    assert [r["id_number"] for r in rows] == ["020075001234", "020180005678", None, None]
    assert [(r["party_member"], r["party_admission_date"]) for r in rows][:2] == [
        (None, None),
        (1, "2005-02-03"),
    ]
    assert [r["village"] for r in rows] == ["Nà Cạn", "Nà Cạn", "Bản Pò", "Bản Pò"]
    first = prepared.plan.rows[0]
    assert any("11 chữ số" in w for w in first.warnings)  # the restored zero is flagged
    for r in rows:
        assert r["full_name"] == text.normalize(r["full_name"])
    audit = store.query("select * from audit_log where action = 'import'")
    assert len(audit) == 1 and json.loads(audit[0]["new"])["file"] == "ds.xlsx"
    assert json.loads(audit[0]["new"])["batch_id"] == batch["id"]
    assert store.query("select count(*) as n from audit_log where action = 'add'")[0]["n"] == 0


def test_names_are_kept_as_typed(store, tmp_path):
    run_import(store, people_xlsx(tmp_path / "ds.xlsx"))
    names = [r["full_name"] for r in people(store)]
    assert "Hoàng Thị Hoà" in names and "Hoàng Thị Hòa" in names


def test_a_second_import_adds_nobody_and_undo_restores_the_counts(store, tmp_path):
    path = people_xlsx(tmp_path / "ds.xlsx")
    run_import(store, path)
    again = prepare(store, path, "people").plan
    assert again.counts()["add"] == 0 and again.counts()["unchanged"] == 4
    assert not again.writable
    assert store.people.count() == 4 and store.villages.count() == 2
    undo_last(store)
    assert store.people.count() == 0 and store.villages.count() == 0
    assert (
        store.query("select count(*) as n from audit_log where action = 'import-undo'")[0]["n"] == 1
    )
    with pytest.raises(UserError, match="Chưa có lần nhập"):
        undo_last(store)


def test_same_id_number_updates_and_undo_puts_the_old_values_back(store, tmp_path):
    run_import(store, people_xlsx(tmp_path / "a.xlsx"))
    person = store.query("select * from people where id_number = '020180005678'")[0]
    rows = [
        ("Hoµng ThÞ Hoµ", VNTIME, None, "01/02/1980", "Tµy", "020180005678", "Nµ C¹n", "03/02/2005")
    ]
    plan = prepare(store, people_xlsx(tmp_path / "b.xlsx", rows), "people").plan
    assert [r.action for r in plan.rows] == ["update"] and plan.rows[0].changes == {
        "ethnicity_code": "02"
    }
    write_plan(store, plan)
    assert store.people.get(person["id"])["ethnicity_code"] == "02"
    undo_last(store)
    assert store.people.get(person["id"])["ethnicity_code"] == "07"
    assert store.people.count() == 4


def test_undo_is_refused_when_a_record_changed_since(store, tmp_path):
    run_import(store, people_xlsx(tmp_path / "a.xlsx"))
    pid = store.query("select id from people limit 1")[0]["id"]
    store.people.update(pid, {"phone": "0912345678"})
    with pytest.raises(UserError, match="đã được sửa sau đó"):
        undo_last(store)
    assert store.people.count() == 4


def test_a_likely_duplicate_is_shown_and_not_added_unless_chosen(store, tmp_path):
    village = store.villages.add({"name": "Bản Pò", "kind": "ban"})
    old = store.people.add(
        {
            "full_name": "Lương Văn Tú",
            "sex": "male",
            "birth_date": "1990",
            "village_id": village["id"],
            "phone": "0912000111",
        }
    )
    plan = prepare(store, people_xlsx(tmp_path / "a.xlsx"), "people").plan
    dup = [r for r in plan.rows if r.action == "duplicate"]
    assert len(dup) == 1 and dup[0].match["id"] == old["id"] and dup[0].choice == "existing"
    write_plan(store, plan)
    assert (
        store.query("select count(*) as n from people where name_fold = 'luong van tu'")[0]["n"]
        == 1
    )
    plan = prepare(store, people_xlsx(tmp_path / "a.xlsx"), "people", add_duplicates=True).plan
    dup = [r for r in plan.rows if r.action == "duplicate"]
    assert dup[0].choice == "new"
    write_plan(store, plan)
    assert (
        store.query("select count(*) as n from people where name_fold = 'luong van tu'")[0]["n"]
        == 2
    )


def test_the_officer_may_update_the_existing_person_instead(store, tmp_path):
    village = store.villages.add({"name": "Bản Pò", "kind": "ban"})
    old = store.people.add(
        {
            "full_name": "Lương Văn Tú",
            "sex": "male",
            "birth_date": "1990",
            "village_id": village["id"],
        }
    )
    plan = prepare(store, people_xlsx(tmp_path / "a.xlsx"), "people").plan
    dup = next(r for r in plan.rows if r.action == "duplicate")
    dup.choice = "update"
    write_plan(store, plan)
    assert store.people.get(old["id"])["birth_date"] == "1990-02-01"
    assert store.people.count() == 4


def test_rich_text_runs_are_converted_each_by_its_font(store, tmp_path):
    run_import(store, rich_text_xlsx(tmp_path / "r.xlsx"))
    assert [(r["full_name"], r["sex"], r["birth_date"]) for r in people(store)] == [
        ("Nguyễn Thị Lan", "female", "1988-05-17")
    ]


def test_a_legacy_file_without_font_names_is_guessed(store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Hä vµ tªn", "Giíi tÝnh", "N¨m sinh", "Th«n"])  # typed in TCVN3, fonts lost
    ws.append(["NguyÔn V¨n §øc", "Nam", 1970, "Nµ C¹n"])
    ws.append(["Hoµng ThÞ Lan", "N÷", 1972, "Nµ C¹n"])
    wb.save(tmp_path / "g.xlsx")
    prepared, _ = run_import(store, tmp_path / "g.xlsx")
    assert prepared.plan.guess.encoding == "tcvn3" and prepared.plan.text_encoding == "tcvn3"
    assert [(r["full_name"], r["sex"], r["village"]) for r in people(store)] == [
        ("Nguyễn Văn Đức", "male", "Nà Cạn"),
        ("Hoàng Thị Lan", "female", "Nà Cạn"),
    ]
    # the officer may say otherwise: read as Unicode, the names stay as they are
    plan = prepare(store, tmp_path / "g.xlsx", "people", text_encoding="unicode", header_row=0).plan
    assert plan.rows[0].record["full_name"] == "NguyÔn V¨n §øc"


def test_the_old_xls_format_into_the_members_of_a_body(store):
    village = store.villages.add({"name": "Nà Cạn", "kind": "thon"})
    body = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận thôn Nà Cạn",
            "village_id": village["id"],
            "term_start": "2024-10-01",
            "term_label": "2024-2029",
        }
    )
    prepared, _ = run_import(store, FIXTURES / "legacy_people.xls", "members", body_id=body["id"])
    assert prepared.plan.skipped == 2
    got = store.query(
        "select p.full_name, p.sex, p.birth_date, p.ethnicity_code, p.id_number, m.role, m.branch,"
        " m.start_date from memberships m join people p on p.id = m.person_id order by m.rowid"
    )
    assert got == [
        {
            "full_name": "Nguyễn Văn Bình",
            "sex": "male",
            "birth_date": "1968",
            "ethnicity_code": "02",
            "id_number": "020068001111",
            "role": "head",
            "branch": "front",
            "start_date": "2024-10-01",
        },
        {
            "full_name": "Hoàng Thị Hoa",
            "sex": "female",
            "birth_date": "1975",
            "ethnicity_code": "07",
            "id_number": "020175002222",
            "role": "deputy",
            "branch": "women",
            "start_date": "2024-10-01",
        },
        {
            "full_name": "Lương Thị Mai",
            "sex": "female",
            "birth_date": "1980-03-04",
            "ethnicity_code": "07",
            "id_number": None,
            "role": "member",
            "branch": "farmers",
            "start_date": "2024-10-01",
        },
    ]
    again = prepare(store, FIXTURES / "legacy_people.xls", "members", body_id=body["id"]).plan
    assert again.counts()["add"] == 0 and not again.writable


@pytest.mark.parametrize("make", ["text", "encrypted", "empty", "no-name", "too-many"])
def test_bad_input_is_refused_in_vietnamese_and_nothing_is_written(
    store, tmp_path, monkeypatch, make
):
    path = tmp_path / "bad.xlsx"
    expected = {
        "text": "không phải bảng tính",
        "encrypted": "mật khẩu",
        "empty": "trống",
        "no-name": "Không tìm thấy cột “Họ và tên”",
        "too-many": "hơn",
    }[make]
    if make == "text":
        path.write_text("Họ và tên,Năm sinh\n", encoding="utf-8")
    elif (
        make == "encrypted"
    ):  # an encrypted workbook is an OLE file holding an EncryptedPackage stream
        path.write_bytes(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 504
            + "EncryptedPackage".encode("utf-16-le")
        )
    else:
        wb = Workbook()
        ws = wb.active
        if make == "no-name":
            ws.append(["STT", "Địa chỉ", "Ghi chú"])
            ws.append([1, "Nà Cạn", ""])
        elif make == "too-many":
            monkeypatch.setattr(reader, "MAX_ROWS", 20)
            ws.append(["Họ và tên", "Năm sinh"])
            for i in range(100):
                ws.append([f"Người {i}", 1970])
        wb.save(path)
    before = store.current_rev()
    with pytest.raises(UserError, match=expected):
        run_import(store, path)
    assert store.current_rev() == before and store.people.count() == 0


def test_a_sheet_too_long_is_named_as_typed(store, tmp_path, monkeypatch):
    """The file's name keeps its comma; only the number has its thousands separated."""
    monkeypatch.setattr(reader, "MAX_ROWS", 1500)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách, 2026"
    ws.append(["Họ và tên", "Năm sinh"])
    for i in range(1600):
        ws.append([f"Người {i}", 1970])
    path = tmp_path / "Bảng kê, tháng 11.xlsx"
    wb.save(path)
    with pytest.raises(UserError) as refused:
        run_import(store, path)
    assert "Trang “Danh sách, 2026” của tệp “Bảng kê, tháng 11.xlsx” có hơn 1.500 dòng" in str(
        refused.value
    )
    assert store.people.count() == 0


def test_a_saved_mapping_is_reused_for_odd_headers(store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "NS", "Phái"])
    ws.append(["Nông Văn Dũng", "12.3.1960", "Nam"])
    wb.save(tmp_path / "odd.xlsx")
    prepared = prepare(store, tmp_path / "odd.xlsx", "people")
    assert prepared.layout.fields == ["full_name", None, None]
    prepared.layout.fields[1:] = ["birth_date", "sex"]  # the officer corrects the mapping
    saved = tmp_path / "map.json"
    saved.write_text(
        json.dumps(mapping_json(prepared.layout, "people", None, "auto")), encoding="utf-8"
    )
    prepared, _ = run_import(store, tmp_path / "odd.xlsx", mapping_path=saved)
    assert [(r["full_name"], r["birth_date"], r["sex"]) for r in people(store)] == [
        ("Nông Văn Dũng", "1960-03-12", "male")
    ]


def test_residents_villages_and_activities(store, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Tên thôn", "Loại", "Mã"])
    ws.append(["Thôn Nà Cạn", None, "01"])
    ws.append(["Bản Pò", "Bản", "02"])
    wb.save(tmp_path / "v.xlsx")
    run_import(store, tmp_path / "v.xlsx", "villages")
    assert [(v["name"], v["kind"], v["code"]) for v in store.villages.all()] == [
        ("Bản Pò", "ban", "02"),
        ("Nà Cạn", "thon", "01"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "Họ và tên",
            "Giới tính",
            "Năm sinh",
            "Ngày vào Đảng",
            "Thôn",
            "Nơi công tác",
            "Ngày nhận giấy",
        ]
    )
    ws.append(
        [
            "Vi Thị Hằng",
            "Nữ",
            1985,
            dt.datetime(2010, 5, 19),
            "Nà Cạn",
            "Trường THCS Hoàng Đồng",
            "10/01/2025",
        ]
    )
    ws.append(["Chu Văn Nam", "Nam", 1980, None, "Nà Cạn", None, None])
    wb.save(tmp_path / "r.xlsx")
    prepared, _ = run_import(store, tmp_path / "r.xlsx", "residents")
    assert [r.action for r in prepared.plan.rows] == ["add", "error"]
    got = store.query(
        "select p.full_name, p.party_member, r.workplace, r.received_date, r.category"
        " from residents r join people p on p.id = r.person_id"
    )
    assert got == [
        {
            "full_name": "Vi Thị Hằng",
            "party_member": 1,
            "workplace": "Trường THCS Hoàng Đồng",
            "received_date": "2025-01-10",
            "category": "ordinary",
        }
    ]

    store.campaigns.load_national()
    campaign = store.campaigns.all()[0]
    wb = Workbook()
    ws = wb.active
    ws.append(["Cuộc vận động", "Ngày", "Nội dung", "Khu dân cư", "Số người tham gia", "Số tiền"])
    ws.append(
        [
            campaign["name"],
            "18/11/2025",
            "Ngày hội Đại đoàn kết",
            "Nà Cạn, Bản Pò",
            120,
            "5.000.000",
        ]
    )
    wb.save(tmp_path / "a.xlsx")
    run_import(store, tmp_path / "a.xlsx", "activities")
    act = store.query("select * from activities")[0]
    assert (act["date"], act["title"], act["participants"], act["money_raised"]) == (
        "2025-11-18",
        "Ngày hội Đại đoàn kết",
        120,
        5_000_000,
    )
    assert len(json.loads(act["village_ids"])) == 2
    assert not prepare(store, tmp_path / "a.xlsx", "activities").plan.writable


def test_a_write_that_fails_half_way_leaves_nothing(store, tmp_path, monkeypatch):
    from desktop_app.store import import_batches

    plan = prepare(store, people_xlsx(tmp_path / "a.xlsx"), "people").plan
    before = (store.current_rev(), store.people.count(), store.villages.count())

    def boom(self, counts):
        self.flush()
        raise RuntimeError("disk full")

    monkeypatch.setattr(import_batches.Batch, "finish", boom)
    with pytest.raises(RuntimeError):
        write_plan(store, plan)
    assert (store.current_rev(), store.people.count(), store.villages.count()) == before
    assert store.query("select count(*) as n from audit_log where action = 'import'")[0]["n"] == 0
