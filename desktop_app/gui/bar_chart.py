"""A simple horizontal bar chart drawn with QPainter: this period against the same period a
year before, one pair of bars per row (QtCharts is deprecated: docs/toolchain.md)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.gui.widgets import format_money

CURRENT_COLOUR = QColor("#c62828")
PREVIOUS_COLOUR = QColor("#9e9e9e")
TEXT_COLOUR = QColor("#222222")


@dataclass(frozen=True)
class Bars:
    label: str
    current: int
    previous: int


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.rows: list[Bars] = []
        self.legend = ("Kỳ này", "Cùng kỳ năm trước")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setAccessibleName("Biểu đồ so sánh với cùng kỳ")

    def set_data(self, title: str, rows: list[Bars], legend: tuple[str, str] | None = None) -> None:
        self.title = title
        self.rows = list(rows)
        if legend:
            self.legend = legend
        self.setToolTip(
            "\n".join(
                f"{r.label}: {format_money(r.current)} (cùng kỳ {format_money(r.previous)})"
                for r in self.rows
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 60 + 30 * max(len(self.rows), 3))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(TEXT_COLOUR)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title
        )
        painter.setFont(self.font())
        self._legend(painter, metrics, 8 + line)
        top = 16 + 2 * line
        if not self.rows:
            painter.drawText(
                QRectF(0, top, self.width(), line * 2),
                Qt.AlignmentFlag.AlignCenter,
                "Không có số liệu trong kỳ.",
            )
            return
        label_width = min(
            int(self.width() * 0.34),
            max(metrics.horizontalAdvance(r.label) for r in self.rows) + 12,
        )
        value_width = metrics.horizontalAdvance("000.000.000.000") + 8
        plot_left = label_width + 8
        plot_width = max(20, self.width() - plot_left - value_width - 8)
        slot = max(10.0, (self.height() - top - 6) / len(self.rows))
        bar = max(3.0, min(14.0, (slot - 6) / 2))
        peak = max(max(r.current, r.previous) for r in self.rows) or 1
        for i, row in enumerate(self.rows):
            y = top + i * slot
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(4, y, label_width - 4, 2 * bar + 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            for n, (value, colour) in enumerate(
                ((row.current, CURRENT_COLOUR), (row.previous, PREVIOUS_COLOUR))
            ):
                top_of_bar = y + n * (bar + 2)
                length = plot_width * value / peak
                painter.fillRect(
                    QRectF(plot_left, top_of_bar, max(length, 1.0 if value else 0.0), bar), colour
                )
                if bar >= metrics.height() * 0.6 or n == 0:
                    painter.setPen(TEXT_COLOUR)
                    painter.drawText(
                        QRectF(plot_left + length + 4, top_of_bar - 2, value_width, bar + 4),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        format_money(value),
                    )
        painter.setPen(QColor("#bbbbbb"))
        painter.drawLine(
            int(plot_left), int(top - 2), int(plot_left), int(top + slot * len(self.rows))
        )
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetrics, y: float) -> None:
        x = 8.0
        for text, colour in zip(self.legend, (CURRENT_COLOUR, PREVIOUS_COLOUR), strict=True):
            painter.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), colour)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(x + 16, y, metrics.horizontalAdvance(text) + 4, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
            x += 16 + metrics.horizontalAdvance(text) + 24
