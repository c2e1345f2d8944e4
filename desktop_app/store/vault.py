"""The key file beside an office's encrypted database: the database key, wrapped once per account.

The database is encrypted by SQLCipher with a random 256-bit key. That key is never stored as
it is: for each account, a key derived from the account's password (scrypt, from the
`cryptography` package) wraps it with AES-256-GCM, the account's name bound in as associated
data, so a password change rewraps one entry and disabling an account removes its entry. The
wrapped keys must be readable before the database opens, so they live in a small JSON file
beside it (`somattran.keys`, owner-only), mirrored inside the encrypted database (the `accounts`
table) so that a damaged key file can be written again.

The recovery key is the database key itself, written for people (52 letters and digits in
groups of four) and printed once on the recovery sheet. It opens the database and every backup
of it without any key file — a lost or damaged key file, or a backup whose passwords nobody
remembers, still opens with it; a wrap inside the key file would be lost with the file.

Failed log-ins are counted here (the database cannot be written before it opens): after five,
each further attempt must wait, longer each time, and the failures go into the audit trail at
the next successful log-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import unicodedata
from pathlib import Path
from typing import Any

from desktop_app.core.errors import UserError

FORMAT = "somattran-keys"
VERSION = 1
KEY_BYTES = 32
# scrypt: 2**15 × 8 × 128 bytes = 32 MB and ~0.1 s a try on the office PC; stored per entry,
# so a later version can raise it for new passwords without breaking older ones.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSWORD = 8
FREE_FAILURES = 5  # failures before the wait begins
MAX_WAIT = 300  # seconds
RECOVERY_USER = "(khóa khôi phục)"


class KeyFileError(UserError):
    """The key file is missing or damaged."""


class LoginFailed(UserError):
    pass


class WrongPassword(LoginFailed):
    pass


class AccountDisabled(LoginFailed):
    pass


class MustWait(LoginFailed):
    def __init__(self, seconds: int) -> None:
        super().__init__(f"Đã nhập sai mật khẩu nhiều lần. Hãy đợi {seconds} giây rồi thử lại.")
        self.seconds = seconds


def keys_path(db_path: Path) -> Path:
    return Path(db_path).with_suffix(".keys")


def name_key(name: str) -> str:
    """Account names compare without case and after NFC ("Hòa" typed either way is one name)."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name or "").strip()
    if not name or len(name) > 60 or any(c in name for c in "\n\r\t"):
        raise UserError("Tên tài khoản phải có từ 1 đến 60 ký tự, trên một dòng.")
    return name


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise UserError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.")


