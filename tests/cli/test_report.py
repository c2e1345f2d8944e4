"""`somattran report activities` and the workflow listings, run through the real command line."""

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from desktop_app import paths
from desktop_app.cli import main
from desktop_app.store import rollups
from desktop_app.store.db import open_store

YEAR = date.today().year  # the demo is built around today


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("workflows")
    assert (
        main(["--data-dir", str(d), "demo", "--people", "500", "--villages", "5", "--seed", "4"])
        == 0
    )
    return d


@pytest.fixture
def expected(demo_dir):
    store = open_store(paths.database_path(demo_dir), create=False)
    try:
        yield lambda half=None: rollups.rollup(store, YEAR, half)
    finally:
        store.close()


@pytest.mark.parametrize("half", [None, 1, 2])
def test_report_as_json_is_the_rollup(capsys, demo_dir, expected, half):
    args = [
        "--data-dir",
        str(demo_dir),
        "report",
        "activities",
        "--year",
        str(YEAR),
        "--format",
        "json",
    ]
    code, out, _ = run(capsys, *args, *(["--half", str(half)] if half else []))
    data = json.loads(out)
    assert code == 0 and data == expected(half).as_dict()
    assert data["period"]["half"] == half and data["previous_period"]["year"] == YEAR - 1
    assert data["total"]["current"]["activities"] == sum(
        r["current"]["activities"] for r in data["by_campaign"]
    )


def test_report_as_csv_has_vietnamese_headers_and_both_tables(capsys, demo_dir, expected, tmp_path):
    out_file = tmp_path / "bao-cao.csv"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "activities",
        "--year",
        str(YEAR),
        "--half",
        "2",
        "--format",
        "csv",
        "--out",
        str(out_file),
    )
    assert code == 0 and out.strip() == str(out_file)
    text = out_file.read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:4] == ["Bảng", "Tên", "Số hoạt động - kỳ này", "Số người tham gia - kỳ này"]
    r = expected(2)
    assert len(table) == 1 + len(r.by_campaign) + 1 + len(r.by_village) + 1
    total = next(row for row in table if row[1] == "Tổng cộng")
    assert (
        int(total[2]) == r.total.current["activities"]
        and int(total[4]) == r.total.current["money_raised"]
    )
    assert {row[0] for row in table[1:]} == {"Theo cuộc vận động", "Theo khu dân cư"}


def test_report_as_excel(capsys, demo_dir, expected, tmp_path):
    out_file = tmp_path / "bao-cao.xlsx"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "activities",
        "--year",
        str(YEAR),
        "--format",
        "xlsx",
        "--out",
        str(out_file),
    )
    assert code == 0 and out.strip() == str(out_file)
    sheet = openpyxl.load_workbook(out_file)["Tổng hợp"]
    first = [c.value for c in sheet[7]]
    assert first[1] == "Số hoạt động" and first[3] == expected().total.current["activities"]


def test_report_errors_are_vietnamese(capsys, demo_dir, tmp_path):
    base = ["--data-dir", str(demo_dir), "report", "activities", "--year", str(YEAR)]
    code, _, err = run(capsys, *base, "--format", "xlsx")
    assert code == 1 and "Cần --out" in err
    code, _, err = run(capsys, *base, "--format", "xlsx", "--out", str(tmp_path / "a.pdf"))
    assert code == 1 and ".xlsx" in err
    code, _, err = run(
        capsys, *base, "--format", "csv", "--out", str(tmp_path / "no" / "such" / "dir" / "a.csv")
    )
    assert code == 1 and "Không ghi được" in err
    with pytest.raises(SystemExit) as exc:
        main([*base, "--half", "3"])
    assert exc.value.code == 2
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "empty"), "report", "activities", "--year", str(YEAR)
    )
    assert code == 1 and "Không tìm thấy cơ sở dữ liệu" in err


def test_list_activities_for_a_year_adds_up_to_the_report(capsys, demo_dir, expected):
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "list",
        "activities",
        "--year",
        str(YEAR),
        "--format",
        "json",
    )
    rows = json.loads(out)
    period = expected().period
    assert code == 0 and len(rows) == expected().total.current["activities"]
    assert all(period.start.isoformat() <= r["date"] <= period.end.isoformat() for r in rows)
    assert sum(r["money_raised"] or 0 for r in rows) == expected().total.current["money_raised"]


def test_list_evaluations_and_residents_show_the_round(capsys, demo_dir):
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "list",
        "evaluations",
        "--year",
        str(YEAR - 1),
        "--format",
        "json",
    )
    rows = json.loads(out)
    assert code == 0 and rows and {r["year"] for r in rows} == {YEAR - 1}
    assert {"state", "overdue", "version", "form_version", "recommendation_label"} <= set(rows[0])
    assert all(
        r["overdue"] == (r["state"] != "returned") for r in rows
    )  # last year's due date has passed
    code, out, _ = run(
        capsys, "--data-dir", str(demo_dir), "list", "evaluations", "--year", str(YEAR - 1)
    )
    assert code == 0 and "Quá hạn" in out.splitlines()[0] and "Đã gửi về nơi công tác" in out
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "residents", "--format", "json")
    residents = json.loads(out)
    assert {"state", "registration_overdue", "registration_deadline", "letter_number"} <= set(
        residents[0]
    )
    today = date.today().isoformat()
    assert all(
        r["registration_overdue"]
        == (r["state"] == "introduced" and r["registration_deadline"] < today)
        for r in residents
    )
