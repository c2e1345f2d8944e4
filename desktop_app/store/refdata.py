"""Reference lists shipped in resources/data/, and the Regulation-213 comment form as data.

Every list file is a JSON object with "source" (where the list comes from) and "items".
The comment form is versioned: each `reg213_form_v<N>.json`, in DATA_DIR or in a folder the
office adds, is one version; a new official form is a new file, never new code.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.core.errors import UserError

FORM_GLOB = "reg213_form_v*.json"
_FORM_NAME = re.compile(r"^reg213_form_v(\d+)\.json$")
_CODE = re.compile(r"^[a-z0-9_]+$")
RECOMMENDATION_KEY = "recommendation"


class RefDataError(UserError, ValueError):
    """A reference data file is missing or malformed."""


class FormDataError(RefDataError):
    """A comment-form file is malformed; the message names the file and the problem."""


# --- plain reference lists -------------------------------------------------------------


@cache
def _file(name: str) -> dict[str, Any]:
    path = paths.DATA_DIR / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RefDataError(f"Thiếu tệp dữ liệu “{path}”. Hãy cài đặt lại chương trình.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RefDataError(
            f"Tệp dữ liệu “{path}” bị hỏng ({exc}). Hãy cài đặt lại chương trình."
        ) from None
    if not isinstance(data, dict) or "source" not in data or "items" not in data:
        raise RefDataError(
            f"Tệp dữ liệu “{path}” thiếu mục “source” hoặc “items”. Hãy cài đặt lại chương trình."
        )
    return data


def _items(name: str) -> Any:
    return copy.deepcopy(_file(name)["items"])


@cache
def _index(name: str, key: str) -> dict[str, dict[str, Any]]:
    return {item[key]: item for item in _file(name)["items"]}


def name_key(text: str) -> str:
    """Matching key for names: lower case, no marks, đ→d, letters and digits only (Khơ-me → khome)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text.lower() if ch.isalnum() and not unicodedata.combining(ch))


def ethnic_groups() -> list[dict]:
    """The 54 groups, code "01".."54" in the official order, with other_names."""
    return _items("ethnic_groups.json")


def ethnic_name(code: str | int | None) -> str:
    """The official name of a group; an unknown code is returned as it is."""
    if code is None:
        return ""
    key = str(code).strip()
    key = key.zfill(2) if key.isdigit() else key
    item = _index("ethnic_groups.json", "code").get(key)
    return item["name"] if item else str(code)


def ethnic_names() -> dict[str, str]:
    """Code → official name of the 54 groups (as stored: "01".."54")."""
    return {item["code"]: item["name"] for item in _file("ethnic_groups.json")["items"]}


def religion_names() -> dict[str, str]:
    return {item["code"]: item["name"] for item in _file("religions.json")["items"]}


@cache
def _ethnic_by_key() -> dict[str, str]:
    found: dict[str, str] = {}
    for item in _file("ethnic_groups.json")["items"]:
        for name in (item["name"], *item["other_names"]):
            found.setdefault(name_key(name), item["code"])
    return found


def ethnic_code(name: str | None) -> str | None:
    """The code of a group given its name or another common name ('Mông', 'khmer'), or None."""
    if not name:
        return None
    return _ethnic_by_key().get(name_key(name))


def provinces_2008() -> list[dict]:
    """The 63 provinces before 1 July 2025: id_prefix (3 digits), code (2 digits), name, …"""
    return _items("provinces_2008.json")


def province_by_id_prefix(prefix3: str) -> dict | None:
    """The pre-2025 province whose code begins an ID number ("020" → Lạng Sơn), or None."""
    item = _index("provinces_2008.json", "id_prefix").get(str(prefix3).strip())
    return copy.deepcopy(item) if item else None


def provinces_2025() -> list[dict]:
    """The 34 provinces from 1 July 2025, with code and formed_from (pre-2025 codes)."""
    return _items("provinces_2025.json")


def religions() -> list[dict]:
    """Religions: "none" first, the recognised religions, "other" last."""
    return _items("religions.json")


def religion_name(code: str | None) -> str:
    if code is None:
        return ""
    item = _index("religions.json", "code").get(code)
    return item["name"] if item else code


