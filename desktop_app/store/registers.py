"""Attach one repository per register to a Store."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.db import Store


def attach_registers(store: Store) -> None:
    from desktop_app.store.activities import Activities, Campaigns
    from desktop_app.store.bodies import Bodies
    from desktop_app.store.documents import Documents
    from desktop_app.store.evaluations import Evaluations
    from desktop_app.store.funds import FundEntries, Funds
    from desktop_app.store.gradings import Commendations, Gradings
    from desktop_app.store.memberships import Memberships
    from desktop_app.store.people import People
    from desktop_app.store.residents import Residents
    from desktop_app.store.villages import Villages

    store.villages = Villages(store)
    store.people = People(store)
    store.bodies = Bodies(store)
    store.memberships = Memberships(store)
    store.campaigns = Campaigns(store)
    store.activities = Activities(store)
    store.residents = Residents(store)
    store.evaluations = Evaluations(store)
    store.documents = Documents(store)
    store.funds = Funds(store)
    store.fund_entries = FundEntries(store)
    store.gradings = Gradings(store)
    store.commendations = Commendations(store)
