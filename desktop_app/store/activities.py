"""Campaigns (the catalogue) and their activities with the indicators reports carry."""

from __future__ import annotations

import json

from desktop_app.core import enums, rules, text
from desktop_app.core.errors import Issue, UserError, error
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

#: What each column of the campaigns' list sorts by (a campaign still running ends "nay": last).
CAMPAIGN_ORDER: ordering.SortKeys = {
    "name": ordering.value("sort_key"),
    "kind": ordering.labels("kind", enums.CAMPAIGN_KINDS),
    "start_year": ordering.value("start_year"),
    "end_year": ordering.sql("coalesce(listed.end_year, 9999)"),
    "count": ordering.value("activity_count"),
}

#: What each column of the activities' list sorts by ("Khu dân cư": the names shown, or
#: "Toàn xã" for an activity of the whole commune).
ACTIVITY_ORDER: ordering.SortKeys = {
    "date": ordering.value("date"),
    "campaign_name": ordering.words("campaign_name"),
    "title": ordering.words("title"),
    "village_ids": ordering.sql(
        "vi_key(coalesce((select group_concat(v.name, ', ') from json_each(listed.village_ids) j"
        " join villages v on v.id = j.value), ?))",
        "Toàn xã",
    ),
    "participants": ordering.value("participants"),
    "money_raised": ordering.value("money_raised"),
}


def national_group(alias: str = "") -> str:
    """SQL: a campaign's key for grouping every commune's copy of one national campaign together
    (a commune's own campaign is its own group)."""
    a = f"{alias}." if alias else ""
    return f"(case when {a}kind = 'national' and {a}code is not null then 'national:' || {a}code else {a}id end)"


