"""The fund ledger: numbering, balance, the twice-supported warning, the period's figures."""

import pytest

from desktop_app.core.errors import UserError, ValidationFailed


@pytest.fixture
def fund(store):
    return store.funds.ensure_default()


@pytest.fixture
def village(store):
    return store.villages.add({"name": "Bản Pò", "kind": "ban"})


@pytest.fixture
def poor(store, village):
    return store.people.add(
        {
            "full_name": "Hoàng Văn Tài",
            "sex": "male",
            "birth_date": "1960",
            "village_id": village["id"],
        }
    )


def receipt(store, fund, day, amount, name="Công ty TNHH Minh Phát", **extra):
    return store.fund_entries.add(
        {
            "fund_id": fund["id"],
            "direction": "receipt",
            "entry_date": day,
            "party_kind": "organisation",
            "party_name": name,
            "amount": amount,
            **extra,
        }
    )


def payment(store, fund, day, amount, person, purpose="illness", accept_warnings=False, **extra):
    return store.fund_entries.add(
        {
            "fund_id": fund["id"],
            "direction": "payment",
            "entry_date": day,
            "party_kind": "household",
            "person_id": person["id"],
            "amount": amount,
            "purpose": purpose,
            "decision_number": "15/QĐ-MTTQ-BTT",
            **extra,
        },
        accept_warnings=accept_warnings,
    )


def snapshot(store):
    return (
        store.db.execute("select count(*), max(rev) from fund_entries").fetchone(),
        store.db.execute("select count(*) from audit_log").fetchone()[0],
    )


def test_the_default_fund_is_made_once(store):
    first = store.funds.ensure_default()
    again = store.funds.ensure_default()
    assert first["id"] == again["id"] and first["key"] == "vi-nguoi-ngheo"
    assert store.funds.require_key("vi-nguoi-ngheo")["id"] == first["id"]
    with pytest.raises(UserError, match="Không có quỹ mã"):
        store.funds.require_key("khong-co")


def test_receipts_and_payments_are_numbered_per_fund_year_and_direction(store, fund, poor):
    relief = store.funds.add(
        {"key": "cuu-tro-bao-so-3", "name": "Quỹ cứu trợ bão số 3", "kind": "relief"}
    )
    r1 = receipt(store, fund, "2026-10-17", 5_000_000)
    r2 = receipt(store, fund, "2026-10-20", 2_500_000)
    other = receipt(store, relief, "2026-10-20", 1_000_000)
    p1 = payment(store, fund, "2026-10-25", 3_000_000, poor)
    nextyear = receipt(store, fund, "2025-01-05", 100_000)
    assert (r1["number"], r2["number"], other["number"], p1["number"], nextyear["number"]) == (
        1,
        2,
        1,
        1,
        1,
    )
    assert r1["campaign_month"] == 1 and nextyear["campaign_month"] == 0
    # a cancelled receipt keeps its number: the next one does not fill the hole
    store.fund_entries.delete(r2["id"])
    r3 = receipt(store, fund, "2026-11-01", 700_000)
    assert r3["number"] == 3
    numbers = [
        r[0]
        for r in store.db.execute(
            "select number from fund_entries where fund_id = ? and year = 2026 and direction = 'receipt' "
            "order by number",
            [fund["id"]],
        )
    ]
    assert numbers == [1, 2, 3]


def test_spending_beyond_the_balance_is_refused_and_changes_nothing(store, fund, poor):
    receipt(store, fund, "2026-10-17", 2_000_000)
    before = snapshot(store)
    with pytest.raises(ValidationFailed, match="Chi vượt số dư") as raised:
        payment(store, fund, "2026-10-20", 2_000_001, poor)
    assert raised.value.errors
    assert snapshot(store) == before
    # money received later does not pay for an earlier payment
    receipt(store, fund, "2026-11-01", 5_000_000)
    with pytest.raises(ValidationFailed, match="Chi vượt số dư"):
        payment(store, fund, "2026-10-20", 2_500_000, poor)
    payment(store, fund, "2026-11-02", 6_500_000, poor)
    assert store.funds.balance(fund["id"]) == 500_000


