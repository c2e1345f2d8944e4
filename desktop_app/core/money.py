"""Money in whole đồng: the amount written in Vietnamese words, as on a receipt voucher.

"Bằng chữ: Hai triệu năm trăm nghìn đồng." The reading follows the way accountants write it:
groups of three digits under nghìn, triệu, tỷ (and nghìn tỷ, triệu tỷ … by repeating tỷ);
a group that is zero is left out; a group after the first says its hundreds even when they are
zero ("không trăm"); a lone unit after a zero ten is "linh" (or "lẻ", a setting); the unit one
after a ten of twenty or more is "mốt", five after any ten is "lăm", and ten itself is "mười".
"""

from __future__ import annotations

from desktop_app.core.text import thousands

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu")
MAX_AMOUNT = 10**18 - 1  # far above any fund; a larger number is a typing error


def _tens_and_units(tens: int, units: int, odd: str) -> list[str]:
    if tens == 0:
        return [odd, DIGITS[units]] if units else []
    words = ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    if units == 1 and tens >= 2:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _three(n: int, full: bool, odd: str) -> list[str]:
    """0 < n < 1000; full: a group after the first, which says "không trăm"."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if hundreds or full:
        words += _tens_and_units(tens, units, odd)
    else:  # the leading group under a hundred: "mười lăm", "năm", never "linh năm"
        words += _tens_and_units(tens, units, odd) if tens else [DIGITS[units]]
    return words


def _below_billion(n: int, leading: bool, odd: str) -> list[str]:
    """0 < n < 10**9 as words; leading: nothing is said before it."""
    groups = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if not g:
            continue
        words += _three(g, full=not (leading and not words), odd=odd)
        if GROUPS[index]:
            words.append(GROUPS[index])
    return words


def number_words(n: int, odd: str = "linh") -> str:
    """The whole number n ≥ 0 in Vietnamese words, lower case: 1_000_005 → "một triệu không trăm linh năm"."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 0 or n > MAX_AMOUNT:
        raise ValueError(f"không đọc được số {n!r}")
    if n == 0:
        return "không"
    words: list[str] = []
    # Each tỷ level: the part above a billion is read on its own, then "tỷ", then the rest.
    billions, rest = divmod(n, 10**9)
    if billions:
        words += number_words(billions, odd).split() + ["tỷ"]
    if rest:
        words += _below_billion(rest, leading=not words, odd=odd)
    return " ".join(words)


def amount_in_words(amount: int, odd: str = "linh") -> str:
    """ "Hai triệu năm trăm nghìn đồng": the sentence for "Bằng chữ" on a voucher."""
    text = number_words(amount, odd) + " đồng"
    return text[0].upper() + text[1:]


format_dong = thousands  # 1234567 → "1.234.567"; None → ""
