"""The decisions as the law stands in 2026: legal bases as data (and the office's override),
Decree-30 header weights, an annex numbered on its own, the inspection board's roster and
who recognises it."""

# ruff: noqa: F811  (pytest fixtures imported from test_comment_forms are parameters here)

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from desktop_app.core.errors import UserError
from desktop_app.reports import legal_bases
from desktop_app.reports.decision import print_decision
from desktop_app.reports.roster import print_body_roster

from .conftest import _person


def flat(text: str) -> str:
    return " ".join(text.split())


def line_fonts(path: Path, words: str, page: int = 0) -> set[str]:
    """The font names of the characters of the first line on `page` reading `words`."""
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[page].chars
    lines: dict[float, list[dict]] = {}
    for char in chars:
        lines.setdefault(round(char["top"]), []).append(char)
    for top in sorted(lines):
        row = sorted(lines[top], key=lambda c: c["x0"])
        text = "".join(c["text"] for c in row)
        if words.replace(" ", "") in text.replace(" ", ""):
            start = text.replace(" ", "").index(words.replace(" ", ""))
            picked = [c for c in row if c["text"].strip()][
                start : start + len(words.replace(" ", ""))
            ]
            return {c["fontname"].split("+")[-1] for c in picked}
    raise AssertionError(f"no line reads {words!r}")


def test_header_superior_body_upright_issuing_body_bold(commune, tmp_path: Path) -> None:
    out = print_decision(commune["store"], commune["committee"]["id"], tmp_path / "qd.pdf")
    assert line_fonts(out, "ỦY BAN MTTQ VIỆT NAM") == {"Tinos"}
    assert line_fonts(out, "XÃ HÒA CƯ") == {"Tinos"}
    assert line_fonts(out, "BAN THƯỜNG TRỰC") == {"Tinos-Bold"}