class Campaigns(Register):
    table = "campaigns"
    label = "cuộc vận động"
    fields = ("code", "name", "short_name", "kind", "start_year", "end_year", "description")
    raw_fields = ("code", "kind")
    int_fields = ("start_year", "end_year")
    default_order = "kind desc, sort_key"
    validator = staticmethod(rules.validate_campaign)

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(record.get("name")),
            "sort_key": text.sort_key(record.get("name")),
        }

    def query(
        self,
        year: int | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """The catalogue in order (national first), or by a column of the list (CAMPAIGN_ORDER),
        each campaign with its activity_count; commune_code keeps one commune's (the upper level)."""
        where = (
            Where(
                "select *, (select count(*) from activities a where a.campaign_id = campaigns.id"
                " and a.deleted_at is null) as activity_count from campaigns where deleted_at is null"
            )
            .given(
                year,
                "(start_year is null or start_year <= ?) and (end_year is null or end_year >= ?)",
            )
            .search(search, "name_fold")
            .given(commune_code, "commune_code = ?")
        )
        return ordering.listed(
            self.store, where.sql, where.params, "kind desc, sort_key", CAMPAIGN_ORDER, sort
        )

    def catalogue(
        self,
        year: int | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """The catalogue as an upper level reads it: every commune keeps its own copy of each
        national campaign, listed here once (its `commune_code` None, `communes` how many hold
        it); a commune's own campaigns each with their commune. `activity_count` counts the
        activities of every copy (of the chosen commune only, with commune_code)."""
        where = (
            Where(
                "select c.*, (select count(*) from activities a where a.campaign_id = c.id"
                " and a.deleted_at is null) as n from campaigns c where c.deleted_at is null"
            )
            .given(
                year,
                "(c.start_year is null or c.start_year <= ?) and (c.end_year is null or c.end_year >= ?)",
            )
            .search(search, "c.name_fold")
            .given(commune_code, "c.commune_code = ?")
        )
        grouped = (
            "select *, sum(n) over w as activity_count, count(*) over w as communes,"
            " row_number() over (partition by grp order by commune_code, id) as nth"
            f" from (select *, {national_group()} as grp from ({where.sql}))"
            " window w as (partition by grp)"
        )
        rows = ordering.listed(
            self.store,
            f"select * from ({grouped}) where nth = 1",
            where.params,
            "kind desc, sort_key, commune_code",
            CAMPAIGN_ORDER,
            sort,
        )
        out = []
        for row in rows:
            del row["n"], row["grp"], row["nth"]
            if row["kind"] == "national" and row.get("code"):
                row["commune_code"] = None
            out.append(row)
        return out

    def by_code(self, code: str) -> dict | None:
        rows = self.store.query(
            "select * from campaigns where code = ? and deleted_at is null", [code]
        )
        return rows[0] if rows else None

    def load_national(self) -> int:
        """Add the national campaigns of the reference data that are not in the catalogue yet."""
        from desktop_app.store import refdata

        added = 0
        with self.store.transaction():
            for item in refdata.national_campaigns():
                if self.by_code(item["code"]):
                    continue
                self.add(
                    {
                        "code": item["code"],
                        "name": item["name"],
                        "short_name": item.get("short_name"),
                        "kind": "national",
                        "start_year": item.get("start_year"),
                        "end_year": item.get("end_year"),
                        "description": item.get("description"),
                    },
                    accept_warnings=True,
                )
                added += 1
        return added

    def _before_delete(self, record_id: str) -> None:
        n = self.store.conn.execute(
            "select count(*) from activities where campaign_id = ? and deleted_at is null",
            [record_id],
        ).fetchone()[0]
        if n:
            raise UserError(f"Cuộc vận động đã có {n} hoạt động; không thể xóa.")


class Activities(Register):
    table = "activities"
    label = "hoạt động"
    fields = ("campaign_id", "date", "village_ids", "title", "description", *enums.INDICATORS)
    raw_fields = ("campaign_id", "date", "village_ids")
    int_fields = tuple(enums.INDICATORS)
    default_order = "date desc"
    validator = staticmethod(rules.validate_activity)

    def clean(self, data: dict) -> dict:
        data = dict(data)
        ids = data.get("village_ids")
        if isinstance(ids, list | tuple | set):
            data["village_ids"] = json.dumps(sorted(ids))
        return super().clean(data)

    def derive(self, record: dict) -> dict:
        return {"name_fold": text.fold(record.get("title"))}

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        if record.get("campaign_id") and not self.store.campaigns.get(record["campaign_id"]):
            issues.append(error("campaign_id", "Cuộc vận động được chọn không có trong danh mục."))
        try:
            ids = json.loads(record.get("village_ids") or "[]")
            if not isinstance(ids, list):
                raise ValueError
        except ValueError:
            return issues + [error("village_ids", "Danh sách khu dân cư không hợp lệ.")]
        known = self.store.villages.names()
        if any(i not in known for i in ids):
            issues.append(error("village_ids", "Có khu dân cư được chọn không có trong sổ."))
        return issues

    def query(
        self,
        year: int | None = None,
        campaign_id: str | None = None,
        village_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        campaign_code: str | None = None,
        sort: Sort = None,
        limit: int | None = None,
        offset: int = 0,
        commune_order: list[str] | None = None,
    ) -> list[dict]:
        """Activities newest first with their campaign's name. commune_code keeps one commune's
        (the upper level); campaign_code the activities of a national campaign, every copy of it.
        limit and offset: one page (a province's year holds 50,000); commune_order, commune
        codes: commune after commune in that order (others last), each newest first."""
        where = self._where(
            "select a.*, c.name as campaign_name",
            year,
            campaign_id,
            village_id,
            date_from,
            date_to,
            search,
            commune_code,
            campaign_code,
        )
        order = "a.date desc, a.rowid desc"
        if sort is not None:  # by a column of the list (a header click): every row, then the page
            rows = ordering.listed(self.store, where.sql, where.params, order, ACTIVITY_ORDER, sort)
            if commune_order:
                rank = {code: i for i, code in enumerate(commune_order)}
                rows.sort(key=lambda r: rank.get(r["commune_code"], len(rank)))
            return rows[offset : None if limit is None else offset + limit]
        params = list(where.params)
        if commune_order:
            rank = " ".join(f"when ? then {i}" for i in range(len(commune_order)))
            order = f"case a.commune_code {rank} else {len(commune_order)} end, {order}"
            params += commune_order
        sql = where.sql + f" order by {order}"
        if limit is not None or offset:
            sql += " limit ? offset ?"
            params += [-1 if limit is None else limit, offset]
        return self.store.query(sql, params)

    def count_query(
        self,
        year: int | None = None,
        campaign_id: str | None = None,
        village_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        campaign_code: str | None = None,
    ) -> int:
        """How many activities query() lists with the same filters."""
        where = self._where(
            "select count(*)",
            year,
            campaign_id,
            village_id,
            date_from,
            date_to,
            search,
            commune_code,
            campaign_code,
        )
        return self.store.conn.execute(where.sql, where.params).fetchone()[0]

    def _where(
        self,
        select: str,
        year: int | None,
        campaign_id: str | None,
        village_id: str | None,
        date_from: str | None,
        date_to: str | None,
        search: str | None,
        commune_code: str | None,
        campaign_code: str | None,
    ) -> Where:
        sql = (
            select + " from activities a join campaigns c on c.id = a.campaign_id"
            " where a.deleted_at is null"
        )
        return (
            Where(sql)
            # substr(a.date, 1, 4) = year, along the index of dates
            .given(str(year) if year else None, "a.date >= ?")
            .given(str(year + 1) if year else None, "a.date < ?")
            .given(campaign_id, "a.campaign_id = ?")
            .given(campaign_code, "c.code = ?")
            .given(commune_code, "a.commune_code = ?")
            .given(
                village_id, "exists (select 1 from json_each(a.village_ids) j where j.value = ?)"
            )
            .given(date_from, "a.date >= ?")
            .given(date_to, "a.date <= ?")
            .search(search, "a.name_fold")
        )
