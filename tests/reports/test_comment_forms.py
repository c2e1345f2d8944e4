"""Regulation-213 comment forms (filled, blank, many with progress and cancel) and the due list."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from desktop_app.core.errors import UserError
from desktop_app.reports.comment_round import print_comment_forms
from desktop_app.reports.due_list import print_due_list
from desktop_app.reports.page import PrintCancelled
from desktop_app.store.refdata import comment_form

RATINGS = {
    "ethics": "good",
    "civic_duty": "fair",
    "meetings": "good",
    "liaison": "poor",
    "movements": "fair",
}


def flat(text: str) -> str:
    return " ".join(text.split())


def member(store, village, name, sex="male", category="ordinary", registered="2025-03-10"):
    return store.residents.add_with_person(
        {
            "full_name": name,
            "sex": sex,
            "birth_date": "1985-05-05",
            "party_admission_date": "2010-05-19",
        },
        {
            "village_id": village["id"],
            "party_cell": f"Chi bộ {village['name']}",
            "letter_number": "15-GGT/ĐU",
            "letter_date": "2025-03-01",
            "letter_issuer": "Đảng ủy Sở Tài chính",
            "workplace": "Sở Tài chính tỉnh Lạng Sơn",
            "workplace_party_org": "Đảng bộ Sở Tài chính",
            "category": category,
            "received_date": "2025-03-01",
            "registered_date": registered,
        },
        accept_warnings=True,
    )


@pytest.fixture
def round_2026(store):
    store.settings.set_many({"signer_name": "Hoàng Văn Lợi", "place_name": "Hòa Cư"})
    na_can = store.villages.add({"name": "Nà Cạn", "kind": "thon"})
    ban_po = store.villages.add({"name": "Bản Pò", "kind": "thon"})
    people = {
        "an": member(store, na_can, "Lục Văn An"),
        "binh": member(store, na_can, "Hoàng Thị Bình", sex="female"),
        "cuong": member(store, ban_po, "Nông Văn Cường"),
        "exempt": member(store, ban_po, "Vi Văn Dũng", category="exempt_armed_forces"),
    }
    store.evaluations.open_round(2026)
    evaluation = store.evaluations.current_for(people["an"]["id"], 2026)
    store.evaluations.comment(
        evaluation["id"],
        RATINGS,
        recommendation="commend",
        comments="Gương mẫu, nhiệt tình với công việc của thôn.",
        meeting_date="2026-10-20",
        cell_signer="Hoàng Văn Sơn",
        front_signer="Lý Thị Mai",
    )
    return {"store": store, "villages": {"na_can": na_can, "ban_po": ban_po}, "people": people}


def ticks(path: Path) -> list[list[int]]:
    """For each page, top to bottom, which box of its row (0 = first level) carries a bold X."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            boxes = [r for r in page.rects if 9 < r["width"] < 11.5 and 9 < r["height"] < 11.5]
            marks = [
                c
                for c in page.chars
                if c["text"] == "X" and "Bold" in c["fontname"] and c["size"] < 11
            ]
            columns = sorted({round(b["x0"]) for b in boxes})  # the level columns, left to right
            row = []
            for mark in sorted(marks, key=lambda c: c["top"]):
                box = next(
                    b
                    for b in boxes
                    if b["x0"] <= mark["x0"] <= b["x1"]
                    and b["top"] - 2 <= mark["top"] <= b["bottom"]
                )
                row.append(columns.index(round(box["x0"])))
            found.append(row)
    return found


TICKED = [0, 1, 0, 2, 1, 0]  # RATINGS, then "commend"


def test_a_filled_form_ticks_each_rating_from_the_comment(
    round_2026, tmp_path: Path, pdfcheck
) -> None:
    store = round_2026["store"]
    person_id = store.residents.get(round_2026["people"]["an"]["id"])["person_id"]
    out = print_comment_forms(store, 2026, tmp_path / "an.pdf", person_id=person_id)
    text = pdfcheck.official(out)
    body = flat(text)
    form = comment_form(1)
    for expected in (
        "ĐẢNG BỘ XÃ HÒA CƯ",
        "CHI BỘ NÀ CẠN",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hòa Cư, ngày 20 tháng 10 năm 2026",
        form.title,
        "Năm 2026",
        "Họ và tên đảng viên: Lục Văn An",
        "Nơi công tác: Sở Tài chính tỉnh Lạng Sơn",
        "Nơi cư trú: thôn Nà Cạn, xã Hòa Cư",
        "Gương mẫu, nhiệt tình với công việc của thôn.",
        "T/M CHI ỦY",
        "BÍ THƯ",
        "Hoàng Văn Sơn",
        "Lý Thị Mai",
        *[c.title for c in form.criteria],
    ):
        assert expected in body, expected
    assert pdfcheck.assert_a4(out) == ["portrait"]  # one page
    assert ticks(out) == [TICKED]


