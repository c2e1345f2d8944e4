"""What every form says about the office that issues it: names, place, signer, today.

Read once per print from the store's office row and settings. A missing signer's name is
allowed (a dotted line is printed); an office that is not set up yet is a UserError.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.core import enums, text
from desktop_app.core.errors import UserError
from desktop_app.reports.closing import Signer
from desktop_app.reports.markup import clean

if TYPE_CHECKING:
    from desktop_app.store.db import Store


@dataclass(frozen=True)
class Office:
    commune_name: str  # "Hữu Lũng"
    unit_kind: str  # "xa" | "phuong" | "dac_khu"
    place: str  # the place on the place-and-date line
    signer: Signer
    today: date

    @property
    def unit_label(self) -> str:
        """'xã', 'phường', 'đặc khu'."""
        return enums.label(enums.UNIT_KINDS, self.unit_kind).lower()

    @property
    def unit(self) -> str:
        """'xã Hữu Lũng'."""
        return f"{self.unit_label} {self.commune_name}"

    @property
    def front(self) -> str:
        """'Ủy ban MTTQ Việt Nam xã Hữu Lũng'."""
        return f"Ủy ban MTTQ Việt Nam {self.unit}"

    @property
    def standing(self) -> str:
        """'Ban Thường trực Ủy ban MTTQ Việt Nam xã Hữu Lũng'."""
        return f"Ban Thường trực {self.front}"

    @property
    def party(self) -> str:
        """'Đảng bộ xã Hữu Lũng' (the commune's party committee, upper line of Party forms)."""
        return f"Đảng bộ {self.unit}"


def office_of(store: Store) -> Office:
    row = store.office()
    if row is not None and row.get("role") == "upper":
        raise UserError(
            "Biểu mẫu này là của Ủy ban MTTQ xã (danh sách, quyết định, báo cáo của xã). Đơn vị "
            "cấp trên in các biểu tổng hợp của các xã và biên bản nhập gói."
        )
    if row is None or not clean(row.get("commune_name")):
        raise UserError(
            "Chưa khai báo đơn vị (tên và mã xã). Hãy vào phần Cài đặt, khai báo đơn vị rồi in lại."
        )
    settings = store.settings
    commune = clean(row["commune_name"])
    return Office(
        commune_name=commune,
        unit_kind=row.get("unit_kind") or "xa",
        place=clean(settings.get("place_name")) or commune,
        signer=Signer(
            title=clean(settings.get("signer_title")),
            name=clean(settings.get("signer_name")),
            on_behalf=clean(settings.get("signer_on_behalf")),
        ),
        today=store.today(),
    )


def village_label(village: dict | None) -> str:
    """'thôn Nà Cạn', 'Khối phố 1' (a name that already starts with its kind keeps it)."""
    if not village:
        return ""
    name = clean(village.get("name"))
    kind = enums.label(enums.VILLAGE_KINDS, village.get("kind"))
    if not kind or text.fold(name).startswith(text.fold(kind)):
        return name
    return f"{kind.lower()} {name}"
