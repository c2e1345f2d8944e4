"""Dialogs of the sync page: comparing a key's fingerprint before trusting or enrolling it, and
the dry-run summary of the bundles an upper level is about to import.

    FingerprintDialog.for_upper_key(key_file, parent)   at a commune, before trusting the key
    FingerprintDialog.for_commune(plan, parent)          at the upper level, before enrolling
    ImportPlanDialog(outcomes, parent).chosen()          the bundles the officer ticked
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core.errors import UserError
from desktop_app.gui.forms.ui_sync_fingerprint_dialog import Ui_FingerprintDialog
from desktop_app.gui.forms.ui_sync_plan_dialog import Ui_ImportPlanDialog
from desktop_app.sync.files import FileOutcome
from desktop_app.sync.keyfile import PublicKeyFile
from desktop_app.sync.keys import refuse_signer
from desktop_app.sync.plan import ImportPlan
from desktop_app.sync.rowcheck import TABLE_LABELS

KINDS = (
    ("new", "Mới"),
    ("changed", "Sửa"),
    ("deleted", "Xóa"),
    ("unchanged", "Không đổi"),
    ("quarantined", "Cách ly"),
)
LISTED = 20
SIGNER_TEXT = {
    "enrolled": "đã ghi nhận cho xã này",
    "unknown": "CHƯA ghi nhận: khi nhập sẽ hỏi đối chiếu dấu vân tay với xã qua điện thoại",
    "revoked": "ĐÃ BỊ THU HỒI: gói sẽ bị từ chối",
    "other_commune": "đã ghi nhận cho MỘT XÃ KHÁC: gói sẽ bị từ chối",
}


def local_time(stamp: str | None) -> str:
    """'2026-11-26T21:42:14Z' as '27/11/2026 04:42' in this computer's time zone."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    return f"{moment:%d/%m/%Y %H:%M}"


def bundle_kind(full: bool, base_sequence: int) -> str:
    if full:
        return "gói đầy đủ"
    return f"nối tiếp gói số {base_sequence}" if base_sequence else "gói đầu tiên"


