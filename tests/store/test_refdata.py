"""Reference data files and their loader, and the Regulation-213 comment form as data."""

from __future__ import annotations

import json
import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app import paths
from desktop_app.core import enums
from desktop_app.core.errors import UserError
from desktop_app.store import refdata
from desktop_app.store.refdata import FormDataError

FORM_V1 = paths.DATA_DIR / "reg213_form_v1.json"
LIST_FILES = [
    "ethnic_groups.json",
    "provinces_2008.json",
    "provinces_2025.json",
    "religions.json",
    "campaigns.json",
    "demo_names.json",
]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)


def _v1() -> dict:
    return json.loads(FORM_V1.read_text(encoding="utf-8"))


def _write(folder: Path, data: dict, version: int | None = None) -> Path:
    path = folder / f"reg213_form_v{data['version'] if version is None else version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- files -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*LIST_FILES, "reg213_form_v1.json"])
def test_every_file_is_utf8_json_with_a_source_and_nfc_text(name):
    raw = (paths.DATA_DIR / name).read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert isinstance(data["source"], str) and len(data["source"]) > 20
    assert "items" in data or "criteria" in data
    for text in _strings(data):
        assert text == unicodedata.normalize("NFC", text), text
        assert text == text.strip(), repr(text)


# --- ethnic groups -----------------------------------------------------------------------


def test_54_ethnic_groups_coded_01_to_54_in_official_order():
    groups = refdata.ethnic_groups()
    assert [g["code"] for g in groups] == [f"{i:02d}" for i in range(1, 55)]
    names = {g["code"]: g["name"] for g in groups}
    assert len(set(names.values())) == 54
    assert (names["01"], names["02"], names["05"], names["07"]) == ("Kinh", "Tày", "Khơ-me", "Nùng")
    assert (names["08"], names["09"], names["15"], names["54"]) == (
        "HMông",
        "Dao",
        "Sán Chay",
        "Rơ-măm",
    )


def test_ethnic_name_and_lookup_by_other_names():
    assert refdata.ethnic_name("07") == "Nùng"
    assert refdata.ethnic_name(2) == "Tày"
    assert refdata.ethnic_name("99") == "99"
    assert refdata.ethnic_name(None) == ""
    assert refdata.ethnic_code("Mông") == "08"
    assert refdata.ethnic_code("khmer") == "05"
    assert refdata.ethnic_code("NÙNG") == "07"
    assert refdata.ethnic_code("Xơ Đăng") == "14"
    assert refdata.ethnic_code("Cao Lan") == "15"
    assert refdata.ethnic_code("Người sao Hỏa") is None
    assert refdata.ethnic_code("") is None


def test_no_two_groups_share_a_folded_name():
    owner: dict[str, str] = {}
    for g in refdata.ethnic_groups():
        for name in (g["name"], *g["other_names"]):
            key = refdata.name_key(name)
            assert owner.setdefault(key, g["code"]) == g["code"], (name, owner[key])


def test_returned_lists_are_copies():
    refdata.ethnic_groups()[0]["name"] = "hỏng"
    refdata.provinces_2008().clear()
    assert refdata.ethnic_name("01") == "Kinh"
    assert len(refdata.provinces_2008()) == 63


# --- provinces ---------------------------------------------------------------------------


def test_63_provinces_with_id_prefixes_and_admin_codes():
    provinces = refdata.provinces_2008()
    assert len(provinces) == 63
    assert len({p["id_prefix"] for p in provinces}) == 63
    assert len({p["name"] for p in provinces}) == 63
    for p in provinces:
        assert p["id_prefix"] == "0" + p["code"] and len(p["code"]) == 2 and p["code"].isdigit()
        assert p["kind"] in ("province", "city")
    assert refdata.province_by_id_prefix("020")["name"] == "Lạng Sơn"
    assert refdata.province_by_id_prefix("001")["kind"] == "city"
    assert refdata.province_by_id_prefix("079")["name"] == "Hồ Chí Minh"
    assert refdata.province_by_id_prefix("003") is None
    assert refdata.province_by_id_prefix("20") is None


