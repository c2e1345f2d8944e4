"""Printing the Regulation-213 round: the comment forms (one, a village's, or all) and the
list of members due per village."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from desktop_app.core import reg213
from desktop_app.core.errors import UserError
from desktop_app.reports.comment_form import form_story
from desktop_app.reports.markup import clean
from desktop_app.reports.office import office_of
from desktop_app.reports.page import PORTRAIT, Progress, build_pdf, new_form
from desktop_app.store import refdata

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def _forms_wanted(
    store: Store, year: int, village_id: str | None, person_id: str | None, blank: bool
) -> list[tuple[dict, dict | None]]:
    """(resident, evaluation or None) for every form to print, in village then name order."""
    if person_id:
        person = store.people.get(person_id)
        if person is None:
            raise UserError(f"Không tìm thấy người có mã “{person_id}” trong sổ.")
        residents = [
            r for r in store.residents.query(include_left=True) if r["person_id"] == person_id
        ]
        if not residents:
            raise UserError(
                f"{person['full_name']} không có trong sổ đảng viên nơi cư trú; hãy ghi nhận "
                "giấy giới thiệu của đảng viên trước."
            )
        resident = next((r for r in residents if not r.get("left_date")), residents[0])
        if reg213.is_exempt(resident.get("category")):
            needed = store.evaluations.when_needed(resident["id"])
            if needed and not blank:  # the latest comment taken when needed
                return [(resident, needed[0])]
            raise UserError(
                f"{person['full_name']} thuộc diện miễn sinh hoạt nơi cư trú, không có phiếu nhận xét hằng năm; "
                "khi cần (công tác cán bộ, khen thưởng, kỷ luật) hãy lấy “Nhận xét khi cần” ở danh sách "
                "đảng viên nơi cư trú."
            )
        evaluation = store.evaluations.current_for(resident["id"], year)
        if evaluation is None and not blank:
            raise UserError(
                f"Chưa có yêu cầu nhận xét năm {year} cho {person['full_name']}. Hãy mở đợt nhận xét "
                f"năm {year}, hoặc in phiếu trắng (ô “Phiếu trắng”) để nhận xét tại hội nghị.",
                command_hint="dòng lệnh: thêm --blank",
            )
        return [(resident, evaluation)]
    evaluations = store.evaluations.query(year=year, village_id=village_id)
    if not evaluations:
        where = ""
        if village_id:
            village = store.villages.get(village_id)
            where = f" ở {clean(village['name'])}" if village else ""
        raise UserError(
            f"Chưa có phiếu nhận xét nào năm {year}{where}. Hãy mở đợt nhận xét năm {year} trước."
        )
    residents = {
        r["id"]: r for r in store.residents.query(village_id=village_id, include_left=True)
    }
    wanted = []
    for evaluation in evaluations:
        resident = residents.get(evaluation["resident_id"]) or store.residents.get(
            evaluation["resident_id"]
        )
        if resident is not None:
            wanted.append((resident, evaluation))
    return wanted


def print_comment_forms(
    store: Store,
    year: int,
    out: str | os.PathLike[str],
    *,
    village_id: str | None = None,
    person_id: str | None = None,
    blank: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Comment forms of the year in one PDF, one form per member (each from a new page,
    page numbers restarting): one person, one village's, or everyone's. Filled from each
    comment; `blank` prints empty boxes for the meeting. `progress(done, total)` is called
    as forms are laid out; returning False cancels (PrintCancelled, no file written)."""
    office = office_of(store)
    wanted = _forms_wanted(store, year, village_id, person_id, blank)
    villages = {v["id"]: v for v in store.villages.all()}
    signers: dict[str, dict[str, str]] = {}
    total = len(wanted)
    story: list[Flowable] = []
    for index, (resident, evaluation) in enumerate(wanted):
        person = store.people.get(resident["person_id"]) or {}
        version = (evaluation or {}).get("form_version")
        if version:
            form = refdata.comment_form(version, store.form_dirs())
        else:  # a blank form before the round: the newest form in force
            form = refdata.latest_comment_form(store.form_dirs(), office.today)
        story += new_form(PORTRAIT, first=index == 0, index=index, total=total, progress=progress)
        story += form_story(
            office,
            form,
            year=year,
            person=person,
            resident=resident,
            village=villages.get(resident.get("village_id") or ""),
            evaluation=evaluation,
            blank=blank,
            known_signers=signers.setdefault(
                resident.get("village_id") or "", known_signers(store, resident.get("village_id"))
            ),
        )
    path = build_pdf(
        out, story, title=f"Phiếu nhận xét đảng viên nơi cư trú năm {year}", author=office.front
    )
    if progress is not None:
        progress(total, total)
    return path


def known_signers(store: Store, village_id: str | None) -> dict[str, str]:
    """The village party cell's secretary (recorded on the village) and the head of its current
    Ban công tác Mặt trận, by signature code; missing ones are left out (a blank line)."""
    if not village_id:
        return {}
    found: dict[str, str] = {}
    village = store.villages.get(village_id) or {}
    if clean(village.get("party_secretary")):
        found["party_cell"] = clean(village["party_secretary"])
    for body in store.bodies.query(
        kind="village_committee", village_id=village_id, current_only=True
    ):
        heads = [m for m in store.bodies.members(body["id"]) if m.get("role") == "head"]
        if len(heads) == 1:
            found["front_committee"] = clean(heads[0]["full_name"])
    return found


def print_comment_when_needed(
    store: Store, evaluation_id: str, out: str | os.PathLike[str]
) -> Path:
    """The form of one comment taken when needed (công tác cán bộ, khen thưởng, kỷ luật) from a
    member exempt from the yearly round."""
    office = office_of(store)
    evaluation = store.evaluations.get(evaluation_id)
    if evaluation is None or not evaluation.get("purpose"):
        raise UserError("Không tìm thấy phiếu nhận xét khi cần này.")
    resident = store.residents.get(evaluation["resident_id"]) or {}
    person = store.people.get(resident.get("person_id") or "") or {}
    village = store.villages.get(resident.get("village_id") or "")
    form = refdata.comment_form(evaluation.get("form_version") or 1, store.form_dirs())
    story = new_form(PORTRAIT, first=True)
    story += form_story(
        office,
        form,
        year=evaluation["year"],
        person=person,
        resident=resident,
        village=village,
        evaluation=evaluation,
        blank=False,
        known_signers=known_signers(store, resident.get("village_id")),
    )
    return build_pdf(
        out,
        story,
        title=f"Phiếu nhận xét đảng viên {clean(person.get('full_name'))}",
        author=office.front,
    )
