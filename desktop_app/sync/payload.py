"""One register's rows as a payload: JSON Lines (one object per record), gzip-compressed.

Values are what the database stores: text, integers, NULL (and, should a column ever hold
one, a finite float); the importer checks each value against its column's type. Decompression is
streamed and stops at a limit set by the declared number of rows, so a crafted payload cannot
exhaust memory or time (a gzip bomb), whoever signed it.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable
from typing import Any

from desktop_app.sync.errors import BundleCorrupt, BundleTooLarge
from desktop_app.sync.signed import load_json

MAX_PAYLOAD_BYTES = 128 * 1024 * 1024  # a commune of 20,000 people is about 20 MB


def encode_row(row: dict[str, Any]) -> bytes:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def encode_rows(rows: Iterable[dict[str, Any]]) -> tuple[bytes, int]:
    """(gzip of the JSON Lines, number of rows)."""
    lines = [encode_row(row) for row in rows]
    body = b"\n".join(lines) + (b"\n" if lines else b"")
    return gzip.compress(body, compresslevel=6, mtime=0), len(lines)


MAX_ROW_BYTES = 16 * 1024  # one record as JSON: a person with long notes is a few KB
CHUNK = 1024 * 1024
LINES_AT_ONCE = 2000


def limit_for(rows: int | None) -> int:
    """How many bytes a payload of `rows` declared records may decompress to."""
    if rows is None or rows < 0:
        return MAX_PAYLOAD_BYTES
    return min(MAX_PAYLOAD_BYTES, rows * MAX_ROW_BYTES + CHUNK)


def _decompress(data: bytes, name: str, limit: int = MAX_PAYLOAD_BYTES) -> bytes:
    """Streamed: a chunk at a time, the size checked as bytes come out, so a bomb stops within
    the limit's memory, whatever the signature says."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    size = 0
    pending = data
    try:
        while not inflater.eof:
            out = inflater.decompress(pending, CHUNK)
            parts.append(out)
            size += len(out)
            if size > limit:
                raise BundleTooLarge(
                    f"Phần dữ liệu «{name}» giải nén ra nhiều hơn số bản ghi kê khai cho phép "
                    f"(quá {limit // 1024} KB, một “bom nén”). Không nhập tệp này."
                )
            pending = inflater.unconsumed_tail
            if not out and not pending:
                break  # the input ends before the stream does
    except zlib.error:
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị hỏng, không giải nén được.") from None
    if not inflater.eof or inflater.unused_data:
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị cắt cụt hoặc có phần thừa.")
    return b"".join(parts)


def decode_rows(data: bytes, name: str, declared_rows: int | None = None) -> list[dict[str, Any]]:
    """The rows of a payload; every line one JSON object with a text id. declared_rows: how many
    the signed manifest declares (bounds the decompressed size)."""
    body = _decompress(data, name, limit_for(declared_rows))
    if not body:
        return []
    if not body.endswith(b"\n"):
        raise BundleCorrupt(f"Phần dữ liệu «{name}» bị cắt cụt.")
    lines = body.split(b"\n")
    lines.pop()  # after the last newline
    del body
    parsed: list[Any] = []
    for start in range(0, len(lines), LINES_AT_ONCE):
        group = lines[start : start + LINES_AT_ONCE]
        # a parse of many lines as one array is twice as fast as line by line; a group at a time
        # keeps the text that parse makes (2-4 bytes a character) small, whatever the payload
        try:
            rows: Any = load_json(b"[" + b",".join(group) + b"]")
        except (ValueError, UnicodeDecodeError, RecursionError):
            rows = None  # find the line to blame below
        if not isinstance(rows, list) or len(rows) != len(group):
            rows = []
            for line in group:
                try:
                    rows.append(load_json(line))
                except (ValueError, UnicodeDecodeError, RecursionError):
                    rows.append(None)
        parsed += rows
        for n in range(start, start + len(group)):
            lines[n] = b""  # released as it is parsed
    for number, row in enumerate(parsed, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise BundleCorrupt(
                f"Dòng {number} của phần dữ liệu «{name}» không phải một bản ghi hợp lệ."
            )
    return parsed
