"""Grading of the village committees from the criteria file, a province's file dropped in, and
commendations."""

import json

import pytest

from desktop_app.core.errors import UserError, ValidationFailed

FULL = {
    "tuyen_truyen": 18,
    "cuoc_van_dong": 22,
    "an_sinh": 14,
    "ngay_hoi": 9,
    "giam_sat": 13,
    "to_chuc": 14,
}


@pytest.fixture
def villages(store):
    return [
        store.villages.add({"name": name, "kind": "thon"})
        for name in ("Thôn 1", "Thôn 2", "Thôn 10")
    ]


@pytest.mark.parametrize(
    ("total_off", "rank"),
    [
        (0, "xuat_sac"),
        (1, "tot"),
        (10, "tot"),
        (11, "kha"),
        (25, "kha"),
        (26, "trung_binh"),
        (40, "trung_binh"),
        (41, "yeu"),
        (90, "yeu"),
    ],
)
def test_ranks_come_from_the_shipped_scale(store, villages, total_off, rank):
    scores = dict(FULL)  # 90 points
    scores["cuoc_van_dong"] -= min(total_off, 22)
    scores["tuyen_truyen"] -= max(0, min(total_off - 22, 18))
    scores["to_chuc"] -= max(0, min(total_off - 40, 14))
    scores["an_sinh"] -= max(0, min(total_off - 54, 14))
    scores["giam_sat"] -= max(0, min(total_off - 68, 13))
    scores["ngay_hoi"] -= max(0, min(total_off - 81, 9))
    g = store.gradings.grade(2026, villages[0]["id"], scores)
    assert g["total"] == 90 - total_off and g["rank"] == rank


def test_scores_are_checked_against_the_criteria_and_nothing_is_written(store, villages):
    before = store.db.execute("select count(*) from gradings").fetchone()[0]
    with pytest.raises(ValidationFailed, match="từ 0 đến 20"):
        store.gradings.grade(2026, villages[0]["id"], {**FULL, "tuyen_truyen": 21})
    with pytest.raises(ValidationFailed, match="Chưa chấm"):
        store.gradings.grade(
            2026, villages[0]["id"], {k: v for k, v in FULL.items() if k != "an_sinh"}
        )
    with pytest.raises(ValidationFailed, match="không có trong bộ tiêu chí"):
        store.gradings.grade(2026, villages[0]["id"], {**FULL, "la": 3})
    assert store.db.execute("select count(*) from gradings").fetchone()[0] == before


def test_a_second_grade_corrects_the_first_and_the_year_before_is_shown(store, villages):
    store.gradings.grade(2025, villages[0]["id"], {**FULL, "cuoc_van_dong": 10})
    store.gradings.grade(2026, villages[0]["id"], FULL)
    store.gradings.grade(2026, villages[0]["id"], {**FULL, "ngay_hoi": 10})
    store.gradings.grade(2026, villages[1]["id"], {**FULL, "an_sinh": 0})
    rows = store.gradings.query(2026)
    assert [
        (r["village_name"], r["total"], r["rank"], r["previous_total"], r["previous_rank"])
        for r in rows
    ] == [("Thôn 1", 91, "xuat_sac", 78, "kha"), ("Thôn 2", 76, "kha", None, None)]


def test_a_province_file_dropped_in_forms_replaces_the_scale(store, villages):
    forms = store.form_dirs()[0]
    forms.mkdir(parents=True, exist_ok=True)
    province = {
        "version": 2,
        "title": "Tiêu chí của tỉnh",
        "valid_from": "2026-01-01",
        "criteria": [
            {"code": "a", "label": "Công tác tuyên truyền", "max": 50},
            {"code": "b", "label": "Phong trào", "max": 50},
        ],
        "ranks": [
            {"code": "hoan_thanh_tot", "label": "Hoàn thành tốt nhiệm vụ", "min": 70},
            {"code": "hoan_thanh", "label": "Hoàn thành nhiệm vụ", "min": 50},
            {"code": "khong_hoan_thanh", "label": "Không hoàn thành nhiệm vụ", "min": 0},
        ],
    }
    (forms / "grading_criteria_v2.json").write_text(
        json.dumps(province, ensure_ascii=False), encoding="utf-8"
    )
    criteria = store.gradings.criteria()
    assert criteria.version == 2 and criteria.max_total == 100
    g = store.gradings.grade(2026, villages[0]["id"], {"a": 40, "b": 35})
    assert (g["criteria_version"], g["total"], g["rank"]) == (2, 75, "hoan_thanh_tot")
    assert criteria.rank_label("hoan_thanh_tot") == "Hoàn thành tốt nhiệm vụ"
    (forms / "grading_criteria_v3.json").write_text(
        '{"version": 3, "criteria": []', encoding="utf-8"
    )
    with pytest.raises(UserError, match="grading_criteria_v3.json"):
        store.gradings.criteria()


def test_commendations(store, villages):
    person = store.people.add(
        {"full_name": "Lý Thị Mai", "sex": "female", "village_id": villages[0]["id"]}
    )
    c = store.commendations.add(
        {
            "year": 2026,
            "subject_kind": "person",
            "person_id": person["id"],
            "form": "giay_khen",
            "level": "commune",
            "status": "proposed",
            "reason": "Có thành tích xuất sắc trong vận động Quỹ “Vì người nghèo”",
        }
    )
    assert c["name_fold"] == "ly thi mai"
    with pytest.raises(ValidationFailed, match="số quyết định"):
        store.commendations.update(c["id"], {"status": "granted"})
    store.commendations.update(
        c["id"],
        {"status": "granted", "decision_number": "20/QĐ-MTTQ-BTT", "decision_date": "2026-11-18"},
    )
    with pytest.raises(ValidationFailed, match="tên chủ hộ"):
        store.commendations.add(
            {
                "year": 2026,
                "subject_kind": "household",
                "form": "giay_khen",
                "status": "proposed",
                "reason": "Hiến đất làm đường",
            }
        )
    rows = store.commendations.query(person_id=person["id"])
    assert [(r["subject_name"], r["village_name"], r["status"]) for r in rows] == [
        ("Lý Thị Mai", "Thôn 1", "granted")
    ]
