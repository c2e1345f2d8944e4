"""Roll-ups by campaign and village against hand-computed totals; reporting periods; the Excel file."""

from datetime import date, timedelta

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.enums import INDICATORS
from desktop_app.core.errors import UserError
from desktop_app.exports.activities_xlsx import export_activities
from desktop_app.store import rollups
from desktop_app.store.rollups import period_of


@pytest.fixture
def world(store):
    """Three villages, campaigns of every kind, and activities on the period edges."""
    x, y = (store.villages.add({"name": n, "kind": "thon"}) for n in ("Nà Cạn", "Bản Pò"))
    gone = store.villages.add({"name": "Khuổi Phầy", "kind": "thon", "valid_to": "2024-06-30"})
    a = store.campaigns.add(
        {"name": "Vận động ủng hộ Quỹ “Vì người nghèo”", "kind": "national", "start_year": 2000}
    )
    b = store.campaigns.add({"name": "Quỹ khuyến học xã", "kind": "local", "start_year": 2018})
    store.campaigns.add(
        {
            "name": "Cuộc vận động đã kết thúc",
            "kind": "national",
            "start_year": 2010,
            "end_year": 2020,
        }
    )
    idle = store.campaigns.add(
        {"name": "Phong trào sáng - xanh - sạch - đẹp", "kind": "local", "start_year": 2021}
    )

    def act(campaign, day, villages, **values):
        return store.activities.add(
            {
                "campaign_id": campaign["id"],
                "date": day,
                "title": f"Hoạt động {day}",
                "village_ids": [v["id"] for v in villages],
                **values,
            }
        )

    act(a, "2025-12-15", [x, y], money_raised=1_000_000, participants=50)  # first day of 2026
    act(
        a, "2026-06-14", [x], money_raised=2_000_000, gifts=3, gifts_value=900_000
    )  # last day of half 1
    act(b, "2026-06-15", [y], scholarships=2, scholarships_value=2_000_000)  # first day of half 2
    act(b, "2026-12-14", [], participants=100)  # last day, whole commune
    act(a, "2026-12-15", [x], money_raised=7_000_000)  # already year 2027
    act(a, "2025-12-14", [x], money_raised=500_000)  # year 2025, half 2
    act(b, "2025-06-01", [y, x], houses_built=1, houses_cost=60_000_000)  # year 2025, half 1
    deleted = act(a, "2026-03-03", [x], money_raised=9_999_000)
    store.activities.delete(deleted["id"])
    return {"a": a, "b": b, "idle": idle, "x": x, "y": y, "gone": gone}


def rows(rollup_rows):
    return {r.label: r for r in rollup_rows}


def test_periods_follow_the_cut_off_settings():
    year = period_of(2026, None, "15/12", "14/06")
    assert (year.start, year.end) == (date(2025, 12, 15), date(2026, 12, 14))
    h1, h2 = period_of(2026, 1, "15/12", "14/06"), period_of(2026, 2, "15/12", "14/06")
    assert (h1.start, h1.end, h2.start, h2.end) == (
        date(2025, 12, 15),
        date(2026, 6, 14),
        date(2026, 6, 15),
        date(2026, 12, 14),
    )
    assert h1.name == "6 tháng đầu năm 2026" and "15/12/2025" in year.label
    calendar_year = period_of(2026, None, "01/01", "30/06")
    assert (calendar_year.start, calendar_year.end) == (date(2026, 1, 1), date(2026, 12, 31))
    leap = period_of(2027, None, "29/02", "31/08")
    assert (leap.start, leap.end) == (date(2027, 2, 28), date(2028, 2, 28))
    with pytest.raises(UserError, match="Mốc báo cáo 6 tháng"):
        period_of(2026, None, "01/07", "30/06")
    with pytest.raises(UserError):
        period_of(2026, 3, "15/12", "14/06")


day_months = st.tuples(st.integers(1, 31), st.integers(1, 12)).map(
    lambda t: f"{t[0]:02d}/{t[1]:02d}"
)


@given(year=st.integers(1990, 2100), year_start=day_months, half_end=day_months)
def test_periods_tile_the_timeline(year, year_start, half_end):
    try:
        this, following = (period_of(y, None, year_start, half_end) for y in (year, year + 1))
        h1, h2 = (period_of(year, h, year_start, half_end) for h in (1, 2))
    except UserError:
        assume(False)
    assert following.start == this.end + timedelta(days=1)
    assert h1.start == this.start and h2.end == this.end and h2.start == h1.end + timedelta(days=1)
    assert 360 <= (this.end - this.start).days <= 366


