"""Setting up an office for sync: a commune, or the upper level that imports its bundles."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.store.db import Store
from desktop_app.sync.keys import ensure_keys


@dataclass(frozen=True)
class SetupResult:
    office: dict
    fingerprint: str
    created: bool


def setup_office(
    store: Store,
    role: str,
    name: str,
    code: str,
    *,
    upper_name: str | None = None,
    upper_code: str | None = None,
    unit_kind: str | None = None,
) -> SetupResult:
    """Create (or rename) the office with this role and code, and make its keys."""
    if role not in enums.OFFICE_ROLES:
        raise UserError(
            "Vai trò phải là “commune” (Ủy ban MTTQ xã) hoặc “upper” (đơn vị cấp trên)."
        )
    name = (name or "").strip()
    code = (code or "").strip()
    if not name:
        raise UserError("Hãy ghi tên đơn vị.")
    current = store.office()
    if current is not None:
        if current["role"] != role:
            raise UserError(
                f"Thư mục dữ liệu này đã được thiết lập là {enums.OFFICE_ROLES[current['role']]} "
                f"«{current.get('name') or current['commune_code']}». Một đơn vị không thể đổi vai "
                "trò; hãy dùng một thư mục dữ liệu khác.",
                command_hint="--data-dir THƯ_MỤC",
            )
        if current["commune_code"] != code:
            raise UserError(
                f"Đơn vị này đã có mã {current['commune_code']}. Các bản ghi và gói đồng bộ đã mang "
                "mã đó nên không đổi được; hãy dùng một thư mục dữ liệu khác cho mã mới."
            )
    fields = {"role": role, "name": name, "commune_code": code}
    if role == "commune":
        fields["commune_name"] = name
        fields["unit_kind"] = unit_kind or (current or {}).get("unit_kind") or "xa"
        if unit_kind is not None and unit_kind not in enums.UNIT_KINDS:
            raise UserError("Loại đơn vị phải là xa, phuong hoặc dac_khu.")
    else:
        fields["unit_kind"] = None
        if not code.isdigit() or len(code) not in (2, 3, 5):
            raise UserError(
                "Mã đơn vị cấp trên gồm 2 chữ số (tỉnh, theo Quyết định 19/2025/QĐ-TTg)"
                " hoặc mã cũ của huyện."
            )
    if upper_name is not None:
        fields["upper_name"] = upper_name
    if upper_code is not None:
        fields["upper_code"] = upper_code
    office = store.setup_office(**fields)
    if role == "commune" and current is None:
        store.campaigns.load_national()  # a new office records its first activity at once
    keys = ensure_keys(store)
    return SetupResult(office, keys.fingerprint, current is None)
