"""Campaigns, activities, roll-ups and Regulation-213 members at an upper-level office that
imported three demo communes: each narrowed to one commune in SQL, national campaigns (every
commune keeps its own copy) counted once, the round's figures per commune, and no round opened
for another office's members."""

from __future__ import annotations

import pytest

from desktop_app.core import text
from desktop_app.store import rollups
from desktop_app.store.db import Store
from tests.store.test_communes import COMMUNES, bundle_names, sql_count

CODES = [code for code, _people in COMMUNES]
YEAR = 2026


def in_period(store: Store, code: str | None = None) -> int:
    p = rollups.period(store, YEAR)
    sql = "select count(*) from activities where deleted_at is null and date between ? and ?"
    params = [p.start.isoformat(), p.end.isoformat()]
    if code:
        sql += " and commune_code = ?"
        params.append(code)
    return store.conn.execute(sql, params).fetchone()[0]


def test_activities_narrow_to_one_commune_and_a_national_campaign_spans_every_copy(
    upper: Store,
) -> None:
    total = 0
    for code in CODES:
        rows = upper.activities.query(commune_code=code)
        assert len(rows) == sql_count(upper, "activities", code) > 0
        assert {r["commune_code"] for r in rows} == {code}
        total += len(rows)
    assert total == len(upper.activities.query())
    copies = upper.conn.execute(
        "select id from campaigns where code = 'fund_for_the_poor' and deleted_at is null"
    ).fetchall()
    assert len(copies) == len(CODES)  # each commune loaded the national catalogue itself
    spanning = upper.activities.query(campaign_code="fund_for_the_poor")
    assert len(spanning) == sum(len(upper.activities.query(campaign_id=c)) for (c,) in copies)
    assert {r["commune_code"] for r in spanning} == set(CODES)
    one = upper.activities.query(
        campaign_code="fund_for_the_poor", commune_code=CODES[1], search="ngheo"
    )
    assert one and all(r["commune_code"] == CODES[1] and "ngheo" in r["name_fold"] for r in one)


def test_the_catalogue_lists_a_national_campaign_once_and_each_communes_own_with_its_commune(
    upper: Store,
) -> None:
    rows = upper.campaigns.catalogue()
    national = [r for r in rows if r["kind"] == "national"]
    codes = [r["code"] for r in national]
    assert (
        len(codes)
        == len(set(codes))
        == upper.conn.execute(
            "select count(distinct code) from campaigns where kind = 'national' and deleted_at is null"
        ).fetchone()[0]
    )
    assert all(r["commune_code"] is None and r["communes"] == len(CODES) for r in national)
    for r in national:
        assert r["activity_count"] == len(upper.activities.query(campaign_code=r["code"]))
    local = [r for r in rows if r["kind"] == "local"]
    assert (
        len(local)
        == upper.conn.execute(
            "select count(*) from campaigns where kind = 'local' and deleted_at is null"
        ).fetchone()[0]
    )
    assert {r["commune_code"] for r in local} == set(CODES)
    assert sum(r["activity_count"] for r in rows) == upper.activities.count()
    assert rows.index(national[-1]) < rows.index(
        local[0]
    )  # national first, as in a commune's catalogue
    code = CODES[2]
    own = upper.campaigns.catalogue(commune_code=code)
    assert len(own) == sql_count(upper, "campaigns", code)
    assert sum(r["activity_count"] for r in own) == sql_count(upper, "activities", code)
    assert (
        upper.campaigns.catalogue(search="khuyen hoc", commune_code=code)[0]["commune_code"] == code
    )


def test_a_commune_office_catalogue_is_its_query(demo: Store) -> None:
    assert [r["id"] for r in demo.campaigns.catalogue()] == [
        r["id"] for r in demo.campaigns.query()
    ]
    counts = rollups.activity_counts(demo)
    assert all(r["activity_count"] == counts.get(r["id"], 0) for r in demo.campaigns.catalogue())


