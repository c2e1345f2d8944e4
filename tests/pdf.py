"""Reading a PDF back in tests with Python packages only (pdfplumber, pypdfium2): no poppler.

text(path)          the text in drawing order, pages separated by form feeds (what
                    `pdftotext -raw` gave: a table cell's wrapped lines stay together)
fonts(path)         every font the pages use: name, subtype, embedded or not (as `pdffonts`)
page_sizes(path)    (width, height) of each page, in points
render(path, n)     page n (1-based) as a PIL image on white, for looking at a form
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdftypes import resolve1


def _page_text(page: Any) -> str:
    """The characters in the order the page draws them: a new line where the baseline moves
    or the pen goes back left, a space where a gap is wider than a fifth of the font size."""
    out: list[str] = []
    prev: dict | None = None
    for char in page.chars:
        if prev is not None:
            size = min(char["size"], prev["size"]) or 1
            if abs(char["bottom"] - prev["bottom"]) > size * 0.5 or char["x0"] < prev["x0"] - size:
                out.append("\n")
            elif (
                char["x0"] - prev["x1"] > size * 0.2 and char["text"] != " " and prev["text"] != " "
            ):
                out.append(" ")
        out.append(char["text"])
        prev = char
    lines = ("".join(out)).split("\n")
    return "\n".join(" ".join(line.split(" ")).rstrip() for line in lines) + "\n"


def text(path: str | Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(_page_text(page) + "\f" for page in pdf.pages)


def pages(path: str | Path) -> list[str]:
    found = text(path).split("\f")
    return found[:-1] if found and not found[-1].strip() else found


def _embedded(font: dict) -> bool:
    descriptor = resolve1(font.get("FontDescriptor"))
    if descriptor is None and font.get("DescendantFonts"):
        descendant = resolve1(resolve1(font["DescendantFonts"])[0])
        descriptor = resolve1(descendant.get("FontDescriptor"))
    return bool(descriptor) and any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3"))


def _name(value: Any) -> str:
    return getattr(value, "name", None) or str(value)


def fonts(path: str | Path) -> list[dict[str, Any]]:
    """One row per font object the pages (and their form XObjects) name: name, type, emb."""
    rows: dict[int | str, dict[str, Any]] = {}

    def visit(resources: Any) -> None:
        resources = resolve1(resources) or {}
        for key, ref in (resolve1(resources.get("Font")) or {}).items():
            font = resolve1(ref)
            ident = getattr(ref, "objid", None) or f"{id(resources)}:{key}"
            rows[ident] = {
                "name": _name(font.get("BaseFont")),
                "type": _name(font.get("Subtype")),
                "emb": "yes" if _embedded(font) else "no",
            }
        for ref in (resolve1(resources.get("XObject")) or {}).values():
            xobject = resolve1(ref)
            if xobject is not None and "Resources" in getattr(xobject, "attrs", {}):
                visit(xobject.attrs["Resources"])

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            visit(page.page_obj.resources)
    return list(rows.values())


def page_sizes(path: str | Path) -> list[tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        return [(float(p.width), float(p.height)) for p in pdf.pages]


def render(path: str | Path, page_number: int = 1, scale: float = 1.5) -> Any:
    """A page as a PIL image (pypdfium2 renders on white)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return document[page_number - 1].render(scale=scale).to_pil()
    finally:
        document.close()
