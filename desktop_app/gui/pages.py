"""The main window's navigation list: one line per page, in the order officers see them.

A page is imported only when first opened (start-up stays light). Each GUI engineer adds
the line for their page once it works; a page that is not written yet is not listed.

`tables` names the records a page can open (`open_record(table, record_id)`); an entry
"table:kind" wins over a bare "table" for records that carry a `kind` (bodies).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    title: str
    target: str  # "desktop_app.gui.<module>:<Class>"
    tables: tuple[str, ...] = ()

    def load(self) -> type:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


# Exact order of the product (issue 3); later lines are added by the engineers of those pages.
PAGES: list[PageSpec] = [
    PageSpec("Tổng quan", "desktop_app.gui.overview_page:OverviewPage"),
    PageSpec("Khu dân cư", "desktop_app.gui.villages_page:VillagesPage", ("villages",)),
    PageSpec("Người", "desktop_app.gui.people_page:PeoplePage", ("people",)),
    PageSpec("Ban công tác Mặt trận", "desktop_app.gui.bodies_page:VillageCommitteesPage",
             ("bodies:village_committee",)),
    PageSpec("Ban thanh tra nhân dân", "desktop_app.gui.bodies_page:InspectionBoardsPage",
             ("bodies:inspection_board",)),
    PageSpec("Ban giám sát đầu tư cộng đồng", "desktop_app.gui.bodies_page:SupervisionBoardsPage",
             ("bodies:supervision_board",)),
    PageSpec("Cuộc vận động & hoạt động", "desktop_app.gui.campaigns_page:CampaignsPage",
             ("campaigns", "activities")),
    PageSpec("Đảng viên nơi cư trú (QĐ 213)", "desktop_app.gui.reg213_page:Reg213Page",
             ("residents", "evaluations")),
    PageSpec("Quỹ", "desktop_app.gui.funds_page:FundsPage", ("fund_entries",)),
    PageSpec("Thi đua, khen thưởng", "desktop_app.gui.verdicts_page:VerdictsPage", ("gradings", "commendations")),
    PageSpec("In ấn & báo cáo", "desktop_app.gui.print_page:PrintPage"),
    PageSpec("Đồng bộ cấp trên", "desktop_app.gui.sync_page:SyncPage"),
    PageSpec("Cài đặt", "desktop_app.gui.settings_page:SettingsPage", ("settings",)),
]

ORDER: tuple[str, ...] = (
    "Tổng quan", "Khu dân cư", "Người", "Ban công tác Mặt trận", "Ban thanh tra nhân dân",
    "Ban giám sát đầu tư cộng đồng", "Cuộc vận động & hoạt động", "Đảng viên nơi cư trú (QĐ 213)",
    "Quỹ", "Thi đua, khen thưởng", "In ấn & báo cáo", "Đồng bộ cấp trên", "Cài đặt",
)


def ordered(pages: list[PageSpec] | None = None) -> list[PageSpec]:
    """The listed pages in the product's order, whatever order the lines were added in."""
    pages = PAGES if pages is None else pages
    rank = {title: i for i, title in enumerate(ORDER)}
    return sorted(pages, key=lambda p: rank.get(p.title, len(ORDER)))
