"""Funds and their ledgers: receipts and payments numbered per fund, year and direction, a balance
that never goes below zero, and the figures of a period for the report and the posted lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core import funds as rules
from desktop_app.core import text
from desktop_app.core.dates import display as format_date
from desktop_app.core.errors import Issue, UserError, error, warning
from desktop_app.core.money import format_dong
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where


class Funds(Register):
    table = "funds"
    label = "quỹ"
    fields = ("key", "name", "kind", "opened_on", "closed_on", "opening_balance", "notes")
    raw_fields = ("key", "kind", "opened_on", "closed_on")
    int_fields = ("opening_balance",)
    default_order = "sort_key"
    validator = staticmethod(rules.validate_fund)

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(record.get("name")),
            "sort_key": text.sort_key(record.get("name")),
        }

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        same = self.store.conn.execute(
            "select count(*) from funds where key = ? and id != ? and commune_code = ?",
            [record.get("key"), record["id"], self.store.owner_code()],
        ).fetchone()[0]
        if same:
            issues.append(error("key", f"Đã có quỹ mã “{record.get('key')}”."))
        return issues

    def query(self, commune_code: str | None = None) -> list[dict]:
        where = Where("select * from funds where deleted_at is null").given(
            commune_code, "commune_code = ?"
        )
        return self.store.query(where.sql + " order by sort_key", where.params)

    def ensure_default(self) -> dict:
        """The Quỹ "Vì người nghèo" every office keeps; made the first time it is needed."""
        found = self.by_key(rules.DEFAULT_FUND["key"])
        return found or self.add(dict(rules.DEFAULT_FUND, opening_balance=0))

    def by_key(self, key: str) -> dict | None:
        rows = self.store.query(
            "select * from funds where key = ? and commune_code = ? and deleted_at is null",
            [key, self.store.owner_code()],
        )
        return rows[0] if rows else None

    def require_key(self, key: str) -> dict:
        if key == rules.DEFAULT_FUND["key"]:
            return self.ensure_default()
        found = self.by_key(key)
        if found is None:
            known = ", ".join(f["key"] for f in self.query(self.store.owner_code())) or "chưa có"
            raise UserError(f"Không có quỹ mã “{key}”. Các quỹ: {known}.")
        return found

    def _before_delete(self, record_id: str) -> None:
        n = self.store.conn.execute(
            "select count(*) from fund_entries where fund_id = ? and deleted_at is null",
            [record_id],
        ).fetchone()[0]
        if n:
            raise UserError(
                f"Quỹ đã có {n} phiếu thu, chi; không xóa được. Ghi ngày kết thúc quỹ thay vì xóa."
            )

    def balance(self, fund_id: str, before: str | None = None) -> int:
        """What the fund holds: its opening balance plus receipts less payments (before a day)."""
        fund = self.require(fund_id)
        where = Where(
            "select coalesce(sum(case direction when 'receipt' then amount else -amount end), 0) "
            "from fund_entries where fund_id = ? and deleted_at is null"
        )
        where.params.append(fund_id)
        where.given(before, "entry_date < ?")
        return (fund["opening_balance"] or 0) + self.store.conn.execute(
            where.sql, where.params
        ).fetchone()[0]


@dataclass
class FundPeriod:
    """A fund's figures for one period, as the report prints them."""

    fund: dict
    start: str
    end: str
    opening: int
    received: int
    receipts: int
    in_kind_value: int
    spent_by_purpose: dict[str, tuple[int, int]] = field(
        default_factory=dict
    )  # purpose: (count, amount)

    @property
    def spent(self) -> int:
        return sum(amount for _, amount in self.spent_by_purpose.values())

    @property
    def closing(self) -> int:
        return self.opening + self.received - self.spent


ENTRY_SELECT = """
select e.*, f.key as fund_key, f.name as fund_name, v.name as village_name,
       coalesce(p.full_name, e.party_name) as party, p.full_name as person_name
from fund_entries e join funds f on f.id = e.fund_id
left join people p on p.id = e.person_id
left join villages v on v.id = coalesce(e.village_id, p.village_id)
where 1 = 1"""

#: What each column of a fund's ledger sorts by.
ENTRY_ORDER: ordering.SortKeys = {
    "entry_date": ordering.value("entry_date"),
    "direction": ordering.labels("direction", rules.DIRECTIONS),
    "number": ordering.value("number"),
    "party": ordering.words("party"),
    "village_name": ordering.words("village_name"),
    "amount": ordering.value("amount"),
    "purpose": ordering.first(
        ordering.labels("purpose", rules.PURPOSES), ordering.words("in_kind")
    ),
    "decision_number": ordering.words("decision_number"),
}


