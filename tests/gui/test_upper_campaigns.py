"""The campaigns page at an upper-level office that imported three demo communes, driven as its
officer would: whose each activity and campaign is, the commune filter (checked against SQL
counts), national campaigns listed once, the roll-ups narrowed to a commune or grouped by
commune, the Excel export of the chosen commune, nothing offered to change — and at a commune
office none of it."""

from __future__ import annotations

from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from desktop_app.core import text
from desktop_app.store import rollups
from desktop_app.store.db import Store
from tests.gui import upper_fixtures
from tests.gui.sync_fixtures import _no_thread_left, upper_window  # noqa: F401 - fixtures, by name
from tests.gui.upper_fixtures import choose_commune, names_of, rows, shown, sql_count

_upper_template, upper_store, window = (
    upper_fixtures._upper_template,
    upper_fixtures.upper_store,
    upper_fixtures.window,
)

TITLE = "Cuộc vận động & hoạt động"
YEAR = 2026


def campaigns_page(window: Any) -> Any:
    page = window.open_page(TITLE)
    assert page.activities.model.rowCount() > 0
    return page


def in_year(store: Store, where: str = "", params: list | None = None) -> int:
    p = rollups.period(store, YEAR)
    return sql_count(
        store,
        "activities a",
        f" and a.date between ? and ?{where}",
        [p.start.isoformat(), p.end.isoformat(), *(params or [])],
    )


def test_activities_show_their_commune_and_narrow_to_one(window: Any, upper_store: Store) -> None:
    listing = campaigns_page(window).activities
    names = names_of(upper_store)
    assert listing.model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
    assert listing.model.total() == in_year(upper_store)
    assert shown(listing, 0) == [names[r["commune_code"]] for r in rows(listing)]
    assert set(shown(listing, 0)) == set(names.values())
    for code, name in names.items():
        choose_commune(listing, name)
        assert (
            listing.model.total()
            == in_year(upper_store, " and a.commune_code = ?", [code])
            < in_year(upper_store)
        )
        assert {r["commune_code"] for r in rows(listing)} == {code}
        villages = [
            listing.village_filter.itemData(i) for i in range(1, listing.village_filter.count())
        ]
        assert sorted(villages) == sorted(
            v["id"] for v in upper_store.villages.query(commune_code=code)
        )
    listing.commune_filter.setCurrentIndex(0)
    assert listing.model.total() == in_year(upper_store)


def test_a_national_campaign_is_one_choice_for_every_communes_copy(
    window: Any, upper_store: Store
) -> None:
    listing = campaigns_page(window).activities
    combo = listing.campaign_filter
    labels = [combo.itemText(i) for i in range(1, combo.count())]
    fund = [
        i
        for i in range(1, combo.count())
        if combo.itemText(i) == "Vận động ủng hộ Quỹ “Vì người nghèo”"
    ]
    assert len(fund) == 1
    combo.setCurrentIndex(fund[0])
    expected = in_year(
        upper_store,
        " and a.campaign_id in (select id from campaigns where code = ?)",
        ["fund_for_the_poor"],
    )
    assert listing.model.total() == expected > 0
    assert len({r["commune_code"] for r in rows(listing)}) == 3
    names = names_of(upper_store)
    own = [label for label in labels if label.startswith("Quỹ khuyến học xã")]
    assert sorted(own) == sorted(f"Quỹ khuyến học xã ({n})" for n in names.values())


def test_nothing_is_offered_to_change_at_the_upper_level(
    window: Any, upper_store: Store, message_boxes: Any
) -> None:
    page = campaigns_page(window)
    listing = page.activities
    listing.select_row(0)
    name = names_of(upper_store)[listing.selected_record()["commune_code"]]
    assert not listing.add_button.isVisible()
    for button in (listing.edit_button, listing.delete_button):
        assert not button.isEnabled()
        assert (
            button.toolTip() == f"Bản ghi của xã {name} — cấp trên chỉ xem, không sửa, không xóa."
        )
    before = sql_count(upper_store, "activities")
    listing.edit_selected()
    listing.delete_selected()
    assert message_boxes.shown == [] and sql_count(upper_store, "activities") == before
    catalogue = page.campaigns
    page.tabs.setCurrentWidget(catalogue)
    assert not catalogue.add_button.isVisible() and not catalogue.national_button.isVisible()
    for i in range(len(rows(catalogue))):
        catalogue.select_row(i)
        assert (
            not catalogue.edit_button.isEnabled()
            and "cấp trên chỉ xem" in catalogue.edit_button.toolTip()
        )


def test_the_catalogue_lists_national_campaigns_once_and_each_communes_own(
    window: Any, upper_store: Store
) -> None:
    page = campaigns_page(window)
    catalogue = page.campaigns
    page.tabs.setCurrentWidget(catalogue)
    names = names_of(upper_store)
    national = upper_store.conn.execute(
        "select count(distinct code) from campaigns where kind = 'national' and deleted_at is null"
    ).fetchone()[0]
    local = sql_count(upper_store, "campaigns", " and kind = 'local'")
    assert catalogue.model.total() == national + local
    communes = shown(catalogue, 0)
    assert communes.count("Toàn quốc") == national
    assert sorted(c for c in communes if c != "Toàn quốc") == sorted(
        names[code]
        for (code,) in upper_store.conn.execute(
            "select commune_code from campaigns where kind = 'local' and deleted_at is null"
        )
    )
    counts = [c.key for c in catalogue.model.columns].index("count")
    assert sum(int(n) for n in shown(catalogue, counts)) == sql_count(upper_store, "activities")
    code, name = sorted(names.items())[1]
    choose_commune(catalogue, name)
    assert catalogue.model.total() == sql_count(
        upper_store, "campaigns", " and commune_code = ?", [code]
    )
    assert sum(int(n) for n in shown(catalogue, counts)) == sql_count(
        upper_store, "activities", " and commune_code = ?", [code]
    )


