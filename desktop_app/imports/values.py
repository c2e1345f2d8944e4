"""Cell values read the way officers type them: dates, years, sex, ID numbers, ethnicity,
religion, roles. Each reader returns (value, warning or None) or raises ValueError with a
Vietnamese message."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from desktop_app.core import enums, text
from desktop_app.core.dates import DateFormatError, parse_date
from desktop_app.store import refdata

_DIGITS8 = re.compile(r"^\d{8}$")


def date_value(value: Any, year_only_allowed: bool = True) -> str | None:
    """01/02/1975, 1-2-1975, 1.2.1975, 01021975, 1975, an Excel date or the number 1975."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        raise ValueError(f"“{value}” không phải ngày.")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 1880 <= value <= 2200:
            value = str(value)
        elif 1_01_1880 <= value <= 31_12_2200 and len(str(value)) in (7, 8):
            value = str(value).zfill(8)
        else:
            raise ValueError(f"“{value}” không phải ngày.")
    s = str(value).strip().rstrip(".")
    if _DIGITS8.match(s):
        s = f"{s[:2]}/{s[2:4]}/{s[4:]}"
    s = re.sub(r"\s*([/.\-])\s*", r"\1", s)
    try:
        return parse_date(s, year_only_allowed=year_only_allowed)
    except DateFormatError as exc:
        raise ValueError(str(exc)) from None


def year_value(value: Any) -> str | None:
    """A birth year column (Nam / Nữ): a year, or a full date."""
    return date_value(value, year_only_allowed=True)


_MARK = {"x", "v", "có", "co", "1", "✓", "✔", "dv", "đv", "đảng viên", "dang vien", "true"}
_MARK_FOLDED = frozenset(text.fold(m) for m in _MARK)


def is_marked(value: Any) -> bool:
    """A tick column: "x", "có", 1…"""
    if value is None or value is False:
        return False
    if value is True:
        return True
    return text.fold(str(value)) in _MARK_FOLDED


def sex_value(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    folded = text.fold(str(value))
    if folded in ("nam", "m", "male", "trai"):
        return "male"
    if folded in ("nu", "f", "female", "gai"):
        return "female"
    raise ValueError(f"Giới tính “{value}” không rõ (ghi Nam hoặc Nữ).")


def id_value(value: Any) -> tuple[str | None, str | None]:
    """An ID number as text. Excel keeps a number typed without quotes as a number and drops
    its leading zero: 11 digits are given it back, with a warning."""
    if value is None or value == "":
        return None, None
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"Số định danh (CCCD) “{value}” không hợp lệ.")
        value = int(value)
    s = "".join(str(value).split()).replace(".", "").replace("-", "")
    if s.startswith("'"):
        s = s[1:]
    if s.isdigit() and len(s) == 11:
        return "0" + s, (
            f"Số định danh (CCCD) “{s}” có 11 chữ số (Excel đã bỏ số 0 đầu): đã thêm thành 0{s}, "
            "hãy đối chiếu với thẻ."
        )
    return s or None, None


def phone_value(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).strip()
    if isinstance(value, int) and len(s) == 9:  # 912345678: the leading 0 dropped by Excel
        s = "0" + s
    return s


@cache
def _religions() -> dict[str, str]:
    found: dict[str, str] = {}
    for item in refdata.religions():
        for name in (item["name"], *item.get("other_names", [])):
            found.setdefault(refdata.name_key(name), item["code"])
    for extra, code in (
        ("luong", "none"),
        ("khong", "none"),
        ("phat", "buddhism"),
        ("thien chua", "catholicism"),
        ("cong giao", "catholicism"),
        ("tin lanh", "protestantism"),
        ("", "none"),
    ):
        found.setdefault(refdata.name_key(extra), code)
    return found


def religion_value(value: Any) -> str | None:
    if value is None or str(value).strip() in ("", "-", "0"):
        return None
    code = _religions().get(refdata.name_key(str(value)))
    if code is None:
        raise ValueError(f"Tôn giáo “{value}” không có trong danh mục.")
    return code


