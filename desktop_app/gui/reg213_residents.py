"""The list of resident party members: registration from the letter, the deadline, history."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QBoxLayout, QComboBox, QInputDialog, QPushButton, QWidget

from desktop_app.core import dates, enums, reg213
from desktop_app.gui.reg213_dialogs import CommentDialog, ResidentDialog, TransitionDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import CodeCombo, VillageCombo
from desktop_app.store import residents

if TYPE_CHECKING:
    from desktop_app.store.db import Store

STATE_FILTER = {
    "introduced": "Chưa đăng ký sinh hoạt",
    "overdue": "Quá hạn đăng ký",
    "registered": "Đã đăng ký",
    "left": "Đã chuyển đi",
}
CATEGORY_FILTER = {"ordinary": "Sinh hoạt thường xuyên", "exempt": "Được miễn sinh hoạt"}


def state_text(row: dict) -> str:
    text = enums.label(enums.RESIDENT_STATES, row.get("state"))
    return f"{text} — quá hạn đăng ký" if row.get("registration_overdue") else text


class ResidentsList(RegisterPage):
    sort_keys = residents.RESIDENT_ORDER
    search_placeholder = "Tìm họ tên, số giấy giới thiệu…"
    commune_table = "residents"
    import_target = "residents"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._rows: list[dict] = []
        super().__init__(store, parent)
        self.add_button.setText("Đăng ký mới")
        self.add_button.setToolTip("Đăng ký đảng viên theo giấy giới thiệu (Ctrl+N)")
        self.village_filter = VillageCombo(
            store, self, empty_label="— Mọi khu dân cư —", current_only=False
        )
        self.state_filter = CodeCombo(STATE_FILTER, self, empty_label="— Đang cư trú —")
        self.category_filter = CodeCombo(CATEGORY_FILTER, self, empty_label="— Mọi diện —")
        for combo in (self.village_filter, self.state_filter, self.category_filter):
            combo.code_changed.connect(lambda _c: self.reload())
            self.filters_layout.addWidget(combo)
        self.register_button = QPushButton("Ghi đã đăng &ký…", self)
        self.register_button.setToolTip(
            "Ghi ngày đảng viên đã đăng ký sinh hoạt ở chi bộ nơi cư trú"
        )
        self.register_button.clicked.connect(self.mark_registered)
        self._register_tip = self.register_button.toolTip()
        self.needed_button = QPushButton("Nhận xét &khi cần…", self)
        self.needed_tip = (
            "Đảng viên được miễn sinh hoạt nơi cư trú không nhận xét hằng năm; khi cần (công tác cán bộ, "
            "khen thưởng, kỷ luật) lấy một phiếu nhận xét riêng"
        )
        self.needed_button.setToolTip(self.needed_tip)
        self.needed_button.clicked.connect(self.comment_when_needed)
        # The steps of one member go below the table, beside Xuất Excel: at 1024×600 the top row
        # has room for the search box and the filters only.
        bottom = self._row_of(self.export_button)
        at = bottom.indexOf(self.export_button)
        bottom.insertWidget(at, self.needed_button)
        bottom.insertWidget(at, self.register_button)
        if self.upper:  # villages named with their commune would push the search box out
            self.village_filter.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.village_filter.setMinimumContentsLength(14)
        self.commune_changed()

    def columns(self) -> list[Column]:
        return [
            Column("full_name", "Họ và tên"),
            Column("village_name", "Khu dân cư"),
            Column("workplace", "Nơi công tác"),
            Column(
                "category",
                "Diện",
                lambda r: enums.label(enums.RESIDENT_CATEGORIES, r.get("category")),
            ),
            Column("received_date", "Nhận giấy", lambda r: dates.display(r.get("received_date"))),
            Column("state", "Trạng thái", state_text),
        ]

    def column_widths(self) -> list[int]:
        return [145, 88, 160, 140, 84, 200]

    def _filters(self, search: str) -> dict:
        state = self.state_filter.code()
        return {
            "village_id": self.village_filter.village_id(),
            "search": search,
            "category": self.category_filter.code(),
            "state": "introduced" if state == "overdue" else state,
            "commune_code": self.commune_code(),
        }

    def count(self, search: str) -> int:
        """Counted in SQL and read a page at a time (a province: 12,000 members); the late
        ones (a deadline from the settings, computed per row) are read whole and filtered."""
        if self.state_filter.code() != "overdue":
            self._rows = []
            return self.store.residents.count_query(**self._filters(search))
        rows = self.store.residents.query(**self._filters(search), sort=self.sort_order())
        self._rows = self.sort_by_commune([r for r in rows if r["registration_overdue"]])
        return len(self._rows)

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        if self.state_filter.code() != "overdue":
            return self.store.residents.query(
                **self._filters(search),
                sort=self.sort_order(),
                limit=limit,
                offset=offset,
                commune_order=self.commune_order(),
            )
        return self._rows[offset : offset + limit]

    def filter_combos(self) -> list[Any]:
        return [self.village_filter, self.state_filter, self.category_filter]

    def village_combo(self) -> Any:
        return self.village_filter

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if not hasattr(self, "needed_button"):
            return
        record = self.selected_record()
        reason = self.read_only_reason(record)
        self.register_button.setEnabled(
            bool(record) and record.get("state") == "introduced" and reason is None
        )
        self.register_button.setToolTip(reason or self._register_tip)
        exempt = (
            bool(record)
            and reg213.is_exempt(record.get("category"))
            and not record.get("left_date")
        )
        self.needed_button.setEnabled(exempt and reason is None)
        self.needed_button.setToolTip(reason or self.needed_tip)

    def edit(self, record: dict | None) -> dict | None:
        return ResidentDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.residents.delete(record["id"])

    def mark_registered(self) -> None:
        record = self.selected_record()
        if record is None or record.get("state") != "introduced":
            return
        if reason := self.read_only_reason(record):
            self._tell(reason)
            return
        dialog = TransitionDialog(
            "Ghi đã đăng ký sinh hoạt",
            f"Đảng viên <b>{html.escape(record['full_name'])}</b> đã đăng ký sinh hoạt"
            " ở chi bộ nơi cư trú ngày:",
            lambda day: self.store.residents.mark_registered(record["id"], day),
            self.store.today(),
            self,
        )
        if dialog.exec():
            self.reload(select_id=record["id"])

    def _row_of(self, widget: QWidget) -> QBoxLayout:
        layout = self.layout()
        for i in range(layout.count()):
            row = layout.itemAt(i).layout()
            if isinstance(row, QBoxLayout) and row.indexOf(widget) >= 0:
                return row
        raise LookupError("no row holds the widget")

    def comment_when_needed(self) -> None:
        """Ask why and when, record the request, then open the comment form to fill in."""
        record = self.selected_record()
        if record is None or not reg213.is_exempt(record.get("category")):
            return
        labels = list(enums.COMMENT_PURPOSES.values())
        label, ok = QInputDialog.getItem(
            self,
            "Nhận xét khi cần",
            f"Lấy nhận xét đảng viên {record['full_name']} để:",
            labels,
            0,
            False,
        )
        if not ok:
            return
        purpose = next(k for k, v in enums.COMMENT_PURPOSES.items() if v == label)
        dialog = TransitionDialog(
            "Nhận xét khi cần",
            f"Đề nghị nhận xét đảng viên <b>{html.escape(record['full_name'])}</b>"
            f" ({html.escape(label.lower())}) ngày:",
            lambda day: self.store.evaluations.request_when_needed(record["id"], purpose, day),
            self.store.today(),
            self,
        )
        if dialog.exec() and dialog.saved:
            CommentDialog.run(self.store, dialog.saved, self)
            self.reload(select_id=record["id"])

    def detail_html(self, r: dict) -> str:
        e = html.escape
        facts = [
            ("Khu dân cư", r.get("village_name") or ""),
            ("Chi bộ nơi cư trú", r.get("party_cell") or ""),
            ("Nơi công tác", r.get("workplace") or ""),
            ("Tổ chức đảng nơi công tác", r.get("workplace_party_org") or ""),
            ("Diện", enums.label(enums.RESIDENT_CATEGORIES, r.get("category"))),
            (
                "Giấy giới thiệu",
                " ".join(
                    filter(
                        None,
                        [
                            r.get("letter_number"),
                            f"ngày {dates.display(r['letter_date'])}"
                            if r.get("letter_date")
                            else "",
                            f"của {r['letter_issuer']}" if r.get("letter_issuer") else "",
                        ],
                    )
                ),
            ),
            ("Nhận giấy", dates.display(r.get("received_date"))),
            (
                "Hạn đăng ký",
                dates.display(r.get("registration_deadline"))
                if r.get("state") == "introduced"
                else "",
            ),
            ("Đăng ký sinh hoạt", dates.display(r.get("registered_date"))),
            ("Chuyển đi", dates.display(r.get("left_date"))),
            ("Ngày vào Đảng", dates.display(r.get("party_admission_date"))),
        ]
        rows = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in facts
            if v
        )
        out = [f"<h3>{e(r['full_name'])}</h3>"]
        if r.get("registration_overdue"):
            out.append("<p style='color:#b71c1c'><b>Quá hạn đăng ký sinh hoạt nơi cư trú.</b></p>")
        out.append(f"<table>{rows}</table>")
        history = self.store.evaluations.query(resident_id=r["id"])
        if history:
            items = "".join(
                f"<li>Năm {h['year']}: {e(enums.label(enums.EVALUATION_STATES, h['state']))}"
                + (f", {e(h['recommendation_label'])}" if h.get("recommendation_label") else "")
                + (f" (bản sửa lần {h['version']})" if (h.get("version") or 1) > 1 else "")
                + (" — <span style='color:#b71c1c'>quá hạn</span>" if h["overdue"] else "")
                + "</li>"
                for h in history
            )
            out.append(f"<p><b>Nhận xét hằng năm</b></p><ul>{items}</ul>")
        needed = self.store.evaluations.when_needed(r["id"])
        if needed:
            items = "".join(
                f"<li>{dates.display(h.get('requested_date'))}: {e(enums.label(enums.COMMENT_PURPOSES, h['purpose']))}"
                f" — {e(enums.label(enums.EVALUATION_STATES, h['state']))}</li>"
                for h in needed
            )
            out.append(f"<p><b>Nhận xét khi cần</b></p><ul>{items}</ul>")
        if r.get("notes"):
            out.append(f"<p><i>{e(r['notes'])}</i></p>")
        return "".join(out)
