"""The legal bases ("Căn cứ …") and fixed wording of the decisions, read from data.

`resources/data/legal_bases.json` holds, per document type, the bases with their validity dates
and the fixed clauses; an office overrides any document type by a `legal_bases.json` of its own
in the `forms/` folder beside its database (`store.form_dirs()`), without a new program.
"""

from __future__ import annotations

import json
import string
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app import paths
from desktop_app.core.errors import UserError

if TYPE_CHECKING:
    from desktop_app.store.db import Store

FILE_NAME = "legal_bases.json"
CLAUSES = ("title", "subject", "article1", "article2", "article3")


class LegalBasesError(UserError):
    """The shipped or the office's legal_bases.json is unreadable or malformed."""


@dataclass(frozen=True)
class Basis:
    text: str
    valid_from: date | None = None
    valid_to: date | None = None

    def in_force(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


@dataclass(frozen=True)
class DocumentText:
    """What one kind of document says: its bases and its fixed clauses (with {placeholders})."""

    doc_type: str
    bases: tuple[Basis, ...]
    clauses: dict[str, str]
    path: Path

    def bases_on(self, on: date, values: dict[str, str]) -> list[str]:
        return [fill(b.text, values, self.path) for b in self.bases if b.in_force(on)]

    def clause(self, key: str, values: dict[str, str]) -> str:
        return fill(self.clauses[key], values, self.path)


def fill(template: str, values: dict[str, str], path: Path) -> str:
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    unknown = [name for name in names if name not in values]
    if unknown:
        raise LegalBasesError(
            f"Tệp “{path}” dùng chỗ trống “{{{unknown[0]}}}” mà chương trình không biết. "
            f"Chỉ dùng: {', '.join('{' + k + '}' for k in sorted(values))}."
        )
    try:
        return template.format_map(values)
    except (ValueError, IndexError):
        raise LegalBasesError(
            f"Tệp “{path}” có dấu ngoặc nhọn không khớp trong câu “{template[:60]}…”."
        ) from None


def _day(raw: Any, where: str, problems: list[str]) -> date | None:
    if raw in (None, ""):
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        problems.append(f"{where}: ngày “{raw}” phải ghi dạng NNNN-TT-NN")
        return None


def _document(doc_type: str, raw: Any, path: Path, problems: list[str]) -> DocumentText | None:
    where = f"“{doc_type}”"
    if not isinstance(raw, dict):
        problems.append(f"{where} phải là một đối tượng JSON")
        return None
    bases = []
    raw_bases = raw.get("bases")
    if not isinstance(raw_bases, list) or not raw_bases:
        problems.append(f"{where} thiếu danh sách căn cứ (“bases”)")
        raw_bases = []
    for i, item in enumerate(raw_bases, 1):
        at = f"{where}, căn cứ thứ {i}"
        text = item.get("text") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{at} thiếu “text”")
            continue
        bases.append(
            Basis(
                unicodedata.normalize("NFC", text.strip()),
                _day(item.get("valid_from"), at, problems),
                _day(item.get("valid_to"), at, problems),
            )
        )
    clauses = {}
    for key in CLAUSES:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where} thiếu “{key}”")
            continue
        clauses[key] = unicodedata.normalize("NFC", value.strip())
    return DocumentText(doc_type, tuple(bases), clauses, path)


@lru_cache(maxsize=16)
def _read(path_str: str, _mtime_ns: int, _size: int) -> dict[str, DocumentText]:
    path = Path(path_str)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LegalBasesError(
            f"Không đọc được tệp căn cứ pháp lý “{path}”: {exc}. Hãy lưu tệp dạng JSON, mã UTF-8, "
            "hoặc bỏ nó khỏi thư mục forms."
        ) from None
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, dict):
        raise LegalBasesError(
            f"Tệp căn cứ pháp lý “{path}” thiếu mục “items” (các loại văn bản). "
            "Hãy sửa tệp theo mẫu legal_bases.json của chương trình."
        )
    problems: list[str] = []
    found = {}
    for doc_type, raw in items.items():
        document = _document(doc_type, raw, path, problems)
        if document is not None:
            found[doc_type] = document
    if problems:
        raise LegalBasesError(
            f"Tệp căn cứ pháp lý “{path}” không hợp lệ: {'; '.join(problems)}. "
            "Hãy sửa tệp theo mẫu legal_bases.json của chương trình hoặc bỏ nó khỏi thư mục forms."
        )
    return found


def _load(path: Path) -> dict[str, DocumentText]:
    stat = path.stat()
    return _read(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def shipped_path() -> Path:
    return paths.DATA_DIR / FILE_NAME


def override_paths(store: Store) -> list[Path]:
    return [folder / FILE_NAME for folder in store.form_dirs()]


def document_text(store: Store, doc_type: str) -> DocumentText:
    """The office's wording of `doc_type` if its forms folder has one, else the shipped one."""
    for path in override_paths(store):
        if path.is_file():
            found = _load(path).get(doc_type)
            if found is not None:
                return found
    shipped = shipped_path()
    if not shipped.is_file():
        raise LegalBasesError(f"Thiếu tệp dữ liệu “{shipped}”. Hãy cài đặt lại chương trình.")
    found = _load(shipped).get(doc_type)
    if found is None:
        raise LegalBasesError(
            f"Tệp “{shipped}” không có loại văn bản “{doc_type}”. Hãy cài đặt lại chương trình."
        )
    return found
