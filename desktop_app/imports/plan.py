"""The preview: what every row of the sheet becomes, before anything is written.

Each row gets an action — add, update (the same ID number is the same person), duplicate (the
same folded name, birth year and village: the officer chooses), unchanged, or error (not
imported) — with the warnings the dialogs would show. The rules are core/'s; the register's
own normaliser shapes the text (NFC, names as typed). The register is read once into memory,
so a 20,000-row file is checked without a query per row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.core import idnumber, rules, text
from desktop_app.core.errors import UserError
from desktop_app.core.legacy_text import Guess, guess
from desktop_app.imports import values
from desktop_app.imports.columns import KEY_FIELD, Layout, cell_text
from desktop_app.imports.reader import Sheet, tick
from desktop_app.store import refdata
from desktop_app.store.people import People

if TYPE_CHECKING:
    from desktop_app.store.db import Store

PERSON_FIELDS = People.fields
ACTIONS = {
    "add": "Thêm mới",
    "update": "Cập nhật",
    "duplicate": "Có thể trùng",
    "unchanged": "Đã có, không đổi",
    "error": "Lỗi, không nhập",
}
CHOICES = {
    "existing": "Dùng người đã có",
    "update": "Cập nhật người đã có",
    "new": "Thêm người mới",
}


@dataclass
class PlanRow:
    number: int  # the row number Excel shows
    shown: dict[str, str]  # field → the text as read (converted), for the preview
    action: str = "add"
    record: dict[str, Any] = field(default_factory=dict)  # the main record's fields
    link: dict[str, Any] = field(default_factory=dict)  # membership / resident fields
    link_action: str | None = None  # "add" | "unchanged" | None
    match: dict | None = None  # the existing record (update, duplicate, unchanged)
    changes: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    choice: str = "existing"  # for a duplicate
    new_village: str | None = None  # a village name the import will add

    @property
    def writes(self) -> bool:
        if self.action == "error":
            return False
        if self.action == "duplicate":
            return self.choice in ("new", "update") or self.link_action == "add"
        return self.action in ("add", "update") or self.link_action == "add"


@dataclass
class Plan:
    target: str
    file_name: str
    sheet: str
    rows: list[PlanRow]
    text_encoding: str  # used for text in no legacy font
    guess: Guess
    body: dict | None = None
    skipped: int = 0  # blank and total rows

    def counts(self) -> dict[str, int]:
        c = {
            "rows": len(self.rows),
            "add": 0,
            "update": 0,
            "duplicates": 0,
            "unchanged": 0,
            "errors": 0,
            "warnings": 0,
            "skipped": self.skipped,
        }
        for r in self.rows:
            if r.action == "error":
                c["errors"] += 1
            elif r.action == "duplicate":
                c["duplicates"] += 1
                if r.choice == "new":
                    c["add"] += 1
                elif r.choice == "update" and r.changes:
                    c["update"] += 1
                elif r.link_action == "add":
                    c["add"] += 1
            elif r.action == "add" or r.link_action == "add":
                c["add"] += 1
            elif r.action == "update":
                c["update"] += 1
            else:
                c["unchanged"] += 1
            c["warnings"] += bool(r.warnings) and r.action != "error"
        return c

    @property
    def writable(self) -> bool:
        return any(r.writes for r in self.rows)


class _Index:
    """The register as it is, plus the rows planned so far, for duplicate checks."""

    def __init__(self, store: Store) -> None:
        self.store = store
        code = store.owner_code()
        self.people: dict[str, dict] = {}
        self.by_id_number: dict[str, dict] = {}
        self.by_name: dict[tuple[str, str, str], list[dict]] = {}
        cols = ", ".join(("id", "name_fold", *PERSON_FIELDS))
        for row in store.query(
            f"select {cols} from people where deleted_at is null and commune_code = ?", [code]
        ):
            self.add(row)
        self.villages: dict[str, dict] = {}
        for v in store.query(
            "select id, name, kind, code, notes, name_fold from villages"
            " where deleted_at is null and commune_code = ?",
            [code],
        ):
            self.villages.setdefault(v["name_fold"], v)
        self.new_villages: dict[str, str] = {}  # folded name → planned id
        self._village_cache: dict[str, tuple[str | None, bool]] = {}

    def add(self, person: dict) -> None:
        self.people[person["id"]] = person
        if person.get("id_number"):
            self.by_id_number.setdefault(person["id_number"], person)
        self.by_name.setdefault(self.name_key(person), []).append(person)

    @staticmethod
    def name_key(person: dict) -> tuple[str, str, str]:
        return (
            text.fold(person.get("full_name")),
            (person.get("birth_date") or "")[:4],
            person.get("village_id") or "",
        )

    def village(self, name: str) -> tuple[str | None, bool]:
        """(id, is new) of a village named in the file; a name the register lacks becomes a new village."""
        if name not in self._village_cache:
            self._village_cache[name] = self._village(name)
        return self._village_cache[name]

    def _village(self, name: str) -> tuple[str | None, bool]:
        folded = text.fold(name)
        if not folded:
            return None, False
        found = self.villages.get(folded)
        if found is None:
            kind_free = text.fold(values.village_kind(None, name)[1])
            found = self.villages.get(kind_free)
        if found:
            return found["id"], False
        if folded not in self.new_villages:
            self.new_villages[folded] = self.store.new_id()
        return self.new_villages[folded], True


def _texts(sheet: Sheet, layout: Layout) -> list[str]:
    """Texts typed in no legacy font, for guessing the sheet's encoding (at most 3,000)."""
    out: list[str] = []
    for row in sheet.rows[layout.first_data_row :]:
        for cell in row:
            if isinstance(cell, tuple):
                out.extend(t for t, enc in cell if enc is None and not t.isascii())
        if len(out) > 3000:
            break
    return out


