"""One line of what needs the officer's attention on the overview (a commune's or an upper
office's): its group, what it is about, the detail, and the record it opens."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attention:
    group: str
    text: str
    detail: str
    table: str | None = None
    record_id: str | None = None
    urgent: bool = False