def test_a_receipt_spent_since_cannot_be_cancelled(store, fund, poor):
    r = receipt(store, fund, "2026-10-17", 2_000_000)
    payment(store, fund, "2026-10-20", 1_500_000, poor)
    with pytest.raises(UserError, match="Không hủy được"):
        store.fund_entries.delete(r["id"])
    assert store.fund_entries.get(r["id"]) is not None


def test_twice_supported_for_one_purpose_in_a_year_is_a_warning(store, fund, poor):
    receipt(store, fund, "2026-01-05", 10_000_000)
    payment(store, fund, "2026-02-01", 1_000_000, poor, purpose="illness")
    with pytest.raises(ValidationFailed) as raised:
        payment(store, fund, "2026-06-01", 1_000_000, poor, purpose="illness")
    assert raised.value.only_warnings and "đã được hỗ trợ" in str(raised.value)
    payment(store, fund, "2026-06-01", 1_000_000, poor, purpose="illness", accept_warnings=True)
    payment(
        store, fund, "2026-06-02", 1_000_000, poor, purpose="study"
    )  # another purpose: no warning


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount": 0}, "Số tiền phải lớn hơn 0"),
        ({"amount": -5}, "Số tiền phải lớn hơn 0"),
        ({"purpose": None}, "nội dung chi"),
        ({"decision_number": None}, "quyết định"),
        ({"entry_date": "2027-01-01"}, "sau ngày hôm nay"),
        ({"house_progress": "started"}, "Tiến độ"),
    ],
)
def test_a_payment_needs_its_purpose_decision_and_a_positive_amount(
    store, fund, poor, changes, message
):
    receipt(store, fund, "2026-01-05", 10_000_000)
    data = {
        "fund_id": fund["id"],
        "direction": "payment",
        "entry_date": "2026-03-01",
        "party_kind": "household",
        "person_id": poor["id"],
        "amount": 500_000,
        "purpose": "illness",
        "decision_number": "3/QĐ-MTTQ-BTT",
        **changes,
    }
    with pytest.raises(ValidationFailed, match=message):
        store.fund_entries.add(data)


def test_a_numbered_entry_keeps_its_fund_direction_and_year(store, fund):
    r = receipt(store, fund, "2026-10-17", 2_000_000)
    with pytest.raises(ValidationFailed, match="không đổi được"):
        store.fund_entries.update(r["id"], {"entry_date": "2025-10-17"})
    changed = store.fund_entries.update(r["id"], {"entry_date": "2026-10-18", "amount": 2_100_000})
    assert changed["number"] == 1 and changed["amount"] == 2_100_000


def test_period_figures_balance(store, fund, poor):
    receipt(store, fund, "2025-12-20", 4_000_000)
    receipt(store, fund, "2026-10-17", 3_000_000, in_kind="50 suất quà", in_kind_value=5_000_000)
    receipt(
        store,
        fund,
        "2026-10-18",
        0,
        name="Hội Phụ nữ",
        in_kind="Gạo 200 kg",
        in_kind_value=3_000_000,
    )
    payment(store, fund, "2026-10-25", 2_000_000, poor, purpose="illness")
    payment(
        store, fund, "2026-11-05", 4_500_000, poor, purpose="house_repair", house_progress="started"
    )
    period = store.fund_entries.period(fund["id"], "2026-01-01", "2026-12-31")
    assert period.opening == 4_000_000
    assert (period.received, period.receipts, period.in_kind_value) == (3_000_000, 2, 8_000_000)
    assert period.spent_by_purpose == {"house_repair": (1, 4_500_000), "illness": (1, 2_000_000)}
    assert period.closing == 500_000 == store.funds.balance(fund["id"])
    with pytest.raises(UserError):
        store.fund_entries.period(fund["id"], "2026-12-31", "2026-01-01")
    assert [e["amount"] for e in store.fund_entries.supported(poor["id"])] == [2_000_000, 4_500_000]
