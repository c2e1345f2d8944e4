"""One register's rows as a payload: JSON Lines (one object per record), gzip-compressed.

Values are what the database stores: text, integers, NULL (and, should a column ever hold
one, a finite float); the importer checks each value against its column's type. Decompression
stops at a fixed limit, so a crafted payload cannot
exhaust memory (a gzip bomb), whoever signed it.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable
from typing import Any

from desktop_app.sync.errors import BundleCorrupt, BundleTooLarge
from desktop_app.sync.signed import load_json

MAX_PAYLOAD_BYTES = 512 * 1024 * 1024


def encode_row(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode_rows(rows: Iterable[dict[str, Any]]) -> tuple[bytes, int]:
    """(gzip of the JSON Lines, number of rows)."""
    lines = [encode_row(row) for row in rows]
    body = b"\n".join(lines) + (b"\n" if lines else b"")
    return gzip.compress(body, compresslevel=6, mtime=0), len(lines)


def _decompress(data: bytes, name: str) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        body = inflater.decompress(data, MAX_PAYLOAD_BYTES + 1)
    except zlib.error:
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị hỏng, không giải nén được.") from None
    if len(body) > MAX_PAYLOAD_BYTES:
        raise BundleTooLarge(
            f"Phần dữ liệu «{name}» giải nén ra hơn {MAX_PAYLOAD_BYTES // (1024 * 1024)} MB, "
            "nhiều hơn mọi xã thật (một “bom nén”). Không nhập tệp này.")
    if not inflater.eof or inflater.unused_data:
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị cắt cụt hoặc có phần thừa.")
    return body


def decode_rows(data: bytes, name: str) -> list[dict[str, Any]]:
    """The rows of a payload; every line one JSON object with a text id."""
    body = _decompress(data, name)
    if not body:
        return []
    if not body.endswith(b"\n"):
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị cắt cụt.")
    lines = body[:-1]
    try:  # one parse of all the lines as an array: twice as fast as line by line
        rows = load_json(b"[" + lines.replace(b"\n", b",") + b"]")
    except (ValueError, UnicodeDecodeError, RecursionError):
        rows = None  # find the line to blame below
    if rows is None or len(rows) != lines.count(b"\n") + 1:
        rows = []
        for line in lines.split(b"\n"):
            try:
                rows.append(load_json(line))
            except (ValueError, UnicodeDecodeError, RecursionError):
                rows.append(None)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise BundleCorrupt(f"Dòng {number} của phần dữ liệu «{name}» không phải một bản ghi "
                                "hợp lệ.")
    return rows
