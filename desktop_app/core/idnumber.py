"""The 12-digit personal identification number (số định danh cá nhân; the "thẻ căn cước" since
1 July 2024 under Luật Căn cước 2023, older cards say CCCD): what it says about its holder.

Digits 1–3: birth province (the 63 pre-2025 provinces); digit 4: century and sex
(0/1 male/female born 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s — Thông tư
59/2021/TT-BCA art. 7); digits 5–6: last two digits of the birth year; 7–12: a serial. A wrong length or a non-digit is an error;
a mismatch with the recorded sex or birth year is only a warning.
"""

from __future__ import annotations

from desktop_app.core.errors import Issue, error, warning

LABEL = "Số định danh (CCCD)"
_CENTURIES = {
    0: 1900,
    1: 1900,
    2: 2000,
    3: 2000,
    4: 2100,
    5: 2100,
    6: 2200,
    7: 2200,
    8: 2300,
    9: 2300,
}


def clean(value: str | None) -> str | None:
    if value is None:
        return None
    s = "".join(str(value).split())
    return s or None


def decode(number: str) -> tuple[str, str, int]:
    """(province prefix, sex code, birth year) of a well-formed number."""
    digit = int(number[3])
    sex = "male" if digit % 2 == 0 else "female"
    year = _CENTURIES[digit] + int(number[4:6])
    return number[:3], sex, year


def check(
    number: str | None,
    sex: str | None = None,
    birth_year: int | None = None,
    known_prefixes: set[str] | None = None,
) -> list[Issue]:
    number = clean(number)
    if not number:
        return []
    if not number.isdigit():
        return [error("id_number", f"{LABEL} “{number}” chỉ được gồm chữ số.")]
    if len(number) != 12:
        return [error("id_number", f"{LABEL} phải có đúng 12 chữ số (đang có {len(number)}).")]
    prefix, id_sex, id_year = decode(number)
    issues: list[Issue] = []
    if known_prefixes is not None and prefix not in known_prefixes:
        issues.append(
            warning(
                "id_number",
                f"Mã tỉnh nơi đăng ký khai sinh “{prefix}” trong số định danh không có trong danh mục.",
            )
        )
    if sex and sex != id_sex:
        said = "nam" if id_sex == "male" else "nữ"
        issues.append(
            warning("id_number", f"{LABEL} cho biết giới tính {said}, khác với giới tính đã ghi.")
        )
    if birth_year and birth_year != id_year:
        issues.append(
            warning(
                "id_number",
                f"{LABEL} cho biết năm sinh {id_year}, khác với năm sinh đã ghi ({birth_year}).",
            )
        )
    return issues