# ---- the database key and the recovery key -----------------------------------------------
def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def recovery_text(key: bytes) -> str:
    """The database key as 13 groups of 4 (RFC 4648 base32: A–Z and 2–7, no 0, 1, 8 or 9)."""
    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes | None:
    """The key from a recovery key as typed (spaces, dashes, lower case, 0/1/8 for O/I/B), or None."""
    cleaned = "".join(c for c in (text or "").upper() if c.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 52:
        return None
    try:
        key = base64.b32decode(cleaned + "====")
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def key_check(key: bytes) -> str:
    """A short tag of the key, to tell a wrong recovery key from a database of another office."""
    return base64.b64encode(
        hmac.new(key, b"somattran-key-check", hashlib.sha256).digest()[:16]
    ).decode()


# ---- wrapping ------------------------------------------------------------------------------
def _kek(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(
        unicodedata.normalize("NFC", password).encode("utf-8")
    )


def _aad(name: str) -> bytes:
    return b"somattran-account:" + name_key(name).encode("utf-8")


def wrap(key: bytes, name: str, password: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, key, _aad(name))
    return {
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
    }


def unwrap(entry: dict[str, Any], name: str, password: str) -> bytes | None:
    """The database key, or None when the password is not this account's."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if entry.get("kdf") != "scrypt":
            raise ValueError(entry.get("kdf"))
        salt, nonce, wrapped = (base64.b64decode(entry[k]) for k in ("salt", "nonce", "wrapped"))
        kek = _kek(password, salt, int(entry["n"]), int(entry["r"]), int(entry["p"]))
    except (KeyError, TypeError, ValueError):
        raise KeyFileError(
            "Tệp khóa bị hỏng (mục của tài khoản không đọc được). "
            "Hãy đăng nhập bằng khóa khôi phục để tạo lại tệp khóa."
        ) from None
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, _aad(name))
    except InvalidTag:
        return None


# ---- the file ------------------------------------------------------------------------------
def new_keyfile(key: bytes) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "check": key_check(key),
        "accounts": {},
        "failures": {},
        "pending": [],
    }


def read(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.exists():
        raise KeyFileError(
            f"Không tìm thấy tệp khóa “{path.name}” bên cạnh dữ liệu. "
            "Hãy đăng nhập bằng khóa khôi phục (in trên Phiếu khóa khôi phục)."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ok = (
            isinstance(data, dict)
            and data.get("format") == FORMAT
            and isinstance(data.get("accounts"), dict)
            and isinstance(data.get("check"), str)
        )
    except (OSError, UnicodeDecodeError, ValueError):
        ok = False
    if not ok:
        raise KeyFileError(
            f"Tệp khóa “{path.name}” bị hỏng. Dữ liệu không bị mất: hãy đăng nhập bằng "
            "khóa khôi phục (in trên Phiếu khóa khôi phục) để tạo lại tệp khóa."
        )
    if data.get("version", 0) > VERSION:
        raise KeyFileError(
            "Tệp khóa do phiên bản Sổ Mặt trận mới hơn tạo ra. Hãy cập nhật chương trình."
        )
    data.setdefault("failures", {})
    data.setdefault("pending", [])
    return data


def write(path: Path, data: dict[str, Any]) -> None:
    """Written aside with owner-only permissions, then swapped in."""
    path = Path(path)
    tmp = path.with_suffix(".keys-new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    restrict(path)


def restrict(path: Path) -> None:
    """Owner-only permissions where the platform has them (on Windows the user's profile folder
    is already private to the user)."""
    if os.name == "posix" and Path(path).exists():
        os.chmod(path, 0o600)


# ---- log-in --------------------------------------------------------------------------------
def wait_for(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong passwords in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_WAIT, 5 * 2 ** (failures - FREE_FAILURES))


def unlock(
    path: Path, name: str, password: str, now: float | None = None
) -> tuple[bytes, str | None]:
    """The database key and the account's name as stored (None for the recovery key).

    A wrong password is counted in the key file; so is a wrong recovery key (under its name).
    """
    now = time.time() if now is None else now
    recovery = parse_recovery(password) if password else None
    try:
        data = read(path)
    except KeyFileError:
        if recovery is not None:  # the caller tries it on the database itself
            return recovery, None
        raise
    if recovery is not None and hmac.compare_digest(key_check(recovery), data["check"]):
        return recovery, None
    who = name_key(name or RECOVERY_USER)
    failed = data["failures"].get(who, {})
    count = int(failed.get("count", 0))
    wait = int(float(failed.get("last", 0)) + wait_for(count) - now)
    if count >= FREE_FAILURES and wait > 0:
        raise MustWait(wait)
    entry = data["accounts"].get(who)
    if entry is not None and entry.get("disabled"):
        raise AccountDisabled(
            f"Tài khoản “{entry.get('name', name)}” đã bị khóa. Hãy hỏi lãnh đạo Ban Thường trực."
        )
    key = unwrap(entry, entry.get("name", name), password) if entry is not None else None
    if key is not None and hmac.compare_digest(key_check(key), data["check"]):
        if who in data["failures"]:
            del data["failures"][who]
            write(path, data)
        return key, entry.get("name", name)
    data["failures"][who] = {"count": count + 1, "last": now}
    data["pending"] = (data["pending"] + [{"at": now, "user": name or RECOVERY_USER}])[-200:]
    write(path, data)
    if count + 1 >= FREE_FAILURES:
        raise WrongPassword(
            f"Tên tài khoản hoặc mật khẩu không đúng (sai {count + 1} lần liên tiếp; "
            f"lần sau phải đợi {wait_for(count + 1)} giây)."
        )
    raise WrongPassword("Tên tài khoản hoặc mật khẩu không đúng.")


def take_pending(path: Path) -> list[dict[str, Any]]:
    """The failed log-ins not yet in the audit trail (removed from the file)."""
    try:
        data = read(path)
    except KeyFileError:
        return []
    pending = data.get("pending") or []
    if pending:
        data["pending"] = []
        write(path, data)
    return pending


def set_entry(path: Path, key: bytes, name: str, entry: dict[str, Any] | None) -> dict[str, Any]:
    """Put (or, with None, mark disabled) one account's entry; a damaged or missing file is made anew."""
    try:
        data = read(path)
    except KeyFileError:
        data = new_keyfile(key)
    if entry is None:
        data["accounts"][name_key(name)] = {"name": name, "disabled": True}
    else:
        data["accounts"][name_key(name)] = {"name": name, **entry}
    write(path, data)
    return data
