"""The upper level at the size of a province (issue 12) changes no answer: people search through
the full-text index finds what the word-start rule finds, in Vietnamese order, whichever plan
answers; the counts kept by triggers are the counts SQL makes; the overview's attention list,
read set-based in store/attention.py, is the list the per-body code made before."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from desktop_app.core import dates, text
from desktop_app.store import attention, communes, consolidation, import_log, migrations, people
from desktop_app.store.dates_ahead import dates_ahead
from desktop_app.store.db import Store, open_store
from tests.reports.upper_store import COMMUNES
from tests.store.schema_before import OFFICE, database_before

QUERIES = [
    "n",
    "ng",
    "nguyen",
    "nguyen van",
    "van nguyen",
    "th",
    "thi h",
    "d",
    "dung",
    "dat",
    "l",
    "uyen",
    "an",
    "a b",
    "zzz",
    "nguyen  van   d",
]


def expected(
    store: Store, search: str, commune_code: str | None = None, rank: bool = True
) -> list[str]:
    """The oracle: every word of the search starts a word of the folded name; Vietnamese order,
    after the rank of issue 13 (given name, family name, other) when the last word has 2 letters."""
    terms = text.search_terms(search)
    rows = store.conn.execute(
        "select id, name_fold, sort_key, commune_code from people where deleted_at is null"
    ).fetchall()
    ranked = rank and len(terms[-1]) >= 2

    def order(fold: str) -> int:
        return people._name_rank(fold, terms[-1]) if ranked else 0

    found = [
        (order(fold), key, pid)
        for pid, fold, key, code in rows
        if (commune_code is None or code == commune_code)
        and all(any(word.startswith(t) for word in fold.split(" ")) for t in terms)
    ]
    return [pid for *_key, pid in sorted(found)]


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


PLANS = {  # (FEW_MATCHES, WALK_RATIO, GROUPED_MATCHES)
    # every group walks (its stretches of) the order's index; counts per commune in one pass
    "walk the order": (0, 10**9, 10**9),
    # every group's matches found in people_search and sorted; counted commune after commune
    "sort the matches": (10**9, 0, -1),
    "walk when dense": (0, 4, 0),  # what the density decides, every group large
}


@pytest.mark.parametrize("plan", PLANS)
def test_search_finds_the_word_starts_in_vietnamese_order_by_either_plan(
    upper: Store, plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    few, ratio, grouped = PLANS[plan]
    monkeypatch.setattr(people, "FEW_MATCHES", few)
    monkeypatch.setattr(people, "WALK_RATIO", ratio)
    monkeypatch.setattr(people, "GROUPED_MATCHES", grouped)
    for search in QUERIES:
        every = expected(upper, search)
        assert ids(upper.people.query(search=search)) == every, search
        assert upper.people.count_query(search=search) == len(every), search
        assert ids(upper.people.query(search=search, limit=7, offset=3)) == every[3:10], search
        assert ids(upper.people.query(search=search, limit=200)) == every[:200], search
        plain = expected(upper, search, rank=False)
        assert ids(upper.people.query(search=search, limit=200, rank=False)) == plain[:200], search
        assert ids(upper.people.query(search=search, rank=False)) == plain, search
        per_commune = {}
        for code, _ in COMMUNES:
            mine = expected(upper, search, code)
            assert ids(upper.people.query(search=search, commune_code=code)) == mine, (search, code)
            assert (
                ids(upper.people.query(search=search, commune_code=code, limit=5, offset=2))
                == mine[2:7]
            )
            assert upper.people.count_query(search=search, commune_code=code) == len(mine)
            if mine:
                per_commune[code] = len(mine)
        assert upper.people.count_by_commune(search=search) == per_commune, search
    assert upper.people.count_query(search="nguyen", commune_code="99999") == 0
    assert upper.people.query(search="nguyen", commune_code="99999") == []


# Syllables whose folded letters stand for several letters of the alphabet (a ă â, d đ, e ê,
# o ô ơ, u ư), apostrophes and dashes of ethnic names, one-letter and repeated words.
SYLLABLES = [
    "An", "Ăn", "Ân", "Anh", "Ánh", "Dung", "Dũng", "Dương", "Đức", "Đông", "Du", "Đỗ", "Đ",
    "Nguyễn", "Ngô", "Nga", "Ngọc", "Nghĩa", "Văn", "Vân", "Vy", "Thị", "Thi", "Thìn", "Hà",
    "Hoàng", "Hoan", "Ơn", "Ôn", "On", "Uy", "Ưng", "Ê", "E", "H’Hen", "Y-Ngông", "Niê", "K'Bao",
]  # fmt: skip


def _folded_prefixes() -> list[str]:
    words = {text.fold(s) for s in SYLLABLES}
    return sorted({w[:n] for w in words for n in range(1, len(w) + 1)})


@pytest.fixture(scope="module", params=["commune", "upper"])
def _names_store(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Store]:
    """An office of 600 people named from SYLLABLES (1 to 4 words), spread over three communes:
    a commune office walks its order's index, an upper office merges the communes' (m0013)."""
    import random

    store = open_store(tmp_path_factory.mktemp("names") / "names.db")
    if request.param == "upper":
        store.setup_office(role="upper", commune_code="20", name="Lạng Sơn")
    pick = random.Random(12)
    stamp = "2025-01-01T00:00:00Z"
    with store.transaction():
        for i in range(600):
            name = " ".join(pick.choice(SYLLABLES) for _ in range(pick.choice([1, 2, 3, 3, 4])))
            store.conn.execute(
                "insert into people (id, commune_code, created_at, updated_at, rev, full_name,"
                " sex, name_fold, sort_key, deleted_at) values (?, ?, ?, ?, ?, ?, 'male', ?, ?, ?)",
                [
                    f"n{i}",
                    ["06280", "06283", "06286"][i % 3],
                    stamp,
                    stamp,
                    i + 1,
                    name,
                    text.fold(name),
                    text.person_sort_key(name),
                    stamp if i % 17 == 0 else None,
                ],
            )
    yield store
    store.close()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.sampled_from(_folded_prefixes()), min_size=1, max_size=3),
    plan=st.sampled_from(sorted(PLANS)),
    offset=st.integers(0, 120),
    limit=st.integers(1, 60),
)
def test_ranked_search_pages_are_the_oracles_slices(
    _names_store: Store, words: list[str], plan: str, offset: int, limit: int
) -> None:
    """Any query of word starts, any page, any plan, at a commune office and at the upper level:
    the page is the oracle's slice (rank by name part, then Vietnamese order), and the count is
    the oracle's."""
    few, ratio, grouped = PLANS[plan]
    search = " ".join(words)
    every = expected(_names_store, search)
    saved = people.FEW_MATCHES, people.WALK_RATIO, people.GROUPED_MATCHES
    people.FEW_MATCHES, people.WALK_RATIO, people.GROUPED_MATCHES = few, ratio, grouped
    try:
        _names_store.people.forget_counts()
        assert _names_store.people.count_query(search=search) == len(every)
        assert sum(_names_store.people.count_by_commune(search=search).values()) == len(every)
        page = _names_store.people.query(search=search, limit=limit, offset=offset)
        assert ids(page) == every[offset : offset + limit]
        assert ids(_names_store.people.query(search=search)) == every
    finally:
        people.FEW_MATCHES, people.WALK_RATIO, people.GROUPED_MATCHES = saved


