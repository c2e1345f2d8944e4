"""In ấn & báo cáo: each form previews with its options, saves a numbered PDF, prints through a
QPrinter, prints many comment forms in the worker with progress and cancel, and explains in
Vietnamese what to do when a form cannot be printed."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.gui import worker
from desktop_app.gui.print_page import OPTIONS, PrintPage, file_name
from desktop_app.reports.forms import forms_for
from tests import pdf
from tests.gui.keyboard import type_text

FORMS = forms_for("commune")
TITLE = "In ấn & báo cáo"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_thread_left() -> Any:
    yield
    worker.stop_all(10_000)


@pytest.fixture
def page(main_window: Any) -> PrintPage:
    shown = main_window.open_page(TITLE)
    assert isinstance(shown, PrintPage)
    return shown


def finish(qtbot: Any, task: Any, timeout: int = 30_000) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: not task.is_running(), timeout=timeout)


def pdf_text(path: Path) -> str:
    """The text in drawing order, whitespace collapsed (a long name may wrap inside its cell)."""
    return " ".join(pdf.text(path).split())


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """The size of every page, in points."""
    return pdf.page_sizes(path)


def choose(combo: Any, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def preview(qtbot: Any, page: PrintPage) -> str:
    finish(qtbot, page.make_preview())
    assert page.preview.page_count() > 0, page.ui.status.text()
    assert page.preview_path is not None and page.preview_path.exists()
    assert page.preview.document.pageCount() == len(pdf_pages(page.preview_path))
    return pdf_text(page.preview_path)


def village_id(store: Any, name: str) -> str:
    return next(v["id"] for v in store.villages.query() if v["name"] == name)


def undecided(store: Any, kind: str, index: int = 0) -> dict:
    """A current body whose decision is not yet numbered (the demo numbers them all)."""
    body = store.bodies.query(kind=kind, current_only=True)[index]
    return store.bodies.update(
        body["id"], {"decision_number": None, "decision_date": None}, accept_warnings=True
    )


def documents(store: Any) -> list[dict]:
    return list(
        store.db.query("select doc_type, symbol, ref_key from documents where deleted_at is null")
    )


# ---- the page ----------------------------------------------------------------------------------
def test_the_page_is_listed_and_qtpdf_loads_only_when_it_opens(tmp_path: Path) -> None:
    script = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo
from desktop_app.gui.main_window import MainWindow
store = open_store({str(tmp_path / "db.sqlite")!r})
build_demo(store, people=40, villages=3, seed=3)
window = MainWindow(store)
assert {TITLE!r} in window.titles()
# after the registers (later issues add theirs before it), before sync and settings
assert window.titles().index("Đảng viên nơi cư trú") < window.titles().index({TITLE!r}) \\
    < window.titles().index("Đồng bộ cấp trên")
before = [m for m in sys.modules if m.startswith(("PySide6.QtPdf", "reportlab"))]
window.open_page({TITLE!r})
after = [m for m in sys.modules if m.startswith("PySide6.QtPdf")]
print(before, after)
assert before == [], before
assert "PySide6.QtPdfWidgets" in after
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path),
        },
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_each_form_shows_only_its_options(page: PrintPage) -> None:
    visible = {}
    for row, spec in enumerate(FORMS):
        page.ui.formList.setCurrentRow(row)
        visible[spec.key] = {n for n in OPTIONS if page.ui.form.isRowVisible(getattr(page.ui, n))}
        assert visible[spec.key] == set(spec.options)
    assert visible["activity_report"] == {"year", "half"}
    assert visible["fund_report"] == {"fund", "date_from", "date_to"}
    page.choose_form("decision")
    kinds = [page.ui.kind.itemData(i) for i in range(page.ui.kind.count())]
    assert "front_committee" not in kinds  # the commune Front is recognised by the upper level


# ---- previews ------------------------------------------------------------------------------------
def test_body_roster_preview_lists_the_members(
    qtbot: Any, page: PrintPage, demo_store: Any
) -> None:
    page.choose_form("body_roster")
    choose(page.ui.kind, "village_committee")
    body = demo_store.bodies.query(kind="village_committee", current_only=True)[1]
    choose(page.ui.body, body["id"])
    text = preview(qtbot, page)
    members = demo_store.bodies.members(body["id"])
    assert members
    for member in members:
        assert member["full_name"] in text
    assert body["name"].upper() in text.upper()
    assert page.ui.status.text().startswith("Bản xem trước:")


def test_register_roster_of_one_village(qtbot: Any, page: PrintPage, demo_store: Any) -> None:
    page.choose_form("register_roster")
    choose(page.ui.kind, "supervision_board")
    boards = demo_store.bodies.query(kind="supervision_board", current_only=True)
    chosen = boards[0]
    choose(page.ui.village, chosen["village_id"])
    text = preview(qtbot, page)
    assert chosen["project_name"] in text
    for member in demo_store.bodies.members(chosen["id"]):
        assert member["full_name"] in text
    others = [b for b in boards if b["village_id"] != chosen["village_id"]]
    assert others and all(b["project_name"] not in text for b in others)
    choose(page.ui.kind, "inspection_board")
    assert not page.ui.village.isEnabled()  # one board for the whole commune


def test_decision_preview_reserves_no_number(qtbot: Any, page: PrintPage, demo_store: Any) -> None:
    body = undecided(demo_store, "inspection_board")
    page.refresh()
    page.choose_form("decision")
    choose(page.ui.kind, "inspection_board")
    text = preview(qtbot, page)
    assert "QUYẾT ĐỊNH" in text
    assert "Số: ....../QĐ-MTTQ-BTT" in text
    for member in demo_store.bodies.members(body["id"]):
        assert member["full_name"] in text
    assert documents(demo_store) == []
    assert page.ui.hint.isVisible() and "sổ văn bản đi" in page.ui.hint.text()


def test_comment_forms_of_a_village_and_of_one_member(
    qtbot: Any, page: PrintPage, demo_store: Any
) -> None:
    page.choose_form("comment_forms")
    page.ui.year.setValue(2026)
    village = village_id(demo_store, "Bản Pò")
    choose(page.ui.village, village)
    due = demo_store.evaluations.query(year=2026, village_id=village)
    assert len(due) == 4
    text = preview(qtbot, page)
    assert page.preview.page_count() >= len(due)
    assert text.count("PHIẾU NHẬN XÉT") == len(due)
    for evaluation in due:
        assert evaluation["full_name"] in text
    one = due[2]
    resident = demo_store.residents.get(one["resident_id"])
    choose(page.ui.person, resident["person_id"])
    page.ui.blank.setChecked(True)
    text = preview(qtbot, page)
    assert text.count("PHIẾU NHẬN XÉT") == 1 and one["full_name"] in text
    assert all(e["full_name"] not in text for e in due if e["id"] != one["id"])


def test_due_list_and_activity_report(qtbot: Any, page: PrintPage, demo_store: Any) -> None:
    page.choose_form("due_list")
    page.ui.year.setValue(2026)
    choose(page.ui.village, None)
    text = preview(qtbot, page)
    assert "năm 2026" in text
    for evaluation in demo_store.evaluations.query(year=2026)[:6]:
        assert evaluation["full_name"] in text
    page.choose_form("activity_report")
    choose(page.ui.half, 1)
    text = preview(qtbot, page)
    assert "BÁO CÁO" in text and "6 tháng đầu năm 2026" in text
    assert documents(demo_store) == []


def test_people_list_with_village_and_search(qtbot: Any, page: PrintPage, demo_store: Any) -> None:
    page.choose_form("people")
    village = village_id(demo_store, "Nà Cạn")
    choose(page.ui.village, village)
    page.ui.search.setFocus()
    type_text(page.ui.search, "nguyen")
    wanted = demo_store.people.query(village_id=village, search="nguyen")
    assert wanted
    text = preview(qtbot, page)
    for person in wanted:
        assert person["full_name"] in text
    elsewhere = [p for p in demo_store.people.query(search="nguyen") if p["village_id"] != village]
    names_here = {p["full_name"] for p in wanted}
    assert any(p["full_name"] not in names_here and p["full_name"] not in text for p in elsewhere)
    assert "Nguyễn" in text


# ---- saving and printing -----------------------------------------------------------------------
def test_save_pdf_reserves_the_number_once(
    qtbot: Any, page: PrintPage, demo_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    target = tmp_path / "out" / "quyet-dinh"
    target.parent.mkdir()

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), "Tệp PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    body = undecided(demo_store, "village_committee", 3)
    page.refresh()
    page.choose_form("decision")
    choose(page.ui.kind, "village_committee")
    choose(page.ui.body, body["id"])
    preview(qtbot, page)
    assert documents(demo_store) == []
    finish(qtbot, page.save_pdf())
    saved = target.with_suffix(".pdf")
    assert page.saved_path == saved and saved.read_bytes().startswith(b"%PDF")
    assert Path(asked[0]).name == file_name(f"Quyết định công nhận {body['name']}")
    issued = documents(demo_store)
    assert len(issued) == 1 and issued[0]["doc_type"] == "QD"
    text = pdf_text(saved)
    assert "Số: 01/QĐ-MTTQ-BTT" in text
    assert "01/QĐ-MTTQ-BTT" in pdf_text(
        page.preview_path
    )  # the preview now shows the saved document
    assert page.ui.status.text() == f"Đã lưu {saved}"
    finish(qtbot, page.save_pdf())  # saving again keeps the number
    assert documents(demo_store) == issued


def test_print_sends_every_page_to_the_printer(
    qtbot: Any, page: PrintPage, demo_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printer.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(page, "make_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.choose_form("activity_report")
    choose(page.ui.half, 2)
    finish(qtbot, page.print_())
    source = pdf_pages(page.preview_path)
    assert len(source) > 1 and page.printed_pages == len(source)
    pages = pdf_pages(printed)
    assert len(pages) == len(source)
    for (w, h), (sw, sh) in zip(pages, source, strict=True):  # each page in its own orientation
        assert (w > h) == (sw > sh) and abs(max(w, h) - 842) < 3 and abs(min(w, h) - 595) < 3
    assert any(w > h for w, h in pages) and any(w < h for w, h in pages)
    assert [d["doc_type"] for d in documents(demo_store)] == ["BC"]  # printing issues the number
    assert page.ui.status.text().startswith(f"Đã gửi {len(source)}/{len(source)} trang")


def test_cancelled_printer_dialog_does_nothing(
    qtbot: Any, page: PrintPage, demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page.choose_form("activity_report")
    assert page.print_() is None
    assert documents(demo_store) == []


# ---- many forms in the worker --------------------------------------------------------------------
@pytest.fixture
def slow_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each comment form takes 60 ms to lay out, so a person (and a test) can press Hủy."""
    from desktop_app.reports import comment_round

    real = comment_round.form_story

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.06)
        return real(*args, **kwargs)

    monkeypatch.setattr(comment_round, "form_story", slow)