def build_plan(
    store: Store,
    sheet: Sheet,
    layout: Layout,
    target: str,
    file_name: str,
    body_id: str | None = None,
    text_encoding: str = "auto",
    add_duplicates: bool = False,
    progress: Callable[[int, int], object] | None = None,
) -> Plan:
    if target not in KEY_FIELD:
        raise UserError(f"Không nhập được vào “{target}”.")
    if KEY_FIELD[target] not in layout.fields:
        raise UserError("Chưa chọn cột họ và tên (hoặc tên) — hãy ghép cột trước khi xem trước.")
    found = guess(_texts(sheet, layout))
    fallback = text_encoding
    if text_encoding == "auto":
        fallback = found.encoding if found.confidence >= 0.6 else "unicode"
    body = None
    if target == "members":
        if not body_id:
            raise UserError("Nhập thành viên cần chọn ban (--body MÃ_BAN).")
        body = store.bodies.get(body_id)
        if body is None:
            raise UserError(
                f"Không tìm thấy ban mã “{body_id}”. Xem mã ban bằng lệnh: somattran list committees --format json"
            )
    plan = Plan(target, file_name, sheet.name, [], fallback, found, body)
    planner = _Planner(store, plan, add_duplicates)
    for i, row in enumerate(sheet.rows[layout.first_data_row :], start=layout.first_data_row):
        if i % 500 == 0:
            tick(progress, i, len(sheet.rows))
        cells = {
            f: cell_text(row[c], fallback).strip() if isinstance(row[c], tuple) else row[c]
            for c, f in enumerate(layout.fields)
            if f and c < len(row) and row[c] not in (None, "")
        }
        cells = {f: v for f, v in cells.items() if v != ""}
        shown = {f: v if isinstance(v, str) else _display(v) for f, v in cells.items()}
        if _skip(row, shown, KEY_FIELD[target]):
            plan.skipped += 1
            continue
        plan.rows.append(planner.row(i + 1, cells, shown))
    return plan


def _display(value: Any) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _skip(row: list[Any], shown: dict[str, str], key: str) -> bool:
    """Blank rows, rows holding only a number, and total rows ("Tổng cộng", "Cộng")."""
    key_text = text.fold(shown.get(key, "")).rstrip(":. ")
    if key_text in ("cong", "tong", "tong cong", "tong so", "cong so") or key_text.startswith(
        ("tong cong", "tong so")
    ):
        return True
    if key_text:
        return False
    filled = [c for c in row if c not in (None, "")]
    if len(filled) <= 1:
        return True
    return any(
        text.fold(cell_text(c, "unicode")).startswith(("tong", "cong"))
        for c in filled
        if isinstance(c, tuple)
    )