def test_year_rollup_by_campaign_against_hand_totals(store, world):
    r = rollups.rollup(store, 2026)
    by = rows(r.by_campaign)
    assert list(by) == [
        "Vận động ủng hộ Quỹ “Vì người nghèo”",
        "Phong trào sáng - xanh - sạch - đẹp",
        "Quỹ khuyến học xã",
    ]  # national first; the ended campaign left out
    a, b, idle = (
        by["Vận động ủng hộ Quỹ “Vì người nghèo”"],
        by["Quỹ khuyến học xã"],
        by["Phong trào sáng - xanh - sạch - đẹp"],
    )
    assert a.current == {
        **dict.fromkeys(rollups.MEASURES, 0),
        "activities": 2,
        "participants": 50,
        "money_raised": 3_000_000,
        "gifts": 3,
        "gifts_value": 900_000,
    }
    assert b.current["activities"] == 2 and b.current["participants"] == 100
    assert b.current["scholarships"] == 2 and b.current["scholarships_value"] == 2_000_000
    assert a.previous["activities"] == 1 and a.previous["money_raised"] == 500_000
    assert b.previous["houses_built"] == 1 and b.previous["houses_cost"] == 60_000_000
    assert idle.current == idle.previous == dict.fromkeys(rollups.MEASURES, 0)
    assert r.total.current["activities"] == 4 and r.total.current["money_raised"] == 3_000_000
    assert r.total.current["participants"] == 150 and r.total.previous["activities"] == 2


def test_year_rollup_by_village_counts_an_activity_for_each_village(store, world):
    r = rollups.rollup(store, 2026)
    by = rows(r.by_village)
    assert list(by) == [
        "Bản Pò",
        "Nà Cạn",
        rollups.WHOLE_COMMUNE,
    ]  # the village gone in 2024 left out
    assert (
        by["Nà Cạn"].current["activities"] == 2
        and by["Nà Cạn"].current["money_raised"] == 3_000_000
    )
    assert (
        by["Bản Pò"].current["activities"] == 2
        and by["Bản Pò"].current["money_raised"] == 1_000_000
    )
    assert by["Bản Pò"].current["scholarships_value"] == 2_000_000
    assert by[rollups.WHOLE_COMMUNE].current["activities"] == 1
    assert by[rollups.WHOLE_COMMUNE].current["participants"] == 100
    assert (
        sum(v.current["activities"] for v in r.by_village) == 5 > r.total.current["activities"] == 4
    )
    assert by["Nà Cạn"].previous["activities"] == 2 and by["Nà Cạn"].previous["houses_built"] == 1
    assert by["Bản Pò"].previous["activities"] == 1 and by["Bản Pò"].previous["money_raised"] == 0


def test_half_year_rollups_compare_with_the_same_half_a_year_before(store, world):
    h1, h2 = rollups.rollup(store, 2026, 1), rollups.rollup(store, 2026, 2)
    assert h1.total.current["activities"] == 2 and h1.total.current["money_raised"] == 3_000_000
    assert h1.total.previous["activities"] == 1 and h1.total.previous["houses_built"] == 1
    assert h2.total.current["activities"] == 2 and h2.total.current["money_raised"] == 0
    assert h2.total.previous["money_raised"] == 500_000
    assert rows(h2.by_campaign)["Quỹ khuyến học xã"].current["participants"] == 100
    totals = rollups.period_totals(store)  # 26/11/2026 lies in half 2 of 2026
    assert totals["period"] == h2.period and totals["current"] == h2.total.current
    store.settings.set_many({"year_start": "01/01", "half_year_end": "30/06"})
    calendar_year = rollups.rollup(store, 2026)
    assert calendar_year.total.current["activities"] == 4  # 14/06, 15/06, 14/12, 15/12 of 2026
    assert calendar_year.total.current["money_raised"] == 9_000_000


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(
        st.tuples(
            st.integers(0, 1),
            st.integers(0, 800),
            st.sets(st.integers(0, 2)),
            st.integers(0, 10**9),
            st.integers(0, 500),
        ),
        max_size=25,
    )
)
def test_rollups_match_a_plain_python_count(store, world, data):
    store.db.execute("delete from activities")
    campaigns, villages = [world["a"], world["b"]], [world["x"], world["y"], world["gone"]]
    start = date(2024, 10, 1)
    for c, offset, vs, money, people in data:
        store.activities.add(
            {
                "campaign_id": campaigns[c]["id"],
                "date": (start + timedelta(days=offset)).isoformat(),
                "title": "Hoạt động",
                "village_ids": [villages[v]["id"] for v in vs],
                "money_raised": money,
                "participants": people,
            }
        )
    r = rollups.rollup(store, 2026, 1)
    cur, prev = r.period, r.previous_period

    def expected(keep, p):
        chosen = [d for d in data if keep(d) and p.start <= start + timedelta(days=d[1]) <= p.end]
        return (len(chosen), sum(d[3] for d in chosen), sum(d[4] for d in chosen))

    def got(row, side):
        values = getattr(row, side)
        return (values["activities"], values["money_raised"], values["participants"])

    by_c = {row.key: row for row in r.by_campaign}
    for i, c in enumerate(campaigns):
        assert got(by_c[c["id"]], "current") == expected(lambda d, i=i: d[0] == i, cur)
        assert got(by_c[c["id"]], "previous") == expected(lambda d, i=i: d[0] == i, prev)
    by_v = {row.key: row for row in r.by_village}
    for i, v in enumerate(villages):
        want = expected(lambda d, i=i: i in d[2], cur), expected(lambda d, i=i: i in d[2], prev)
        if v["id"] in by_v:
            assert (got(by_v[v["id"]], "current"), got(by_v[v["id"]], "previous")) == want
        else:
            assert want == ((0, 0, 0), (0, 0, 0)) and v is world["gone"]
    whole = (expected(lambda d: not d[2], cur), expected(lambda d: not d[2], prev))
    if None in by_v:
        assert (got(by_v[None], "current"), got(by_v[None], "previous")) == whole
    else:
        assert whole == ((0, 0, 0), (0, 0, 0))
    assert got(r.total, "current") == expected(lambda d: True, cur)


