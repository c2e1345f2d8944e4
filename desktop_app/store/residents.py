"""Regulation-213 residents: party members working elsewhere and living in the commune.

A resident is introduced by the workplace party committee's letter and registered by the
commune; the person is the same record as in the people register (a member who also sits on
a body is one person). A letter not registered within `reg213_register_days` of its receipt is
flagged as overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop_app.core import bounds, enums, reg213, rules, text
from desktop_app.core.dates import display
from desktop_app.core.errors import Issue, UserError, ValidationFailed, error
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

#: What each column of the Regulation-213 members' list sorts by ("Trạng thái" by its label).
RESIDENT_ORDER: ordering.SortKeys = {
    "full_name": ordering.value("sort_key"),
    "village_name": ordering.words("village_name"),
    "workplace": ordering.words("workplace"),
    "category": ordering.labels("category", enums.RESIDENT_CATEGORIES),
    "received_date": ordering.value("received_date"),
    "state": ordering.sql(
        "case when listed.left_date is not null then ? when listed.registered_date is not null"
        " then ? else ? end",
        *(text.sort_key(enums.RESIDENT_STATES[s]) for s in ("left", "registered", "introduced")),
    ),
}


class Residents(Register):
    table = "residents"
    label = "đảng viên nơi cư trú"
    fields = (
        "person_id",
        "village_id",
        "party_cell",
        "letter_number",
        "letter_date",
        "letter_issuer",
        "workplace",
        "workplace_party_org",
        "category",
        "received_date",
        "registered_date",
        "left_date",
        "notes",
    )
    raw_fields = (
        "person_id",
        "village_id",
        "category",
        "letter_date",
        "received_date",
        "registered_date",
        "left_date",
    )
    validator = staticmethod(rules.validate_resident)

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        person = self.store.people.get(record.get("person_id") or "")
        if record.get("person_id") and person is None:
            issues.append(error("person_id", "Người được chọn không có trong sổ."))
        elif person is not None and not person.get("party_member"):
            issues.append(
                error(
                    "person_id", f"{person['full_name']} chưa được ghi là đảng viên trong sổ người."
                )
            )
        if record.get("person_id"):
            dup = self.store.conn.execute(
                "select count(*) from residents where person_id = ? and left_date is null and deleted_at is null"
                " and id != ?",
                [record["person_id"], record["id"]],
            ).fetchone()[0]
            if dup and not record.get("left_date"):
                issues.append(error("person_id", "Đảng viên này đã được ghi nhận ở nơi cư trú."))
        if not record.get("received_date") and not record.get("letter_date"):
            issues.append(error("received_date", "Chưa nhập ngày nhận giấy giới thiệu."))
        return issues

    # ---- writing -------------------------------------------------------------------
    def add_with_person(
        self, person: dict[str, Any], resident: dict[str, Any], accept_warnings: bool = False
    ) -> dict:
        """Register a member from the introduction letter, in one transaction.

        `person` either names an existing person ({"id": …}, optionally with the party admission
        date to record) or holds the fields of a new one (full_name, sex, birth_date,
        party_admission_date…). The person is marked a party member either way.
        """
        with self.store.transaction():
            try:
                if person.get("id"):
                    existing = self.store.people.require(person["id"])
                    changes: dict[str, Any] = {"party_member": 1}
                    if person.get("party_admission_date") and not existing.get(
                        "party_admission_date"
                    ):
                        changes["party_admission_date"] = person["party_admission_date"]
                    saved = self.store.people.update(
                        existing["id"], changes, accept_warnings=accept_warnings
                    )
                else:
                    fields = {**person, "party_member": 1}
                    fields.setdefault("village_id", resident.get("village_id"))
                    saved = self.store.people.add(fields, accept_warnings=accept_warnings)
            except ValidationFailed as exc:
                # Report the letter's problems too, so the officer fixes everything at once.
                own = self.check({**self.clean(resident), "id": ""})
                raise ValidationFailed(
                    exc.issues + [i for i in own if i.field != "person_id"]
                ) from None
            return self.add({**resident, "person_id": saved["id"]}, accept_warnings=accept_warnings)

    def mark_registered(self, resident_id: str, on_date: str | None = None) -> dict:
        """The commune registered the member (introduced → registered)."""
        current = self.require(resident_id)
        if current.get("registered_date"):
            raise UserError(f"Đảng viên này đã đăng ký ngày {display(current['registered_date'])}.")
        return self.update(
            resident_id,
            {"registered_date": on_date or self.store.today().isoformat()},
            accept_warnings=True,
        )

    def update(
        self, record_id: str, changes: dict[str, Any], accept_warnings: bool = False
    ) -> dict:
        """Save changes; a member who becomes exempt or leaves loses the requests not yet answered."""
        with self.store.transaction():
            saved = super().update(record_id, changes, accept_warnings)
            if reg213.is_exempt(saved["category"]) or saved.get("left_date"):
                self._cancel_open_requests(saved)
        return saved

    def _cancel_open_requests(self, resident: dict) -> None:
        """Tombstone the comment requests nobody has answered yet that no longer apply."""
        sql = (
            "select id from evaluations where resident_id = ? and state = 'requested'"
            " and deleted_at is null and purpose is null"
        )
        params: list[Any] = [resident["id"]]
        if not reg213.is_exempt(resident["category"]):
            sql += " and due_date >= ?"
            params.append(resident["left_date"])
        for (evaluation_id,) in self.store.conn.execute(sql, params).fetchall():
            self.store.evaluations.delete(evaluation_id)

    def _before_delete(self, record_id: str) -> None:
        n = self.store.conn.execute(
            "select count(*) from evaluations where resident_id = ? and state != 'requested'"
            " and deleted_at is null",
            [record_id],
        ).fetchone()[0]
        if n:
            raise UserError(
                f"Đảng viên này đã có {n} phiếu nhận xét; hãy ghi ngày chuyển đi thay vì xóa."
            )
        for (evaluation_id,) in self.store.conn.execute(
            "select id from evaluations where resident_id = ? and deleted_at is null", [record_id]
        ).fetchall():
            self.store.evaluations.delete(evaluation_id)

    # ---- reading ---------------------------------------------------------------------
    def registration_deadline(self, resident: dict) -> date | None:
        received = resident.get("received_date") or resident.get("letter_date")
        if not received or len(received) < 10:
            return None
        return date.fromisoformat(received) + timedelta(
            days=self.store.settings("reg213_register_days")
        )

    def _select(self) -> str:
        return (
            "select r.*, p.full_name, p.sex, p.birth_date, p.party_admission_date, p.sort_key,"
            " v.name as village_name from residents r join people p on p.id = r.person_id"
            " left join villages v on v.id = r.village_id where r.deleted_at is null"
        )

    def count_current(self) -> int:
        """How many members query() lists with no filter (not left), counted in SQL."""
        return self.store.conn.execute(
            "select count(*) from residents r join people p on p.id = r.person_id"
            " where r.deleted_at is null and r.left_date is null"
        ).fetchone()[0]

    def _where(
        self,
        select: str,
        village_id: str | None,
        search: str | None,
        category: str | None,
        include_left: bool,
        state: str | None,
        commune_code: str | None,
    ) -> Where:
        where = (
            Where(select)
            .given(commune_code, "r.commune_code = ?")
            .given(village_id, "r.village_id = ?")
            .given(category if category != "exempt" else None, "r.category = ?")
        )
        if category == "exempt":
            where.sql += " and r.category like 'exempt\\_%' escape '\\'"
        if not include_left and state != "left":
            where.sql += " and r.left_date is null"
        where.sql += {
            "introduced": " and r.registered_date is null and r.left_date is null",
            "registered": " and r.registered_date is not null and r.left_date is null",
            "left": " and r.left_date is not null",
        }.get(state or "", "")
        for term in text.search_terms(search or ""):
            where.sql += (
                " and (p.name_fold like ? escape '\\'"
                " or lower(coalesce(r.letter_number, '')) like ? escape '\\')"
            )
            where.params += [bounds.like_contains(term), bounds.like_contains(term)]
        return where

    def count_query(
        self,
        village_id: str | None = None,
        search: str | None = None,
        category: str | None = None,
        include_left: bool = False,
        state: str | None = None,
        commune_code: str | None = None,
    ) -> int:
        """How many members query() lists with the same filters, counted in SQL."""
        where = self._where(
            "select count(*) from residents r join people p on p.id = r.person_id"
            " where r.deleted_at is null",
            village_id,
            search,
            category,
            include_left,
            state,
            commune_code,
        )
        return self.store.conn.execute(where.sql, where.params).fetchone()[0]

    def query(
        self,
        village_id: str | None = None,
        search: str | None = None,
        category: str | None = None,
        include_left: bool = False,
        state: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
        limit: int | None = None,
        offset: int = 0,
        commune_order: list[str] | None = None,
    ) -> list[dict]:
        """Members with their person and village, ordered by village then Vietnamese name order;
        commune_code keeps one commune's (the upper level). limit and offset: one page;
        commune_order, commune codes: commune after commune in that order (others last).

        Each row carries `state` (introduced/registered/left), `registration_deadline` and
        `registration_overdue` (introduced and past the deadline today).
        """
        where = self._where(
            self._select(), village_id, search, category, include_left, state, commune_code
        )
        sql, params = where.sql, list(where.params)
        order = "v.sort_key, p.sort_key, r.id"
        if sort is not None:  # by a column of the list (a header click): every row, then the page
            rows = ordering.listed(self.store, sql, params, order, RESIDENT_ORDER, sort)
            if commune_order:
                rank = {code: i for i, code in enumerate(commune_order)}
                rows.sort(key=lambda r: rank.get(r["commune_code"], len(rank)))
            return self._decorated(rows[offset : None if limit is None else offset + limit])
        if commune_order:
            rank = " ".join(f"when ? then {i}" for i in range(len(commune_order)))
            order = f"case r.commune_code {rank} else {len(commune_order)} end, {order}"
            params += commune_order
        sql += f" order by {order}"
        if limit is not None or offset:
            sql += " limit ? offset ?"
            params += [-1 if limit is None else limit, offset]
        return self._decorated(self.store.query(sql, params))

    def _decorated(self, rows: list[dict]) -> list[dict]:
        """Each row with its state, registration deadline and whether registering is late."""
        days = self.store.settings("reg213_register_days")
        today = self.store.today()
        for row in rows:
            row["state"] = reg213.resident_state(row)
            deadline = self.registration_deadline(row)
            row["registration_deadline"] = deadline.isoformat() if deadline else None
            row["registration_overdue"] = reg213.registration_overdue(row, today, days)
        return rows

    def with_person(self, resident_id: str) -> dict:
        rows = self.store.query(self._select() + " and r.id = ?", [resident_id])
        if not rows:
            raise UserError(f"Không tìm thấy {self.label} (mã {resident_id}).")
        return rows[0]

    def unregistered_overdue(self) -> list[dict]:
        """Letters received but not registered within the deadline."""
        return [r for r in self.query(state="introduced") if r["registration_overdue"]]

    def of_person(self, person_id: str) -> list[dict]:
        return self.store.query(
            "select * from residents where person_id = ? and deleted_at is null order by received_date",
            [person_id],
        )
