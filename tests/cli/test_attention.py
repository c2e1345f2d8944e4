"""`somattran attention`: the overview's list, the same items and counts as the window (both read
store/attention.py), one a line with its commune, at an upper level and at a commune office."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.cli import main
from desktop_app.store import attention
from desktop_app.store.db import open_store
from tests.conftest import TODAY
from tests.reports.upper_store import COMMUNES, build_upper


@pytest.fixture(scope="module")
def upper_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("attention")
    build_upper(root, TODAY)
    return root / "upper"


def items_of(data_dir: Path) -> list[attention.Attention]:
    store = open_store(paths.database_path(data_dir))
    try:
        return attention.items(store)
    finally:
        store.close()


def run(capsys: pytest.CaptureFixture, data_dir: Path, *args: str) -> str:
    assert main(["--data-dir", str(data_dir), "attention", *args]) == 0
    return capsys.readouterr().out


def test_upper_attention_as_json_is_the_overview_list(capsys, upper_dir: Path) -> None:
    data = json.loads(run(capsys, upper_dir, "--format", "json"))
    wanted = items_of(upper_dir)
    assert data["role"] == "upper" and len(data["items"]) == len(wanted) > 0
    assert [{k: v for k, v in i.items() if k != "commune"} for i in data["items"]] == [
        i.as_dict() for i in wanted
    ]
    assert data["counts"] == dict(Counter(i.group for i in wanted))
    bodies = [i for i in data["items"] if i["group"] == "Ban chưa đúng quy định"]
    assert bodies and {i["commune_code"] for i in bodies} <= {code for code, _ in COMMUNES}
    assert all(i["commune"].endswith(f"({i['commune_code']})") for i in bodies)


def test_upper_attention_as_a_table_one_line_an_item_with_its_commune(
    capsys, upper_dir: Path
) -> None:
    lines = run(capsys, upper_dir).splitlines()
    wanted = items_of(upper_dir)
    assert lines[0].startswith("Xã") and set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + len(wanted)
    for line, item in zip(lines[2:], wanted, strict=True):
        assert item.text in line and item.detail in line and item.group in line
        if item.commune_code:
            assert line.split("  ")[0].endswith(f"({item.commune_code})")


def test_attention_at_a_commune_office(capsys, tmp_path: Path) -> None:
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "demo",
                "--people",
                "300",
                "--villages",
                "4",
                "--seed",
                "2",
            ]
        )
        == 0
    )
    capsys.readouterr()
    data = json.loads(run(capsys, tmp_path, "--format", "json"))
    wanted = items_of(tmp_path)
    assert data["role"] == "commune" and len(data["items"]) == len(wanted) > 0
    assert [i["text"] for i in data["items"]] == [i.text for i in wanted]
    assert len(run(capsys, tmp_path).splitlines()) == 2 + len(wanted)


def test_attention_before_setting_up_says_what_to_do(capsys, tmp_path: Path) -> None:
    shutil.rmtree(tmp_path, ignore_errors=True)
    open_store(paths.database_path(tmp_path)).close()
    assert main(["--data-dir", str(tmp_path), "attention"]) != 0
    assert "somattran setup" in capsys.readouterr().err