def test_given_name_ranges_hold_every_given_name_that_starts_so() -> None:
    """The stretches of the order where the given names starting with a folded prefix lie
    (what the ranked walk reads) hold every such name, whatever its letters and tones."""
    for prefix in _folded_prefixes():
        ranges = text.given_name_key_ranges(prefix)
        if ranges is None:
            assert not prefix.isalpha() or not prefix.isascii()
            continue
        assert ranges == sorted(ranges)
        for syllable in SYLLABLES:
            for name in (syllable, f"Lê {syllable}", f"Trần Thị {syllable}"):
                key = text.person_sort_key(name)
                inside = any(low <= key < high for low, high in ranges)
                assert inside == text.fold(syllable).startswith(prefix), (prefix, name)


def test_search_is_by_word_start_not_inside_a_word(upper: Store) -> None:
    assert upper.people.count_query(search="nguyen") > 0
    assert upper.people.count_query(search="guyen") == 0  # "Nguyễn" does not start with it


def test_counts_and_search_follow_every_write(demo: Store) -> None:
    """Add, rename, tombstone: the triggers keep people_search and people_counts in step."""
    code = demo.owner_code()
    village = demo.villages.current()[0]["id"]
    added = demo.people.add(
        {
            "full_name": "Hứa Thị Xuyến",
            "sex": "female",
            "birth_date": "1990-01-01",
            "village_id": village,
            "party_member": 1,
        },
        accept_warnings=True,
    )
    assert ids(demo.people.query(search="xuyen hua")) == [added["id"]]
    demo.people.update(added["id"], {"full_name": "Hứa Thị Xoan"}, accept_warnings=True)
    assert demo.people.query(search="xuyen") == [] and ids(demo.people.query(search="xoan h")) == [
        added["id"]
    ]
    victim = demo.people.query(search="nguyen")[0]
    demo.conn.execute("delete from memberships where person_id = ?", [victim["id"]])
    demo.people.delete(victim["id"])
    assert victim["id"] not in ids(demo.people.query(search="nguyen"))

    live = "select count(*) from people where deleted_at is null"
    assert demo.people.count() == demo.conn.execute(live).fetchone()[0]
    assert (
        demo.people.count_query(party_member=True)
        == demo.conn.execute(live + " and coalesce(party_member, 0) = 1").fetchone()[0]
    )
    assert (
        demo.people.count_query(party_member=False)
        == demo.conn.execute(live + " and coalesce(party_member, 0) = 0").fetchone()[0]
    )
    assert demo.people.count_by_commune() == {code: demo.people.count()}
    assert demo.people.count_query(search="nguyen") == len(expected(demo, "nguyen"))


