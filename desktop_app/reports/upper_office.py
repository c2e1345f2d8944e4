"""The upper-level office as the issuer of a form, and the communes its consolidated forms list.

Since the 2025 reform the upper level is usually the province Front office, whose documents carry

    ỦY BAN MTTQ VIỆT NAM            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       TỈNH LẠNG SƠN                   Độc lập - Tự do - Hạnh phúc
     BAN THƯỜNG TRỰC

The two upper lines come from the office row's name ("Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"); a
name not in that shape is printed as it is. The place on the place-and-date line is the
`place_name` setting, else the province's name ("Lạng Sơn"); the signer comes from the same
settings as a commune's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from desktop_app.core import text
from desktop_app.core.errors import UserError
from desktop_app.reports import header
from desktop_app.reports.closing import Signer
from desktop_app.reports.markup import clean
from desktop_app.store import communes, consolidation

if TYPE_CHECKING:
    from desktop_app.store.db import Store

_FRONT_PREFIX = re.compile(
    r"^(ủy ban|uỷ ban)\s+(mttq|mặt trận tổ quốc)(\s+việt nam)?\s+", re.IGNORECASE
)
_LEVEL_WORDS = ("thành phố", "tỉnh", "huyện", "quận", "thị xã")


@dataclass(frozen=True)
class UpperOffice:
    name: str  # "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
    upper_line: str  # "ỦY BAN MTTQ VIỆT NAM", or the whole name when it is in another shape
    unit_line: str  # "tỉnh Lạng Sơn" ("" when the name is in another shape)
    place: str  # the place on the place-and-date line
    signer: Signer
    today: date
    receiver: str  # the office's own upper level (office row's upper_name), may be ""

    @property
    def standing(self) -> str:
        """'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn'."""
        return f"Ban Thường trực {self.name}"

    def header(self, width: float, number_line: str | None) -> list[Flowable]:
        """The Front's header block with this office's lines and today's place-and-date line."""
        return header.front_header(
            upper_line=self.upper_line,
            unit_line=self.unit_line,
            width=width,
            number_line=number_line,
            place_date=header.place_date_line(self.place, self.today),
        )


def letterhead_lines(name: str) -> tuple[str, str]:
    """('Ủy ban MTTQ Việt Nam', 'tỉnh Lạng Sơn') from the office's name; a bare 'tỉnh Lạng Sơn'
    gets the Front's line above it; any other name stands alone on the upper line."""
    name = clean(name)
    match = _FRONT_PREFIX.match(name)
    if match and name[match.end() :].strip():
        return header.FRONT, name[match.end() :].strip()
    if text.fold(name).startswith(tuple(text.fold(w) + " " for w in _LEVEL_WORDS)):
        return header.FRONT, name
    return name, ""


def place_of(unit_line: str) -> str:
    """'tỉnh Lạng Sơn' → 'Lạng Sơn' (the place a province's documents are dated at)."""
    folded = text.fold(unit_line)
    for word in _LEVEL_WORDS:
        if folded.startswith(text.fold(word) + " "):
            return unit_line[len(word) :].strip()
    return unit_line


def upper_office_of(store: Store) -> UpperOffice:
    """The issuing office of a consolidated form; a UserError at a commune office."""
    row = store.office()
    if row is not None and row.get("role") != "upper":
        raise UserError(
            "Biểu tổng hợp các xã chỉ in được ở đơn vị cấp trên (nơi nhập gói dữ liệu của các "
            "xã). Ở Ủy ban MTTQ xã, hãy in báo cáo của xã."
        )
    if row is None or not clean(row.get("name")):
        raise UserError(
            "Chưa khai báo đơn vị. Hãy vào phần Cài đặt, khai báo tên và mã đơn vị rồi in lại."
        )
    name = clean(row["name"])
    upper_line, unit_line = letterhead_lines(name)
    settings = store.settings
    place = (
        clean(settings.get("place_name"))
        or clean(row.get("province_name"))
        or place_of(unit_line or name)
    )
    return UpperOffice(
        name=name,
        upper_line=upper_line,
        unit_line=unit_line,
        place=place,
        signer=Signer(
            title=clean(settings.get("signer_title")),
            name=clean(settings.get("signer_name")),
            on_behalf=clean(settings.get("signer_on_behalf")),
        ),
        today=store.today(),
        receiver=clean(row.get("upper_name")),
    )


@dataclass(frozen=True)
class KnownCommune:
    code: str
    name: str  # the name its newest bundle (or its enrolled key) gave; the code when none did

    @property
    def label(self) -> str:
        return self.name or self.code


def known_communes(store: Store) -> list[KnownCommune]:
    """Every commune this office knows (enrolled or imported), in Vietnamese order of name."""
    names = communes.names(store)
    own = (store.office() or {}).get("commune_code")
    rows = consolidation.commune_overview(store)
    found = [
        KnownCommune(r["commune_code"], names.get(r["commune_code"]) or r["commune_name"] or "")
        for r in rows
        if r["commune_code"] != own
    ]
    return sorted(found, key=lambda c: (text.sort_key(c.label), c.code))
