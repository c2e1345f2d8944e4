"""The communes whose records a database holds, with their names.

At the upper level every synced row carries the code of the commune that owns it; the commune's
name is the one its newest imported bundle gave (else its enrolled key's, else the office's own
name for this office's own rows). Names are for showing: a commune without one shows its code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core import text
from desktop_app.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    from desktop_app.store.db import Store

# The name each commune's newest import gave it, else the name of one of its enrolled keys.
_NAME_OF = (
    "coalesce((select i.commune_name from sync_imports i where i.commune_code = {code}"
    " and i.commune_name is not null order by i.rowid desc limit 1),"
    " (select max(k.commune_name) from sync_commune_keys k where k.commune_code = {code}))"
)


@dataclass(frozen=True)
class Commune:
    code: str
    name: str | None
    rows: int  # how many records (not deleted) of the register it owns here

    @property
    def label(self) -> str:
        """How an officer reads it: the name, or the code when no bundle gave a name."""
        return self.name or self.code


def _own_name(store: Store, code: str) -> str | None:
    office = store.office() or {}
    if office.get("commune_code") != code:
        return None
    return office.get("commune_name") or office.get("name")


def with_rows(store: Store, table: str, kind: str | None = None) -> list[Commune]:
    """The communes owning records of a register (of one kind of body, for "bodies"), with
    their names and counts, in Vietnamese order of the name shown. One query."""
    if table not in SYNCED_TABLES:
        raise ValueError(f"not a register: {table}")
    where, params = "deleted_at is null", []
    if kind is not None:
        where += " and kind = ?"
        params.append(kind)
    rows = store.conn.execute(
        f"select c.commune_code, {_NAME_OF.format(code='c.commune_code')}, c.n from"
        f" (select commune_code, count(*) as n from {table} where {where} group by commune_code) c",
        params,
    ).fetchall()
    communes = [Commune(code, name or _own_name(store, code), n) for code, name, n in rows]
    return sorted(communes, key=lambda c: (text.sort_key(c.label), c.code))


def names(store: Store) -> dict[str, str]:
    """Commune code → name, for every commune known here (imported or enrolled) and this office."""
    rows = store.conn.execute(
        f"select code, {_NAME_OF.format(code='code')} from (select commune_code as code from sync_imports"
        " union select commune_code from sync_commune_keys)"
    ).fetchall()
    known = {code: name for code, name in rows if name}
    office = store.office() or {}
    if office.get("commune_code") and office["commune_code"] not in known:
        own = _own_name(store, office["commune_code"])
        if own:
            known[office["commune_code"]] = own
    return known