def national_campaigns() -> list[dict]:
    """The national campaigns the commune Front runs, with key dates and indicator codes."""
    return _items("campaigns.json")


def indicator_label(key: str, default: str) -> str:
    """What an indicator counts, as the campaigns' indicator lists name it: the one label the
    national campaigns that report it agree on, else `default` (the generic label)."""
    labels = {
        c["indicator_labels"][key]
        for c in _file("campaigns.json")["items"]
        if key in (c.get("indicator_labels") or {})
    }
    return labels.pop() if len(labels) == 1 else default


def petition_fields() -> dict[str, str]:
    """The fields (lĩnh vực) petitions are grouped by: code → name, in the data list's order."""
    return {item["code"]: item["name"] for item in _file("petition_fields.json")["items"]}


def petition_wording() -> dict[str, Any]:
    """The wording of the petition and supervision forms (data: it varies by province)."""
    return copy.deepcopy(_file("petition_forms.json")["items"])


def demo_names() -> dict:
    """Names, places, workplaces and projects for a believable demo commune in Lạng Sơn."""
    return _items("demo_names.json")


# --- the Regulation-213 comment form ---------------------------------------------------


@dataclass(frozen=True)
class Level:
    code: str
    label: str


@dataclass(frozen=True)
class Scale:
    """A titled choice among ordered levels: a criterion, or the recommendation."""

    code: str
    title: str
    levels: tuple[Level, ...]

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    def label(self, level_code: str) -> str:
        for level in self.levels:
            if level.code == level_code:
                return level.label
        raise KeyError(f"“{self.title}” không có mức “{level_code}”.")


Criterion = Scale


@dataclass(frozen=True)
class Signature:
    code: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CommentForm:
    version: int
    code: str
    title: str
    legal_basis: str
    valid_from: date
    criteria: tuple[Criterion, ...]
    recommendation: Scale
    free_comment_title: str
    signatures: tuple[Signature, ...]
    source: str = ""
    path: Path | None = field(default=None, compare=False)
    # The regulation the form serves, as printed and shown everywhere (never a constant in code):
    regulation_name: str = field(
        default="", compare=False
    )  # "Quy định số …-QĐ/TW ngày … của Bộ Chính trị"
    regulation_number: str = field(default="", compare=False)  # the number and symbol
    regulation_short: str = field(default="", compare=False)  # "QĐ 213", for headings and menus

    @property
    def regulation(self) -> str:
        """The regulation's name, else the first part of the legal basis."""
        return self.regulation_name or self.legal_basis.split(";")[0].strip()

    @property
    def short(self) -> str:
        return self.regulation_short or self.regulation_number or self.regulation

    @property
    def recommendation_levels(self) -> tuple[Level, ...]:
        return self.recommendation.levels

    def criterion(self, code: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.code == code:
                return criterion
        raise KeyError(f"Phiếu nhận xét phiên bản {self.version} không có tiêu chí “{code}”.")

    def label(self, criterion_code: str, level_code: str) -> str:
        """The label of a level; criterion_code "recommendation" means the recommendation."""
        if criterion_code == RECOMMENDATION_KEY:
            return self.recommendation.label(level_code)
        return self.criterion(criterion_code).label(level_code)

    def validate_ratings(self, ratings: Mapping[str, str]) -> list[str]:
        """Problems with one filled form (criterion code → level code), in Vietnamese.

        Every criterion needs a level; the "recommendation" key is optional but checked.
        """
        problems: list[str] = []
        known = {c.code: c for c in self.criteria}
        known[RECOMMENDATION_KEY] = self.recommendation
        for key, value in ratings.items():
            scale = known.get(key)
            if scale is None:
                problems.append(
                    f"Tiêu chí “{key}” không có trong phiếu nhận xét phiên bản {self.version}."
                )
            elif value not in scale.level_codes:
                choices = ", ".join(level.label for level in scale.levels)
                problems.append(
                    f"“{scale.title}”: mức “{value}” không hợp lệ; hãy chọn một trong: {choices}."
                )
        for criterion in self.criteria:
            if criterion.code not in ratings:
                problems.append(f"Chưa chọn mức cho tiêu chí “{criterion.title}”.")
        return problems


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


def _text(obj: Mapping[str, Any], key: str, where: str, problems: list[str]) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where} thiếu “{key}” (phải là chữ, không để trống)")
        return ""
    return value.strip()


