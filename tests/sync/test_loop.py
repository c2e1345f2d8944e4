"""The whole loop on the command line, as a new user would run it: three demo communes export
to a folder standing for the stick, the upper level imports them, the receipts go back, a
second round of edits travels incrementally."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli import main
from desktop_app.store.db import open_store
from tests.sync.conftest import copies_equal

COMMUNES = {"06280": 1, "06283": 2, "06286": 3}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_three_communes_round_trip(tmp_path: Path, capsys):
    stick = tmp_path / "usb"
    stick.mkdir()
    up = tmp_path / "province"
    code, out, _ = run(
        capsys,
        "--data-dir",
        up,
        "setup",
        "--role",
        "upper",
        "--name",
        "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn",
        "--code",
        "20",
    )
    assert code == 0 and "Dấu vân tay" in out
    code, out, err = run(capsys, "--data-dir", up, "key", "--export", stick)
    key_file = Path(out.strip())
    assert code == 0 and key_file.exists() and "Dấu vân tay" in err

    bundles = {}
    for commune, seed in COMMUNES.items():
        folder = tmp_path / commune
        assert (
            run(
                capsys,
                "--data-dir",
                folder,
                "demo",
                "--people",
                150,
                "--villages",
                4,
                "--seed",
                seed,
                "--commune-code",
                commune,
            )[0]
            == 0
        )
        code, out, _ = run(capsys, "--data-dir", folder, "key", "--trust", key_file)
        assert code == 0 and "Đã tin cậy" in out
        code, out, err = run(capsys, "--data-dir", folder, "export", "--to", stick)
        bundles[commune] = Path(out.strip())
        assert code == 0 and bundles[commune].is_file() and "mã hóa cho" in err

    code, out, _ = run(capsys, "verify", bundles["06280"])
    assert code == 0 and "chữ ký số: đúng" in out and "CHƯA đối chiếu người ký" in out

    files = sorted(str(p) for p in bundles.values())
    code, out, _ = run(capsys, "--data-dir", up, "import", "--dry-run", *files)
    assert code == 0 and out.count("chạy thử") == 3 and out.count("Cần ghi nhận khóa") == 3
    code, out, err = run(capsys, "--data-dir", up, "import", *files)
    assert code == 1 and err.count("chưa được ghi nhận") == 3
    code, out, _ = run(capsys, "--data-dir", up, "import", "--enrol", *files)
    assert code == 0 and out.count("đã nhập:") == 3 and out.count("Biên nhận:") == 3

    for commune in COMMUNES:
        receipt = next(stick.glob(f"biennhan-{commune}-000001.smtr"))
        code, out, _ = run(capsys, "--data-dir", tmp_path / commune, "import", receipt)
        assert code == 0 and "xác nhận tới gói số 1" in out

    # second round: the communes edit, export incrementally, the upper level imports
    second = []
    for commune in COMMUNES:
        store = open_store(tmp_path / commune / "somattran.db")
        try:
            people = store.people.all()
            store.people.update(people[0]["id"], {"phone": "0912000111"})
            store.people.update(people[1]["id"], {"notes": "Chuyển đến từ xã bên"})
        finally:
            store.close()
        code, out, err = run(capsys, "--data-dir", tmp_path / commune, "export", "--to", stick)
        assert code == 0 and "nối tiếp gói số 1" in err
        second.append(out.strip())
    code, out, _ = run(capsys, "--data-dir", up, "import", *second)
    assert code == 0 and out.count("Người: 0 mới, 2 sửa, 0 xóa, 0 không đổi") == 3

    code, out, _ = run(capsys, "--data-dir", up, "import", *second)  # the same again
    assert code == 0 and out.count("không có gì thay đổi") == 3

    upper = open_store(up / "somattran.db")
    try:
        for commune in COMMUNES:
            store = open_store(tmp_path / commune / "somattran.db")
            try:
                assert copies_equal(upper, store)
            finally:
                store.close()
    finally:
        upper.close()

    code, out, _ = run(capsys, "--data-dir", up, "communes")
    assert code == 0 and all(c in out for c in COMMUNES) and "QUÁ HẠN" not in out
    code, out, _ = run(capsys, "--data-dir", up, "import-record", "--out", tmp_path / "bb.pdf")
    assert code == 0 and (tmp_path / "bb.pdf").read_bytes().startswith(b"%PDF")


def test_command_line_refusals(tmp_path: Path, capsys):
    damaged = tmp_path / "06280-000001-20251118.smtb"
    damaged.write_bytes(b"PK\x03\x04 not really a bundle")
    code, out, err = run(capsys, "verify", damaged)
    assert code == 1 and out == "" and err.startswith("Lỗi: ") and "cắt cụt" in err
    code, _, err = run(capsys, "--data-dir", tmp_path / "nowhere", "export", "--to", tmp_path)
    assert code == 1 and "Không tìm thấy cơ sở dữ liệu" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        tmp_path / "c",
        "setup",
        "--role",
        "commune",
        "--name",
        "Hòa Cư",
        "--code",
        "123",
    )
    assert code == 1 and "5 chữ số" in err