class FundEntries(Register):
    table = "fund_entries"
    label = "phiếu thu, chi"
    fields = (
        "fund_id",
        "direction",
        "entry_date",
        "party_kind",
        "person_id",
        "village_id",
        "party_name",
        "amount",
        "in_kind",
        "in_kind_value",
        "purpose",
        "decision_number",
        "decision_date",
        "house_progress",
        "notes",
    )
    raw_fields = (
        "fund_id",
        "direction",
        "entry_date",
        "party_kind",
        "person_id",
        "village_id",
        "purpose",
        "decision_date",
        "house_progress",
    )
    int_fields = ("amount", "in_kind_value")
    default_order = "entry_date, direction, number"
    validator = staticmethod(rules.validate_entry)

    def clean(self, data: dict[str, Any]) -> dict[str, Any]:
        record = super().clean(data)
        if (
            record.get("direction") == "receipt"
            and record.get("amount") is None
            and record.get("in_kind")
        ):
            record["amount"] = 0  # a gift in kind alone
        return record

    def _party_fold(self, record: dict) -> str:
        name = record.get("party_name")
        if record.get("person_id"):
            row = self.store.conn.execute(
                "select full_name from people where id = ?", [record["person_id"]]
            ).fetchone()
            name = row[0] if row else name
        return text.fold(name)

    def derive(self, record: dict) -> dict:
        if record.get("commune_code") not in (None, self.store.owner_code()):
            return {}  # a commune's entry at the upper level keeps the number and figures it was sent with
        year = int(record["entry_date"][:4])
        number = record.get("number")
        if not number:
            number = 1 + (
                self.store.conn.execute(
                    "select max(number) from fund_entries where commune_code = ? and fund_id = ? and year = ? "
                    "and direction = ?",
                    [self.store.owner_code(), record["fund_id"], year, record["direction"]],
                ).fetchone()[0]
                or 0
            )
        return {
            "year": year,
            "number": number,
            "name_fold": self._party_fold(record),
            "campaign_month": int(rules.in_campaign_month(record.get("entry_date"))),
        }

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        if any(i.is_error for i in issues):
            return issues
        fund = self.store.funds.get(record.get("fund_id") or "")
        if fund is None:
            return [error("fund_id", "Chưa chọn quỹ.")]
        if fund["commune_code"] != self.store.owner_code():
            return [error("fund_id", "Quỹ này thuộc đơn vị khác; ở đây chỉ xem.")]
        old = self.get(record["id"], include_deleted=True)
        if old and (
            old["direction"] != record["direction"]
            or old["fund_id"] != record["fund_id"]
            or old["year"] != int(record["entry_date"][:4])
        ):
            return [
                error(
                    "entry_date",
                    "Phiếu đã đánh số: không đổi được quỹ, loại thu/chi hay năm. "
                    "Xóa (hủy) phiếu này và lập phiếu mới.",
                )
            ]
        issues += self._balance_issue(fund, record)
        issues += self._twice_supported(record)
        return issues

    def _ledger(self, fund_id: str, leaving_out: str) -> list[tuple[str, str, int]]:
        return [
            tuple(r)
            for r in self.store.conn.execute(  # type: ignore[misc]
                "select entry_date, direction, amount from fund_entries "
                "where fund_id = ? and id != ? and deleted_at is null",
                [fund_id, leaving_out],
            )
        ]

    def _balance_issue(
        self, fund: dict, record: dict | None, leaving_out: str | None = None
    ) -> list[Issue]:
        entries = self._ledger(fund["id"], leaving_out or (record or {}).get("id", ""))
        if record is not None:
            entries.append((record["entry_date"], record["direction"], record.get("amount") or 0))
        lowest, when = rules.lowest_running_balance(fund["opening_balance"] or 0, entries)
        if lowest >= 0:
            return []
        return [
            error(
                "amount",
                f"Chi vượt số dư của {fund['name']}: đến ngày {format_date(when)} quỹ "
                f"thiếu {format_dong(-lowest)} đồng. Kiểm tra số tiền, ngày chi hoặc "
                "nhập các khoản thu trước.",
            )
        ]

    def _twice_supported(self, record: dict) -> list[Issue]:
        if record["direction"] != "payment":
            return []
        who = (
            ("person_id = ?", record["person_id"])
            if record.get("person_id")
            else ("person_id is null and name_fold = ?", self._party_fold(record))
        )
        if not who[1]:
            return []
        rows = self.store.query(
            f"select number, entry_date from fund_entries where direction = 'payment' and deleted_at is null "
            f"and year = ? and purpose = ? and id != ? and commune_code = ? and {who[0]}",
            [
                int(record["entry_date"][:4]),
                record["purpose"],
                record["id"],
                self.store.owner_code(),
                who[1],
            ],
        )
        if not rows:
            return []
        first = rows[0]
        return [
            warning(
                "person_id",
                f"Người (hộ) này đã được hỗ trợ “{rules.PURPOSES[record['purpose']]}” "
                f"trong năm {record['entry_date'][:4]} (phiếu chi số {first['number']} "
                f"ngày {format_date(first['entry_date'])}). Hỗ trợ lần nữa?",
            )
        ]

    def _before_delete(self, record_id: str) -> None:
        row = self.require(record_id)
        fund = self.store.funds.require(row["fund_id"])
        issues = self._balance_issue(fund, None, leaving_out=record_id)
        if issues:
            raise UserError("Không hủy được phiếu thu này: " + issues[0].message)

    # ---- reading ---------------------------------------------------------------------------
    def query(
        self,
        fund_id: str | None = None,
        year: int | None = None,
        direction: str | None = None,
        start: str | None = None,
        end: str | None = None,
        search: str | None = None,
        commune_code: str | None = None,
        include_deleted: bool = False,
        sort: Sort = None,
    ) -> list[dict]:
        """Entries in date order (receipts first, then by number), or by a column (ENTRY_ORDER)."""
        where = (
            Where(ENTRY_SELECT)
            .given(fund_id, "e.fund_id = ?")
            .given(year, "e.year = ?")
            .given(direction, "e.direction = ?")
            .given(start, "e.entry_date >= ?")
            .given(end, "e.entry_date <= ?")
            .given(commune_code, "e.commune_code = ?")
            .search(search, "e.name_fold")
        )
        if not include_deleted:
            where.sql += " and e.deleted_at is null"
        return ordering.listed(
            self.store,
            where.sql,
            where.params,
            "e.entry_date, e.direction desc, e.number",
            ENTRY_ORDER,
            sort,
        )

    def period(self, fund_id: str, start: str, end: str) -> FundPeriod:
        """Opening balance on the first day, receipts, payments by purpose, closing balance."""
        if end < start:
            raise UserError("Ngày cuối kỳ phải sau ngày đầu kỳ.")
        fund = self.store.funds.require(fund_id)
        rows = self.query(fund_id=fund_id, start=start, end=end)
        receipts = [r for r in rows if r["direction"] == "receipt"]
        by_purpose: dict[str, tuple[int, int]] = {}
        for r in rows:
            if r["direction"] == "payment":
                count, amount = by_purpose.get(r["purpose"], (0, 0))
                by_purpose[r["purpose"]] = (count + 1, amount + r["amount"])
        return FundPeriod(
            fund=fund,
            start=start,
            end=end,
            opening=self.store.funds.balance(fund_id, before=start),
            received=sum(r["amount"] for r in receipts),
            receipts=len(receipts),
            in_kind_value=sum(r["in_kind_value"] or 0 for r in receipts),
            spent_by_purpose=dict(
                sorted(by_purpose.items(), key=lambda kv: list(rules.PURPOSES).index(kv[0]))
            ),
        )

    def totals_by_commune(self, start: str, end: str) -> list[dict]:
        """At the upper level: per commune and fund, what was received and spent in the period and
        the balance at its end (each commune's opening balance included), one set-based query."""
        return self.store.query(
            "select f.commune_code, f.key as fund_key, f.kind as fund_kind, f.name as fund_name, "
            "coalesce(sum(case when e.direction = 'receipt' and e.entry_date between :a and :b "
            "then e.amount end), 0) as received, "
            "coalesce(sum(case when e.direction = 'payment' and e.entry_date between :a and :b "
            "then e.amount end), 0) as spent, "
            "count(case when e.direction = 'payment' and e.entry_date between :a and :b then 1 end) as supported, "
            "coalesce(f.opening_balance, 0) + coalesce(sum(case when e.entry_date <= :b then "
            "case e.direction when 'receipt' then e.amount else -e.amount end end), 0) as balance "
            "from funds f left join fund_entries e on e.fund_id = f.id and e.deleted_at is null "
            "where f.deleted_at is null group by f.id order by f.commune_code, f.sort_key",
            {"a": start, "b": end},
        )

    def detail(self, entry_id: str) -> dict | None:
        """One entry with its fund, party and village names (a cancelled one too)."""
        rows = self.store.query(ENTRY_SELECT + " and e.id = ?", [entry_id])
        return rows[0] if rows else None

    def supported(self, person_id: str) -> list[dict]:
        """The support a person has received, for their page."""
        return self.store.query(
            ENTRY_SELECT + " and e.person_id = ? and e.direction = 'payment' "
            "and e.deleted_at is null order by e.entry_date",
            [person_id],
        )
