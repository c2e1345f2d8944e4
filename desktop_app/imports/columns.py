"""Which column holds what: the usual Vietnamese headers, the header row under the titles,
and a mapping the officer can correct, save and reuse."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core import enums, text
from desktop_app.core.errors import UserError
from desktop_app.core.legacy_text import convert, encoding_for_font
from desktop_app.imports.reader import plain

TARGETS = {
    "people": "Người (sổ người)",
    "members": "Thành viên một ban",
    "residents": "Đảng viên nơi cư trú",
    "villages": "Khu dân cư",
    "activities": "Hoạt động cuộc vận động",
}

# field → (Vietnamese label, header spellings). Headers are compared folded (no marks, lower case).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "seq": ("Số thứ tự", ("stt", "tt", "so tt", "so thu tu")),
    "full_name": (
        "Họ và tên",
        (
            "ho va ten",
            "ho ten",
            "ho, ten",
            "ho va ten dang vien",
            "ho va ten thanh vien",
            "ho va ten nguoi",
            "ten",
            "ho va ten uy vien",
        ),
    ),
    "sex": ("Giới tính", ("gioi tinh", "gioi", "nam/nu", "nam, nu", "nam nu")),
    "birth_date": (
        "Ngày sinh / Năm sinh",
        (
            "nam sinh",
            "ngay sinh",
            "ngay thang nam sinh",
            "ngay, thang, nam sinh",
            "sinh nam",
            "ngay/thang/nam sinh",
        ),
    ),
    "birth_male": ("Năm sinh — cột Nam", ("nam", "nam sinh nam")),
    "birth_female": ("Năm sinh — cột Nữ", ("nu", "nam sinh nu")),
    "ethnicity": ("Dân tộc", ("dan toc",)),
    "religion": ("Tôn giáo", ("ton giao",)),
    "id_number": (
        "Số định danh (CCCD)",
        (
            "so cccd",
            "cccd",
            "so dinh danh",
            "so dinh danh ca nhan",
            "so can cuoc",
            "so can cuoc cong dan",
            "can cuoc cong dan",
            "so cmnd",
            "cmnd",
            "so cmnd/cccd",
            "cmnd/cccd",
            "so cccd/cmnd",
            "so dinh danh (cccd)",
            "ma dinh danh",
        ),
    ),
    "village": (
        "Khu dân cư (thôn, bản)",
        (
            "thon",
            "ban",
            "khu dan cu",
            "thon/ban",
            "thon, ban",
            "thon, to dan pho",
            "thon/to dan pho",
            "to dan pho",
            "khu",
            "khoi pho",
            "noi o",
            "noi cu tru",
            "thon, xom",
            "xom",
            "ap",
            "thon ban",
            "noi o hien nay",
        ),
    ),
    "role": ("Chức danh", ("chuc danh", "chuc vu", "chuc vu trong ban", "chuc danh trong ban")),
    "branch": (
        "Đại diện / Thành phần",
        ("dai dien", "thanh phan", "dai dien cho", "thanh phan dai dien"),
    ),
    "party_admission_date": (
        "Ngày vào Đảng",
        ("ngay vao dang", "ngay ket nap", "ngay ket nap dang", "ngay vao dang chinh thuc"),
    ),
    "party_member": ("Đảng viên", ("dang vien", "la dang vien")),
    "workplace": (
        "Nơi công tác",
        ("noi cong tac", "co quan cong tac", "don vi cong tac", "co quan, don vi cong tac"),
    ),
    "workplace_party_org": (
        "Tổ chức đảng nơi công tác",
        ("to chuc dang noi cong tac", "dang bo noi cong tac", "chi bo noi cong tac"),
    ),
    "party_cell": ("Chi bộ nơi cư trú", ("chi bo", "chi bo noi cu tru", "chi bo thon")),
    "letter_number": ("Số giấy giới thiệu", ("so giay gioi thieu", "so giay gt", "so gioi thieu")),
    "letter_date": (
        "Ngày giấy giới thiệu",
        ("ngay giay gioi thieu", "ngay gioi thieu", "ngay giay gt"),
    ),
    "letter_issuer": (
        "Nơi giới thiệu",
        ("noi gioi thieu", "co quan gioi thieu", "to chuc gioi thieu"),
    ),
    "received_date": (
        "Ngày nhận giấy",
        ("ngay nhan giay", "ngay nhan", "ngay nhan giay gioi thieu"),
    ),
    "registered_date": ("Ngày đăng ký", ("ngay dang ky", "ngay dang ky sinh hoat")),
    "category": ("Diện sinh hoạt", ("dien", "dien sinh hoat")),
    "start_date": ("Ngày bắt đầu", ("ngay bat dau", "tu ngay", "ngay tham gia", "ngay vao ban")),
    "phone": ("Số điện thoại", ("so dien thoai", "dien thoai", "sdt", "dt", "so dt")),
    "occupation": ("Nghề nghiệp", ("nghe nghiep", "nghe")),
    "education": (
        "Trình độ văn hóa",
        ("trinh do van hoa", "van hoa", "trinh do hoc van", "hoc van"),
    ),
    "theory_level": (
        "Lý luận chính trị",
        ("ly luan chinh tri", "trinh do ly luan chinh tri", "llct"),
    ),
    "notes": ("Ghi chú", ("ghi chu",)),
    # villages
    "name": (
        "Tên khu dân cư",
        (
            "ten thon",
            "ten khu dan cu",
            "ten thon, ban",
            "ten",
            "ten ban",
            "ten to dan pho",
            "khu dan cu",
            "thon",
        ),
    ),
    "kind": ("Loại", ("loai", "loai khu dan cu")),
    "code": ("Mã", ("ma", "ma thon", "ma khu dan cu")),
    # activities
    "campaign": ("Cuộc vận động", ("cuoc van dong", "phong trao", "cuoc van dong, phong trao")),
    "date": ("Ngày", ("ngay", "ngay to chuc", "thoi gian", "ngay thuc hien")),
    "title": ("Tên hoạt động", ("ten hoat dong", "hoat dong", "noi dung", "noi dung hoat dong")),
    "villages": ("Khu dân cư", ("khu dan cu", "thon", "thon, ban", "dia ban")),
    "description": ("Mô tả", ("mo ta", "ghi chu")),
    **{k: (v, (text.fold(v),)) for k, v in enums.INDICATORS.items()},
}
for _k, _extra in {
    "participants": ("so nguoi tham gia", "nguoi tham gia", "so nguoi"),
    "money_raised": ("so tien", "so tien van dong", "so tien (dong)", "tien van dong"),
    "beneficiaries": ("so nguoi duoc ho tro", "luot nguoi duoc ho tro"),
}.items():
    FIELDS[_k] = (FIELDS[_k][0], FIELDS[_k][1] + _extra)

_PERSON = (
    "seq",
    "full_name",
    "sex",
    "birth_date",
    "birth_male",
    "birth_female",
    "ethnicity",
    "religion",
    "id_number",
    "village",
    "phone",
    "occupation",
    "education",
    "theory_level",
    "party_member",
    "party_admission_date",
    "notes",
)
TARGET_FIELDS: dict[str, tuple[str, ...]] = {
    "people": _PERSON + ("workplace",),
    "members": _PERSON + ("role", "branch", "start_date", "workplace"),
    "residents": _PERSON
    + (
        "workplace",
        "workplace_party_org",
        "party_cell",
        "letter_number",
        "letter_date",
        "letter_issuer",
        "received_date",
        "registered_date",
        "category",
    ),
    "villages": ("seq", "name", "kind", "code", "notes"),
    "activities": (
        "seq",
        "campaign",
        "date",
        "title",
        "villages",
        "description",
        *enums.INDICATORS,
    ),
}
KEY_FIELD = {
    "people": "full_name",
    "members": "full_name",
    "residents": "full_name",
    "villages": "name",
    "activities": "title",
}

_NOISE = re.compile(r"\(\s*\d+\s*\)|\s*\*$|[:]")


def header_key(value: Any, fallback: str | None = None) -> str:
    """A header as compared: the text (legacy fonts converted; text in no legacy font read as
    `fallback`), folded, numbering like "(1)" dropped."""
    s = cell_text(value, fallback) if isinstance(value, tuple) else plain(value)
    return " ".join(text.fold(_NOISE.sub(" ", s)).replace("\n", " ").split())


def _cell_field(value: Any, target: str) -> tuple[str | None, str]:
    """(field, folded header) of a header cell; a header typed in a legacy font the file does
    not name is tried as TCVN3 and VNI too."""
    key = header_key(value)
    found = field_for(key, target)
    if found is None and isinstance(value, tuple) and not plain(value).isascii():
        for enc in ("tcvn3", "vni"):
            other = header_key(value, enc)
            if field_for(other, target):
                return field_for(other, target), other
    return found, key


def _lookup(target: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in TARGET_FIELDS[target]:
        for spelling in FIELDS[key][1]:
            out.setdefault(spelling, key)
    return out


def field_for(header: str, target: str) -> str | None:
    """The field a (folded) header names for this target, or None."""
    if not header:
        return None
    table = _lookup(target)
    if header in table:
        return table[header]
    # "Họ và tên (ghi theo CCCD)", "Năm sinh (dương lịch)": the start decides
    base = re.sub(r"\s*\(.*\)\s*$", "", header).strip()
    if base in table:
        return table[base]
    for spelling, key in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if len(spelling) >= 6 and header.startswith(spelling + " "):
            return key
    return None


@dataclass
class Layout:
    """Where the data is: the header row(s), the first data row, and each column's field."""

    header_row: int  # 0-based index of the (last) header row
    first_data_row: int
    headers: list[str]  # the header text of each column, as shown to the officer
    fields: list[str | None]  # each column's field (None: not imported)
    guessed: list[str | None] = field(default_factory=list)


