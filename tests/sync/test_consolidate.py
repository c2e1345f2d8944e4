"""The upper level's consolidated view: per commune, and every register with a commune column."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.core import enums
from desktop_app.sync import consolidate
from desktop_app.sync.errors import NotSetUp
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle


@pytest.fixture
def two(upper, make_commune, stick):
    a = make_commune("06280", people=60, seed=1)
    b = make_commune("06281", people=60, seed=2)
    for store in (a, b):
        import_bundle(upper, export_bundle(store, stick).path, enrol=True)
    return a, b


def test_commune_statuses_and_overdue(upper, two):
    rows = consolidate.commune_statuses(upper)
    assert [r.commune_code for r in rows] == ["06280", "06281"]
    assert all(r.last_sequence == 1 and not r.overdue and r.active_keys == 1 for r in rows)
    later = date.today() + timedelta(days=upper.settings.get("bundle_overdue_days") + 1)
    assert all(r.overdue for r in consolidate.commune_statuses(upper, later))


def test_register_across_communes(upper, two):
    a, b = two
    rows = consolidate.register_across(upper, "people")
    assert len(rows) == a.people.count() + b.people.count()
    names = {r["commune_code"]: r["commune_name"] for r in rows}
    assert names == {"06280": a.office()["commune_name"], "06281": b.office()["commune_name"]}
    only_b = consolidate.register_across(upper, "people", "06281")
    assert {r["id"] for r in only_b} == {p["id"] for p in b.people.all()}


def test_campaign_totals_match_each_commune(upper, two):
    year = date.today().year
    totals = consolidate.campaign_totals(upper, year)
    for store in two:
        code = store.office()["commune_code"]
        mine = [r for r in totals if r["commune_code"] == code]
        activities = [a for a in store.activities.all() if a["date"].startswith(str(year))]
        assert sum(r["activities"] for r in mine) == len(activities)
        assert sum(r["money_raised"] for r in mine) == sum(
            a["money_raised"] or 0 for a in activities
        )
        assert set(enums.INDICATORS) <= set(mine[0]) if mine else True


def test_reg213_progress_per_commune(upper, two):
    year = date.today().year
    for row in consolidate.reg213_progress(upper, year):
        store = next(s for s in two if s.office()["commune_code"] == row["commune_code"])
        ordinary = [
            r for r in store.residents.all() if r["category"] == "ordinary" and not r["left_date"]
        ]
        assert row["due"] == len(ordinary)
        assert row["not_started"] + sum(row[s] for s in enums.EVALUATION_STATES) >= row["due"]


def test_import_history(upper, two):
    history = consolidate.import_history(upper)
    assert len(history) == 2 and history[0]["counts"]["people"]["new"] > 0


def test_only_at_the_upper_level(commune):
    with pytest.raises(NotSetUp):
        consolidate.commune_statuses(commune)
