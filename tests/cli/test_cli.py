import argparse
import csv
import io
import json
import subprocess
import sys

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.cli.entry import build_parser
from desktop_app.cli.listing import REGISTERS
from desktop_app.core.text import fold, person_sort_key


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    assert (
        main(["--data-dir", str(d), "demo", "--people", "600", "--villages", "6", "--seed", "3"])
        == 0
    )
    return d


def test_version_as_a_module():
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert out.stdout.strip() == f"Sổ Mặt trận {__version__}"


@pytest.mark.parametrize("register", REGISTERS)
def test_every_register_lists_as_json(capsys, demo_dir, register):
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", register, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows and all(isinstance(r, dict) and "id" in r for r in rows)


def test_people_search_and_vietnamese_order(capsys, demo_dir):
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "list",
        "people",
        "--search",
        "nguyen van",
        "--format",
        "json",
    )
    rows = json.loads(out)
    assert any(r["full_name"].startswith("Nguyễn Văn ") for r in rows)
    assert all("nguyen" in fold(r["full_name"]) and "van" in fold(r["full_name"]) for r in rows)
    _, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "people", "--format", "json")
    names = [r["full_name"] for r in json.loads(out)]
    assert names == sorted(names, key=person_sort_key)


def test_table_and_csv_formats_carry_vietnamese_headers(capsys, demo_dir):
    _, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "villages", "--format", "json")
    village = fold(json.loads(out)[0]["name"])  # typed without diacritics, as an officer would
    _, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "villages")
    assert out.splitlines()[0].startswith("Tên khu dân cư") and "(6 dòng)" in out
    _, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "list",
        "people",
        "--format",
        "csv",
        "--village",
        village,
    )
    rows = list(csv.reader(io.StringIO(out)))
    assert (
        rows[0][0] == "Họ và tên" and len(rows) > 1 and {fold(r[3]) for r in rows[1:]} == {village}
    )


def test_demo_is_deterministic_for_a_seed(tmp_path, capsys):
    outs = []
    for name in ("a", "b"):
        main(
            [
                "--data-dir",
                str(tmp_path / name),
                "demo",
                "--people",
                "200",
                "--villages",
                "4",
                "--seed",
                "9",
                "--commune-code",
                "06124",
            ]
        )
        capsys.readouterr()
        main(["--data-dir", str(tmp_path / name), "list", "memberships", "--format", "json"])
        rows = json.loads(capsys.readouterr().out)
        outs.append([(r["id"], r["full_name"], r["role"], r["body_name"]) for r in rows])
    assert outs[0] == outs[1]


def test_user_errors_exit_1_with_a_vietnamese_message(capsys, demo_dir, tmp_path):
    code, _, err = run(
        capsys, "--data-dir", str(demo_dir), "list", "people", "--village", "không có thôn này"
    )
    assert code == 1 and "Không tìm thấy khu dân cư" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "list", "people")
    assert code == 1 and "Không tìm thấy cơ sở dữ liệu" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "restore", str(junk))
    assert code == 1 and "không phải bản sao lưu" in err
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "demo")
    assert code == 1 and "đã có đơn vị" in err


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["list", "nothing"])
    assert exc.value.code == 2 and "lỗi cách dùng" in capsys.readouterr().err


ARGPARSE_ENGLISH = ("usage", "error", "invalid", "choose from", "expected", "argument", "required")