def test_34_provinces_of_2025_cover_the_63_exactly_once():
    new = refdata.provinces_2025()
    assert len(new) == 34
    codes = [p["code"] for p in new if p["code"] is not None]
    assert len(codes) == len(set(codes))
    by_code = {p["code"]: p for p in new}
    assert by_code["20"]["name"] == "Lạng Sơn" and by_code["20"]["formed_from"] == ["20"]
    assert sorted(by_code["25"]["formed_from"]) == ["17", "25", "26"]
    assert sum(1 for p in new if p["kind"] == "city") == 6
    old = {p["code"]: p for p in refdata.provinces_2008()}
    sources = [c for p in new for c in p["formed_from"]]
    assert sorted(sources) == sorted(old)
    for p in new:
        for c in p["formed_from"]:
            assert old[c]["merged_into_2025"] == p["code"]


# --- religions and campaigns -------------------------------------------------------------


def test_religions():
    items = refdata.religions()
    codes = [r["code"] for r in items]
    assert codes[0] == "none" and codes[-1] == "other"
    assert len(codes) == len(set(codes)) == 18  # 16 recognised + none + other
    for code in (
        "buddhism",
        "catholicism",
        "protestantism",
        "caodaism",
        "hoahao",
        "islam",
        "bahai",
        "buu_son_ky_huong",
        "tu_an_hieu_nghia",
        "minh_su_dao",
        "minh_ly_dao",
    ):
        assert code in codes
    assert refdata.religion_name("none") == "Không"
    assert refdata.religion_name("catholicism") == "Công giáo"
    assert refdata.religion_name("other") == "Khác"
    assert refdata.religion_name("xyz") == "xyz"
    assert refdata.religion_name(None) == ""


def test_campaigns_are_coded_dated_and_use_known_indicators():
    items = refdata.national_campaigns()
    by_code = {c["code"]: c for c in items}
    assert len(by_code) == len(items) >= 5
    for c in items:
        assert c["kind"] == "national" and c["name"] and c["short_name"]
        assert c["start_year"] is None or 1990 <= c["start_year"] <= date.today().year
        assert c["indicators"] and set(c["indicators"]) <= set(enums.INDICATORS)
        for d in c["key_dates"]:
            date(2024, d["month"], d["day"])  # a real day of the year
            assert d["label"]
        for p in c["periods"]:
            date(2024, p["start"]["month"], p["start"]["day"])
            date(2024, p["end"]["month"], p["end"]["day"])
    poor = by_code["fund_for_the_poor"]
    assert {"day": 17, "month": 10, "label": "Ngày vì người nghèo"} in poor["key_dates"]
    assert poor["periods"][0]["end"] == {"day": 18, "month": 11}
    assert by_code["great_unity_day"]["key_dates"][0]["day"] == 18
    assert by_code["buy_vietnamese"]["start_year"] == 2009
    assert by_code["new_rural_civilised_urban"]["start_year"] in (2015, 2016)


# --- demo material -----------------------------------------------------------------------


def test_demo_names_fit_the_rest_of_the_reference_data():
    demo = refdata.demo_names()
    ethnic_codes = {g["code"] for g in refdata.ethnic_groups()}
    assert set(demo["family_names"]) <= ethnic_codes
    assert {"02", "07", "01", "09", "15"} <= set(demo["family_names"])
    assert {m["ethnic_code"] for m in demo["ethnic_mix"]} <= set(demo["family_names"])
    for names in demo["family_names"].values():
        assert len(names) == len(set(names)) >= 5
    assert {v["kind"] for v in demo["villages"]} <= set(enums.VILLAGE_KINDS)
    assert len({v["full_name"] for v in demo["villages"]}) == len(demo["villages"]) >= 20
    codes = [c["code"] for c in demo["communes"]]
    assert len(codes) == len(set(codes)) and all(len(c) == 5 and c.isdigit() for c in codes)
    assert all(c["demo"] is True and c["kind"] in enums.UNIT_KINDS for c in demo["communes"])
    assert all("{village}" in p["name_template"] for p in demo["projects"])
    assert demo["political_theory_levels"] == ["Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân"]


@pytest.mark.parametrize("sex", ["male", "female"])
def test_given_names_carry_all_six_tones(sex):
    marks = {"\u0300": "huyền", "\u0309": "hỏi", "\u0303": "ngã", "\u0301": "sắc", "\u0323": "nặng"}
    seen = set()
    for name in refdata.demo_names()["given_names"][sex]:
        found = [marks[ch] for ch in unicodedata.normalize("NFD", name) if ch in marks]
        seen.update(found or ["ngang"])
    assert seen == {"ngang", *marks.values()}


