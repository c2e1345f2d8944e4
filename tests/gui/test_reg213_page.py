"""The Regulation-213 page driven as an officer would: open the round, comment with the keyboard,
confirm, send back, change a confirmed comment (a new version, the old one readable), register
a member from the letter, and a new form version from the office's forms folder."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app import paths
from tests.gui.keyboard import press, replace_text, type_text
from tests.gui.modal import run_modal

TITLE = "Đảng viên nơi cư trú"


def open_page(main_window: Any) -> Any:
    return main_window.open_page(TITLE)


def members(view: Any) -> list[dict]:
    tree = view.tree
    return [
        tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def select(view: Any, status: str) -> dict:
    member = next(m for m in members(view) if m["status"] == status)
    assert view.select_resident(member["id"])
    view.tree.setFocus()
    return member


def choose_levels(dialog: Any, skip: str | None = None) -> None:
    """Tick the first level of every criterion (by keyboard: focus, then Space)."""
    for criterion in dialog.form.criteria:
        if criterion.code != skip:
            button = dialog.first_buttons[criterion.code]
            button.setFocus()
            press(button, Qt.Key.Key_Space)
    dialog.first_buttons["recommendation"].click()


def test_the_checklist_goes_village_by_village(main_window: Any, demo_store: Any) -> None:
    page = open_page(main_window)
    view = page.round_view
    progress = demo_store.evaluations.round_progress(2026)
    groups = demo_store.evaluations.checklist(2026)
    assert view.tree.topLevelItemCount() == len(groups)
    assert [m["id"] for m in members(view)] == [m["id"] for g in groups for m in g["members"]]
    assert f"<b>{progress['due']}</b> đảng viên phải nhận xét" in view.progress.text()
    first = view.tree.topLevelItem(0).text(0)
    assert first.startswith(groups[0]["village_name"]) and "đảng viên" in first
    view.status_filter.set_code("unregistered")
    assert {m["status"] for m in members(view)} == {"unregistered"}
    view.status_filter.set_code("exempt")
    assert members(view) and all(m["category"].startswith("exempt_") for m in members(view))


def test_open_the_next_round_from_the_dialog(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    view = open_page(main_window).round_view
    expected = demo_store.evaluations.round_preview(2027)
    assert expected > 0

    def handle(dialog: Any) -> None:
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # 2026's round is already open for everyone
        dialog.ui.year.setValue(2027)
        assert f"<b>{expected}</b>" in dialog.ui.previewLabel.text() and ok.isEnabled()
        assert dialog.ui.dueLabel.text() == "30/11/2027"
        press(dialog.ui.year, Qt.Key.Key_Return)

    run_modal(view.open_button.click, handle)
    assert f"cho {expected} đảng viên" in message_boxes.texts("information")[-1]
    assert view.year.value() == 2027
    assert len(demo_store.evaluations.query(year=2027)) == expected
    assert sum(m["status"] == "requested" for m in members(view)) == expected


def test_comment_confirm_and_send_back(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    view = open_page(main_window).round_view
    member = select(view, "requested")

    def missing_one_then_fill(dialog: Any) -> None:
        assert (
            member["full_name"] in dialog.ui.headerLabel.text()
            and not dialog.ui.lockBanner.isVisible()
        )
        choose_levels(dialog, skip="meetings")
        type_text(dialog.ui.meeting_date, "20/11/2026")
        replace_text(dialog.ui.cell_signer, "Hoàng Văn Sơn")
        replace_text(dialog.ui.front_signer, "Lý Thị Mai")
        type_text(dialog.ui.comments, "Gương mẫu, gần dân.")
        press(dialog.ui.front_signer, Qt.Key.Key_Return)
        assert dialog.isVisible() and "Tham gia sinh hoạt" in message_boxes.texts("warning")[-1]
        assert dialog.focusWidget() is dialog.first_buttons["meetings"]  # the criterion left out
        press(dialog.focusWidget(), Qt.Key.Key_Space)
        press(dialog.ui.front_signer, Qt.Key.Key_Return)

    run_modal(lambda: qtbot.keyClick(view.tree, Qt.Key.Key_Return), missing_one_then_fill)
    saved = demo_store.evaluations.get(member["evaluation_id"])
    assert saved["state"] == "commented" and saved["meeting_date"] == "2026-11-20"
    assert json.loads(saved["ratings"]) == {
        c.code: c.level_codes[0] for c in view.store.evaluations.form_of(saved).criteria
    }
    assert saved["cell_signer"] == "Hoàng Văn Sơn" and saved["comments"] == "Gương mẫu, gần dân."
    assert view.selected_member()["status"] == "commented" and view.confirm_button.isEnabled()

    def date_before_meeting_then_fix(dialog: Any) -> None:
        replace_text(dialog.ui.date, "01/11/2026")
        press(dialog.ui.date, Qt.Key.Key_Return)
        assert dialog.isVisible() and "trước ngày họp" in message_boxes.texts("warning")[-1]
        replace_text(dialog.ui.date, "22/11/2026")
        press(dialog.ui.date, Qt.Key.Key_Return)

    run_modal(view.confirm_button.click, date_before_meeting_then_fix)
    assert demo_store.evaluations.get(member["evaluation_id"])["confirmed_date"] == "2026-11-22"
    run_modal(view.return_button.click, lambda d: press(d.ui.date, Qt.Key.Key_Return))
    done = demo_store.evaluations.get(member["evaluation_id"])
    assert done["state"] == "returned" and done["returned_date"] == "2026-11-26"
    item = view.tree.currentItem()
    assert (
        item.text(1) == "Đã gửi về nơi công tác" and item.foreground(0).color().name() == "#2e7d32"
    )
    assert "Đề nghị" in view.detail.toPlainText() and "Hoàng Văn Sơn" in view.detail.toPlainText()


def test_a_confirmed_comment_changes_into_a_new_version(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    view = open_page(main_window).round_view
    member = select(view, "confirmed")
    old_id = member["evaluation_id"]
    assert view.comment_button.text().startswith("Sửa phiếu")

    def change(dialog: Any) -> None:
        assert dialog.ui.lockBanner.isVisible() and "bản sửa lần 2" in dialog.ui.lockBanner.text()
        last = dialog.form.criteria[-1]
        dialog.groups[last.code].buttons()[-1].click()
        replace_text(dialog.ui.front_signer, "Lý Thị Mai")
        press(dialog.ui.front_signer, Qt.Key.Key_Return)

    run_modal(view.comment_selected, change)
    versions = demo_store.evaluations.versions(member["id"], 2026)
    assert [v["version"] for v in versions] == [1, 2] and versions[0]["id"] == old_id
    assert versions[0]["state"] == "confirmed" and versions[1]["changed_after_confirmation"] == 1
    assert view.selected_member()["status"] == "commented"
    assert "bản sửa lần 2" in view.tree.currentItem().text(1)
    assert f"version:{old_id}" in view.detail.toHtml()

    def read_only(dialog: Any) -> None:
        assert dialog.read_only and "Chỉ để xem" in dialog.ui.lockBanner.text()
        assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save) is None
        assert not dialog.ui.criteriaWidget.isEnabled() and not dialog.ui.comments.isEnabled()
        press(dialog.ui.buttonBox, Qt.Key.Key_Escape)

    run_modal(lambda: view.show_version(old_id), read_only)
    assert demo_store.evaluations.get(old_id)["ratings"] == versions[0]["ratings"]


def test_register_a_member_from_the_letter(
    main_window: Any, qtbot: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.residents)
    village = demo_store.villages.current()[1]
    people_before = demo_store.people.count()

    def fill(dialog: Any) -> None:
        ui = dialog.ui
        ui.newRadio.click()
        assert ui.personStack.currentIndex() == 1 and dialog.focusWidget() is ui.full_name
        type_text(ui.full_name, "Hoàng Thị Lan")
        ui.sex.set_code("female")
        type_text(ui.birth_date, "1990")
        type_text(ui.party_admission_date, "19/05/2015")
        type_text(ui.letter_number, "27-GGT/ĐU")
        type_text(ui.workplace, "Sở Tư pháp tỉnh Lạng Sơn")
        ui.village_id.set_code(village["id"])
        assert ui.party_cell.text() == f"Chi bộ {village['name']}"
        replace_text(ui.received_date, "01/10/2026")
        assert (
            "Đã quá hạn đăng ký" in ui.deadlineLabel.text()
            and "31/10/2026" in ui.deadlineLabel.text()
        )
        press(ui.workplace, Qt.Key.Key_Return)

    page.residents.table.setFocus()
    run_modal(
        lambda: qtbot.keyClick(
            page.residents.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        ),
        fill,
    )
    assert demo_store.people.count() == people_before + 1
    chosen = page.residents.selected_record()
    assert chosen["full_name"] == "Hoàng Thị Lan" and chosen["registration_overdue"]
    person = demo_store.people.get(chosen["person_id"])
    assert person["party_member"] == 1 and person["party_admission_date"] == "2015-05-19"
    assert "quá hạn đăng ký" in page.residents.model.data(
        page.residents.model.index(page.residents.model.row_of(chosen["id"]), 5)
    )
    assert page.residents.register_button.isEnabled()
    run_modal(page.residents.register_button.click, lambda d: press(d.ui.date, Qt.Key.Key_Return))
    assert demo_store.residents.get(chosen["id"])["registered_date"] == "2026-11-26"


def test_register_a_person_already_in_the_book(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.residents)
    someone = next(
        p
        for p in demo_store.people.query()
        if not p["party_member"] and not demo_store.residents.of_person(p["id"])
    )

    def pick(dialog: Any) -> None:
        type_text(dialog.picker.search_edit, someone["full_name"])
        dialog.picker.search_now()
        row = next(i for i, p in enumerate(dialog.picker.found()) if p["id"] == someone["id"])
        dialog.picker.choose(row)
        type_text(dialog.ui.workplace, "Công an tỉnh")
        dialog.ui.village_id.set_code(someone["village_id"])
        press(dialog.ui.workplace, Qt.Key.Key_Return)

    before = demo_store.people.count()
    run_modal(page.residents.add_record, pick)
    assert demo_store.people.count() == before
    assert (
        demo_store.residents.of_person(someone["id"])
        and demo_store.people.get(someone["id"])["party_member"]
    )


def test_overview_jumps_to_a_comment(main_window: Any, demo_store: Any) -> None:
    ev = demo_store.evaluations.query(year=2025, state="requested")[0]
    assert main_window.show_record("evaluations", ev["id"])
    view = main_window.current_page().round_view
    assert view.year.value() == 2025 and view.selected_member()["evaluation_id"] == ev["id"]
    assert view.selected_member()["overdue"] and "Quá hạn" in view.tree.currentItem().text(3)


def test_the_comment_form_follows_a_new_form_version(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    data = json.loads((paths.DATA_DIR / "reg213_form_v1.json").read_text(encoding="utf-8"))
    data.update(version=2, code="213-v2", valid_from="2026-01-01")
    data["criteria"] = data["criteria"][:2] + [
        {
            "code": "digital",
            "title": "Tham gia chuyển đổi số ở khu dân cư",
            "levels": [
                {"code": "yes", "label": "Có tham gia"},
                {"code": "no", "label": "Chưa tham gia"},
            ],
        }
    ]
    folder = demo_store.form_dirs()[0]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reg213_form_v2.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    view = open_page(main_window).round_view
    assert demo_store.evaluations.open_round(2027) > 0
    view.year.setValue(2027)
    member = select(view, "requested")

    def fill_v2(dialog: Any) -> None:
        assert dialog.form.version == 2 and list(dialog.groups) == [
            "ethics",
            "civic_duty",
            "digital",
            "recommendation",
        ]
        assert [b.text() for b in dialog.groups["digital"].buttons()] == [
            "Có tham gia",
            "Chưa tham gia",
        ]
        choose_levels(dialog)
        press(dialog.ui.cell_signer, Qt.Key.Key_Return)  # warnings only: answered Yes

    run_modal(view.comment_selected, fill_v2)
    saved = demo_store.evaluations.get(member["evaluation_id"])
    assert saved["form_version"] == 2 and json.loads(saved["ratings"])["digital"] == "yes"
    old = demo_store.evaluations.query(year=2026, state="returned")[0]
    assert old["form_version"] == 1
    view.year.setValue(2026)
    view.select_resident(old["resident_id"])
    assert (
        "Tham gia sinh hoạt, hội họp" in view.detail.toPlainText()
    )  # old comments read with version 1


def test_a_party_member_in_the_book_brings_what_is_known(
    main_window: Any, demo_store: Any, message_boxes: Any
) -> None:
    """Issue 13 item 9: picking a person recorded as a party member fills the admission date and
    the village; the suggested party cell is selected, so typing replaces it."""
    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.residents)
    village = demo_store.villages.current()[1]
    member = demo_store.people.add(
        {
            "full_name": "Lường Văn Khiêm",
            "sex": "male",
            "birth_date": "1980",
            "village_id": village["id"],
            "party_member": 1,
            "party_admission_date": "2005-03-12",
        },
        accept_warnings=True,
    )
    seen: dict = {}

    def pick(dialog: Any) -> None:
        type_text(dialog.picker.search_edit, "luong van khiem")
        dialog.picker.search_now()
        dialog.picker.choose(0)
        ui = dialog.ui
        seen.update(
            village=ui.village_id.code(),
            admitted=ui.party_admission_date.value(),
            cell=ui.party_cell.text(),
            selected=ui.party_cell.selectedText(),
        )
        ui.party_cell.setFocus()
        type_text(ui.party_cell, "Chi bộ 3")
        seen["typed"] = ui.party_cell.text()
        press(ui.letter_number, Qt.Key.Key_Escape)

    run_modal(page.residents.add_record, pick)
    assert seen["village"] == village["id"] and seen["admitted"] == "2005-03-12"
    assert seen["cell"] == seen["selected"] == f"Chi bộ {village['name']}"
    assert seen["typed"] == "Chi bộ 3"
    assert member["id"]


def test_an_exempt_member_is_commented_when_needed(
    main_window: Any, demo_store: Any, message_boxes: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    page = open_page(main_window)
    page.tabs.setCurrentWidget(page.residents)
    residents = page.residents
    exempt = next(
        r
        for r in demo_store.residents.query()
        if r["category"].startswith("exempt_") and not r.get("left_date")
    )
    ordinary = next(r for r in demo_store.residents.query() if r["category"] == "ordinary")
    assert residents.select_id(ordinary["id"]) and not residents.needed_button.isEnabled()
    assert residents.select_id(exempt["id"]) and residents.needed_button.isEnabled()
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Khen thưởng", True))
    )
    filled: list[str] = []

    def fill(dialog: Any) -> None:
        filled.append(dialog.windowTitle())
        choose_levels(dialog)
        type_text(dialog.ui.meeting_date, "26/11/2026")
        replace_text(dialog.ui.cell_signer, "Hoàng Văn Sơn")
        replace_text(dialog.ui.front_signer, "Lý Thị Mai")
        press(dialog.ui.front_signer, Qt.Key.Key_Return)

    def request(dialog: Any) -> None:
        def next_modal(left: int = 300) -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or modal is dialog:
                if left:
                    QTimer.singleShot(10, lambda: next_modal(left - 1))
                return
            modal.activateWindow()
            fill(modal)

        QTimer.singleShot(0, next_modal)
        press(dialog.ui.date, Qt.Key.Key_Return)

    run_modal(residents.needed_button.click, request)
    assert filled and "khi cần (khen thưởng)" in filled[0]
    (done,) = demo_store.evaluations.when_needed(exempt["id"])
    assert done["purpose"] == "commendation" and done["state"] == "commented"
    assert done["cell_signer"] == "Hoàng Văn Sơn"
    residents.select_id(exempt["id"])
    assert "Nhận xét khi cần" in residents.detail.toPlainText()
    # Still outside the yearly round.
    assert all(
        m["status"] == "exempt"
        for g in demo_store.evaluations.checklist(2026)
        for m in g["members"]
        if m["id"] == exempt["id"]
    )
