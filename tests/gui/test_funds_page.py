"""Quỹ and Thi đua, khen thưởng pages, driven as an officer would, checked in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal


def open_funds(main_window: Any, qtbot: Any) -> Any:
    page = main_window.open_page("funds")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_the_ledger_of_the_year_and_its_balance(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_funds(main_window, qtbot)
    fund = demo_store.funds.require_key("vi-nguoi-ngheo")
    rows = demo_store.fund_entries.query(fund_id=fund["id"], year=2026)
    assert page.model.rowCount() == len(rows)
    balance = f"{demo_store.funds.balance(fund['id']):,}".replace(",", ".")
    assert balance in page.balance_label.text()
    page.direction_filter.setCurrentIndex(page.direction_filter.findData("payment"))
    qtbot.waitUntil(
        lambda: page.model.rowCount() == sum(1 for r in rows if r["direction"] == "payment")
    )


def test_a_payment_beyond_the_balance_is_refused_then_saved(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_funds(main_window, qtbot)
    fund = demo_store.funds.require_key("vi-nguoi-ngheo")
    balance = demo_store.funds.balance(fund["id"])
    person = demo_store.people.query()[5]
    before = demo_store.fund_entries.count()

    def fill(dialog: Any) -> None:
        assert dialog.windowTitle() == "Thêm phiếu chi"
        dialog.picker.set_person_id(person["id"])
        type_text(dialog.ui.amount, str(balance + 1))
        dialog.ui.purpose.set_code("illness")
        type_text(dialog.ui.decision_number, "45/QĐ-MTTQ-BTT")
        press(dialog.ui.decision_number, Qt.Key.Key_Return)
        assert dialog.isVisible(), "saved a payment larger than the fund"
        assert "Chi vượt số dư" in message_boxes.texts("warning")[-1]
        assert demo_store.fund_entries.count() == before
        replace_text(dialog.ui.amount, "1.500.000")
        assert dialog.ui.amount_words.text() == "Một triệu năm trăm nghìn đồng"
        press(dialog.ui.amount, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton), fill)
    saved = demo_store.fund_entries.query(fund_id=fund["id"], direction="payment", year=2026)[-1]
    assert (saved["person_id"], saved["amount"], saved["purpose"]) == (
        person["id"],
        1_500_000,
        "illness",
    )
    assert demo_store.funds.balance(fund["id"]) == balance - 1_500_000
    assert page.selected_record()["id"] == saved["id"]


def test_grading_a_village_computes_total_and_rank(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = main_window.open_page("verdicts")
    grades = page.gradings
    grades.year_filter.setValue(2026)
    village = demo_store.villages.current()[0]
    assert not demo_store.gradings.query(2026)

    def fill(dialog: Any) -> None:
        dialog.ui.village.set_code(village["id"])
        for box in dialog.boxes.values():
            box.setValue(box.maximum() - 1)
        assert "xếp loại <b>Xuất sắc</b>" in dialog.ui.total.text()
        press(dialog.ui.evidence, Qt.Key.Key_Tab)
        dialog.accept()

    run_modal(lambda: qtbot.mouseClick(grades.add_button, Qt.MouseButton.LeftButton), fill)
    row = demo_store.gradings.query(2026)[0]
    assert (row["village_id"], row["total"], row["rank"]) == (village["id"], 94, "xuat_sac")
    qtbot.waitUntil(lambda: grades.model.rowCount() == 1)
    assert "Xuất sắc: 1" in grades.summary.text()


def test_commendation_of_a_household(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = main_window.open_page("verdicts")
    page.tabs.setCurrentWidget(page.commendations)
    village = demo_store.villages.current()[1]

    def fill(dialog: Any) -> None:
        dialog.ui.subject_kind.set_code("household")
        assert dialog.ui.household_name.isVisible() and not dialog.picker.isVisible()
        dialog.ui.village.set_code(village["id"])
        type_text(dialog.ui.reason, "Hien dat lam duong thon")
        dialog.accept()
        assert "tên chủ hộ" in message_boxes.texts("warning")[-1]
        type_text(dialog.ui.household_name, "Ho ong Hoang Van Nam")
        dialog.accept()

    run_modal(
        lambda: qtbot.mouseClick(page.commendations.add_button, Qt.MouseButton.LeftButton), fill
    )
    rows = demo_store.commendations.query(year=2026, status="proposed")
    ours = [r for r in rows if r["subject_kind"] == "household"]
    assert [(r["subject_name"], r["village_name"]) for r in ours] == [
        ("Ho ong Hoang Van Nam", village["name"])
    ]


def test_a_new_relief_fund_gets_its_code_and_its_own_numbers(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    page = open_funds(main_window, qtbot)

    def fill(dialog: Any) -> None:
        type_text(dialog.ui.name, "Quỹ cứu trợ bão số 3")
        assert dialog.ui.key.text() == "quy-cuu-tro-bao-so-3"
        type_text(dialog.ui.opening_balance, "2000000")
        press(dialog.ui.name, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.mouseClick(page.fund_button, Qt.MouseButton.LeftButton), fill)
    fund = demo_store.funds.by_key("quy-cuu-tro-bao-so-3")
    assert fund and fund["kind"] == "relief" and fund["opening_balance"] == 2_000_000
    assert page.fund_filter.currentData() == fund["id"] and page.model.rowCount() == 0
    assert "2.000.000" in page.balance_label.text()


def test_a_person_shows_their_commendations_and_support(
    main_window: Any, qtbot: Any, demo_store: Any
) -> None:
    helped = demo_store.fund_entries.query(direction="payment", year=2026)[0]
    praised = demo_store.commendations.query(year=2026)[0]
    page = main_window.open_page("people")
    for person_id, heading in (
        (helped["person_id"], "Được hỗ trợ từ quỹ"),
        (praised["person_id"], "Khen thưởng"),
    ):
        page.open_record("people", person_id)
        qtbot.waitUntil(lambda pid=person_id: (page.selected_record() or {}).get("id") == pid)
        assert heading in page.detail.toHtml()
