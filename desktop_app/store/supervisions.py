"""Giám sát và phản biện xã hội: the year's supervisions (the plan and each one's findings),
the recommendations a supervision makes (followed to the agency's reply like petitions), and
social criticism of draft documents and policies."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core import enums, text
from desktop_app.core import petitions as rules
from desktop_app.core.errors import Issue, UserError, error
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.petitions import (
    DATE_FIELDS,
    FOLLOW_FIELDS,
    OVERDUE_SQL,
    FollowedRegister,
    status_clause,
    years_of,
)
from desktop_app.store.register import Register, Where

#: What each column of the supervisions' list sorts by.
SUPERVISION_ORDER: ordering.SortKeys = {
    "year": ordering.value("year"),
    "subject": ordering.words("subject"),
    "form": ordering.labels("form", enums.SUPERVISION_FORMS),
    "start_date": ordering.value("start_date"),
    "status": ordering.labels("status", enums.SUPERVISION_STATUSES),
    "recommendation_count": ordering.value("recommendation_count"),
}

#: What each column of the recommendations' list sorts by.
RECOMMENDATION_ORDER: ordering.SortKeys = {
    "supervision_subject": ordering.words("supervision_subject"),
    "content": ordering.words("content"),
    "agency": ordering.words("agency"),
    "due_date": ordering.value("due_date"),
    "reply_date": ordering.value("reply_date"),
    "status": ordering.labels("status", enums.PETITION_STATUSES),
}

#: What each column of the social criticisms' list sorts by.
CRITICISM_ORDER: ordering.SortKeys = {
    "conference_date": ordering.value("conference_date"),
    "draft": ordering.words("draft"),
    "drafting_agency": ordering.words("drafting_agency"),
    "participants": ordering.value("participants"),
    "sent_doc": ordering.words("sent_doc"),
    "answer_date": ordering.value("answer_date"),
}


class Supervisions(Register):
    table = "supervisions"
    label = "cuộc giám sát"
    fields = (
        "year",
        "subject",
        "form",
        "body_id",
        "team_ids",
        "start_date",
        "end_date",
        "findings",
        "notes",
    )
    raw_fields = ("form", "body_id", "team_ids", "start_date", "end_date")
    multiline_fields = ("subject", "findings", "notes")
    int_fields = ("year",)
    default_order = "year desc, start_date"

    def clean(self, data: dict) -> dict:
        data = dict(data)
        ids = data.get("team_ids")
        if isinstance(ids, list | tuple):
            data["team_ids"] = json.dumps(list(dict.fromkeys(ids)))
        return super().clean(data)

    def derive(self, record: dict) -> dict:
        return {
            "status": "done" if (record.get("findings") or "").strip() else "planned",
            "name_fold": text.fold(record.get("subject")),
        }

    def check(self, record: dict) -> list[Issue]:
        issues = rules.validate_supervision(record, self.store.today())
        if record.get("body_id"):
            body = self.store.bodies.get(record["body_id"])
            if body is None:
                issues.append(error("body_id", "Ban được chọn không có trong sổ."))
            elif body["kind"] not in ("inspection_board", "supervision_board"):
                issues.append(
                    error(
                        "body_id",
                        "Chỉ liên kết với Ban thanh tra nhân dân hoặc Ban giám sát đầu tư.",
                    )
                )
        try:
            ids = json.loads(record.get("team_ids") or "[]")
            if not isinstance(ids, list):
                raise ValueError
        except ValueError:
            return issues + [error("team_ids", "Danh sách thành viên đoàn giám sát không hợp lệ.")]
        if any(self.store.people.get(i) is None for i in ids):
            issues.append(error("team_ids", "Có người trong đoàn giám sát không có trong sổ."))
        return issues

    def years(self) -> list[int]:
        return years_of(
            self.store, "select distinct year from supervisions where deleted_at is null"
        )

    def team(self, record: dict) -> list[dict]:
        ids = json.loads(record.get("team_ids") or "[]")
        return [p for p in (self.store.people.get(i) for i in ids) if p is not None]

    def query(
        self,
        year: int | None = None,
        status: str | None = None,
        body_id: str | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """Supervisions of a year in date order, with the body they belong to and the counts of
        their recommendations: all, answered (or resolved), overdue."""
        today = self.store.today().isoformat()
        sql = (
            "select s.*, b.name as body_name,"
            " (select count(*) from recommendations r where r.supervision_id = s.id and r.deleted_at is null)"
            "   as recommendation_count,"
            " (select count(*) from recommendations r where r.supervision_id = s.id and r.deleted_at is null"
            "   and r.status in ('answered', 'resolved')) as answered_count,"
            " (select count(*) from recommendations r where r.supervision_id = s.id and r.deleted_at is null"
            f"   and {OVERDUE_SQL.format(a='r.')}) as overdue_count"
            " from supervisions s left join bodies b on b.id = s.body_id where s.deleted_at is null"
        )
        where = Where(sql)
        where.params.append(today)
        where = (
            where.given(year, "s.year = ?")
            .given(status, "s.status = ?")
            .given(body_id, "s.body_id = ?")
            .given(commune_code, "s.commune_code = ?")
            .search(search, "s.name_fold")
        )
        return ordering.listed(
            self.store,
            where.sql,
            where.params,
            "s.year desc, coalesce(s.start_date, '9999'), s.rowid",
            SUPERVISION_ORDER,
            sort,
        )

    def _before_delete(self, record_id: str) -> None:
        n = self.store.conn.execute(
            "select count(*) from recommendations where supervision_id = ? and deleted_at is null",
            [record_id],
        ).fetchone()[0]
        if n:
            raise UserError(f"Cuộc giám sát đã có {n} kiến nghị; hãy xóa các kiến nghị trước.")


class Recommendations(FollowedRegister):
    table = "recommendations"
    label = "kiến nghị sau giám sát"
    fields = ("supervision_id", "made_date", "content", *FOLLOW_FIELDS, "notes")
    raw_fields = ("supervision_id", "made_date", *DATE_FIELDS)
    multiline_fields = ("content", "reply_content", "notes")
    default_order = "made_date"
    start_field = "made_date"

    def days(self, record: dict) -> int:
        return int(self.store.settings.get(rules.RECOMMENDATION_DAYS_SETTING))

    def derive(self, record: dict) -> dict:
        derived = super().derive(record)
        if not record.get("due_date") and not derived.get("due_date") and record.get("made_date"):
            derived["due_date"] = rules.due_from(record["made_date"], self.days(record))
        return derived

    def check(self, record: dict) -> list[Issue]:
        issues = rules.validate_recommendation(record, self.store.today())
        if record.get("supervision_id") and not self.store.supervisions.get(
            record["supervision_id"]
        ):
            issues.append(error("supervision_id", "Cuộc giám sát được chọn không có trong sổ."))
        return issues

    def query(
        self,
        year: int | None = None,
        status: str | None = None,
        supervision_id: str | None = None,
        overdue: bool = False,
        search: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        today = self.store.today().isoformat()
        clause, params = status_clause("overdue" if overdue else status, today, "r")
        where = Where(
            "select r.*, s.subject as supervision_subject, s.year as year,"
            f" ({OVERDUE_SQL.format(a='r.')}) as overdue"
            " from recommendations r join supervisions s on s.id = r.supervision_id"
            " where r.deleted_at is null"
        )
        where.params.append(today)
        where = (
            where.given(year, "s.year = ?")
            .given(supervision_id, "r.supervision_id = ?")
            .given(commune_code, "r.commune_code = ?")
            .search(search, "s.name_fold")
        )
        if clause:
            where.sql += f" and {clause}"
            where.params += params
        rows = ordering.listed(
            self.store,
            where.sql,
            where.params,
            "s.year desc, r.made_date, r.rowid",
            RECOMMENDATION_ORDER,
            sort,
        )
        for row in rows:
            row["overdue"] = bool(row["overdue"])
        return rows

    def for_supervision(self, supervision_id: str) -> list[dict]:
        return self.query(supervision_id=supervision_id)

    def overdue_by_commune(self) -> dict[str, int]:
        """query(overdue=True) counted per commune, in SQL (the upper level's attention list)."""
        return dict(
            self.store.conn.execute(
                "select r.commune_code, count(*) from recommendations r"
                " join supervisions s on s.id = r.supervision_id where r.deleted_at is null"
                f" and {OVERDUE_SQL.format(a='r.')} group by r.commune_code",
                [self.store.today().isoformat()],
            ).fetchall()
        )


class Criticisms(Register):
    table = "criticisms"
    label = "hoạt động phản biện xã hội"
    fields = (
        "draft",
        "drafting_agency",
        "conference_date",
        "participants",
        "participants_note",
        "opinions",
        "sent_doc",
        "sent_date",
        "answer_date",
        "answer_content",
        "notes",
    )
    raw_fields = ("conference_date", "sent_date", "answer_date")
    multiline_fields = ("draft", "participants_note", "opinions", "answer_content", "notes")
    int_fields = ("participants",)
    default_order = "conference_date desc"

    def check(self, record: dict) -> list[Issue]:
        return rules.validate_criticism(record, self.store.today())

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(
                f"{record.get('draft') or ''} {record.get('drafting_agency') or ''}"
            )
        }

    def years(self) -> list[int]:
        return years_of(
            self.store,
            "select distinct substr(conference_date, 1, 4) from criticisms"
            " where deleted_at is null",
        )

    def query(
        self,
        year: int | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
        **_: Any,
    ) -> list[dict]:
        where = (
            Where("select * from criticisms where deleted_at is null")
            .given(str(year) if year else None, "substr(conference_date, 1, 4) = ?")
            .given(commune_code, "commune_code = ?")
            .search(search, "name_fold")
        )
        return ordering.listed(
            self.store,
            where.sql,
            where.params,
            "coalesce(conference_date, '9999') desc, rowid desc",
            CRITICISM_ORDER,
            sort,
        )
