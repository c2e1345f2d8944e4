"""Regulation-213 residents: party members working elsewhere and living in the commune."""

from __future__ import annotations

from typing import Any

from desktop_app.core import reg213, rules, text
from desktop_app.core.errors import Issue, error
from desktop_app.store.register import Register


class Residents(Register):
    table = "residents"
    label = "đảng viên nơi cư trú"
    fields = ("person_id", "village_id", "party_cell", "letter_number", "letter_date", "letter_issuer",
              "workplace", "workplace_party_org", "category", "received_date", "registered_date",
              "left_date", "notes")
    raw_fields = ("person_id", "village_id", "category", "letter_date", "received_date",
                  "registered_date", "left_date")
    validator = staticmethod(rules.validate_resident)

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        person = self.store.people.get(record.get("person_id") or "")
        if record.get("person_id") and person is None:
            issues.append(error("person_id", "Người được chọn không có trong sổ."))
        elif person is not None and not person.get("party_member"):
            issues.append(error("person_id", f"{person['full_name']} chưa được ghi là đảng viên trong sổ người."))
        if record.get("person_id"):
            dup = self.db.execute(
                "select count(*) from residents where person_id = ? and left_date is null and deleted_at is null"
                " and id != ?", [record["person_id"], record["id"]]).fetchone()[0]
            if dup and not record.get("left_date"):
                issues.append(error("person_id", "Đảng viên này đã được ghi nhận ở nơi cư trú."))
        return issues

    def query(self, village_id: str | None = None, search: str | None = None,
              category: str | None = None, include_left: bool = False) -> list[dict]:
        sql = ("select r.*, p.full_name, p.sex, p.birth_date, p.party_admission_date, p.sort_key,"
               " v.name as village_name from residents r join people p on p.id = r.person_id"
               " left join villages v on v.id = r.village_id where r.deleted_at is null")
        params: list[Any] = []
        if village_id:
            sql += " and r.village_id = ?"
            params.append(village_id)
        if category:
            sql += " and r.category = ?"
            params.append(category)
        if not include_left:
            sql += " and r.left_date is null"
        for term in text.search_terms(search or ""):
            sql += " and p.name_fold like ?"
            params.append(f"%{term}%")
        rows = list(self.db.query(sql + " order by v.sort_key, p.sort_key", params))
        for row in rows:
            row["state"] = reg213.resident_state(row)
        return rows

    def unregistered_overdue(self) -> list[dict]:
        days = self.store.settings("reg213_register_days")
        today = self.store.today()
        return [r for r in self.query() if reg213.registration_overdue(r, today, days)]
