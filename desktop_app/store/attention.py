"""What needs the office's attention: the overview's list (Tổng quan) and `somattran attention`
read it here, so the window and the command give the same items and counts.

At a commune office: bodies breaking a rule, terms ending, Regulation-213 comments late or due,
members not registered in time, ID numbers to check, the dates ahead. At an upper level: late
communes, quarantined records, bodies breaking a rule and terms ending (each naming its
commune), late comments per commune, the dates ahead.

Every list is read with a fixed number of queries (set-based, indexed), whatever the number of
communes, bodies or people: the overview of a province (100 communes, 1.8 million people)
answers as one commune's does (bench/bench_upper.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop_app.core import dates, enums, text
from desktop_app.store import consolidation
from desktop_app.store.dates_ahead import dates_ahead, in_peak_month

if TYPE_CHECKING:
    from desktop_app.store.db import Store

OVERDUE_COMMUNES = "Xã gửi dữ liệu quá hạn"
OVERDUE_REPLIES = "Kiến nghị quá hạn trả lời"
# The comments of party members living in the commune: named without the regulation (its number
# changes with the regulation; the comment form's data names it where it is printed).
EVALUATIONS_LATE = "Phiếu nhận xét đảng viên nơi cư trú quá hạn"
EVALUATIONS_DUE = "Phiếu nhận xét đảng viên nơi cư trú đến hạn"


@dataclass(frozen=True)
class Attention:
    group: str
    text: str
    detail: str
    table: str | None = None
    record_id: str | None = None
    urgent: bool = False
    commune_code: str | None = None  # the commune the item is about (at an upper level)

    def as_dict(self) -> dict:
        return {
            "group": self.group,
            "text": self.text,
            "detail": self.detail,
            "commune_code": self.commune_code,
            "table": self.table,
            "record_id": self.record_id,
            "urgent": self.urgent,
        }


@dataclass(frozen=True)
class CommuneStatus:
    commune_code: str
    commune_name: str | None
    last_sequence: int | None
    last_bundle_date: date | None  # when the commune made its last imported bundle
    last_imported_at: str | None
    days_since: int | None
    overdue: bool
    quarantined: int
    active_keys: int


def _day(stamp: str | None) -> date | None:
    if not stamp:
        return None
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()


def commune_statuses(store: Store, today: date | None = None) -> list[CommuneStatus]:
    """Every commune known here, with its last bundle and whether it is overdue (setting
    bundle_overdue_days; a commune that never sent a bundle is overdue). One query over the
    sync tables (a few rows a commune), without the sync layer's libraries."""
    today = today or store.today()
    limit = store.settings.get("bundle_overdue_days")
    result = []
    for row in consolidation.commune_overview(store):
        made = _day(row["last_bundle_at"])
        days = (today - made).days if made else None
        result.append(
            CommuneStatus(
                row["commune_code"],
                row["commune_name"],
                row["last_sequence"],
                made,
                row["last_imported_at"],
                days,
                days is None or days > limit,
                row["quarantined"],
                row["active_keys"],
            )
        )
    return result


def commune_names(store: Store) -> dict[str, str]:
    from desktop_app.store import communes

    return communes.names(store)


def items(store: Store) -> list[Attention]:
    """The overview's attention list of this office (a commune's, or an upper level's)."""
    return upper_items(store) if store.is_upper else commune_items(store)


def _body_items(store: Store, who=None) -> list[Attention]:
    """Bodies breaking a composition rule, then terms ending within term_warning_days."""
    today = store.today()
    current = store.bodies.current()
    issues = store.bodies.composition_issues_of(current)
    out: list[Attention] = []
    for body in current:
        for issue in issues[body["id"]]:
            detail = f"{who(body['commune_code'])} · {issue.message}" if who else issue.message
            out.append(
                Attention(
                    "Ban chưa đúng quy định",
                    body["name"],
                    detail,
                    "bodies",
                    body["id"],
                    commune_code=body["commune_code"],
                )
            )
    days = store.settings("term_warning_days")
    for body in store.bodies.ending_terms(days, current):
        end = dates.to_date(body["term_end"])
        left = (end - today).days if end else 0
        if who:
            detail = (
                f"{who(body['commune_code'])} · kết thúc {dates.display(body['term_end'])} "
                f"(còn {left} ngày)"
            )
        else:
            detail = f"Kết thúc {dates.display(body['term_end'])} (còn {left} ngày)"
        out.append(
            Attention(
                f"Nhiệm kỳ kết thúc trong {days} ngày tới",
                body["name"],
                detail,
                "bodies",
                body["id"],
                left <= 30,
                commune_code=body["commune_code"],
            )
        )
    return out


