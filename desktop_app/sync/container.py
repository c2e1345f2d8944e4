"""The canonical zip every sync file is: a plain zip any tool can open, read strictly.

The writer makes exactly one byte layout for a given list of entries: STORED entries (no zip
compression, so no zip bomb), a fixed date of 1980-01-01, no extra fields, no comments, ASCII
names from a small safe alphabet. The reader refuses any file that is not that layout byte for
byte: it parses the central directory, checks every name, then writes the entries again and
compares. So every byte of the file is covered — a flipped byte in a header is refused just
like one in the data, and the data itself is covered by the SHA-256 sums in the signed manifest.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from desktop_app.sync.errors import (
    BundleCorrupt,
    BundleTooLarge,
    BundleUnreadable,
    BundleUnsafe,
)

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 64
MAX_NAME_LENGTH = 128

_LOCAL = struct.Struct("<IHHHHHIIIHH")  # 30 bytes
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes
_END = struct.Struct("<IHHHHIIH")  # 22 bytes
_LOCAL_SIG = 0x04034B50
_CENTRAL_SIG = 0x02014B50
_END_SIG = 0x06054B50
_VERSION = 20  # 2.0: the oldest version with folders; made by MS-DOS, so no Unix modes
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0
_STORED = 0

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.\-]*(/[a-z0-9][a-z0-9_.\-]*)?$")


def _check_name(name: str) -> None:
    if len(name) > MAX_NAME_LENGTH or not _NAME.match(name) or ".." in name:
        raise BundleUnsafe(
            f"Tệp có một mục mang tên không an toàn «{name}». Chương trình không bao giờ ghi tên "
            "như vậy: tệp đã bị sửa hoặc do chương trình khác tạo ra. Không dùng tệp này; hãy "
            "xuất lại gói ở xã."
        )


def write_container(entries: list[tuple[str, bytes]]) -> bytes:
    """The canonical zip holding entries in the given order."""
    if len(entries) > MAX_ENTRIES:
        raise ValueError("too many entries")
    seen: set[str] = set()
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        _check_name(name)
        if name in seen:
            raise ValueError(f"duplicate entry {name}")
        seen.add(name)
        encoded = name.encode("ascii")
        crc = zlib.crc32(data)
        offset = len(out)
        out += _LOCAL.pack(
            _LOCAL_SIG,
            _VERSION,
            0,
            _STORED,
            _DOS_TIME,
            _DOS_DATE,
            crc,
            len(data),
            len(data),
            len(encoded),
            0,
        )
        out += encoded
        out += data
        central += _CENTRAL.pack(
            _CENTRAL_SIG,
            _VERSION,
            _VERSION,
            0,
            _STORED,
            _DOS_TIME,
            _DOS_DATE,
            crc,
            len(data),
            len(data),
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += encoded
    cd_offset = len(out)
    out += central
    out += _END.pack(_END_SIG, 0, 0, len(entries), len(entries), len(central), cd_offset, 0)
    if len(out) > MAX_FILE_BYTES:
        raise BundleTooLarge(
            f"Gói quá lớn ({len(out) // (1024 * 1024)} MB, tối đa "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)."
        )
    return bytes(out)


def _unreadable() -> BundleUnreadable:
    return BundleUnreadable(
        "Tệp không phải là gói đồng bộ của Sổ Mặt trận, hoặc đã bị cắt cụt (thường do rút USB "
        "khi đang ghi). Hãy xuất lại gói ở xã rồi chép lại vào USB."
    )


def _structure_changed() -> BundleCorrupt:
    return BundleCorrupt(
        "Gói đồng bộ bị hỏng: cấu trúc của tệp đã bị thay đổi so với lúc xuất (USB lỗi hoặc tệp "
        "bị sửa). Hãy xuất lại gói ở xã rồi chép lại vào USB."
    )


def read_container(raw: bytes, check: bool = True) -> list[tuple[str, bytes]]:
    """The entries of a canonical zip, in order; refuses anything else with a clear message.

    check=False skips what reads every byte (each entry's CRC, the byte-for-byte comparison with
    the canonical layout): for a first look at a file that is checked in full before use, or for
    bytes whose SHA-256 the caller found among files it checked in full before."""
    if len(raw) > MAX_FILE_BYTES:
        raise BundleTooLarge(
            f"Tệp quá lớn ({len(raw) // (1024 * 1024)} MB, tối đa "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB): không phải gói đồng bộ của một xã."
        )
    if len(raw) < _END.size:
        raise _unreadable()
    (sig, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment_len) = _END.unpack_from(
        raw, len(raw) - _END.size
    )
    if sig != _END_SIG:
        raise _unreadable()
    if disk or cd_disk or on_disk != total or comment_len:
        raise _structure_changed()
    if total > MAX_ENTRIES:
        raise BundleUnsafe(
            f"Tệp có {total} mục, nhiều hơn mọi gói đồng bộ thật (tối đa {MAX_ENTRIES}). "
            "Không dùng tệp này; hãy xuất lại gói ở xã."
        )
    cd_end = cd_offset + cd_size
    if cd_end != len(raw) - _END.size:
        raise _unreadable() if cd_end > len(raw) else _structure_changed()

    names: list[str] = []
    spans: list[tuple[int, int, int]] = []  # offset of data, length, crc
    pos = cd_offset
    for _ in range(total):
        if pos + _CENTRAL.size > cd_end:
            raise _structure_changed()
        fields = _CENTRAL.unpack_from(raw, pos)
        (
            sig,
            _made,
            _need,
            flags,
            method,
            _t,
            _d,
            crc,
            csize,
            usize,
            nlen,
            xlen,
            clen,
            _disk,
            _iattr,
            _eattr,
            offset,
        ) = fields
        if sig != _CENTRAL_SIG:
            raise _structure_changed()
        name_bytes = raw[pos + _CENTRAL.size : pos + _CENTRAL.size + nlen]
        pos += _CENTRAL.size + nlen + xlen + clen
        name = name_bytes.decode("utf-8", errors="replace")
        _check_name(name)  # refuses anything outside the ASCII alphabet, U+FFFD included
        if name in names:
            raise BundleUnsafe(
                f"Tệp có hai mục cùng tên «{name}»: một chương trình đọc mục này, chương trình "
                "khác đọc mục kia. Tệp đã bị sửa; không dùng nó. Hãy xuất lại gói ở xã."
            )
        if flags & 0x1:
            raise BundleUnsafe(
                "Tệp có mục được mã hóa kiểu zip, chương trình không bao giờ ghi "
                "như vậy. Không dùng tệp này; hãy xuất lại gói ở xã."
            )
        if method != _STORED:
            if usize > MAX_FILE_BYTES or (csize and usize // max(csize, 1) > 100):
                raise BundleTooLarge(
                    f"Mục «{name}» giải nén ra tới {usize // (1024 * 1024)} MB từ "
                    f"{max(csize // 1024, 1)} KB (một “bom zip”). Không dùng tệp này."
                )
            raise BundleUnsafe(
                f"Mục «{name}» được nén theo kiểu chương trình không bao giờ ghi. Tệp đã bị "
                "sửa hoặc do chương trình khác tạo ra; hãy xuất lại gói ở xã."
            )
        if csize != usize or offset + _LOCAL.size + nlen + csize > cd_offset:
            raise _structure_changed()
        names.append(name)
        spans.append((offset + _LOCAL.size + nlen, csize, crc))
    if pos != cd_end:
        raise _structure_changed()

    entries: list[tuple[str, bytes]] = []
    for name, (start, length, crc) in zip(names, spans, strict=True):
        data = raw[start : start + length]
        if check and zlib.crc32(data) != crc:
            raise BundleCorrupt(
                f"Mục «{name}» trong gói bị hỏng (sai mã kiểm tra): USB lỗi hoặc tệp bị sửa. "
                "Hãy xuất lại gói ở xã rồi chép lại vào USB."
            )
        entries.append((name, data))
    if check and write_container(entries) != raw:
        raise _structure_changed()
    return entries


def read_file(path: str | Path) -> bytes:
    """A sync file's bytes, refusing a file too large to be one and reporting a pulled stick."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BundleTooLarge(
                f"Tệp «{path.name}» quá lớn ({size // (1024 * 1024)} MB): không phải gói đồng bộ "
                "của một xã."
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise BundleUnreadable(f"Không tìm thấy tệp «{path}».") from None
    except IsADirectoryError:
        raise BundleUnreadable(f"«{path}» là một thư mục, không phải tệp gói.") from None
    except OSError as exc:
        raise BundleUnreadable(
            f"Không đọc được tệp «{path.name}» ({exc.strerror or exc}). Kiểm tra USB còn cắm "
            "chắc chắn rồi thử lại."
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise BundleTooLarge(f"Tệp «{path.name}» quá lớn: không phải gói đồng bộ của một xã.")
    return data
