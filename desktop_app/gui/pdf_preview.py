"""The preview of a printed form (QtPdf) and printing a PDF on the system's printer.

Imported only by the print page, when it is first opened: QtPdf never loads at start-up.

    PdfPreview(parent)                     the view with its page count and zoom buttons
        .show_pdf(path) -> int             load a PDF (pages), or raise UserError
        .show_message(text)                no document: a line saying why
        .page_count() -> int
    print_document(document, printer, progress=None) -> int
        paint every page of a loaded QPdfDocument onto a QPrinter (each page on white, in the
        page's own orientation, at most PRINT_DPI); progress(done, total) -> bool may cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError

PRINT_DPI = 300  # enough for text on paper; a 1200-dpi A4 bitmap would take half a gigabyte
ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    """A scrolling view of every page, fitted to the width, with zoom buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName("Bản xem trước")
        self.view.setStyleSheet("QPdfView { background: #7a7a7a; }")

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #555; background: #eeeeee; padding: 24px; }")

        self.pages_label = QLabel(self)
        self.fit_width = self._tool(
            "Vừa khổ ngang",
            "Trang vừa chiều ngang của khung xem",
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
        )
        self.fit_page = self._tool(
            "Cả trang",
            "Thấy trọn một trang",
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
        )
        self.zoom_out = self._tool("−", "Thu nhỏ", lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in = self._tool("+", "Phóng to", lambda: self._zoom(ZOOM_STEP))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.pages_label, 1)
        for button in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            bar.addWidget(button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(self.stack, 1)
        self.show_message("Chọn biểu mẫu và các tùy chọn bên trái rồi bấm “Xem trước”.")

    def _tool(self, text: str, tip: str, action: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(action)
        return button

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def _set_tools_enabled(self, enabled: bool) -> None:
        for button in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            button.setEnabled(enabled)

    def show_pdf(self, path: str | Path) -> int:
        """Show this PDF; the number of pages. A file QtPdf cannot read raises UserError."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            self.show_message("Không xem trước được tệp PDF này.")
            raise UserError(
                f"Không mở được tệp PDF “{Path(path).name}” để xem trước. Hãy bấm “Xem trước” lại."
            )
        pages = self.document.pageCount()
        self.pages_label.setText(f"{pages} trang")
        self.stack.setCurrentWidget(self.view)
        self._set_tools_enabled(True)
        return pages

    def show_message(self, text: str) -> None:
        self.document.close()
        self.message.setText(text)
        self.pages_label.setText("")
        self.stack.setCurrentWidget(self.message)
        self._set_tools_enabled(False)

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0


def _layout_for(document: QPdfDocument, page: int) -> QPageLayout:
    size = document.pagePointSize(page)
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def print_document(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Paint every page onto the printer; the number of pages printed (fewer when cancelled)."""
    total = document.pageCount()
    if total < 1:
        raise UserError("Chưa có trang nào để in. Hãy bấm “Xem trước” trước khi in.")
    printer.setFullPage(True)  # the PDF already carries the Decree-30 margins
    printer.setPageLayout(_layout_for(document, 0))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            "Không bắt đầu in được. Hãy kiểm tra máy in đã bật và được chọn đúng, rồi in lại."
        )
    printed = 0
    try:
        for page in range(total):
            if progress is not None and progress(page, total) is False:
                break
            if page:
                printer.setPageLayout(_layout_for(document, page))
                if not printer.newPage():
                    raise UserError("Máy in dừng giữa chừng. Hãy kiểm tra máy in rồi in lại.")
            _paint_page(document, page, printer, painter)
            printed += 1
    finally:
        painter.end()
    if progress is not None:
        progress(printed, total)
    return printed


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    dpi = min(printer.resolution(), PRINT_DPI)
    points = document.pagePointSize(page)
    pixels = QSize(
        max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
    )
    rendered = document.render(page, pixels)
    sheet = QImage(pixels, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))  # QPdfDocument.render leaves the background transparent
    on_white = QPainter(sheet)
    on_white.drawImage(QPointF(0, 0), rendered)
    on_white.end()
    scale = min(target.width() / pixels.width(), target.height() / pixels.height())
    width, height = pixels.width() * scale, pixels.height() * scale
    box = QRectF(
        target.x() + (target.width() - width) / 2,
        target.y() + (target.height() - height) / 2,
        width,
        height,
    )
    painter.drawImage(box, sheet)