def test_a_blank_form_has_empty_boxes_and_lines_to_fill(
    round_2026, tmp_path: Path, pdfcheck
) -> None:
    store = round_2026["store"]
    person_id = store.residents.get(round_2026["people"]["an"]["id"])["person_id"]
    out = print_comment_forms(store, 2026, tmp_path / "blank.pdf", person_id=person_id, blank=True)
    text = flat(pdfcheck.official(out))
    assert "Họ và tên đảng viên: Lục Văn An" in text
    assert "Hòa Cư, ngày ...... tháng ...... năm 2026" in text
    assert "Gương mẫu, nhiệt tình" not in text and "Hoàng Văn Sơn" not in text
    assert ticks(out) == [[]]


def test_a_village_prints_one_form_per_member_due_with_progress(
    round_2026, tmp_path: Path, pdfcheck
) -> None:
    store = round_2026["store"]
    calls: list[tuple[int, int]] = []
    out = print_comment_forms(
        store,
        2026,
        tmp_path / "na_can.pdf",
        village_id=round_2026["villages"]["na_can"]["id"],
        progress=lambda done, total: calls.append((done, total)) or True,
    )
    pages = pdfcheck.pages(out)
    pdfcheck.official(out)
    assert len(pages) == 2
    assert "Lục Văn An" in pages[0] and "Hoàng Thị Bình" in pages[1]  # by given name: An, Bình
    assert calls == [(0, 2), (1, 2), (2, 2)]
    assert ticks(out) == [TICKED, []]


def test_every_form_of_the_year_leaves_out_the_exempt(round_2026, tmp_path: Path, pdfcheck) -> None:
    text = pdfcheck.official(print_comment_forms(round_2026["store"], 2026, tmp_path / "all.pdf"))
    for name in ("Lục Văn An", "Hoàng Thị Bình", "Nông Văn Cường"):
        assert name in text
    assert "Vi Văn Dũng" not in text


def test_cancelling_many_forms_writes_nothing(round_2026, tmp_path: Path) -> None:
    with pytest.raises(PrintCancelled):
        print_comment_forms(
            round_2026["store"], 2026, tmp_path / "all.pdf", progress=lambda done, total: done < 1
        )
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".in-*")) == []


def test_forms_that_cannot_be_printed_say_what_to_do(round_2026, tmp_path: Path) -> None:
    store = round_2026["store"]
    exempt = store.residents.get(round_2026["people"]["exempt"]["id"])["person_id"]
    with pytest.raises(UserError, match="miễn sinh hoạt"):
        print_comment_forms(store, 2026, tmp_path / "x.pdf", person_id=exempt)
    with pytest.raises(UserError, match="mở đợt nhận xét năm 2025"):
        print_comment_forms(store, 2025, tmp_path / "x.pdf")
    an = store.residents.get(round_2026["people"]["an"]["id"])["person_id"]
    with pytest.raises(UserError, match="Phiếu trắng"):
        print_comment_forms(store, 2025, tmp_path / "x.pdf", person_id=an)
    outsider = store.people.add({"full_name": "Đàm Văn Giang", "sex": "male"}, accept_warnings=True)
    with pytest.raises(UserError, match="không có trong sổ đảng viên nơi cư trú"):
        print_comment_forms(store, 2026, tmp_path / "x.pdf", person_id=outsider["id"])
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".in-*")) == []


def test_a_blank_form_before_the_round_uses_the_form_in_force(
    round_2026, tmp_path: Path, pdfcheck
) -> None:
    store = round_2026["store"]
    an = store.residents.get(round_2026["people"]["an"]["id"])["person_id"]
    text = flat(
        pdfcheck.official(
            print_comment_forms(store, 2027, tmp_path / "b.pdf", person_id=an, blank=True)
        )
    )
    assert "Năm 2027" in text and "Lục Văn An" in text


def test_due_list_groups_members_by_village_with_their_state(
    round_2026, tmp_path: Path, pdfcheck
) -> None:
    store = round_2026["store"]
    text = flat(pdfcheck.official(print_due_list(store, 2026, tmp_path / "due.pdf")))
    for expected in (
        "DANH SÁCH",
        "Đảng viên giữ mối liên hệ với nơi cư trú cần nhận xét năm 2026",
        "hạn gửi nhận xét: 30/11/2026",
        "Thôn Nà Cạn (2 đảng viên)",
        "Thôn Bản Pò (1 đảng viên)",
        "Lục Văn An",
        "Đã nhận xét",
        "Hoàng Thị Bình",
        "Chờ nhận xét",
        "Nông Văn Cường",
        "Tổng số 3 đảng viên; quá hạn 0.",
    ):
        assert expected in text, expected
    assert "Vi Văn Dũng" not in text
    store.today = lambda: __import__("datetime").date(2026, 12, 5)
    late = flat(
        pdfcheck.official(
            print_due_list(
                store,
                2026,
                tmp_path / "late.pdf",
                village_id=round_2026["villages"]["ban_po"]["id"],
            )
        )
    )
    assert (
        "Thôn Bản Pò (1 đảng viên; quá hạn 1)" in late
        and "Quá hạn" in late
        and "Nà Cạn" not in late
    )
