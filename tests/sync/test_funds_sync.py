"""Funds, gradings and commendations travel in the bundle and add up per commune at the upper level."""

from __future__ import annotations

from datetime import date

from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import import_bundle
from tests.sync.conftest import copies_equal


def test_the_new_registers_round_trip_and_consolidate(upper, make_commune, stick):
    a = make_commune("06280", people=60, seed=1)
    b = make_commune("06281", people=60, seed=2)
    for store in (a, b):
        assert store.fund_entries.count() > 0 and store.gradings.count() > 0
        import_bundle(upper, export_bundle(store, stick).path, enrol=True)
        assert copies_equal(upper, store)
    year = date.today().year
    start, end = f"{year - 1}-01-01", f"{year}-12-31"
    totals = {
        (r["commune_code"], r["fund_key"]): r
        for r in upper.fund_entries.totals_by_commune(start, end)
    }
    for store in (a, b):
        code = store.owner_code()
        fund = store.funds.require_key("vi-nguoi-ngheo")
        period = store.fund_entries.period(fund["id"], start, end)
        row = totals[(code, "vi-nguoi-ngheo")]
        assert (row["received"], row["spent"], row["balance"]) == (
            period.received,
            period.spent,
            period.closing,
        )
        ranks = {
            r["rank"]: r["villages"]
            for r in upper.gradings.ranks_by_commune(year - 1)
            if r["commune_code"] == code
        }
        assert sum(ranks.values()) == len(store.villages.query())
    # a commune's grading is kept as sent, whatever criteria the upper office has
    row = upper.gradings.query(year - 1, commune_code="06281")[0]
    sent = b.gradings.get(row["id"])
    assert (row["total"], row["rank"]) == (sent["total"], sent["rank"])
    # an edit travels incrementally
    entry = a.fund_entries.query(direction="receipt")[0]
    a.fund_entries.update(entry["id"], {"amount": entry["amount"] + 100_000})
    import_bundle(upper, export_bundle(a, stick).path)
    assert copies_equal(upper, a)


def test_the_upper_levels_funds_and_grading_summary(upper, make_commune, stick, tmp_path):
    import pdfplumber

    from desktop_app.reports.forms import Choices, form
    from desktop_app.reports.funds_summary import commune_figures

    a = make_commune("06280", people=60, seed=1)
    b = make_commune("06281", people=60, seed=2)
    for store in (a, b):
        import_bundle(upper, export_bundle(store, stick).path, enrol=True)
    year = date.today().year - 1
    rows = {r["code"]: r for r in commune_figures(upper, year)}
    for store in (a, b):
        fund = store.funds.require_key("vi-nguoi-ngheo")
        period = store.fund_entries.period(fund["id"], f"{year}-01-01", f"{year}-12-31")
        row = rows[store.owner_code()]
        assert (row["received"], row["spent"], row["balance"]) == (
            period.received,
            period.spent,
            period.closing,
        )
        assert sum(row[k] for k in ("xuat_sac", "tot", "kha", "trung_binh", "yeu", "other")) == len(
            store.gradings.query(year)
        )
    out = form("funds").build(upper, Choices(year=year)).run(tmp_path / "funds.pdf", False)
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    total = rows["06280"]["received"] + rows["06281"]["received"]
    assert "Tổng cộng" in text and f"{total:,}".replace(",", ".") in text
    assert a.office()["commune_name"] in text and b.office()["commune_name"] in text
