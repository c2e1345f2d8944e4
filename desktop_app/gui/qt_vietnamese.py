"""Vietnamese for the words Qt itself draws (dialog buttons, wizard buttons, edit menus).

Qt ships no Vietnamese translation of its own strings, so a small translator answers them.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

CONTEXTS = frozenset({"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QWizard", "QLineEdit",
                      "QWidgetTextControl", "QAbstractSpinBox", "QFileDialog", "QShortcut"})

WORDS: dict[str, str] = {
    "OK": "Đồng ý",
    "&OK": "Đồng ý",
    "Save": "Lưu",
    "&Save": "&Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông với tất cả",
    "Abort": "Dừng",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "&Cancel": "&Hủy",
    "Discard": "Bỏ thay đổi",
    "Don't Save": "Không lưu",
    "Help": "Trợ giúp",
    "&Help": "&Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "< &Back": "< &Quay lại",
    "&Back": "&Quay lại",
    "&Next >": "&Tiếp >",
    "&Next": "&Tiếp",
    "&Finish": "&Hoàn tất",
    "Commit": "Xác nhận",
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "&Chép",
    "Copy &Link Location": "Chép địa chỉ liên kết",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
    "&Step up": "&Tăng",
    "Step &down": "&Giảm",
    "Show Details...": "Xem chi tiết…",
    "Hide Details...": "Ẩn chi tiết…",
}


class QtVietnamese(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's "no translation here" (a null string); "" would blank the text.
        if context in CONTEXTS:
            return WORDS.get(source)
        return None

    def isEmpty(self) -> bool:
        return False
