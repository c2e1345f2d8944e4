"""The Regulation-213 round at an upper-level office: every commune's members with their commune
(a "Xã" column), a commune filter, the round's progress per commune (a heading per commune over
its villages when all are shown), and nothing offered that would change a commune's record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow, QTreeWidgetItem, QWidget

from desktop_app.gui.commune_filter import (
    CommuneFilter,
    narrow_villages,
    owner_banner,
    read_only_reason,
)
from desktop_app.gui.reg213_round import RoundView
from desktop_app.gui.reg213_rows import heading_item, progress_text, village_summary

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COMMUNE_COLUMN = 4  # logical: added last, shown second (the first holds the tree's branches)
# From this many members (the communes' records of residents) the round is read in a thread: a
# commune of a province has about 120 (read and shown in ~15 ms), every commune 12,000 (1.4 s).
IN_THREAD_FROM = 1_000
OPEN_TIP = "Mỗi xã tự mở đợt nhận xét cho đảng viên của xã — cấp trên chỉ xem, không mở đợt."


class UpperRoundView(RoundView):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self.commune_filter: CommuneFilter | None = None
        super().__init__(store, parent)
        self.commune_filter = CommuneFilter(store, "residents", parent=self)
        self.layout().itemAt(0).layout().insertWidget(0, self.commune_filter)
        self.commune_filter.chosen.connect(lambda _c: self._commune_chosen())
        self.tree.setColumnCount(COMMUNE_COLUMN + 1)
        self.tree.setHeaderLabels(["Họ và tên", "Trạng thái", "Nơi công tác", "Ghi chú", "Xã"])
        self.tree.header().moveSection(COMMUNE_COLUMN, 1)
        self.tree.setColumnWidth(0, 215)  # a level deeper: the commune over its villages
        self.tree.setColumnWidth(COMMUNE_COLUMN, 90)
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(OPEN_TIP)
        self._tips = {b: b.toolTip() for b in self._changing()}
        self._narrow()

    # ---- whose each member is -------------------------------------------------------------------
    def commune_code(self) -> str | None:
        return self.commune_filter.code() if self.commune_filter is not None else None

    def commune_label(self, code: str | None) -> str:
        return self.commune_filter.label(code) if self.commune_filter is not None else code or ""

    def reason(self, member: dict | None) -> str | None:
        """Why the member's records cannot be changed here (another office's), or None."""
        if member is None:
            return None
        return read_only_reason(self.store, member, self.commune_label(member.get("commune_code")))

    def _changing(self) -> tuple:
        return self.comment_button, self.confirm_button, self.return_button, self.register_button

    def _narrow(self) -> None:
        narrow_villages(self.store, self.village_filter, self.commune_code(), self.commune_label)

    def _commune_chosen(self) -> None:
        self._narrow()
        self.reload()

    # ---- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.commune_filter.reload()  # an import may have brought a commune
        self._narrow()
        self.reload()

    def clear_filters(self) -> None:
        super().clear_filters()
        self.commune_filter.clear_choice()
        self._narrow()

    def _asked_now(self) -> tuple:
        return self.year.value(), self.village_filter.village_id(), self.commune_code()

    def _in_thread(self, asked: tuple) -> bool:
        rows = self.commune_filter.rows(asked[2]) if self.commune_filter is not None else 0
        return rows >= IN_THREAD_FROM

    def _read(self, store: Store, asked: tuple) -> dict:
        """The chosen commune's (or every commune's) round read once (a province: 12,000
        members): the progress line, the communes' headings and the list without a village
        filter share it."""
        year, village, code = asked
        whole = store.evaluations.checklist(year, commune_code=code)
        return {
            "progress": store.evaluations.progress_of(whole, year),
            "groups": whole
            if village is None
            else store.evaluations.checklist(year, village, code),
            "by_commune": store.evaluations.round_progress_by_commune(year, whole)
            if code is None
            else {},
        }

    def _show_progress(self, data: dict) -> None:
        code = self.commune_code()
        text = progress_text(data["progress"])
        name = f"xã {self.commune_label(code)}" if code else "các xã"
        self.progress.setText(text.replace("</b> —", f"</b> ({name}) —", 1))

    def _fill(
        self, groups: list[dict], select_resident: str | None, parent: QTreeWidgetItem | None = None
    ) -> QTreeWidgetItem | None:
        if self.commune_code() is not None:
            return super()._fill(groups, select_resident, parent)
        progress = self._shown["by_commune"]
        chosen = None
        for of_commune in self._parts_of(groups):
            code = of_commune[0]["commune_code"]
            p = progress[code]
            text = (
                f"Xã {self.commune_label(code)} — {p['returned']}/{p['due']} đã gửi về, {p['overdue']} quá hạn"
                f" · {village_summary(p)}"
            )  # what the upper level follows first, before the detail
            head = heading_item(self.tree, text, parent, self._spans)
            head.setToolTip(0, text)
            chosen = super()._fill(of_commune, select_resident, head) or chosen
            if not head.childCount():  # none of its villages kept a row: the last heading added
                self._spans.pop()
                (head.parent() or self.tree.invisibleRootItem()).removeChild(head)
        return chosen

    def _parts_of(self, groups: list[dict]) -> list[list[dict]]:
        """Every commune's groups (its villages) apart, in the order of the communes' names: each
        commune is put in the tree in its turn (one commune: all at once)."""
        if self.commune_code() is not None:
            return [groups]
        by_commune: dict[str, list[dict]] = {}
        for group in groups:
            by_commune.setdefault(group["commune_code"], []).append(group)
        order = self.commune_filter.order() if self.commune_filter is not None else []
        return [
            by_commune[code]
            for code in [*order, *sorted(set(by_commune) - set(order))]
            if code in by_commune
        ]

    def _member_item(self, member: dict) -> QTreeWidgetItem:
        item = super()._member_item(member)
        item.setText(COMMUNE_COLUMN, self.commune_label(member.get("commune_code")))
        item.setForeground(COMMUNE_COLUMN, item.foreground(0))
        return item

    # ---- only read --------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        super()._selection_changed()
        if self.commune_filter is None:  # still being built
            return
        reason = self.reason(self.selected_member())
        for button in self._changing():
            if reason:
                button.setEnabled(False)
            button.setToolTip(reason or self._tips[button])

    def detail_html(self, m: dict) -> str:
        return owner_banner(
            self.reason(m), self.commune_label(m.get("commune_code"))
        ) + super().detail_html(m)

    def _tell(self, reason: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(reason, 6000)

    def open_round(self) -> None:
        self._tell(OPEN_TIP)

    def comment_selected(self) -> None:
        reason = self.reason(self.selected_member())
        if reason:  # Enter or a double-click: the comment is read in the panel beside the list
            self._tell(reason)
            return
        super().comment_selected()

    def _step(self, title: str, message: str, apply: Any, member: dict) -> None:
        reason = self.reason(member)
        if reason:
            self._tell(reason)
            return
        super()._step(title, message, apply, member)
