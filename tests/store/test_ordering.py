"""Every register's list sorts by any of its columns in SQL (store/ordering.py): the same rows
with the same fields as the register's own order, empty values last, coded columns by the
Vietnamese order of the label shown (issue 13, items 1 and 2)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core import enums, grading
from desktop_app.core import funds as fund_rules
from desktop_app.core.text import sort_key
from desktop_app.store import activities, bodies, gradings, petitions, refdata, residents
from desktop_app.store import funds as fund_store
from desktop_app.store import people as people_store
from desktop_app.store import supervisions as sup_store
from desktop_app.store import villages as village_store


def registers(store: Any) -> dict[str, tuple[Any, Any]]:
    """Each list: how to read it (given a sort) and what its columns sort by."""
    fund = store.funds.ensure_default()
    return {
        "villages": (lambda s: store.villages.query(sort=s), village_store.LIST_ORDER),
        "fund entries": (
            lambda s: store.fund_entries.query(fund_id=fund["id"], sort=s),
            fund_store.ENTRY_ORDER,
        ),
        "gradings": (lambda s: store.gradings.query(sort=s), gradings.GRADING_ORDER),
        "commendations": (lambda s: store.commendations.query(sort=s), gradings.COMMENDATION_ORDER),
        "petitions": (lambda s: store.petitions.query(sort=s), petitions.PETITION_ORDER),
        "supervisions": (lambda s: store.supervisions.query(sort=s), sup_store.SUPERVISION_ORDER),
        "recommendations": (
            lambda s: store.recommendations.query(sort=s),
            sup_store.RECOMMENDATION_ORDER,
        ),
        "criticisms": (lambda s: store.criticisms.query(sort=s), sup_store.CRITICISM_ORDER),
        "bodies": (lambda s: store.bodies.query(sort=s), bodies.BODY_ORDER),
        "campaigns": (lambda s: store.campaigns.query(sort=s), activities.CAMPAIGN_ORDER),
        "catalogue": (lambda s: store.campaigns.catalogue(sort=s), activities.CAMPAIGN_ORDER),
        "activities": (lambda s: store.activities.query(sort=s), activities.ACTIVITY_ORDER),
        "residents": (lambda s: store.residents.query(sort=s), residents.RESIDENT_ORDER),
    }


def test_every_column_of_every_register_sorts_in_sql(demo: Any) -> None:
    for name, (read, keys) in registers(demo).items():
        natural = read(None)
        assert natural, name
        for key in keys:
            for descending in (False, True):
                rows = read((key, descending))
                assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in natural), (
                    name,
                    key,
                )
                assert set(rows[0]) == set(natural[0]), (name, key)  # the same fields, no extra
    with pytest.raises(ValueError):
        demo.villages.query(sort=("no_such_column", False))


def test_coded_columns_sort_by_the_label_shown(demo: Any) -> None:
    people = demo.people.query(order="ethnicity_code")
    names = [refdata.ethnic_name(p["ethnicity_code"]) for p in people if p["ethnicity_code"]]
    assert len(set(names)) > 2
    assert names == sorted(names, key=sort_key)  # "Dân tộc" by its name, not its code
    codes = [p["ethnicity_code"] for p in people if p["ethnicity_code"]]
    assert codes != sorted(codes)  # the demo's groups are not in the same order by code
    assert not people[-1]["ethnicity_code"] or all(p["ethnicity_code"] for p in people)

    sexes = [enums.SEXES[p["sex"]] for p in demo.people.query(order="sex", descending=True)]
    assert sexes == sorted(sexes, key=sort_key, reverse=True)  # Nữ before Nam, not by code

    rows = demo.commendations.query(sort=("form", False))
    forms = [grading.COMMENDATION_FORMS[r["form"]] for r in rows]
    assert forms == sorted(forms, key=sort_key)

    fund = demo.funds.ensure_default()
    rows = demo.fund_entries.query(fund_id=fund["id"], sort=("direction", False))
    shown = [fund_rules.DIRECTIONS[r["direction"]] for r in rows]
    assert shown == sorted(shown, key=sort_key) and shown[0] == "Chi"  # Chi < Thu


def test_text_columns_sort_in_vietnamese_order_empty_last(demo: Any) -> None:
    rows = demo.petitions.query(sort=("agency", False))
    agencies = [r["agency"] for r in rows]
    filled = [a for a in agencies if a]
    assert filled == sorted(filled, key=sort_key)
    assert agencies == filled + [None] * (len(agencies) - len(filled))
    rows = demo.petitions.query(sort=("agency", True))
    filled_desc = [r["agency"] for r in rows if r["agency"]]
    assert filled_desc == sorted(filled, key=sort_key, reverse=True) and (
        rows[-1]["agency"] or len(filled) == len(rows)
    )


def test_people_sort_keys_cover_the_list(demo: Any) -> None:
    for key in people_store.SORTABLE:
        assert demo.people.query(order=key, limit=5)
