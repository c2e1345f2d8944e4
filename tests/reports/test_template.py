"""The page template and its blocks, read back from real PDFs."""

from __future__ import annotations

import string
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from desktop_app.core.text import normalize
from desktop_app.reports import closing, header, page, styles, tables
from desktop_app.reports.markup import DOTS, para

WIDTH = page.text_width()
VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
TONED = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


def front_document(rows: int = 60, *, signer: str = "Hoàng Văn Lợi", long_every: int = 7) -> list:
    story = page.new_form(first=True)
    story += header.front_header(
        unit_line="Xã Hữu Lũng",
        width=WIDTH,
        number_line=header.front_number(12, "QĐ-MTTQ-BTT"),
        place_date=header.place_date_line("Hữu Lũng", date(2026, 11, 26)),
    )
    story += header.title_block(
        "Quyết định", ["Về việc công nhận Ban công tác Mặt trận thôn Nà Pàn"]
    )
    story.append(Paragraph(para("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;"), styles.BODY_ITALIC))
    columns = [
        tables.Column("STT", 1.3, "center"),
        tables.Column("Họ và tên", 5),
        tables.Column("Nam", 2, "center", "Năm sinh"),
        tables.Column("Nữ", 2, "center", "Năm sinh"),
        tables.Column("Chức danh", 3),
    ]
    data = []
    for i in range(rows):
        name = (
            f"Aaa{i} Nguyễn Thị Bích Ngọc Phương Thảo Zzz{i}"
            if i % long_every == 0
            else f"Lò Văn Mạnh {i}"
        )
        data.append([i + 1, name, 1960 + i % 40, "", "Ủy viên"])
    story.append(tables.grid_table(columns, data, width=WIDTH))
    story += closing.closing(
        closing.Signer("Chủ tịch", signer, "TM. Ban Thường trực"),
        width=WIDTH,
        recipients=["Như Điều 3", "Đảng ủy xã (b/c)", "Lưu: VT"],
    )
    return story


def test_front_document_reads_back_exactly(tmp_path: Path, pdfcheck) -> None:
    out = page.build_pdf(tmp_path / "qd.pdf", front_document())
    text = pdfcheck.official(out)
    for expected in (
        "ỦY BAN MTTQ VIỆT NAM",
        "XÃ HỮU LŨNG",
        "BAN THƯỜNG TRỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/QĐ-MTTQ-BTT",
        "Hữu Lũng, ngày 26 tháng 11 năm 2026",
        "QUYẾT ĐỊNH",
        "Về việc công nhận Ban công tác Mặt trận thôn Nà Pàn",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Hoàng Văn Lợi",
    ):
        assert expected in text, expected


def test_page_numbers_from_page_two_and_header_row_on_every_page(tmp_path: Path, pdfcheck) -> None:
    out = page.build_pdf(tmp_path / "long.pdf", front_document(rows=150))
    numbers = pdfcheck.page_numbers(out)
    assert len(numbers) >= 4
    assert numbers == [""] + [str(n) for n in range(2, len(numbers) + 1)]
    for number, text in enumerate(pdfcheck.pages(out), start=1):
        assert "Họ và tên" in text, f"no header row on page {number}"


def test_rows_are_never_split_across_pages(tmp_path: Path, pdfcheck) -> None:
    out = page.build_pdf(tmp_path / "rows.pdf", front_document(rows=200, long_every=2))
    pages = pdfcheck.pages(out)
    assert len(pages) > 3
    for i in range(0, 200, 2):
        first = [n for n, text in enumerate(pages) if f"Aaa{i} " in text]
        last = [n for n, text in enumerate(pages) if f"Zzz{i}\n" in text or f"Zzz{i} " in text]
        assert len(first) == 1 and first == last, f"row {i + 1} split: {first} / {last}"


def test_decomposed_marks_are_printed_composed(tmp_path: Path, pdfcheck) -> None:
    name = "Nguyễn Thị Hằng Nguyệt Ánh"
    decomposed = unicodedata.normalize("NFD", name)
    assert decomposed != name
    story = page.new_form(first=True) + [Paragraph(para(decomposed), styles.BODY)]
    story += closing.closing(
        closing.Signer("Chủ tịch", unicodedata.normalize("NFD", "Đặng Thị Lụa")), width=WIDTH
    )
    text = pdfcheck.official(page.build_pdf(tmp_path / "nfd.pdf", story))
    assert name in text
    assert "Đặng Thị Lụa" in text


def test_missing_signer_prints_a_dotted_line(tmp_path: Path, pdfcheck) -> None:
    out = page.build_pdf(tmp_path / "nosign.pdf", front_document(rows=3, signer=""))
    text = pdfcheck.official(out)
    assert "CHỦ TỊCH" in text
    assert DOTS in text


def test_landscape_pages_keep_the_margins(tmp_path: Path, pdfcheck) -> None:
    width = page.text_width(page.LANDSCAPE)
    columns = [tables.Column(f"Cột {n}", 1) for n in range(10)]
    rows = [[f"ô {r}-{c} dài hơn một chút để xuống dòng" for c in range(10)] for r in range(40)]
    story = page.new_form(page.LANDSCAPE, first=True) + [
        tables.grid_table(columns, rows, width=width)
    ]
    out = page.build_pdf(tmp_path / "land.pdf", story, orientation=page.LANDSCAPE)
    pdfcheck.official(out)
    assert set(pdfcheck.assert_a4(out)) == {"landscape"}


