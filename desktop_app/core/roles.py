"""Accounts' roles and what each may do — the one place that says who may change what.

The store enforces these (store/accounts.py); the window and the command line only ask them so
as not to offer what would be refused."""

from __future__ import annotations

LANH_DAO, CAN_BO, CHI_XEM = "lanh_dao", "can_bo", "chi_xem"

ROLES = {LANH_DAO: "Lãnh đạo", CAN_BO: "Cán bộ", CHI_XEM: "Chỉ xem"}
ROLE_HELP = {
    LANH_DAO: "Chủ tịch, Phó Chủ tịch: mọi việc, kể cả cấp số văn bản, khôi phục, khóa, tài khoản, nhật ký",
    CAN_BO: "nhập và sửa sổ sách, in, xuất gói gửi cấp trên",
    CHI_XEM: "chỉ xem và in danh sách",
}

# What a role may do, by name. A permission not listed here is lãnh đạo only.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset({LANH_DAO, CAN_BO, CHI_XEM}),
    "print": frozenset({LANH_DAO, CAN_BO, CHI_XEM}),
    "write": frozenset({LANH_DAO, CAN_BO}),
    "export": frozenset({LANH_DAO, CAN_BO}),
    "import": frozenset({LANH_DAO, CAN_BO}),
    "backup": frozenset({LANH_DAO, CAN_BO}),
    "documents": frozenset({LANH_DAO}),
    "restore": frozenset({LANH_DAO}),
    "keys": frozenset({LANH_DAO}),
    "accounts": frozenset({LANH_DAO}),
    "audit": frozenset({LANH_DAO}),
    "settings": frozenset({LANH_DAO}),
}

WHAT = {
    "write": "sửa sổ sách",
    "export": "xuất gói dữ liệu",
    "import": "nhập dữ liệu",
    "backup": "sao lưu",
    "documents": "cấp số văn bản",
    "restore": "khôi phục dữ liệu",
    "keys": "quản lý khóa đồng bộ",
    "accounts": "quản lý tài khoản",
    "audit": "xem nhật ký",
    "settings": "thay đổi cài đặt",
    "print": "in",
    "read": "xem",
}


def may(role: str | None, permission: str) -> bool:
    """None is an office without accounts (the demo, an office not yet protected): everything."""
    if role is None:
        return True
    return role in PERMISSIONS.get(permission, frozenset({LANH_DAO}))


def refusal(role: str, permission: str) -> str:
    return (
        f"Tài khoản vai trò “{ROLES.get(role, role)}” không được {WHAT.get(permission, permission)}. "
        "Hãy nhờ lãnh đạo Ban Thường trực làm việc này."
    )


def role_from_cli(text: str) -> str | None:
    """lanh-dao | can-bo | chi-xem (as the command line spells them) to the stored code."""
    code = text.strip().lower().replace("-", "_")
    return code if code in ROLES else None