def _is_numbering(row: list[Any]) -> bool:
    """The "(1) (2) (3)…" or "1 2 3…" row some forms put under the header."""
    values = [plain(c).strip().strip("()") for c in row if plain(c).strip()]
    return len(values) >= 3 and all(v.isdigit() for v in values)


_PARENTS = {
    "nam sinh",
    "ngay sinh",
    "ngay thang nam sinh",
    "ngay, thang, nam sinh",
    "sinh nam",
    "gioi tinh",
    "nam/nu",
    "ngay/thang/nam sinh",
}


def find_layout(rows: list[list[Any]], target: str, header_row: int | None = None) -> Layout:
    """The header row (the one naming most known columns among the first 30, or the given one),
    with a second header row under it merged in (Năm sinh over Nam | Nữ)."""
    if not rows:
        raise UserError("Trang tính trống: không có dòng nào để nhập.")
    key_field = KEY_FIELD[target]
    if header_row is None:
        best, best_score = None, 0
        for i, row in enumerate(rows[:30]):
            found = [_cell_field(c, target)[0] for c in row]
            score = len({f for f in found if f and f != "seq"})
            if key_field in found and score > best_score:
                best, best_score = i, score
        if best is None:
            label = FIELDS[key_field][0]
            raise UserError(
                f"Không tìm thấy cột “{label}” trong 30 dòng đầu của trang tính. "
                "Hãy kiểm tra trang tính được chọn, hoặc chọn dòng tiêu đề cột."
            )
        header_row = best
    if header_row >= len(rows):
        raise UserError("Dòng tiêu đề cột nằm ngoài trang tính.")
    width = max(len(r) for r in rows[header_row : header_row + 3])
    top = [_cell_field(c, target)[1] for c in rows[header_row]] + [""] * width
    headers = [cell_text(c, None).strip() for c in rows[header_row]] + [""] * width
    first = header_row + 1
    if first < len(rows) and not _is_numbering(rows[first]):
        below = [_cell_field(c, target)[1] for c in rows[first]] + [""] * width
        sub = [field_for(b, target) if b else None for b in below]
        # a second header row: every cell of it names a column, under a merged or parent
        # header ("Năm sinh" over Nam | Nữ) — not a first data row such as "Nông Văn A | Nam"
        if any(sub) and all(
            s is not None and s != key_field and (not top[col] or top[col] in _PARENTS)
            for col, (b, s) in enumerate(zip(below, sub, strict=True))
            if b
        ):
            parent = ""
            for col in range(width):
                if top[col]:
                    parent = top[col]
                if below[col]:
                    top[col] = below[col] if parent in _PARENTS or not top[col] else top[col]
                    sub_text = cell_text(rows[first][col], None).strip()
                    headers[col] = f"{headers[col]} — {sub_text}" if headers[col] else sub_text
            first += 1
    if first < len(rows) and _is_numbering(rows[first]):
        first += 1
    fields: list[str | None] = []
    seen: set[str] = set()
    for col in range(width):
        f = field_for(top[col], target)
        if f in seen or f == "seq":
            f = None
        if f:
            seen.add(f)
        fields.append(f)
    while fields and fields[-1] is None and not headers[len(fields) - 1]:
        fields.pop()
    headers = headers[: len(fields)]
    return Layout(header_row, first, headers, fields, list(fields))


