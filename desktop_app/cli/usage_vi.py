"""argparse's own words in Vietnamese: the usage line, the help's headings and the messages of
bad usage ("invalid choice", "expected one argument", "unrecognized arguments"…).

argparse looks its strings up through the module's `_` and `ngettext` (gettext) when it uses
them; `install()` points those at the table below, once, in the command line's process. The
messages a programmer meets while building a parser (a conflicting option…) stay as they are.
"""

from __future__ import annotations

import argparse

WORDS: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số theo thứ tự",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "không hiểu: %s",
    "not allowed with argument %s": "không dùng cùng %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "the following arguments are required: %s": "còn thiếu: %s",
    "one of the arguments %s is required": "cần một trong: %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s chưa rõ là tùy chọn nào: %(matches)s"
    ),
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có %(value)r; hãy chọn một trong: %(choices)s"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
}
PLURALS: dict[str, str] = {"expected %s argument": "cần %s giá trị"}


def gettext(message: str) -> str:
    return WORDS.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if singular in PLURALS:
        return PLURALS[singular]
    return singular if n == 1 else plural


def install() -> None:
    """argparse speaks Vietnamese in this process from now on."""
    setattr(argparse, "_", gettext)  # noqa: B010 - argparse's own lookup, not an attribute of ours
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
