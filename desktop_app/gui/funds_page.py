"""Quỹ: the ledger of the Quỹ "Vì người nghèo" (and the office's other funds): receipts and payments
numbered per year, the balance, and the vouchers, report and posted lists printed from it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import dates
from desktop_app.core import funds as fund_rules
from desktop_app.core.money import amount_in_words
from desktop_app.gui.forms.ui_fund_dialog import Ui_FundDialog
from desktop_app.gui.forms.ui_fund_entry_dialog import Ui_FundEntryDialog
from desktop_app.gui.person_picker import PersonPicker
from desktop_app.gui.record_dialog import RecordDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import Column
from desktop_app.gui.widgets import format_money
from desktop_app.store import funds

PAYEE_KINDS = ("household", "person", "organisation")
GIVER_KINDS = ("person", "organisation", "village")


class FundEntryDialog(RecordDialog):
    """One receipt or payment; the direction is fixed by the button that opened it."""

    def __init__(
        self,
        store: Any,
        record: dict | None = None,
        parent: QWidget | None = None,
        direction: str = "receipt",
        fund_id: str | None = None,
    ) -> None:
        super().__init__(store, record, parent)
        r = record or {}
        self.direction = r.get("direction") or direction
        receipt = self.direction == "receipt"
        self.ui = ui = Ui_FundEntryDialog()
        ui.setupUi(self)
        verb = "phiếu thu" if receipt else "phiếu chi"
        self.setWindowTitle(f"Sửa {verb} số {r['number']}" if record else f"Thêm {verb}")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.picker = PersonPicker(store, ui.person_host)
        host = QVBoxLayout(ui.person_host)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.picker)
        ui.person_hostLabel.setBuddy(self.picker)
        ui.fund.set_mapping({f["id"]: f["name"] for f in store.funds.query(store.owner_code())})
        kinds = GIVER_KINDS if receipt else PAYEE_KINDS
        ui.party_kind.set_mapping({k: fund_rules.PARTY_KINDS[k] for k in kinds})
        ui.party_kindLabel.setText("Người &nộp là *" if receipt else "Người &nhận là *")
        ui.village.set_mapping(
            {v["id"]: v["name"] for v in store.villages.query(current_only=True)},
            empty_label="— Không —",
        )
        ui.purpose.set_mapping(fund_rules.PURPOSES, empty_label="— Chọn —")
        ui.house_progress.set_mapping(fund_rules.HOUSE_PROGRESS, empty_label="— Không —")
        ui.entry_date.set_label("Ngày")
        ui.decision_date.set_label("Ngày quyết định")
        ui.amount.set_label("Số tiền")
        ui.in_kind_value.set_label("Giá trị hiện vật")
        for name in ("in_kind", "in_kind_value"):
            ui.form.setRowVisible(getattr(ui, name), receipt)
        for name in ("purpose", "decision_number", "decision_date", "house_progress"):
            ui.form.setRowVisible(getattr(ui, name), not receipt)

        ui.fund.set_code(r.get("fund_id") or fund_id)
        ui.entry_date.set_value(r.get("entry_date") or store.today().isoformat())
        ui.party_kind.set_code(r.get("party_kind") or kinds[0])
        self.picker.set_person_id(r.get("person_id"))
        ui.party_name.setText(r.get("party_name") or "")
        ui.village.set_code(r.get("village_id"))
        ui.amount.set_value(r.get("amount"))
        ui.in_kind.setText(r.get("in_kind") or "")
        ui.in_kind_value.set_value(r.get("in_kind_value"))
        ui.purpose.set_code(r.get("purpose"))
        ui.decision_number.setText(r.get("decision_number") or "")
        ui.decision_date.set_value(r.get("decision_date"))
        ui.house_progress.set_code(r.get("house_progress"))
        ui.notes.setPlainText(r.get("notes") or "")
        ui.party_kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.purpose.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.amount.textChanged.connect(lambda _t: self._show_words())
        self._kind_changed()
        self._show_words()
        (ui.entry_date if record else ui.party_kind).setFocus()
        self.mark_clean()

    def _kind_changed(self) -> None:
        ui = self.ui
        kind = ui.party_kind.code()
        ui.form.setRowVisible(ui.person_host, kind in ("person", "household"))
        ui.party_nameLabel.setText(
            "&Tên đơn vị, tổ chức *" if kind == "organisation" else "&Tên (nếu không có trong sổ)"
        )
        house = ui.purpose.code() in fund_rules.HOUSE_PURPOSES
        ui.form.setRowVisible(ui.house_progress, self.direction == "payment" and house)
        self.adjustSize()

    def _show_words(self) -> None:
        try:
            amount = self.ui.amount.value()
        except Exception:  # noqa: BLE001 - not a number yet: nothing to read out
            amount = None
        self.ui.amount_words.setText(amount_in_words(amount) if amount is not None else "")

    def values(self) -> dict:
        ui = self.ui
        person = self.picker.person() if ui.form.isRowVisible(ui.person_host) else None
        data = {
            "fund_id": ui.fund.code(),
            "direction": self.direction,
            "entry_date": ui.entry_date.value(),
            "party_kind": ui.party_kind.code(),
            "person_id": person["id"] if person else None,
            "party_name": ui.party_name.text(),
            "village_id": ui.village.code(),
            "amount": ui.amount.value(),
            "notes": ui.notes.toPlainText(),
        }
        if self.direction == "receipt":
            data.update(in_kind=ui.in_kind.text(), in_kind_value=ui.in_kind_value.value())
        else:
            data.update(
                purpose=ui.purpose.code(),
                decision_number=ui.decision_number.text(),
                decision_date=ui.decision_date.value(),
                house_progress=ui.house_progress.code()
                if ui.form.isRowVisible(ui.house_progress)
                else None,
            )
        return data

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "fund_id": ui.fund,
            "entry_date": ui.entry_date,
            "party_kind": ui.party_kind,
            "person_id": self.picker,
            "party_name": ui.party_name,
            "village_id": ui.village,
            "amount": ui.amount,
            "in_kind_value": ui.in_kind_value,
            "purpose": ui.purpose,
            "decision_number": ui.decision_number,
            "decision_date": ui.decision_date,
            "house_progress": ui.house_progress,
            "notes": ui.notes,
        }

    def save(self, accept_warnings: bool) -> dict:
        values = self.values()
        if self.record:
            return self.store.fund_entries.update(self.record["id"], values, accept_warnings)
        return self.store.fund_entries.add(values, accept_warnings)


def key_for(name: str) -> str:
    """'Quỹ cứu trợ bão số 3' → 'quy-cuu-tro-bao-so-3': the fund's code, typed on the command line."""
    from desktop_app.core.text import fold

    return "-".join("".join(c if c.isalnum() else " " for c in fold(name)).split())[:40]