def test_counts_per_commune_are_the_counts_sql_makes(upper: Store) -> None:
    grouped = "select commune_code, count(*) from people where deleted_at is null{} group by 1"
    assert upper.people.count_by_commune() == dict(
        upper.conn.execute(grouped.format("")).fetchall()
    )
    assert upper.people.count_by_commune(party_member=True) == dict(
        upper.conn.execute(grouped.format(" and coalesce(party_member, 0) = 1")).fetchall()
    )
    for code, _ in COMMUNES:
        assert (
            upper.people.count_query(commune_code=code)
            == upper.conn.execute(
                "select count(*) from people where deleted_at is null and commune_code = ?", [code]
            ).fetchone()[0]
        )


PROVINCE_ORDER = "idx_people_sort_key_id_name_fold_deleted_at"


def _has_index(store_or_db, name: str) -> bool:
    conn = getattr(store_or_db, "conn", store_or_db)
    return bool(
        conn.execute("select count(*) from sqlite_master where name = ?", [name]).fetchone()[0]
    )


def test_only_a_commune_keeps_an_index_of_the_whole_order(tmp_path: Path) -> None:
    """m0013: an upper office, new or made before, drops the province-wide order of people."""
    commune = open_store(tmp_path / "commune.db")
    commune.setup_office(commune_code="06280", commune_name="Hòa Cư")
    assert _has_index(commune, PROVINCE_ORDER)
    commune.close()
    upper = open_store(tmp_path / "upper.db")
    upper.setup_office(role="upper", commune_code="20", name="Lạng Sơn")
    assert not _has_index(upper, PROVINCE_ORDER)
    upper.close()
    path = tmp_path / "before.db"
    office = {**OFFICE, "role": "upper", "commune_code": "20"}
    db = database_before(path, "m0013_upper_without_province_order_index", office)
    assert _has_index(db.conn, PROVINCE_ORDER)
    db.conn.close()
    before = open_store(path)
    assert not _has_index(before, PROVINCE_ORDER)
    assert _has_index(before, "idx_people_commune_code_sort_key")
    before.close()


def _plain_oracle(store: Store, where: str = "1", params: tuple = ()) -> list[str]:
    return [
        pid
        for (pid,) in store.conn.execute(
            f"select id from people where deleted_at is null and {where} order by sort_key, id",
            params,
        )
    ]


