"""The upper level's printed forms: its own letterhead, and the three consolidated forms over
three imported demo communes and one enrolled commune that never sent anything, read back with
pdfplumber (tests/pdf.py) and checked against sums computed here in SQL."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.cli import main
from desktop_app.core.errors import UserError
from desktop_app.reports.consolidated import print_consolidated
from desktop_app.reports.office import office_of
from desktop_app.reports.upper_office import letterhead_lines, place_of, upper_office_of
from desktop_app.store.db import Store
from tests.conftest import TODAY, open_copy
from tests.reports.upper_store import SILENT, build_upper

NAMES = ["Hoa Thám", "Lợi Bác", "Thụy Hùng", "Yên Trạch"]  # Vietnamese order: H < L < T < Y


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_upper(tmp_path_factory.mktemp("upper-print"), TODAY)


@pytest.fixture
def upper(tmp_path: Path, _template: Path) -> Iterator[Store]:
    store = open_copy(_template, paths.database_path(tmp_path / "upper"), TODAY)
    yield store
    store.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def rows_of(text: str, figures: int) -> dict[str, list[int]]:
    """The numbered rows (and the total row) of a table: name → its figures as integers."""
    found = {}
    number = r"(\d[\d.]*)"
    pattern = re.compile(rf"^(?:\d+ )?(\D+?) {' '.join([number] * figures)}$")
    for line in text.splitlines():
        match = pattern.match(line.strip())
        if match:
            found[match.group(1)] = [int(v.replace(".", "")) for v in match.groups()[1:]]
    return found


def codes(store: Store) -> dict[str, str]:
    """Commune name → code, from the imports and enrolled keys (not from the report's code)."""
    rows = store.conn.execute(
        "select commune_name, commune_code from sync_imports union"
        " select commune_name, commune_code from sync_commune_keys"
    ).fetchall()
    return dict(rows)


# ---- the letterhead ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", ("ỦY BAN MTTQ VIỆT NAM", "tỉnh Lạng Sơn")),
        (
            "Uỷ ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội",
            ("ỦY BAN MTTQ VIỆT NAM", "thành phố Hà Nội"),
        ),
        ("Ủy ban MTTQ huyện Hữu Lũng", ("ỦY BAN MTTQ VIỆT NAM", "huyện Hữu Lũng")),
        ("tỉnh Cao Bằng", ("ỦY BAN MTTQ VIỆT NAM", "tỉnh Cao Bằng")),
        ("Văn phòng Mặt trận khu vực", ("Văn phòng Mặt trận khu vực", "")),
    ],
)
def test_letterhead_lines_from_the_office_name(name: str, lines: tuple[str, str]) -> None:
    assert letterhead_lines(name) == lines


def test_place_is_the_province_unless_set(upper: Store) -> None:
    assert place_of("tỉnh Lạng Sơn") == "Lạng Sơn"
    assert place_of("thành phố Hà Nội") == "Hà Nội"
    office = upper_office_of(upper)
    assert (office.place, office.unit_line, office.today) == ("Lạng Sơn", "tỉnh Lạng Sơn", TODAY)
    upper.settings.set_many({"place_name": "Đồng Đăng", "signer_name": "Lý Thị Hằng"})
    office = upper_office_of(upper)
    assert office.place == "Đồng Đăng" and office.signer.name == "Lý Thị Hằng"


def test_commune_forms_and_consolidated_forms_refuse_the_wrong_office(
    upper: Store, store: Store, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="của Ủy ban MTTQ xã"):
        office_of(upper)
    with pytest.raises(UserError, match="chỉ in được ở đơn vị cấp trên"):
        print_consolidated(store, "communes", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="không có biểu|Không có biểu"):
        print_consolidated(upper, "people", tmp_path / "x.pdf")
    assert not list(tmp_path.glob("*.pdf"))


# ---- Tổng hợp kết quả các cuộc vận động ---------------------------------------------------------
def money_by_commune(store: Store, start: str, end: str) -> dict[str, int]:
    return dict(
        store.conn.execute(
            "select commune_code, sum(money_raised) from activities where deleted_at is null"
            " and date between ? and ? group by commune_code",
            [start, end],
        ).fetchall()
    )


