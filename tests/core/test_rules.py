from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import idnumber, reg213, rules
from desktop_app.core.body_rules import check_composition
from desktop_app.core.dates import DateFormatError, display, parse_date
from desktop_app.core.errors import UserError
from desktop_app.core.settings import BY_KEY

TODAY = date(2026, 11, 26)


def person(**kw):
    base = {"full_name": "Hoàng Văn Thắng", "sex": "male", "birth_date": "1980-05-02"}
    return {**base, **kw}


def levels(issues):
    return {(i.level, i.field) for i in issues}


def test_a_complete_person_has_no_issue():
    assert rules.validate_person(person(id_number="020080123456"), TODAY) == []


def test_missing_name_is_an_error():
    issues = rules.validate_person(person(full_name=None), TODAY)
    assert ("error", "full_name") in levels(issues)
    assert "họ và tên" in issues[0].message


def test_birth_in_the_future_is_an_error():
    assert ("error", "birth_date") in levels(
        rules.validate_person(person(birth_date="2027"), TODAY)
    )
    assert ("error", "birth_date") in levels(
        rules.validate_person(person(birth_date="2026-12-01"), TODAY)
    )
    assert rules.validate_person(person(birth_date="1956"), TODAY) == []


@pytest.mark.parametrize(
    "number, message",
    [
        ("02008012345", "12 chữ số"),
        ("0200801234567", "12 chữ số"),
        ("02008012345A", "chữ số"),
    ],
)
def test_malformed_id_numbers_are_errors(number, message):
    issues = rules.validate_person(person(id_number=number), TODAY)
    assert [i.level for i in issues] == ["error"]
    assert message in issues[0].message


def test_id_number_disagreeing_with_sex_or_year_is_only_a_warning():
    issues = rules.validate_person(person(id_number="020180123456"), TODAY)  # 1 = female, 1900s
    assert levels(issues) == {("warning", "id_number")}
    assert "giới tính nữ" in issues[0].message
    issues = rules.validate_person(person(id_number="020081123456"), TODAY)
    assert "năm sinh 1981" in issues[0].message


@given(st.sampled_from(["male", "female"]), st.integers(1900, 2099), st.integers(0, 999_999))
def test_id_number_decodes_what_it_encodes(sex, year, serial):
    digit = (0 if year < 2000 else 2) + (0 if sex == "male" else 1)
    number = f"020{digit}{year % 100:02d}{serial:06d}"
    assert idnumber.decode(number) == ("020", sex, year)
    assert idnumber.check(number, sex, year) == []


@pytest.mark.parametrize(
    ("digit", "year"),
    [("0", 1926), ("3", 2026), ("4", 2126), ("7", 2226), ("8", 2326), ("9", 2326)],
)
def test_fourth_digit_runs_the_centuries_forward(digit, year):
    """0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s (never the 1800s)."""
    assert idnumber.decode(f"020{digit}26123456")[2] == year


def test_id_number_messages_say_so_dinh_danh():
    (issue,) = idnumber.check("02018012345")
    assert issue.message.startswith("Số định danh (CCCD)")


def test_negative_amounts_are_errors():
    activity = {"campaign_id": "c", "title": "Ủng hộ", "date": "2026-10-17", "money_raised": -5}
    issues = rules.validate_activity(activity, TODAY)
    assert ("error", "money_raised") in levels(issues)
    assert "không được âm" in issues[0].message


def test_membership_end_needs_a_reason_and_must_follow_start():
    m = {
        "person_id": "p",
        "body_id": "b",
        "role": "member",
        "start_date": "2024-09-01",
        "end_date": "2024-01-01",
    }
    found = levels(rules.validate_membership(m, TODAY))
    assert ("error", "end_date") in found and ("error", "end_reason") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("05/03/1985", "1985-03-05"),
        ("5/3/1985", "1985-03-05"),
        ("1985-03-05", "1985-03-05"),
        ("05.03.1985", "1985-03-05"),
        ("  ", None),
    ],
)
def test_dates_are_read_the_vietnamese_way(text, expected):
    assert parse_date(text) == expected


def test_impossible_dates_are_refused_in_vietnamese():
    with pytest.raises(DateFormatError, match="không có trên lịch"):
        parse_date("31/02/2020")
    with pytest.raises(DateFormatError, match="không chỉ năm"):
        parse_date("1985")
    assert parse_date("1985", year_only_allowed=True) == "1985"


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_display_and_parse_round_trip(d):
    assert parse_date(display(d.isoformat())) == d.isoformat()


def test_body_composition_warnings():
    setting = lambda key: BY_KEY[key].default  # noqa: E731
    members = [
        {"role": "head", "village_id": f"v{i}"}
        if i == 0
        else {"role": "deputy" if i < 4 else "member", "village_id": f"v{i}"}
        for i in range(6)
    ]
    issues = check_composition(
        {"kind": "inspection_board"}, members, setting, {f"v{i}" for i in range(7)}
    )
    text = " ".join(i.message for i in issues)
    assert "3 phó ban" in text and "1 khu dân cư chưa có" in text
    assert all(i.level == "warning" for i in issues)
    small = check_composition({"kind": "supervision_board"}, members[:4], setting)
    assert any("cần ít nhất 5" in i.message for i in small)


def test_supervision_board_make_up_is_checked_against_the_settings():
    """A commune Front and an inspection-board representative; residents ≤ 5; deputies ≤ 2."""
    values = {k: s.default for k, s in BY_KEY.items()}
    setting = values.__getitem__
    board = {"kind": "supervision_board"}
    residents = [{"role": "head" if i == 0 else "member", "branch": "resident"} for i in range(6)]
    text = " ".join(i.message for i in check_composition(board, residents, setting))
    assert "chưa có đại diện Ủy ban MTTQ xã" in text
    assert "chưa có đại diện Ban thanh tra nhân dân" in text
    assert "6 đại diện nhân dân, tối đa 5" in text
    full = [
        {"role": "head", "branch": "front"},
        {"role": "deputy", "branch": "inspection"},
        {"role": "deputy", "branch": "resident"},
        {"role": "deputy", "branch": "resident"},
        *({"role": "member", "branch": "resident"} for _ in range(3)),
    ]
    text = " ".join(i.message for i in check_composition(board, full, setting))
    assert "đại diện" not in text and "3 phó ban, tối đa 2" in text
    values.update(
        supervision_needs_front=False,
        supervision_needs_inspection=False,
        supervision_max_residents=6,
    )
    assert check_composition(board, residents, setting) == []


def test_regulation_213_transitions():
    reg213.check_transition("requested", "commented")
    reg213.check_transition("commented", "confirmed")
    reg213.check_transition("confirmed", "returned")
    with pytest.raises(UserError, match="Không thể chuyển"):
        reg213.check_transition("requested", "returned")
    with pytest.raises(UserError):
        reg213.check_transition("returned", "commented")
    assert reg213.is_exempt("exempt_student") and not reg213.is_exempt("ordinary")


def test_a_comment_is_overdue_until_it_is_sent_back():
    due = {"due_date": "2026-11-30"}
    after = date(2026, 12, 1)
    assert reg213.is_overdue({**due, "state": "confirmed"}, after)
    assert not reg213.is_overdue({**due, "state": "returned"}, after)
    assert not reg213.is_overdue({**due, "state": "requested"}, date(2026, 11, 30))