class FundDialog(RecordDialog):
    """A fund the office opens (a relief fund after a storm…); its code follows the name."""

    def __init__(
        self, store: Any, record: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, record, parent)
        r = record or {}
        self.ui = ui = Ui_FundDialog()
        ui.setupUi(self)
        self.setWindowTitle("Sửa quỹ" if record else "Thêm quỹ")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        ui.kind.set_mapping(fund_rules.FUND_KINDS)
        ui.opened_on.set_label("Lập từ ngày")
        ui.opening_balance.set_label("Số dư đầu")
        ui.name.setText(r.get("name") or "")
        ui.kind.set_code(r.get("kind") or "relief")
        ui.key.setText(r.get("key") or "")
        ui.key.setReadOnly(record is not None)  # bundles and commands name the fund by it
        ui.opened_on.set_value(r.get("opened_on"))
        ui.opening_balance.set_value(r.get("opening_balance"))
        ui.notes.setPlainText(r.get("notes") or "")
        self._key_typed = bool(record)
        ui.key.textEdited.connect(lambda _t: setattr(self, "_key_typed", True))
        ui.name.textChanged.connect(self._name_changed)
        ui.name.setFocus()
        self.mark_clean()

    def _name_changed(self, name: str) -> None:
        if not self._key_typed:
            self.ui.key.setText(key_for(name))

    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.name.text(),
            "kind": ui.kind.code(),
            "key": ui.key.text().strip(),
            "opened_on": ui.opened_on.value(),
            "opening_balance": ui.opening_balance.value() or 0,
            "notes": ui.notes.toPlainText(),
        }

    def field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name,
            "kind": ui.kind,
            "key": ui.key,
            "opened_on": ui.opened_on,
            "opening_balance": ui.opening_balance,
            "notes": ui.notes,
        }

    def save(self, accept_warnings: bool) -> dict:
        if self.record:
            return self.store.funds.update(self.record["id"], self.values(), accept_warnings)
        return self.store.funds.add(self.values(), accept_warnings)


