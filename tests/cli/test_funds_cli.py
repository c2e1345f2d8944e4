"""`list funds | fund-entries | gradings | commendations` and the fund and grading forms, read back
from the PDF against the ledger's sums."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from desktop_app.cli import main
from desktop_app.core.money import amount_in_words, format_dong
from desktop_app.store.db import open_store

TODAY = date.today()
YEAR = TODAY.year


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("funds")
    store = open_store(d / "somattran.db")
    try:
        store.setup_office(commune_name="Hòa Cư", commune_code="06280", province_name="Lạng Sơn")
        villages = [store.villages.add({"name": f"Thôn {n}", "kind": "thon"}) for n in range(1, 5)]
        people = [
            store.people.add({"full_name": name, "sex": "male", "village_id": villages[n]["id"]})
            for n, name in enumerate(("Hoàng Văn Tài", "Lý Văn Sơn", "Nông Văn Hải"))
        ]
        fund = store.funds.ensure_default()
        store.fund_entries.add(
            {
                "fund_id": fund["id"],
                "direction": "receipt",
                "entry_date": f"{YEAR}-01-02",
                "party_kind": "organisation",
                "party_name": "Công ty Minh Phát",
                "amount": 12_500_000,
            }
        )
        store.fund_entries.add(
            {
                "fund_id": fund["id"],
                "direction": "receipt",
                "entry_date": f"{YEAR}-01-03",
                "party_kind": "village",
                "village_id": villages[0]["id"],
                "party_name": f"Nhân dân {villages[0]['name']}",
                "amount": 3_250_000,
            }
        )
        for n, person in enumerate(people, start=1):
            store.fund_entries.add(
                {
                    "fund_id": fund["id"],
                    "direction": "payment",
                    "entry_date": f"{YEAR}-01-0{n + 3}",
                    "party_kind": "household",
                    "person_id": person["id"],
                    "amount": 1_000_000 * n,
                    "purpose": "illness",
                    "decision_number": f"{n}/QĐ-MTTQ-BTT",
                }
            )
        for village in villages:
            store.gradings.grade(
                YEAR,
                village["id"],
                {
                    "tuyen_truyen": 18,
                    "cuoc_van_dong": 20,
                    "an_sinh": 12,
                    "ngay_hoi": 8,
                    "giam_sat": 12,
                    "to_chuc": 12,
                },
            )
        store.commendations.add(
            {
                "year": YEAR,
                "subject_kind": "person",
                "person_id": people[0]["id"],
                "form": "giay_khen",
                "status": "proposed",
                "reason": "Vận động quỹ tích cực",
            }
        )
    finally:
        store.close()
    return d


def run(capsys, office: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(office), *args])
    except SystemExit as exit_:
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_four_registers_list_as_json_and_table(capsys, office):
    code, out, _ = run(
        capsys, office, "list", "fund-entries", "--year", str(YEAR), "--format", "json"
    )
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert sum(r["amount"] for r in rows if r["direction"] == "receipt") == 15_750_000
    assert [r["number"] for r in rows if r["direction"] == "payment"] == [1, 2, 3]
    code, out, _ = run(capsys, office, "list", "funds", "--format", "json")
    assert json.loads(out)[0]["balance"] == 15_750_000 - 6_000_000
    code, out, _ = run(capsys, office, "list", "gradings", "--year", str(YEAR))
    assert code == 0 and "Tốt" in out and "82" in out
    code, out, _ = run(
        capsys, office, "list", "commendations", "--year", str(YEAR), "--format", "csv"
    )
    assert code == 0 and "Giấy khen" in out and "Đề nghị" in out
    code, out, _ = run(
        capsys, office, "list", "fund-entries", "--year", str(YEAR + 1), "--format", "json"
    )
    assert json.loads(out) == []


def test_fund_report_reads_back_the_ledger(capsys, office, tmp_path):
    out_pdf = tmp_path / "bc.pdf"
    code, out, err = run(
        capsys,
        office,
        "print",
        "fund-report",
        "--fund",
        "vi-nguoi-ngheo",
        "--from",
        f"01/01/{YEAR}",
        "--to",
        f"31/12/{YEAR}",
        "--out",
        str(out_pdf),
    )
    assert code == 0, err
    text = pdf_text(out_pdf)
    assert "Kết quả thu, chi Quỹ “Vì người nghèo”" in text
    assert format_dong(15_750_000) in text and format_dong(6_000_000) in text
    assert format_dong(9_750_000) in text and amount_in_words(9_750_000) in text.replace("\n", " ")


def test_public_list_names_every_giver_and_household(capsys, office, tmp_path):
    out_pdf = tmp_path / "ds.pdf"
    code, _, err = run(
        capsys,
        office,
        "print",
        "fund-public-list",
        "--fund",
        "vi-nguoi-ngheo",
        "--from",
        f"{YEAR}-01-01",
        "--to",
        f"{YEAR}-12-31",
        "--out",
        str(out_pdf),
    )
    assert code == 0, err
    text = pdf_text(out_pdf)
    store = open_store(office / "somattran.db")
    try:
        names = [r["party"] for r in store.fund_entries.query(year=YEAR)]
    finally:
        store.close()
    for name in names:
        assert name in text
    assert "Tổng thu: 15.750.000 đồng; tổng chi: 6.000.000 đồng" in text.replace("\n", " ")


def test_voucher_grading_and_commendations(capsys, office, tmp_path):
    _, out, _ = run(capsys, office, "list", "fund-entries", "--format", "json")
    first = json.loads(out)[0]
    code, _, err = run(
        capsys,
        office,
        "print",
        "fund-voucher",
        "--id",
        first["id"],
        "--out",
        str(tmp_path / "v.pdf"),
    )
    assert code == 0, err
    assert "PHIẾU THU" in pdf_text(
        tmp_path / "v.pdf"
    ) and "Mười hai triệu năm trăm nghìn đồng" in pdf_text(tmp_path / "v.pdf")
    code, _, err = run(
        capsys, office, "print", "grading", "--year", str(YEAR), "--out", str(tmp_path / "g.pdf")
    )
    assert code == 0, err
    text = pdf_text(tmp_path / "g.pdf")
    assert "QUYẾT ĐỊNH" in text and "BẢNG TỔNG HỢP" in text and "(Tốt: 4)" in text
    code, _, err = run(
        capsys,
        office,
        "print",
        "commendations",
        "--year",
        str(YEAR),
        "--out",
        str(tmp_path / "k.pdf"),
    )
    assert code == 0, err
    assert "Vận động quỹ tích cực" in pdf_text(tmp_path / "k.pdf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["fund-report", "--fund", "khong-co", "--from", "01/01/2026", "--to", "31/12/2026"],
            "Không có quỹ mã",
        ),
        (
            [
                "fund-report",
                "--fund",
                "vi-nguoi-ngheo",
                "--from",
                "31/12/2026",
                "--to",
                "01/01/2026",
            ],
            "sau ngày đầu kỳ",
        ),
        (
            [
                "fund-public-list",
                "--fund",
                "vi-nguoi-ngheo",
                "--from",
                "32/01/2026",
                "--to",
                "01/02/2026",
            ],
            "Từ ngày",
        ),
        (["grading", "--year", "1990"], "Chưa chấm điểm"),
        (["fund-voucher", "--id", "nope"], "Không tìm thấy phiếu"),
    ],
)
def test_bad_input_is_a_message(capsys, office, tmp_path, args, message):
    code, _, err = run(capsys, office, "print", *args, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