def test_the_excel_file_reads_back(store, world, tmp_path):
    out = export_activities(store, 2026, None, tmp_path / "bao-cao.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [
        "Tổng hợp",
        "Theo cuộc vận động",
        "Theo khu dân cư",
        "Danh sách hoạt động",
    ]
    summary = wb["Tổng hợp"]
    assert summary["A1"].value == "ỦY BAN MTTQ VIỆT NAM XÃ HÒA CƯ"
    assert "Năm 2026 (từ 15/12/2025 đến 14/12/2026)" in summary["A4"].value
    assert [c.value for c in summary[6]] == [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kỳ này",
        "Cùng kỳ năm trước",
        "Tăng (+), giảm (−)",
        "So với cùng kỳ (%)",
    ]
    money = next(
        r for r in summary.iter_rows(min_row=7) if r[1].value == INDICATORS["money_raised"]
    )
    assert [c.value for c in money[3:7]] == [3_000_000, 500_000, 2_500_000, 600.0]
    assert money[3].number_format == "#,##0" and summary.column_dimensions["B"].width >= 30
    campaigns = wb["Theo cuộc vận động"]
    assert campaigns["D6"].value == "Số hoạt động" and campaigns["D7"].value == "Kỳ này"
    assert (
        campaigns["E7"].value == "Cùng kỳ" and campaigns["F6"].value == INDICATORS["participants"]
    )
    body = {r[1].value: r for r in campaigns.iter_rows(min_row=8) if r[1].value}
    assert body["Tổng cộng"][3].value == 4 and body["Tổng cộng"][4].value == 2
    assert body["Quỹ khuyến học xã"][2].value == "Của xã"
    villages = wb["Theo khu dân cư"]
    vbody = {r[1].value: r for r in villages.iter_rows(min_row=8) if r[1].value}
    assert (
        vbody["Nà Cạn"][3].value == 2
        and vbody["Tổng toàn xã (mỗi hoạt động tính một lần)"][3].value == 4
    )
    assert any(
        "được tính cho từng khu" in str(c.value)
        for row in villages.iter_rows()
        for c in row
        if c.value
    )
    listing = wb["Danh sách hoạt động"]
    dates = [r[1].value for r in listing.iter_rows(min_row=7) if r[0].value]
    assert dates == ["15/12/2025", "14/06/2026", "15/06/2026", "14/12/2026"]
    assert wb.properties.title.startswith("BÁO CÁO")


def test_excel_export_refuses_a_wrong_name(store, world, tmp_path):
    with pytest.raises(UserError, match=".xlsx"):
        export_activities(store, 2026, None, tmp_path / "bao-cao.xls")
    assert not list(tmp_path.glob("*.xls*"))


def test_activity_counts_per_campaign(store, world):
    counts = rollups.activity_counts(store)
    assert counts == {world["a"]["id"]: 4, world["b"]["id"]: 3}  # the deleted one is not counted