def commune_items(store: Store) -> list[Attention]:
    """Everything a commune office's overview lists, in groups, from the store's own checks."""
    today = store.today()
    code = store.owner_code()
    items = _body_items(store)
    # Late ones of any year first (a comment not sent back by its due date), then this year's due.
    for ev in store.evaluations.query(overdue=True) + [
        e
        for e in store.evaluations.query(year=today.year, overdue=False)
        if e["state"] != "returned"
    ]:
        state = enums.label(enums.EVALUATION_STATES, ev["state"])
        where = f"{ev.get('village_name') or ''} · năm {ev['year']} · {state}, hạn {dates.display(ev.get('due_date'))}"
        group = EVALUATIONS_LATE if ev["overdue"] else EVALUATIONS_DUE
        items.append(
            Attention(
                group,
                ev["full_name"],
                where,
                "evaluations",
                ev["id"],
                ev["overdue"],
                commune_code=code,
            )
        )
    items += _overdue_replies(store, code)
    register_days = store.settings("reg213_register_days")
    for r in store.residents.unregistered_overdue():
        received = dates.display(r.get("received_date") or r.get("letter_date"))
        items.append(
            Attention(
                "Đảng viên chưa đăng ký nơi cư trú quá hạn",
                r["full_name"],
                f"{r.get('village_name') or ''} · nhận giấy giới thiệu {received}, quá {register_days} ngày",
                "residents",
                r["id"],
                True,
                commune_code=code,
            )
        )
    for p in store.people.id_warnings():
        items.append(
            Attention(
                "Số định danh (CCCD) cần kiểm tra",
                p["full_name"],
                "; ".join(p["issues"]),
                "people",
                p["id"],
                commune_code=code,
            )
        )
    if in_peak_month(today):
        items.append(
            Attention(
                "Ngày sắp tới",
                "Đang trong Tháng cao điểm “Vì người nghèo”",
                "17/10 – 18/11",
                None,
                None,
            )
        )
    for ahead in dates_ahead(today, store.settings, within_days=366):
        campaign = store.campaigns.by_code(ahead.campaign_code) if ahead.campaign_code else None
        left = ahead.days_left(today)
        items.append(
            Attention(
                "Ngày sắp tới",
                ahead.label,
                "hôm nay"
                if left == 0
                else f"còn {left} ngày ({dates.display(ahead.on.isoformat())})",
                "campaigns" if campaign else None,
                campaign["id"] if campaign else None,
            )
        )
    return items


def _overdue_replies(store: Store, code: str) -> list[Attention]:
    """Petitions (a group once) and supervision recommendations whose reply is overdue, oldest
    due first: each opens its record."""
    out = []
    for p in store.petitions.overdue():
        where = p.get("village_name") or ", ".join(
            sorted(set((p.get("origin_villages") or "").split(",")) - {""})
        )
        out.append(
            Attention(
                OVERDUE_REPLIES,
                p["content"][:80],
                f"{p.get('agency') or ''} · {where} · hạn {dates.display(p['due_date'])}",
                "petitions",
                p["id"],
                True,
                commune_code=code,
            )
        )
    for r in store.recommendations.query(overdue=True):
        out.append(
            Attention(
                OVERDUE_REPLIES,
                r["content"][:80],
                f"{r.get('agency') or ''} · sau giám sát · hạn {dates.display(r['due_date'])}",
                "recommendations",
                r["id"],
                True,
                commune_code=code,
            )
        )
    return out


