"""Rosters and recognition decisions, read back from the PDF."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.errors import UserError
from desktop_app.reports import roster
from desktop_app.reports.decision import print_decision
from desktop_app.reports.markup import DOTS
from desktop_app.reports.page import build_pdf, new_form, text_width
from desktop_app.reports.roster import print_body_roster, print_register_roster

from .conftest import LONG_NAME, words_in_column

ROSTER_HEADINGS = (
    "DANH SÁCH",
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Nam",
    "Nữ",
    "Dân tộc",
    "Chức danh",
    "Đại diện",
)


def flat(text: str) -> str:
    """The text with line breaks as spaces: a wrapped cell reads as one."""
    return " ".join(text.split())


def test_body_roster_lists_every_member_with_year_split_by_sex(
    commune, tmp_path: Path, pdfcheck
) -> None:
    out = print_body_roster(commune["store"], commune["committee"]["id"], tmp_path / "ds.pdf")
    text = pdfcheck.official(out)
    for heading in ROSTER_HEADINGS:
        assert heading in text
    assert "Ban công tác Mặt trận bản Nà Pàn, nhiệm kỳ 2024–2029" in text
    for line in (
        "1 Lò Văn Lợi 1968 Tày Trưởng ban Chi bộ",
        "2 Nông Thị Mai 1975 Dao Phó trưởng ban",
        "3 Triệu Văn Hùng 1982 Nùng Ủy viên Đại diện nhân dân",
    ):
        assert line in text, line
    assert LONG_NAME in flat(text)  # wrapped inside its cell, not cut
    assert "Danh sách gồm 4 người (nữ: 2; dân tộc thiểu số: 4)." in text
    assert "TM. BAN THƯỜNG TRỰC" in text and "CHỦ TỊCH" in text and "Hoàng Văn Lợi" in text
    assert words_in_column(out, "Nữ") >= {"1975", "1990"}
    assert words_in_column(out, "Nam") >= {"1968", "1982"}
    assert not words_in_column(out, "Nữ") & {"1968", "1982"}


def test_empty_body_prints_a_roster_that_says_so(commune, tmp_path: Path, pdfcheck) -> None:
    text = pdfcheck.official(
        print_body_roster(commune["store"], commune["empty"]["id"], tmp_path / "e.pdf")
    )
    assert "Ban chưa có thành viên." in text and "Họ và tên" in text


def test_register_roster_has_each_current_body_and_filters_by_village(
    commune, tmp_path: Path, pdfcheck
) -> None:
    store = commune["store"]
    text = pdfcheck.official(print_register_roster(store, "committees", tmp_path / "all.pdf"))
    assert "Ban công tác Mặt trận các khu dân cư" in text
    assert "Ban công tác Mặt trận bản Nà Pàn, nhiệm kỳ 2024–2029" in text
    assert "Ban công tác Mặt trận Khối phố 1, nhiệm kỳ 2024–2029" in text
    assert "Tổng cộng 2 ban, 4 lượt thành viên." in text
    one = pdfcheck.official(
        print_register_roster(
            store, "committees", tmp_path / "one.pdf", village_id=commune["villages"]["khoi"]["id"]
        )
    )
    assert "Khối phố 1" in one and "Nà Pàn" not in one
    boards = pdfcheck.official(
        print_register_roster(store, "inspection-boards", tmp_path / "tt.pdf")
    )
    assert "Ban thanh tra nhân dân xã Hòa Cư" in flat(boards) and "Đại diện khu dân cư" in flat(
        boards
    )
    assert (
        "(Kèm theo Quyết định số 08/QĐ-MTTQ-BTT ngày 10/03/2025 của Ban Thường trực Ủy ban MTTQ"
        in flat(boards)
    )
    assert "Đặng Văn An 1959 Kinh Trưởng ban Khối phố 1" in flat(boards)
    with pytest.raises(UserError, match="committees"):
        print_register_roster(store, "villages", tmp_path / "x.pdf")


def test_a_past_term_lists_the_members_of_its_last_day(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    committee = commune["committee"]
    members = store.bodies.members(committee["id"])
    store.bodies.start_new_term(
        committee["id"], "2029–2034", "2029-09-01", None, [members[0]["id"]]
    )
    text = pdfcheck.official(print_body_roster(store, committee["id"], tmp_path / "old.pdf"))
    for name in ("Lò Văn Lợi", "Nông Thị Mai", "Triệu Văn Hùng"):
        assert name in text


def test_decomposed_text_in_the_database_is_printed_composed(
    commune, tmp_path: Path, pdfcheck
) -> None:
    store = commune["store"]
    person = commune["people"]["hung"]
    with store.transaction():  # bypass the store's own normalisation, as an imported file might
        store.db["people"].update(
            person["id"], {"full_name": unicodedata.normalize("NFD", "Triệu Văn Hưởng")}
        )
    text = pdfcheck.official(
        print_body_roster(store, commune["committee"]["id"], tmp_path / "nfd.pdf")
    )
    assert "Triệu Văn Hưởng" in text
    assert unicodedata.normalize("NFD", "Hưởng") not in text


def test_missing_signer_name_prints_a_dotted_line(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    store.settings.set("signer_name", "")
    text = pdfcheck.official(
        print_body_roster(store, commune["committee"]["id"], tmp_path / "s.pdf")
    )
    assert DOTS in text and "Hoàng Văn Lợi" not in text


def test_two_thousand_line_roster_keeps_its_header_and_rows(tmp_path: Path, pdfcheck) -> None:
    members = [
        {
            "full_name": f"Lò Văn Người Số {n}",
            "sex": "male" if n % 3 else "female",
            "birth_date": str(1940 + n % 60),
            "ethnicity_code": "02",
            "role": "member",
            "branch": "resident",
        }
        for n in range(1, 2001)
    ]
    width = text_width()
    started = time.perf_counter()
    out = build_pdf(
        tmp_path / "big.pdf",
        new_form(first=True) + [roster.roster_table(members, "village_committee", width)],
    )
    elapsed = time.perf_counter() - started
    pages = pdfcheck.pages(out)
    pdfcheck.official(out, sample=(1, 2, 40, len(pages)))
    assert len(pages) > 40
    assert [page.count("Họ và tên") for page in pages] == [1] * len(pages)  # once, on every page
    text = flat("\n".join(pages))
    for n in (1, 999, 2000):
        assert f"{n} Lò Văn Người Số {n} " in text
    assert elapsed < 10  # the budget is 5 s on the bench machine; generous here


def test_decision_of_a_village_committee(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    out = print_decision(store, commune["committee"]["id"], tmp_path / "qd.pdf")
    text = pdfcheck.official(out)
    body = flat(text)
    for expected in (
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ HÒA CƯ",
        "BAN THƯỜNG TRỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 01/QĐ-MTTQ-BTT",
        "Hòa Cư, ngày 26 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Về việc công nhận Ban công tác Mặt trận bản Nà Pàn, nhiệm kỳ 2024–2029",
        "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ HÒA CƯ",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
        "Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 ngày 09 tháng 6 năm 2015, được sửa "
        "đổi, bổ sung bởi Luật số 97/2025/QH15 ngày 27 tháng 6 năm 2025;",
        "Xét đề nghị của Trưởng Ban công tác Mặt trận bản Nà Pàn.",
        "QUYẾT ĐỊNH:",
        "Điều 1. Công nhận Ban công tác Mặt trận bản Nà Pàn, nhiệm kỳ 2024–2029, gồm 4 ông (bà)",
        "ông Lò Văn Lợi làm Trưởng ban",
        "bà Nông Thị Mai làm Phó trưởng ban",
        "Điều 2.",
        "Điều 3.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Hoàng Văn Lợi",
        "(Kèm theo Quyết định số 01/QĐ-MTTQ-BTT ngày 26/11/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Cư)",
        "Lò Văn Lợi",
        "Nông Thị Mai",
        "Triệu Văn Hùng",
        LONG_NAME,
    ):
        assert expected in body, expected
    assert "Căn cứ kết quả hội nghị khu dân cư bản Nà Pàn" in body
    # A village committee rests on the Front's law and charter, not the grassroots-democracy law.
    assert "Thực hiện dân chủ" not in body


def test_decision_numbers_follow_the_register_and_a_reprint_keeps_its_number(
    commune, tmp_path: Path, pdfcheck
) -> None:
    store = commune["store"]
    first = pdfcheck.text(print_decision(store, commune["committee"]["id"], tmp_path / "a.pdf"))
    second = pdfcheck.text(print_decision(store, commune["supervision"]["id"], tmp_path / "b.pdf"))
    store.today = lambda: __import__("datetime").date(2026, 12, 3)
    again = pdfcheck.text(print_decision(store, commune["committee"]["id"], tmp_path / "c.pdf"))
    assert "Số: 01/QĐ-MTTQ-BTT" in first and "Số: 02/QĐ-MTTQ-BTT" in second
    assert "Số: 01/QĐ-MTTQ-BTT" in again and "ngày 26 tháng 11 năm 2026" in again
    numbers = sorted((d["doc_type"], d["number"]) for d in store.documents.all())
    assert numbers == [("QD", 1), ("QD", 2)]
    assert (
        "Về việc thành lập Ban giám sát đầu tư của cộng đồng công trình Đường bê tông nội bản Nà Pàn"
        in flat(second)
    )
    assert "Nghị định số 29/2021/NĐ-CP" in flat(second)


def test_a_recorded_decision_is_reprinted_with_its_own_number(
    commune, tmp_path: Path, pdfcheck
) -> None:
    store = commune["store"]
    text = flat(
        pdfcheck.official(print_decision(store, commune["inspection"]["id"], tmp_path / "tt.pdf"))
    )
    assert "Số: 08/QĐ-MTTQ-BTT" in text and "Hòa Cư, ngày 10 tháng 3 năm 2025" in text
    assert "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023" in text
    assert store.documents.all() == []


def test_a_preview_reserves_no_number(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    text = pdfcheck.text(
        print_decision(store, commune["committee"]["id"], tmp_path / "p.pdf", reserve_number=False)
    )
    assert "Số: ....../QĐ-MTTQ-BTT" in text
    assert store.documents.all() == []


def test_decisions_that_would_be_wrong_are_refused_in_vietnamese(commune, tmp_path: Path) -> None:
    store = commune["store"]
    with pytest.raises(UserError, match="chưa có thành viên"):
        print_decision(store, commune["empty"]["id"], tmp_path / "x.pdf")
    with pytest.raises(UserError, match="cấp trên"):
        print_decision(store, commune["front"]["id"], tmp_path / "y.pdf")
    with pytest.raises(UserError, match="Không tìm thấy ban"):
        print_decision(store, "no-such-body", tmp_path / "z.pdf")
    assert not list(tmp_path.glob("*.pdf")) and store.documents.all() == []


def test_an_office_not_set_up_cannot_print(tmp_path: Path) -> None:
    from desktop_app.store.db import open_store

    bare = open_store(tmp_path / "bare.db")
    try:
        with pytest.raises(UserError, match="đơn vị"):
            print_register_roster(bare, "committees", tmp_path / "x.pdf")
    finally:
        bare.close()