def test_campaigns_summary_one_row_per_commune_and_sql_totals(upper, tmp_path, pdfcheck) -> None:
    upper.settings.set_many({"signer_name": "Lý Thị Hằng"})
    out = print_consolidated(upper, "campaigns", tmp_path / "vd.pdf", year=2026)
    text = pdfcheck.official(out)
    assert set(pdfcheck.assert_a4(out)) == {"landscape"}
    lines = [line.strip() for line in text.splitlines()]
    assert lines[:3] == ["ỦY BAN MTTQ VIỆT NAM", "TỈNH LẠNG SƠN", "BAN THƯỜNG TRỰC"]
    whole = flat(text)
    for words in (
        "Lạng Sơn, ngày 26 tháng 11 năm 2026",
        "TỔNG HỢP",
        "Kết quả thực hiện các cuộc vận động năm 2026",
        "(Từ ngày 15/12/2025 đến ngày 14/12/2026)",
        "Nơi nhận:",
        "TM. BAN THƯỜNG TRỰC CHỦ TỊCH",
        "Lý Thị Hằng",
    ):
        assert words in whole
    rows = rows_of(text, 12)
    assert list(rows) == [*NAMES, "Tổng cộng"]
    money = money_by_commune(upper, "2025-12-15", "2026-12-14")
    code = codes(upper)
    for name in NAMES:
        assert rows[name][2] == money.get(code[name], 0)
    assert rows[SILENT[1]] == [0] * 12
    assert rows["Tổng cộng"][2] == sum(money.values()) > 0
    assert rows["Tổng cộng"] == [sum(rows[n][i] for n in NAMES) for i in range(12)]
    assert "1/4 xã chưa có hoạt động nào trong kỳ" in whole


def test_campaigns_summary_half_year_follows_the_cut_off_settings(
    upper, tmp_path, pdfcheck
) -> None:
    upper.settings.set_many({"year_start": "01/01", "half_year_end": "30/06"})
    out = print_consolidated(upper, "campaigns", tmp_path / "h1.pdf", year=2026, half=1)
    text = flat(pdfcheck.official(out))
    assert "Kết quả thực hiện các cuộc vận động 6 tháng đầu năm 2026" in text
    assert "(Từ ngày 01/01/2026 đến ngày 30/06/2026)" in text
    total = rows_of(pdfcheck.text(out), 12)["Tổng cộng"]
    assert total[2] == sum(money_by_commune(upper, "2026-01-01", "2026-06-30").values())


# ---- Tiến độ nhận xét đảng viên nơi cư trú ------------------------------------------------------
def expected_round(store: Store, year: int, due: str) -> dict[str, list[int]]:
    """Per commune code: registered, requested, commented, returned — counted in SQL here."""
    latest = (
        "left join evaluations e on e.resident_id = r.id and e.year = :year"
        " and e.deleted_at is null and e.version = (select max(version) from evaluations x"
        "  where x.resident_id = r.id and x.year = :year and x.deleted_at is null)"
    )
    eligible = (
        "r.category not like 'exempt%' and r.registered_date is not null"
        " and r.registered_date <= :due and (r.left_date is null or r.left_date > :due)"
    )
    rows = store.conn.execute(
        "select r.commune_code,"
        f" sum(e.id is not null or ({eligible})),"
        " sum(e.id is not null),"
        " sum(e.state in ('commented', 'confirmed', 'returned')),"
        " sum(e.state = 'returned')"
        f" from residents r join people p on p.id = r.person_id {latest}"
        " where r.deleted_at is null group by r.commune_code",
        {"year": year, "due": due},
    ).fetchall()
    return {code: list(counts) for code, *counts in rows}


def test_reg213_progress_per_commune_with_sql_counts(upper, tmp_path, pdfcheck) -> None:
    out = print_consolidated(upper, "reg213", tmp_path / "213.pdf", year=2026)
    text = pdfcheck.official(out)
    assert set(pdfcheck.assert_a4(out)) == {"portrait"}
    whole = flat(text)
    assert "BÁO CÁO Tiến độ nhận xét đảng viên nơi cư trú (QĐ 213) năm 2026" in whole
    assert "ngày 30/11/2026" in whole
    rows = rows_of(text, 5)
    assert list(rows) == [*NAMES, "Tổng cộng"]
    expected = expected_round(upper, 2026, "2026-11-30")
    code = codes(upper)
    for name in NAMES[:3]:
        assert rows[name][:4] == expected[code[name]] and rows[name][4] == 0  # not due yet
        assert rows[name][0] >= rows[name][1] >= rows[name][2] >= rows[name][3]
    assert rows[SILENT[1]] == [0] * 5
    assert rows["Tổng cộng"][:4] == [sum(c[i] for c in expected.values()) for i in range(4)]
    assert rows["Tổng cộng"][3] > 0 and "1/4 xã chưa có đảng viên nào phải nhận xét" in whole


