"""In ấn & báo cáo at an upper-level office: only the consolidated forms and the import record,
each with its options, previewed and saved as a PDF; at a commune office the page is as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFileDialog

from desktop_app import paths
from desktop_app.gui import worker
from desktop_app.gui.print_page import PrintPage, file_name
from desktop_app.reports.forms import NO_IMPORT, forms_for
from desktop_app.reports.upper_frame import NONE_KNOWN
from desktop_app.store.db import Store, open_store
from desktop_app.sync.office import setup_office
from tests import pdf
from tests.conftest import open_copy
from tests.gui.conftest import GUI_TODAY
from tests.reports.upper_store import SILENT, build_upper

FORMS, UPPER_FORMS = forms_for("commune"), forms_for("upper")
TITLE = "In ấn & báo cáo"
OPTIONS = ("kind", "body", "village", "year", "half", "person", "blank", "search", "sex", "party")


@pytest.fixture(autouse=True)
def _no_thread_left() -> Iterator[None]:
    yield
    worker.stop_all(10_000)


@pytest.fixture(scope="module")
def _upper_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_upper(tmp_path_factory.mktemp("gui-upper-print"), GUI_TODAY)


@pytest.fixture
def upper_page(qtbot: Any, tmp_path: Path, _upper_template: Path) -> Iterator[PrintPage]:
    from desktop_app.gui.main_window import MainWindow

    store = open_copy(_upper_template, paths.database_path(tmp_path / "upper"), GUI_TODAY)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_page(TITLE)
    assert isinstance(page, PrintPage)
    yield page
    for timer in window.findChildren(QTimer):
        timer.stop()
    window.stop_background()  # the overview's reader, as closing the window does
    window.hide()
    store.close()


def finish(qtbot: Any, task: Any) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30_000)


def pdf_text(path: Path) -> str:
    return " ".join(pdf.text(path).split())


def choose(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def shown_options(page: PrintPage) -> set[str]:
    shown = {n for n in OPTIONS if page.ui.form.isRowVisible(getattr(page.ui, n))}
    if page.ui.form.isRowVisible(page.upper.imports):
        shown.add("import")
    return shown


def test_the_upper_page_lists_only_its_forms_with_their_options(upper_page: PrintPage) -> None:
    titles = [upper_page.ui.formList.item(i).text() for i in range(upper_page.ui.formList.count())]
    assert titles == [spec.title for spec in UPPER_FORMS]
    assert not {spec.title for spec in FORMS} & set(titles)
    for row, spec in enumerate(UPPER_FORMS):
        upper_page.ui.formList.setCurrentRow(row)
        assert shown_options(upper_page) == set(spec.options), spec.key
    imports = upper_page.upper.imports
    labels = [imports.itemText(i) for i in range(imports.count())]
    assert len(labels) == 3 and all(label.startswith("Gói số 1 — xã ") for label in labels)
    assert not any(SILENT[1] in label for label in labels)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        (
            "campaigns",
            [
                "TỔNG HỢP",
                "Kết quả thực hiện các cuộc vận động 6 tháng đầu năm 2026",
                "Hoa Thám",
                "Lợi Bác",
                "Thụy Hùng",
                "Yên Trạch",
                "Tổng cộng",
            ],
        ),
        ("reg213", ["Tiến độ nhận xét đảng viên nơi cư trú (QĐ 213) năm 2026", "Tổng cộng"]),
        ("communes", ["Tình hình gửi dữ liệu của các xã", "Yên Trạch 06290 Chưa gửi Quá hạn"]),
        ("import_record", ["BIÊN BẢN", "Nhập gói dữ liệu đồng bộ của xã Lợi Bác (mã 06286)"]),
    ],
)
def test_each_form_previews_and_saves_a_pdf(
    qtbot: Any,
    upper_page: PrintPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    words: list[str],
) -> None:
    asked: list[str] = []
    target = tmp_path / "saved" / key
    target.parent.mkdir()

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "Tệp PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    upper_page.choose_form(key)
    upper_page.ui.year.setValue(2026)
    if key == "campaigns":
        choose(upper_page.ui.half, 1)
    if key == "import_record":
        imports = upper_page.upper.imports
        choose(
            imports,
            next(
                imports.itemData(i)
                for i in range(imports.count())
                if "Lợi Bác" in imports.itemText(i)
            ),
        )
    finish(qtbot, upper_page.make_preview())
    assert upper_page.preview.page_count() > 0, upper_page.ui.status.text()
    previewed = pdf_text(upper_page.preview_path)
    for expected in ["ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN", *words]:
        assert expected in previewed, expected
    finish(qtbot, upper_page.save_pdf())
    saved = target.with_suffix(".pdf")
    assert upper_page.saved_path == saved and upper_page.ui.status.text() == f"Đã lưu {saved}"
    assert pdf_text(saved) == previewed
    assert Path(asked[0]).name == file_name(upper_page.job().title)
    if key == "import_record":
        assert upper_page.job().title == "Biên bản nhập gói số 1 — xã Lợi Bác"


def test_an_upper_office_without_imports_is_told_what_to_do(
    qtbot: Any, tmp_path: Path, message_boxes: Any
) -> None:
    store = open_store(paths.database_path(tmp_path / "new-upper"))
    store.today = lambda: GUI_TODAY
    setup_office(store, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
    try:
        page = PrintPage(store)
        qtbot.addWidget(page)
        page.choose_form("import_record")
        assert page.make_preview() is None
        assert message_boxes.texts("warning")[-1] == NO_IMPORT
        page.choose_form("communes")
        finish(qtbot, page.make_preview())
        text = pdf_text(page.preview_path)
        assert "0/0" not in text and "Cả 0" not in text
        assert " ".join(NONE_KNOWN.split()) in text
    finally:
        store.close()


def test_the_commune_page_is_unchanged(main_window: Any, demo_store: Store) -> None:
    page = main_window.open_page(TITLE)
    assert page.upper is None and page.forms == FORMS
    titles = [page.ui.formList.item(i).text() for i in range(page.ui.formList.count())]
    assert titles == [spec.title for spec in FORMS]
    assert page.findChild(QComboBox, "imports") is None
