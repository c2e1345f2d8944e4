"""Reading printed forms back with Python packages (tests/pdf.py: text in drawing order, fonts,
page size and margins, through pdfplumber). Every form test runs `pdfcheck.official(path)` and
then looks for its words."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4

from desktop_app.reports.page import MARGINS, Margins
from tests import pdf

TOLERANCE = 0.6  # points


pdf_text = pdf.text
pdf_pages = pdf.pages
pdf_fonts = pdf.fonts


@dataclass
class PdfCheck:
    margins: Margins = MARGINS

    def text(self, path: Path) -> str:
        return pdf_text(path)

    def pages(self, path: Path) -> list[str]:
        return pdf_pages(path)

    def assert_fonts_embedded(self, path: Path) -> None:
        fonts = pdf_fonts(path)
        assert fonts, "no font in the PDF"
        for font in fonts:
            assert font["emb"] == "yes", f"font not embedded: {font}"
            assert "Tinos" in font["name"], f"unexpected font: {font}"

    def assert_a4(self, path: Path) -> list[str]:
        """Every page A4; returns each page's orientation."""
        orientations = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                size = (round(page.width, 1), round(page.height, 1))
                portrait = (round(A4[0], 1), round(A4[1], 1))
                assert size in (portrait, portrait[::-1]), f"page {page.page_number} is {size}"
                orientations.append("portrait" if size == portrait else "landscape")
        return orientations

    def assert_within_margins(self, path: Path, sample: tuple[int, ...] = ()) -> None:
        """No character outside the text block, except page numbers in the top margin.
        `sample` limits the check to those page numbers (a very long PDF)."""
        m = self.margins
        with pdfplumber.open(path, pages=list(sample) or None) as pdf:
            for page in pdf.pages:
                right = page.width - m.right
                bottom = page.height - m.bottom
                for char in page.chars:
                    where = f"page {page.page_number}, {char['text']!r} at ({char['x0']:.1f}, {char['top']:.1f})"
                    assert char["x0"] >= m.left - TOLERANCE, f"left margin: {where}"
                    assert char["x1"] <= right + TOLERANCE, f"right margin: {where}"
                    assert char["bottom"] <= bottom + TOLERANCE, f"bottom margin: {where}"
                    assert char["top"] >= 0, f"off the page: {where}"
                    if char["top"] < m.top - TOLERANCE:
                        assert char["text"].isdigit() and char["bottom"] <= m.top, (
                            f"top margin: {where}"
                        )
                        assert page.page_number >= 2 or char["text"] != "1", where

    def page_numbers(self, path: Path) -> list[str]:
        """The text printed in the top margin of each page ('' on the first page of a form)."""
        numbers = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                chars = [c for c in page.chars if c["top"] < self.margins.top]
                numbers.append("".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])))
        return numbers

    def official(self, path: Path, sample: tuple[int, ...] = ()) -> str:
        """All the checks every printed form must pass; returns its text."""
        assert path.is_file() and path.stat().st_size > 0
        self.assert_fonts_embedded(path)
        self.assert_a4(path)
        self.assert_within_margins(path, sample)
        text = pdf_text(path)
        assert text == unicodedata.normalize("NFC", text), "text read back is not NFC"
        return text


@pytest.fixture
def pdfcheck() -> PdfCheck:
    return PdfCheck()


# ---- a small commune whose every printed value is known -------------------------------------

LONG_NAME = (
    "Hoàng Thị Phương Thảo Nguyễn Ngọc Bích Trâm Lục Thị Minh Nguyệt Ánh Dương Hồng Nhung Tuyết"
)


def _person(store, village, name, sex, birth, ethnicity="01", **more):
    return store.people.add(
        {
            "full_name": name,
            "sex": sex,
            "birth_date": birth,
            "ethnicity_code": ethnicity,
            "village_id": village["id"],
            **more,
        },
        accept_warnings=True,
    )


