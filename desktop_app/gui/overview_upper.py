"""Tổng quan at an upper-level office: one line per commune it follows (what the commune holds,
when its last bundle came, whether it is late) and what needs the upper level's attention,
each line naming its commune. The commune's own day-to-day work (one person's ID number, one
member's registration) stays on the commune's overview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui.table_model import Column, counted
from desktop_app.store import attention
from desktop_app.store.attention import Attention

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COMMUNE_COLUMNS = [
    Column("label", "Xã"),
    Column("people", "Số người", counted("people"), align_right=True),
    Column("party", "Đảng viên", counted("party"), align_right=True),
    Column("last", "Gói cuối"),
]


def commune_rows(store: Store) -> list[dict]:
    """Every commune known here (sent a bundle or holds rows), in Vietnamese order."""
    return attention.commune_rows(store)


def upper_attention_items(store: Store) -> list[Attention]:
    """Late communes, quarantined records, bodies breaking a rule, terms ending, late comments
    per commune, and the dates ahead (store/attention.py, shared with `somattran attention`)."""
    return attention.upper_items(store)
