"""Memberships: a person in a body with a role, from a start to an end and its reason."""

from __future__ import annotations

from collections.abc import Collection

from desktop_app.core import rules
from desktop_app.core.errors import Issue, UserError, ValidationFailed, error, warning
from desktop_app.store.register import Register, Where


class Memberships(Register):
    table = "memberships"
    label = "thành viên"
    fields = (
        "person_id",
        "body_id",
        "role",
        "branch",
        "start_date",
        "end_date",
        "end_reason",
        "decision_number",
        "decision_date",
        "notes",
    )
    raw_fields = (
        "person_id",
        "body_id",
        "role",
        "branch",
        "start_date",
        "end_date",
        "end_reason",
        "decision_date",
    )
    validator = staticmethod(rules.validate_membership)

    def check(self, record: dict) -> list[Issue]:
        return self._check(record, new_person_name=None, ignoring=())

    def _check(
        self, record: dict, new_person_name: str | None, ignoring: Collection[str]
    ) -> list[Issue]:
        """The rules of one membership; with new_person_name the person is about to be created,
        and memberships in `ignoring` (those ending at the same kiện toàn) do not count."""
        issues = super().check(record)
        if any(i.is_error for i in issues):
            return issues
        person = None if new_person_name else self.store.people.get(record["person_id"])
        body = self.store.bodies.get(record["body_id"])
        if person is None and not new_person_name:
            return issues + [error("person_id", "Người được chọn không có trong sổ.")]
        if body is None:
            return issues + [error("body_id", "Ban được chọn không có trong sổ.")]
        skip = [record["id"], *ignoring]
        others = f" and deleted_at is null and id not in ({', '.join('?' * len(skip))})"
        if not record.get("end_date"):
            if person is not None:
                dup = self.store.conn.execute(
                    "select count(*) from memberships where person_id = ? and body_id = ? and end_date is null"
                    + others,
                    [record["person_id"], record["body_id"], *skip],
                ).fetchone()[0]
                if dup:
                    issues.append(
                        error("person_id", f"{person['full_name']} đang là thành viên của ban này.")
                    )
            if record.get("role") == "head":
                heads = self.store.conn.execute(
                    "select count(*) from memberships where body_id = ? and role = 'head' and end_date is null"
                    + others,
                    [record["body_id"], *skip],
                ).fetchone()[0]
                if heads:
                    issues.append(
                        warning("role", "Ban đã có Trưởng ban; ban sẽ có hai Trưởng ban.")
                    )
        if body.get("dissolved_on") and not record.get("end_date"):
            issues.append(error("body_id", "Ban đã giải thể, không thể thêm thành viên."))
        return issues

    def issues_for(
        self, data: dict, new_person: dict | None = None, ignoring: Collection[str] = ()
    ) -> list[Issue]:
        """What adding this membership would raise, without writing anything. With new_person
        (the fields of a person not yet in the register) that person is checked as well."""
        record = {**self.clean(data), "id": data.get("id") or self.store.new_id()}
        if new_person is None:
            return self._check(record, None, ignoring)
        person = {**self.store.people.clean(new_person), "id": self.store.new_id()}
        issues = self.store.people.check(person)
        record["person_id"] = person["id"]
        return issues + self._check(record, person.get("full_name") or "?", ignoring)

    def add_with_person(
        self, data: dict, new_person: dict | None = None, accept_warnings: bool = False
    ) -> dict:
        """Add a membership, first creating its person when new_person is given: the warnings of
        both are asked together, and both are written in one transaction or neither."""
        if new_person is None:
            return self.add(data, accept_warnings)
        with self.store.transaction():
            issues = self.issues_for(data, new_person)
            if any(i.is_error for i in issues) or (issues and not accept_warnings):
                raise ValidationFailed(issues)
            person = self.store.people.add(new_person, accept_warnings=True)
            return self.add({**data, "person_id": person["id"]}, accept_warnings=True)

    def end(self, membership_id: str, end_date: str, reason: str) -> dict:
        """End a membership with its reason (the record stays: who served when)."""
        current = self.require(membership_id)
        if current.get("end_date"):
            raise UserError("Thành viên này đã thôi tham gia ban từ trước.")
        return self.update(
            membership_id, {"end_date": end_date, "end_reason": reason}, accept_warnings=True
        )

    def reform(
        self,
        body_id: str,
        leaving: dict[str, str],
        joining: list[dict],
        on_date: str,
        decision_number: str | None,
        decision_date: str | None,
        accept_warnings: bool = True,
    ) -> None:
        """Kiện toàn: end some memberships (id → reason) and add new members, in one transaction.

        A joining entry holds a person_id, or under "new_person" the fields of a person to create.
        With accept_warnings=False the warnings of the result (two heads, a possible duplicate
        person) are raised first, so the office is asked once."""
        with self.store.transaction():
            for membership_id in leaving:
                m = self.require(membership_id)
                if m["body_id"] != body_id:
                    raise UserError("Thành viên thôi không thuộc ban đang kiện toàn.")
            issues = self.reform_issues(body_id, leaving, joining)
            if any(i.is_error for i in issues) or (issues and not accept_warnings):
                raise ValidationFailed(issues)
            for membership_id, reason in leaving.items():
                self.end(membership_id, on_date, reason or "replaced")
            for entry in joining:
                data = {k: v for k, v in entry.items() if k != "new_person"}
                if entry.get("new_person"):
                    data["person_id"] = self.store.people.add(
                        entry["new_person"], accept_warnings=True
                    )["id"]
                self.add(
                    {
                        "body_id": body_id,
                        "start_date": on_date,
                        "decision_number": decision_number,
                        "decision_date": decision_date,
                        **data,
                    },
                    accept_warnings=True,
                )

    def reform_issues(
        self, body_id: str, leaving: Collection[str], joining: list[dict]
    ) -> list[Issue]:
        """The issues of a kiện toàn before it is written: each joining member against the body as
        it will be (the leaving ones gone), plus a person or a head joining twice."""
        issues: list[Issue] = []
        for entry in joining:
            data = {k: v for k, v in entry.items() if k != "new_person"}
            issues += self.issues_for(
                {"body_id": body_id, **data}, entry.get("new_person"), ignoring=leaving
            )
        people = [e["person_id"] for e in joining if e.get("person_id")]
        if len(people) != len(set(people)):
            issues.append(
                error("person_id", "Một người được thêm hai lần trong cùng lần kiện toàn.")
            )
        if sum(1 for e in joining if e.get("role") == "head") > 1:
            issues.append(warning("role", "Có hơn một Trưởng ban trong số người được bổ sung."))
        unique: dict[tuple[str, str], Issue] = {(i.field, i.message): i for i in issues}
        return list(unique.values())

    def of_person(self, person_id: str) -> list[dict]:
        return self.store.query(
            "select m.*, b.name as body_name, b.kind as body_kind, b.term_label from memberships m"
            " join bodies b on b.id = m.body_id where m.person_id = ? and m.deleted_at is null"
            " order by coalesce(m.end_date, '9999') desc, m.start_date desc",
            [person_id],
        )

    def query(
        self,
        body_id: str | None = None,
        kind: str | None = None,
        role: str | None = None,
        current_only: bool = False,
        village_id: str | None = None,
        search: str | None = None,
        commune_code: str | None = None,
    ) -> list[dict]:
        """Memberships with the person's and the body's names; commune_code keeps one commune's."""
        sql = (
            "select m.*, p.full_name, p.sort_key, p.birth_date, p.sex, b.name as body_name,"
            " b.kind as body_kind, b.term_label, v.name as village_name"
            " from memberships m join people p on p.id = m.person_id join bodies b on b.id = m.body_id"
            " left join villages v on v.id = p.village_id where m.deleted_at is null"
        )
        if current_only:
            sql += " and m.end_date is null"
        where = (
            Where(sql)
            .given(body_id, "m.body_id = ?")
            .given(kind, "b.kind = ?")
            .given(role, "m.role = ?")
            .given(village_id, "p.village_id = ?")
            .given(commune_code, "m.commune_code = ?")
            .search(search, "p.name_fold")
        )
        return self.store.query(
            where.sql + " order by b.kind, b.sort_key, p.sort_key", where.params
        )
