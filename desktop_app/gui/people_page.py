"""Người: everyone the office records, once, with the bodies they serve in."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop_app.core import dates, enums
from desktop_app.gui.person_dialog import PersonDialog
from desktop_app.gui.register_page import RegisterPage
from desktop_app.gui.table_model import BATCH, Column
from desktop_app.gui.widgets import CodeCombo, VillageCombo
from desktop_app.store import refdata
from desktop_app.store.people import SORTABLE

if TYPE_CHECKING:
    from desktop_app.store.db import Store

PARTY_FILTER = {"yes": "Đảng viên", "no": "Không phải đảng viên"}


def birth_shown(row: dict) -> str:
    return dates.display(row.get("birth_date"))


def person_verdicts_html(store: Any, person_id: str) -> list[str]:
    """The person's commendations and the support the funds gave them, for the detail panel."""
    from desktop_app.core import funds, grading
    from desktop_app.gui.widgets import format_money

    e = html.escape
    out = []
    praised = store.commendations.query(person_id=person_id)
    if praised:
        out.append(
            "<p><b>Khen thưởng</b></p><ul>"
            + "".join(
                f"<li>{c['year']}: {e(grading.COMMENDATION_FORMS.get(c['form'], ''))}"
                f"{' ' + e(grading.COMMENDATION_LEVELS[c['level']]) if c.get('level') else ''}"
                f" — {e(grading.COMMENDATION_STATUSES[c['status']].lower())}"
                f"{' (' + e(c['decision_number']) + ')' if c.get('decision_number') else ''}</li>"
                for c in praised
            )
            + "</ul>"
        )
    helped = store.fund_entries.supported(person_id)
    if helped:
        out.append(
            "<p><b>Được hỗ trợ từ quỹ</b></p><ul>"
            + "".join(
                f"<li>{dates.display(h['entry_date'])}: {e(funds.PURPOSES.get(h['purpose'], ''))}, "
                f"{format_money(h['amount'])} đ</li>"
                for h in helped
            )
            + "</ul>"
        )
    return out