def test_rollups_narrow_to_a_commune_and_count_every_activity_once_over_all(upper: Store) -> None:
    whole = rollups.rollup(upper, YEAR)
    assert whole.total.current["activities"] == in_period(upper)
    names = [r.label for r in whole.by_campaign if r.kind == "national"]
    assert len(names) == len(
        set(names)
    )  # one row per national campaign, not one per commune's copy
    assert {r.commune_code for r in whole.by_campaign if r.kind == "local"} == set(CODES)
    parts = 0
    for code in CODES:
        one = rollups.rollup(upper, YEAR, commune_code=code)
        assert one.total.current["activities"] == in_period(upper, code)
        parts += one.total.current["money_raised"]
        villages = [r for r in one.by_village if r.key]
        assert {r.commune_code for r in one.by_village} == {code}
        assert {r.key for r in villages} <= {
            v["id"] for v in upper.villages.query(commune_code=code)
        }
        assert rollups.activity_counts(upper, code) == dict(
            upper.conn.execute(
                "select campaign_id, count(*) from activities where deleted_at is null and commune_code = ?"
                " group by campaign_id",
                [code],
            ).fetchall()
        )
    assert parts == whole.total.current["money_raised"]
    p = rollups.period(upper, YEAR)
    per_commune = rollups.by_commune(upper, p, rollups.previous_period(upper, p))
    assert {r.key: r.current["activities"] for r in per_commune} == {
        c: in_period(upper, c) for c in CODES
    }


def test_rows_of_several_communes_are_grouped_and_labelled_by_commune_name(upper: Store) -> None:
    names = bundle_names(upper)
    p = rollups.period(upper, YEAR)
    for code in CODES:  # one activity of each commune held for the whole commune, no village named
        upper.conn.execute(
            "update activities set village_ids = '[]' where id = (select id from activities"
            " where commune_code = ? and date between ? and ? limit 1)",
            [code, p.start.isoformat(), p.end.isoformat()],
        )
    rows = rollups.by_commune_name(rollups.rollup(upper, YEAR).by_village, names)
    order = [r.commune_code for r in rows]
    expected = sorted(CODES, key=lambda c: text.sort_key(names[c]))
    assert list(dict.fromkeys(order)) == expected
    assert all(r.label.startswith(f"{names[r.commune_code]} — ") for r in rows)
    whole = [r for r in rows if r.key is None]
    assert len(whole) == len(CODES) and all(r.label.endswith(rollups.WHOLE_COMMUNE) for r in whole)


def test_residents_and_the_round_narrow_to_one_commune(upper: Store) -> None:
    for code in CODES:
        rows = upper.residents.query(commune_code=code, include_left=True)
        assert len(rows) == sql_count(upper, "residents", code) > 0
        groups = upper.evaluations.checklist(YEAR, commune_code=code)
        assert groups and {g["commune_code"] for g in groups} == {code}
        assert {m["commune_code"] for g in groups for m in g["members"]} == {code}
    everyone = upper.evaluations.checklist(YEAR)
    assert [g["commune_code"] for g in everyone] == sorted(g["commune_code"] for g in everyone)
    by_commune = upper.evaluations.round_progress_by_commune(YEAR)
    total = upper.evaluations.round_progress(YEAR)
    assert set(by_commune) == set(CODES)
    for key in ("due", "returned", "overdue", "exempt", "unregistered"):
        assert sum(p[key] for p in by_commune.values()) == total[key]
    assert by_commune[CODES[0]] == upper.evaluations.round_progress(YEAR, commune_code=CODES[0])


@pytest.mark.parametrize("year", [YEAR, YEAR + 1])
def test_the_upper_level_opens_no_round_for_the_communes_members(upper: Store, year: int) -> None:
    before = upper.conn.execute("select count(*) from evaluations").fetchone()[0]
    assert upper.evaluations.round_preview(year) == 0
    assert upper.evaluations.open_round(year) == 0
    assert upper.conn.execute("select count(*) from evaluations").fetchone()[0] == before


def test_the_excel_export_takes_the_chosen_commune(upper: Store, tmp_path) -> None:
    from openpyxl import load_workbook

    from desktop_app.exports.activities_xlsx import export_activities

    names = bundle_names(upper)
    code = CODES[1]
    wb = load_workbook(
        export_activities(upper, YEAR, None, tmp_path / "mot-xa.xlsx", commune_code=code)
    )
    assert wb["Tổng hợp"]["D7"].value == in_period(upper, code) < in_period(upper)
    assert wb["Tổng hợp"]["A1"].value.endswith(f"XÃ {names[code]}".upper())
    assert wb["Danh sách hoạt động"].max_row - 6 == in_period(upper, code)
    every = load_workbook(export_activities(upper, YEAR, None, tmp_path / "moi-xa.xlsx"))
    assert every["Tổng hợp"]["D7"].value == in_period(upper)
    labels = [c.value for c in every["Theo khu dân cư"]["B"][7:] if c.value]
    assert labels and all(
        any(label.startswith(f"{n} — ") for n in names.values()) for label in labels[:-1]
    )