class _Planner:
    def __init__(self, store: Store, plan: Plan, add_duplicates: bool) -> None:
        self.store = store
        self.plan = plan
        self.add_duplicates = add_duplicates
        self.today = store.today()
        self.index = _Index(store)
        self.prefixes = {p["id_prefix"] for p in refdata.provinces_2008()}
        self.id_rows: dict[str, int] = {}
        self.links: set[tuple[str, str]] = set()
        if plan.target == "members":
            self.links = {
                (m["person_id"], "")
                for m in store.query(
                    "select person_id from memberships where body_id = ? and end_date is null and deleted_at is null",
                    [plan.body["id"]],
                )
            }
            self.heads = store.conn.execute(
                "select count(*) from memberships where body_id = ? and role = 'head' and end_date is null"
                " and deleted_at is null",
                [plan.body["id"]],
            ).fetchone()[0]
        elif plan.target == "residents":
            self.links = {
                (r["person_id"], "")
                for r in store.query(
                    "select person_id from residents where left_date is null and deleted_at is null"
                )
            }
        elif plan.target == "activities":
            self.campaigns = store.query(
                "select id, name, short_name, code, name_fold from campaigns"
                " where deleted_at is null"
            )
            self.activities = {
                (a["campaign_id"], a["date"], a["name_fold"])
                for a in store.query(
                    "select campaign_id, date, name_fold from activities where deleted_at is null"
                )
            }

    def row(self, number: int, cells: dict[str, Any], shown: dict[str, str]) -> PlanRow:
        row = PlanRow(number, shown)
        target = self.plan.target
        if target in ("people", "members", "residents"):
            self._person(row, cells)
            if target == "members" and row.action != "error":
                self._membership(row, cells)
            elif target == "residents" and row.action != "error":
                self._resident(row, cells)
        elif target == "villages":
            self._village(row, cells)
        else:
            self._activity(row, cells)
        if row.errors:
            row.action = "error"
        return row

    def _read(self, row: PlanRow, field_name: str, reader: Callable[[Any], Any], value: Any) -> Any:
        try:
            return reader(value)
        except ValueError as exc:
            row.errors.append(str(exc))
            return None

    def _text(self, row: PlanRow, f: str) -> str | None:
        return row.shown.get(f) or None

    # ---- people ----------------------------------------------------------------------------
    def _person(self, row: PlanRow, cells: dict[str, Any]) -> None:
        rec: dict[str, Any] = {"full_name": self._text(row, "full_name")}
        sex = self._read(row, "sex", values.sex_value, self._text(row, "sex"))
        birth = self._read(row, "birth_date", values.date_value, cells.get("birth_date"))
        year_columns = [
            (c, s) for c, s in (("birth_male", "male"), ("birth_female", "female")) if c in cells
        ]
        if len(year_columns) == 2:
            row.errors.append("Có năm sinh ở cả cột Nam và cột Nữ; chỉ ghi ở một cột.")
        elif year_columns:
            col, col_sex = year_columns[0]
            value = cells[col]
            ticked = values.is_marked(value) and not str(value).strip().isdigit()
            year = None if ticked else self._read(row, col, values.year_value, value)
            if sex and sex != col_sex:
                row.errors.append("Giới tính ghi ở cột Giới tính khác với cột năm sinh Nam/Nữ.")
            sex, birth = col_sex, birth or year
        id_number, id_warning = self._read(
            row, "id_number", values.id_value, cells.get("id_number")
        ) or (None, None)
        if id_warning:
            row.warnings.append(id_warning)
        if id_number and id_number.isdigit() and len(id_number) == 9:
            row.warnings.append(
                f"Số CMND cũ “{id_number}” (9 chữ số) không phải số định danh: đã ghi vào ghi chú."
            )
            rec["notes"] = f"CMND cũ: {id_number}"
            id_number = None
        if not sex and id_number and id_number.isdigit() and len(id_number) == 12:
            sex = idnumber.decode(id_number)[1]
            row.warnings.append("Không có cột giới tính: giới tính lấy theo số định danh (CCCD).")
        rec.update(
            sex=sex,
            birth_date=birth,
            id_number=id_number,
            ethnicity_code=self._read(
                row, "ethnicity", values.ethnicity_value, self._text(row, "ethnicity")
            ),
            religion_code=self._read(
                row, "religion", values.religion_value, self._text(row, "religion")
            ),
            phone=values.phone_value(cells.get("phone")) if "phone" in cells else None,
        )
        for f in ("occupation", "education", "theory_level"):
            rec[f] = self._text(row, f)
        if self.plan.target != "residents" and not rec["occupation"]:
            rec["occupation"] = self._text(row, "workplace")  # "Nơi công tác" of a people list
        if self._text(row, "notes"):
            rec["notes"] = "\n".join(filter(None, [rec.get("notes"), self._text(row, "notes")]))
        admitted = self._read(
            row, "party_admission_date", values.date_value, cells.get("party_admission_date")
        )
        rec["party_admission_date"] = admitted
        if (
            admitted
            or values.is_marked(cells.get("party_member"))
            or self.plan.target == "residents"
        ):
            rec["party_member"] = 1
        village_name = self._text(row, "village")
        if village_name:
            rec["village_id"], new = self.index.village(village_name)
            if new:
                row.new_village = village_name
                row.warnings.append(
                    f"Khu dân cư “{village_name}” chưa có trong sổ: sẽ được thêm mới."
                )
        rec = {k: v for k, v in self.store.people.clean(rec).items() if v is not None}
        rec["id"] = self.store.new_id()
        for issue in rules.validate_person({"party_member": 0, **rec}, self.today, self.prefixes):
            (row.errors if issue.is_error else row.warnings).append(issue.message)
        row.record = rec
        if row.errors:
            return
        self._match_person(row)

    def _match_person(self, row: PlanRow) -> None:
        rec = row.record
        number = rec.get("id_number")
        if number and number in self.id_rows:
            row.errors.append(
                f"Số định danh (CCCD) {number} trùng với dòng {self.id_rows[number]} của tệp."
            )
            return
        existing = self.index.by_id_number.get(number) if number else None
        if existing is None:
            for other in self.index.by_name.get(_Index.name_key(rec), []):
                if not number or not other.get("id_number"):
                    existing = other
                    break
            if existing is not None:
                planned = existing.get("_row")
                if planned:
                    row.warnings.append(
                        f"Trùng họ tên, năm sinh, khu dân cư với dòng {planned} của tệp."
                    )
                    existing = None
        if number:
            self.id_rows[number] = row.number
        if existing is None:
            row.action = "add"
            self.index.add({**rec, "_row": row.number})
            return
        row.match = existing
        row.changes = {
            k: v
            for k, v in rec.items()
            if k != "id"
            and v is not None
            and existing.get(k) != v
            and not (k == "full_name" and text.fold(v) == existing.get("name_fold") and not number)
        }
        same_number = bool(number) and existing.get("id_number") == number
        if same_number:
            row.action = "update" if row.changes else "unchanged"
        elif not row.changes:
            row.action = "unchanged"
        else:
            row.action = "duplicate"
            row.choice = "new" if self.add_duplicates else "existing"
            if self.add_duplicates:
                self.index.add({**rec, "_row": row.number})

    def person_id(self, row: PlanRow) -> str:
        """The person a link (membership, resident) points to once written."""
        if row.match is not None and not (row.action == "duplicate" and row.choice == "new"):
            return row.match["id"]
        return row.record["id"]

    # ---- members of one body ----------------------------------------------------------------
    def _membership(self, row: PlanRow, cells: dict[str, Any]) -> None:
        body = self.plan.body
        assert body is not None
        link = {
            "body_id": body["id"],
            "person_id": self.person_id(row),
            "role": self._read(row, "role", values.role_value, self._text(row, "role")),
            "branch": self._read(row, "branch", values.branch_value, self._text(row, "branch")),
            "start_date": self._read(
                row, "start_date", lambda v: values.date_value(v, False), cells.get("start_date")
            )
            or body.get("term_start"),
        }
        link = {k: v for k, v in self.store.memberships.clean(link).items() if v is not None}
        for issue in rules.validate_membership(link, self.today):
            (row.errors if issue.is_error else row.warnings).append(issue.message)
        if body.get("dissolved_on"):
            row.errors.append("Ban đã giải thể, không thể thêm thành viên.")
        row.link = link
        key = (link["person_id"], "")
        if key in self.links:
            row.link_action = "unchanged"
            return
        if link.get("role") == "head":
            self.heads += 1
            if self.heads > 1:
                row.warnings.append("Ban đã có Trưởng ban; ban sẽ có hai Trưởng ban.")
        self.links.add(key)
        row.link_action = "add"

    # ---- Regulation-213 residents ---------------------------------------------------------------
    def _resident(self, row: PlanRow, cells: dict[str, Any]) -> None:
        date = lambda f: self._read(row, f, lambda v: values.date_value(v, False), cells.get(f))  # noqa: E731
        link = {
            "person_id": self.person_id(row),
            "village_id": row.record.get("village_id"),
            "party_cell": self._text(row, "party_cell"),
            "letter_number": self._text(row, "letter_number"),
            "letter_date": date("letter_date"),
            "letter_issuer": self._text(row, "letter_issuer"),
            "workplace": self._text(row, "workplace"),
            "workplace_party_org": self._text(row, "workplace_party_org"),
            "category": self._read(
                row, "category", values.category_value, self._text(row, "category")
            ),
            "received_date": date("received_date"),
            "registered_date": date("registered_date"),
        }
        link = {k: v for k, v in self.store.residents.clean(link).items() if v is not None}
        for issue in rules.validate_resident(link, self.today):
            (row.errors if issue.is_error else row.warnings).append(issue.message)
        if not link.get("received_date") and not link.get("letter_date"):
            row.errors.append("Chưa có ngày nhận giấy giới thiệu (hoặc ngày giấy).")
        row.link = link
        key = (link["person_id"], "")
        row.link_action = "unchanged" if key in self.links else "add"
        self.links.add(key)

    # ---- villages ----------------------------------------------------------------------------
    def _village(self, row: PlanRow, cells: dict[str, Any]) -> None:
        name = self._text(row, "name") or ""
        kind = self._read(
            row, "kind", lambda v: values.village_kind(v, name), self._text(row, "kind")
        )
        kind, name = kind or ("thon", name)
        rec = {
            k: v
            for k, v in self.store.villages.clean(
                {
                    "name": name,
                    "kind": kind,
                    "code": self._text(row, "code"),
                    "notes": self._text(row, "notes"),
                }
            ).items()
            if v is not None
        }
        rec["id"] = self.store.new_id()
        for issue in rules.validate_village(rec, self.today):
            (row.errors if issue.is_error else row.warnings).append(issue.message)
        row.record = rec
        existing = self.index.villages.get(text.fold(name))
        if existing is not None and existing.get("_row"):
            row.errors.append(f"Trùng tên khu dân cư với dòng {existing['_row']} của tệp.")
        elif existing is not None:
            row.match = existing
            row.changes = {
                k: v for k, v in rec.items() if k not in ("id", "name") and existing.get(k) != v
            }
            row.action = "update" if row.changes else "unchanged"
        else:
            self.index.villages[text.fold(name)] = {**rec, "_row": row.number}

    # ---- activities ----------------------------------------------------------------------------
    def _campaign(self, name: str) -> str | None:
        folded = text.fold(name)
        for c in self.campaigns:
            if folded in (c["name_fold"], text.fold(c.get("short_name")), text.fold(c.get("code"))):
                return c["id"]
        hits = [
            c
            for c in self.campaigns
            if folded and (folded in c["name_fold"] or c["name_fold"] in folded)
        ]
        return hits[0]["id"] if len(hits) == 1 else None

    def _activity(self, row: PlanRow, cells: dict[str, Any]) -> None:
        campaign_name = self._text(row, "campaign") or ""
        campaign_id = self._campaign(campaign_name) if campaign_name else None
        if campaign_name and campaign_id is None:
            row.errors.append(f"Không tìm thấy cuộc vận động “{campaign_name}” trong danh mục.")
        village_ids = []
        for name in filter(
            None,
            (n.strip() for n in (self._text(row, "villages") or "").replace(";", ",").split(",")),
        ):
            vid, new = self.index.village(name)
            if new:
                row.errors.append(f"Không có khu dân cư “{name}” trong sổ.")
            else:
                village_ids.append(vid)
        data: dict[str, Any] = {
            "campaign_id": campaign_id,
            "title": self._text(row, "title"),
            "date": self._read(
                row, "date", lambda v: values.date_value(v, False), cells.get("date")
            ),
            "description": self._text(row, "description"),
            "village_ids": village_ids,
        }
        from desktop_app.core import enums

        for f in enums.INDICATORS:
            if f in cells:
                data[f] = self._read(row, f, values.int_value, cells[f])
        rec = {k: v for k, v in self.store.activities.clean(data).items() if v is not None}
        rec["id"] = self.store.new_id()
        for issue in rules.validate_activity(rec, self.today):
            (row.errors if issue.is_error else row.warnings).append(issue.message)
        row.record = rec
        key = (rec.get("campaign_id"), rec.get("date"), text.fold(rec.get("title")))
        if key in self.activities:
            row.action = "unchanged"
        self.activities.add(key)