def test_many_comment_forms_show_progress(
    qtbot: Any, page: PrintPage, demo_store: Any, slow_forms: None
) -> None:
    page.choose_form("comment_forms")
    page.ui.year.setValue(2026)
    total = len(demo_store.evaluations.query(year=2026))
    task = page.make_preview()
    assert task is not None and task.dialog.cancel_button is not None
    seen: list[int] = []
    qtbot.waitUntil(
        lambda: seen.append(task.progress()[0]) or task.progress()[0] >= 3, timeout=10_000
    )
    assert task.dialog.maximum() == total
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    finish(qtbot, task)
    assert task.progress() == (total, total)
    assert page.preview.page_count() >= total


def test_cancel_many_forms_leaves_no_file(
    qtbot: Any,
    page: PrintPage,
    demo_store: Any,
    tmp_path: Path,
    slow_forms: None,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.reports import comment_round

    # Past the second form the build waits for Hủy: on a busy machine the whole job could
    # otherwise end before the progress dialog shows, and the click would cancel nothing.
    cancelled = threading.Event()
    opening = comment_round.new_form

    def held_opening(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def held(done: int, total: int) -> Any:
            if done > 2:
                cancelled.wait(10)
            return progress(done, total)

        return opening(*args, progress=held if progress else None, **kwargs)

    monkeypatch.setattr(comment_round, "new_form", held_opening)
    out = tmp_path / "phieu"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(out / "phieu-ban-po.pdf"), "")),
    )
    page.choose_form("comment_forms")
    page.ui.year.setValue(2026)
    task = page.save_pdf()
    assert task is not None
    qtbot.waitUntil(lambda: task.progress()[0] >= 2, timeout=10_000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
    task.dialog.cancel_button.click()
    cancelled.set()
    finish(qtbot, task)
    assert list(out.iterdir()) == []
    assert page.ui.status.text() == "Đã hủy; không tạo tệp nào."
    assert message_boxes.shown == []
    assert page.saved_path is None


# ---- what the officer must fix first ----------------------------------------------------------------
def test_an_empty_body_gets_a_vietnamese_message(
    qtbot: Any, page: PrintPage, demo_store: Any, message_boxes: Any
) -> None:
    village = village_id(demo_store, "Pác Làng")
    empty = demo_store.bodies.add(
        {
            "kind": "supervision_board",
            "name": "Ban giám sát — Cầu tràn Pác Làng",
            "project_name": "Cầu tràn Pác Làng",
            "village_id": village,
        }
    )
    page.refresh()
    page.choose_form("decision")
    choose(page.ui.kind, "supervision_board")
    choose(page.ui.body, empty["id"])
    finish(qtbot, page.make_preview())
    assert len(message_boxes.shown) == 1
    kind, _title, text = message_boxes.shown[0]
    assert kind == "warning" and "chưa có thành viên nào" in text and "Hãy thêm thành viên" in text
    assert page.ui.status.text() == text
    assert documents(demo_store) == []


def test_a_year_without_a_round_and_no_body_chosen(
    qtbot: Any, page: PrintPage, message_boxes: Any
) -> None:
    page.choose_form("comment_forms")
    page.ui.year.setValue(2021)
    finish(qtbot, page.make_preview())
    assert "Chưa có phiếu nhận xét nào năm 2021" in message_boxes.texts("warning")[-1]
    page.choose_form("body_roster")
    page.ui.kind.clear()  # nothing to choose from
    assert page.make_preview() is None
    assert message_boxes.texts("warning")[-1].startswith("Chưa chọn ban.")


def test_bodies_page_can_open_the_page_preselected(page: PrintPage, demo_store: Any) -> None:
    body = demo_store.bodies.query(kind="supervision_board", current_only=True)[2]
    page.choose_body(body["id"], "decision")
    assert page.form().key == "decision"
    assert (
        page.ui.kind.currentData() == "supervision_board"
        and page.ui.body.currentData() == body["id"]
    )
    assert page.ui.body.currentText().startswith(body["project_name"])  # the kind is said above it
    page.choose_body(demo_store.bodies.query(kind="village_committee", current_only=True)[0]["id"])
    assert page.form().key == "body_roster"
    assert page.ui.body.currentText().startswith("Bản Pò (")


def test_fund_voucher_and_report_previews(qtbot: Any, page: PrintPage, demo_store: Any) -> None:
    from desktop_app.core.money import amount_in_words

    entry = demo_store.fund_entries.query(direction="receipt", year=2026)[0]
    page.choose_entry(entry["id"])
    assert page.form().key == "fund_voucher" and page.ui.entry.currentData() == entry["id"]
    text = preview(qtbot, page)
    assert "PHIẾU THU" in text and amount_in_words(entry["amount"]) in text.replace("\n", " ")
    page.choose_fund(entry["fund_id"])
    page.ui.date_from.set_value("2026-01-01")
    page.ui.date_to.set_value("2026-12-31")
    text = preview(qtbot, page)
    period = demo_store.fund_entries.period(entry["fund_id"], "2026-01-01", "2026-12-31")
    assert "Kết quả thu, chi Quỹ “Vì người nghèo”" in text
    assert f"{period.closing:,}".replace(",", ".") in text