@pytest.fixture
def commune(store):
    """Two villages, a village committee of four (one with a very long name), an empty
    committee, an inspection board, a supervision board and the Front committee."""
    store.settings.set_many({"signer_name": "Hoàng Văn Lợi", "place_name": "Hòa Cư"})
    na_pan = store.villages.add({"name": "Nà Pàn", "kind": "ban"})
    khoi = store.villages.add({"name": "Khối phố 1", "kind": "khoi_pho"})
    people = {
        "loi": _person(store, na_pan, "Lò Văn Lợi", "male", "1968-04-02", "02"),
        "mai": _person(store, na_pan, "Nông Thị Mai", "female", "1975", "09"),
        "long": _person(store, na_pan, LONG_NAME, "female", "1990-01-01", "02"),
        "hung": _person(store, na_pan, "Triệu Văn Hùng", "male", "1982", "07"),
        "an": _person(store, khoi, "Đặng Văn An", "male", "1959", "01"),
    }
    committee = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận bản Nà Pàn",
            "village_id": na_pan["id"],
            "term_label": "2024–2029",
            "term_start": "2024-09-01",
            "term_end": "2029-08-31",
        },
        accept_warnings=True,
    )
    for key, role, branch in (
        ("loi", "head", "party_cell"),
        ("mai", "deputy", "women"),
        ("long", "member", "youth"),
        ("hung", "member", "resident"),
    ):
        store.memberships.add(
            {
                "person_id": people[key]["id"],
                "body_id": committee["id"],
                "role": role,
                "branch": branch,
                "start_date": "2024-09-01",
            },
            accept_warnings=True,
        )
    empty = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Khối phố 1",
            "village_id": khoi["id"],
            "term_label": "2024–2029",
            "term_start": "2024-09-01",
        },
        accept_warnings=True,
    )
    inspection = store.bodies.add(
        {
            "kind": "inspection_board",
            "name": "Ban thanh tra nhân dân xã Hòa Cư",
            "term_label": "2025–2030",
            "term_start": "2025-03-01",
            "decision_number": "08/QĐ-MTTQ-BTT",
            "decision_date": "2025-03-10",
        },
        accept_warnings=True,
    )
    for key, role in (("an", "head"), ("hung", "member")):
        store.memberships.add(
            {
                "person_id": people[key]["id"],
                "body_id": inspection["id"],
                "role": role,
                "branch": "inspection",
                "start_date": "2025-03-01",
            },
            accept_warnings=True,
        )
    supervision = store.bodies.add(
        {
            "kind": "supervision_board",
            "name": "Ban giám sát đầu tư của cộng đồng đường bản Nà Pàn",
            "project_name": "Đường bê tông nội bản Nà Pàn",
            "village_id": na_pan["id"],
            "term_label": "2026",
            "term_start": "2026-03-01",
        },
        accept_warnings=True,
    )
    store.memberships.add(
        {
            "person_id": people["mai"]["id"],
            "body_id": supervision["id"],
            "role": "head",
            "branch": "front",
            "start_date": "2026-03-01",
        },
        accept_warnings=True,
    )
    front = store.bodies.add(
        {
            "kind": "front_committee",
            "name": "Ủy ban MTTQ Việt Nam xã Hòa Cư",
            "term_label": "2024–2029",
            "term_start": "2024-08-15",
        },
        accept_warnings=True,
    )
    return {
        "store": store,
        "villages": {"na_pan": na_pan, "khoi": khoi},
        "people": people,
        "committee": committee,
        "empty": empty,
        "inspection": inspection,
        "supervision": supervision,
        "front": front,
    }


def words_in_column(path: Path, heading: str, page_number: int = 1) -> set[str]:
    """The words printed under a column heading (same horizontal band) on one page."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_number - 1]
        words = page.extract_words()
        head = next(w for w in words if w["text"] == heading)
        middle = (head["x0"] + head["x1"]) / 2
        return {
            w["text"] for w in words if w["top"] > head["bottom"] and w["x0"] <= middle <= w["x1"]
        }
