"""Ý kiến, kiến nghị: the people's opinions as received, grouped into recommendations, forwarded
to an agency and followed to the answer (core/petitions.py holds the rules and the statuses).

A group is a petition of its own (`is_group` 1) that similar opinions of several villages point
to (`grouped_into`); each keeps its origin (village, who raised it, how). Following a group up
(forwarding, the reply, the resolution) writes the same onto every opinion in it, so each
village's opinions always show where their answer stands.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from desktop_app.core import enums, text
from desktop_app.core import petitions as rules
from desktop_app.core.errors import Issue, UserError, error
from desktop_app.store import ordering, refdata
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

FOLLOW_FIELDS = (
    "agency",
    "forwarded_doc",
    "forwarded_date",
    "due_date",
    "reply_date",
    "reply_doc",
    "reply_content",
    "resolved_date",
)
DATE_FIELDS = ("forwarded_date", "due_date", "reply_date", "resolved_date")
# Not answered and past its due date (core.petitions.is_overdue); `?` is today.
OVERDUE_SQL = (
    "{a}status in ('received', 'forwarded') and {a}due_date is not null and {a}due_date < ?"
)


def status_clause(status: str | None, today: str, alias: str = "") -> tuple[str | None, list]:
    """SQL for a `--status` filter: a stored status, 'overdue' or 'unanswered'."""
    a = f"{alias}." if alias else ""
    if not status:
        return None, []
    if status == "overdue":
        return OVERDUE_SQL.format(a=a), [today]
    if status == "unanswered":
        return f"{a}status in ('received', 'forwarded')", []
    return f"{a}status = ?", [status]


#: What each column of the petitions' list sorts by (a group by the villages it came from).
PETITION_ORDER: ordering.SortKeys = {
    "received_date": ordering.value("received_date"),
    "village_name": ordering.sql(
        "vi_key(case when listed.is_group then listed.origin_villages else listed.village_name end)"
    ),
    "content": ordering.words("content"),
    "field": lambda: ordering.labels("field", refdata.petition_fields()),
    "agency": ordering.words("agency"),
    "due_date": ordering.value("due_date"),
    "status": ordering.labels("status", enums.PETITION_STATUSES),
}


class FollowedRegister(Register, ABC):
    """What petitions and recommendations share: the status from the dates, the due date from the
    settings when none is typed, the follow-up steps."""

    start_field: str = "received_date"

    @abstractmethod
    def days(self, record: dict) -> int:
        """Days the agency has to reply to this record (a setting of each register)."""

    def derive(self, record: dict) -> dict:
        derived: dict[str, Any] = {"status": rules.status_of(record)}
        if not record.get("due_date") and record.get("forwarded_date"):
            derived["due_date"] = rules.due_from(record["forwarded_date"], self.days(record))
        return derived

    def forward(
        self,
        record_id: str,
        agency: str,
        date: str,
        doc: str | None = None,
        due_date: str | None = None,
        accept_warnings: bool = False,
    ) -> dict:
        changes = {"agency": agency, "forwarded_date": date, "forwarded_doc": doc}
        if due_date:
            changes["due_date"] = due_date
        return self.update(record_id, changes, accept_warnings)

    def record_reply(
        self,
        record_id: str,
        date: str,
        doc: str | None = None,
        content: str | None = None,
        accept_warnings: bool = False,
        **more: Any,
    ) -> dict:
        changes = {"reply_date": date, "reply_doc": doc, "reply_content": content, **more}
        return self.update(record_id, changes, accept_warnings)

    def resolve(self, record_id: str, date: str, accept_warnings: bool = False) -> dict:
        return self.update(record_id, {"resolved_date": date}, accept_warnings)


class Petitions(FollowedRegister):
    table = "petitions"
    label = "ý kiến, kiến nghị"
    fields = (
        "received_date",
        "channel",
        "round_label",
        "village_id",
        "raised_by",
        "content",
        "field",
        "is_group",
        "grouped_into",
        *FOLLOW_FIELDS,
        "made_public",
        "notes",
    )
    raw_fields = ("received_date", "channel", "village_id", "field", "grouped_into", *DATE_FIELDS)
    multiline_fields = ("content", "reply_content", "notes")
    int_fields = ("is_group", "made_public")
    default_order = "received_date desc"

    def days(self, record: dict) -> int:
        return int(self.store.settings.get(rules.days_setting(record.get("channel"))))

    def derive(self, record: dict) -> dict:
        return {
            **super().derive(record),
            "name_fold": text.fold(
                " ".join(
                    str(record.get(k) or "")
                    for k in ("content", "raised_by", "agency", "round_label")
                )
            ),
        }

    def check(self, record: dict) -> list[Issue]:
        issues = rules.validate_petition(record, self.store.today(), set(refdata.petition_fields()))
        if record.get("village_id") and not self.store.villages.get(record["village_id"]):
            issues.append(error("village_id", "Khu dân cư được chọn không có trong sổ."))
        group = record.get("grouped_into")
        if group and group != record.get("id"):
            row = self.get(group)
            if row is None or not row.get("is_group"):
                issues.append(
                    error("grouped_into", "Kiến nghị tổng hợp được chọn không có trong sổ.")
                )
        return issues

    # ---- reading ------------------------------------------------------------------------------
    def query(
        self,
        year: int | None = None,
        status: str | None = None,
        village_id: str | None = None,
        field: str | None = None,
        overdue: bool = False,
        search: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        top_level: bool = False,
        commune_code: str | None = None,
        group_id: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """Petitions newest first, with their village, how many opinions a group holds, the
        villages they came from and whether the reply is overdue (as of the store's today)."""
        today = self.store.today().isoformat()
        clause, params = status_clause("overdue" if overdue else status, today, "p")
        sql = (
            "select p.*, v.name as village_name,"
            " (select count(*) from petitions m where m.grouped_into = p.id and m.deleted_at is null)"
            "   as member_count,"
            " (select group_concat(distinct mv.name) from petitions m join villages mv on mv.id = m.village_id"
            "   where m.grouped_into = p.id and m.deleted_at is null) as origin_villages,"
            f" ({OVERDUE_SQL.format(a='p.')}) as overdue"
            " from petitions p left join villages v on v.id = p.village_id where p.deleted_at is null"
        )
        where = Where(sql)
        where.params.append(today)
        where = (
            where.given(str(year) if year else None, "substr(p.received_date, 1, 4) = ?")
            .given(field, "p.field = ?")
            .given(commune_code, "p.commune_code = ?")
            .given(group_id, "p.grouped_into = ?")
            .given(date_from, "p.received_date >= ?")
            .given(date_to, "p.received_date <= ?")
            .search(search, "p.name_fold")
        )
        if village_id:
            where.sql += (
                " and (p.village_id = ? or exists (select 1 from petitions m where"
                " m.grouped_into = p.id and m.village_id = ? and m.deleted_at is null))"
            )
            where.params += [village_id, village_id]
        if clause:
            where.sql += f" and {clause}"
            where.params += params
        if top_level:
            where.sql += " and p.grouped_into is null"
        rows = ordering.listed(
            self.store,
            where.sql,
            where.params,
            "p.received_date desc, p.rowid desc",
            PETITION_ORDER,
            sort,
        )
        for row in rows:
            row["overdue"] = bool(row["overdue"])
        return rows

    def years(self) -> list[int]:
        """The years petitions were received in, newest first (for a filter list)."""
        return years_of(
            self.store,
            "select distinct substr(received_date, 1, 4) from petitions where deleted_at is null",
        )

    def members(self, group_id: str) -> list[dict]:
        return self.query(group_id=group_id)

    # ---- grouping -----------------------------------------------------------------------------
    def group(
        self, ids: list[str], content: str, field: str | None = None, agency: str | None = None
    ) -> dict:
        """One recommendation out of similar opinions (each keeps its village and origin)."""
        if len(set(ids)) < 2:
            raise UserError("Chọn ít nhất hai ý kiến tương tự để gộp thành một kiến nghị.")
        with self.store.transaction():
            rows = [self.require_own(i) for i in dict.fromkeys(ids)]
            for row in rows:
                if row.get("is_group"):
                    raise UserError(
                        "Không gộp một kiến nghị tổng hợp vào kiến nghị khác; hãy chọn các ý kiến."
                    )
                if row.get("grouped_into"):
                    raise UserError(
                        f"Ý kiến “{_short(row['content'])}” đã được gộp vào một kiến nghị khác."
                    )
                if row.get("status") != "received":
                    raise UserError(
                        f"Ý kiến “{_short(row['content'])}” đã được chuyển đi; chỉ gộp các ý "
                        "kiến mới tiếp nhận."
                    )
            fields = {r.get("field") for r in rows} - {None}
            channels = {r.get("channel") for r in rows}
            group = self.add(
                {
                    "id": self.store.new_id(),
                    "is_group": 1,
                    "content": content,
                    "received_date": min(r["received_date"] for r in rows),
                    "round_label": rows[0].get("round_label"),
                    "channel": channels.pop() if len(channels) == 1 else None,
                    "field": field or (fields.pop() if len(fields) == 1 else None),
                    "agency": agency,
                },
                accept_warnings=True,
            )
            for row in rows:
                self.update(row["id"], {"grouped_into": group["id"]})
        return self.require(group["id"])

    def ungroup(self, record_id: str) -> dict:
        """Take one opinion out of its group (a group left with one opinion keeps it)."""
        return self.update(record_id, {"grouped_into": None})

    def update(
        self, record_id: str, changes: dict[str, Any], accept_warnings: bool = False
    ) -> dict:
        """A group's follow-up (forwarding, reply, resolution) is written on its opinions too."""
        with self.store.transaction():
            saved = super().update(record_id, changes, accept_warnings)
            if saved.get("is_group") and set(changes) & set(FOLLOW_FIELDS + ("made_public",)):
                follow = {k: saved.get(k) for k in FOLLOW_FIELDS + ("made_public",)}
                for member in self.store.query(
                    "select id from petitions where grouped_into = ? and deleted_at is null",
                    [record_id],
                ):
                    super().update(member["id"], follow, accept_warnings=True)
        return saved

    def _before_delete(self, record_id: str) -> None:
        row = self.require(record_id)
        if row.get("is_group"):  # its opinions stand alone again, each with its origin
            for member in self.store.query(
                "select id from petitions where grouped_into = ? and deleted_at is null",
                [record_id],
            ):
                super().update(member["id"], {"grouped_into": None})

    # ---- counts for the overview and the reports ------------------------------------------------
    def overdue(self, commune_code: str | None = None) -> list[dict]:
        """Recommendations (groups and ungrouped opinions) whose reply is overdue, oldest due first."""
        rows = self.query(overdue=True, top_level=True, commune_code=commune_code)
        return sorted(rows, key=lambda r: r["due_date"] or "")

    def overdue_by_commune(self) -> dict[str, int]:
        """overdue()'s recommendations counted per commune, in SQL (the upper level's attention
        list: a province holds some 100,000 petitions)."""
        return dict(
            self.store.conn.execute(
                "select commune_code, count(*) from petitions where deleted_at is null"
                f" and grouped_into is null and {OVERDUE_SQL.format(a='')} group by commune_code",
                [self.store.today().isoformat()],
            ).fetchall()
        )


COUNT_SQL = (
    "select {key} as k, count(*) as total,"
    " sum(p.status in ('answered', 'resolved')) as answered,"
    " sum(p.status = 'resolved') as resolved,"
    " sum(p.status in ('received', 'forwarded')) as unanswered,"
    " sum(p.forwarded_date is not null) as forwarded,"
    " sum({overdue}) as overdue"
    " from petitions p where p.deleted_at is null and p.grouped_into is null"
    " and p.received_date >= :date_from and p.received_date <= :date_to {more} group by k"
)
COUNTS = ("total", "answered", "resolved", "unanswered", "forwarded", "overdue")


def counts_by(
    store, key: str, date_from: str, date_to: str, commune_code: str | None = None
) -> dict[str | None, dict[str, int]]:
    """Recommendations (a group counts once, an opinion not grouped once) received in the period,
    by `key` ('p.field' or 'p.commune_code'): total, answered (or resolved), resolved, unanswered,
    forwarded and overdue as of the store's today."""
    overdue = OVERDUE_SQL.format(a="p.").replace("?", ":today")
    more = "and p.commune_code = :commune" if commune_code else ""
    rows = store.conn.execute(
        COUNT_SQL.format(key=key, overdue=overdue, more=more),
        {
            "date_from": date_from,
            "date_to": date_to,
            "today": store.today().isoformat(),
            "commune": commune_code,
        },
    ).fetchall()
    return {row[0]: dict(zip(COUNTS, (int(v or 0) for v in row[1:]), strict=True)) for row in rows}


def opinions_in(store, date_from: str, date_to: str) -> tuple[int, int]:
    """(opinions received in the period, villages they came from): groups themselves not counted."""
    row = store.conn.execute(
        "select count(*), count(distinct village_id) from petitions where deleted_at is null and is_group is not 1"
        " and received_date >= ? and received_date <= ?",
        [date_from, date_to],
    ).fetchone()
    return int(row[0]), int(row[1])


def years_of(store: Any, sql: str) -> list[int]:
    """The distinct years a query returns (as text or numbers), this year included, newest first."""
    found = {int(row[0]) for row in store.conn.execute(sql).fetchall() if row[0]}
    return sorted(found | {store.today().year}, reverse=True)


def _short(value: str | None, length: int = 60) -> str:
    value = value or ""
    return value if len(value) <= length else value[: length - 1] + "…"
