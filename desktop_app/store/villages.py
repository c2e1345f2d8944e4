"""Villages (khu dân cư): thôn, bản, khối phố…"""

from __future__ import annotations

from desktop_app.core import bounds, enums, rules, text
from desktop_app.core.errors import Issue, UserError, error
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

#: What each column of the villages' list sorts by.
LIST_ORDER: ordering.SortKeys = {
    "name": ordering.value("sort_key"),
    "kind": ordering.labels("kind", enums.VILLAGE_KINDS),
    "code": ordering.words("code"),
    "people": ordering.sql(
        "(select count(*) from people p where p.village_id = listed.id and p.deleted_at is null)"
    ),
    "valid_from": ordering.value("valid_from"),
    "valid_to": ordering.value("valid_to"),
    "merged_into": ordering.sql(
        "(select m.sort_key from villages m where m.id = listed.merged_into)"
    ),
}


class Villages(Register):
    table = "villages"
    label = "khu dân cư"
    fields = (
        "name",
        "kind",
        "code",
        "valid_from",
        "valid_to",
        "merged_into",
        "party_secretary",
        "notes",
    )
    raw_fields = ("kind", "code", "merged_into", "valid_from", "valid_to")
    default_order = "sort_key"
    validator = staticmethod(rules.validate_village)

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(record.get("name")),
            "sort_key": text.sort_key(record.get("name")),
        }

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        same = self.store.conn.execute(
            "select count(*) from villages where name_fold = ? and id != ? and deleted_at is null",
            [text.fold(record.get("name")), record["id"]],
        ).fetchone()[0]
        if same:
            issues.append(error("name", f"Đã có khu dân cư tên “{record.get('name')}”."))
        return issues

    def query(
        self,
        search: str | None = None,
        current_only: bool = False,
        commune_code: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """Villages in Vietnamese order, or sorted by a column of the list (LIST_ORDER);
        commune_code keeps one commune's (the upper level)."""
        where = (
            Where("select * from villages where deleted_at is null")
            .search(search, "name_fold")
            .given(
                self.store.today().isoformat() if current_only else None,
                "(valid_to is null or valid_to >= ?) and merged_into is null",
            )
            .given(commune_code, "commune_code = ?")
        )
        return ordering.listed(self.store, where.sql, where.params, "sort_key", LIST_ORDER, sort)

    def current(self) -> list[dict]:
        return self.query(current_only=True)

    def by_name(self, name: str) -> dict | None:
        """Find a village by its name as typed (diacritics and case ignored)."""
        folded = text.fold(name)
        rows = self.store.query(
            "select * from villages where deleted_at is null and name_fold = ?", [folded]
        )
        if not rows:
            rows = self.store.query(
                "select * from villages where deleted_at is null and name_fold like ? escape '\\'"
                " order by sort_key",
                [bounds.like_contains(folded)],
            )
        return rows[0] if len(rows) == 1 else None

    def require_by_name(self, name: str) -> dict:
        row = self.by_name(name)
        if row is None:
            raise UserError(
                f"Không tìm thấy khu dân cư “{name}” (hoặc tên khớp nhiều khu). Ghi rõ hơn tên khu."
            )
        return row

    def names(self) -> dict[str, str]:
        return {r["id"]: r["name"] for r in self.store.query("select id, name from villages")}

    def _before_delete(self, record_id: str) -> None:
        n = self.store.conn.execute(
            "select count(*) from people where village_id = ? and deleted_at is null", [record_id]
        ).fetchone()[0]
        if n:
            raise UserError(
                f"Khu dân cư còn {n} người; chuyển họ sang khu khác hoặc ghi ngày hết hiệu lực thay vì xóa."
            )
