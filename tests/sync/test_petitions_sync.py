"""The people's voice travels upward: a commune's petitions, supervisions, recommendations and
criticisms arrive whole at the upper level, whose per-commune counts (received, answered,
overdue) equal each commune's own, in the printed consolidated table too."""

from __future__ import annotations

import re

import pdfplumber

from desktop_app import paths
from desktop_app.cli import main
from desktop_app.reports.petitions_summary import commune_counts
from desktop_app.store.db import open_store
from desktop_app.store.petitions import counts_by
from tests.conftest import TODAY, open_copy
from tests.reports.upper_store import COMMUNES, SILENT, build_upper

TABLES = ("petitions", "supervisions", "recommendations", "criticisms")


def test_round_trip_carries_the_registers_and_the_upper_counts_match(tmp_path, capsys):
    template = build_upper(tmp_path / "build", TODAY)
    upper = open_copy(template, paths.database_path(tmp_path / "upper"), TODAY)
    try:
        year = TODAY.year
        at_upper = {code: counts for code, _, counts in commune_counts(upper, year)}
        assert at_upper[SILENT[0]] == {"total": 0, "answered": 0, "unanswered": 0, "overdue": 0}
        for code, _ in COMMUNES:
            commune = open_store(tmp_path / "build" / code / "somattran.db")
            commune.today = lambda: TODAY
            try:
                for table in TABLES:
                    sent = {r["id"]: r for r in commune.query(f"select * from {table}")}
                    got = {
                        r["id"]: r
                        for r in upper.query(
                            f"select * from {table} where commune_code = ?", [code]
                        )
                    }
                    assert sent and got == sent  # every record, exactly as sent
                own = counts_by(commune, "p.commune_code", f"{year}-01-01", f"{year}-12-31")[code]
                for key in ("total", "answered", "unanswered", "overdue"):
                    assert at_upper[code][key] == own[key]
                assert own["total"] > 0 and own["overdue"] > 0
            finally:
                commune.close()
    finally:
        upper.close()
    out = tmp_path / "th.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path / "upper"),
                "print",
                "consolidated",
                "--report",
                "petitions",
                "--year",
                str(year),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    capsys.readouterr()
    with pdfplumber.open(out) as pdf:
        table = pdf.pages[0].extract_tables()[0]
    total_row = next(r for r in table if r[1] == "Tổng cộng")
    printed = [int(re.sub(r"\D", "", c)) for c in total_row[2:]]
    assert printed == [
        sum(c[k] for c in at_upper.values()) for k in ("total", "answered", "unanswered", "overdue")
    ]
