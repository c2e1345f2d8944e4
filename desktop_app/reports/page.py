"""The official page: A4 portrait or landscape, Decree-30 margins, page numbers top-centre.

One PDF may hold several forms (every comment form of a village): each form starts with a
`FormStart` marker, which restarts the page numbering (numbers from a form's second page)
and reports progress to a callback that can cancel the run.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError

from desktop_app import APP_NAME
from desktop_app.core.errors import UserError
from desktop_app.reports.fonts import REGULAR, register_fonts
from desktop_app.reports.styles import BODY_SIZE, PAGE_NUMBER_SIZE

Progress = Callable[[int, int], bool]
"""progress(done, total) -> bool: called as forms are drawn; return False to cancel."""


@dataclass(frozen=True)
class Margins:
    """Page margins in points (Decree 30: top/bottom 20–25 mm, left 30–35, right 15–20)."""

    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm


MARGINS = Margins()
PORTRAIT = "portrait"
LANDSCAPE = "landscape"
PAGE_SIZES = {PORTRAIT: A4, LANDSCAPE: landscape(A4)}


def text_width(orientation: str = PORTRAIT, margins: Margins = MARGINS) -> float:
    """The width of the text block, in points."""
    return PAGE_SIZES[orientation][0] - margins.left - margins.right


def text_height(orientation: str = PORTRAIT, margins: Margins = MARGINS) -> float:
    return PAGE_SIZES[orientation][1] - margins.top - margins.bottom


class PrintCancelled(UserError):
    """The officer cancelled a multi-form print; no file was written."""

    def __init__(self) -> None:
        super().__init__("Đã hủy in theo yêu cầu; chưa tạo tệp PDF nào.")


class FormStart(Flowable):
    """Zero-size marker at the top of each form: restarts page numbers, reports progress."""

    def __init__(self, index: int = 0, total: int = 1, progress: Progress | None = None) -> None:
        super().__init__()
        self.index = index
        self.total = total
        self.progress = progress
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        doc = self.canv._doctemplate
        doc.form_first_page = doc.page
        if self.progress is not None and self.progress(self.index, self.total) is False:
            raise PrintCancelled()


def _draw_page_number(canvas, doc) -> None:
    number = doc.page - getattr(doc, "form_first_page", 1) + 1
    if number < 2:
        return
    width, height = canvas._pagesize  # this page's size: doc.pagesize is the first page's
    canvas.saveState()
    canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
    centre = doc.margins.left + (width - doc.margins.left - doc.margins.right) / 2
    canvas.drawCentredString(
        centre, height - doc.margins.top / 2 - PAGE_NUMBER_SIZE / 3, str(number)
    )
    canvas.restoreState()


class OfficialDocTemplate(BaseDocTemplate):
    """Two page templates ('portrait', 'landscape') sharing the Decree-30 margins."""

    def __init__(
        self, filename, *, first: str = PORTRAIT, margins: Margins = MARGINS, **kw
    ) -> None:
        self.margins = margins
        self.form_first_page = 1
        super().__init__(
            filename,
            pagesize=PAGE_SIZES[first],
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            initialFontName=REGULAR,
            initialFontSize=BODY_SIZE,
            lang="vi-VN",
            creator=APP_NAME,
            **kw,
        )
        templates = []
        for name in (first, *(o for o in PAGE_SIZES if o != first)):
            size = PAGE_SIZES[name]
            frame = Frame(
                margins.left,
                margins.bottom,
                size[0] - margins.left - margins.right,
                size[1] - margins.top - margins.bottom,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"body-{name}",
            )
            templates.append(
                PageTemplate(id=name, frames=[frame], pagesize=size, onPageEnd=_draw_page_number)
            )
        self.addPageTemplates(templates)


def new_form(
    orientation: str = PORTRAIT,
    *,
    first: bool = False,
    index: int = 0,
    total: int = 1,
    progress: Progress | None = None,
) -> list[Flowable]:
    """The flowables that open a form: a page break (unless first) into the right template."""
    opening: list[Flowable] = []
    if not first:
        opening += [NextPageTemplate(orientation), PageBreak()]
    opening.append(FormStart(index, total, progress))
    return opening


def switch_orientation(orientation: str) -> list[Flowable]:
    """Continue on a new page of the other orientation (an annex in landscape)."""
    return [NextPageTemplate(orientation), PageBreak()]


def build_pdf(
    path: str | os.PathLike[str],
    story: Sequence[Flowable],
    *,
    orientation: str = PORTRAIT,
    title: str = "",
    author: str = "",
    subject: str = "",
    invariant: bool = False,
) -> Path:
    """Lay out `story` into the PDF at `path`, atomically: a failed or cancelled run leaves
    no file (and an earlier file of that name untouched)."""
    register_fonts()
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Thư mục “{folder}” không tồn tại. Hãy chọn nơi lưu khác.")
    handle, temp_name = tempfile.mkstemp(prefix=".in-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        doc = OfficialDocTemplate(
            temp_name,
            first=orientation,
            title=title,
            author=author,
            subject=subject,
            invariant=1 if invariant else 0,
        )
        doc.build(list(story))
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except LayoutError as exc:
        raise UserError(
            "Không dàn trang được: có một ô quá dài, không vừa một trang giấy. "
            "Hãy rút ngắn phần ghi chú hoặc mô tả rồi in lại."
        ) from exc
    except PermissionError as exc:
        raise UserError(
            f"Không ghi được tệp “{target}”: tệp đang mở ở chương trình khác hoặc không có quyền ghi."
        ) from exc
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    return target