def test_portrait_form_with_a_landscape_annex(tmp_path: Path, pdfcheck) -> None:
    story = page.new_form(first=True) + [Paragraph("Quyết định", styles.BODY)]
    story += page.switch_orientation(page.LANDSCAPE) + [Paragraph("Phụ lục", styles.BODY)]
    out = page.build_pdf(tmp_path / "mixed.pdf", story)
    pdfcheck.official(out)  # the landscape page's number is on it, not above it
    assert pdfcheck.assert_a4(out) == ["portrait", "landscape"]
    assert pdfcheck.page_numbers(out) == ["", "2"]


def multi_form_story(count: int, progress) -> list:
    story: list = []
    for index in range(count):
        story += page.new_form(first=index == 0, index=index, total=count, progress=progress)
        story += [
            Paragraph(para(f"Phiếu số {index + 1} — dòng {n}"), styles.BODY) for n in range(70)
        ]
    return story


def test_each_form_restarts_its_page_numbers_and_reports_progress(tmp_path: Path, pdfcheck) -> None:
    calls: list[tuple[int, int]] = []
    story = multi_form_story(3, lambda done, total: calls.append((done, total)) or True)
    out = page.build_pdf(tmp_path / "many.pdf", story)
    pdfcheck.official(out)
    numbers = pdfcheck.page_numbers(out)
    assert numbers.count("") == 3
    assert numbers[:3] == ["", "2", "3"] and numbers[3] == ""
    assert calls == [(0, 3), (1, 3), (2, 3)]


def test_cancel_leaves_no_file_and_keeps_an_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "many.pdf"
    target.write_bytes(b"earlier")
    story = multi_form_story(5, lambda done, total: done < 2)
    with pytest.raises(page.PrintCancelled) as caught:
        page.build_pdf(target, story)
    assert "hủy" in caught.value.message
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.pdf"]


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    from desktop_app.core.errors import UserError

    with pytest.raises(UserError, match="không tồn tại"):
        page.build_pdf(tmp_path / "nowhere" / "x.pdf", front_document(rows=1))


def test_place_date_line_follows_decree_30() -> None:
    assert (
        header.place_date_line("Hữu Lũng", date(2026, 2, 5))
        == "Hữu Lũng, ngày 05 tháng 02 năm 2026"
    )
    assert (
        header.place_date_line("Hữu Lũng", date(2026, 11, 26))
        == "Hữu Lũng, ngày 26 tháng 11 năm 2026"
    )
    assert (
        header.place_date_line("Hữu Lũng", date(2026, 3, 15))
        == "Hữu Lũng, ngày 15 tháng 3 năm 2026"
    )
    blank = header.place_date_line("Hữu Lũng", None, year=2026)
    assert blank.startswith("Hữu Lũng, ngày ......") and blank.endswith("năm 2026")
    assert header.front_number(7, "QĐ-MTTQ-BTT") == "Số: 7/QĐ-MTTQ-BTT"
    assert header.party_number(12, "NX/CB") == "Số 12-NX/CB"


def test_party_header_reads_back(tmp_path: Path, pdfcheck) -> None:
    story = page.new_form(first=True)
    story += header.party_header(
        upper_line="Đảng bộ xã Hữu Lũng",
        issuer="Chi bộ thôn Nà Pàn",
        width=WIDTH,
        number_line=header.party_number(3, "NX/CB"),
        place_date=header.place_date_line("Hữu Lũng", date(2026, 11, 2)),
    )
    text = pdfcheck.official(page.build_pdf(tmp_path / "party.pdf", story))
    for expected in (
        "ĐẢNG BỘ XÃ HỮU LŨNG",
        "CHI BỘ THÔN NÀ PÀN",
        "*",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 3-NX/CB",
    ):
        assert expected in text


def test_empty_table_says_so(tmp_path: Path, pdfcheck) -> None:
    table = tables.grid_table(
        [tables.Column("Họ và tên", 1)], [], width=WIDTH, empty_text="Chưa có ai."
    )
    text = pdfcheck.official(
        page.build_pdf(tmp_path / "empty.pdf", page.new_form(first=True) + [table])
    )
    assert "Họ và tên" in text and "Chưa có ai." in text


words = st.text(alphabet=VIETNAMESE_LETTERS + TONED + string.digits, min_size=1, max_size=60)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.lists(words, min_size=1, max_size=12).map(" ".join), decompose=st.booleans())
def test_any_name_in_a_narrow_column_wraps_inside_the_margins(
    tmp_path: Path, pdfcheck, name, decompose
) -> None:
    typed = unicodedata.normalize("NFD", name) if decompose else name
    columns = [
        tables.Column("STT", 1, "center"),
        tables.Column("Họ và tên", 3),
        tables.Column("Ghi chú", 6),
    ]
    story = page.new_form(first=True) + [tables.grid_table(columns, [[1, typed, ""]], width=WIDTH)]
    out = page.build_pdf(tmp_path / "name.pdf", story)
    text = pdfcheck.official(out)
    wanted = normalize(name)  # stored text has the traditional tone placement
    # A wrapped cell comes back one line per line; long words are broken where they must be.
    read = "".join(text.split("Họ và tên", 1)[1].split()).removeprefix("Ghichú").removeprefix("1")
    assert read.startswith("".join(wanted.split()))