def test_the_office_override_of_legal_bases_is_printed(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    shipped = json.loads(legal_bases.shipped_path().read_text(encoding="utf-8"))
    mine = shipped["items"]["village_committee"]
    mine["bases"] = [
        {"text": "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam (sửa đổi năm 2026);"},
        {"text": "Căn cứ một căn cứ đã hết hiệu lực;", "valid_to": "2020-01-01"},
        {"text": "Xét đề nghị của hội nghị khu dân cư {village}."},
    ]
    folder = store.form_dirs()[0]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "legal_bases.json").write_text(
        json.dumps(
            {"source": "văn phòng", "items": {"village_committee": mine}}, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    body = flat(
        pdfcheck.official(print_decision(store, commune["committee"]["id"], tmp_path / "a.pdf"))
    )
    assert "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam (sửa đổi năm 2026);" in body
    assert "Xét đề nghị của hội nghị khu dân cư bản Nà Pàn." in body
    assert "đã hết hiệu lực" not in body
    assert "75/2015/QH13" not in body
    # The other document types still come from the shipped file.
    supervision = flat(
        pdfcheck.text(print_decision(store, commune["supervision"]["id"], tmp_path / "b.pdf"))
    )
    assert "Căn cứ Nghị định số 29/2021/NĐ-CP" in supervision
    assert "Căn cứ Nghị định số 59/2023/NĐ-CP" in supervision
    assert "Luật số 47/2024/QH15 và Luật số 97/2025/QH15" in supervision
    # A broken override says what is wrong, in Vietnamese, and writes no file.
    (folder / "legal_bases.json").write_text(
        '{"items": {"village_committee": {"bases": []}}}', encoding="utf-8"
    )
    with pytest.raises(UserError, match="legal_bases.json.*thiếu danh sách căn cứ"):
        print_decision(store, commune["committee"]["id"], tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_bases_follow_the_decision_date(commune, tmp_path: Path, pdfcheck) -> None:
    """The inspection board recognised on 10/03/2025 cites the law as it then stood."""
    store = commune["store"]
    body = flat(
        pdfcheck.text(print_decision(store, commune["inspection"]["id"], tmp_path / "i.pdf"))
    )
    assert (
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;" in body
    )
    assert "97/2025/QH15" not in body
    assert "cuộc họp của cộng đồng dân cư" in body


def test_an_annex_numbers_its_own_pages(commune, tmp_path: Path, pdfcheck) -> None:
    store = commune["store"]
    village = store.villages.get(commune["committee"]["village_id"])
    for i in range(45):
        person = _person(store, village, f"Hoàng Văn Thành {i}", "male", "1970")
        store.memberships.add(
            {
                "person_id": person["id"],
                "body_id": commune["committee"]["id"],
                "role": "member",
                "branch": "resident",
                "start_date": "2024-09-01",
            },
            accept_warnings=True,
        )
    out = print_decision(store, commune["committee"]["id"], tmp_path / "qd.pdf")
    numbers = pdfcheck.page_numbers(out)
    pages = pdfcheck.pages(out)
    annex = next(i for i, text in enumerate(pages) if "(Kèm theo Quyết định" in text)
    assert annex >= 1 and numbers[annex] == ""
    assert numbers[annex + 1 :] == [str(n) for n in range(2, len(numbers) - annex + 1)]
    assert len(numbers) - annex >= 2


def test_inspection_roster_shows_the_village_each_member_represents(
    commune, tmp_path, pdfcheck
) -> None:
    out = print_body_roster(commune["store"], commune["inspection"]["id"], tmp_path / "ds.pdf")
    text = pdfcheck.official(out)
    assert "Đại diện khu dân cư" in flat(text)
    assert "Ban thanh tra nhân dân Khối" not in text and "Trưởng ban Ban thanh tra" not in text
    assert "Đặng Văn An 1959 Kinh Trưởng ban Khối phố 1" in text
    assert "Triệu Văn Hùng 1982 Nùng Ủy viên Nà Pàn" in text


def test_inspection_board_recognised_by_a_resolution_as_a_setting(
    commune, tmp_path, pdfcheck
) -> None:
    store = commune["store"]
    store.settings.set("inspection_recognition", "committee_resolution")
    store.db["bodies"].update(commune["inspection"]["id"], {"decision_number": None})
    out = print_decision(store, commune["inspection"]["id"], tmp_path / "nq.pdf")
    body = flat(pdfcheck.official(out))
    assert "NGHỊ QUYẾT" in body and "QUYẾT NGHỊ:" in body and "QUYẾT ĐỊNH" not in body
    assert "Số: ....../NQ-MTTQ" in body
    assert "Hội nghị Ủy ban MTTQ Việt Nam xã Hòa Cư thống nhất." in body
    assert "TM. ỦY BAN MTTQ VIỆT NAM XÃ HÒA CƯ" in body
    assert "(Kèm theo Nghị quyết số ....../NQ-MTTQ của Ủy ban MTTQ Việt Nam xã Hòa Cư)" in body
    assert line_fonts(out, "ỦY BAN MTTQ VIỆT NAM XÃ HÒA CƯ") == {"Tinos-Bold"}
    assert store.documents.by_ref(f"decision:{commune['inspection']['id']}") is None


# ---- Regulation 213 as data, the due list, comments when needed, names on the form ----------

from desktop_app.reports.comment_round import print_comment_forms, print_comment_when_needed  # noqa: E402
from desktop_app.reports.due_list import print_due_list  # noqa: E402
from desktop_app.store.refdata import comment_form  # noqa: E402

from .test_comment_forms import RATINGS, round_2026  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[2]


# The regulation by number or short tag: "213-QĐ/TW", "QĐ 213", "QĐ-213", "Quy định 213",
# "Quy định số 213" (any case, any spacing).
REGULATION_TAG = re.compile(r"213\s*-\s*QĐ|(QĐ|Quy\s+định)\W{0,3}(số\s+)?213\b", re.IGNORECASE)


def display_strings(path: Path) -> list[str]:
    """The text an officer may read from a source: every string literal of a module (f-string
    parts too) but its docstrings; the whole text of a Designer form."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ui":
        return [text]
    tree = ast.parse(text)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_source_of_a_screen_or_form_names_the_regulation_number() -> None:
    """The regulation's number lives in the comment form's data only: no source names it in
    full ("213-QĐ/TW", even in a comment), and no label, title, heading, message or help text
    carries its short tag ("QĐ 213", "Quy định 213"), so that a new form version renames
    every one of them."""
    sources = [
        path
        for folder in ("desktop_app", "ui")
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in (".py", ".ui")
    ]
    assert len(sources) > 100
    full = [
        str(path.relative_to(ROOT))
        for path in sources
        if "213-QĐ/TW" in path.read_text(encoding="utf-8")
    ]
    assert full == []
    tagged = [
        f"{path.relative_to(ROOT)}: {string!r}"
        for path in sources
        for string in display_strings(path)
        if REGULATION_TAG.search(string)
    ]
    assert tagged == []


def test_the_regulation_tag_pattern() -> None:
    for named in (
        "(QĐ 213)",
        "QĐ 213: hạn",
        "Phiếu QĐ-213",
        "qđ213",
        "Quy định 213",
        "Quy định số 213",
        "Theo Quy định số 213-QĐ/TW",
        "213 - QĐ/TW",
    ):
        assert REGULATION_TAG.search(named), named
    for plain in ("reg213", "Quy định 2130", "QĐ 21", "2213", "Đảng viên nơi cư trú", "năm 2013"):
        assert not REGULATION_TAG.search(plain), plain


def test_a_new_regulation_is_a_new_form_version(round_2026, tmp_path: Path, pdfcheck) -> None:  # noqa: F811
    store = round_2026["store"]
    data = json.loads((Path(comment_form(1).path)).read_text(encoding="utf-8"))
    data.update(
        version=2,
        code="999-v2",
        valid_from="2026-01-01",
        legal_basis="Quy định số 999-QĐ/TW ngày 05/01/2026",
        regulation={
            "name": "Quy định số 999-QĐ/TW ngày 05/01/2026 của Bộ Chính trị",
            "number": "999-QĐ/TW",
            "short": "QĐ 999",
        },
    )
    folder = store.form_dirs()[0]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reg213_form_v2.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    text = flat(pdfcheck.official(print_due_list(store, 2026, tmp_path / "due.pdf")))
    assert "(Theo Quy định số 999-QĐ/TW ngày 05/01/2026 của Bộ Chính trị;" in text
    assert "213-QĐ/TW" not in text
    from desktop_app.gui.reg213_page import regulation_of

    assert regulation_of(store) == "Quy định 999-QĐ/TW"


def test_the_due_list_is_an_unsigned_working_list(round_2026, tmp_path: Path, pdfcheck) -> None:  # noqa: F811
    store = round_2026["store"]
    text = flat(pdfcheck.official(print_due_list(store, 2026, tmp_path / "due.pdf")))
    assert (
        "(Theo Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị; hạn gửi nhận xét: 30/11/2026)"
        in text
    )
    for front in ("BAN THƯỜNG TRỰC", "ỦY BAN MTTQ", "CHỦ TỊCH", "Hoàng Văn Lợi", "Nơi nhận"):
        assert front not in text, front
    assert "không ký, không đóng dấu" in text
    store.settings.set("reg213_due_list_header", "party")
    text = flat(pdfcheck.official(print_due_list(store, 2026, tmp_path / "due2.pdf")))
    assert "ĐẢNG BỘ XÃ HÒA CƯ" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "BAN THƯỜNG TRỰC" not in text and "CHỦ TỊCH" not in text


def test_an_exempt_member_gets_a_comment_when_needed_and_stays_out_of_the_round(
    round_2026,
    tmp_path: Path,
    pdfcheck,  # noqa: F811
) -> None:
    store = round_2026["store"]
    exempt = round_2026["people"]["exempt"]
    with pytest.raises(UserError, match="khi cần"):
        store.evaluations.add(
            {"resident_id": exempt["id"], "year": 2026, "state": "requested", "version": 1}
        )
    asked = store.evaluations.request_when_needed(exempt["id"], "commendation", "2026-11-20")
    store.evaluations.comment(
        asked["id"],
        RATINGS,
        "commend",
        meeting_date="2026-11-22",
        cell_signer="Hoàng Văn Sơn",
        front_signer="Lý Thị Mai",
    )
    store.evaluations.confirm(asked["id"], "2026-11-24")
    assert [e["state"] for e in store.evaluations.when_needed(exempt["id"])] == ["confirmed"]
    # An ordinary member is commented in the round, not "when needed".
    with pytest.raises(UserError, match="đợt nhận xét hằng năm"):
        store.evaluations.request_when_needed(round_2026["people"]["cuong"]["id"], "personnel")
    # Still not in the yearly round: not due, not on the list, not among the year's forms.
    assert store.evaluations.round_preview(2026) == 0
    statuses = {
        m["full_name"]: m["status"] for g in store.evaluations.checklist(2026) for m in g["members"]
    }
    assert statuses["Vi Văn Dũng"] == "exempt"
    assert store.evaluations.round_progress(2026)["due"] == 3
    assert "Vi Văn Dũng" not in pdfcheck.text(print_due_list(store, 2026, tmp_path / "d.pdf"))
    assert "Vi Văn Dũng" not in pdfcheck.text(
        print_comment_forms(store, 2026, tmp_path / "all.pdf")
    )
    # Its own form says why it was taken.
    text = flat(
        pdfcheck.official(print_comment_when_needed(store, asked["id"], tmp_path / "kt.pdf"))
    )
    assert "Họ và tên đảng viên: Vi Văn Dũng" in text
    assert "Nhận xét khi cần: khen thưởng" in text and "Năm 2026" not in text


def test_the_filled_form_prints_known_names_or_a_blank_line(
    round_2026, tmp_path: Path, pdfcheck
) -> None:  # noqa: F811
    store = round_2026["store"]
    na_can = round_2026["villages"]["na_can"]
    binh = round_2026["people"]["binh"]
    evaluation = store.evaluations.current_for(binh["id"], 2026)
    store.evaluations.comment(
        evaluation["id"], RATINGS, "none", meeting_date="2026-10-20", accept_warnings=True
    )
    person_id = store.residents.get(binh["id"])["person_id"]
    text = flat(
        pdfcheck.text(print_comment_forms(store, 2026, tmp_path / "a.pdf", person_id=person_id))
    )
    assert "Bí thư chi bộ" not in text and "…………" in text  # unknown: a line to sign over
    store.villages.update(na_can["id"], {"party_secretary": "Hoàng Văn Sơn"})
    committee = store.bodies.add(
        {
            "kind": "village_committee",
            "name": "Ban công tác Mặt trận Nà Cạn",
            "village_id": na_can["id"],
            "term_label": "2024–2029",
            "term_start": "2024-09-01",
        },
        accept_warnings=True,
    )
    head = store.people.add(
        {"full_name": "Lý Thị Mai", "sex": "female", "village_id": na_can["id"]},
        accept_warnings=True,
    )
    store.memberships.add(
        {
            "person_id": head["id"],
            "body_id": committee["id"],
            "role": "head",
            "branch": "party_cell",
            "start_date": "2024-09-01",
        },
        accept_warnings=True,
    )
    text = flat(
        pdfcheck.text(print_comment_forms(store, 2026, tmp_path / "b.pdf", person_id=person_id))
    )
    assert "Hoàng Văn Sơn" in text and "Lý Thị Mai" in text


def test_households_recognised_is_named_by_the_campaigns_data(
    store, tmp_path: Path, pdfcheck
) -> None:
    from desktop_app.reports.activity_report import print_activity_report

    store.campaigns.load_national()
    unity = store.campaigns.by_code("great_unity_day")
    store.activities.add(
        {
            "campaign_id": unity["id"],
            "date": "2026-11-18",
            "title": "Ngày hội Đại đoàn kết",
            "households_recognised": 42,
        },
        accept_warnings=True,
    )
    text = flat(pdfcheck.official(print_activity_report(store, 2026, tmp_path / "bc.pdf")))
    assert "Hộ được công nhận gia đình văn hóa hộ 42" in text
    assert "Hộ được công nhận hộ" not in text
    assert "42 hộ được công nhận gia đình văn hóa." in text
