"""Cuộc vận động & hoạt động: the activities of a reporting year, the campaign catalogue
(national and the commune's own, with their active years), and the roll-ups with a chart."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates, enums
from desktop_app.gui.campaign_dialogs import ActivityDialog, CampaignDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.rollup_view import RollupView
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import CodeCombo, VillageCombo, format_money
from desktop_app.store import activities, rollups

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def _number(key: str, header: str) -> Column:
    return Column(key, header, lambda r: format_money(r.get(key) or 0), align_right=True)


NATIONAL_KEY = (
    "national:"  # the campaign filter's key for every commune's copy of a national campaign
)
NATIONAL_READ_ONLY = (
    "Cuộc vận động toàn quốc: mỗi xã giữ bản của mình trong danh mục — cấp trên chỉ xem, "
    "không sửa, không xóa."
)


def campaign_choices(page: RegisterPage) -> dict[str, str]:
    """The campaign filter's choices. At the upper level a national campaign is one choice for
    every commune's copy, and a commune's own is named with its commune when all are shown."""
    store = page.store
    if not page.upper:
        return {c["id"]: c["name"] for c in store.campaigns.query()}
    code = page.commune_code()
    return {
        (NATIONAL_KEY + c["code"] if c["commune_code"] is None else c["id"]): c["name"]
        if code or c["commune_code"] is None
        else f"{c['name']} ({page.commune_label(c['commune_code'])})"
        for c in store.campaigns.catalogue(commune_code=code)
    }


class ActivitiesList(RegisterPage):
    sort_keys = activities.ACTIVITY_ORDER
    """The activities of one reporting year (the settings' cut-offs), newest first."""

    search_placeholder = "Tìm theo tên hoạt động (gõ không dấu cũng được)…"
    commune_table = "activities"
    import_target = "activities"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._names: dict[str, str] = {}
        super().__init__(store, parent)
        self.add_button.setToolTip("Thêm hoạt động (Ctrl+N)")
        self.year = QSpinBox(self)
        self.year.setRange(2000, store.today().year + 1)
        self.year.setValue(rollups.period_containing(store).year)
        self.year.setPrefix("Năm báo cáo ")
        self.year.setAccessibleName("Năm báo cáo")
        self.campaign_filter = CodeCombo({}, self, empty_label="— Mọi cuộc vận động —")
        self.village_filter = VillageCombo(
            store, self, empty_label="— Mọi khu dân cư —", current_only=False
        )
        self.filters_layout.addWidget(self.year)
        for combo in (self.campaign_filter, self.village_filter):
            combo.code_changed.connect(lambda _c: self.reload())
            self.filters_layout.addWidget(combo, 1)
        self.year.valueChanged.connect(lambda _v: self.reload())
        if (
            self.upper
        ):  # names of every commune's campaigns and villages would push the search box out
            for combo, chars in ((self.campaign_filter, 20), (self.village_filter, 14)):
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(chars)
        self.period_label = QLabel(self)
        self.period_label.setStyleSheet("color: #555;")
        self.layout().insertWidget(self.layout().count() - 1, self.period_label)
        self.commune_changed()

    def columns(self) -> list[Column]:
        return [
            Column("date", "Ngày", lambda r: dates.display(r.get("date"))),
            Column("campaign_name", "Cuộc vận động"),
            Column("title", "Hoạt động"),
            Column("village_ids", "Khu dân cư", self.village_names),
            _number("participants", "Người tham gia"),
            _number("money_raised", "Số tiền (đồng)"),
        ]

    def column_widths(self) -> list[int]:
        return [88, 150, 185, 115, 95, 105]

    def narrow_order(self) -> list[str]:
        return ["participants", "money_raised"]  # both in the details beside the list

    def village_names(self, row: dict) -> str:
        ids = json.loads(row.get("village_ids") or "[]")
        return ", ".join(self._names.get(i, i) for i in ids) or "Toàn xã"

    def _filters(self, search: str) -> dict:
        period = rollups.period(self.store, self.year.value())
        campaign = self.campaign_filter.code() or ""
        national = campaign.startswith(NATIONAL_KEY)
        return {
            "campaign_id": None if national else campaign or None,
            "village_id": self.village_filter.village_id(),
            "search": search,
            "date_from": period.start.isoformat(),
            "date_to": period.end.isoformat(),
            "commune_code": self.commune_code(),
            "campaign_code": campaign.removeprefix(NATIONAL_KEY) if national else None,
        }

    def count(self, search: str) -> int:
        """Counted in SQL; the rows come a page at a time (a province's year: 90,000)."""
        period = rollups.period(self.store, self.year.value())
        self.period_label.setText(f"{period.label}. Hoạt động ở nhiều khu dân cư được ghi một lần.")
        self._names = self.store.villages.names()
        return self.store.activities.count_query(**self._filters(search))

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        return self.store.activities.query(
            **self._filters(search),
            sort=self.sort_order(),
            limit=limit,
            offset=offset,
            commune_order=self.commune_order(),
        )

    def refresh_filters(self) -> None:
        self._fill_campaigns()
        if not self.upper:
            self.village_filter.blockSignals(True)
            self.village_filter.reload()
            self.village_filter.blockSignals(False)

    def _fill_campaigns(self) -> None:
        self.campaign_filter.blockSignals(True)
        self.campaign_filter.set_mapping(campaign_choices(self))
        self.campaign_filter.blockSignals(False)

    def commune_changed(self) -> None:
        if self.upper:
            self.narrow_villages(self.village_filter)
            self._fill_campaigns()

    def clear_filters(self) -> None:
        super().clear_filters()
        for combo in (self.campaign_filter, self.village_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def open_record(self, table: str, record_id: str) -> None:
        activity = self.store.activities.get(record_id)
        if activity is not None:
            self.year.blockSignals(True)
            self.year.setValue(
                rollups.period_containing(self.store, dates.to_date(activity["date"])).year
            )
            self.year.blockSignals(False)
        super().open_record(table, record_id)

    def edit(self, record: dict | None) -> dict | None:
        return ActivityDialog.run(
            self.store, record, self, campaign_id=None if record else self.campaign_filter.code()
        )

    def delete(self, record: dict) -> None:
        self.store.activities.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return f"{record['title']} ({dates.display(record['date'])})"

    def detail_html(self, r: dict) -> str:
        e = html.escape
        figures = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{e(label)}</td>"
            f"<td align='right'>{format_money(r.get(key))}</td></tr>"
            for key, label in enums.INDICATORS.items()
            if r.get(key)
        )
        out = [
            f"<h3>{e(r['title'])}</h3><p>{dates.display(r['date'])} · {e(r.get('campaign_name') or '')}"
            f"<br>{e(self.village_names(r))}</p>"
        ]
        if r.get("description"):
            out.append(f"<p><i>{e(r['description'])}</i></p>")
        out.append(
            f"<table>{figures}</table>"
            if figures
            else "<p style='color:#555'>Chưa ghi chỉ tiêu nào.</p>"
        )
        return "".join(out)


class CampaignsList(RegisterPage):
    sort_keys = activities.CAMPAIGN_ORDER
    """The catalogue: national campaigns first, then the commune's own. At the upper level a
    national campaign is listed once for every commune's copy of it, a commune's own with its commune."""

    search_placeholder = "Tìm cuộc vận động (gõ không dấu cũng được)…"
    commune_table = "campaigns"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._rows: list[dict] = []
        self._counts: dict[str, int] = {}
        super().__init__(store, parent)
        self.active_only = CodeCombo(
            {"active": f"Còn áp dụng năm {store.today().year}"}, self, empty_label="— Mọi năm —"
        )
        self.active_only.code_changed.connect(lambda _c: self.reload())
        self.filters_layout.addWidget(self.active_only)
        self.national_button = QPushButton("Nạp danh mục toàn quốc", self)
        self.national_button.setToolTip("Thêm các cuộc vận động toàn quốc còn thiếu trong danh mục")
        self.national_button.clicked.connect(self.load_national)
        self.filters_layout.addWidget(self.national_button)
        self.national_button.setVisible(
            not self.upper
        )  # the upper level keeps no catalogue of its own

    def columns(self) -> list[Column]:
        return [
            Column("name", "Cuộc vận động, phong trào"),
            Column("kind", "Cấp", lambda r: enums.label(enums.CAMPAIGN_KINDS, r.get("kind"))),
            Column("start_year", "Từ năm"),
            Column(
                "end_year", "Đến năm", lambda r: str(r["end_year"]) if r.get("end_year") else "nay"
            ),
            Column(
                "count",
                "Số hoạt động",
                lambda r: str(self._counts.get(r["id"], 0)),
                align_right=True,
            ),
        ]

    def column_widths(self) -> list[int]:
        return [420, 80, 70, 70, 90]

    def count(self, search: str) -> int:
        year = self.store.today().year if self.active_only.code() else None
        if self.upper:
            self._rows = self.sort_by_commune(
                self.store.campaigns.catalogue(
                    year, search, self.commune_code(), sort=self.sort_order()
                )
            )
            self._counts = {r["id"]: r["activity_count"] for r in self._rows}
        else:
            self._counts = rollups.activity_counts(self.store)
            self._rows = self.store.campaigns.query(
                year=year, search=search, sort=self.sort_order()
            )
        return len(self._rows)

    def commune_label(self, code: str | None) -> str:
        return "Toàn quốc" if code is None and self.upper else super().commune_label(code)

    def read_only_reason(self, record: dict | None) -> str | None:
        if self.upper and record is not None and record.get("commune_code") is None:
            return NATIONAL_READ_ONLY
        return super().read_only_reason(record)

    def _banner(self, record: dict) -> str:
        if self.upper and record.get("commune_code") is None:
            return f"<p style='color:#555'>Cuộc vận động toàn quốc · {record.get('communes', 0)} xã · cấp trên chỉ xem</p>"
        return super()._banner(record)

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        return self._rows[offset : offset + limit]

    def clear_filters(self) -> None:
        super().clear_filters()
        self.active_only.blockSignals(True)
        self.active_only.setCurrentIndex(0)
        self.active_only.blockSignals(False)

    def edit(self, record: dict | None) -> dict | None:
        return CampaignDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.campaigns.delete(record["id"])

    def load_national(self) -> None:
        added = self.store.campaigns.load_national()
        QMessageBox.information(
            self,
            "Danh mục toàn quốc",
            f"Đã thêm {added} cuộc vận động toàn quốc."
            if added
            else "Danh mục đã có đủ các cuộc vận động toàn quốc.",
        )
        self.reload()

    def detail_html(self, r: dict) -> str:
        e = html.escape
        years = f"từ {r['start_year']}" if r.get("start_year") else ""
        years += f" đến {r['end_year']}" if r.get("end_year") else " đến nay"
        out = [
            f"<h3>{e(r['name'])}</h3><p>{e(enums.label(enums.CAMPAIGN_KINDS, r.get('kind')))} · {e(years.strip())}"
            f" · {self._counts.get(r['id'], 0)} hoạt động"
            + (f" của {r['communes']} xã" if self.upper and r.get("communes", 0) > 1 else "")
            + "</p>"
        ]
        if r.get("description"):
            out.append(f"<p>{e(r['description'])}</p>")
        return "".join(out)


class CampaignsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.activities = ActivitiesList(store, self)
        self.campaigns = CampaignsList(store, self)
        self.rollup = RollupView(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.activities, "Hoạt động")
        self.tabs.addTab(self.campaigns, "Danh mục cuộc vận động")
        self.tabs.addTab(self.rollup, "Tổng hợp và biểu đồ")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Cuộc vận động, phong trào và hoạt động</b>", self))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def stop_background(self, timeout: float = 30.0) -> bool:
        """The roll-up of every commune may be computing in a thread (RollupView)."""
        return self.rollup.stop_background(timeout)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.rollup:
            self.rollup.refresh()
        else:
            current.refresh()

    def open_record(self, table: str, record_id: str) -> None:
        target = self.campaigns if table == "campaigns" else self.activities
        self.tabs.setCurrentWidget(target)
        target.open_record(table, record_id)

    def save_state(self) -> None:
        self.activities.save_state()
        self.campaigns.save_state()