def ethnicity_value(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    s = str(value).strip()
    if s.isdigit() and 1 <= int(s) <= 54:
        return s.zfill(2)
    code = refdata.ethnic_code(s)
    if (
        code is None
        and refdata.name_key(s).startswith("h")
        and refdata.ethnic_code(s[1:].lstrip("'’ "))
    ):
        code = refdata.ethnic_code(s[1:].lstrip("'’ "))  # "H'Mông", "Hmông"
    if code is None:
        raise ValueError(f"Dân tộc “{value}” không có trong danh mục 54 dân tộc.")
    return code


_ROLE_WORDS = [
    ("pho chu tich", "deputy"),
    ("pho truong ban", "deputy"),
    ("pho ban", "deputy"),
    ("chu tich", "head"),
    ("truong ban", "head"),
    ("uy vien", "member"),
    ("thanh vien", "member"),
    ("can bo", "member"),
]


def role_value(value: Any) -> str:
    if value is None or str(value).strip() == "":
        return "member"
    folded = text.fold(str(value))
    for words, code in _ROLE_WORDS:
        if folded.startswith(words) or folded == words:
            return code
    for code, label in {**enums.ROLES, **enums.FRONT_ROLES}.items():
        if folded == text.fold(label):
            return code
    raise ValueError(f"Chức danh “{value}” không rõ (Trưởng ban, Phó trưởng ban hoặc Ủy viên).")


_BRANCH_WORDS = [
    ("bi thu", "party_cell"),
    ("chi bo", "party_cell"),
    ("truong thon", "village_head"),
    ("truong ban", "village_head"),
    ("mat tran", "front"),
    ("nong dan", "farmers"),
    ("phu nu", "women"),
    ("doan thanh nien", "youth"),
    ("chi doan", "youth"),
    ("thanh nien", "youth"),
    ("cuu chien binh", "veterans"),
    ("ccb", "veterans"),
    ("nguoi cao tuoi", "elderly"),
    ("cong doan", "trade_union"),
    ("ton giao", "religious"),
    ("chuc sac", "religious"),
    ("thanh tra nhan dan", "inspection"),
    ("uy tin", "respected"),
    ("nhan dan", "resident"),
    ("khac", "other"),
]


def branch_value(value: Any) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    folded = text.fold(str(value))
    for code, label in enums.BRANCHES.items():
        if folded == text.fold(label):
            return code
    for words, code in _BRANCH_WORDS:
        if words in folded:
            return code
    raise ValueError(f"Thành phần đại diện “{value}” không có trong danh mục.")


def category_value(value: Any) -> str:
    if value is None or str(value).strip() == "":
        return "ordinary"
    folded = text.fold(str(value))
    for code, label in enums.RESIDENT_CATEGORIES.items():
        if folded == text.fold(label):
            return code
    if "mien" in folded:
        for words, code in (
            ("quan doi", "exempt_armed_forces"),
            ("cong an", "exempt_armed_forces"),
            ("xa", "exempt_far_away"),
            ("luu dong", "exempt_far_away"),
            ("luan chuyen", "exempt_rotated"),
            ("hoc tap", "exempt_training"),
            ("sinh vien", "exempt_student"),
            ("hoc sinh", "exempt_student"),
        ):
            if words in folded:
                return code
    if "thuong xuyen" in folded:
        return "ordinary"
    raise ValueError(f"Diện sinh hoạt “{value}” không rõ.")


def village_kind(value: Any, name: str) -> tuple[str, str]:
    """(kind code, name without the kind word): "Thôn Nà Cạn" → ("thon", "Nà Cạn")."""
    kinds = {text.fold(label): code for code, label in enums.VILLAGE_KINDS.items()}
    if value not in (None, ""):
        folded = text.fold(str(value))
        if folded not in kinds:
            raise ValueError(
                f"Loại khu dân cư “{value}” không rõ ({', '.join(enums.VILLAGE_KINDS.values())})."
            )
        return kinds[folded], name
    # "Thôn Nà Cạn" is the thôn Nà Cạn; "Bản Pò" and "Làng Mới" are names in themselves
    words = name.split(" ")
    for n in (3, 2, 1):
        head = text.fold(" ".join(words[:n]))
        if kinds.get(head) in ("thon", "to_dan_pho", "khoi_pho", "ap") and len(words) > n:
            return kinds[head], " ".join(words[n:])
    return "thon", name


def int_value(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"“{value}” không phải số.")
    if isinstance(value, float):
        if not value.is_integer():
            return round(value)
        return int(value)
    if isinstance(value, int):
        return value
    s = str(value).strip().replace(".", "").replace(",", "").replace(" ", "").removesuffix("đ")
    if not s.lstrip("-").isdigit():
        raise ValueError(f"“{value}” không phải số.")
    return int(s)