def _objects(obj: Mapping, key: str, least: int, short: str, problems: list[str]) -> list[dict]:
    """obj[key] as a list of at least `least` JSON objects; else the problem `short`."""
    raw = obj.get(key)
    if not isinstance(raw, list) or len(raw) < least:
        problems.append(short)
        raw = raw if isinstance(raw, list) else []
    if not all(isinstance(item, dict) for item in raw):
        problems.append(f"mỗi mục trong “{key}” phải là một đối tượng JSON")
    return [item for item in raw if isinstance(item, dict)]


def _no_duplicates(codes: list[str], what: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code and code in seen:
            problems.append(f"{what} “{code}” bị trùng")
        seen.add(code)


def _scale(raw: Any, where: str, problems: list[str], code: str | None = None) -> Scale:
    if not isinstance(raw, dict):
        problems.append(f"{where} phải là một đối tượng JSON")
        return Scale(code or "", "", ())
    if code is None:
        code = _text(raw, "code", where, problems)
        if code and not _CODE.match(code):
            problems.append(f"{where}: mã “{code}” chỉ được gồm chữ thường không dấu, số và “_”")
    title = _text(raw, "title", where, problems)
    short = f"{where} phải có ít nhất 2 mức (“levels”)"
    levels = []
    for i, lv in enumerate(_objects(raw, "levels", 2, short, problems), 1):
        at = f"{where}, mức {i}"
        levels.append(Level(_text(lv, "code", at, problems), _text(lv, "label", at, problems)))
    _no_duplicates([lv.code for lv in levels], f"{where}: mã mức", problems)
    return Scale(code, title, tuple(levels))


def _build_form(data: Any, path: Path) -> CommentForm:
    problems: list[str] = []
    if not isinstance(data, dict):
        data = {}
        problems.append("nội dung phải là một đối tượng JSON")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(f"“version” phải là số nguyên dương, không phải {version!r}")
        version = 0
    match = _FORM_NAME.match(path.name)
    if match and version and int(match.group(1)) != version:
        problems.append(f"tên tệp ghi phiên bản {int(match.group(1))} nhưng “version” là {version}")
    code = _text(data, "code", "Phiếu", problems)
    title = _text(data, "title", "Phiếu", problems)
    legal_basis = _text(data, "legal_basis", "Phiếu", problems)
    valid_from = date.min
    try:
        valid_from = date.fromisoformat(data.get("valid_from"))
    except (TypeError, ValueError):
        problems.append("“valid_from” phải là ngày dạng NNNN-TT-NN (ví dụ 2020-10-30)")
    criteria = tuple(
        _scale(raw, f"Tiêu chí thứ {i}", problems)
        for i, raw in enumerate(
            _objects(data, "criteria", 1, "thiếu danh sách tiêu chí (“criteria”)", problems), 1
        )
    )
    _no_duplicates([c.code for c in criteria], "Mã tiêu chí", problems)
    if RECOMMENDATION_KEY in {c.code for c in criteria}:
        problems.append(f"mã tiêu chí “{RECOMMENDATION_KEY}” dành riêng cho phần đề nghị")
    recommendation = _scale(data.get("recommendation"), "Phần đề nghị", problems, "recommendation")
    free_comment_title = _text(data, "free_comment_title", "Phiếu", problems)
    signatures: list[Signature] = []
    for i, sig in enumerate(
        _objects(data, "signatures", 1, "thiếu danh sách chữ ký (“signatures”)", problems), 1
    ):
        lines = sig.get("lines")
        if not (isinstance(lines, list) and lines and all(isinstance(x, str) and x for x in lines)):
            problems.append(f"Chữ ký thứ {i} phải có “lines” (các dòng chữ, không để trống)")
            lines = []
        signatures.append(Signature(_text(sig, "code", f"Chữ ký thứ {i}", problems), tuple(lines)))
    _no_duplicates([s.code for s in signatures], "Mã chữ ký", problems)
    regulation = data.get("regulation") or {}
    if not isinstance(regulation, dict) or not all(
        isinstance(regulation.get(k, ""), str) for k in ("name", "number", "short")
    ):
        problems.append("“regulation” phải là một đối tượng có “name”, “number”, “short” (chữ)")
        regulation = {}
    if problems:
        raise FormDataError(
            f"Tệp phiếu nhận xét “{path}” không hợp lệ: {'; '.join(problems)}. "
            "Hãy sửa tệp theo mẫu reg213_form_v1.json hoặc bỏ nó khỏi thư mục dữ liệu."
        )
    return CommentForm(
        version=version,
        code=code,
        title=title,
        legal_basis=legal_basis,
        valid_from=valid_from,
        criteria=criteria,
        recommendation=recommendation,
        free_comment_title=free_comment_title,
        signatures=tuple(signatures),
        source=str(data.get("source") or ""),
        path=path,
        regulation_name=str(regulation.get("name") or "").strip(),
        regulation_number=str(regulation.get("number") or "").strip(),
        regulation_short=str(regulation.get("short") or "").strip(),
    )


@lru_cache(maxsize=64)
def _load_cached(path_str: str, _mtime_ns: int, _size: int) -> CommentForm:
    path = Path(path_str)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormDataError(
            f"Không đọc được tệp phiếu nhận xét “{path}”: {exc}. "
            "Hãy lưu tệp dạng JSON, mã UTF-8, hoặc bỏ nó khỏi thư mục dữ liệu."
        ) from None
    return _build_form(_nfc(data), path)


def load_comment_form(path: str | Path) -> CommentForm:
    """Read and check one form file; text is NFC-normalised. Re-read when the file changes."""
    path = Path(path).resolve()
    try:
        stat = path.stat()
    except OSError:
        raise FormDataError(f"Không tìm thấy tệp phiếu nhận xét “{path}”.") from None
    return _load_cached(str(path), stat.st_mtime_ns, stat.st_size)


def _forms(extra_dirs: Iterable[str | Path]) -> dict[int, CommentForm]:
    """Every form version in DATA_DIR and the extra folders (missing folders are skipped).

    The same version in two files is accepted only when both say the same thing.
    """
    found: dict[int, CommentForm] = {}
    for folder in (paths.DATA_DIR, *(Path(d) for d in extra_dirs)):
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob(FORM_GLOB)):
            if not _FORM_NAME.match(file.name):
                continue
            form = load_comment_form(file)
            other = found.get(form.version)
            if other is not None and other != form:
                raise FormDataError(
                    f"Phiếu nhận xét phiên bản {form.version} có ở hai tệp khác nhau: "
                    f"“{other.path}” và “{form.path}”. Một phiên bản đã dùng thì không được sửa; "
                    "hãy đặt mẫu mới thành phiên bản mới (tăng “version” và số trong tên tệp)."
                )
            found.setdefault(form.version, form)
    return found


def comment_form_versions(extra_dirs: Iterable[str | Path] = ()) -> list[int]:
    return sorted(_forms(extra_dirs))


def comment_form(version: int, extra_dirs: Iterable[str | Path] = ()) -> CommentForm:
    forms = _forms(extra_dirs)
    if version not in forms:
        have = ", ".join(str(v) for v in sorted(forms)) or "không có"
        raise FormDataError(
            f"Không có phiếu nhận xét phiên bản {version} (hiện có: {have}). "
            f"Hãy chép tệp reg213_form_v{version}.json vào thư mục dữ liệu của văn phòng."
        )
    return forms[version]


def latest_comment_form(
    extra_dirs: Iterable[str | Path] = (), on: date | None = None
) -> CommentForm:
    """The highest version; with `on`, the highest already in force on that day."""
    forms = [f for f in _forms(extra_dirs).values() if on is None or f.valid_from <= on]
    if not forms:
        raise FormDataError(
            "Không có phiếu nhận xét nào đang có hiệu lực. Hãy cài đặt lại chương trình."
        )
    return max(forms, key=lambda f: f.version)
