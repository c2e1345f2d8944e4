"""Bodies: village Front committees, the inspection board, supervision boards, the Front committee."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.core import rules, text
from desktop_app.core.body_rules import Tally, check_composition, check_tally, tally
from desktop_app.core.errors import Issue, UserError
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

#: A body still serving: not dissolved, and no body of a later term follows it.
CURRENT_SQL = (
    "(b.dissolved_on is null and not exists (select 1 from bodies n where"
    " n.predecessor_id = b.id and n.deleted_at is null))"
)

#: What each column of the bodies' lists sorts by ("Tình trạng" as shown: giải thể (by date),
#: đang hoạt động, nhiệm kỳ trước).
BODY_ORDER: ordering.SortKeys = {
    "name": ordering.value("sort_key"),
    "village_name": ordering.words("village_name"),
    "project_name": ordering.words("project_name"),
    "term_label": ordering.first(ordering.words("term_label"), ordering.value("term_start")),
    "member_count": ordering.value("member_count"),
    "decision_number": ordering.words("decision_number"),
    "is_current": ordering.sql(
        "case when listed.dissolved_on is not null then ? || listed.dissolved_on"
        " when listed.is_current then ? else ? end",
        text.sort_key("Giải thể"),
        text.sort_key("Đang hoạt động"),
        text.sort_key("Nhiệm kỳ trước"),
    ),
}


NO_MEMBERS = Tally(0)
# The branches the composition rules ask about (a body's Tally holds those present).
BRANCHES_READ = ("front", "inspection", "resident")


def _remembered(setting: Callable[[str], Any]) -> Callable[[str], Any]:
    """A setting read once per key (the rules ask a few settings of every body)."""
    values: dict[str, Any] = {}

    def get(key: str) -> Any:
        if key not in values:
            values[key] = setting(key)
        return values[key]

    return get


class Bodies(Register):
    table = "bodies"
    label = "ban"
    fields = (
        "kind",
        "name",
        "village_id",
        "project_name",
        "term_label",
        "term_start",
        "term_end",
        "decision_number",
        "decision_date",
        "decision_signer",
        "predecessor_id",
        "dissolved_on",
        "notes",
    )
    raw_fields = (
        "kind",
        "village_id",
        "term_start",
        "term_end",
        "decision_date",
        "predecessor_id",
        "dissolved_on",
    )
    default_order = "kind, sort_key"
    validator = staticmethod(rules.validate_body)

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(record.get("name")),
            "sort_key": text.sort_key(record.get("name")),
        }

    def query(
        self,
        kind: str | None = None,
        village_id: str | None = None,
        current_only: bool = False,
        search: str | None = None,
        term_label: str | None = None,
        commune_code: str | None = None,
        former_only: bool = False,
        sort: Sort = None,
    ) -> list[dict]:
        """Bodies with their village name, current member count and whether they still serve
        (is_current); by kind and name, the current body before its former terms, newest first;
        or by a column of the list (BODY_ORDER). commune_code keeps one commune's bodies
        (the upper level)."""
        sql = (
            "select b.*, v.name as village_name,"
            " (select count(*) from memberships m where m.body_id = b.id and m.deleted_at is null"
            f"  and m.end_date is null) as member_count, {CURRENT_SQL} as is_current"
            " from bodies b left join villages v on v.id = b.village_id where b.deleted_at is null"
        )
        if current_only:
            sql += f" and {CURRENT_SQL}"
        if former_only:
            sql += f" and not {CURRENT_SQL}"
        where = (
            Where(sql)
            .given(kind, "b.kind = ?")
            .given(village_id, "b.village_id = ?")
            .given(term_label, "b.term_label = ?")
            .given(commune_code, "b.commune_code = ?")
            .search(search, "b.name_fold", "v.name_fold", "b.project_name")
        )
        rows = ordering.listed(
            self.store,
            where.sql,
            where.params,
            f"b.kind, b.sort_key, {CURRENT_SQL} desc, b.term_start desc",
            BODY_ORDER,
            sort,
        )
        for row in rows:
            row["is_current"] = bool(row["is_current"])
        return rows

    def current(self) -> list[dict]:
        """The current bodies in query(current_only=True)'s order, with what the overview
        checks of them (id, kind, name, commune, village, term), every commune at once."""
        return self.store.query(
            "select b.id, b.kind, b.name, b.commune_code, b.village_id, b.term_label,"
            f" b.term_start, b.term_end from bodies b where b.deleted_at is null and {CURRENT_SQL}"
            f" order by b.kind, b.sort_key, {CURRENT_SQL} desc, b.term_start desc"
        )

    def current_counts(self) -> dict[str, tuple[int, int]]:
        """Current bodies by kind: (how many, their current members), in SQL (the overview's
        cards; query(current_only=True)'s bodies and member_count)."""
        return {
            kind: (n, members or 0)
            for kind, n, members in self.store.conn.execute(
                "select b.kind, count(*), sum((select count(*) from memberships m"
                "  where m.body_id = b.id and m.deleted_at is null and m.end_date is null))"
                " from bodies b where b.deleted_at is null and b.dissolved_on is null"
                " and not exists (select 1 from bodies n where n.predecessor_id = b.id"
                " and n.deleted_at is null) group by b.kind"
            )
        }

    def term_labels(self, kind: str | None = None) -> list[str]:
        """The terms the bodies (of a kind) are recorded under, newest first."""
        sql = (
            "select distinct term_label from bodies where deleted_at is null and term_label is not null"
            + (" and kind = ?" if kind else "")
            + " order by term_start desc, term_label desc"
        )
        seen: list[str] = []
        for row in self.store.query(sql, [kind] if kind else []):
            if row["term_label"] not in seen:
                seen.append(row["term_label"])
        return seen

    def members(
        self, body_id: str, current_only: bool = True, on_date: str | None = None
    ) -> list[dict]:
        """Memberships of a body with the person's details, head first, then deputies, in name order."""
        sql = (
            "select m.*, p.full_name, p.sex, p.birth_date, p.ethnicity_code, p.religion_code,"
            " p.village_id, p.phone, p.occupation, p.party_member, p.sort_key, v.name as village_name"
            " from memberships m join people p on p.id = m.person_id"
            " left join villages v on v.id = p.village_id"
            " where m.body_id = ? and m.deleted_at is null"
        )
        params: list[Any] = [body_id]
        if on_date:
            sql += " and (m.start_date is null or m.start_date <= ?) and (m.end_date is null or m.end_date > ?)"
            params += [on_date, on_date]
        elif current_only:
            sql += " and m.end_date is null"
        sql += (
            " order by case m.role when 'head' then 0 when 'deputy' then 1 else 2 end, p.sort_key"
        )
        return self.store.query(sql, params)

    def composition_issues_of(self, bodies: list[dict]) -> dict[str, list[Issue]]:
        """composition_issues() of many bodies at once (body id → issues): every body's current
        members are counted in one grouped query (the overview of a province checks 9,000
        bodies of 190,000 memberships), an inspection board's members with their villages."""
        setting = _remembered(self.store.settings)
        counted = self.tallies()
        villages: dict[str, set[str]] = {}
        if any(b["kind"] == "inspection_board" for b in bodies):
            for village_id, code in self.store.conn.execute(  # villages.query(current_only=True)
                "select id, commune_code from villages where deleted_at is null"
                " and (valid_to is null or valid_to >= ?) and merged_into is null",
                [self.store.today().isoformat()],
            ):
                villages.setdefault(code, set()).add(village_id)
        return {
            b["id"]: check_tally(
                b,
                counted.get(b["id"], NO_MEMBERS),
                setting,
                villages.get(b["commune_code"], set()) if b["kind"] == "inspection_board" else None,
            )
            for b in bodies
        }

    def tallies(self) -> dict[str, Tally]:
        """Every body's current members counted by role and branch (body id → Tally, its
        branches those of BRANCHES_READ present; bodies without members left out), an
        inspection board's with its members' villages. One pass over an index of the current
        memberships (m0011)."""
        out = {
            body_id: Tally(
                n,
                heads,
                deputies,
                residents,
                frozenset(b for b, present in zip(BRANCHES_READ, flags, strict=True) if present),
            )
            for body_id, n, heads, deputies, residents, *flags in self.store.conn.execute(
                "select m.body_id, count(*), sum(m.role = 'head'), sum(m.role = 'deputy'),"
                " sum(m.branch = 'resident'),"
                + ", ".join(f"max(m.branch = '{b}')" for b in BRANCHES_READ)
                + " from memberships m where m.deleted_at is null and m.end_date is null"
                " group by m.body_id"
            )
        }
        # Only the inspection boards' rules read the members' villages: the people table (the
        # province's largest) is read for their members alone.
        boards: dict[str, list[dict]] = {}
        for row in self.store.query(
            "select m.body_id, m.role, m.branch, p.village_id from memberships m"
            " join bodies b on b.id = m.body_id join people p on p.id = m.person_id"
            " where m.deleted_at is null and m.end_date is null and b.kind = 'inspection_board'"
        ):
            boards.setdefault(row["body_id"], []).append(row)
        for (body_id,) in self.store.conn.execute(
            "select id from bodies where kind = 'inspection_board'"
        ).fetchall():
            if body_id in boards:
                out[body_id] = tally(boards[body_id])
            else:  # a board's members are counted only as people on the books
                out.pop(body_id, None)
        return out

    def composition_issues(self, body: dict) -> list[Issue]:
        villages = None
        if body["kind"] == "inspection_board":  # the villages of the body's own commune
            villages = {
                v["id"]
                for v in self.store.villages.query(
                    current_only=True, commune_code=body["commune_code"]
                )
            }
        return check_composition(body, self.members(body["id"]), self.store.settings, villages)

    def history(self, body_id: str) -> list[dict]:
        """The body and its earlier terms, newest first."""
        chain, current = [], self.get(body_id)
        while current:
            chain.append(current)
            current = self.get(current["predecessor_id"]) if current.get("predecessor_id") else None
        return chain

    def start_new_term(
        self,
        body_id: str,
        term_label: str,
        term_start: str,
        term_end: str | None,
        continuing: list[str],
        decision_number: str | None = None,
        decision_date: str | None = None,
    ) -> dict:
        """A new term: a new body following the old one; continuing members keep their role,
        the others' memberships end with 'term_ended'. One transaction."""
        with self.store.transaction():
            old = self.require(body_id)
            current = self.members(body_id)
            keep = set(continuing)
            unknown = keep - {m["id"] for m in current}
            if unknown:
                raise UserError("Có thành viên được chọn không thuộc ban này.")
            if term_start and old.get("term_start") and term_start <= old["term_start"]:
                raise UserError("Nhiệm kỳ mới phải bắt đầu sau nhiệm kỳ cũ.")
            new = self.add(
                {
                    **{
                        k: old.get(k)
                        for k in ("kind", "name", "village_id", "project_name", "notes")
                    },
                    "term_label": term_label,
                    "term_start": term_start,
                    "term_end": term_end,
                    "decision_number": decision_number,
                    "decision_date": decision_date,
                    "predecessor_id": body_id,
                },
                accept_warnings=True,
            )
            for m in current:
                self.store.memberships.end(m["id"], term_start, "term_ended")
                if m["id"] in keep:
                    self.store.memberships.add(
                        {
                            "person_id": m["person_id"],
                            "body_id": new["id"],
                            "role": m["role"],
                            "branch": m["branch"],
                            "start_date": term_start,
                            "decision_number": decision_number,
                            "decision_date": decision_date,
                        },
                        accept_warnings=True,
                    )
        return new

    def dissolve(self, body_id: str, on_date: str) -> None:
        """The project has ended: the body is dissolved and every current membership ends."""
        with self.store.transaction():
            body = self.require(body_id)
            if body.get("dissolved_on"):
                raise UserError("Ban này đã giải thể từ trước.")
            if body.get("term_start") and on_date < body["term_start"]:
                raise UserError("Ngày giải thể phải sau ngày ban bắt đầu hoạt động.")
            if on_date > self.store.today().isoformat():
                raise UserError("Ngày giải thể không thể sau ngày hôm nay.")
            self.update(body_id, {"dissolved_on": on_date}, accept_warnings=True)
            for m in self.members(body_id):
                self.store.memberships.end(m["id"], on_date, "dissolved")

    def ending_terms(self, within_days: int, current: list[dict] | None = None) -> list[dict]:
        """Current bodies whose term ends within the days ahead (current: query(current_only=True)
        when the caller has it already)."""
        today = self.store.today()
        from datetime import timedelta

        limit = (today + timedelta(days=within_days)).isoformat()
        return [
            b
            for b in (self.query(current_only=True) if current is None else current)
            if b.get("term_end") and today.isoformat() <= b["term_end"] <= limit
        ]

    def _before_delete(self, record_id: str) -> None:
        for m in self.members(record_id):
            self.store.memberships.delete(m["id"])
