"""Reading printed forms back: text (pdftotext -raw), fonts (pdffonts), page size and margins
(pdfplumber). Every form test runs `pdfcheck.official(path)` and then looks for its words."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4

from desktop_app.reports.page import MARGINS, Margins

TOLERANCE = 0.6  # points


def pdf_text(path: Path) -> str:
    """The text as `pdftotext -raw -enc UTF-8` reads it (pages separated by form feeds)."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
    )
    return done.stdout.decode("utf-8")


def pdf_pages(path: Path) -> list[str]:
    pages = pdf_text(path).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """`pdffonts` as rows: name, type, emb (yes/no)."""
    done = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    lines = done.stdout.splitlines()
    rule = lines[1]
    # Column boundaries come from the dashes under the header line.
    spans, start = [], 0
    for part in rule.split(" "):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    rows = []
    for line in lines[2:]:
        cells = [line[a:b].strip() for a, b in spans]
        rows.append({"name": cells[0], "type": cells[1], "emb": cells[3]})
    return rows


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

    def assert_within_margins(self, path: Path) -> None:
        """No character outside the text block, except page numbers in the top margin."""
        m = self.margins
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                right = page.width - m.right
                bottom = page.height - m.bottom
                for char in page.chars:
                    where = f"page {page.page_number}, {char['text']!r} at ({char['x0']:.1f}, {char['top']:.1f})"
                    assert char["x0"] >= m.left - TOLERANCE, f"left margin: {where}"
                    assert char["x1"] <= right + TOLERANCE, f"right margin: {where}"
                    assert char["bottom"] <= bottom + TOLERANCE, f"bottom margin: {where}"
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

    def official(self, path: Path) -> str:
        """All the checks every printed form must pass; returns its text."""
        assert path.is_file() and path.stat().st_size > 0
        self.assert_fonts_embedded(path)
        self.assert_a4(path)
        self.assert_within_margins(path)
        text = pdf_text(path)
        assert text == unicodedata.normalize("NFC", text), "text read back is not NFC"
        return text


@pytest.fixture(scope="session", autouse=True)
def _poppler() -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.fail("poppler-utils (pdftotext, pdffonts) is needed for the report tests")


@pytest.fixture
def pdfcheck() -> PdfCheck:
    return PdfCheck()