class FundsPage(RegisterPage):
    sort_keys = funds.ENTRY_ORDER
    title = "Quỹ “Vì người nghèo” và các quỹ"
    search_placeholder = "Tìm người nộp, người nhận (gõ không dấu cũng được)…"
    commune_table = "fund_entries"

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.fund_filter = QComboBox(self)
        self.fund_filter.setAccessibleName("Quỹ")
        self.year_filter = QSpinBox(self)
        self.year_filter.setRange(1900, 2100)
        self.year_filter.setValue(store.today().year)
        self.year_filter.setAccessibleName("Năm")
        self.direction_filter = QComboBox(self)
        self.direction_filter.addItem("Thu và chi", None)
        for code, label in fund_rules.DIRECTIONS.items():
            self.direction_filter.addItem(label, code)
        self.filters_layout.addWidget(self.fund_filter, 2)
        self.filters_layout.addWidget(QLabel("Năm", self))
        self.filters_layout.addWidget(self.year_filter)
        self.filters_layout.addWidget(self.direction_filter)
        self.add_button.setText("Thêm phiếu thu")
        self.add_button.setToolTip("Thêm phiếu thu (Ctrl+N)")
        self.pay_button = QPushButton("Thêm phiếu chi", self)
        self.pay_button.setVisible(self.adding)
        top = next(
            item.layout()
            for item in (self.layout().itemAt(i) for i in range(self.layout().count()))
            if item.layout() is not None and item.layout().indexOf(self.add_button) >= 0
        )
        top.insertWidget(top.indexOf(self.add_button) + 1, self.pay_button)
        self.delete_button.setText("Hủy phiếu")
        self.voucher_button = QPushButton("In phiếu", self)
        self.voucher_button.setToolTip(
            "In phiếu thu, phiếu chi đang chọn (xem trước ở trang In ấn)"
        )
        self.report_button = QPushButton("Báo cáo, niêm yết…", self)
        self.report_button.setToolTip("Báo cáo thu, chi của quỹ và danh sách công khai để niêm yết")
        self.voucher_button.setVisible(not self.upper)
        self.report_button.setVisible(not self.upper)
        self.fund_button = QPushButton("Thêm quỹ…", self)
        self.fund_button.setToolTip("Mở một quỹ mới (quỹ cứu trợ sau thiên tai…)")
        self.fund_button.setVisible(self.adding)
        self.fund_button.clicked.connect(self._add_fund)
        self.voucher_button.clicked.connect(self._print_voucher)
        self.report_button.clicked.connect(self._print_report)
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance_label, 1)
        bottom.addWidget(self.fund_button)
        bottom.addWidget(self.voucher_button)
        bottom.addWidget(self.report_button)
        self.layout().insertLayout(self.layout().count() - 1, bottom)
        self.pay_button.clicked.connect(lambda: self._add("payment"))
        for combo in (self.fund_filter, self.direction_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_filter.valueChanged.connect(lambda _v: self.reload())
        self._fill_funds()

    def _fill_funds(self) -> None:
        current = self.fund_filter.currentData()
        self.fund_filter.blockSignals(True)
        self.fund_filter.clear()
        if not self.upper:
            self.store.funds.ensure_default()
        for fund in self.store.funds.query(
            self.commune_code() if self.upper else self.store.owner_code()
        ):
            label = fund["name"] if not self.upper else f"{fund['name']} ({fund['commune_code']})"
            self.fund_filter.addItem(label, fund["id"])
        index = self.fund_filter.findData(current)
        self.fund_filter.setCurrentIndex(max(index, 0))
        self.fund_filter.blockSignals(False)

    def refresh_filters(self) -> None:
        super().refresh_filters()
        self._fill_funds()

    def commune_changed(self) -> None:
        super().commune_changed()
        self._fill_funds()

    def filter_combos(self) -> list[Any]:
        return [self.direction_filter]

    def columns(self) -> list[Column]:
        money = lambda key: lambda r: format_money(r.get(key)) if r.get(key) else ""  # noqa: E731
        return [
            Column("entry_date", "Ngày", lambda r: dates.display(r.get("entry_date"))),
            Column(
                "direction",
                "Thu/chi",
                lambda r: fund_rules.DIRECTIONS.get(r.get("direction") or "", ""),
            ),
            Column("number", "Số", lambda r: str(r.get("number") or ""), True),
            Column("party", "Người nộp / người nhận"),
            Column("village_name", "Khu dân cư"),
            Column("amount", "Số tiền (đồng)", money("amount"), True),
            Column(
                "purpose",
                "Nội dung",
                lambda r: (
                    fund_rules.PURPOSES.get(r.get("purpose") or "", "") or (r.get("in_kind") or "")
                ),
            ),
            Column("decision_number", "Quyết định"),
        ]

    def column_widths(self) -> list[int]:
        return [85, 50, 40, 200, 110, 105, 175, 125]

    def narrow_order(self) -> list[str]:
        # the amount stays in view; these are in the details beside the ledger
        return ["decision_number", "village_name", "purpose"]

    def rows(self, search: str) -> list[dict]:
        fund_id = self.fund_filter.currentData()
        if not fund_id:
            return []
        return self.store.fund_entries.query(
            fund_id=fund_id,
            year=self.year_filter.value(),
            direction=self.direction_filter.currentData(),
            search=search,
            sort=self.sort_order(),
        )

    def reload(self, select_id: str | None = None) -> None:
        super().reload(select_id)
        fund_id = self.fund_filter.currentData()
        if not fund_id:
            self.balance_label.setText("")
            return
        year = self.year_filter.value()
        period = self.store.fund_entries.period(fund_id, f"{year}-01-01", f"{year}-12-31")
        self.balance_label.setText(
            f"Năm {year}: đầu năm <b>{format_money(period.opening)}</b> đ — thu <b>{format_money(period.received)}"
            f"</b> đ — chi <b>{format_money(period.spent)}</b> đ — cuối năm <b>{format_money(period.closing)}</b> đ"
            f" (số dư hiện nay {format_money(self.store.funds.balance(fund_id))} đ)"
        )

    def _print_page(self) -> Any:
        window: Any = self.window()  # the MainWindow (gui/ may not import it back)
        return window.open_page("print")

    def _print_voucher(self) -> None:
        record = self.selected_record()
        if record is None:
            self._tell("Chọn một phiếu thu, chi trong danh sách để in.")
            return
        self._print_page().choose_entry(record["id"])

    def _print_report(self) -> None:
        if self.fund_filter.currentData():
            self._print_page().choose_fund(self.fund_filter.currentData())

    def _add_fund(self) -> None:
        saved = FundDialog.run(self.store, None, self)
        if saved:
            self._fill_funds()
            self.fund_filter.setCurrentIndex(self.fund_filter.findData(saved["id"]))

    def _add(self, direction: str) -> None:
        saved = FundEntryDialog.run(
            self.store, None, self, direction=direction, fund_id=self.fund_filter.currentData()
        )
        if saved:
            self.year_filter.setValue(saved["year"])
            self.reload(select_id=saved["id"])

    def edit(self, record: dict | None) -> dict | None:
        if record is None:
            return FundEntryDialog.run(
                self.store, None, self, direction="receipt", fund_id=self.fund_filter.currentData()
            )
        return FundEntryDialog.run(self.store, self.store.fund_entries.get(record["id"]), self)

    def delete(self, record: dict) -> None:
        self.store.fund_entries.delete(record["id"])

    def record_title(self, record: dict) -> str:
        return f"{fund_rules.DIRECTIONS[record['direction']].lower()} số {record['number']} ({record['party']})"

    def detail_html(self, record: dict) -> str:
        e = html.escape
        receipt = record["direction"] == "receipt"
        lines = [
            f"<h3>Phiếu {'thu' if receipt else 'chi'} số {record['number']}/{record['year']}</h3>",
            f"<p>{e(record['fund_name'])}<br/>Ngày {dates.display(record['entry_date'])}</p>",
            f"<p>{'Người nộp' if receipt else 'Người nhận'}: <b>{e(record['party'] or '')}</b>"
            + (f"<br/>{e(record['village_name'])}" if record.get("village_name") else "")
            + "</p>",
            f"<p>Số tiền: <b>{format_money(record['amount'])} đồng</b><br/>"
            f"<i>{e(amount_in_words(record['amount']))}</i></p>",
        ]
        if record.get("in_kind"):
            lines.append(
                f"<p>Hiện vật: {e(record['in_kind'])}"
                + (
                    f" (trị giá {format_money(record['in_kind_value'])} đ)"
                    if record.get("in_kind_value")
                    else ""
                )
                + "</p>"
            )
        if not receipt:
            lines.append(
                f"<p>Nội dung: {e(fund_rules.PURPOSES.get(record['purpose'], ''))}"
                + (
                    f" — {e(fund_rules.HOUSE_PROGRESS[record['house_progress']].lower())}"
                    if record.get("house_progress")
                    else ""
                )
                + f"<br/>Quyết định: {e(record.get('decision_number') or '')}"
                + (
                    f" ngày {dates.display(record['decision_date'])}"
                    if record.get("decision_date")
                    else ""
                )
                + "</p>"
            )
        if record.get("campaign_month"):
            lines.append("<p><i>Trong Tháng cao điểm “Vì người nghèo” (17/10–18/11).</i></p>")
        if record.get("notes"):
            lines.append(f"<p><i>{e(record['notes'])}</i></p>")
        return "".join(lines)