@pytest.mark.parametrize("merged", [400, 1])  # 1: more communes than a compound merges
def test_the_upper_list_of_every_commune_merges_the_communes_orders(
    upper: Store, merged: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a province-wide index the list of every commune is still Vietnamese order, page
    by page, with any filter; each commune is read along its own stretch, none sorted."""
    monkeypatch.setattr(people, "MERGED_COMMUNES", merged)
    assert not _has_index(upper, PROVINCE_ORDER)
    every = _plain_oracle(upper)
    assert len({upper.people.get(i)["commune_code"] for i in every}) == len(COMMUNES)
    assert ids(upper.people.query()) == every
    for offset, limit in [(0, 200), (3, 7), (len(every) - 5, 200), (len(every), 10)]:
        assert ids(upper.people.query(limit=limit, offset=offset)) == every[offset : offset + limit]
    assert (
        ids(upper.people.query(sex="female", limit=50, offset=10))
        == (_plain_oracle(upper, "sex = 'female'")[10:60])
    )
    assert ids(upper.people.query(party_member=True)) == _plain_oracle(
        upper, "coalesce(party_member, 0) = 1"
    )
    digits = upper.conn.execute(
        "select substr(id_number, 1, 4) from people where id_number is not null limit 1"
    ).fetchone()[0]
    assert (
        ids(upper.people.query(search=digits, limit=30))
        == _plain_oracle(
            upper,
            "(id_number like ? or phone like ? or name_fold like ?)",
            (f"{digits}%", f"%{digits}%", f"%{digits}%"),
        )[:30]
    )
    statements: list[str] = []
    upper.conn.set_trace_callback(statements.append)
    try:
        upper.people.query(limit=200, offset=100)
        upper.people.query()
    finally:
        upper.conn.set_trace_callback(None)
    page, whole = (
        " | ".join(row[3] for row in upper.conn.execute("explain query plan " + sql))
        for sql in [s for s in statements if "from people p" in s][-2:]
    )
    if merged > 1:  # every row asked for: merged as they come, no sort at all
        assert "MERGE (UNION ALL)" in whole and "TEMP B-TREE" not in whole, whole
    plan = page
    if merged > 1:  # each commune read along its index alone; only the page's 200 rows sorted
        assert "MERGE (UNION ALL)" in plan and plan.count("TEMP B-TREE") == 1, plan
        assert plan.endswith("USE TEMP B-TREE FOR ORDER BY"), plan
        arm = "SEARCH p USING COVERING INDEX idx_people_commune_code_sort_key (commune_code=?)"
        assert plan.count(arm) == len(COMMUNES), plan


def test_the_migration_indexes_the_people_already_there(tmp_path: Path) -> None:
    path = tmp_path / "before-search.db"
    db = database_before(path, "m0005_people_search_index")
    stamp = "2025-01-01T00:00:00Z"
    for i, (name, party, gone) in enumerate(
        [("Nguyễn Văn Đạt", 1, None), ("Lê Thị Dung", 0, None), ("Nguyễn Văn Dũng", 1, stamp)]
    ):
        db["people"].insert(
            {
                "id": f"p{i}",
                "commune_code": "06280",
                "created_at": stamp,
                "updated_at": stamp,
                "rev": i + 1,
                "full_name": name,
                "sex": "male",
                "name_fold": text.fold(name),
                "sort_key": text.person_sort_key(name),
                "party_member": party,
                "deleted_at": gone,
            }
        )
    db.conn.close()
    store = open_store(path)
    try:
        assert ids(store.people.query(search="d")) == [
            "p1",
            "p0",
        ]  # Dung, Đạt; not the deleted Dũng
        assert store.people.count() == 2 and store.people.count_query(party_member=True) == 1
        assert (
            store.conn.execute(
                "select count(*) from sqlite_master where name = 'idx_bodies_predecessor_id'"
            ).fetchone()[0]
            == 1
        )
    finally:
        store.close()


# ---- the attention list: the code before issue 12, kept here as the oracle ----------------------------------
_OLD_OVERVIEW = (  # consolidation.commune_overview before issue 12: asked commune by commune
    "with known as (select commune_code, max(commune_name) as commune_name"
    "  from sync_commune_keys group by commune_code"
    " union select commune_code, commune_name from sync_imports),"
    " codes as (select distinct commune_code from known)"
    " select c.commune_code,"
    "  (select commune_name from known k where k.commune_code = c.commune_code"
    "    and commune_name is not null limit 1) as commune_name,"
    "  l.sequence as last_sequence, l.bundle_created_at as last_bundle_at,"
    "  l.imported_at as last_imported_at, l.full as last_full,"
    "  (select count(*) from sync_quarantine q where q.commune_code = c.commune_code"
    "    and q.resolved_at is null) as quarantined,"
    "  (select count(*) from sync_commune_keys k where k.commune_code = c.commune_code"
    "    and k.revoked_at is null) as active_keys"
    " from codes c left join sync_imports l on l.rowid = (select max(rowid) from sync_imports"
    "  i where i.commune_code = c.commune_code and i.status = 'imported')"
    " order by c.commune_code"
)


def _old_commune_statuses(store: Store) -> dict[str, tuple]:
    limit = store.settings.get("bundle_overdue_days")
    out = {}
    for row in store.query(_OLD_OVERVIEW):
        made = attention._day(row["last_bundle_at"])
        days = (store.today() - made).days if made else None
        out[row["commune_code"]] = (
            row["commune_name"],
            row["last_sequence"],
            made,
            row["last_imported_at"],
            days,
            days is None or days > limit,
            row["quarantined"] or 0,
            row["active_keys"] or 0,
        )
    return out


def _old_upper_items(store: Store) -> list[tuple]:
    today = store.today()
    names = communes.names(store)

    def who(code: str) -> str:
        return f"{names.get(code) or code} ({code})"

    items = []
    limit = store.settings("bundle_overdue_days")
    for code, s in _old_commune_statuses(store).items():
        if not s[5]:
            continue
        detail = (
            f"gói cuối số {s[1]} ngày {dates.display(s[2].isoformat())}, đã {s[4]} ngày (quá {limit} ngày)"
            if s[2]
            else "chưa gửi gói nào"
        )
        items.append(("Xã gửi dữ liệu quá hạn", who(code), detail, None, None, True))
    held = Counter(q["commune_code"] for q in import_log.open_quarantine(store))
    for code, count in sorted(held.items()):
        items.append(
            (
                "Bản ghi cách ly chờ xử lý",
                who(code),
                f"{count} bản ghi chưa vào dữ liệu tổng hợp (trang Đồng bộ cấp trên)",
                None,
                None,
                False,
            )
        )
    for body in store.bodies.query(current_only=True):
        for issue in store.bodies.composition_issues(body):
            items.append(
                (
                    "Ban chưa đúng quy định",
                    body["name"],
                    f"{who(body['commune_code'])} · {issue.message}",
                    "bodies",
                    body["id"],
                    False,
                )
            )
    days = store.settings("term_warning_days")
    for body in store.bodies.ending_terms(days):
        end = dates.to_date(body["term_end"])
        left = (end - today).days if end else 0
        items.append(
            (
                f"Nhiệm kỳ kết thúc trong {days} ngày tới",
                body["name"],
                f"{who(body['commune_code'])} · kết thúc {dates.display(body['term_end'])} (còn {left} ngày)",
                "bodies",
                body["id"],
                left <= 30,
            )
        )
    late = Counter(ev["commune_code"] for ev in store.evaluations.query(overdue=True))
    for code, count in sorted(late.items(), key=lambda kv: (-kv[1], text.sort_key(who(kv[0])))):
        items.append(
            (
                "Phiếu nhận xét đảng viên nơi cư trú quá hạn",
                who(code),
                f"{count} phiếu chưa gửi về nơi công tác đúng hạn",
                None,
                None,
                True,
            )
        )
    for ahead in dates_ahead(today, store.settings, within_days=366):
        left = ahead.days_left(today)
        items.append(
            (
                "Ngày sắp tới",
                ahead.label,
                "hôm nay"
                if left == 0
                else f"còn {left} ngày ({dates.display(ahead.on.isoformat())})",
                None,
                None,
                False,
            )
        )
    return items


def plain(items: list[attention.Attention]) -> list[tuple]:
    return [(i.group, i.text, i.detail, i.table, i.record_id, i.urgent) for i in items]


def test_upper_attention_is_the_list_the_per_body_code_made(upper: Store) -> None:
    new = attention.upper_items(upper)
    assert {i.group for i in new} >= {"Xã gửi dữ liệu quá hạn", "Ban chưa đúng quy định"}
    # the old code had no petitions: their overdue replies are checked on their own
    replies = [i for i in new if i.group == attention.OVERDUE_REPLIES]
    assert plain([i for i in new if i not in replies]) == _old_upper_items(upper)
    late = upper.conn.execute(
        "select commune_code, count(*) from (select commune_code from petitions where deleted_at is null"
        " and grouped_into is null and status in ('received', 'forwarded') and due_date < :d union all"
        " select commune_code from recommendations where deleted_at is null"
        " and status in ('received', 'forwarded') and due_date < :d) group by commune_code",
        {"d": upper.today().isoformat()},
    ).fetchall()
    assert late and {i.commune_code: int(i.detail.split()[0]) for i in replies} == dict(late)
    statuses = {
        s.commune_code: (
            s.commune_name,
            s.last_sequence,
            s.last_bundle_date,
            s.last_imported_at,
            s.days_since,
            s.overdue,
            s.quarantined,
            s.active_keys,
        )
        for s in attention.commune_statuses(upper)
    }
    assert statuses == _old_commune_statuses(upper)
    assert consolidation.commune_overview(upper) == upper.query(_OLD_OVERVIEW)


def test_upper_commune_rows_count_what_sql_counts(upper: Store) -> None:
    rows = {r["code"]: r for r in attention.commune_rows(upper)}
    for code, _ in COMMUNES:
        assert (
            rows[code]["people"]
            == upper.conn.execute(
                "select count(*) from people where deleted_at is null and commune_code = ?", [code]
            ).fetchone()[0]
        )
        assert (
            rows[code]["party"]
            == upper.conn.execute(
                "select count(*) from people where deleted_at is null and commune_code = ? and party_member = 1",
                [code],
            ).fetchone()[0]
        )


def test_commune_attention_checks_every_body_as_one_by_one(demo: Store) -> None:
    bodies = demo.bodies.query(current_only=True)
    together = demo.bodies.composition_issues_of(bodies)
    assert any(together.values())
    assert together == {b["id"]: demo.bodies.composition_issues(b) for b in bodies}
    items = attention.commune_items(demo)
    assert [i for i in items if i.group == "Ban chưa đúng quy định"] == [
        attention.Attention(
            "Ban chưa đúng quy định",
            b["name"],
            issue.message,
            "bodies",
            b["id"],
            commune_code=b["commune_code"],
        )
        for b in bodies
        for issue in demo.bodies.composition_issues(b)
    ]


def test_m0011_reindexes_the_people_already_there_with_their_name_parts(tmp_path: Path) -> None:
    path = tmp_path / "before-ranked.db"
    db = Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.build().apply(db, stop_before="m0011_people_search_ranked")
    stamp = "2025-01-01T00:00:00Z"
    for i, name in enumerate(["H’Hen Niê", "Nguyễn Văn Ngọc", "Ngô Thị Hà", "Lê Ngọc Anh"]):
        db["people"].insert(
            {
                "id": f"p{i}",
                "commune_code": "06280",
                "created_at": stamp,
                "updated_at": stamp,
                "rev": i + 1,
                "full_name": name,
                "sex": "female",
                "name_fold": text.fold(name),
                "sort_key": text.person_sort_key(name),
            }
        )
    db.conn.close()
    store = open_store(path)
    try:
        # given name Ngọc first, then the family names Ngô and Nguyễn, then the middle name
        assert ids(store.people.query(search="ng")) == ["p1", "p2", "p3"]
        assert ids(store.people.query(search="ng", limit=1, offset=1)) == ["p2"]
        # a name's words are its folded text split at spaces, as everywhere: "h’hen" is one word
        assert ids(store.people.query(search="h’h")) == ["p0"]
        assert store.people.query(search="hen") == []
        assert store.people.count_query(search="ng") == 3
    finally:
        store.close()


def test_upper_composition_checks_from_counted_members_are_the_per_body_checks(
    upper: Store,
) -> None:
    """The members counted by role and branch in one grouped query (bodies.tallies) give each
    body the issues its member list gives, at every commune; current() is query()'s current."""
    current = upper.bodies.current()
    assert [b["id"] for b in current] == [b["id"] for b in upper.bodies.query(current_only=True)]
    together = upper.bodies.composition_issues_of(current)
    assert any(together.values())
    assert together == {b["id"]: upper.bodies.composition_issues(b) for b in current}


def test_overview_cards_count_in_sql_what_the_lists_held(upper: Store) -> None:
    """The overview's cards, counted in SQL, are the lengths and sums of the lists they read
    before (current bodies with their member counts, the year's activities, the residents)."""
    from desktop_app.store import rollups

    year = upper.today().year
    bodies = upper.bodies.query(current_only=True)
    counted = upper.bodies.current_counts()
    for kind in ("village_committee", "inspection_board", "supervision_board"):
        assert counted.get(kind, (0, 0))[0] == sum(b["kind"] == kind for b in bodies)
    assert sum(m for _n, m in counted.values()) == sum(b["member_count"] or 0 for b in bodies)
    for y in (year - 1, year):
        assert upper.activities.count_query(year=y) == len(upper.activities.query(year=y)) > 0
        assert [a["id"] for a in upper.activities.query(year=y)] == [
            r[0]
            for r in upper.conn.execute(
                "select a.id from activities a join campaigns c on c.id = a.campaign_id"
                " where a.deleted_at is null and substr(a.date, 1, 4) = ?"
                " order by a.date desc, a.rowid desc",
                [str(y)],
            )
        ]
    assert upper.residents.count_current() == len(upper.residents.query()) > 0
    totals = rollups.period_totals(upper)
    old = rollups.total_of(rollups.by_campaign(upper, totals["period"], totals["previous_period"]))
    assert (totals["current"], totals["previous"]) == (old.current, old.previous)
    assert any(totals["current"].values()) and any(totals["previous"].values())


def test_activities_pages_are_slices_of_the_whole_list(upper: Store) -> None:
    from desktop_app.store import rollups

    period = rollups.period(upper, rollups.period_containing(upper).year)
    span = {"date_from": period.start.isoformat(), "date_to": period.end.isoformat()}
    every = upper.activities.query(**span)
    assert upper.activities.count_query(**span) == len(every) > 10
    assert upper.activities.query(limit=7, offset=3, **span) == every[3:10]
    order = [code for code, _ in sorted(COMMUNES, reverse=True)]
    rank = {code: i for i, code in enumerate(order)}
    by_commune = sorted(every, key=lambda a: rank.get(a["commune_code"], len(rank)))
    assert upper.activities.query(commune_order=order, **span) == by_commune
    assert (
        upper.activities.query(commune_order=order[:1], limit=5, offset=4, **span)
        == sorted(every, key=lambda a: a["commune_code"] != order[0])[4:9]
    )


# ---- the roll-ups: the SQL before issue 12's second pass, kept here as the oracle ------------
def _old_rollups(store: Store, p, prev, code: str | None) -> tuple[list, list, list]:
    from desktop_app.store import rollups as r
    from desktop_app.store.activities import national_group

    params = {**r._params(p, prev), "commune": code, "whole": r.WHOLE_COMMUNE}
    campaign = (
        "select min(c.id) as key, c.name as label, c.kind, case when c.kind = 'national' and c.code"
        f" is not null then null else c.commune_code end as commune_code, {r._measure_columns('a', r._CUR)}"
        " from campaigns c left join activities a on a.campaign_id = c.id and a.deleted_at is null"
        f" and {r._IN_EITHER}"
        " where (a.id is not null or (c.deleted_at is null and coalesce(c.start_year, 0) <= :year"
        f" and coalesce(c.end_year, 9999) >= :year)){r._of_commune('c', code)}"
        f" group by {national_group('c')} order by c.kind = 'local', c.sort_key, c.commune_code"
    )
    commune = (
        f"select a.commune_code as key, a.commune_code as label, a.commune_code, {r._measure_columns('a', r._CUR)}"
        f" from activities a where a.deleted_at is null and {r._IN_EITHER} group by a.commune_code"
        " order by a.commune_code"
    )
    values = ", ".join(f"a.{m}" for m in r.enums.INDICATORS)
    village = (
        f"with links as (select distinct j.value as village_id, a.id, {r._CUR} as cur, {values}"
        "  from activities a, json_each(coalesce(a.village_ids, '[]')) j"
        "  where a.deleted_at is null and " + r._IN_EITHER + r._of_commune("a", code) + ")"
        " select v.commune_code, 0 as grp, v.sort_key as ord, v.id as key, v.name as label,"
        f" {r._measure_columns('x', 'x.cur')}"
        " from villages v left join links x on x.village_id = v.id"
        " where (x.id is not null or (v.deleted_at is null and (v.merged_into is null or v.valid_to is not null)"
        "  and coalesce(v.valid_to, '9999') >= :cs and coalesce(v.valid_from, '0000') <= :ce))"
        + r._of_commune("v", code)
        + " group by v.id"
        f" union all select a.commune_code, 1, '', null, :whole, {r._measure_columns('a', r._CUR)} from activities a"
        "  where a.deleted_at is null and "
        + r._IN_EITHER
        + r._of_commune("a", code)
        + "  and json_array_length(coalesce(a.village_ids, '[]')) = 0 group by a.commune_code"
        " order by 1, grp, ord"
    )
    return tuple(  # type: ignore[return-value]
        [r._row(row) for row in store.query(sql, params)] for sql in (campaign, commune, village)
    )


def test_rollups_summed_per_period_first_are_the_rollups_before(upper: Store) -> None:
    """Summing the activities by key and period before splitting the periods (and counting a
    village named twice once without DISTINCT) changes no figure, every commune and one."""
    from desktop_app.store import rollups

    # an activity naming a village twice counts once for it, as before
    activity = upper.conn.execute(
        "select id, village_ids from activities where json_array_length(village_ids) > 0"
        " and deleted_at is null order by date desc limit 1"
    ).fetchone()
    doubled = upper.conn.execute(
        "select json_insert(?, '$[#]', json_extract(?, '$[0]'))", [activity[1], activity[1]]
    ).fetchone()[0]
    upper.conn.execute("update activities set village_ids = ? where id = ?", [doubled, activity[0]])
    for half in (None, 1, 2):
        p = rollups.period(upper, upper.today().year, half)
        prev = rollups.previous_period(upper, p)
        for code in (None, COMMUNES[0][0], COMMUNES[-1][0]):
            campaign, commune, village = _old_rollups(upper, p, prev, code)
            assert rollups.by_campaign(upper, p, prev, code) == campaign
            assert rollups.by_village(upper, p, prev, code) == village
            assert any(row.current["activities"] for row in village)
        assert rollups.by_commune(upper, p, prev) == commune


def test_residents_pages_and_counts_are_the_whole_lists(upper: Store) -> None:
    for filters in ({}, {"state": "registered"}, {"state": "introduced"}, {"search": "n"}):
        every = upper.residents.query(**filters)
        assert upper.residents.count_query(**filters) == len(every), filters
        assert upper.residents.query(**filters, limit=5, offset=2) == every[2:7], filters
        order = [code for code, _ in sorted(COMMUNES, reverse=True)]
        rank = {code: i for i, code in enumerate(order)}
        assert upper.residents.query(**filters, commune_order=order) == sorted(
            every, key=lambda r: rank.get(r["commune_code"], len(rank))
        )
    assert upper.residents.count_query() > 0


def test_round_progress_counted_in_groups_is_the_checklists(upper: Store) -> None:
    """The round's figures, counted from members grouped in SQL by what their status depends
    on, are those of the checklist's rows, every commune and each (and a late registration)."""
    year = upper.today().year
    late = upper.conn.execute(
        "select id from residents where registered_date is null and left_date is null limit 1"
    ).fetchone()
    if late:
        upper.conn.execute(
            "update residents set received_date = '2020-01-01' where id = ?", [late[0]]
        )
    for y in (year - 1, year):
        whole = upper.evaluations.checklist(y)
        assert upper.evaluations.round_progress(y) == upper.evaluations.progress_of(whole, y)
        per_commune: dict[str, list[dict]] = {}
        for group in whole:
            per_commune.setdefault(group["commune_code"], []).append(group)
        expected_by_commune = {
            code: upper.evaluations.progress_of(groups, y) for code, groups in per_commune.items()
        }
        assert upper.evaluations.round_progress_by_commune(y) == expected_by_commune
        for code, _ in COMMUNES:
            own = upper.evaluations.checklist(y, commune_code=code)
            assert upper.evaluations.round_progress(y, commune_code=code) == (
                upper.evaluations.progress_of(own, y)
            )
    figures = upper.evaluations.round_progress(year)
    assert figures["due"] > 0 and figures["registration_overdue"] > 0