class FingerprintDialog(QDialog):
    """Shows a key's fingerprint; OK only once the officer ticks that it matched on the phone."""

    def __init__(
        self,
        title: str,
        intro: str,
        fingerprint: str,
        instructions: str,
        confirm: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FingerprintDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.fingerprint.setText(fingerprint)
        self.ui.instructions.setText(instructions)
        self.ui.matched.setText(confirm)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setDefault(True)  # Enter, once the comparison is ticked
        self.ok.setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.ui.matched.toggled.connect(self.ok.setEnabled)
        self.ui.matched.setFocus()

    @classmethod
    def for_upper_key(cls, key: PublicKeyFile, parent: QWidget | None = None) -> FingerprintDialog:
        name = html.escape(key.office_name)
        return cls(
            "Nhận tệp khóa của cấp trên",
            f"Tệp khóa của <b>{name}</b> (mã {html.escape(key.office_code)}). Sau khi tin cậy, mọi "
            "gói xuất từ máy này được mã hóa cho đơn vị này, và máy này nhận biên nhận do đơn vị "
            "này ký.",
            key.fingerprint,
            "Hãy gọi điện cho cấp trên (hoặc so với giấy cấp trên gửi) và đọc đối chiếu từng nhóm "
            "bốn ký tự. Nếu khác dù chỉ một ký tự, bấm “Hủy”: tệp này không phải của cấp trên.",
            "Tôi đã đối chiếu với cấp trên và dấu vân tay &trùng khớp",
            "Tin cậy khóa này",
            parent,
        )

    @classmethod
    def for_commune(cls, plan: ImportPlan, parent: QWidget | None = None) -> FingerprintDialog:
        commune = html.escape(plan.commune)
        return cls(
            "Ghi nhận khóa của xã",
            f"Gói số {plan.header.sequence} của <b>{commune}</b> được ký bằng một khóa đơn vị này "
            "chưa ghi nhận (lần đầu xã gửi gói, hoặc xã đã cài lại máy).",
            plan.fingerprint,
            "Hãy gọi điện cho xã, đề nghị xã mở trang “Đồng bộ cấp trên” và đọc dấu vân tay "
            "“Khóa của xã”; đối chiếu từng nhóm bốn ký tự. Nếu khác dù chỉ một ký tự, bấm “Hủy”: "
            "gói này không do xã làm ra và sẽ không được nhập.",
            "Tôi đã đối chiếu với xã và dấu vân tay &trùng khớp",
            "Ghi nhận khóa và nhập",
            parent,
        )


# ---- the dry-run summary -------------------------------------------------------------------------
def _importable(outcome: FileOutcome) -> bool:
    """A file the officer may tick: checked, and signed by an enrolled key or a new one."""
    return (
        outcome.error is None
        and outcome.plan is not None
        and outcome.plan.signer_status in ("enrolled", "unknown")
    )


def plan_html(outcome: FileOutcome) -> str:
    """What importing one file would do, or why it cannot be imported."""
    name = html.escape(outcome.path.name)
    if outcome.error is not None:
        return (
            f"<h3>{name}</h3><p style='color:#b00020'><b>Không nhập được tệp này.</b></p>"
            f"<p>{html.escape(outcome.error.message)}</p><p>Không có gì thay đổi trong dữ liệu.</p>"
        )
    plan = outcome.plan
    assert plan is not None
    h = plan.header
    parts = [
        f"<h3>{html.escape(plan.commune)} — gói số {h.sequence} ({bundle_kind(h.full, h.base_sequence)})</h3>",
        f"<p>Tệp: {name}<br>Xã tạo gói lúc: {local_time(h.created_at)}<br>"
        f"Mã hóa: {'có' if plan.encrypted else '<b>KHÔNG</b>'}<br>"
        f"Khóa ký của xã: <tt>{html.escape(plan.fingerprint)}</tt> — "
        f"{SIGNER_TEXT.get(plan.signer_status, plan.signer_status)}</p>",
    ]
    if plan.signer_status not in ("enrolled", "unknown"):
        try:
            refuse_signer(plan.signer_status, plan.commune, plan.fingerprint)
        except UserError as exc:
            parts.append(
                f"<p style='color:#b00020'><b>Không nhập được gói này.</b> "
                f"{html.escape(exc.message)}</p>"
            )
        return "".join(parts)
    if plan.status == "repeat":
        parts.append(
            "<p><b>Gói này đã được nhập trước đây.</b> Nhập lại không thay đổi dữ liệu, chỉ ghi "
            "lại biên nhận vào USB (khi xã làm mất biên nhận). Đánh dấu chọn nếu cần.</p>"
        )
        return "".join(parts)
    for text in plan.confirmations:
        parts.append(
            f"<p style='color:#b00020'><b>Cần hỏi xã trước khi nhập:</b> {html.escape(text)}<br>"
            "Gói này chưa được chọn; chỉ đánh dấu chọn khi xã đã xác nhận.</p>"
        )
    parts.append(counts_table(plan))
    if plan.warnings:
        parts.append(
            "<p><b>Lưu ý:</b></p><ul>"
            + "".join(f"<li style='color:#8a5300'>{html.escape(w)}</li>" for w in plan.warnings)
            + "</ul>"
        )
    if plan.quarantine:
        rows = "".join(
            f"<tr><td>{html.escape(TABLE_LABELS.get(q.table, q.table))}</td><td><tt>{html.escape(q.record_id)}</tt></td>"
            f"<td>{html.escape(q.reason)}</td></tr>"
            for q in plan.quarantine[:LISTED]
        )
        more = (
            f"<p>… và {len(plan.quarantine) - LISTED} bản ghi khác.</p>"
            if len(plan.quarantine) > LISTED
            else ""
        )
        parts.append(
            f"<p><b>{len(plan.quarantine)} bản ghi sẽ bị cách ly</b> (chưa vào dữ liệu tổng hợp, "
            "phần còn lại vẫn được nhập):</p><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr><th>Sổ</th><th>Mã bản ghi</th><th>Lý do</th></tr>{rows}</table>{more}"
        )
    return "".join(parts)


def counts_table(plan: ImportPlan) -> str:
    head = "".join(f"<th align='right'>{label}</th>" for _k, label in KINDS)
    rows, totals = [], dict.fromkeys((k for k, _l in KINDS), 0)
    for s in plan.summaries:
        values = s.as_dict()
        for key in totals:
            totals[key] += values[key]
        cells = "".join(f"<td align='right'>{values[k]}</td>" for k, _l in KINDS)
        rows.append(f"<tr><td>{html.escape(s.label)}</td>{cells}</tr>")
    total = "".join(f"<td align='right'><b>{totals[k]}</b></td>" for k, _l in KINDS)
    return (
        "<table border='1' cellspacing='0' cellpadding='3'>"
        f"<tr><th align='left'>Sổ</th>{head}</tr>{''.join(rows)}<tr><td><b>Cộng</b></td>{total}</tr>"
        "</table>"
    )


def item_text(outcome: FileOutcome) -> str:
    if not _importable(outcome):
        return f"✗ {outcome.path.name} — không nhập được"
    plan = outcome.plan
    assert plan is not None
    label = f"{plan.commune} — gói số {plan.header.sequence}"
    if plan.status == "repeat":
        return f"{label} (đã nhập trước đây)"
    if plan.confirmations:
        return f"⚠ {label} (cần hỏi xã)"
    if plan.needs_enrolment:
        return f"{label} (khóa mới)"
    return f"{label}: {plan.changes} thay đổi"


class ImportPlanDialog(QDialog):
    """One line per file (tickable when it can be imported), the chosen file's summary beside."""

    def __init__(self, outcomes: list[FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPlanDialog()
        self.ui.setupUi(self)
        self.outcomes = list(outcomes)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Nhập các gói đã chọn")
        self.ok.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            "Hủy — không nhập gì"
        )
        self.ui.splitter.setSizes([340, 680])
        files = self.ui.files
        files.setWordWrap(True)  # long commune names wrap instead of scrolling sideways
        files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for outcome in self.outcomes:
            item = QListWidgetItem(item_text(outcome), files)
            item.setToolTip(str(outcome.path))
            if _importable(outcome):
                plan = outcome.plan
                assert plan is not None
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = plan.status != "repeat" and not plan.confirmations
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            else:  # nothing to tick: it cannot be imported
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setForeground(Qt.GlobalColor.darkRed)
        files.currentRowChanged.connect(self._show)
        files.itemChanged.connect(lambda _item: self._update())
        if self.outcomes:
            files.setCurrentRow(0)
        files.setFocus()
        self._update()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.outcomes):
            self.ui.details.setHtml(plan_html(self.outcomes[row]))

    def is_checked(self, row: int) -> bool:
        return self.ui.files.item(row).checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, checked: bool) -> None:
        self.ui.files.item(row).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )

    def chosen(self) -> list[FileOutcome]:
        """The importable files the officer left ticked, in import order."""
        return [o for i, o in enumerate(self.outcomes) if _importable(o) and self.is_checked(i)]

    def _update(self) -> None:
        plans = [o.plan for o in self.outcomes if _importable(o)]
        errors = sum(1 for o in self.outcomes if not _importable(o))
        repeats = sum(1 for p in plans if p is not None and p.status == "repeat")
        chosen = [o.plan for o in self.chosen()]
        totals = dict.fromkeys(("new", "changed", "deleted", "quarantined"), 0)
        for plan in chosen:
            assert plan is not None
            for s in plan.summaries:
                for key in totals:
                    totals[key] += getattr(s, key)
        text = (
            f"Đã kiểm tra {len(self.outcomes)} tệp; <b>chưa ghi gì vào dữ liệu</b>. "
            f"{len(plans) - repeats} gói mới, {repeats} gói đã nhập trước đây, {errors} tệp "
            f"không nhập được. Đã chọn {len(chosen)} gói: "
            f"{totals['new']} bản ghi mới, {totals['changed']} sửa, {totals['deleted']} xóa, "
            f"{totals['quarantined']} cách ly."
        )
        if any(p is not None and p.needs_enrolment for p in chosen):
            text += " Gói của xã có khóa mới sẽ hỏi đối chiếu dấu vân tay trước khi nhập."
        self.ui.summary.setText(text)
        self.ok.setEnabled(bool(chosen))

    def summary_text(self) -> str:
        return self.ui.summary.text()

    def details_text(self) -> str:
        return self.ui.details.toPlainText()


def outcome_line(outcome: Any) -> str:
    """One line of the import's result for the closing message."""
    name = outcome.path.name
    if outcome.error is not None:
        return f"✗ {name}: {outcome.error.message}"
    result = outcome.result
    plan = result.plan
    if result.status == "repeat":
        head = (
            f"{plan.commune}, gói số {plan.header.sequence}: đã nhập trước đây, không thay đổi gì"
        )
    else:
        head = f"{plan.commune}, gói số {plan.header.sequence}: đã nhập {plan.changes} thay đổi" + (
            f", {len(result.quarantined)} bản ghi cách ly" if result.quarantined else ""
        )
    if result.receipt_path is not None:
        return f"✓ {head}. Biên nhận: {result.receipt_path}"
    return f"✓ {head}. CHƯA ghi được biên nhận: {result.receipt_error}"