def test_rollups_of_one_commune_or_of_every_commune_grouped(
    window: Any, upper_store: Store
) -> None:
    page = campaigns_page(window)
    page.tabs.setCurrentWidget(page.rollup)
    view = page.rollup
    assert not view.loaded  # every commune's roll-up is computed in a thread
    view.load_now()
    assert view.loaded
    names = names_of(upper_store)

    def total() -> dict:
        return view.model.record(view.model.rowCount() - 1)

    assert total()["current"]["activities"] == in_year(upper_store)
    campaign_labels = [
        r["name"] for r in (view.model.record(i) for i in range(view.model.rowCount() - 1))
    ]
    assert len(campaign_labels) == len(
        set(campaign_labels)
    )  # national once, a commune's own named with it
    assert sum(
        label.startswith(tuple(f"{n} — " for n in names.values())) for label in campaign_labels
    ) == sql_count(upper_store, "campaigns", " and kind = 'local'")
    view.breakdown.setCurrentIndex(view.breakdown.findText("Theo xã"))
    per_commune = {
        view.model.record(i)["name"]: view.model.record(i)["current"]["activities"]
        for i in range(view.model.rowCount() - 1)
    }
    assert per_commune == {
        names[c]: in_year(upper_store, " and a.commune_code = ?", [c]) for c in names
    }
    assert list(per_commune) == sorted(names.values(), key=text.sort_key)
    view.breakdown.setCurrentIndex(view.breakdown.findData("village"))
    villages = [view.model.record(i)["name"] for i in range(view.model.rowCount() - 1)]
    assert all(any(v.startswith(f"{n} — ") for n in names.values()) for v in villages)
    assert "theo từng xã" in view.note.text() and total()["name"].startswith("Tổng các xã")
    code, name = sorted(names.items())[2]
    choose_commune(view, name)
    assert total()["current"]["activities"] == in_year(
        upper_store, " and a.commune_code = ?", [code]
    )
    ids = {v["id"] for v in upper_store.villages.query(commune_code=code)}
    assert all(view.model.record(i)["id"] in ids for i in range(view.model.rowCount() - 1))
    assert total()["name"].startswith("Tổng toàn xã")


def test_the_excel_export_takes_the_chosen_commune(
    window: Any, qtbot: Any, upper_store: Store, message_boxes: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    page = campaigns_page(window)
    page.tabs.setCurrentWidget(page.rollup)
    view = page.rollup
    code, name = sorted(names_of(upper_store).items())[0]
    choose_commune(view, name)
    assert code in view.suggested_path().name
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a, **_k: (str(tmp_path / "mot-xa.xlsx"), "Tệp Excel (*.xlsx)")),
    )
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("information")), timeout=20000)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=5000)
    wb = openpyxl.load_workbook(tmp_path / "mot-xa.xlsx")
    assert wb["Tổng hợp"]["D7"].value == in_year(upper_store, " and a.commune_code = ?", [code])
    assert name.upper() in wb["Tổng hợp"]["A1"].value


def test_a_commune_office_sees_no_commune_on_the_campaigns_page(
    main_window: Any, demo_store: Store
) -> None:
    page = main_window.open_page(TITLE)
    for listing in (page.activities, page.campaigns):
        headers = [
            listing.model.headerData(i, Qt.Orientation.Horizontal)
            for i in range(listing.model.columnCount())
        ]
        assert "Xã" not in headers and listing.commune_filter is None
        assert listing.add_button.isVisibleTo(listing)
    assert page.campaigns.national_button.isVisibleTo(page.campaigns)
    assert page.rollup.commune_filter is None and page.rollup.breakdown.count() == 2
    assert not [c for c in page.findChildren(QComboBox) if c.accessibleName() == "Lọc theo xã"]
    page.activities.select_row(0)
    assert page.activities.edit_button.isEnabled()
    assert page.activities.campaign_filter.count() - 1 == len(demo_store.campaigns.query())


def test_a_commune_chosen_while_every_commune_is_summed_keeps_its_own_rollup(
    window: Any, qtbot: Any, upper_store: Store
) -> None:
    """The province's roll-up is summed in a thread; choosing a commune meanwhile shows that
    commune's at once, and the province's, when it comes, does not replace it."""
    page = campaigns_page(window)
    page.tabs.setCurrentWidget(page.rollup)
    view = page.rollup
    code, name = sorted(names_of(upper_store).items())[1]
    choose_commune(view, name)
    assert view.loaded
    one = in_year(upper_store, " and a.commune_code = ?", [code])
    total = view.model.record(view.model.rowCount() - 1)
    assert total["current"]["activities"] == one
    qtbot.waitUntil(lambda: view._background.thread is None, timeout=20000)
    total = view.model.record(view.model.rowCount() - 1)
    assert total["current"]["activities"] == one and view.commune_code() == code
