"""The yearly grading of the village Ban công tác Mặt trận: criteria and ranks as data.

Each province sets its own criteria and scale; the program ships a common 100-point one
(resources/data/grading_criteria_v1.json) and an office replaces it by dropping its province's
file in its forms/ folder. This module knows the shape of such a file (given as a dict: the core
reads no files), the total of a set of scores and the rank it earns.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import Issue, UserError, error


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str
    max: int


@dataclass(frozen=True)
class Rank:
    code: str
    label: str
    min: int


@dataclass(frozen=True)
class Criteria:
    version: int
    title: str
    valid_from: str
    criteria: tuple[Criterion, ...]
    ranks: tuple[Rank, ...]  # highest threshold first
    source: str = ""

    @property
    def max_total(self) -> int:
        return sum(c.max for c in self.criteria)

    def rank_of(self, total: int) -> Rank:
        for rank in self.ranks:
            if total >= rank.min:
                return rank
        return self.ranks[-1]

    def rank_label(self, code: str | None) -> str:
        return next((r.label for r in self.ranks if r.code == code), code or "")

    def check_scores(self, scores: dict[str, Any]) -> list[Issue]:
        issues: list[Issue] = []
        for c in self.criteria:
            value = scores.get(c.code)
            if value is None or value == "":
                issues.append(error(c.code, f"Chưa chấm tiêu chí “{c.label}”."))
            elif not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= c.max:
                issues.append(error(c.code, f"Điểm tiêu chí “{c.label}” phải từ 0 đến {c.max}."))
        unknown = sorted(set(scores) - {c.code for c in self.criteria})
        if unknown:
            issues.append(
                error("scores", f"Tiêu chí không có trong bộ tiêu chí: {', '.join(unknown)}.")
            )
        return issues

    def total(self, scores: dict[str, int]) -> int:
        return sum(int(scores.get(c.code) or 0) for c in self.criteria)


def _nfc(value: Any) -> str:
    return unicodedata.normalize("NFC", str(value)).strip()


def parse_criteria(data: Any, where: str) -> Criteria:
    """A criteria file's content, checked: a plain Vietnamese message names what is wrong."""

    def bad(what: str) -> UserError:
        return UserError(f"Tệp tiêu chí chấm điểm “{where}” không dùng được: {what}.")

    if not isinstance(data, dict):
        raise bad("nội dung không phải một đối tượng JSON")
    try:
        version = int(data["version"])
        criteria = tuple(
            Criterion(_nfc(c["code"]), _nfc(c["label"]), int(c["max"])) for c in data["criteria"]
        )
        ranks = tuple(
            sorted(
                (Rank(_nfc(r["code"]), _nfc(r["label"]), int(r["min"])) for r in data["ranks"]),
                key=lambda r: -r.min,
            )
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise bad(f"thiếu hoặc sai mục {exc}") from None
    if not criteria or not ranks:
        raise bad("cần ít nhất một tiêu chí và một mức xếp loại")
    if len({c.code for c in criteria}) != len(criteria) or len({r.code for r in ranks}) != len(
        ranks
    ):
        raise bad("mã tiêu chí hoặc mã xếp loại bị trùng")
    if any(c.max <= 0 for c in criteria):
        raise bad("điểm tối đa của mỗi tiêu chí phải lớn hơn 0")
    if ranks[-1].min > 0:
        raise bad("mức xếp loại thấp nhất phải bắt đầu từ 0 điểm")
    return Criteria(
        version=version,
        title=_nfc(data.get("title") or "Tiêu chí chấm điểm"),
        valid_from=_nfc(data.get("valid_from") or "2000-01-01"),
        criteria=criteria,
        ranks=ranks,
        source=_nfc(data.get("source") or ""),
    )


COMMENDATION_SUBJECTS = {
    "person": "Cá nhân",
    "body": "Ban công tác Mặt trận",
    "household": "Hộ gia đình",
}
COMMENDATION_FORMS = {
    "giay_khen": "Giấy khen",
    "bang_khen": "Bằng khen",
    "ky_niem_chuong": "Kỷ niệm chương",
    "thu_khen": "Thư khen",
}
COMMENDATION_LEVELS = {
    "commune": "Ủy ban MTTQ xã",
    "commune_authority": "Chủ tịch UBND xã",
    "province_front": "Ủy ban MTTQ tỉnh",
    "province_authority": "Chủ tịch UBND tỉnh",
    "central_front": "Ủy ban Trung ương MTTQ Việt Nam",
}
COMMENDATION_STATUSES = {
    "proposed": "Đề nghị",
    "granted": "Đã khen thưởng",
    "declined": "Không được duyệt",
}


def validate_commendation(record: dict, today: Any) -> list[Issue]:
    issues: list[Issue] = []
    year = record.get("year")
    if not isinstance(year, int) or not 1900 <= year <= 2100:
        issues.append(error("year", "Năm khen thưởng phải từ 1900 đến 2100."))
    kind = record.get("subject_kind")
    if kind not in COMMENDATION_SUBJECTS:
        issues.append(error("subject_kind", "Chưa chọn khen cá nhân, ban hay hộ gia đình."))
    elif kind == "person" and not record.get("person_id"):
        issues.append(error("person_id", "Chưa chọn người được khen."))
    elif kind == "body" and not record.get("body_id"):
        issues.append(error("body_id", "Chưa chọn Ban công tác Mặt trận được khen."))
    elif kind == "household" and not record.get("household_name"):
        issues.append(error("household_name", "Chưa nhập tên chủ hộ được khen."))
    if record.get("form") not in COMMENDATION_FORMS:
        issues.append(error("form", "Chưa chọn hình thức khen thưởng."))
    if record.get("level") and record["level"] not in COMMENDATION_LEVELS:
        issues.append(error("level", "Cấp khen thưởng không hợp lệ."))
    if record.get("status") not in COMMENDATION_STATUSES:
        issues.append(error("status", "Trạng thái không hợp lệ."))
    elif record["status"] == "granted" and not record.get("decision_number"):
        issues.append(error("decision_number", "Đã khen thưởng thì cần số quyết định khen thưởng."))
    if not record.get("reason"):
        issues.append(error("reason", "Chưa nhập thành tích (lý do khen thưởng)."))
    return issues
