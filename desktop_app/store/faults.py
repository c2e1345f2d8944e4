"""Faults of a real office PC as plain Vietnamese messages: a full disk, a read-only stick, no
permission, a missing file, a path too long, a name that is not UTF-8, a busy database.

`explain(exc)` is what the command line's handler (cli/entry.py) and the window's
(gui/errors_dialog.py, gui/worker.py) show for an expected failure; None means "unexpected":
log the detail and show the report."""

from __future__ import annotations

import errno
import os
import sqlite3

from desktop_app.core.errors import UserError

DISK_FULL = (
    "Ổ đĩa đã đầy{where}: không ghi được. Không có gì bị ghi dở. "
    "Hãy xóa bớt tệp hoặc chọn ổ khác rồi làm lại."
)
READ_ONLY = (
    "Không ghi được{where}: ổ chỉ đọc (đĩa CD, thẻ nhớ hoặc USB bị gạt khóa ghi). "
    "Hãy bỏ khóa ghi hoặc chọn ổ khác rồi làm lại."
)
DENIED = (
    "Không có quyền truy cập{where}. Hãy chọn thư mục khác trong thư mục của người dùng, "
    "hoặc nhờ người quản trị máy cấp quyền."
)
NOT_FOUND = "Không tìm thấy{where}. Hãy kiểm tra lại đường dẫn (USB còn cắm không?)."
TOO_LONG = (
    "Đường dẫn quá dài{where}. Hãy chọn thư mục có đường dẫn ngắn hơn "
    "(ví dụ ngay trong ổ đĩa hoặc thư mục Tài liệu)."
)
NOT_A_FOLDER = (
    "Đường dẫn{where} không phải là thư mục (một phần của nó là một tệp). Hãy chọn một thư mục."
)
IS_A_FILE = (
    "“{path}” là một tệp, không phải thư mục. Hãy chọn một thư mục "
    "(với --data-dir: thư mục dữ liệu, không phải tệp cơ sở dữ liệu)."
)
BAD_BYTES = (
    "Tên tệp, thư mục hoặc nội dung gõ vào có ký tự không đọc được (không phải mã UTF-8). "
    "Hãy đổi tên thư mục, tệp (chỉ dùng chữ tiếng Việt có dấu bình thường) hoặc gõ lại."
)
BUSY = "Dữ liệu đang được dùng bởi một chương trình khác, thử lại sau."
NO_MEMORY = "Máy không đủ bộ nhớ để làm việc này. Hãy đóng bớt chương trình khác rồi làm lại."
DEVICE = (
    "Không đọc hoặc ghi được{where}: ổ đĩa hoặc USB bị lỗi hay đã bị rút ra. "
    "Hãy cắm lại rồi làm lại."
)


def shown_path(path: object) -> str:
    """A path as text that can always be printed (undecodable bytes shown as \\xNN)."""
    text = os.fsdecode(path) if isinstance(path, (bytes, os.PathLike)) else str(path)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _where(exc: OSError) -> str:
    name = exc.filename
    if name is None:
        return ""
    text = shown_path(name)
    if len(text) > 120:
        text = text[:60] + "…" + text[-50:]
    return f" (“{text}”)"


def os_error_message(exc: OSError) -> str | None:
    code = exc.errno
    where = _where(exc)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DISK_FULL.format(where=where)
    if code == errno.EROFS:
        return READ_ONLY.format(where=where)
    if code in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return DENIED.format(where=where)
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return TOO_LONG.format(where=where)
    if code == errno.ENOTDIR:
        return NOT_A_FOLDER.format(where=where)
    if code == errno.EEXIST and exc.filename is not None and os.path.isfile(exc.filename):
        return IS_A_FILE.format(path=shown_path(exc.filename))
    if code == errno.ENOENT:
        return NOT_FOUND.format(where=where)
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV):
        return DEVICE.format(where=where)
    return None


def sqlite_error_message(exc: sqlite3.Error) -> str | None:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DISK_FULL.format(where="")
    if "readonly" in text or "read-only" in text:
        return READ_ONLY.format(where="")
    if "locked" in text or "busy" in text:
        return BUSY
    if "disk i/o error" in text:
        return DEVICE.format(where="")
    if "unable to open" in text:
        return (
            "Không mở được tệp cơ sở dữ liệu. Hãy kiểm tra thư mục dữ liệu còn đó, ghi được, "
            "và đường dẫn không quá dài."
        )
    if "too large" in text or "too big" in text or "too many" in text:
        return "Nội dung gõ vào quá dài. Hãy rút ngắn rồi làm lại."
    return None


def has_bad_bytes(text: str) -> bool:
    """Whether text carries bytes that were not UTF-8 (os/sys keep them as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def explain(exc: BaseException) -> str | None:
    """The plain message for an expected failure; None for one nobody expected."""
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, OSError):
        return os_error_message(exc)
    if isinstance(exc, sqlite3.Error):
        return sqlite_error_message(exc)
    if isinstance(exc, UnicodeEncodeError) and "surrogate" in str(exc):
        return BAD_BYTES
    if isinstance(exc, MemoryError):
        return NO_MEMORY
    if isinstance(exc, RecursionError):
        return "Nội dung gõ vào quá dài hoặc quá phức tạp. Hãy rút ngắn rồi làm lại."
    return None
