"""Memberships: a person in a body with a role, from a start to an end and its reason."""

from __future__ import annotations

from desktop_app.core import rules
from desktop_app.core.errors import Issue, UserError, error, warning
from desktop_app.store.register import Register


class Memberships(Register):
    table = "memberships"
    label = "thành viên"
    fields = ("person_id", "body_id", "role", "branch", "start_date", "end_date", "end_reason",
              "decision_number", "decision_date", "notes")
    raw_fields = ("person_id", "body_id", "role", "branch", "start_date", "end_date",
                  "end_reason", "decision_date")
    validator = staticmethod(rules.validate_membership)

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        if any(i.is_error for i in issues):
            return issues
        person = self.store.people.get(record["person_id"])
        body = self.store.bodies.get(record["body_id"])
        if person is None:
            return issues + [error("person_id", "Người được chọn không có trong sổ.")]
        if body is None:
            return issues + [error("body_id", "Ban được chọn không có trong sổ.")]
        if not record.get("end_date"):
            dup = self.db.execute(
                "select count(*) from memberships where person_id = ? and body_id = ? and end_date is null"
                " and deleted_at is null and id != ?",
                [record["person_id"], record["body_id"], record["id"]]).fetchone()[0]
            if dup:
                issues.append(error("person_id", f"{person['full_name']} đang là thành viên của ban này."))
            if record.get("role") == "head":
                heads = self.db.execute(
                    "select count(*) from memberships where body_id = ? and role = 'head' and end_date is null"
                    " and deleted_at is null and id != ?", [record["body_id"], record["id"]]).fetchone()[0]
                if heads:
                    issues.append(warning("role", "Ban đã có Trưởng ban; ban sẽ có hai Trưởng ban."))
        if body.get("dissolved_on") and not record.get("end_date"):
            issues.append(error("body_id", "Ban đã giải thể, không thể thêm thành viên."))
        return issues

    def end(self, membership_id: str, end_date: str, reason: str) -> dict:
        """End a membership with its reason (the record stays: who served when)."""
        current = self.require(membership_id)
        if current.get("end_date"):
            raise UserError("Thành viên này đã thôi tham gia ban từ trước.")
        return self.update(membership_id, {"end_date": end_date, "end_reason": reason},
                           accept_warnings=True)

    def reform(self, body_id: str, leaving: dict[str, str], joining: list[dict], on_date: str,
               decision_number: str | None, decision_date: str | None) -> None:
        """Kiện toàn: end some memberships (id → reason) and add new members, in one transaction."""
        with self.store.transaction():
            for membership_id, reason in leaving.items():
                m = self.require(membership_id)
                if m["body_id"] != body_id:
                    raise UserError("Thành viên thôi không thuộc ban đang kiện toàn.")
                self.end(membership_id, on_date, reason or "replaced")
            for data in joining:
                self.add({"body_id": body_id, "start_date": on_date, "decision_number": decision_number,
                          "decision_date": decision_date, **data}, accept_warnings=True)

    def of_person(self, person_id: str) -> list[dict]:
        return list(self.db.query(
            "select m.*, b.name as body_name, b.kind as body_kind, b.term_label from memberships m"
            " join bodies b on b.id = m.body_id where m.person_id = ? and m.deleted_at is null"
            " order by coalesce(m.end_date, '9999') desc, m.start_date desc", [person_id]))

    def query(self, body_id: str | None = None, kind: str | None = None, role: str | None = None,
              current_only: bool = False, village_id: str | None = None,
              search: str | None = None) -> list[dict]:
        from desktop_app.core import text

        sql = ("select m.*, p.full_name, p.sort_key, p.birth_date, p.sex, b.name as body_name,"
               " b.kind as body_kind, b.term_label, v.name as village_name"
               " from memberships m join people p on p.id = m.person_id join bodies b on b.id = m.body_id"
               " left join villages v on v.id = p.village_id where m.deleted_at is null")
        params: list = []
        for column, value in (("m.body_id", body_id), ("b.kind", kind), ("m.role", role),
                              ("p.village_id", village_id)):
            if value:
                sql += f" and {column} = ?"
                params.append(value)
        if current_only:
            sql += " and m.end_date is null"
        for term in text.search_terms(search or ""):
            sql += " and p.name_fold like ?"
            params.append(f"%{term}%")
        return list(self.db.query(sql + " order by b.kind, b.sort_key, p.sort_key", params))
