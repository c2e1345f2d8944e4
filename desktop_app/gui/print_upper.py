"""In ấn & báo cáo at an upper-level office: the consolidated forms over the communes' data and
the import record, in place of the commune's forms (rosters and decisions belong to the commune).

`UpperForms` plugs into a PrintPage: it gives the page its form list, adds the "which import"
row to the options, and builds the document the chosen form and options describe; preview,
print and save are the page's own.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel

from desktop_app.core.errors import UserError
from desktop_app.gui.print_page import FormSpec, Job
from desktop_app.reports.consolidated import REPORTS

if TYPE_CHECKING:
    from desktop_app.gui.print_page import PrintPage

UPPER_FORMS: tuple[FormSpec, ...] = (
    FormSpec("campaigns", REPORTS["campaigns"], ("year", "half")),
    FormSpec("reg213", "Tiến độ nhận xét đảng viên nơi cư trú (QĐ 213)", ("year",)),
    FormSpec("communes", REPORTS["communes"], ()),
    FormSpec("import_record", "Biên bản nhập gói dữ liệu", ("import",)),
)
NO_IMPORT = ("Chưa có lần nhập gói nào để in biên bản. Hãy nhập gói dữ liệu của xã ở trang "
             "“Đồng bộ cấp trên” trước.")


def import_label(row: dict) -> str:
    """'Gói số 3 — xã Hòa Cư — nhập 26/11/2026 21:42'."""
    stamp = row.get("imported_at") or ""
    when = ""
    if stamp:
        when = f" — nhập {datetime.fromisoformat(stamp.replace('Z', '+00:00')):%d/%m/%Y %H:%M}"
    name = row.get("commune_name") or row.get("commune_code") or ""
    return f"Gói số {row.get('sequence')} — xã {name}{when}"


class UpperForms:
    forms = UPPER_FORMS

    def __init__(self, page: PrintPage) -> None:
        self.page = page
        self.imports = QComboBox(page)
        self.imports.setObjectName("imports")
        self.imports.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.imports.setMinimumContentsLength(18)
        self.imports.view().setMinimumWidth(420)
        self.imports.setAccessibleName("Lần nhập gói")
        label = QLabel("Lần &nhập:", page)
        label.setBuddy(self.imports)
        page.ui.form.addRow(label, self.imports)
        self.fill_imports()
        self.imports.currentIndexChanged.connect(lambda _i: page._mark_stale())

    def fill_imports(self) -> None:
        from desktop_app.sync.consolidate import import_history

        chosen = self.imports.currentData()
        self.imports.blockSignals(True)
        self.imports.clear()
        rows = [r for r in import_history(self.page.store) if r.get("status") in (None, "imported")]
        for row in rows:
            self.imports.addItem(import_label(row), row["id"])
        if not rows:
            self.imports.addItem("— Chưa có lần nhập nào —", None)
        self.imports.setCurrentIndex(max(0, self.imports.findData(chosen)))
        self.imports.blockSignals(False)

    def form_changed(self, spec: FormSpec) -> None:
        self.page.ui.form.setRowVisible(self.imports, "import" in spec.options)

    def refresh(self) -> None:
        self.fill_imports()

    def job(self) -> Job:
        """The document the chosen form and options describe; UserError when one is missing."""
        page = self.page
        spec, ui, store = page.form(), page.ui, page.store
        year = ui.year.value()
        if spec.key == "import_record":
            import_id = self.imports.currentData()
            if not import_id:
                raise UserError(NO_IMPORT)
            from desktop_app.reports.import_record import write_import_record

            which = self.imports.currentText().split(" — nhập")[0]  # "Gói số 1 — xã Hòa Cư"
            title = f"Biên bản nhập {which[:1].lower()}{which[1:]}"
            return Job(title, lambda out, reserve, progress=None: write_import_record(
                store, out, import_id))
        from desktop_app.reports.consolidated import print_consolidated

        if spec.key == "campaigns":
            half = ui.half.currentData()
            title = f"Tổng hợp các cuộc vận động {ui.half.currentText().lower()} {year}"
        elif spec.key == "reg213":
            half, title = None, f"Tiến độ nhận xét đảng viên nơi cư trú năm {year}"
        else:
            half, title = None, f"Tình hình gửi dữ liệu của các xã {store.today():%d-%m-%Y}"
        return Job(title, lambda out, reserve, progress=None: print_consolidated(
            store, spec.key, out, year=year, half=half))