def upper_items(store: Store, statuses: list[CommuneStatus] | None = None) -> list[Attention]:
    """Late communes, quarantined records, bodies breaking a rule, terms ending, late comments
    per commune, and the dates ahead (statuses: commune_statuses() when the caller has them)."""
    today = store.today()
    names = commune_names(store)
    statuses = commune_statuses(store) if statuses is None else statuses

    def who(code: str) -> str:
        return f"{names.get(code) or code} ({code})"

    items: list[Attention] = []
    limit = store.settings("bundle_overdue_days")
    for s in statuses:
        if not s.overdue:
            continue
        detail = (
            f"gói cuối số {s.last_sequence} ngày {dates.display(s.last_bundle_date.isoformat())}, "
            f"đã {s.days_since} ngày (quá {limit} ngày)"
            if s.last_bundle_date
            else "chưa gửi gói nào"
        )
        items.append(
            Attention(
                OVERDUE_COMMUNES,
                who(s.commune_code),
                detail,
                urgent=True,
                commune_code=s.commune_code,
            )
        )
    held = dict(
        store.conn.execute(
            "select commune_code, count(*) from sync_quarantine where resolved_at is null"
            " group by commune_code"
        ).fetchall()
    )
    for code, count in sorted(held.items()):
        items.append(
            Attention(
                "Bản ghi cách ly chờ xử lý",
                who(code),
                f"{count} bản ghi chưa vào dữ liệu tổng hợp (trang Đồng bộ cấp trên)",
                commune_code=code,
            )
        )
    items += _body_items(store, who)
    late = store.evaluations.overdue_by_commune()
    for code, count in sorted(late.items(), key=lambda kv: (-kv[1], text.sort_key(who(kv[0])))):
        items.append(
            Attention(
                EVALUATIONS_LATE,
                who(code),
                f"{count} phiếu chưa gửi về nơi công tác đúng hạn",
                urgent=True,
                commune_code=code,
            )
        )
    replies = Counter(store.petitions.overdue_by_commune())
    replies.update(store.recommendations.overdue_by_commune())
    for code, count in sorted(replies.items(), key=lambda kv: (-kv[1], text.sort_key(who(kv[0])))):
        items.append(
            Attention(
                OVERDUE_REPLIES,
                who(code),
                f"{count} kiến nghị đã quá hạn mà cơ quan chưa trả lời",
                urgent=True,
                commune_code=code,
            )
        )
    for ahead in dates_ahead(today, store.settings, within_days=366):
        left = ahead.days_left(today)
        items.append(
            Attention(
                "Ngày sắp tới",
                ahead.label,
                "hôm nay"
                if left == 0
                else f"còn {left} ngày ({dates.display(ahead.on.isoformat())})",
            )
        )
    return items


def commune_rows(store: Store, statuses: list[CommuneStatus] | None = None) -> list[dict]:
    """The upper overview's table: every commune known here (sent a bundle or holds rows), with
    its people, party members and last bundle, in Vietnamese order."""
    statuses_by_code = {
        s.commune_code: s for s in (commune_statuses(store) if statuses is None else statuses)
    }
    names = commune_names(store)
    people = store.people.count_by_commune()
    party = store.people.count_by_commune(party_member=True)
    own = store.owner_code()
    codes = (set(statuses_by_code) | set(people)) - {own}
    rows = []
    for code in codes:
        status = statuses_by_code.get(code)
        if status is None or status.last_bundle_date is None:
            last = "chưa gửi gói"
        else:
            last = (
                f"số {status.last_sequence} · {dates.display(status.last_bundle_date.isoformat())}"
            )
        rows.append(
            {
                "id": code,
                "code": code,
                "label": f"{names.get(code) or code} ({code})",
                "people": people.get(code, 0),
                "party": party.get(code, 0),
                "last": last,
                "overdue": status is None or status.overdue,
            }
        )
    return sorted(rows, key=lambda r: (text.sort_key(r["label"]), r["code"]))
