"""The pages "Ý kiến, kiến nghị" and "Giám sát & phản biện" driven as an officer would: filters,
the add dialog, forwarding, the reply, grouping, printing; the overview lists overdue replies."""

from __future__ import annotations

import pdfplumber

from desktop_app.gui.petitions_page import FollowUpDialog, PetitionDialog


def test_filters_follow_up_and_the_database(qtbot, main_window, demo_store):
    page = main_window.open_page("petitions")
    total = page.model.total()
    assert total == demo_store.petitions.count()
    page.overdue.setChecked(True)
    overdue = demo_store.petitions.query(overdue=True)
    assert page.model.total() == len(overdue) > 0
    page.overdue.setChecked(False)
    page.status.set_code("received")
    assert page.model.total() == len(demo_store.petitions.query(status="received"))
    page.status.set_code(None)
    village = demo_store.villages.query()[0]
    page.village.set_code(village["id"])
    assert page.model.total() == len(demo_store.petitions.query(village_id=village["id"]))
    page.village.set_code(None)
    page.field.set_code("land")
    assert {page.model.record(r)["field"] for r in range(page.model.rowCount())} == {"land"}
    page.field.set_code(None)

    # forward a petition just received, then record the reply: the database follows
    fresh = demo_store.petitions.add(
        {"received_date": "2026-11-20", "channel": "box", "content": "Gop y thu rac"}
    )
    page.reload(select_id=fresh["id"])
    dialog = FollowUpDialog(demo_store, page.selected_record(), page, step="forward")
    qtbot.addWidget(dialog)
    dialog.ui.agency.setText("UBND xa")
    dialog.ui.date.setText("21/11/2026")
    dialog.ui.doc.setText("40/CV-MTTQ")
    dialog.accept()
    row = demo_store.petitions.get(fresh["id"])
    assert (
        row["status"] == "forwarded"
        and row["forwarded_doc"] == "40/CV-MTTQ"
        and row["due_date"] == "2026-12-06"
    )
    dialog = FollowUpDialog(demo_store, row, page, step="reply")
    qtbot.addWidget(dialog)
    assert not dialog.ui.agency.isVisibleTo(dialog) and dialog.ui.made_public.isVisibleTo(dialog)
    dialog.ui.date.setText("25/11/2026")
    dialog.ui.content.setPlainText("Da bo tri xe thu gom")
    dialog.ui.made_public.setChecked(True)
    dialog.accept()
    row = demo_store.petitions.get(fresh["id"])
    assert (row["status"], row["reply_date"], row["made_public"]) == ("answered", "2026-11-25", 1)


def test_reply_before_the_petition_is_refused(qtbot, main_window, demo_store, message_boxes):
    page = main_window.open_page("petitions")
    fresh = demo_store.petitions.add(
        {
            "received_date": "2026-11-20",
            "channel": "direct",
            "content": "Xin den duong",
            "agency": "UBND xa",
            "forwarded_date": "2026-11-21",
        }
    )
    dialog = FollowUpDialog(demo_store, fresh, page, step="reply")
    qtbot.addWidget(dialog)
    dialog.ui.date.setText("01/11/2026")
    dialog.accept()
    assert demo_store.petitions.get(fresh["id"])["reply_date"] is None and dialog.result() == 0


def test_add_group_and_print_from_the_page(qtbot, main_window, demo_store, tmp_path):
    page = main_window.open_page("petitions")
    dialog = PetitionDialog(demo_store, None, page)
    qtbot.addWidget(dialog)
    village = demo_store.villages.query()[0]
    dialog.ui.received_date.setText("24/11/2026")
    dialog.ui.channel.set_code("voter_after")
    dialog.ui.village.set_code(village["id"])
    dialog.ui.content.setPlainText("De nghi sua cau tran")
    dialog.ui.field.set_code("infrastructure")
    dialog.accept()
    first = dialog.saved
    assert first and first["village_id"] == village["id"] and first["status"] == "received"
    second = demo_store.petitions.add(
        {
            "received_date": "2026-11-25",
            "channel": "voter_after",
            "village_id": demo_store.villages.query()[1]["id"],
            "content": "Cau tran hong",
        }
    )
    page.reload()
    from PySide6.QtCore import QItemSelectionModel

    selection = page.table.selectionModel()
    selection.clear()
    for rid in (first["id"], second["id"]):
        index = page.model.index(page.model.row_of(rid), 0)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    group = page.group_selected("Cu tri de nghi sua cau tran")
    assert group and {m["id"] for m in demo_store.petitions.members(group["id"])} == {
        first["id"],
        second["id"],
    }
    assert page.selected_record()["id"] == group["id"]
    page.setProperty("no_open", True)
    out = page.print_form("report", tmp_path / "bc.pdf")
    with pdfplumber.open(out) as pdf:
        assert "TỔNG HỢP Ý KIẾN" in (pdf.pages[0].extract_text() or "").upper()


