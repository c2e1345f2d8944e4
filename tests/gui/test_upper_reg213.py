"""The Regulation-213 page at an upper-level office that imported three demo communes, driven as
its officer would: whose each member is, the commune filter (checked against SQL counts), the
round's progress per commune, nothing offered that changes a commune's record — and at a commune
office none of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidgetItemIterator

from desktop_app.core import text
from desktop_app.store.db import Store
from tests.gui import upper_fixtures
from tests.gui.keyboard import press
from tests.gui.sync_fixtures import _no_thread_left, handled, upper_window, when_shown  # noqa: F401
from tests.gui.upper_fixtures import choose_commune, names_of, rows, shown, sql_count

_upper_template, upper_store, window = (
    upper_fixtures._upper_template,
    upper_fixtures.upper_store,
    upper_fixtures.window,
)

TITLE = "Đảng viên nơi cư trú"
YEAR = 2026


def round_view(window: Any) -> Any:
    page = window.open_page(TITLE)
    page.tabs.setCurrentWidget(page.round_view)
    return page.round_view


def residents(window: Any) -> Any:
    page = window.open_page(TITLE)
    page.tabs.setCurrentWidget(page.residents)
    return page.residents


def members(view: Any) -> list[tuple[dict, Any]]:
    found, items = [], QTreeWidgetItemIterator(view.tree)
    while (item := items.value()) is not None:
        if item.data(0, Qt.ItemDataRole.UserRole):
            found.append((item.data(0, Qt.ItemDataRole.UserRole), item))
        items += 1
    return found


def resident_count(store: Store, code: str | None = None) -> int:
    return sql_count(
        store,
        "residents",
        " and left_date is null" + (" and commune_code = ?" if code else ""),
        [code] if code else [],
    )


def test_the_residents_list_shows_each_members_commune_and_narrows_to_one(
    window: Any, upper_store: Store
) -> None:
    listing = residents(window)
    names = names_of(upper_store)
    assert listing.model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
    assert listing.model.total() == resident_count(upper_store)
    assert shown(listing, 0) == [names[r["commune_code"]] for r in rows(listing)]
    for code, name in names.items():
        choose_commune(listing, name)
        assert (
            listing.model.total() == resident_count(upper_store, code) < resident_count(upper_store)
        )
        assert {r["commune_code"] for r in rows(listing)} == {code}
        villages = [
            listing.village_filter.itemData(i) for i in range(1, listing.village_filter.count())
        ]
        assert sorted(villages) == sorted(
            v["id"] for v in upper_store.villages.query(commune_code=code)
        )


def test_nothing_of_a_communes_member_can_be_changed_from_the_list(
    window: Any, upper_store: Store
) -> None:
    listing = residents(window)
    listing.state_filter.set_code("introduced")  # those the register button would act on
    assert (
        listing.model.total()
        == sql_count(upper_store, "residents", " and registered_date is null and left_date is null")
        > 0
    )
    listing.select_row(0)
    record = listing.selected_record()
    name = names_of(upper_store)[record["commune_code"]]
    tip = f"Bản ghi của xã {name} — cấp trên chỉ xem, không sửa, không xóa."
    assert not listing.add_button.isVisible()
    for button in (listing.register_button, listing.edit_button, listing.delete_button):
        assert not button.isEnabled() and button.toolTip() == tip
    listing.mark_registered()
    assert upper_store.residents.get(record["id"])["registered_date"] is None
    assert window.statusBar().currentMessage() == tip


def test_the_round_shows_progress_per_commune_then_village(window: Any, upper_store: Store) -> None:
    view = round_view(window)
    names = names_of(upper_store)
    by_commune = upper_store.evaluations.round_progress_by_commune(YEAR)
    heads = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert heads == [
        f"Xã {names[c]} — {by_commune[c]['returned']}/{by_commune[c]['due']} đã gửi về, "
        f"{by_commune[c]['overdue']} quá hạn" + heads[i][heads[i].index(" · ") :]
        for i, c in enumerate(sorted(by_commune, key=lambda c: text.sort_key(names[c])))
    ]
    listed = members(view)
    assert len(listed) == sum(len(g["members"]) for g in upper_store.evaluations.checklist(YEAR))
    assert all(item.text(4) == names[m["commune_code"]] for m, item in listed)
    assert view.tree.headerItem().text(4) == "Xã" and view.tree.header().visualIndex(4) == 1
    assert (
        f"<b>{upper_store.evaluations.round_progress(YEAR)['due']}</b> đảng viên"
        in view.progress.text()
    )
    code, name = sorted(names.items())[1]
    choose_commune(view, name)
    own = upper_store.evaluations.checklist(YEAR, commune_code=code)
    assert view.tree.topLevelItemCount() == len(own)  # one commune: its villages at the top
    assert {m["commune_code"] for m, _item in members(view)} == {code}
    assert len(members(view)) == sql_count(
        upper_store,
        "residents r",
        f" and r.commune_code = ? and r.id in ({','.join('?' * len(members(view)))})",
        [code, *(m["id"] for m, _i in members(view))],
    )
    assert f"(xã {name})" in view.progress.text()
    assert f"<b>{by_commune[code]['due']}</b> đảng viên" in view.progress.text()


def test_the_round_offers_nothing_that_changes_a_communes_comment(
    window: Any, qtbot: Any, upper_store: Store, message_boxes: Any
) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = round_view(window)
    assert not view.open_button.isEnabled() and "cấp trên chỉ xem" in view.open_button.toolTip()
    before = upper_store.conn.execute("select max(rev) from evaluations").fetchone()[0]
    for status in ("requested", "commented", "confirmed", "unregistered"):
        member, item = next((m, i) for m, i in members(view) if m["status"] == status)
        view.tree.setCurrentItem(item)
        name = names_of(upper_store)[member["commune_code"]]
        for button in (
            view.comment_button,
            view.confirm_button,
            view.return_button,
            view.register_button,
        ):
            assert not button.isEnabled()
            assert (
                button.toolTip()
                == f"Bản ghi của xã {name} — cấp trên chỉ xem, không sửa, không xóa."
            )
        assert f"Xã <b>{name}</b>" in view.detail.toHtml() or name in view.detail.toPlainText()
        dialogs = when_shown(QDialog, lambda d: d.reject())
        view.tree.setFocus()
        press(view.tree, Qt.Key.Key_Return)
        view.confirm_selected()
        view.return_selected()
        view.register_selected()
        view.open_round()
        qtbot.wait(60)
        assert handled(dialogs) == [] and message_boxes.shown == []
    assert upper_store.conn.execute("select max(rev) from evaluations").fetchone()[0] == before
    assert "cấp trên chỉ xem" in window.statusBar().currentMessage()


def test_a_commune_office_sees_no_commune_on_the_213_page(
    main_window: Any, demo_store: Store
) -> None:
    page = main_window.open_page(TITLE)
    view = page.round_view
    assert view.tree.columnCount() == 4 and not hasattr(view, "commune_filter")
    assert view.open_button.isEnabled()
    assert view.tree.topLevelItemCount() == len(demo_store.evaluations.checklist(YEAR))
    page.tabs.setCurrentWidget(page.residents)
    listing = page.residents
    headers = [
        listing.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(listing.model.columnCount())
    ]
    assert (
        "Xã" not in headers
        and listing.commune_filter is None
        and listing.add_button.isVisibleTo(listing)
    )
    listing.state_filter.set_code("introduced")
    listing.select_row(0)
    assert listing.register_button.isEnabled() and listing.edit_button.isEnabled()


def test_the_round_of_every_commune_is_read_once_a_reload(
    window: Any, upper_store: Store, monkeypatch: Any
) -> None:
    """The progress line, the communes' headings and the list share one reading of the round
    (a province: 12,000 members), and show what three readings showed."""
    view = round_view(window)
    before = (view.progress.text(), [m["id"] for m, _i in members(view)])
    heads = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    reads = []
    checklist = upper_store.evaluations.checklist
    monkeypatch.setattr(
        upper_store.evaluations,
        "checklist",
        lambda *a, **k: reads.append((a, k)) or checklist(*a, **k),
    )
    view.reload()
    assert len(reads) == 1
    assert (view.progress.text(), [m["id"] for m, _i in members(view)]) == before
    assert [
        view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())
    ] == heads


def test_every_heading_spans_the_columns_once_the_round_is_filled(window: Any) -> None:
    """Headings are spanned after the tree is filled (one layout, not one per heading)."""
    view = round_view(window)
    headings, items = [], QTreeWidgetItemIterator(view.tree)
    while (item := items.value()) is not None:
        if not item.data(0, Qt.ItemDataRole.UserRole):
            headings.append(item)
        items += 1
    assert len(headings) > view.tree.topLevelItemCount() > 1  # communes, then their villages
    assert all(item.isFirstColumnSpanned() for item in headings)