# --- saved mappings ----------------------------------------------------------------------------


def mapping_json(layout: Layout, target: str, sheet: str | None, text_encoding: str) -> dict:
    """A mapping to save: header text → field, so it fits the next file of the same shape."""
    return {
        "version": 1,
        "target": target,
        "sheet": sheet,
        "header_row": layout.header_row + 1,
        "text_encoding": text_encoding,
        "columns": {
            h or f"#{i + 1}": f
            for i, (h, f) in enumerate(zip(layout.headers, layout.fields, strict=True))
        },
    }


def load_mapping(path: str | Path) -> dict:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"Không đọc được tệp ghép cột “{path.name}” ({exc}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise UserError(f"Tệp ghép cột “{path.name}” thiếu mục “columns”.")
    unknown = [f for f in data["columns"].values() if f is not None and f not in FIELDS]
    if unknown:
        raise UserError(
            f"Tệp ghép cột “{path.name}” có trường không biết: {', '.join(map(str, unknown))}."
        )
    return data


def apply_mapping(layout: Layout, mapping: dict) -> None:
    """Fields from a saved mapping: by header text, else by position (#3)."""
    columns = {text.fold(k): v for k, v in mapping["columns"].items()}
    for i, header in enumerate(layout.headers):
        key = text.fold(header) if header else f"#{i + 1}"
        if key in columns:
            layout.fields[i] = columns[key]


def cell_text(cell: Any, fallback: str | None) -> str:
    """A cell's text in Unicode: each run by its font's encoding, runs in no legacy font by
    the sheet's `fallback` ("unicode", "tcvn3", "vni" — the guess or the officer's choice)."""
    if cell is None:
        return ""
    if isinstance(cell, tuple):
        return "".join(convert(t, enc or fallback or "unicode") for t, enc in cell)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


__all__ = [
    "FIELDS",
    "TARGETS",
    "Layout",
    "cell_text",
    "encoding_for_font",
    "find_layout",
    "header_key",
]
