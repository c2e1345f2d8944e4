"""Vietnamese for the words Qt itself draws (dialog buttons, wizard buttons, edit menus).

Qt ships no Vietnamese translation of its own strings, so a small translator answers them.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

CONTEXTS = frozenset(
    {
        "QPlatformTheme",
        "QDialogButtonBox",
        "QMessageBox",
        "QWizard",
        "QLineEdit",
        "QWidgetTextControl",
        "QAbstractSpinBox",
        "QFileDialog",
        "QShortcut",
        "QFileSystemModel",
        "QAbstractFileIconProvider",
        "QFileIconProvider",
    }
)

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
    # Qt's own file dialog (QFileDialog, where no native dialog is used), its model and icons.
    "&Look in:": "&Xem trong:",
    "Look in:": "Xem trong:",
    "File &name:": "&Tên tệp:",
    "Files of &type:": "&Loại tệp:",
    "Directory:": "Thư mục:",
    "&Open": "&Mở",
    "&Choose": "&Chọn",
    "Choose": "Chọn",
    "&Delete": "&Xóa",
    "&Rename": "Đổi &tên",
    "&New Folder": "Thư mục &mới",
    "New Folder": "Thư mục mới",
    "Show &hidden files": "Hiện tệp &ẩn",
    "Back": "Lùi",
    "Forward": "Tới",
    "Go back": "Quay lại",
    "Go forward": "Đi tới",
    "Parent Directory": "Thư mục cha",
    "Go to the parent directory": "Lên thư mục cha",
    "Create New Folder": "Tạo thư mục mới",
    "Create a New Folder": "Tạo thư mục mới",
    "List View": "Dạng danh sách",
    "Detail View": "Dạng chi tiết",
    "Change to list view mode": "Xem dạng danh sách",
    "Change to detail view mode": "Xem dạng chi tiết",
    "List of places and bookmarks": "Các nơi hay dùng",
    "Sidebar": "Thanh bên",
    "Files": "Tệp",
    "Directories": "Thư mục",
    "All Files (*)": "Mọi tệp (*)",
    "Recent Places": "Nơi mở gần đây",
    "Find Directory": "Chọn thư mục",
    "Save As": "Lưu thành",
    "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nGhi đè lên tệp đó?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.": "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    "'%1' is write protected.\nDo you want to delete it anyway?": "“%1” đang được bảo vệ chống ghi.\nVẫn xóa?",
    "Are you sure you want to delete '%1'?": "Xóa “%1”?",
    "Could not delete directory.": "Không xóa được thư mục.",
    "Name": "Tên",
    "Size": "Cỡ",
    "Type": "Loại",
    "Date Modified": "Ngày sửa",
    "Kind": "Loại",
    "Computer": "Máy tính",
    "My Computer": "Máy tính",
    "Invalid filename": "Tên tệp không hợp lệ",
    "Drive": "Ổ đĩa",
    "Folder": "Thư mục",
    "File": "Tệp",
    "%1 File": "Tệp %1",
    "File Folder": "Thư mục",
    "Shortcut": "Lối tắt",
    "Unknown": "Không rõ",
}


class QtVietnamese(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's "no translation here" (a null string); "" would blank the text.
        if context in CONTEXTS:
            return WORDS.get(source)
        return None

    def isEmpty(self) -> bool:
        return False
