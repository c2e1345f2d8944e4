"""`somattran list petitions | supervisions | recommendations [--year Y] [--status S]`."""

import json
import sqlite3

import pytest

from desktop_app.cli import main


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("voice")
    assert (
        main(["--data-dir", str(d), "demo", "--people", "300", "--villages", "5", "--seed", "4"])
        == 0
    )
    return d


def listed(capsys, d, *args):
    assert main(["--data-dir", str(d), "list", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_by_status_and_year_matches_sql(capsys, demo_dir):
    conn = sqlite3.connect(str(demo_dir / "somattran.db"))
    for status in ("received", "forwarded", "answered", "resolved"):
        rows = listed(capsys, demo_dir, "petitions", "--status", status)
        n = conn.execute(
            "select count(*) from petitions where status = ? and deleted_at is null", [status]
        ).fetchone()[0]
        assert len(rows) == n and {r["status"] for r in rows} <= {status}
    overdue = listed(capsys, demo_dir, "petitions", "--status", "overdue")
    assert overdue and all(
        r["overdue"] and r["status"] in ("received", "forwarded") for r in overdue
    )
    year = overdue[0]["received_date"][:4]
    rows = listed(capsys, demo_dir, "petitions", "--year", year)
    assert rows and all(r["received_date"].startswith(year) for r in rows)
    assert len(listed(capsys, demo_dir, "supervisions", "--status", "done")) == 2
    recs = listed(capsys, demo_dir, "recommendations", "--status", "unanswered")
    assert recs and all(r["reply_date"] is None for r in recs)


def test_table_shows_vietnamese_labels_and_bad_status_is_a_user_error(capsys, demo_dir):
    assert main(["--data-dir", str(demo_dir), "list", "recommendations"]) == 0
    out = capsys.readouterr().out
    assert "Cơ quan trả lời" in out and "Đã giải quyết xong" in out
    assert main(["--data-dir", str(demo_dir), "list", "petitions", "--status", "lost"]) == 1
    assert "Không có trạng thái" in capsys.readouterr().err
    assert main(["--data-dir", str(demo_dir), "list", "people", "--status", "done"]) == 1
    assert "--status chỉ dùng" in capsys.readouterr().err
