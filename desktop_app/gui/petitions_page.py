"""Ý kiến, kiến nghị: the people's opinions as received, filtered by year, status, village,
field and overdue; added and edited in a dialog; followed up (forwarded to an agency, the reply
recorded, marked resolved); similar opinions grouped into one recommendation; printed (the
period's report, the forwarding letter)."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_app.core import dates, enums
from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from desktop_app.gui.forms.ui_petition_dialog import Ui_PetitionDialog
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import CodeCombo
from desktop_app.store import petitions, refdata

FOLLOW_TITLES = {
    "forward": "Chuyển kiến nghị đến cơ quan",
    "reply": "Ghi kết quả trả lời",
    "resolve": "Đánh dấu đã giải quyết xong",
}


def status_text(row: dict) -> str:
    label = enums.label(enums.PETITION_STATUSES, row.get("status"))
    return f"{label} — QUÁ HẠN" if row.get("overdue") else label


class PetitionDialog(RecordDialog):
    def __init__(
        self, store: Any, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        self.ui = ui = Ui_PetitionDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa ý kiến, kiến nghị" if record else "Thêm ý kiến, kiến nghị")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.channel.set_mapping(enums.PETITION_CHANNELS, empty_label="— Chọn —")
        ui.village.set_mapping(
            {v["id"]: v["name"] for v in store.villages.query(current_only=True)},
            empty_label="— Không rõ / toàn xã —",
        )
        ui.field.set_mapping(refdata.petition_fields(), empty_label="— Chưa phân loại —")
        ui.received_date.set_label("Ngày tiếp nhận")
        r = record or {"received_date": store.today().isoformat()}
        ui.received_date.set_value(r.get("received_date"))
        ui.channel.set_code(r.get("channel"))
        ui.round_label.setText(r.get("round_label") or "")
        ui.village.set_code(r.get("village_id"))
        ui.raised_by.setText(r.get("raised_by") or "")
        ui.content.setPlainText(r.get("content") or "")
        ui.field.set_code(r.get("field"))
        ui.agency.setText(r.get("agency") or "")
        ui.notes.setPlainText(r.get("notes") or "")
        if r.get(
            "is_group"
        ):  # a group has no village or person of its own: its opinions keep theirs
            for widget in (ui.village, ui.raised_by, ui.villageLabel, ui.raised_byLabel):
                widget.setVisible(False)
        ui.received_date.setFocus()
        self.mark_clean()

    def values(self) -> dict:
        ui = self.ui
        return {
            "received_date": ui.received_date.value(),
            "channel": ui.channel.code(),
            "round_label": ui.round_label.text(),
            "village_id": ui.village.code(),
            "raised_by": ui.raised_by.text(),
            "content": ui.content.toPlainText(),
            "field": ui.field.code(),
            "agency": ui.agency.text(),
            "notes": ui.notes.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "received_date": ui.received_date,
            "channel": ui.channel,
            "village_id": ui.village,
            "content": ui.content,
            "field": ui.field,
            "agency": ui.agency,
            "reply_date": ui.received_date,
        }

    def save(self, accept_warnings: bool) -> dict:
        values = self.values()
        if self.record:
            if self.record.get("is_group"):
                values.pop("village_id"), values.pop("raised_by")
            return self.store.petitions.update(self.record["id"], values, accept_warnings)
        return self.store.petitions.add(values, accept_warnings)


class FollowUpDialog(RecordDialog):
    """One follow-up step of a petition or a recommendation: forward, reply or resolve."""

    def __init__(
        self,
        store: Any,
        record: dict | None = None,
        parent: QWidget | None = None,
        *,
        step: str = "forward",
        table: str = "petitions",
    ) -> None:
        super().__init__(store, record, parent)
        self.step, self.register = step, getattr(store, table)
        self.ui = ui = Ui_FollowUpDialog()
        ui.setupUi(self)
        self.setWindowTitle(FOLLOW_TITLES[step])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        r = record or {}
        labels = {
            "forward": "&Ngày chuyển *",
            "reply": "&Ngày trả lời *",
            "resolve": "&Ngày giải quyết xong *",
        }
        ui.dateLabel.setText(labels[step])
        ui.date.set_label(labels[step].replace("&", "").rstrip(" *"))
        ui.date.set_value(store.today().isoformat())
        ui.agency.setText(r.get("agency") or "")
        ui.due_date.set_value(r.get("due_date") if step != "forward" else None)
        ui.docLabel.setText("Số &văn bản chuyển" if step == "forward" else "Số &văn bản trả lời")
        shown = {
            "forward": ("agency", "date", "doc", "due_date"),
            "reply": ("date", "doc", "content", "made_public"),
            "resolve": ("date",),
        }[step]
        if table != "petitions":
            shown = tuple(s for s in shown if s != "made_public")
        for name in ("agency", "date", "doc", "due_date", "content", "made_public"):
            visible = name in shown
            getattr(ui, name).setVisible(visible)
            label = getattr(ui, f"{name}Label", None)
            if label is not None:
                label.setVisible(visible)
        ui.hint.setVisible(step == "forward")
        (ui.agency if step == "forward" and not r.get("agency") else ui.date).setFocus()
        self.adjustSize()
        self.mark_clean()

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "agency": ui.agency,
            "forwarded_date": ui.date,
            "reply_date": ui.date,
            "resolved_date": ui.date,
            "due_date": ui.due_date,
        }

    def save(self, accept_warnings: bool) -> dict:
        ui, rid = self.ui, self.record["id"]  # type: ignore[index]
        day = ui.date.value()
        if not day:
            raise UserError("Chưa nhập ngày.")
        if self.step == "forward":
            return self.register.forward(
                rid,
                ui.agency.text(),
                day,
                ui.doc.text() or None,
                ui.due_date.value(),
                accept_warnings=accept_warnings,
            )
        if self.step == "reply":
            more = (
                {"made_public": int(ui.made_public.isChecked())}
                if self.register.table == "petitions"
                else {}
            )
            return self.register.record_reply(
                rid,
                day,
                ui.doc.text() or None,
                ui.content.toPlainText() or None,
                accept_warnings=accept_warnings,
                **more,
            )
        return self.register.resolve(rid, day, accept_warnings=accept_warnings)


class FollowUpActions:
    """The follow-up buttons a page of followed items (petitions, recommendations) shows; mixed
    into a RegisterPage that has an `actions_layout`."""

    follow_table = "petitions"

    def add_follow_buttons(self: Any) -> None:
        from desktop_app.gui.shortcuts import shortcut

        self.forward_button = QPushButton("Chuyển…", self)
        self.forward_button.setToolTip(
            "Chuyển kiến nghị đang chọn đến cơ quan có thẩm quyền (Ctrl+Shift+C)"
        )
        self.reply_button = QPushButton("Ghi trả lời…", self)
        self.reply_button.setToolTip(
            "Ghi ngày, văn bản và nội dung trả lời của cơ quan (Ctrl+Shift+R)"
        )
        self.resolve_button = QPushButton("Đã giải quyết", self)
        self.resolve_button.setToolTip("Đánh dấu kiến nghị đã được giải quyết xong")
        self.forward_button.clicked.connect(lambda: self.follow_up("forward"))
        self.reply_button.clicked.connect(lambda: self.follow_up("reply"))
        self.resolve_button.clicked.connect(lambda: self.follow_up("resolve"))
        shortcut("Ctrl+Shift+C", self, lambda: self.follow_up("forward"))
        shortcut("Ctrl+Shift+R", self, lambda: self.follow_up("reply"))
        for button in (self.forward_button, self.reply_button, self.resolve_button):
            button.setVisible(not self.upper)
            self.actions_layout.addWidget(button)

    def follow_up(self: Any, step: str) -> dict | None:
        record = self.selected_record()
        if record is None or self.upper:
            return None
        saved = FollowUpDialog.run(self.store, record, self, step=step, table=self.follow_table)
        if saved:
            self.reload(select_id=saved["id"])
        return saved


class PetitionsPage(FollowUpActions, RegisterPage):
    sort_keys = petitions.PETITION_ORDER
    title = "Ý kiến, kiến nghị của cử tri và nhân dân"
    search_placeholder = "Tìm theo nội dung, người nêu, cơ quan (gõ không dấu cũng được)…"
    commune_table = "petitions"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        self._fields = refdata.petition_fields()
        super().__init__(store, parent)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.year = CodeCombo({}, self, empty_label="Mọi năm")
        self.year.setAccessibleName("Năm")
        self.status = CodeCombo(enums.FOLLOW_FILTERS, self, empty_label="Mọi trạng thái")
        self.status.setAccessibleName("Trạng thái")
        self.village = CodeCombo({}, self, empty_label="Mọi khu dân cư")
        self.village.setAccessibleName("Khu dân cư")
        self.field = CodeCombo(self._fields, self, empty_label="Mọi lĩnh vực")
        self.field.setAccessibleName("Lĩnh vực")
        self.overdue = QCheckBox("Quá &hạn", self)
        self.overdue.setToolTip("Chỉ các kiến nghị đã quá hạn mà chưa được trả lời")
        # the filters on a row of their own, so that the search box keeps its width at 1024×600
        filter_row = QHBoxLayout()
        for combo in (self.year, self.status, self.village, self.field):
            filter_row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filter_row.addWidget(self.overdue)
        filter_row.addStretch(1)
        self.overdue.toggled.connect(lambda _c: self.reload())
        self.layout().insertLayout(2, filter_row)  # type: ignore[union-attr]
        self.actions_layout = QHBoxLayout()
        self.layout().insertLayout(3, self.actions_layout)  # type: ignore[union-attr]
        self.add_follow_buttons()
        self.group_button = QPushButton("Gộp thành một kiến nghị…", self)
        self.group_button.setToolTip(
            "Gộp các ý kiến tương tự đang chọn (giữ Ctrl để chọn nhiều dòng)"
        )
        self.group_button.clicked.connect(lambda: self.group_selected())
        self.group_button.setVisible(not self.upper)
        self.actions_layout.addWidget(self.group_button)
        self.actions_layout.addStretch(1)
        self.print_button = QPushButton("In…", self)
        menu = QMenu(self.print_button)
        menu.addAction(
            "Báo cáo tổng hợp ý kiến, kiến nghị (năm đang chọn)", lambda: self.print_form("report")
        )
        menu.addAction("Công văn chuyển các kiến nghị đang chọn", lambda: self.print_form("letter"))
        self.print_button.setMenu(menu)
        self.print_button.setVisible(not self.upper)
        self.actions_layout.addWidget(self.print_button)
        self.refresh_filters()

    # ---- the register ---------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("received_date", "Ngày nhận", lambda r: dates.display(r.get("received_date"))),
            Column("village_name", "Khu dân cư", self._where),
            Column(
                "content",
                "Nội dung",
                lambda r: ("[Gộp] " if r.get("is_group") else "") + (r.get("content") or ""),
            ),
            Column(
                "field",
                "Lĩnh vực",
                lambda r: self._fields.get(r.get("field") or "", r.get("field") or ""),
            ),
            Column("agency", "Cơ quan"),
            Column("due_date", "Hạn trả lời", lambda r: dates.display(r.get("due_date"))),
            Column("status", "Trạng thái", status_text),
        ]

    def column_widths(self) -> list[int]:
        return [84, 100, 210, 105, 75, 84, 140]

    def name_column(self) -> str | None:
        return "content"  # what was asked: readable before the field or the agency

    def narrow_order(self) -> list[str]:
        return ["agency", "field"]  # both in the details beside the list

    @staticmethod
    def _where(row: dict) -> str:
        if row.get("is_group"):
            return ", ".join(sorted(set((row.get("origin_villages") or "").split(",")) - {""}))
        return row.get("village_name") or ""

    def filter_combos(self) -> list[Any]:
        return [self.year, self.status, self.village, self.field]

    def refresh_filters(self) -> None:
        if not hasattr(self, "year"):
            return
        # years are codes of their own (ints): the store's query takes them as they are
        years: dict[Any, str] = {y: str(y) for y in self.store.petitions.years()}
        villages = {v["id"]: v["name"] for v in self.store.villages.query()}
        for combo, mapping in ((self.year, years), (self.village, villages)):
            combo.blockSignals(True)
            combo.set_mapping(mapping)
            combo.blockSignals(False)

    def clear_filters(self) -> None:
        super().clear_filters()
        self.overdue.blockSignals(True)
        self.overdue.setChecked(False)
        self.overdue.blockSignals(False)

    def rows(self, search: str) -> list[dict]:
        return self.store.petitions.query(
            year=self.year.code(),
            status=self.status.code(),
            village_id=self.village.code(),
            field=self.field.code(),
            overdue=self.overdue.isChecked(),
            search=search,
            commune_code=self.commune_code(),
            sort=self.sort_order(),
        )

    def edit(self, record: dict | None) -> dict | None:
        return PetitionDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.petitions.delete(record["id"])

    def record_title(self, record: dict) -> str:
        text = record.get("content") or ""
        return text if len(text) <= 60 else text[:59] + "…"

    def detail_html(self, record: dict) -> str:
        e = html.escape
        lines = [
            f"<h3>{'Kiến nghị tổng hợp' if record.get('is_group') else 'Ý kiến, kiến nghị'}</h3>",
            f"<p>{e(record.get('content') or '')}</p>",
            f"<p>Trạng thái: <b>{e(status_text(record))}</b></p>",
        ]
        facts = [
            ("Ngày nhận", dates.display(record.get("received_date"))),
            ("Hình thức", enums.label(enums.PETITION_CHANNELS, record.get("channel"))),
            ("Đợt", record.get("round_label")),
            ("Khu dân cư", record.get("village_name")),
            ("Người nêu", record.get("raised_by") or ("" if record.get("is_group") else "Ẩn danh")),
            ("Cơ quan", record.get("agency")),
            ("Chuyển ngày", dates.display(record.get("forwarded_date"))),
            ("Văn bản chuyển", record.get("forwarded_doc")),
            ("Hạn trả lời", dates.display(record.get("due_date"))),
            ("Trả lời ngày", dates.display(record.get("reply_date"))),
            ("Văn bản trả lời", record.get("reply_doc")),
            ("Nội dung trả lời", record.get("reply_content")),
            ("Giải quyết xong", dates.display(record.get("resolved_date"))),
            ("Công khai kết quả", "Đã công khai" if record.get("made_public") else ""),
        ]
        lines.append(
            "<table>"
            + "".join(
                f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{e(str(v))}</td></tr>"
                for k, v in facts
                if v
            )
            + "</table>"
        )
        if record.get("is_group"):
            members = self.store.petitions.members(record["id"])
            lines.append(
                f"<p><b>Gộp từ {len(members)} ý kiến</b></p><ul>"
                + "".join(
                    f"<li>{e(m.get('village_name') or '')}: {e(m.get('content') or '')}"
                    f"{' — ' + e(m['raised_by']) if m.get('raised_by') else ''}</li>"
                    for m in members
                )
                + "</ul>"
            )
        elif record.get("grouped_into"):
            group = self.store.petitions.get(record["grouped_into"]) or {}
            lines.append(f"<p>Đã gộp vào kiến nghị: <i>{e(group.get('content') or '')}</i></p>")
        return "".join(lines)

    # ---- actions ------------------------------------------------------------------------------
    def selected_records(self) -> list[dict]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def group_selected(self, content: str | None = None) -> dict | None:
        chosen = self.selected_records()
        if len(chosen) < 2:
            QMessageBox.information(
                self,
                "Gộp ý kiến",
                "Chọn ít nhất hai ý kiến tương tự (giữ Ctrl và bấm vào từng dòng) rồi bấm Gộp.",
            )
            return None
        if content is None:
            content, ok = QInputDialog.getMultiLineText(
                self,
                "Gộp thành một kiến nghị",
                f"Nội dung kiến nghị chung của {len(chosen)} ý kiến "
                "(mỗi ý kiến vẫn giữ khu dân cư và người nêu):",
                chosen[0].get("content") or "",
            )
            if not ok or not content.strip():
                return None
        try:
            group = self.store.petitions.group([r["id"] for r in chosen], content)
        except UserError as exc:
            QMessageBox.warning(self, "Không gộp được", exc.message)
            return None
        self.reload(select_id=group["id"])
        return group

    def print_form(self, which: str, out: str | Path | None = None) -> Path | None:
        if which == "report":
            year = self.year.code() or self.store.today().year
            name = f"bao-cao-y-kien-kien-nghi-{year}.pdf"
        else:
            name = "cong-van-chuyen-kien-nghi.pdf"
        if out is None:
            suggested = str(Path(tempfile.gettempdir()) / name)
            out, _ = QFileDialog.getSaveFileName(self, "Lưu tệp PDF", suggested, "PDF (*.pdf)")
            if not out:
                return None
        try:
            if which == "report":
                from desktop_app.reports.petitions_report import print_petitions_report

                path = print_petitions_report(self.store, f"{year}-01-01", f"{year}-12-31", out)
            else:
                from desktop_app.reports.petitions_report import print_forwarding_letter

                path = print_forwarding_letter(
                    self.store, [r["id"] for r in self.selected_records()], out
                )
        except UserError as exc:
            QMessageBox.warning(self, "Không in được", exc.message)
            return None
        self._tell(f"Đã ghi {path}")
        if not self.property("no_open"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
