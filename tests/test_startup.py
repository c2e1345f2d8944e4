"""Before Qt: the log file and the office's database, with the demo commune on request."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.startup import open_office

pytestmark = pytest.mark.usefixtures("own_log_handlers")


def test_an_empty_folder_gets_the_demo_commune_once(tmp_path: Path) -> None:
    store = open_office(str(tmp_path), demo_if_new=True)
    assert not isinstance(store, str)
    try:
        assert store.office()["commune_name"]
        people = store.people.count_query()
        assert people > 0
    finally:
        store.close()
    assert (paths.logs_dir(tmp_path) / "somattran.log").read_text(encoding="utf-8").count(
        "starting"
    ) == 1
    again = open_office(str(tmp_path), demo_if_new=True)
    assert not isinstance(again, str)
    try:
        assert again.people.count_query() == people
    finally:
        again.close()


def test_without_the_demo_an_empty_folder_opens_for_the_first_run(tmp_path: Path) -> None:
    store = open_office(str(tmp_path))
    assert not isinstance(store, str)
    try:
        assert store.office() is None
    finally:
        store.close()


def test_a_file_that_is_not_a_database_gives_a_message_and_stays_as_it_was(tmp_path: Path) -> None:
    target = paths.database_path(tmp_path)
    target.write_bytes(b"Bang ke thang 11\n" * 200)
    message = open_office(str(tmp_path), demo_if_new=True)
    assert isinstance(message, str)
    assert "không phải cơ sở dữ liệu của Sổ Mặt trận" in message
    assert target.read_bytes() == b"Bang ke thang 11\n" * 200


@pytest.mark.parametrize("case", ["file", "under-file", "too-long"])
def test_a_bad_data_folder_is_a_message_for_the_window(tmp_path: Path, case: str) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    folder = {"file": a_file, "under-file": a_file / "sub", "too-long": tmp_path / ("a" * 300)}[
        case
    ]
    said = open_office(str(folder))
    assert isinstance(said, str) and said