@pytest.mark.parametrize(
    "argv",
    [
        ["attention", "--format", "xml"],
        ["attention", "--format"],
        ["bogus"],
        ["list", "people", "--limit", "abc"],
        ["list"],
        ["list", "people", "--format", "pdf"],
        ["--data-dir"],
        ["print", "phieu-khong-co"],
    ],
)
def test_bad_usage_is_said_in_vietnamese_once(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert err.count("lỗi cách dùng") == 1 and err.startswith("cách dùng: somattran")
    assert not [word for word in ARGPARSE_ENGLISH if word in err.lower()], err


def test_help_is_in_vietnamese(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["attention", "-h"])
    out = capsys.readouterr().out
    assert exc.value.code == 0 and "tùy chọn:" in out and "in hướng dẫn này rồi thoát" in out
    assert "show this help" not in out and "usage" not in out


def options_of(parser: argparse.ArgumentParser, path: str = "somattran"):
    """(command, option action) of every option of every command, subcommands included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from options_of(sub, f"{path} {name}")
        elif action.option_strings:
            yield path, action


def test_every_option_says_what_it_takes_and_what_it_is_for():
    """The usage line shows the README's placeholders (N, TEXT, FILE…), not argparse's
    upper-cased English option names (SEARCH, OUT…), and `-h` explains every option."""
    unexplained = [
        f"{command} {action.option_strings[-1]}"
        for command, action in options_of(build_parser())
        if not action.help
        or (action.nargs != 0 and action.metavar is None and action.choices is None)
    ]
    assert unexplained == []


def test_backup_and_restore_from_the_command_line(capsys, tmp_path):
    d = str(tmp_path / "office")
    main(["--data-dir", d, "demo", "--people", "100", "--villages", "3"])
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", d, "backup", "--to", str(tmp_path / "usb"))
    path = out.strip()
    assert code == 0 and path.endswith(".db")
    code, out, _ = run(capsys, "--data-dir", d, "restore", path)
    assert code == 0 and "Đã khôi phục" in out


def test_two_demo_communes_of_one_seed_are_different_communes(tmp_path, capsys):
    names = {}
    for code in ("06124", "06127"):
        d = str(tmp_path / code)
        main(
            ["--data-dir", d, "demo", "--people", "100", "--villages", "3", "--commune-code", code]
        )
        capsys.readouterr()
        main(["--data-dir", d, "list", "people", "--format", "json"])
        names[code] = {
            (p["id"], p["full_name"], p["id_number"]) for p in json.loads(capsys.readouterr().out)
        }
    assert not names["06124"] & names["06127"]


def test_print_consolidated_is_refused_at_a_commune_office(capsys, demo_dir, tmp_path):
    out = tmp_path / "tong-hop.pdf"
    code, _, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "print",
        "consolidated",
        "--report",
        "campaigns",
        "--year",
        "2026",
        "--out",
        str(out),
    )
    assert code == 1 and "chỉ in được ở đơn vị cấp trên" in err and not out.exists()


def _rank(name, word="duc"):
    """0: the given name starts with the word typed, 1: the family name does, 2: a middle name."""
    words = fold(name).split()
    return 0 if words[-1].startswith(word) else 1 if words[0].startswith(word) else 2


def test_people_search_ranks_given_name_then_family_then_middle(capsys, demo_dir):
    code, out, _ = run(
        capsys, "--data-dir", str(demo_dir), "list", "people", "--search", "duc", "--format", "json"
    )
    names = [r["full_name"] for r in json.loads(out)]
    ranks = [_rank(n) for n in names]
    assert code == 0 and ranks == sorted(ranks) and ranks[0] == 0 and 2 in ranks
    for group in (0, 1, 2):
        members = [n for n in names if _rank(n) == group]
        assert members == sorted(members, key=person_sort_key)


def test_setup_of_a_commune_loads_the_national_catalogue(capsys, tmp_path):
    """Issue 13 item 3: a new office records its first activity without loading anything first."""
    d = str(tmp_path / "new")
    assert (
        main(["--data-dir", d, "setup", "--role", "commune", "--name", "Hòa Cư", "--code", "06280"])
        == 0
    )
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", d, "list", "campaigns", "--format", "json")
    assert code == 0 and len([c for c in json.loads(out) if c["kind"] == "national"]) >= 5


def test_the_window_without_a_screen_is_a_plain_message(capsys, tmp_path, monkeypatch):
    """On a Linux session with no display (SSH), Qt would abort in English: the command says
    what to do instead, and makes nothing in the data folder."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "office"
    assert main(["--data-dir", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Không có màn hình để mở cửa sổ" in err and "Traceback" not in err
    assert not folder.exists()
