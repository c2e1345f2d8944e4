import pytest

from desktop_app.store.db import open_store
from desktop_app.store.demo import build_demo


@pytest.mark.parametrize("villages", [1, 2, 3])
def test_a_demo_with_few_villages_still_fills_every_register(tmp_path, villages):
    store = open_store(tmp_path / "d.db")
    summary = build_demo(store, people=60, villages=villages, seed=2)
    assert summary["villages"] == villages == store.villages.count()
    for register in (
        "people",
        "bodies",
        "memberships",
        "campaigns",
        "activities",
        "residents",
        "evaluations",
    ):
        assert getattr(store, register).count() > 0, register
    store.close()


def test_the_demo_leaves_problems_for_the_overview(demo):
    committees = demo.bodies.query(kind="village_committee", current_only=True)
    assert any(demo.bodies.composition_issues(b) for b in committees)
    assert demo.people.id_warnings()
    assert demo.residents.unregistered_overdue()
    assert any(e["overdue"] for e in demo.evaluations.query(year=2025))
    exempt = [r for r in demo.residents.query() if r["category"].startswith("exempt_")]
    assert exempt and not demo.evaluations.query(
        year=2026, search=None, resident_id=exempt[0]["id"]
    )


def test_the_demo_makes_exactly_the_people_asked_for(tmp_path, capsys):
    """Issue 13 item 18: "--people 400" makes 400 people, the bodies' members and the party
    members living in the commune among them, and says so."""
    from desktop_app.cli import main

    assert (
        main(["--data-dir", str(tmp_path / "d"), "demo", "--people", "400", "--villages", "4"]) == 0
    )
    said = capsys.readouterr().out
    store = open_store(tmp_path / "d" / "somattran.db")
    assert store.people.count() == 400 and " 400 người (trong đó " in said
    linked = store.conn.execute("select count(distinct person_id) from residents").fetchone()[0]
    assert linked > 0 and f"{linked} đảng viên nơi cư trú" in said
    store.close()


@pytest.mark.parametrize(("people", "villages"), [(60, 12), (12, 12), (60, 1), (149, 2)])
def test_a_small_demo_makes_exactly_the_people_asked_for(tmp_path, capsys, people, villages):
    """Issue 13 item 18: "--people 60" makes 60 people, not 84: the bodies' members and the
    party members living in the commune scaled down to fit among them."""
    from desktop_app.cli import main

    data = tmp_path / "d"
    args = ["--data-dir", str(data), "demo", "--people", str(people), "--villages", str(villages)]
    assert main(args) == 0
    said = capsys.readouterr().out
    assert f" {people} người (trong đó " in said and "cần ít nhất" not in said
    store = open_store(data / "somattran.db")
    assert store.people.count() == people
    assert store.memberships.count() > 0 and store.bodies.count() > 0
    if people >= 60:
        assert 0 < store.residents.count() <= people // 5
    store.close()


def test_the_demo_names_no_district(tmp_path) -> None:
    """No "huyện" since 1 July 2025: neither in the demo's data file nor in a demo commune."""
    import json

    from desktop_app import paths

    assert "huyện" not in (paths.DATA_DIR / "demo_names.json").read_text(encoding="utf-8").lower()
    store = open_store(tmp_path / "demo.db")
    build_demo(store, people=120, villages=4, seed=3)
    tables = ("villages", "people", "bodies", "residents", "activities", "office", "settings")
    dump = json.dumps([store.query(f"select * from {t}") for t in tables], ensure_ascii=False)
    assert "huyện" not in dump.lower()
    store.close()
