"""The consolidated forms an upper-level office prints over its communes' data, by key:

    print_consolidated(store, "campaigns" | "reg213" | "communes", out, year=…, half=…)

The forms are declared in reports/forms.py (CONSOLIDATED); their shared frame is upper_frame.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import UserError
from desktop_app.reports.forms import CONSOLIDATED, Choices, form

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def print_consolidated(
    store: Store,
    report: str,
    out: str | os.PathLike[str],
    *,
    year: int | None = None,
    half: int | None = None,
) -> Path:
    """Write one consolidated form: `report` is one of CONSOLIDATED; `year` defaults to this
    year; `half` (1, 2) only for "campaigns"."""
    if report not in CONSOLIDATED:
        raise UserError(f"Không có biểu tổng hợp «{report}». Hãy chọn: {', '.join(CONSOLIDATED)}.")
    return form(report).build(store, Choices(year=year, half=half)).run(out, False)
