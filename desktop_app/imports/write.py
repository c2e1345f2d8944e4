"""Writing a checked plan: one transaction, one audit entry, a batch that can be undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.imports.plan import Plan, PlanRow
from desktop_app.imports.reader import tick
from desktop_app.store.import_batches import Batch

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def write_plan(
    store: Store, plan: Plan, progress: Callable[[int, int], object] | None = None
) -> dict:
    """Write every row the plan says to write; rows with errors are left out. Returns the batch
    (id, file name, counts). Nothing is written when an exception escapes."""
    counts = plan.counts()
    with store.transaction():
        batch = Batch(
            store, plan.file_name, plan.sheet, plan.target, plan.body["id"] if plan.body else None
        )
        villages = {}
        for row in plan.rows:
            if row.writes and row.new_village and row.record.get("village_id") not in villages:
                villages[row.record["village_id"]] = row.new_village
        for vid, name in villages.items():
            from desktop_app.imports.values import village_kind

            kind, bare = village_kind(None, name)
            batch.add(
                store.villages, {**store.villages.clean({"name": bare, "kind": kind}), "id": vid}
            )
        for i, row in enumerate(plan.rows):
            if i % 500 == 0:
                tick(progress, i, len(plan.rows))
            if row.writes:
                _write_row(store, batch, plan, row)
        return batch.finish(counts)


def _write_row(store: Store, batch: Batch, plan: Plan, row: PlanRow) -> None:
    target = plan.target
    register = {"villages": store.villages, "activities": store.activities}.get(
        target, store.people
    )
    new_person = row.action == "add" or (row.action == "duplicate" and row.choice == "new")
    if new_person:
        batch.add(register, row.record)
    elif row.changes and (
        row.action == "update" or (row.action == "duplicate" and row.choice == "update")
    ):
        batch.update(register, row.match["id"], row.changes)
    if row.link_action == "add":
        link_register = store.memberships if target == "members" else store.residents
        if (
            target == "residents"
            and not new_person
            and row.match
            and not row.match.get("party_member")
        ):
            batch.update(store.people, row.match["id"], {"party_member": 1})
        person_id = (
            row.record["id"]
            if new_person
            else row.match["id"]
            if row.match
            else row.link["person_id"]
        )
        batch.add(link_register, {**row.link, "person_id": person_id, "id": store.new_id()})
