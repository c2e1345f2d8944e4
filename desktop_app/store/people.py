"""People: recorded once, linked to every body they serve in."""

from __future__ import annotations

from desktop_app.core import idnumber, rules, text
from desktop_app.core.errors import Issue, UserError, warning
from desktop_app.store.register import Register


class People(Register):
    table = "people"
    label = "người"
    fields = (
        "full_name", "sex", "birth_date", "ethnicity_code", "religion_code", "village_id",
        "id_number", "phone", "occupation", "education", "theory_level", "party_member",
        "party_admission_date", "notes",
    )
    raw_fields = ("sex", "birth_date", "ethnicity_code", "religion_code", "village_id",
                  "id_number", "phone", "party_admission_date")
    int_fields = ("party_member",)
    default_order = "sort_key"

    def clean(self, data: dict) -> dict:
        out = super().clean(data)
        if "id_number" in out:
            out["id_number"] = idnumber.clean(out["id_number"])
        if "party_member" in out:
            out["party_member"] = 1 if out["party_member"] else 0
        return out

    def derive(self, record: dict) -> dict:
        return {"name_fold": text.fold(record.get("full_name")),
                "sort_key": text.person_sort_key(record.get("full_name"))}

    def check(self, record: dict) -> list[Issue]:
        from desktop_app.core import refdata

        prefixes = {p["id_prefix"] for p in refdata.provinces_2008()}
        issues = rules.validate_person(record, self.store.today(), prefixes)
        if any(i.is_error for i in issues):
            return issues
        for other in self.duplicates_of(record):
            issues.append(warning("full_name", f"Có thể trùng với {other['full_name']}"
                                  f" (sinh {(other['birth_date'] or '?')[:4]}) đã có trong sổ."))
        return issues

    def duplicates_of(self, record: dict) -> list[dict]:
        """Same ID number, or same folded name and birth year in the same village."""
        found = []
        if record.get("id_number"):
            found += self.store.query(
                "select * from people where id_number = ? and id != ? and deleted_at is null",
                [record["id_number"], record["id"]])
        if record.get("birth_date"):
            found += self.store.query(
                "select * from people where name_fold = ? and substr(birth_date, 1, 4) = ?"
                " and coalesce(village_id, '') = coalesce(?, '') and id != ? and deleted_at is null",
                [text.fold(record.get("full_name")), record["birth_date"][:4],
                 record.get("village_id"), record["id"]])
        unique = {r["id"]: r for r in found}
        return list(unique.values())

    def _filters(self, search: str | None, village_id: str | None, party_member: bool | None,
                 sex: str | None = None) -> tuple[str, list]:
        sql, params = " from people p where p.deleted_at is null", []
        for term in text.search_terms(search or ""):
            if term.isdigit():
                sql += " and (p.id_number like ? or p.phone like ? or p.name_fold like ?)"
                params += [f"{term}%", f"%{term}%", f"%{term}%"]
            else:
                sql += " and p.name_fold like ?"
                params.append(f"%{term}%")
        if village_id:
            sql += " and p.village_id = ?"
            params.append(village_id)
        if party_member is not None:
            sql += " and coalesce(p.party_member, 0) = ?"
            params.append(1 if party_member else 0)
        if sex:
            sql += " and p.sex = ?"
            params.append(sex)
        return sql, params

    def query(self, search: str | None = None, village_id: str | None = None,
              party_member: bool | None = None, sex: str | None = None,
              limit: int | None = None, offset: int = 0) -> list[dict]:
        """People in Vietnamese order (given name, family name, middle names), with the village name."""
        where, params = self._filters(search, village_id, party_member, sex)
        sql = ("select p.*, v.name as village_name" + where.replace(
            " from people p", " from people p left join villages v on v.id = p.village_id", 1)
            + " order by p.sort_key, p.id")
        if limit is not None:
            sql += " limit ? offset ?"
            params += [limit, offset]
        return self.store.query(sql, params)

    def count_query(self, search: str | None = None, village_id: str | None = None,
                    party_member: bool | None = None, sex: str | None = None) -> int:
        where, params = self._filters(search, village_id, party_member, sex)
        return self.store.conn.execute("select count(*)" + where, params).fetchone()[0]

    def id_warnings(self) -> list[dict]:
        """People whose ID number disagrees with their recorded sex or birth year.

        SQL keeps only the candidates (malformed, or digits 4–6 other than the sex and birth
        year imply); core.idnumber then says what is wrong, so SQL is a filter, not the rule.
        """
        expected_digit = ("((cast(substr(birth_date, 1, 4) as integer) / 100 - 19) * 2 + 10) % 10"
                          " + (case sex when 'female' then 1 else 0 end)")
        sql = ("select * from people where deleted_at is null and id_number is not null and ("
               " length(id_number) != 12 or id_number glob '*[^0-9]*'"
               " or cast(substr(id_number, 4, 1) as integer) % 2 != (case sex when 'female' then 1 else 0 end)"
               f" or (birth_date is not null and (cast(substr(id_number, 4, 1) as integer) != {expected_digit}"
               "      or substr(id_number, 5, 2) != substr(birth_date, 3, 2)))"
               ") order by sort_key")
        out = []
        for row in self.store.query(sql):
            birth = row["birth_date"]
            issues = idnumber.check(row["id_number"], row["sex"], int(birth[:4]) if birth else None)
            if issues:
                out.append({**row, "issues": [i.message for i in issues]})
        return out

    def _before_delete(self, record_id: str) -> None:
        active = self.store.conn.execute(
            "select count(*) from memberships where person_id = ? and end_date is null"
            " and deleted_at is null", [record_id]).fetchone()[0]
        if active:
            raise UserError(f"Người này đang là thành viên của {active} ban; hãy cho thôi tham gia trước khi xóa.")
