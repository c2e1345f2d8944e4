"""Issue 13: before a numbered document is issued the print page lists what is missing or breaks
a rule and asks (item 6); the preview follows the choice at once (item 16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui import worker
from desktop_app.gui.print_page import PrintPage
from tests.gui.test_print_page import TITLE, choose, documents, undecided
from tests.reports.conftest import pdf_text


@pytest.fixture(autouse=True)
def _no_thread_left() -> Any:
    yield
    worker.stop_all(10_000)


@pytest.fixture
def page(main_window: Any) -> PrintPage:
    shown = main_window.open_page(TITLE)
    assert isinstance(shown, PrintPage)
    return shown


def test_a_decision_for_a_small_body_without_signer_is_checked_first(
    qtbot: Any,
    page: PrintPage,
    demo_store: Any,
    message_boxes: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    demo_store.settings.set_many({"signer_name": ""})
    body = undecided(demo_store, "village_committee", 2)
    members = demo_store.bodies.members(body["id"])
    for m in members[4:]:  # a Ban of 4 members, where the office's rule says 9–15
        demo_store.memberships.end(m["id"], "2026-11-01", "resigned")
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (asked.append("where") or str(tmp_path / "qd.pdf"), "")),
    )
    page.refresh()
    page.choose_form("decision")
    choose(page.ui.kind, "village_committee")
    choose(page.ui.body, body["id"])
    problems = page.issue_problems()
    assert any("người ký" in p for p in problems) and any("9" in p for p in problems)
    message_boxes.answer = QMessageBox.StandardButton.No
    assert page.save_pdf() is None
    question = message_boxes.texts("question")[-1]
    assert "người ký" in question and "lấy số" in question
    assert documents(demo_store) == [] and asked == []  # nothing numbered, nothing asked further

    demo_store.settings.set_many({"signer_name": "Hoàng Văn Thắng"})
    assert not any("người ký" in p for p in page.issue_problems())


def test_the_preview_follows_the_choice_at_once(
    qtbot: Any, page: PrintPage, demo_store: Any
) -> None:
    body = demo_store.bodies.query(kind="village_committee", current_only=True)[0]
    page.choose_body(body["id"])  # from the Ban page: the roster is shown without a click
    qtbot.waitUntil(
        lambda: page.preview_path is not None and page.preview.page_count() > 0, timeout=20_000
    )
    qtbot.waitUntil(lambda: page.task is None or not page.task.is_running(), timeout=20_000)
    roster = page.preview_path
    assert "DANH SÁCH" in pdf_text(roster)
    page.choose_form("decision")  # switching to the decision replaces the roster's preview
    qtbot.waitUntil(
        lambda: (
            page.preview_path != roster and page.task is not None and not page.task.is_running()
        ),
        timeout=20_000,
    )
    assert "QUYẾT ĐỊNH" in pdf_text(page.preview_path)


def test_the_check_lists_every_blank_the_decision_would_print(
    qtbot: Any, page: PrintPage, demo_store: Any, message_boxes: Any
) -> None:
    """Issue 13 item 6: beyond the signer and the composition, the dates a numbered decision
    needs (its own, the term's end, the members' start, a kiện toàn's) and every cell of the
    annexed roster that would print empty are listed before a number is taken."""
    body = undecided(demo_store, "village_committee", 2)
    page.refresh()
    page.choose_form("decision")
    choose(page.ui.kind, "village_committee")
    choose(page.ui.body, body["id"])
    before = page.issue_problems()
    assert not any("ngày ký" in p or "cuối nhiệm kỳ" in p for p in before)

    conn = demo_store.conn  # data as an older version or an import may have left it
    conn.execute(
        "update bodies set term_end = null, decision_number = '7', decision_date = null"
        " where id = ?",
        [body["id"]],
    )
    members = demo_store.bodies.members(body["id"])
    first, second = members[0], members[1]
    conn.execute("update memberships set start_date = null where id = ?", [first["id"]])
    conn.execute(
        "update memberships set decision_number = '12', decision_date = null where id = ?",
        [second["id"]],
    )
    conn.execute("update people set ethnicity_code = null where id = ?", [second["person_id"]])
    demo_store.settings.set_many({"signer_title": ""})

    problems = "\n".join(page.issue_problems())
    assert "quyết định số 7 nhưng chưa có ngày ký" in problems
    assert "chưa có ngày cuối nhiệm kỳ" in problems
    assert f"chưa có ngày bắt đầu tham gia ban: {first['full_name']}" in problems
    assert f"chưa có dân tộc: {second['full_name']}" in problems
    assert f"kiện toàn chưa có ngày ký: {second['full_name']}" in problems
    assert "chức danh người ký" in problems

    message_boxes.answer = QMessageBox.StandardButton.No
    assert page.save_pdf() is None
    assert "ngày cuối nhiệm kỳ" in message_boxes.texts("question")[-1]
    assert documents(demo_store) == []