# --- comment form ------------------------------------------------------------------------


def test_form_v1_has_five_criteria_of_three_levels():
    form = refdata.comment_form(1)
    assert refdata.comment_form_versions() == [1]
    assert refdata.latest_comment_form() == form
    assert (form.version, form.code, form.valid_from) == (1, "213-v1", date(2020, 10, 30))
    assert form.title.startswith("PHIẾU NHẬN XÉT ĐẢNG VIÊN")
    assert "213-QĐ/TW" in form.legal_basis and "33-HD/BTCTW" in form.legal_basis
    assert len(form.criteria) == 5 and all(len(c.levels) == 3 for c in form.criteria)
    assert [lv.label for lv in form.criteria[0].levels] == [
        "Nêu gương tốt",
        "Nêu gương",
        "Chưa nêu gương",
    ]
    assert form.label("movements", "good") == "Rất tích cực"
    assert form.label("liaison", "good") == "Thường xuyên, tích cực"
    assert [lv.label for lv in form.recommendation_levels] == [
        "Biểu dương",
        "Không đề nghị",
        "Xem xét xử lý",
    ]
    assert form.label("recommendation", "discipline") == "Xem xét xử lý"
    assert form.signatures[0].lines == ("T/M CHI ỦY", "BÍ THƯ")
    with pytest.raises(KeyError):
        form.label("movements", "excellent")
    with pytest.raises(KeyError):
        form.label("nothing", "good")


def test_a_new_version_dropped_in_a_folder_is_found_without_code_changes(tmp_path):
    data = _v1()
    data.update(version=2, code="213-v2", valid_from="2026-03-01")
    data["criteria"] = data["criteria"][:3] + [
        {
            "code": "digital",
            "title": "Tham gia chuyển đổi số ở khu dân cư",
            "levels": [{"code": "a", "label": "Tích cực"}, {"code": "b", "label": "Chưa tích cực"}],
        }
    ]
    _write(tmp_path, data)
    assert refdata.comment_form_versions([tmp_path]) == [1, 2]
    assert refdata.comment_form_versions() == [1]
    v2 = refdata.comment_form(2, [tmp_path])
    assert [c.code for c in v2.criteria] == ["ethics", "civic_duty", "meetings", "digital"]
    assert v2.label("digital", "b") == "Chưa tích cực"
    assert refdata.latest_comment_form([tmp_path]).version == 2
    assert refdata.latest_comment_form([tmp_path], on=date(2025, 12, 31)).version == 1
    assert refdata.comment_form(1, [tmp_path]) == refdata.comment_form(1)


def test_an_unknown_version_is_refused_in_vietnamese(tmp_path):
    with pytest.raises(FormDataError, match="phiên bản 7") as err:
        refdata.comment_form(7, [tmp_path / "does-not-exist"])
    assert isinstance(err.value, UserError) and isinstance(err.value, ValueError)


def test_an_identical_copy_of_v1_is_accepted_but_a_changed_one_is_not(tmp_path):
    (tmp_path / FORM_V1.name).write_bytes(FORM_V1.read_bytes())
    assert refdata.comment_form_versions([tmp_path]) == [1]
    data = _v1()
    data["criteria"][0]["levels"][0]["label"] = "Rất tốt"
    _write(tmp_path, data)
    with pytest.raises(FormDataError, match="hai tệp khác nhau"):
        refdata.comment_form_versions([tmp_path])


def _broken(mutate):
    data = _v1()
    data["version"] = 5
    mutate(data)
    return data


