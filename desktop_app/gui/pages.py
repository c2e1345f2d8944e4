"""The main window's navigation list: one line per page, in the order officers see them.

A page is imported only when first opened (start-up stays light). Code names a page by its
`key` (`window.open_page("print")`), never by its title, which is the officer's text.

`tables` names the records a page can open (`open_record(table, record_id)`); an entry
"table:kind" wins over a bare "table" for records that carry a `kind` (bodies).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    target: str  # "desktop_app.gui.<module>:<Class>"
    tables: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[a-z0-9-]+", self.key) or ":" not in self.target:
            raise ValueError(f"PageSpec(key, title, 'package.module:Class', tables): {self!r}")

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


# In the product's order.
PAGES: list[PageSpec] = [
    PageSpec("overview", "Tổng quan", "desktop_app.gui.overview_page:OverviewPage"),
    PageSpec("villages", "Khu dân cư", "desktop_app.gui.villages_page:VillagesPage", ("villages",)),
    PageSpec("people", "Người", "desktop_app.gui.people_page:PeoplePage", ("people",)),
    PageSpec(
        "committees",
        "Ban công tác Mặt trận",
        "desktop_app.gui.bodies_page:VillageCommitteesPage",
        ("bodies:village_committee",),
    ),
    PageSpec(
        "inspection-boards",
        "Ban thanh tra nhân dân",
        "desktop_app.gui.bodies_page:InspectionBoardsPage",
        ("bodies:inspection_board",),
    ),
    PageSpec(
        "supervision-boards",
        "Ban giám sát đầu tư cộng đồng",
        "desktop_app.gui.bodies_page:SupervisionBoardsPage",
        ("bodies:supervision_board",),
    ),
    PageSpec(
        "campaigns",
        "Cuộc vận động & hoạt động",
        "desktop_app.gui.campaigns_page:CampaignsPage",
        ("campaigns", "activities"),
    ),
    PageSpec(
        "reg213",
        "Đảng viên nơi cư trú",
        "desktop_app.gui.reg213_page:Reg213Page",
        ("residents", "evaluations"),
    ),
    PageSpec("funds", "Quỹ", "desktop_app.gui.funds_page:FundsPage", ("fund_entries",)),
    PageSpec(
        "verdicts",
        "Thi đua, khen thưởng",
        "desktop_app.gui.verdicts_page:VerdictsPage",
        ("gradings", "commendations"),
    ),
    # the people's voice and the Front's oversight
    PageSpec(
        "petitions",
        "Ý kiến, kiến nghị",
        "desktop_app.gui.petitions_page:PetitionsPage",
        ("petitions",),
    ),
    PageSpec(
        "supervision",
        "Giám sát & phản biện",
        "desktop_app.gui.supervision_page:SupervisionPage",
        ("supervisions", "recommendations", "criticisms"),
    ),
    PageSpec("print", "In ấn & báo cáo", "desktop_app.gui.print_page:PrintPage"),
    PageSpec("sync", "Đồng bộ cấp trên", "desktop_app.gui.sync_page:SyncPage"),
    PageSpec("settings", "Cài đặt", "desktop_app.gui.settings_page:SettingsPage", ("settings",)),
    PageSpec("accounts", "Tài khoản", "desktop_app.gui.accounts_page:AccountsPage", ("accounts",)),
    PageSpec("audit", "Nhật ký", "desktop_app.gui.audit_page:AuditPage"),
]


def for_account(store, pages: list[PageSpec] | None = None) -> list[PageSpec]:
    """The pages the logged-in account's role may open: Nhật ký is a lãnh đạo's."""
    pages = PAGES if pages is None else pages
    return [p for p in pages if p.key != "audit" or store.may("audit")]
