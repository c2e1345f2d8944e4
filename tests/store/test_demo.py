import pytest

from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo


@pytest.mark.parametrize("villages", [1, 2, 3])
def test_a_demo_with_few_villages_still_fills_every_register(tmp_path, villages):
    store = open_store(tmp_path / "d.db")
    summary = build_demo(store, people=60, villages=villages, seed=2)
    assert summary["villages"] == villages == store.villages.count()
    for register in ("people", "bodies", "memberships", "campaigns", "activities", "residents", "evaluations"):
        assert getattr(store, register).count() > 0, register
    store.close()


def test_the_demo_leaves_problems_for_the_overview(demo):
    committees = demo.bodies.query(kind="village_committee", current_only=True)
    assert any(demo.bodies.composition_issues(b) for b in committees)
    assert demo.people.id_warnings()
    assert demo.residents.unregistered_overdue()
    assert any(e["overdue"] for e in demo.evaluations.query(year=2025))
    exempt = [r for r in demo.residents.query() if r["category"].startswith("exempt_")]
    assert exempt and not demo.evaluations.query(year=2026, search=None, resident_id=exempt[0]["id"])
