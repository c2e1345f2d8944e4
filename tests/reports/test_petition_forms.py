"""The petition and supervision forms read back with pdfplumber: the report's counts by field
equal SQL counts, the forwarding letter lists its recommendations, the plan and the report of a
supervision with its recommendations; the command line writes them."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from desktop_app.cli import main
from desktop_app.reports.petitions_report import print_forwarding_letter, print_petitions_report
from desktop_app.reports.supervision_forms import print_supervision_plan, print_supervision_report
from desktop_app.store import refdata


def read(path) -> tuple[str, list[list[list[str]]]]:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        tables = [t for page in pdf.pages for t in page.extract_tables()]
    return text, tables


def sql_counts(store, date_from, date_to):
    """Recommendations (a group once, an opinion not grouped once) by field: total, answered, overdue."""
    rows = store.conn.execute(
        "select field, count(*), sum(status in ('answered', 'resolved')),"
        " sum(status in ('received', 'forwarded') and due_date < ?) from petitions"
        " where deleted_at is null and grouped_into is null and received_date between ? and ? group by field",
        [store.today().isoformat(), date_from, date_to],
    ).fetchall()
    return {f: (n, a, o) for f, n, a, o in rows}


def test_the_report_counts_by_field_equal_sql_and_read_back(demo, tmp_path):
    year = demo.today().year
    start, end = f"{year - 1}-01-01", f"{year}-12-31"
    expected = sql_counts(demo, start, end)
    assert len(expected) >= 3
    out = print_petitions_report(demo, start, end, tmp_path / "bc.pdf")
    text, tables = read(out)
    assert "TỔNG HỢP Ý KIẾN" in text.upper() and "Số: 01/BC-MTTQ-BTT" in text
    names = refdata.petition_fields()
    counts_table = next(t for t in tables if t[0][1] == "Lĩnh vực")
    got = {}
    for row in counts_table[1:]:
        cells = [c.replace("\n", " ") if c else "" for c in row]
        got[cells[1]] = tuple(
            int(c.replace(".", "")) for c in (cells[2], cells[3], cells[4], cells[5])
        )
    for field, (n, answered, overdue) in expected.items():
        assert got[names[field]] == (n, answered, n - answered, overdue)
    total = sum(n for n, _, _ in expected.values())
    assert got["Tổng cộng"][0] == total
    # a group names every village it came from
    group = demo.petitions.query(date_from=start, date_to=end, top_level=True)
    group = next(g for g in group if g["is_group"])
    cells = [re.sub(r"\s+", " ", c or "") for t in tables for r in t for c in r]
    assert any(f"({group['member_count']} ý kiến của" in c for c in cells)
    # a reprint keeps its number
    again = print_petitions_report(demo, start, end, tmp_path / "bc2.pdf")
    assert "Số: 01/BC-MTTQ-BTT" in read(again)[0]


def test_the_forwarding_letter_lists_its_recommendations(demo, tmp_path):
    rows = [
        r
        for r in demo.petitions.query(top_level=True)
        if r["agency"] == "UBND xã" and r["forwarded_date"]
    ][:3]
    out = print_forwarding_letter(demo, [r["id"] for r in rows], tmp_path / "cv.pdf")
    text, tables = read(out)
    assert "Kính gửi: UBND xã" in text and "Số: 01/MTTQ-BTT" in text and "V/v chuyển ý kiến" in text
    assert len(tables[0]) == 1 + len(rows)
    other = next(
        r for r in demo.petitions.query(top_level=True) if r["agency"] and r["agency"] != "UBND xã"
    )
    with pytest.raises(Exception, match="một cơ quan"):
        print_forwarding_letter(demo, [rows[0]["id"], other["id"]], tmp_path / "x.pdf")


def test_the_supervision_plan_and_report_with_its_recommendations(demo, tmp_path):
    year = demo.today().year
    text, tables = read(print_supervision_plan(demo, year, tmp_path / "kh.pdf"))
    assert "KẾ HOẠCH" in text and f"Giám sát năm {year}" in text
    assert (
        len(tables[0])
        == 1
        + demo.conn.execute("select count(*) from supervisions where year = ?", [year]).fetchone()[
            0
        ]
    )
    s = next(r for r in demo.supervisions.query(year=year) if r["recommendation_count"] == 3)
    text, tables = read(print_supervision_report(demo, s["id"], tmp_path / "gs.pdf"))
    flat = re.sub(r"\s+", " ", text)
    assert (
        "đã kiến nghị 3 nội dung; đã được trả lời 2, chưa được trả lời 1, trong đó quá hạn 1"
        in flat
    )
    recs = [r for t in tables for r in t if r and r[0] and r[0].isdigit()]
    assert len(recs) == 3 and "quá hạn" in recs[2][4]


def test_print_commands(demo, tmp_path, capsys):
    demo.close()
    data = tmp_path
    assert (data / "demo.db").exists()
    (data / "demo.db").rename(data / "somattran.db")
    for leftover in data.glob("demo.db-*"):
        leftover.unlink()
    out = tmp_path / "bc.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                "petitions-report",
                "--from",
                "01/01/2026",
                "--to",
                "31/12/2026",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == str(out) and out.exists()
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                "petitions-report",
                "--from",
                "2026",
                "--to",
                "31/12/2026",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "Từ ngày" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "print",
                "supervision-report",
                "--id",
                "nope",
                "--out",
                str(tmp_path / "gs.pdf"),
            ]
        )
        == 1
    )
    assert "Không tìm thấy cuộc giám sát" in capsys.readouterr().err