class PeoplePage(RegisterPage):
    title = "Người"
    search_placeholder = "Tìm theo họ tên (gõ không dấu cũng được), số định danh, điện thoại…"
    commune_table = "people"
    import_target = "people"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._commune_counts: dict[str, int] = {}
        self._first_page: list[dict] | None = None  # read by count(), handed to the next fetch()
        super().__init__(store, parent)
        self.village_filter = VillageCombo(
            store, self, empty_label="— Mọi khu dân cư —", current_only=False
        )
        self.sex_filter = CodeCombo(enums.SEXES, self, empty_label="— Nam và nữ —")
        self.party_filter = CodeCombo(PARTY_FILTER, self, empty_label="— Đảng viên hay không —")
        for combo in (self.village_filter, self.sex_filter, self.party_filter):
            combo.code_changed.connect(lambda _c: self.reload())
            self.filters_layout.addWidget(combo)
        self.commune_changed()

    def columns(self) -> list[Column]:
        return [
            Column("full_name", "Họ và tên"),
            Column("sex", "Giới tính", lambda r: enums.label(enums.SEXES, r.get("sex"))),
            Column("birth_date", "Ngày sinh", birth_shown),
            Column(
                "ethnicity_code", "Dân tộc", lambda r: refdata.ethnic_name(r.get("ethnicity_code"))
            ),
            Column("village_name", "Khu dân cư"),
            Column("id_number", "Số định danh (CCCD)"),
            Column("phone", "Điện thoại"),
            Column(
                "party_member", "Đảng viên", lambda r: "Đảng viên" if r.get("party_member") else ""
            ),
        ]

    def column_widths(self) -> list[int]:
        return [170, 60, 84, 64, 104, 106, 94, 70]

    def narrow_order(self) -> list[str]:
        # name, birth date, village and ID number identify a person: never hidden
        return ["phone", "party_member", "ethnicity_code", "sex"]

    def _options(self) -> dict:
        party = self.party_filter.code()
        return {
            "village_id": self.village_filter.village_id(),
            "sex": self.sex_filter.code(),
            "party_member": None if party is None else party == "yes",
        }

    def count(self, search: str) -> int:
        """How many match. The model asks for the first page right after: it is read here, and
        when it is not full it is the whole answer, so a narrow search (the last keystrokes of a
        name, which read the whole index) is not counted in a second pass over the table."""
        self._first_page = None
        if (
            self.commune_order()
        ):  # listed commune after commune: the counts per commune place each page
            self._commune_counts = self.store.people.count_by_commune(
                search=search, **self._options()
            )
            return sum(self._commune_counts.values())
        first = self._query(search, BATCH, 0)
        self._first_page = first
        if len(first) < BATCH:
            return len(first)
        return self.store.people.count_query(
            search=search, commune_code=self.commune_code(), **self._options()
        )

    def fetch(self, search: str, limit: int, offset: int) -> list[dict]:
        first, self._first_page = self._first_page, None
        if first is not None and offset == 0 and limit == BATCH:
            return first
        return self._query(search, limit, offset)

    sort_keys = SORTABLE

    def _query(self, search: str, limit: int, offset: int) -> list[dict]:
        order = self.commune_order()
        column, descending = self.sort_order() or (None, False)
        return self.store.people.query(
            search=search,
            limit=limit,
            offset=offset,
            commune_code=self.commune_code(),
            commune_order=order,
            commune_counts=self._commune_counts if order else None,
            order=column,
            descending=descending,
            **self._options(),
        )

    def filter_combos(self) -> list[Any]:
        return [self.village_filter, self.sex_filter, self.party_filter]

    def village_combo(self) -> Any:
        return self.village_filter

    def edit(self, record: dict | None) -> dict | None:
        return PersonDialog.run(self.store, record, self)

    def delete(self, record: dict) -> None:
        self.store.people.delete(record["id"])

    def record_title(self, record: dict) -> str:
        born = dates.display(record.get("birth_date"))
        return f"{record['full_name']} (sinh {born})" if born else record["full_name"]

    def detail_html(self, record: dict) -> str:
        e = html.escape
        facts = [
            ("Giới tính", enums.label(enums.SEXES, record.get("sex"))),
            ("Ngày sinh", birth_shown(record)),
            ("Dân tộc", refdata.ethnic_name(record.get("ethnicity_code"))),
            ("Tôn giáo", refdata.religion_name(record.get("religion_code"))),
            ("Khu dân cư", record.get("village_name") or ""),
            ("Số định danh (CCCD)", record.get("id_number") or ""),
            ("Điện thoại", record.get("phone") or ""),
            ("Nghề nghiệp", record.get("occupation") or ""),
            ("Học vấn", record.get("education") or ""),
            ("Lý luận chính trị", record.get("theory_level") or ""),
            (
                "Đảng viên",
                ("Có, vào Đảng " + dates.display(record.get("party_admission_date"))).strip()
                if record.get("party_member")
                else "Không",
            ),
        ]
        rows = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in facts
            if v
        )
        out = [f"<h3>{e(record['full_name'])}</h3><table>{rows}</table>"]
        served = self.store.memberships.of_person(record["id"])
        if served:
            items = []
            for m in served:
                roles = (
                    enums.FRONT_ROLES if m.get("body_kind") == "front_committee" else enums.ROLES
                )
                span = f"{dates.display(m.get('start_date'))}–{dates.display(m.get('end_date'))}"
                ended = (
                    f", {enums.label(enums.END_REASONS, m.get('end_reason')).lower()}"
                    if m.get("end_reason")
                    else ""
                )
                items.append(
                    f"<li>{e(enums.label(roles, m.get('role')))}, {e(m['body_name'])}"
                    f" <span style='color:#555'>({e(span)}{e(ended)})</span></li>"
                )
            out.append("<p><b>Tham gia các ban</b></p><ul>" + "".join(items) + "</ul>")
        out += person_verdicts_html(self.store, record["id"])
        if record.get("notes"):
            out.append(f"<p><i>{e(record['notes'])}</i></p>")
        return "".join(out)
