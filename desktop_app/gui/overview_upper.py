"""Tổng quan at an upper-level office: one line per commune it follows (what the commune holds,
when its last bundle came, whether it is late) and what needs the upper level's attention,
each line naming its commune. The commune's own day-to-day work (one person's ID number, one
member's registration) stays on the commune's overview."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from desktop_app.core import dates, text
from desktop_app.gui.attention import Attention
from desktop_app.gui.dates_ahead import dates_ahead
from desktop_app.gui.table_model import Column
from desktop_app.store import communes, sync_state
from desktop_app.sync.consolidate import commune_statuses

if TYPE_CHECKING:
    from desktop_app.store.db import Store

COMMUNE_COLUMNS = [
    Column("label", "Xã"),
    Column("people", "Số người", align_right=True),
    Column("party", "Đảng viên", align_right=True),
    Column("last", "Gói cuối"),
]


def commune_rows(store: Store) -> list[dict]:
    """Every commune known here (sent a bundle or holds rows), in Vietnamese order."""
    statuses = {s.commune_code: s for s in commune_statuses(store)}
    names = communes.names(store)
    people = store.people.count_by_commune()
    party = store.people.count_by_commune(party_member=True)
    own = store.owner_code()
    codes = (set(statuses) | set(people)) - {own}
    rows = []
    for code in codes:
        status = statuses.get(code)
        if status is None or status.last_bundle_date is None:
            last = "chưa gửi gói"
        else:
            last = f"số {status.last_sequence} · {dates.display(status.last_bundle_date.isoformat())}"
        rows.append({"id": code, "code": code, "label": f"{names.get(code) or code} ({code})",
                     "people": people.get(code, 0), "party": party.get(code, 0), "last": last,
                     "overdue": status is None or status.overdue})
    return sorted(rows, key=lambda r: (text.sort_key(r["label"]), r["code"]))


def upper_attention_items(store: Store) -> list[Attention]:
    """Late communes, quarantined records, bodies breaking a rule, terms ending, late comments
    per commune, and the dates ahead."""
    today = store.today()
    names = communes.names(store)

    def who(code: str) -> str:
        return f"{names.get(code) or code} ({code})"

    items: list[Attention] = []
    limit = store.settings("bundle_overdue_days")
    for s in commune_statuses(store):
        if not s.overdue:
            continue
        detail = (f"gói cuối số {s.last_sequence} ngày {dates.display(s.last_bundle_date.isoformat())}, "
                  f"đã {s.days_since} ngày (quá {limit} ngày)" if s.last_bundle_date else "chưa gửi gói nào")
        items.append(Attention("Xã gửi dữ liệu quá hạn", who(s.commune_code), detail, urgent=True))
    held = Counter(q["commune_code"] for q in sync_state.open_quarantine(store.db))
    for code, count in sorted(held.items()):
        items.append(Attention("Bản ghi cách ly chờ xử lý", who(code),
                               f"{count} bản ghi chưa vào dữ liệu tổng hợp (trang Đồng bộ cấp trên)"))
    for body in store.bodies.query(current_only=True):
        for issue in store.bodies.composition_issues(body):
            items.append(Attention("Ban chưa đúng quy định", body["name"],
                                   f"{who(body['commune_code'])} · {issue.message}", "bodies", body["id"]))
    days = store.settings("term_warning_days")
    for body in store.bodies.ending_terms(days):
        end = dates.to_date(body["term_end"])
        left = (end - today).days if end else 0
        items.append(Attention(f"Nhiệm kỳ kết thúc trong {days} ngày tới", body["name"],
                               f"{who(body['commune_code'])} · kết thúc {dates.display(body['term_end'])} "
                               f"(còn {left} ngày)", "bodies", body["id"], left <= 30))
    late = Counter(ev["commune_code"] for ev in store.evaluations.query(overdue=True))
    for code, count in sorted(late.items(), key=lambda kv: (-kv[1], text.sort_key(who(kv[0])))):
        items.append(Attention("Phiếu nhận xét QĐ 213 quá hạn", who(code),
                               f"{count} phiếu chưa gửi về nơi công tác đúng hạn", urgent=True))
    for ahead in dates_ahead(today, store.settings, within_days=366):
        left = ahead.days_left(today)
        items.append(Attention("Ngày sắp tới", ahead.label,
                               "hôm nay" if left == 0 else f"còn {left} ngày ({dates.display(ahead.on.isoformat())})"))
    return items