BROKEN = {
    "no criteria": (lambda d: d.pop("criteria"), "criteria"),
    "empty criteria": (lambda d: d.update(criteria=[]), "criteria"),
    "duplicate criterion": (
        lambda d: d["criteria"].append(d["criteria"][0]),
        "Mã tiêu chí “ethics” bị trùng",
    ),
    "one level": (
        lambda d: d["criteria"][1].update(levels=d["criteria"][1]["levels"][:1]),
        "ít nhất 2 mức",
    ),
    "duplicate level": (
        lambda d: d["criteria"][2]["levels"][1].update(code="good"),
        "mã mức “good” bị trùng",
    ),
    "version as text": (lambda d: d.update(version="5"), "version"),
    "version as bool": (lambda d: d.update(version=True), "version"),
    "no title": (lambda d: d.update(title="  "), "title"),
    "bad date": (lambda d: d.update(valid_from="30/10/2020"), "valid_from"),
    "bad criterion code": (
        lambda d: d["criteria"][0].update(code="Phẩm chất"),
        "chữ thường không dấu",
    ),
    "reserved code": (lambda d: d["criteria"][0].update(code="recommendation"), "dành riêng"),
    "one recommendation": (
        lambda d: d["recommendation"].update(levels=[{"code": "x", "label": "X"}]),
        "Phần đề nghị",
    ),
    "no signatures": (lambda d: d.update(signatures=[]), "signatures"),
    "level without label": (lambda d: d["criteria"][0]["levels"][0].pop("label"), "label"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_form_files_are_rejected_naming_file_and_problem(tmp_path, case):
    mutate, expected = BROKEN[case]
    path = _write(tmp_path, _broken(mutate), version=5)
    with pytest.raises(FormDataError) as err:
        refdata.load_comment_form(path)
    message = str(err.value)
    assert "reg213_form_v5.json" in message and expected in message
    with pytest.raises(FormDataError):
        refdata.comment_form_versions([tmp_path])


def test_version_must_match_the_file_name(tmp_path):
    path = _write(tmp_path, _broken(lambda d: None), version=6)
    with pytest.raises(FormDataError, match="phiên bản 6 nhưng “version” là 5"):
        refdata.load_comment_form(path)


def test_invalid_json_and_missing_file(tmp_path):
    path = tmp_path / "reg213_form_v3.json"
    path.write_text('{"version": 3,', encoding="utf-8")
    with pytest.raises(FormDataError, match="reg213_form_v3.json"):
        refdata.load_comment_form(path)
    with pytest.raises(FormDataError, match="Không tìm thấy"):
        refdata.load_comment_form(tmp_path / "reg213_form_v9.json")


def test_decomposed_text_is_normalised_and_edits_are_reread(tmp_path):
    data = _v1()
    data.update(version=4, title=unicodedata.normalize("NFD", "PHIẾU NHẬN XÉT MỚI"))
    path = _write(tmp_path, data)
    assert refdata.load_comment_form(path).title == unicodedata.normalize(
        "NFC", "PHIẾU NHẬN XÉT MỚI"
    )
    data["title"] = "PHIẾU ĐÃ SỬA"
    _write(tmp_path, data)
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert refdata.load_comment_form(path).title == "PHIẾU ĐÃ SỬA"


# --- validate_ratings --------------------------------------------------------------------


def test_validate_ratings_reports_each_problem_in_vietnamese():
    form = refdata.comment_form(1)
    full = {c.code: "good" for c in form.criteria}
    assert form.validate_ratings(full) == []
    assert form.validate_ratings({**full, "recommendation": "commend"}) == []
    missing = dict(full)
    del missing["meetings"]
    assert form.validate_ratings(missing) == [
        "Chưa chọn mức cho tiêu chí “Tham gia sinh hoạt, hội họp do nơi cư trú tổ chức”."
    ]
    [unknown] = form.validate_ratings({**full, "sports": "good"})
    assert "“sports” không có" in unknown
    [bad_level] = form.validate_ratings({**full, "ethics": "excellent"})
    assert "“excellent” không hợp lệ" in bad_level and "Nêu gương tốt" in bad_level
    [bad_rec] = form.validate_ratings({**full, "recommendation": "good"})
    assert "Đề nghị" in bad_rec
    assert len(form.validate_ratings({})) == 5


_V1 = refdata.comment_form(1)
_KEYS = [c.code for c in _V1.criteria] + ["recommendation", "other", ""]
_VALUES = ["good", "fair", "poor", "commend", "none", "discipline", "x", ""]


@given(st.dictionaries(st.sampled_from(_KEYS), st.sampled_from(_VALUES)))
def test_validate_ratings_is_empty_exactly_for_a_complete_valid_form(ratings):
    scales = {c.code: c for c in _V1.criteria} | {"recommendation": _V1.recommendation}
    valid = all(c.code in ratings for c in _V1.criteria) and all(
        k in scales and v in scales[k].level_codes for k, v in ratings.items()
    )
    assert (_V1.validate_ratings(ratings) == []) == valid
