"""Where a bundle stands in its commune's sequence: every case, without files."""

from __future__ import annotations

import uuid

import pytest

from desktop_app.sync.bundle import BundleHeader
from desktop_app.sync.errors import ReplayedBundle, SequenceGap
from desktop_app.sync.lineage import check_sequence

DB = str(uuid.uuid4())
INSTALL = str(uuid.uuid4())
BASE = str(uuid.uuid4())


def header(
    sequence=3,
    base_sequence=2,
    base_id=BASE,
    full=False,
    database_id=DB,
    installation_id=INSTALL,
    bundle_id=None,
) -> BundleHeader:
    return BundleHeader(
        "06280",
        "Hòa Cư",
        installation_id,
        database_id,
        bundle_id or str(uuid.uuid4()),
        sequence,
        0 if full else base_sequence,
        0 if full else 10,
        20,
        full,
        "2025-11-18T00:00:00Z",
        "0.1.0",
        2,
        base_bundle_id=None if full or not base_sequence else base_id,
    )


def lineage(last=2, database_id=DB, installation_id=INSTALL, current=1) -> dict:
    return {
        "database_id": database_id,
        "installation_id": installation_id,
        "last_sequence": last,
        "current": current,
    }


def imported(*ids):
    return set(ids).__contains__


def test_first_bundle_of_a_commune():
    check = check_sequence(header(1, 0), "xã A", [], imported())
    assert check.status == "import" and check.new_commune and not check.confirmations


def test_already_imported_is_a_repeat():
    h = header()
    assert check_sequence(h, "xã A", [lineage(3)], imported(h.bundle_id)).status == "repeat"


def test_next_bundle_and_overlap():
    assert check_sequence(header(3, 2), "xã A", [lineage(2)], imported(BASE)).status == "import"
    # bundle 4 still based on 2 (no receipt yet) after 3 was imported: accepted, overlaps
    assert check_sequence(header(4, 2), "xã A", [lineage(3)], imported(BASE)).status == "import"


def test_gap_names_the_missing_bundles():
    with pytest.raises(SequenceGap) as info:
        check_sequence(header(6, 5), "xã A", [lineage(2)], imported())
    assert (info.value.first, info.value.last) == (3, 5)
    assert "Thiếu gói số 3–5" in info.value.message


def test_gap_of_one_bundle():
    with pytest.raises(SequenceGap) as info:
        check_sequence(header(2, 1), "xã A", [], imported())
    assert "Thiếu gói số 1 " in info.value.message


def test_full_bundle_is_always_accepted_in_sequence():
    assert check_sequence(header(9, full=True), "xã A", [lineage(2)], imported()).status == "import"


def test_older_bundle_replayed():
    with pytest.raises(ReplayedBundle) as info:
        check_sequence(header(2, 1), "xã A", [lineage(5)], imported(BASE))
    assert "cũ hơn gói số 5" in info.value.message


def test_same_number_from_a_copied_database():
    with pytest.raises(ReplayedBundle) as info:
        check_sequence(header(5, 2), "xã A", [lineage(5)], imported(BASE))
    assert "hai bản sao" in info.value.message


def test_restore_is_a_warning_to_confirm():
    restored = str(uuid.uuid4())
    check = check_sequence(header(3, 2, database_id=restored), "xã A", [lineage(7)], imported(BASE))
    assert check.status == "import"
    assert "khôi phục" in check.confirmations[0] and "lùi từ 7 về 3" in check.confirmations[0]


def test_new_installation_is_a_warning():
    check = check_sequence(
        header(1, 0, database_id=str(uuid.uuid4()), installation_id=str(uuid.uuid4())),
        "xã A",
        [lineage(4)],
        imported(),
    )
    assert "bản cài đặt khác" in check.confirmations[0]


def test_two_databases_alternating():
    other = str(uuid.uuid4())
    lineages = [lineage(4, current=0), lineage(2, database_id=other, current=1)]
    check = check_sequence(header(5, 2), "xã A", lineages, imported(BASE))
    assert "hai cơ sở dữ liệu" in check.confirmations[0].lower()


def test_an_absurd_jump_in_sequence_is_a_stated_gap_refused():
    """Issue 11, failure 12: sequence 999999 signed by the commune's own key would make every later
    real bundle look replayed."""
    with pytest.raises(SequenceGap, match="nhảy quá xa") as refused:
        check_sequence(header(999_999, 2), "xã A", [lineage(last=2)], imported(BASE))
    assert (refused.value.first, refused.value.last) == (3, 999_998)
    assert (
        check_sequence(header(40, 2), "xã A", [lineage(last=2)], imported(BASE)).status == "import"
    )
