"""Values as officers type them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.imports import values as v


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("01/02/1975", "1975-02-01"),
        ("1-2-1975", "1975-02-01"),
        ("1.2.1975", "1975-02-01"),
        ("01021975", "1975-02-01"),
        (1021975, "1975-02-01"),
        ("1975", "1975"),
        (1975, "1975"),
        (1975.0, "1975"),
        (dt.datetime(1975, 2, 1), "1975-02-01"),
        (dt.date(1975, 2, 1), "1975-02-01"),
        (" 01 / 02 / 1975 ", "1975-02-01"),
        (None, None),
        ("", None),
    ],
)
def test_dates(typed, stored):
    assert v.date_value(typed) == stored


@pytest.mark.parametrize("typed", ["31/02/1975", "hôm qua", "13/1975", 123])
def test_bad_dates_say_so_in_vietnamese(typed):
    with pytest.raises(ValueError, match="ngày|Ngày|tháng"):
        v.date_value(typed)


def test_id_numbers():
    assert v.id_value(20175001234) == ("020175001234", v.id_value(20175001234)[1])
    assert "11 chữ số" in v.id_value(20175001234.0)[1]
    assert v.id_value("020175001234") == ("020175001234", None)
    assert v.id_value("020 175 001 234") == ("020175001234", None)
    assert v.id_value(None) == (None, None)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Nùng", "07"),
        ("Nung", "07"),
        ("nùng", "07"),
        ("Tày", "02"),
        ("Tay", "02"),
        ("Kinh", "01"),
        ("H'Mông", "08"),
        ("Mông", "08"),
        ("Dao", None),
        ("7", "07"),
    ],
)
def test_ethnicity_by_name_with_variants(typed, code):
    from desktop_app.store import refdata

    expected = code or refdata.ethnic_code("Dao")
    assert v.ethnicity_value(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Không", "none"),
        ("Phật giáo", "buddhism"),
        ("Phat giao", "buddhism"),
        ("Thiên Chúa giáo", "catholicism"),
        ("Công giáo", "catholicism"),
        ("Tin lành", "protestantism"),
        ("", None),
    ],
)
def test_religion_by_name(typed, code):
    assert v.religion_value(typed) == code


def test_unknown_names_are_errors():
    with pytest.raises(ValueError, match="54 dân tộc"):
        v.ethnicity_value("Klingon")
    with pytest.raises(ValueError, match="Tôn giáo"):
        v.religion_value("Jedi")


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("Trưởng ban", "head"),
        ("Phó trưởng ban", "deputy"),
        ("Phó ban", "deputy"),
        ("Ủy viên", "member"),
        ("Uỷ viên", "member"),
        ("Thành viên", "member"),
        ("Chủ tịch", "head"),
        ("Phó Chủ tịch", "deputy"),
        (None, "member"),
    ],
)
def test_roles(typed, role):
    assert v.role_value(typed) == role


@pytest.mark.parametrize(
    ("typed", "branch"),
    [
        ("Bí thư chi bộ", "party_cell"),
        ("Chi hội Phụ nữ", "women"),
        ("Hội Nông dân", "farmers"),
        ("CCB", "veterans"),
        ("Trưởng thôn", "village_head"),
        ("Người có uy tín", "respected"),
    ],
)
def test_branches(typed, branch):
    assert v.branch_value(typed) == branch


def test_sex_and_ticks():
    assert (
        v.sex_value("Nam") == "male"
        and v.sex_value("nữ") == "female"
        and v.sex_value("NỮ") == "female"
    )
    assert v.is_marked("x") and v.is_marked("Có") and not v.is_marked(None) and not v.is_marked("")
    assert v.phone_value(912345678) == "0912345678"


def test_a_cancelled_read_stops_and_writes_nothing(store, tmp_path):
    from openpyxl import Workbook

    from desktop_app.imports.pipeline import prepare
    from desktop_app.imports.reader import ImportCancelled

    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Giới tính", "Năm sinh"])
    for i in range(1200):
        ws.append([f"Nông Văn {i}", "Nam", 1970])
    wb.save(tmp_path / "big.xlsx")
    seen = []
    with pytest.raises(ImportCancelled):
        prepare(
            store,
            tmp_path / "big.xlsx",
            "people",
            progress=lambda done, total: seen.append(done) or False,
        )
    assert seen and store.people.count() == 0


def test_a_first_data_row_is_not_taken_for_a_second_header_row():
    from desktop_app.imports.columns import find_layout

    rows = [
        [(("Họ và tên", None),), (("Giới tính", None),)],
        [(("Nông Văn A", None),), (("Nam", None),)],
    ]
    layout = find_layout(rows, "people")
    assert layout.first_data_row == 1 and layout.fields == ["full_name", "sex"]
    two = [
        [(("Họ và tên", None),), (("Năm sinh", None),), None],
        [None, (("Nam", None),), (("Nữ", None),)],
        [(("Nông Văn A", None),), 1970, None],
    ]
    layout = find_layout(two, "people")
    assert layout.first_data_row == 2 and layout.fields == [
        "full_name",
        "birth_male",
        "birth_female",
    ]
