"""`somattran import-excel`: the summary, exit codes, --dry-run, duplicates, and the database after."""

from __future__ import annotations

import json

from desktop_app.cli import main
from desktop_app.store.db import open_store
from tests.imports.workbooks import people_xlsx


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def office(tmp_path):
    data = tmp_path / "data"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "setup",
                "--role",
                "commune",
                "--name",
                "Hòa Cư",
                "--code",
                "06280",
            ]
        )
        == 0
    )
    return data


def count(data, sql):
    store = open_store(data / "somattran.db", create=False)
    try:
        return store.conn.execute(sql).fetchone()[0]
    finally:
        store.close()


def test_dry_run_then_import_then_again(capsys, tmp_path):
    data = office(tmp_path)
    capsys.readouterr()
    path = people_xlsx(tmp_path / "ds.xlsx")
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(path),
        "--into",
        "people",
        "--dry-run",
        "--format",
        "json",
    )
    s = json.loads(out)
    assert code == 0 and s["written"] is False
    assert (s["rows_read"], s["to_add"], s["to_update"], s["duplicates"], s["errors"]) == (
        4,
        4,
        0,
        0,
        0,
    )
    assert s["warning_rows"][0]["row"] == 6 and s["header_row"] == 4
    assert count(data, "select count(*) from people") == 0
    code, out, _ = run(
        capsys, "--data-dir", str(data), "import-excel", str(path), "--into", "people"
    )
    assert code == 0 and "Thêm mới:" in out and "Đã ghi vào sổ" in out
    assert count(data, "select count(*) from people where deleted_at is null") == 4
    assert count(data, "select count(*) from audit_log where action = 'import'") == 1
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(path),
        "--into",
        "people",
        "--format",
        "json",
    )
    s = json.loads(out)
    assert code == 0 and s["to_add"] == 0 and s["unchanged"] == 4 and not s["written"]
    assert count(data, "select count(*) from people") == 4


def test_errors_with_their_row_numbers_and_exit_1_when_nothing_imports(capsys, tmp_path):
    from openpyxl import Workbook

    data = office(tmp_path)
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH"])
    ws.append(["Họ và tên", "Giới tính", "Năm sinh"])
    ws.append(["Nông Văn A", "Không rõ", 1970])
    ws.append(["Nông Văn B", "Nam", "31/02/1970"])
    wb.save(tmp_path / "bad.xlsx")
    capsys.readouterr()
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(tmp_path / "bad.xlsx"),
        "--into",
        "people",
        "--format",
        "json",
    )
    s = json.loads(out)
    assert code == 1 and s["errors"] == 2 and [e["row"] for e in s["error_rows"]] == [3, 4]
    assert "Giới tính" in s["error_rows"][0]["messages"][0]
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(tmp_path / "bad.xlsx"),
        "--into",
        "people",
    )
    assert code == 1 and "Dòng 4: lỗi:" in out


def test_likely_duplicates_are_reported_not_added_unless_asked(capsys, tmp_path):
    data = office(tmp_path)
    path = people_xlsx(tmp_path / "ds.xlsx")
    assert main(["--data-dir", str(data), "import-excel", str(path), "--into", "people"]) == 0
    store = open_store(data / "somattran.db")
    pid = store.query("select id from people where name_fold = 'luong van tu'")[0]["id"]
    store.people.update(pid, {"birth_date": "1990"})  # the register knows only the year
    store.close()
    capsys.readouterr()
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(path),
        "--into",
        "people",
        "--format",
        "json",
    )
    s = json.loads(out)
    assert (
        s["duplicates"] == 1 and s["duplicate_rows"][0]["existing_id"] == pid and s["to_add"] == 0
    )
    assert count(data, "select count(*) from people") == 4
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(path),
        "--into",
        "people",
        "--add-duplicates",
        "--format",
        "json",
    )
    assert json.loads(out)["to_add"] == 1 and code == 0
    assert count(data, "select count(*) from people") == 5


def test_members_need_a_body_and_bad_files_say_so(capsys, tmp_path):
    data = office(tmp_path)
    path = people_xlsx(tmp_path / "ds.xlsx")
    capsys.readouterr()
    code, _, err = run(
        capsys, "--data-dir", str(data), "import-excel", str(path), "--into", "members"
    )
    assert code == 1 and "--body" in err
    (tmp_path / "x.xlsx").write_text("không phải Excel", encoding="utf-8")
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "import-excel",
        str(tmp_path / "x.xlsx"),
        "--into",
        "people",
    )
    assert code == 1 and "không phải bảng tính" in err


def test_list_as_xlsx_keeps_zeros_and_dates(capsys, tmp_path):
    import datetime as dt

    import openpyxl

    data = office(tmp_path)
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "import-excel",
                str(people_xlsx(tmp_path / "ds.xlsx")),
                "--into",
                "people",
            ]
        )
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "nguoi.xlsx"
    code, printed, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "list",
        "people",
        "--village",
        "Nà Cạn",
        "--format",
        "xlsx",
        "--out",
        str(out),
    )
    assert code == 0 and printed.strip() == str(out)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][0] == "DANH SÁCH NGƯỜI" and rows[3][:5] == (
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Khu dân cư",
        "Số định danh (CCCD)",
    )
    body = sorted(rows[4:])
    assert [(r[0], r[2], r[4]) for r in body] == [
        ("Hoàng Thị Hoà", dt.datetime(1980, 2, 1), "020180005678"),
        ("Nguyễn Văn Đức", 1975, "020075001234"),
    ]
    code, _, err = run(capsys, "--data-dir", str(data), "list", "people", "--format", "xlsx")
    assert code == 1 and "--out" in err
