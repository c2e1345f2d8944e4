"""A believable demo commune in Lạng Sơn, deterministic for a seed (somattran demo).

Built by the same register code as real data (clean, derive, rev) but written in bulk,
so 20,000 people take seconds. Some rule breaches are left for the overview to find.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

from desktop_app.core import ids
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import UserError
from desktop_app.store import refdata
from desktop_app.store.db import Store
from desktop_app.store.demo_funds import fill_funds, fill_verdicts
from desktop_app.store.register import Register

BRANCH_CYCLE = (
    "party_cell",
    "village_head",
    "farmers",
    "women",
    "youth",
    "veterans",
    "elderly",
    "respected",
    "resident",
    "resident",
    "religious",
    "resident",
    "resident",
    "resident",
    "resident",
)


class _Builder:
    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        # Both depend on the commune too: demo communes made with one seed are different
        # communes (other people, other ids) when they meet at the upper level.
        self.rng = random.Random(f"{seed}:{store.owner_code()}")
        self.id_rng = random.Random(f"ids:{seed}:{store.owner_code()}")
        # one prefix for the commune's records, as a real office's (core/ids.py), from the
        # seed: `somattran demo --seed` makes the same ids every time
        self.id_prefix = self.id_rng.getrandbits(32)
        self.ids_made = 0
        self.names = refdata.demo_names()
        self.today = store.today()
        self.now = utc_now()
        self.code = store.owner_code()
        self.pending: dict[str, list[dict]] = {}
        self.seq = 0
        self.people_made = 0

    def uid(self) -> str:
        """The next id, laid out as Store.new_id() does (one prefix, rising), from the seed."""
        self.ids_made += 1
        return ids.from_parts(self.id_prefix, self.ids_made, self.id_rng.getrandbits(42))

    def put(self, register: Register, data: dict[str, Any]) -> dict:
        record = register.clean(data)
        record["id"] = data.get("id") or self.uid()
        record.update(register.derive(record))
        self.seq += 1
        record.update(
            commune_code=self.code,
            created_at=self.now,
            updated_at=self.now,
            deleted_at=None,
            rev=self.seq,
        )
        self.pending.setdefault(register.table, []).append(record)
        return record

    def flush(self) -> None:
        db = self.store.db
        start = self.store.current_rev()
        for table, rows in self.pending.items():
            for row in rows:
                row["rev"] += start
            db[table].insert_all(rows, batch_size=2000)
        db.execute("update meta set value = ? where key = 'rev'", [str(start + self.seq)])
        self.pending.clear()

    def weighted(self, items: list[dict], key: str = "name") -> str:
        return self.rng.choices([i[key] for i in items], [i["weight"] for i in items])[0]

    def date_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randrange(max(1, (end - start).days + 1)))

    def person(
        self, village_id: str, min_age: int = 18, max_age: int = 85, party: float = 0.08
    ) -> dict:
        rng, n = self.rng, self.names
        ethnic = self.weighted(n["ethnic_mix"], "ethnic_code")
        sex = rng.choice(("male", "female"))
        family = rng.choice(n["family_names"].get(ethnic) or n["family_names"]["01"])
        middle = self.weighted(n["middle_names"][sex])
        given = rng.choice(n["given_names"][sex])
        year = self.today.year - rng.randint(min_age, max_age)
        born = date(year, rng.randint(1, 12), rng.randint(1, 28))
        birth = str(year) if rng.random() < 0.2 else born.isoformat()
        id_number = None
        self.people_made += 1
        if rng.random() < 0.85:
            sex_digit = (0 if year < 2000 else 2) + (0 if sex == "male" else 1)
            if self.people_made % 200 == 17:  # a typing slip the overview finds
                sex_digit ^= 1
            id_number = f"020{sex_digit}{year % 100:02d}{rng.randrange(10**6):06d}"
        is_party = rng.random() < party
        return self.put(
            self.store.people,
            {
                "full_name": f"{family} {middle} {given}",
                "sex": sex,
                "birth_date": birth,
                "ethnicity_code": ethnic,
                "religion_code": "none" if rng.random() < 0.93 else "buddhism",
                "village_id": village_id,
                "id_number": id_number,
                "phone": f"0{rng.choice((9, 8, 3))}{rng.randrange(10**8):08d}"
                if rng.random() < 0.7
                else None,
                "occupation": rng.choice(n["occupations"]),
                "education": rng.choice(n["education_levels"]),
                "theory_level": rng.choice(n["political_theory_levels"]) if is_party else None,
                "party_member": 1 if is_party else 0,
                "party_admission_date": date(
                    min(year + rng.randint(20, 35), self.today.year - 1),
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                ).isoformat()
                if is_party
                else None,
            },
        )


def build_demo(
    store: Store,
    people: int = 2000,
    villages: int = 12,
    seed: int = 1,
    commune_code: str = "06280",
    commune_name: str | None = None,
) -> dict:
    """Fill an empty store with a demo commune; returns counts."""
    names = refdata.demo_names()
    known = {c["code"]: c for c in names["communes"]}
    from desktop_app.core import bounds

    people = bounds.count(people, 0, bounds.MAX_DEMO_PEOPLE, "Số người")
    villages = bounds.count(villages, 1, bounds.MAX_DEMO_VILLAGES, "Số khu dân cư")
    bounds.check_length(commune_name, bounds.MAX_NAME, "Tên xã")
    if people < villages:
        raise UserError(
            f"Xã mẫu cần ít nhất một người mỗi khu dân cư: --people phải từ {villages} trở lên."
        )
    if commune_name is None:
        commune_name = (
            known[commune_code]["name"]
            if commune_code in known
            else random.Random(seed).choice(names["communes"])["name"]
        )
    with store.transaction():
        store.setup_office(
            role="commune",
            unit_kind="xa",
            commune_name=commune_name,
            commune_code=commune_code,
            name=f"Ủy ban MTTQ Việt Nam xã {commune_name}",
            province_name="Lạng Sơn",
            province_code="20",
            upper_name="Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
            upper_code="20",
        )
        store.set_meta("demo", "1")  # no real person: it opens without a log-in (store.is_demo)
        b = _Builder(store, seed)
        store.settings.set_many({"signer_name": "Hoàng Văn Thắng", "place_name": commune_name})
        village_rows = _villages(b, villages)
        # A small demo has no one to spare for the party members living in the commune: they are
        # counted out of the people asked for, and the bodies take fewer members.
        party_members = _party_members_wanted(people, villages)
        small = _small(people, villages)
        village_people = _people(b, village_rows, people - party_members if small else people)
        bodies = _bodies(b, village_rows, village_people)
        b.flush()
        store.campaigns.load_national()
        _local_campaigns(b)
        b.flush()
        activities = _activities(b, village_rows)
        residents = _residents(b, village_rows, village_people, party_members)
        b.flush()
        fund_entries = fill_funds(b, village_rows, village_people)
        fill_verdicts(b, village_rows, village_people)
        from desktop_app.store.demo_voice import build_voice

        voice = build_voice(
            b, village_rows, village_people
        )  # its team serves in a body: kept below
        if b.pending:
            b.flush()
        _exactly(store, people)
        serving = store.conn.execute(
            "select count(distinct person_id) from memberships where deleted_at is null"
        ).fetchone()[0]
    return {
        "commune_name": commune_name,
        "commune_code": commune_code,
        "villages": len(village_rows),
        "people": store.people.count(),
        "bodies": bodies,
        "activities": activities,
        "residents": residents,
        "members": serving,
        "fund_entries": fund_entries,
        **voice,
    }


#: Below this many people a village (and 100 for the commune's own boards), the party members
#: living in the commune are made out of the people asked for rather than on top of them (with
#: the spare people trimmed after): the bodies would leave no one to trim.
SMALL_DEMO_PER_VILLAGE = 25
SMALL_DEMO_COMMUNE = 100


def _small(people: int, villages: int) -> bool:
    return people < villages * SMALL_DEMO_PER_VILLAGE + SMALL_DEMO_COMMUNE


def _party_members_wanted(people: int, villages: int) -> int:
    """Party members living in the commune (Regulation 213): 24, or one in 150 people; a small
    demo at most one in five, always leaving a person for each village."""
    wanted = max(24, people // 150)
    if _small(people, villages):
        wanted = min(wanted, people // 5, people - villages)
    return max(0, wanted)


def _exactly(store: Store, people: int) -> None:
    """As many people as asked for, the bodies' members and the party members among them: the
    party members were made on top of the villages' people, so as many of those who serve in
    nothing and appear nowhere else are taken out again (the last made first)."""
    extra = store.people.count() - people
    if extra <= 0:
        return
    tables = [
        name
        for (name,) in store.conn.execute("select name from sqlite_master where type = 'table'")
        if name != "people"
        and "person_id" in {c[1] for c in store.conn.execute(f"pragma table_info({name})")}
    ]
    linked = " ".join(
        f"and id not in (select person_id from {t} where person_id is not null)" for t in tables
    )
    store.conn.execute(
        f"delete from people where rowid in (select rowid from people where 1 {linked}"
        " order by rowid desc limit ?)",
        [extra],
    )


def _villages(b: _Builder, count: int) -> list[dict]:
    pool = list(b.names["villages"])
    rows = []
    for i in range(count):
        if i < len(pool):
            v = pool[i]
            kind = (
                "khoi_pho"
                if v["name"].isdigit() or v["name"] in ("Bắc Sơn", "Trung Tâm")
                else v["kind"]
            )
            name = f"Khối phố {v['name']}" if kind == "khoi_pho" else v["name"]
        else:
            kind, name = "thon", f"Thôn {i + 1}"
        rows.append(
            b.put(
                b.store.villages,
                {"name": name, "kind": kind, "code": f"{i + 1:02d}", "valid_from": "2019-12-01"},
            )
        )
    return rows


def _people(b: _Builder, villages: list[dict], count: int) -> dict[str, list[dict]]:
    by_village: dict[str, list[dict]] = {v["id"]: [] for v in villages}
    for i in range(count):
        village = villages[i % len(villages)]
        by_village[village["id"]].append(b.person(village["id"]))
    return by_village


def _members(
    b: _Builder,
    body: dict,
    people: list[dict],
    size: int,
    start: str,
    end: str | None = None,
    reason: str | None = None,
    branches=BRANCH_CYCLE,
) -> None:
    chosen = b.rng.sample(people, min(size, len(people)))
    for i, person in enumerate(chosen):
        role = "head" if i == 0 else "deputy" if i == 1 else "member"
        b.put(
            b.store.memberships,
            {
                "person_id": person["id"],
                "body_id": body["id"],
                "role": role,
                "branch": branches[i % len(branches)],
                "start_date": start,
                "end_date": end,
                "end_reason": reason,
                "decision_number": body.get("decision_number"),
                "decision_date": body.get("decision_date"),
            },
        )


def _bodies(b: _Builder, villages: list[dict], people: dict[str, list[dict]]) -> int:
    store, rng, count = b.store, b.rng, 0
    everyone = [p for ps in people.values() for p in ps]
    front = b.put(
        store.bodies,
        {
            "kind": "front_committee",
            "name": f"Ủy ban MTTQ Việt Nam xã {store.office()['commune_name']}",
            "term_label": "2024–2029",
            "term_start": "2024-08-15",
            "term_end": "2029-08-14",
            "decision_number": "45/QĐ-MTTQ-BTT",
            "decision_date": "2024-08-20",
        },
    )
    _members(
        b,
        front,
        everyone,
        min(31, len(everyone)),
        "2024-08-15",
        branches=(
            "front",
            "farmers",
            "women",
            "youth",
            "veterans",
            "elderly",
            "trade_union",
            "respected",
        ),
    )
    count += 1
    for n, village in enumerate(villages):
        old = b.put(
            store.bodies,
            {
                "kind": "village_committee",
                "name": f"Ban công tác Mặt trận {village['name']}",
                "village_id": village["id"],
                "term_label": "2019–2024",
                "term_start": "2019-09-01",
                "term_end": "2024-08-31",
                "decision_number": f"{10 + n}/QĐ-MTTQ-BTT",
                "decision_date": "2019-09-10",
            },
        )
        _members(b, old, people[village["id"]], 9, "2019-09-01", "2024-09-01", "term_ended")
        size = 7 if n == 2 else rng.randint(9, 13)  # one committee too small, for the overview
        new = b.put(
            store.bodies,
            {
                "kind": "village_committee",
                "name": f"Ban công tác Mặt trận {village['name']}",
                "village_id": village["id"],
                "term_label": "2024–2029",
                "term_start": "2024-09-01",
                "term_end": "2029-08-31",
                "predecessor_id": old["id"],
                "decision_number": f"{50 + n}/QĐ-MTTQ-BTT",
                "decision_date": "2024-09-12",
            },
        )
        _members(b, new, people[village["id"]], size, "2024-09-01")
        if people[village["id"]]:  # the party cell's secretary, printed on the comment forms
            village["party_secretary"] = people[village["id"]][-1]["full_name"]
        count += 2
    inspection = b.put(
        store.bodies,
        {
            "kind": "inspection_board",
            "name": "Ban thanh tra nhân dân xã",
            "term_label": "2025–2030",
            "term_start": "2025-03-01",
            "term_end": "2030-02-28",
            "decision_number": "08/QĐ-MTTQ-BTT",
            "decision_date": "2025-03-10",
        },
    )
    chosen = [
        rng.choice(people[v["id"]]) for v in villages[:-1]
    ]  # the last village left out, for the overview
    for i, person in enumerate(chosen):
        role = "head" if i == 0 else "deputy" if i in (1, 2) else "member"
        b.put(
            store.memberships,
            {
                "person_id": person["id"],
                "body_id": inspection["id"],
                "role": role,
                "branch": "inspection",
                "start_date": "2025-03-01",
                "decision_number": "08/QĐ-MTTQ-BTT",
                "decision_date": "2025-03-10",
            },
        )
    count += 1
    projects = b.names["projects"]
    for i in range(3):
        village = villages[i % len(villages)]
        project = projects[i % len(projects)]["name_template"].format(village=village["name"])
        end = b.today + timedelta(days=45 if i == 0 else 400)
        board = b.put(
            store.bodies,
            {
                "kind": "supervision_board",
                "name": f"Ban giám sát đầu tư của cộng đồng — {project}",
                "project_name": project,
                "village_id": village["id"],
                "term_label": f"{b.today.year}",
                "term_start": f"{b.today.year}-03-01",
                "term_end": end.isoformat(),
                "decision_number": f"{20 + i}/QĐ-MTTQ-BTT",
                "decision_date": f"{b.today.year}-03-05",
            },
        )
        _members(
            b,
            board,
            people[village["id"]],
            4 if i == 2 else 7,
            f"{b.today.year}-03-01",
            branches=(
                "front",
                "inspection",
                "resident",
                "resident",
                "resident",
                "resident",
                "resident",
            ),
        )
        count += 1
    return count


def _local_campaigns(b: _Builder) -> None:
    for name, start in (
        ("Phong trào “Thôn, bản sáng - xanh - sạch - đẹp”", 2021),
        ("Quỹ khuyến học xã", 2018),
    ):
        b.put(b.store.campaigns, {"code": None, "name": name, "kind": "local", "start_year": start})


def _activities(b: _Builder, villages: list[dict]) -> int:
    store, rng = b.store, b.rng
    campaigns = store.campaigns.query()
    count = 0
    for year in (b.today.year - 1, b.today.year):
        last = b.today if year == b.today.year else date(year, 12, 31)
        for _ in range(max(60, len(villages) * 10)):
            c = rng.choice(campaigns)
            day = b.date_between(date(year, 1, 5), last)
            chosen = rng.sample(villages, min(len(villages), rng.choice((1, 1, 1, 2, 3))))
            values = {
                k: 0
                for k in (
                    "money_raised",
                    "houses_built",
                    "houses_repaired",
                    "houses_cost",
                    "gifts",
                    "gifts_value",
                    "scholarships",
                    "scholarships_value",
                    "beneficiaries",
                    "households_recognised",
                )
            }
            code = c.get("code") or ""
            if code == "fund_for_the_poor":
                values["money_raised"] = rng.randint(5, 120) * 500_000
                values["gifts"] = rng.randint(5, 60)
                values["gifts_value"] = values["gifts"] * rng.choice((300_000, 500_000))
                title = "Vận động ủng hộ Quỹ “Vì người nghèo”"
            elif code == "temporary_house_removal":
                values["houses_built"] = rng.randint(0, 2)
                values["houses_repaired"] = rng.randint(0, 2)
                values["houses_cost"] = (
                    values["houses_built"] * 60_000_000 + values["houses_repaired"] * 30_000_000
                )
                title = "Hỗ trợ xóa nhà tạm, nhà dột nát"
            elif code == "great_unity_day":
                title = "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"
                day = date(year, 11, 18) if date(year, 11, 18) <= last else day
            elif code == "new_rural_civilised_urban":
                values["households_recognised"] = rng.randint(10, 80)
                title = "Bình xét gia đình văn hóa, khu dân cư kiểu mẫu"
            else:
                values["scholarships"] = rng.randint(0, 10)
                values["scholarships_value"] = values["scholarships"] * 1_000_000
                title = f"Hoạt động hưởng ứng {c['short_name'] or c['name']}"
            values["beneficiaries"] = (
                values["gifts"] + values["scholarships"] + values["houses_built"]
            )
            b.put(
                store.activities,
                {
                    "campaign_id": c["id"],
                    "date": day.isoformat(),
                    "village_ids": [v["id"] for v in chosen],
                    "title": title,
                    "participants": rng.randint(20, 300),
                    **values,
                },
            )
            count += 1
    return count


def _residents(b: _Builder, villages: list[dict], people: dict[str, list[dict]], total: int) -> int:
    store, rng, today = b.store, b.rng, b.today
    workplaces = b.names["workplaces"]
    form = refdata.comment_form(1)
    count = 0
    last_year = 0  # last year's comments made so far: every 13th, from the first, never came back
    for i in range(total):
        village = villages[i % len(villages)]
        person = b.person(village["id"], 25, 58, party=1.0)
        work = rng.choice(workplaces)
        category = "ordinary"
        if i % 8 == 5:
            category = rng.choice(("exempt_armed_forces", "exempt_far_away", "exempt_training"))
        received = b.date_between(date(today.year - 4, 1, 1), today - timedelta(days=10))
        registered = received + timedelta(days=rng.randint(3, 25))
        if i % 11 == 3:  # introduced, not yet registered (some overdue)
            registered = None
            received = today - timedelta(days=rng.choice((12, 45, 70)))
        resident = b.put(
            store.residents,
            {
                "person_id": person["id"],
                "village_id": village["id"],
                "party_cell": f"Chi bộ {village['name']}",
                "letter_number": f"{rng.randint(10, 250)}-GGT/{'ĐU' if rng.random() < 0.5 else 'CB'}",
                "letter_date": (received - timedelta(days=rng.randint(2, 20))).isoformat(),
                "letter_issuer": work["party_organisation"],
                "workplace": work["workplace"],
                "workplace_party_org": work["party_organisation"],
                "category": category,
                "received_date": received.isoformat(),
                "registered_date": registered.isoformat() if registered else None,
            },
        )
        count += 1
        if category != "ordinary" or registered is None:
            continue
        for year in (today.year - 1, today.year):
            if registered.year > year:
                continue
            state = (
                "returned"
                if year < today.year
                else rng.choice(("requested", "commented", "confirmed", "returned"))
            )
            if year < today.year:
                last_year += 1
                if last_year % 13 == 1:
                    state = "requested"  # last year's comment never came: overdue
            _evaluation(b, form, resident, year, state)
    return count


def _evaluation(b: _Builder, form: Any, resident: dict, year: int, state: str) -> None:
    rng = b.rng
    filled = state != "requested"
    ratings = {c.code: rng.choice(c.level_codes[:2]) for c in form.criteria} if filled else None
    due = date(year, 11, 30)
    stamp = {"requested": date(year, 10, 1)}
    stamp["commented"] = date(year, 10, rng.randint(10, 31))
    stamp["confirmed"] = stamp["commented"] + timedelta(days=rng.randint(2, 10))
    stamp["returned"] = stamp["confirmed"] + timedelta(days=rng.randint(1, 10))
    order = ("requested", "commented", "confirmed", "returned")
    reached = order[: order.index(state) + 1]
    b.put(
        b.store.evaluations,
        {
            "resident_id": resident["id"],
            "year": year,
            "form_version": form.version,
            "ratings": json.dumps(ratings, ensure_ascii=False, sort_keys=True) if ratings else None,
            "recommendation": form.recommendation.level_codes[1] if filled else None,
            "meeting_date": stamp["commented"].isoformat() if filled else None,
            "cell_signer": None,
            "state": state,
            "due_date": due.isoformat(),
            **{f"{s}_date": min(stamp[s], b.today).isoformat() for s in reached},
            "version": 1,
            "changed_after_confirmation": 0,
        },
    )