def test_reg213_overdue_after_the_due_date(upper, tmp_path, pdfcheck) -> None:
    upper.today = lambda: date(2026, 12, 5)
    out = print_consolidated(upper, "reg213", tmp_path / "late.pdf", year=2026)
    rows = rows_of(pdfcheck.text(out), 5)
    for name in NAMES:
        registered, _requested, _commented, returned, overdue = rows[name]
        assert overdue == registered - returned
    assert rows["Tổng cộng"][4] > 0


# ---- Tình hình gửi dữ liệu của các xã ------------------------------------------------------------
def bundle_days(store: Store) -> tuple[str, str]:
    """The day the communes made their bundles and the day they were imported (real clock)."""
    made, imported = store.conn.execute(
        "select max(bundle_created_at), max(imported_at) from sync_imports"
    ).fetchone()
    return made[:10], imported[:10]


def shown(iso_day: str) -> str:
    return date.fromisoformat(iso_day).strftime("%d/%m/%Y")


def test_commune_sending_lists_last_bundles_and_quarantine(upper, tmp_path, pdfcheck) -> None:
    made, imported = bundle_days(upper)
    upper.today = lambda: date.fromisoformat(made)
    out = print_consolidated(upper, "communes", tmp_path / "gui.pdf")
    text = pdfcheck.official(out)
    whole = flat(text)
    assert f"BÁO CÁO Tình hình gửi dữ liệu của các xã (Đến ngày {shown(made)})" in whole
    code = codes(upper)
    for name in NAMES[:3]:
        assert f"{name} {code[name]} 1 {shown(made)} {shown(imported)} 0 0" in whole
    assert f"Yên Trạch {SILENT[0]} Chưa gửi Quá hạn 0" in whole
    held = upper.conn.execute(
        "select count(*) from sync_quarantine where resolved_at is null"
    ).fetchone()[0]
    assert f"Tổng cộng 1 {held}" in whole
    assert "1/4 xã chưa gửi gói dữ liệu nào." in whole and "quá 35 ngày" in whole
    assert [whole.index(n) for n in NAMES] == sorted(whole.index(n) for n in NAMES)


def test_commune_sending_overdue_after_the_setting(upper, tmp_path, pdfcheck) -> None:
    made, imported = bundle_days(upper)
    upper.settings.set_many({"bundle_overdue_days": 10})
    upper.today = lambda: date.fromisoformat(made) + timedelta(days=11)
    out = print_consolidated(upper, "communes", tmp_path / "late.pdf")
    whole = flat(pdfcheck.text(out))
    assert f"Hoa Thám 06280 1 {shown(made)} {shown(imported)} 11 Quá hạn 0" in whole
    assert "4/4 xã quá hạn" in whole


# ---- the command line ----------------------------------------------------------------------------
def test_print_consolidated_on_the_command_line(capsys, tmp_path, _template, pdfcheck) -> None:
    folder = tmp_path / "upper"
    folder.mkdir()
    shutil.copy(_template, paths.database_path(folder))
    for report in ("campaigns", "reg213", "communes"):
        out = tmp_path / f"{report}.pdf"
        code = main(
            [
                "--data-dir",
                str(folder),
                "print",
                "consolidated",
                "--report",
                report,
                "--year",
                "2026",
                "--out",
                str(out),
            ]
        )
        printed = capsys.readouterr()
        assert code == 0, printed.err
        assert printed.out.strip() == str(out)
        pdfcheck.official(out)
    code = main(
        [
            "--data-dir",
            str(folder),
            "print",
            "consolidated",
            "--report",
            "reg213",
            "--half",
            "1",
            "--out",
            str(tmp_path / "no.pdf"),
        ]
    )
    assert code == 1 and "6 tháng" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()
