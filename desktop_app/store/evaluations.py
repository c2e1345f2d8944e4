"""Regulation-213 yearly comments: the round, the transitions, versions after confirmation."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core import reg213, rules
from desktop_app.core.errors import Issue, error
from desktop_app.core.settings import day_month
from desktop_app.store.register import Register


class Evaluations(Register):
    table = "evaluations"
    label = "phiếu nhận xét"
    fields = ("resident_id", "year", "form_version", "ratings", "recommendation", "comments",
              "meeting_date", "cell_signer", "front_signer", "state", "due_date", "requested_date",
              "commented_date", "confirmed_date", "returned_date", "version", "supersedes_id",
              "changed_after_confirmation")
    raw_fields = ("resident_id", "ratings", "recommendation", "meeting_date", "state", "due_date",
                  "requested_date", "commented_date", "confirmed_date", "returned_date", "supersedes_id")
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
        if reg213.is_exempt(resident["category"]):
            issues.append(error("resident_id", "Đảng viên thuộc diện miễn sinh hoạt nơi cư trú, không nhận xét hằng năm."))
        if record.get("ratings") and record.get("state") != "requested":
            from desktop_app.core.refdata import comment_form

            form = comment_form(record.get("form_version") or 1, self.store.form_dirs())
            problems = form.validate_ratings(json.loads(record["ratings"]))
            issues += [error("ratings", p) for p in problems]
            if record.get("recommendation") and record["recommendation"] not in form.recommendation.level_codes:
                issues.append(error("recommendation", "Đề nghị không hợp lệ."))
        return issues

    # ---- the round ---------------------------------------------------------------
    def current_for(self, resident_id: str, year: int) -> dict | None:
        """The newest version of a member's comment for the year."""
        rows = list(self.db.query(
            "select * from evaluations where resident_id = ? and year = ? and deleted_at is null"
            " order by version desc limit 1", [resident_id, year]))
        return rows[0] if rows else None

    def open_round(self, year: int) -> int:
        """One comment request for every non-exempt member resident in the year; none twice."""
        due = reg213.due_date(year, day_month(self.store.settings("reg213_due")))
        version = self.store.settings("reg213_form_version")
        today = self.store.today().isoformat()
        created = 0
        with self.store.transaction():
            for r in self.store.residents.query():
                if reg213.is_exempt(r["category"]) or not r.get("registered_date"):
                    continue
                if r["registered_date"][:4] > str(year) or self.current_for(r["id"], year):
                    continue
                self.add({"resident_id": r["id"], "year": year, "form_version": version, "state": "requested",
                          "due_date": due.isoformat(), "requested_date": today, "version": 1,
                          "changed_after_confirmation": 0}, accept_warnings=True)
                created += 1
        return created

    def comment(self, evaluation_id: str, ratings: dict[str, str], recommendation: str | None,
                comments: str | None, meeting_date: str | None, cell_signer: str | None,
                front_signer: str | None) -> dict:
        """Enter or correct the comment. A confirmed one is locked: the change becomes a new version."""
        current = self.require(evaluation_id)
        values: dict[str, Any] = {
            "ratings": ratings, "recommendation": recommendation, "comments": comments,
            "meeting_date": meeting_date, "cell_signer": cell_signer, "front_signer": front_signer,
            "state": "commented", "commented_date": self.store.today().isoformat(),
        }
        if current["state"] in reg213.LOCKED_STATES:
            return self._new_version(current, values)
        reg213.check_transition(current["state"], "commented")
        return self.update(evaluation_id, values)

    def _new_version(self, current: dict, values: dict) -> dict:
        with self.store.transaction():
            keep = {k: current[k] for k in ("resident_id", "year", "form_version", "due_date", "requested_date")}
            new = self.add({**keep, **values, "version": (current["version"] or 1) + 1,
                            "supersedes_id": current["id"], "changed_after_confirmation": 1})
        return new

    def confirm(self, evaluation_id: str, on_date: str | None = None) -> dict:
        current = self.require(evaluation_id)
        reg213.check_transition(current["state"], "confirmed")
        return self.update(evaluation_id, {"state": "confirmed",
                                           "confirmed_date": on_date or self.store.today().isoformat()})

    def mark_returned(self, evaluation_id: str, on_date: str | None = None) -> dict:
        current = self.require(evaluation_id)
        reg213.check_transition(current["state"], "returned")
        return self.update(evaluation_id, {"state": "returned",
                                           "returned_date": on_date or self.store.today().isoformat()})

    def query(self, year: int | None = None, village_id: str | None = None, state: str | None = None,
              latest_only: bool = True, search: str | None = None) -> list[dict]:
        from desktop_app.core import text

        sql = ("select e.*, r.village_id, r.workplace, r.category, p.full_name, p.sort_key,"
               " v.name as village_name from evaluations e join residents r on r.id = e.resident_id"
               " join people p on p.id = r.person_id left join villages v on v.id = r.village_id"
               " where e.deleted_at is null")
        params: list[Any] = []
        if latest_only:
            sql += (" and e.version = (select max(x.version) from evaluations x where x.resident_id = e.resident_id"
                    " and x.year = e.year and x.deleted_at is null)")
        for column, value in (("e.year", year), ("r.village_id", village_id), ("e.state", state)):
            if value:
                sql += f" and {column} = ?"
                params.append(value)
        for term in text.search_terms(search or ""):
            sql += " and p.name_fold like ?"
            params.append(f"%{term}%")
        rows = list(self.db.query(sql + " order by e.year desc, v.sort_key, p.sort_key", params))
        today = self.store.today()
        for row in rows:
            row["overdue"] = reg213.is_overdue(row, today)
        return rows

    def versions(self, resident_id: str, year: int) -> list[dict]:
        return list(self.db.query(
            "select * from evaluations where resident_id = ? and year = ? and deleted_at is null"
            " order by version", [resident_id, year]))


