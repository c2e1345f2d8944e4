"""`somattran print …` on a demo commune: every form, its exit codes and messages."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store.db import open_store


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("print")
    assert (
        main(["--data-dir", str(d), "demo", "--people", "600", "--villages", "5", "--seed", "4"])
        == 0
    )
    return d


def run(capsys, demo_dir: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(demo_dir), *args])
    except SystemExit as exit_:  # argparse: bad usage
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err


def first_id(capsys, demo_dir: Path, register: str) -> dict:
    code, out, _ = run(capsys, demo_dir, "list", register, "--format", "json")
    assert code == 0
    return json.loads(out)[0]


def test_every_print_command_writes_an_official_pdf(
    capsys, demo_dir: Path, tmp_path: Path, pdfcheck
) -> None:
    committee = first_id(capsys, demo_dir, "committees")
    year = str(date.today().year)
    village = committee["village_name"]
    commands = {
        "roster-body": ["roster", "--body", committee["id"]],
        "roster-register": ["roster", "--register", "supervision-boards"],
        "roster-village": ["roster", "--register", "committees", "--village", village],
        "decision": ["decision", "--body", committee["id"]],
        "comment-forms": ["comment-form", "--year", year, "--village", village],
        "comment-blank": ["comment-form", "--year", year, "--blank"],
        "due-list": ["due-list", "--year", year],
        "report-half": ["activity-report", "--year", year, "--half", "1"],
        "report-year": ["activity-report", "--year", year],
        "people": ["people", "--village", village, "--search", "thi"],
    }
    for name, args in commands.items():
        out = tmp_path / f"{name}.pdf"
        code, stdout, stderr = run(capsys, demo_dir, "print", *args, "--out", str(out))
        assert code == 0, (name, stderr)
        assert stdout.strip() == str(out)
        text = pdfcheck.official(out)
        # The due list is the party committee's unsigned working list: no letterhead by default.
        assert (
            "ỦY BAN MTTQ VIỆT NAM" in text
            or "ĐẢNG CỘNG SẢN VIỆT NAM" in text
            or (name == "due-list" and "không ký, không đóng dấu" in text)
        ), name
    roster = pdfcheck.text(tmp_path / "roster-body.pdf")
    assert committee["name"] in " ".join(roster.split())
    assert village in pdfcheck.text(tmp_path / "roster-village.pdf")


def test_print_errors_are_in_vietnamese_with_exit_codes(
    capsys, demo_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        demo_dir,
        "print",
        "decision",
        "--body",
        "không-có",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Không tìm thấy ban" in err
    code, _, err = run(
        capsys,
        demo_dir,
        "print",
        "people",
        "--village",
        "Không Có Thôn Này",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Không tìm thấy khu dân cư" in err
    code, _, err = run(
        capsys,
        demo_dir,
        "print",
        "comment-form",
        "--year",
        "1999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "mở đợt nhận xét năm 1999" in err
    code, _, err = run(capsys, demo_dir, "print", "roster", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "lỗi cách dùng" in err
    code, _, err = run(capsys, demo_dir, "print", "people")
    assert code == 2
    code, _, err = run(capsys, demo_dir, "print", "people", "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "không tồn tại" in err
    assert not list(tmp_path.glob("*.pdf"))


def test_print_needs_an_office(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "print", "people", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Không tìm thấy cơ sở dữ liệu" in err
    open_store(tmp_path / "somattran.db").close()
    code, _, err = run(capsys, tmp_path, "print", "people", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "chưa có đơn vị" in err
    assert not (tmp_path / "x.pdf").exists()
