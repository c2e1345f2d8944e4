"""The activities report against hand-computed totals, and the list of people with filters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.reports.activity_report import print_activity_report
from desktop_app.reports.people_list import print_people


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def activities(store):
    store.settings.set_many({"signer_name": "Hoàng Văn Lợi", "place_name": "Hòa Cư"})
    store.campaigns.load_national()
    poor = store.campaigns.by_code("fund_for_the_poor")
    a = store.villages.add({"name": "Nà Cạn", "kind": "thon"})
    b = store.villages.add({"name": "Bản Pò", "kind": "thon"})

    def add(day, villages, **values):
        store.activities.add(
            {
                "campaign_id": poor["id"],
                "date": day,
                "village_ids": [v["id"] for v in villages],
                "title": "Vận động ủng hộ Quỹ “Vì người nghèo”",
                **values,
            },
            accept_warnings=True,
        )

    add(
        "2026-02-10", [a], money_raised=2_000_000, participants=100, gifts=10, gifts_value=3_000_000
    )
    add("2026-05-01", [a, b], money_raised=1_500_000, participants=50)
    add("2025-03-01", [a], money_raised=1_000_000, participants=80)
    add("2026-08-01", [b], houses_built=1, houses_cost=60_000_000)  # the second half: not in half 1
    return {"store": store, "poor": poor}


def test_half_year_report_against_hand_totals(activities, tmp_path: Path, pdfcheck) -> None:
    store = activities["store"]
    out = print_activity_report(store, 2026, tmp_path / "bc.pdf", half=1)
    text = flat(pdfcheck.official(out))
    for expected in (
        "Số: 01/BC-MTTQ-BTT",
        "Hòa Cư, ngày 26 tháng 11 năm 2026",
        "BÁO CÁO",
        "Kết quả thực hiện các cuộc vận động 6 tháng đầu năm 2026",
        "(từ 15/12/2025 đến 14/06/2026)",
        "I. KẾT QUẢ CHUNG",
        "tổ chức 2 hoạt động với 150 lượt người tham gia",
        "vận động được 3.500.000 đồng (cùng kỳ năm trước 1.000.000 đồng, bằng 350%)",
        "trao 10 suất quà trị giá 3.000.000 đồng",
        "xây mới 0 nhà",
        "Số tiền vận động đồng 3.500.000 1.000.000 350",
        "Số hoạt động hoạt động 2 1 200",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 01/BC-MTTQ-BTT ngày 26/11/2026",
        "Vận động ủng hộ Quỹ “Vì người nghèo”",
        "Tổng cộng Kỳ này 2 150 3.500.000",
        "2 Nà Cạn Kỳ này 2 150 3.500.000 0 0 0 10 3.000.000",
        "Cùng kỳ 1 80 1.000.000",
        "1 Bản Pò Kỳ này 1 50 1.500.000",
        "Nơi nhận:",
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn (b/c)",
        "Hoàng Văn Lợi",
    ):
        assert expected in text, expected
    assert pdfcheck.assert_a4(out)[0] == "portrait" and pdfcheck.assert_a4(out)[-1] == "landscape"


def test_year_report_takes_the_next_number_and_a_reprint_keeps_it(
    activities, tmp_path: Path, pdfcheck
) -> None:
    store = activities["store"]
    first = flat(pdfcheck.text(print_activity_report(store, 2026, tmp_path / "h1.pdf", half=1)))
    year = flat(pdfcheck.official(print_activity_report(store, 2026, tmp_path / "y.pdf")))
    store.today = lambda: date(2027, 1, 5)
    again = flat(pdfcheck.text(print_activity_report(store, 2026, tmp_path / "h1b.pdf", half=1)))
    assert "Số: 01/BC-MTTQ-BTT" in first and "Số: 02/BC-MTTQ-BTT" in year
    assert "Số: 01/BC-MTTQ-BTT" in again and "ngày 26 tháng 11 năm 2026" in again
    assert "Năm 2026 (từ 15/12/2025 đến 14/12/2026)".lower() in year.lower()
    assert "xây mới 1 nhà" in year and "kinh phí 60.000.000 đồng" in year
    assert len(store.documents.all()) == 2


def test_a_period_with_nothing_still_prints_its_tables(store, tmp_path: Path, pdfcheck) -> None:
    text = flat(
        pdfcheck.official(print_activity_report(store, 2026, tmp_path / "empty.pdf", half=2))
    )
    assert "tổ chức 0 hoạt động" in text and "Số tiền vận động đồng 0 0 -" in text
    assert "....." in text or "…" in text  # no signer name set: a dotted line


def test_people_list_follows_the_people_page_filters(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    everyone = flat(pdfcheck.official(print_people(store, tmp_path / "all.pdf")))
    for name in ("Lò Văn Lợi", "Nông Thị Mai", "Triệu Văn Hùng", "Đặng Văn An"):
        assert name in everyone
    assert "Danh sách gồm 5 người (nữ: 2; dân tộc thiểu số: 4; đảng viên: 0)." in everyone
    assert pdfcheck.assert_a4(tmp_path / "all.pdf") == ["landscape"]
    village = flat(
        pdfcheck.official(
            print_people(store, tmp_path / "v.pdf", village_id=commune["villages"]["khoi"]["id"])
        )
    )
    assert (
        "Đặng Văn An" in village
        and "Lò Văn Lợi" not in village
        and "(khu dân cư: Khối phố 1)" in village
    )
    found = flat(pdfcheck.official(print_people(store, tmp_path / "s.pdf", search="lo van")))
    assert "Lò Văn Lợi" in found and "Nông Thị Mai" not in found and "tìm theo: “lo van”" in found
    nobody = flat(
        pdfcheck.official(print_people(store, tmp_path / "n.pdf", search="không ai có tên này"))
    )
    assert "Không có người nào khớp điều kiện lọc." in nobody
