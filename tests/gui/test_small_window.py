"""Issue 13 item 8: at a netbook's 1024×600 (and 800×500) the page list narrows, the filters wrap to
a second row, and nothing essential is cut: search, every filter, every button whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from desktop_app.gui.register_page import RegisterPage

PAGES = [
    "Khu dân cư",
    "Người",
    "Ban công tác Mặt trận",
    "Ban thanh tra nhân dân",
    "Ban giám sát đầu tư cộng đồng",
    "Cuộc vận động & hoạt động",
    "Đảng viên nơi cư trú",
    "Quỹ",
    "Thi đua, khen thưởng",
]


def whole_inside(widget: QWidget, page: QWidget) -> bool:
    left = widget.mapTo(page, widget.rect().topLeft()).x()
    return left >= 0 and left + widget.width() <= page.width() + 1


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (800, 500)])
def test_register_pages_fit_a_small_window(
    main_window: Any, qtbot: Any, width: int, height: int
) -> None:
    main_window.resize(width, height)
    qtbot.wait(50)
    assert main_window.width() <= width and main_window.height() <= height
    assert main_window.ui.nav.width() <= (190 if width >= 960 else 150)
    for title in PAGES:
        shown = main_window.open_page(title)
        pages = [shown] if isinstance(shown, RegisterPage) else shown.findChildren(RegisterPage)
        qtbot.wait(30)
        for page in [p for p in pages if p.isVisible()]:
            assert page.search_edit.width() >= 160, title
            for combo in page.findChildren(QComboBox):
                if combo.isVisible():
                    assert combo.width() >= combo.minimumSizeHint().width() - 1, (
                        title,
                        combo.currentText(),
                    )
                    assert whole_inside(combo, page), (title, combo.currentText())
            for button in page.findChildren(QPushButton):
                if button.isVisible():
                    assert whole_inside(button, page), (title, button.text())
                    assert button.width() >= button.minimumSizeHint().width() - 1, (
                        title,
                        button.text(),
                    )