def test_supervision_page_recommendations_and_the_overview(
    qtbot, main_window, demo_store, tmp_path
):
    page = main_window.open_page("supervision")
    tab = page.supervisions
    assert tab.model.total() == demo_store.supervisions.count()
    s = next(r for r in demo_store.supervisions.query() if r["recommendation_count"] == 3)
    page.open_record("supervisions", s["id"])
    assert tab.selected_record()["id"] == s["id"] and "Kiến nghị" in tab.detail.toPlainText()
    tab.setProperty("no_open", True)
    out = tab.print_report(tmp_path / "gs.pdf")
    with pdfplumber.open(out) as pdf:
        assert "KẾT QUẢ GIÁM SÁT" in (pdf.pages[0].extract_text() or "").upper()
    late = demo_store.recommendations.query(overdue=True)[0]
    page.open_record("recommendations", late["id"])
    recs = page.recommendations
    assert page.tabs.currentWidget() is recs and recs.selected_record()["id"] == late["id"]
    dialog = FollowUpDialog(demo_store, late, recs, step="reply", table="recommendations")
    qtbot.addWidget(dialog)
    assert not dialog.ui.made_public.isVisibleTo(dialog)
    dialog.ui.date.setText("26/11/2026")
    dialog.accept()
    assert demo_store.recommendations.get(late["id"])["status"] == "answered"
    # the overview's attention list: replies overdue, each opening its record
    from desktop_app.gui.overview_page import attention_items

    items = [i for i in attention_items(demo_store) if i.group == "Kiến nghị quá hạn trả lời"]
    expected = len(demo_store.petitions.overdue()) + len(
        demo_store.recommendations.query(overdue=True)
    )
    assert len(items) == expected > 0
    petition = next(i for i in items if i.table == "petitions")
    assert main_window.show_record(petition.table, petition.record_id)
    assert main_window.current_page().selected_record()["id"] == petition.record_id


def test_supervision_recommendation_and_criticism_dialogs_write_the_store(
    qtbot, main_window, demo_store, message_boxes
):
    from desktop_app.gui.supervision_page import (
        CriticismDialog,
        RecommendationDialog,
        SupervisionDialog,
    )

    page = main_window.open_page("supervision")
    people = demo_store.people.query()[:2]
    board = demo_store.bodies.query(kind="inspection_board")[0]
    dialog = SupervisionDialog(demo_store, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.subject.setPlainText("Viec cap giay chung nhan dat")
    dialog.ui.kind.set_code("inspection_board")
    dialog.ui.body.set_code(board["id"])
    dialog.ui.team.setText(", ".join(p["full_name"] for p in people))
    dialog.ui.start_date.setText("02/11/2026")
    dialog.accept()
    s = dialog.saved
    assert (
        s
        and s["form"] == "inspection_board"
        and s["body_id"] == board["id"]
        and s["status"] == "planned"
    )
    assert [p["id"] for p in demo_store.supervisions.team(s)] == [p["id"] for p in people]

    page.supervisions.reload(select_id=s["id"])
    dialog = RecommendationDialog(demo_store, None, page, supervision_id=s["id"])
    qtbot.addWidget(dialog)
    dialog.ui.content.setPlainText("Cong khai ho so cap giay")
    dialog.accept()  # no agency: refused, nothing written
    assert dialog.saved is None and demo_store.recommendations.for_supervision(s["id"]) == []
    assert any("cơ quan" in t for t in message_boxes.texts())
    dialog.ui.agency.setText("UBND xa")
    dialog.accept()
    rec = dialog.saved
    assert rec and rec["supervision_id"] == s["id"] and rec["due_date"]  # due from the setting

    dialog = CriticismDialog(demo_store, None, page)
    qtbot.addWidget(dialog)
    dialog.ui.draft.setPlainText("Du thao quy che dan chu")
    dialog.ui.conference_date.setText("20/11/2026")
    dialog.ui.participants.setValue(30)
    dialog.accept()
    assert dialog.saved and dialog.saved["participants"] == 30
    page.tabs.setCurrentIndex(2)
    assert page.criticisms.model.total() == demo_store.criticisms.count()
