"""Merging villages (sáp nhập khu dân cư), in one transaction.

The merged villages stop on the day before the merge (`valid_to`) and point at the village
they became (`merged_into`), with the decision in their notes; their people and their
Regulation-213 members move to it; their Ban công tác Mặt trận ends on the merge date, every
membership with the reason "merged" (sáp nhập khu dân cư), and a new committee may be formed
for the merged village from members picked among them. Nothing is deleted: who served in the
old village, and the activities recorded against it, stay readable, and reports for periods
before the merge still show the old villages. Every change is an ordinary record update, so
an export carries the merge to the upper level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desktop_app.core import enums
from desktop_app.core.dates import display
from desktop_app.core.errors import UserError

if TYPE_CHECKING:
    from desktop_app.store.db import Store

REASON = "merged"


@dataclass
class NewCommittee:
    """The Ban công tác Mặt trận of the merged village: (person_id, role, branch) members."""

    term_label: str
    members: list[tuple[str, str, str | None]]
    term_end: str | None = None
    decision_number: str | None = None
    decision_date: str | None = None


@dataclass
class MergeResult:
    target: dict
    people_moved: int = 0
    residents_moved: int = 0
    bodies_ended: list[str] = field(default_factory=list)
    committee: dict | None = None


def committees_of(store: Store, village_ids: list[str]) -> list[dict]:
    """The current Ban công tác Mặt trận of these villages."""
    found = []
    for village_id in village_ids:
        found += store.bodies.query(
            kind="village_committee", village_id=village_id, current_only=True
        )
    return found


def candidates(store: Store, village_ids: list[str]) -> list[dict]:
    """The current members of these villages' committees: whom a new committee continues with."""
    members = []
    for body in committees_of(store, village_ids):
        for member in store.bodies.members(body["id"]):
            members.append({**member, "body_name": body["name"]})
    return members


def merge_villages(
    store: Store,
    sources: list[str],
    on_date: str,
    *,
    target_id: str | None = None,
    new_village: dict | None = None,
    decision_number: str | None = None,
    decision_date: str | None = None,
    committee: NewCommittee | None = None,
) -> MergeResult:
    """Merge `sources` into the surviving village `target_id` or into `new_village` (its
    fields: name, kind, code) from `on_date` (ISO). One transaction: a refusal changes nothing."""
    sources = list(dict.fromkeys(sources))
    if (target_id is None) == (new_village is None):
        raise UserError("Hãy chọn khu dân cư sau sáp nhập: một khu có sẵn, hoặc ghi tên khu mới.")
    if target_id in sources:
        sources.remove(target_id)
    if len(sources) < (1 if target_id else 2):
        raise UserError("Hãy chọn ít nhất hai khu dân cư để sáp nhập.")
    try:
        day = date.fromisoformat(on_date)
    except (TypeError, ValueError):
        raise UserError("Hãy ghi ngày sáp nhập (ngày/tháng/năm).") from None
    if day > store.today():
        raise UserError(
            "Ngày sáp nhập không thể sau ngày hôm nay; hãy ghi khi việc sáp nhập đã có hiệu lực."
        )
    eve = (day - timedelta(days=1)).isoformat()
    with store.transaction():
        olds = []
        for village_id in sources:
            village = store.villages.require(village_id)
            if village.get("merged_into"):
                raise UserError(f"Khu dân cư “{village['name']}” đã được sáp nhập từ trước.")
            if village.get("valid_from") and village["valid_from"] > eve:
                raise UserError(
                    f"Khu dân cư “{village['name']}” có hiệu lực từ {display(village['valid_from'])}: "
                    "ngày sáp nhập phải sau ngày đó."
                )
            olds.append(village)
        if target_id:
            target = store.villages.require(target_id)
            if target.get("merged_into") or (
                target.get("valid_to") and target["valid_to"] < on_date
            ):
                raise UserError(
                    f"Khu dân cư “{target['name']}” không còn hiệu lực; hãy chọn khu khác."
                )
        else:
            target = store.villages.add(
                {**(new_village or {}), "valid_from": on_date}, accept_warnings=True
            )
        decision = ""
        if decision_number:
            decision = f" theo Quyết định số {decision_number}"
            if decision_date:
                decision += f" ngày {display(decision_date)}"
        for village in olds:
            note = f"Sáp nhập vào {target['name']} từ ngày {display(on_date)}{decision}."
            notes = "\n".join(n for n in (village.get("notes"), note) if n)
            store.villages.update(
                village["id"],
                {"valid_to": eve, "merged_into": target["id"], "notes": notes},
                accept_warnings=True,
            )
        result = MergeResult(target)
        ids = [v["id"] for v in olds]
        marks = ",".join("?" * len(ids))
        for (person_id,) in store.conn.execute(
            f"select id from people where deleted_at is null and village_id in ({marks})", ids
        ).fetchall():
            store.people.update(person_id, {"village_id": target["id"]}, accept_warnings=True)
            result.people_moved += 1
        for (resident_id,) in store.conn.execute(
            f"select id from residents where deleted_at is null and left_date is null"
            f" and village_id in ({marks})",
            ids,
        ).fetchall():
            store.residents.update(resident_id, {"village_id": target["id"]}, accept_warnings=True)
            result.residents_moved += 1
        ending = committees_of(store, ids)
        continuing = committees_of(store, [target["id"]]) if committee else []
        allowed = set()
        for body in ending + continuing:
            for member in store.bodies.members(body["id"]):
                allowed.add(member["person_id"])
                if member.get("start_date") and member["start_date"] > on_date:
                    raise UserError(
                        f"{member['full_name']} bắt đầu tham gia {body['name']} sau ngày sáp nhập."
                    )
                store.memberships.end(member["id"], on_date, REASON)
            if body in ending:
                store.bodies.update(body["id"], {"dissolved_on": on_date}, accept_warnings=True)
            result.bodies_ended.append(body["id"])
        if committee is not None:
            result.committee = _form_committee(
                store, target, on_date, committee, allowed, continuing[0] if continuing else None
            )
    return result


def _form_committee(
    store: Store,
    target: dict,
    on_date: str,
    committee: NewCommittee,
    allowed: set[str],
    predecessor: dict | None,
) -> dict:
    if not committee.members:
        raise UserError("Hãy chọn thành viên tiếp tục tham gia Ban công tác Mặt trận mới.")
    strangers = [p for p, _, _ in committee.members if p not in allowed]
    if strangers:
        raise UserError(
            "Ban công tác Mặt trận mới chỉ gồm thành viên của các ban cũ; người khác hãy thêm "
            "sau bằng “Kiện toàn”."
        )
    label = enums.label(enums.VILLAGE_KINDS, target.get("kind"))
    name = target["name"]
    place = (
        name if not label or name.lower().startswith(label.lower()) else f"{label.lower()} {name}"
    )
    body = store.bodies.add(
        {
            "kind": "village_committee",
            "name": f"Ban công tác Mặt trận {place}",
            "village_id": target["id"],
            "term_label": committee.term_label,
            "term_start": on_date,
            "term_end": committee.term_end,
            "decision_number": committee.decision_number,
            "decision_date": committee.decision_date,
            "predecessor_id": predecessor["id"] if predecessor else None,
        },
        accept_warnings=True,
    )
    for person_id, role, branch in committee.members:
        store.memberships.add(
            {
                "person_id": person_id,
                "body_id": body["id"],
                "role": role,
                "branch": branch,
                "start_date": on_date,
                "decision_number": committee.decision_number,
                "decision_date": committee.decision_date,
            },
            accept_warnings=True,
        )
    return body
