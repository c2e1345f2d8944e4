"""Regulation-213 yearly comments: the round, the transitions, versions after confirmation.

The round of year Y asks one comment for every member who is *resident that year*: not exempt,
registered on or before the round's due date (setting `reg213_due`) and not gone before it.
Opening a round twice adds only the members still missing, never a second request.

States: requested → commented → confirmed (commune party committee) → returned (sent back to
the workplace). A confirmed or returned comment is locked: changing it adds a new version
(`version` + 1, `supersedes_id`, `changed_after_confirmation` = 1) that goes through
confirmation again, and the old version stays readable (`versions()`).

A comment is *overdue* when the due date has passed and it has not been sent back to the
workplace yet (the setting is the deadline for sending the comment).

The form a round uses is `round_form_version()`: the version pinned in the settings when the
office has set one, otherwise the newest form in force on the opening day among the shipped
files and the office's forms folder (`store.form_dirs()`). A comment keeps the version it was
opened with, so old comments read with their own criteria after a new form arrives.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop_app.core import bounds, enums, reg213, rules, text
from desktop_app.core.dates import display
from desktop_app.core.errors import Issue, UserError, error, warning
from desktop_app.core.settings import day_month
from desktop_app.store import refdata
from desktop_app.store.register import Register, Where

CONTENT_FIELDS = (
    "ratings",
    "recommendation",
    "comments",
    "meeting_date",
    "cell_signer",
    "front_signer",
)
# The state a member has in the year's checklist, besides the evaluation states.
ROUND_STATUSES = enums.ROUND_STATUSES  # labels live in core.enums
OWING = ("not_requested", "requested", "commented", "confirmed")


class Evaluations(Register):
    table = "evaluations"
    label = "phiếu nhận xét"
    fields = (
        "resident_id",
        "year",
        "form_version",
        "ratings",
        "recommendation",
        "comments",
        "meeting_date",
        "cell_signer",
        "front_signer",
        "state",
        "due_date",
        "requested_date",
        "commented_date",
        "confirmed_date",
        "returned_date",
        "version",
        "supersedes_id",
        "changed_after_confirmation",
        "purpose",
    )
    raw_fields = (
        "resident_id",
        "ratings",
        "recommendation",
        "meeting_date",
        "state",
        "due_date",
        "requested_date",
        "commented_date",
        "confirmed_date",
        "returned_date",
        "supersedes_id",
        "purpose",
    )
    int_fields = ("year", "form_version", "version", "changed_after_confirmation")
    validator = staticmethod(rules.validate_evaluation)

    def clean(self, data: dict) -> dict:
        data = dict(data)
        if isinstance(data.get("ratings"), dict):
            data["ratings"] = json.dumps(data["ratings"], ensure_ascii=False, sort_keys=True)
        return super().clean(data)

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        resident = self.store.residents.get(record.get("resident_id") or "")
        if resident is None:
            return issues + [error("resident_id", "Không tìm thấy đảng viên nơi cư trú.")]
        purpose = record.get("purpose")
        if purpose and purpose not in enums.COMMENT_PURPOSES:
            issues.append(error("purpose", "Lý do nhận xét khi cần không hợp lệ."))
        elif purpose and not reg213.is_exempt(resident["category"]):
            issues.append(
                error(
                    "purpose",
                    "Đảng viên này có trong đợt nhận xét hằng năm; hãy dùng phiếu của đợt đó.",
                )
            )
        elif not purpose and reg213.is_exempt(resident["category"]):
            issues.append(
                error(
                    "resident_id",
                    "Đảng viên thuộc diện miễn sinh hoạt nơi cư trú, không nhận xét hằng năm; "
                    "khi cần (công tác cán bộ, khen thưởng, kỷ luật) hãy lấy nhận xét khi cần.",
                )
            )
        if record.get("state") in (None, "requested"):
            return issues
        form = refdata.comment_form(record.get("form_version") or 1, self.store.form_dirs())
        try:
            ratings = json.loads(record.get("ratings") or "{}")
        except ValueError:
            ratings = None
        if not isinstance(ratings, dict):
            return issues + [
                error("ratings", "Phần đánh giá các tiêu chí bị hỏng; hãy chọn lại từng mức.")
            ]
        issues += [error("ratings", p) for p in form.validate_ratings(ratings)]
        if not record.get("recommendation"):
            issues.append(
                error(
                    "recommendation",
                    "Chưa chọn đề nghị (biểu dương, không đề nghị hoặc xem xét xử lý).",
                )
            )
        elif record["recommendation"] not in form.recommendation.level_codes:
            issues.append(
                error("recommendation", "Đề nghị không có trong mẫu phiếu này; hãy chọn lại.")
            )
        meeting = record.get("meeting_date")
        if not meeting:
            issues.append(warning("meeting_date", "Chưa ghi ngày họp chi bộ nhận xét."))
        elif isinstance(record.get("year"), int) and meeting[:4] != str(record["year"]):
            issues.append(
                warning(
                    "meeting_date", f"Ngày họp {display(meeting)} không thuộc năm {record['year']}."
                )
            )
        if not record.get("cell_signer"):
            issues.append(warning("cell_signer", "Chưa ghi người ký thay mặt chi ủy."))
        if not record.get("front_signer"):
            issues.append(
                warning("front_signer", "Chưa ghi trưởng Ban công tác Mặt trận ký phiếu.")
            )
        return issues

    # ---- the form --------------------------------------------------------------------
    def form_of(self, evaluation: dict) -> refdata.CommentForm:
        return refdata.comment_form(evaluation.get("form_version") or 1, self.store.form_dirs())

    def form_versions(self) -> list[int]:
        return refdata.comment_form_versions(self.store.form_dirs())

    def round_form_version(self, on: date | None = None) -> int:
        """The form a new round uses: the pinned setting, else the newest in force on the day."""
        pinned = self.store.conn.execute(
            "select 1 from settings where key = 'reg213_form_version'"
        ).fetchone()
        if pinned:
            version = self.store.settings("reg213_form_version")
            refdata.comment_form(
                version, self.store.form_dirs()
            )  # a clear message when it is missing
            return version
        return refdata.latest_comment_form(self.store.form_dirs(), on or self.store.today()).version

    def round_form(self, on: date | None = None) -> refdata.CommentForm:
        """The form of the current round: its regulation's name and number are what every
        screen and printed form says (a new regulation is a new form version)."""
        return refdata.comment_form(self.round_form_version(on), self.store.form_dirs())

    # ---- the round -------------------------------------------------------------------
    def due_date(self, year: int) -> date:
        return reg213.due_date(year, day_month(self.store.settings("reg213_due")))

    def current_for(self, resident_id: str, year: int) -> dict | None:
        """The newest version of a member's comment for the year."""
        rows = self.store.query(
            "select * from evaluations where resident_id = ? and year = ? and deleted_at is null"
            " and purpose is null order by version desc limit 1",
            [resident_id, year],
        )
        return rows[0] if rows else None

    def _eligible_sql(self) -> str:
        return (
            "r.deleted_at is null and r.category not like 'exempt\\_%' escape '\\'"
            " and r.registered_date is not null and r.registered_date <= :due"
            " and (r.left_date is null or r.left_date > :due)"
        )

    def _missing_sql(self) -> str:
        # Only this office's members: an upper level holds the communes' residents but opens no round.
        return (
            f"from residents r where {self._eligible_sql()} and r.commune_code = :owner and not exists"
            " (select 1 from evaluations e where e.resident_id = r.id and e.year = :year"
            "  and e.deleted_at is null and e.purpose is null)"
        )

    def round_preview(self, year: int) -> int:
        """How many requests opening (or re-opening) the round of the year would add."""
        return self.store.conn.execute(
            f"select count(*) {self._missing_sql()}",
            {
                "due": self.due_date(year).isoformat(),
                "year": year,
                "owner": self.store.owner_code(),
            },
        ).fetchone()[0]

    def open_round(self, year: int, form_version: int | None = None) -> int:
        """One comment request for every non-exempt member resident in the year; none twice.

        Returns how many requests were added (0 when everyone already has one).
        """
        due = self.due_date(year)
        if year > self.store.today().year + 1:
            raise UserError(f"Chưa thể mở đợt nhận xét năm {year}.")
        version = form_version or self.round_form_version()
        refdata.comment_form(version, self.store.form_dirs())
        today = self.store.today().isoformat()
        with self.store.transaction():
            missing = [
                row[0]
                for row in self.store.conn.execute(
                    f"select r.id {self._missing_sql()} order by r.rowid",
                    {"due": due.isoformat(), "year": year, "owner": self.store.owner_code()},
                ).fetchall()
            ]
            for resident_id in missing:
                self.add(
                    {
                        "resident_id": resident_id,
                        "year": year,
                        "form_version": version,
                        "state": "requested",
                        "due_date": due.isoformat(),
                        "requested_date": today,
                        "version": 1,
                        "changed_after_confirmation": 0,
                    },
                    accept_warnings=True,
                )
        return len(missing)

    def request_when_needed(
        self, resident_id: str, purpose: str, on_date: str | None = None
    ) -> dict:
        """A comment taken when needed (công tác cán bộ, khen thưởng, kỷ luật) of a member exempt
        from the yearly round (Hướng dẫn 33-HD/BTCTW §1.1); it goes through the usual states and
        never counts in the round."""
        day = self._checked_day(on_date, None, "", "đề nghị nhận xét")
        return self.add(
            {
                "resident_id": resident_id,
                "year": int(day[:4]),
                "purpose": purpose,
                "form_version": self.round_form_version(date.fromisoformat(day)),
                "state": "requested",
                "requested_date": day,
                "version": 1,
                "changed_after_confirmation": 0,
            }
        )

    def when_needed(self, resident_id: str) -> list[dict]:
        """The member's comments taken when needed, newest first."""
        return self.store.query(
            "select * from evaluations where resident_id = ? and purpose is not null and deleted_at is null"
            " order by requested_date desc, version desc",
            [resident_id],
        )

    # ---- the transitions ---------------------------------------------------------------
    def comment(
        self,
        evaluation_id: str,
        ratings: dict[str, str],
        recommendation: str | None,
        comments: str | None = None,
        meeting_date: str | None = None,
        cell_signer: str | None = None,
        front_signer: str | None = None,
        accept_warnings: bool = False,
    ) -> dict:
        """Enter or correct the comment. A confirmed one is locked: the change becomes a new version."""
        current = self.require(evaluation_id)
        latest = self.current_for(current["resident_id"], current["year"])
        if latest and latest["id"] != current["id"]:
            raise UserError(
                f"Phiếu này đã có bản sửa lần {latest['version']}; hãy mở bản mới nhất để sửa."
            )
        values: dict[str, Any] = {
            "ratings": ratings,
            "recommendation": recommendation,
            "comments": comments,
            "meeting_date": meeting_date,
            "cell_signer": cell_signer,
            "front_signer": front_signer,
        }
        if current["state"] in reg213.LOCKED_STATES:
            return self._new_version(current, values, accept_warnings)
        reg213.check_transition(current["state"], "commented")
        return self.update(
            evaluation_id,
            {**values, "state": "commented", "commented_date": self.store.today().isoformat()},
            accept_warnings=accept_warnings,
        )

    def _new_version(self, current: dict, values: dict, accept_warnings: bool) -> dict:
        cleaned = self.clean(values)
        if all(cleaned.get(k) == current.get(k) for k in CONTENT_FIELDS):
            return current  # nothing changed: the locked version stands
        keep = {
            k: current[k]
            for k in (
                "resident_id",
                "year",
                "form_version",
                "due_date",
                "requested_date",
                "purpose",
            )
        }
        return self.add(
            {
                **keep,
                **values,
                "state": "commented",
                "commented_date": self.store.today().isoformat(),
                "version": (current["version"] or 1) + 1,
                "supersedes_id": current["id"],
                "changed_after_confirmation": 1,
            },
            accept_warnings=accept_warnings,
        )

    def _checked_day(
        self, on_date: str | None, after: str | None, after_label: str, what: str
    ) -> str:
        day = on_date or self.store.today().isoformat()
        if day > self.store.today().isoformat():
            raise UserError(f"Ngày {what} không thể sau ngày hôm nay.")
        if after and day < after[:10]:
            raise UserError(
                f"Ngày {what} ({display(day)}) không thể trước {after_label} ({display(after)})."
            )
        return day

    def confirm(self, evaluation_id: str, on_date: str | None = None) -> dict:
        """The commune party committee confirmed the comment; it is locked from now on."""
        current = self.require(evaluation_id)
        reg213.check_transition(current["state"], "confirmed")
        day = self._checked_day(
            on_date, current.get("meeting_date"), "ngày họp nhận xét", "xác nhận"
        )
        return self.update(
            evaluation_id, {"state": "confirmed", "confirmed_date": day}, accept_warnings=True
        )

    def mark_returned(self, evaluation_id: str, on_date: str | None = None) -> dict:
        """The confirmed comment was sent back to the member's workplace."""
        current = self.require(evaluation_id)
        reg213.check_transition(current["state"], "returned")
        day = self._checked_day(
            on_date, current.get("confirmed_date"), "ngày xác nhận", "gửi về nơi công tác"
        )
        return self.update(
            evaluation_id, {"state": "returned", "returned_date": day}, accept_warnings=True
        )

    # ---- reading ----------------------------------------------------------------------
    def query(
        self,
        year: int | None = None,
        village_id: str | None = None,
        state: str | None = None,
        latest_only: bool = True,
        search: str | None = None,
        overdue: bool | None = None,
        resident_id: str | None = None,
    ) -> list[dict]:
        """Yearly comments with the member, village and `overdue`; the newest version of each by
        default (comments taken when needed: `when_needed()`)."""
        sql = (
            "select e.*, r.village_id, r.workplace, r.category, p.full_name, p.sort_key,"
            " v.name as village_name,"
            " (e.state != 'returned' and e.due_date < :today) as overdue"
            " from evaluations e join residents r on r.id = e.resident_id"
            " join people p on p.id = r.person_id left join villages v on v.id = r.village_id"
            " where e.deleted_at is null and e.purpose is null"
        )
        params: dict[str, Any] = {"today": self.store.today().isoformat()}
        if latest_only:
            sql += (
                " and e.version = (select max(x.version) from evaluations x where x.resident_id = e.resident_id"
                " and x.year = e.year and x.deleted_at is null and x.purpose is null)"
            )
        for column, key, value in (
            ("e.year", "year", year),
            ("r.village_id", "village", village_id),
            ("e.state", "state", state),
            ("e.resident_id", "resident", resident_id),
        ):
            if value:
                sql += f" and {column} = :{key}"
                params[key] = value
        if overdue is not None:
            sql += (
                f" and {'' if overdue else 'not '}(e.state != 'returned' and e.due_date < :today)"
            )
        for n, term in enumerate(text.search_terms(search or "")):
            sql += f" and p.name_fold like :t{n} escape '\\'"
            params[f"t{n}"] = bounds.like_contains(term)
        rows = self.store.query(
            sql + " order by e.year desc, v.sort_key, p.sort_key, e.version", params
        )
        for row in rows:
            row["overdue"] = bool(row["overdue"])
            row["recommendation_label"] = self._recommendation_label(row)
        return rows

    def overdue_by_commune(self) -> dict[str, int]:
        """How many comments are overdue, per commune: len(query(overdue=True)) of each commune,
        counted in SQL (a province's overview needs the counts, not thousands of rows)."""
        return dict(
            self.store.conn.execute(
                "select e.commune_code, count(*) from evaluations e join residents r on r.id = e.resident_id"
                " join people p on p.id = r.person_id where e.deleted_at is null"
                " and e.version = (select max(x.version) from evaluations x where x.resident_id = e.resident_id"
                " and x.year = e.year and x.deleted_at is null)"
                " and (e.state != 'returned' and e.due_date < ?) group by e.commune_code",
                [self.store.today().isoformat()],
            ).fetchall()
        )

    def _recommendation_label(self, row: dict) -> str | None:
        if not row.get("recommendation"):
            return None
        try:
            return self.form_of(row).recommendation.label(row["recommendation"])
        except (KeyError, refdata.FormDataError):
            return row["recommendation"]

    def last_signers(self, village_id: str | None) -> tuple[str | None, str | None]:
        """Who signed the village's latest comment (party cell, Front committee), to suggest."""
        row = self.store.conn.execute(
            "select e.cell_signer, e.front_signer from evaluations e join residents r on r.id = e.resident_id"
            " where r.village_id is ? and e.deleted_at is null and e.state != 'requested'"
            " order by e.commented_date desc, e.rev desc limit 1",
            [village_id],
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def versions(self, resident_id: str, year: int) -> list[dict]:
        """Every version of a member's comment for the year, oldest first."""
        return self.store.query(
            "select * from evaluations where resident_id = ? and year = ? and deleted_at is null"
            " and purpose is null order by version",
            [resident_id, year],
        )

    def checklist(
        self, year: int, village_id: str | None = None, commune_code: str | None = None
    ) -> list[dict]:
        """The year's round village by village: every member with their round status;
        commune_code keeps one commune's (the upper level, where communes follow by code).

        Returns [{"village_id", "village_name", "commune_code", "counts": {status: n, "overdue": n,
        "registration_overdue": n}, "members": [row…]}] in village order. A member row has the
        resident's fields, `status` (a ROUND_STATUSES key), `evaluation_id`, `version`,
        `overdue` and `registration_overdue`.
        """
        due = self.due_date(year).isoformat()
        today = self.store.today()
        where = self._round_where(
            "select r.*, p.full_name, p.sort_key, v.name as village_name,"
            " e.id as evaluation_id, e.state as evaluation_state, e.version,"
            " e.changed_after_confirmation",
            year,
            village_id,
            commune_code,
        )
        days = self.store.settings("reg213_register_days")
        villages: dict[str, dict] = {}
        for row in self.store.query(
            where.sql + " order by r.commune_code, v.sort_key, p.sort_key, r.id", where.params
        ):
            self._round_status(row, today, due, days)
            group = villages.setdefault(
                f"{row['commune_code']}/{row['village_id'] or ''}",
                {
                    "village_id": row["village_id"],
                    "village_name": row["village_name"] or "(chưa rõ khu dân cư)",
                    "commune_code": row["commune_code"],
                    "counts": dict.fromkeys(
                        (*ROUND_STATUSES, "overdue", "registration_overdue"), 0
                    ),
                    "members": [],
                },
            )
            group["members"].append(row)
            group["counts"][row["status"]] += 1
            group["counts"]["overdue"] += row["overdue"]
            group["counts"]["registration_overdue"] += row["registration_overdue"]
        return list(villages.values())

    def _round_where(
        self, select: str, year: int, village_id: str | None, commune_code: str | None
    ) -> Where:
        """The members in the year's round (checklist()'s rows), after `select`."""
        due = self.due_date(year).isoformat()
        where = (
            Where(
                select + " from residents r join people p on p.id = r.person_id"
                " left join villages v on v.id = r.village_id"
                " left join evaluations e on e.id = (select x.id from evaluations x"
                "  where x.resident_id = r.id and x.year = ? and x.deleted_at is null"
                "  and x.purpose is null order by x.version desc limit 1)"
                " where r.deleted_at is null"
                " and (r.left_date is null or r.left_date > ? or e.id is not null)"
                " and (r.registered_date is null or r.registered_date <= ? or e.id is not null)"
            )
            .given(village_id, "r.village_id = ?")
            .given(commune_code, "r.commune_code = ?")
        )
        where.params[:0] = [year, due, due]
        return where

    @staticmethod
    def _round_status(row: dict, today: date, due: str, days: int) -> None:
        """A member's `status` in the round, `overdue` and `registration_overdue`, set in row
        (from its evaluation_state, category, registered_date, left_date, received_date and
        letter_date)."""
        row["registration_overdue"] = reg213.registration_overdue(row, today, days)
        if row["evaluation_state"]:
            row["status"] = row["evaluation_state"]
        elif reg213.is_exempt(row["category"]):
            row["status"] = "exempt"
        elif not row["registered_date"]:
            row["status"] = "unregistered"
        else:
            row["status"] = "not_requested"
        row["overdue"] = row["status"] in OWING and today.isoformat() > due

    def _round_counts(self, year: int, commune_code: str | None = None) -> dict[str, list[dict]]:
        """checklist()'s counts without its rows, per commune ({code: [{"counts": …}]}, the
        shape _progress reads): the members grouped in SQL by what their status depends on
        (the overview of a province: 12,000 members in a few hundred groups)."""
        due = self.due_date(year).isoformat()
        today = self.store.today()
        days = self.store.settings("reg213_register_days")
        where = self._round_where(
            "select r.commune_code, e.state as evaluation_state, r.category,"
            " nullif(r.registered_date, '') is not null as registered_date,"
            " nullif(r.left_date, '') is not null as left_date,"
            " coalesce(nullif(r.received_date, ''), nullif(r.letter_date, '')) as received_date,"
            " null as letter_date, count(*) as n",
            year,
            None,
            commune_code,
        )
        out: dict[str, list[dict]] = {}
        for row in self.store.query(where.sql + " group by 1, 2, 3, 4, 5, 6", where.params):
            for key in ("registered_date", "left_date"):
                row[key] = row[key] or None  # what the status reads of them: given or not
            self._round_status(row, today, due, days)
            groups = out.setdefault(row["commune_code"], [])
            if not groups:
                groups.append(
                    {
                        "counts": dict.fromkeys(
                            (*ROUND_STATUSES, "overdue", "registration_overdue"), 0
                        )
                    }
                )
            counts, n = groups[0]["counts"], row["n"]
            counts[row["status"]] += n
            counts["overdue"] += n * row["overdue"]
            counts["registration_overdue"] += n * row["registration_overdue"]
        return out

    def round_progress(self, year: int, commune_code: str | None = None) -> dict:
        """The whole commune's round in figures, for the overview (of one commune, at the upper level).

        Keys: every ROUND_STATUSES key, "overdue", "registration_overdue", "due" (members who
        owe a comment: every status but exempt and unregistered), "done" (returned),
        "due_date" (ISO) and "year".
        """
        counts = self._round_counts(year, commune_code)
        return self._progress([g for groups in counts.values() for g in groups], year)

    def progress_of(self, checklist: list[dict], year: int) -> dict:
        """round_progress() of a checklist() already read (the same year, no village filter)."""
        return self._progress(checklist, year)

    def round_progress_by_commune(
        self, year: int, checklist: list[dict] | None = None
    ) -> dict[str, dict]:
        """round_progress() of each commune holding members in the round, by commune code
        (checklist: checklist(year) when the caller has read it already)."""
        groups: dict[str, list[dict]] = {}
        if checklist is None:
            groups = self._round_counts(year)
        for group in checklist or []:
            groups.setdefault(group["commune_code"], []).append(group)
        return {code: self._progress(of_commune, year) for code, of_commune in groups.items()}

    def _progress(self, groups: list[dict], year: int) -> dict:
        totals = dict.fromkeys((*ROUND_STATUSES, "overdue", "registration_overdue"), 0)
        for group in groups:
            for key, n in group["counts"].items():
                totals[key] += n
        totals["due"] = sum(totals[k] for k in (*OWING, "returned"))
        totals["done"] = totals["returned"]
        return {**totals, "due_date": self.due_date(year).isoformat(), "year": year}
