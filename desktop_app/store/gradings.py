"""The yearly grading of each village's Ban công tác Mặt trận, and commendations.

The criteria come from `grading_criteria_vN.json`: the program's own in resources/data, replaced
(same N) or followed by a new version (higher N) by a file in the office's forms/ folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.core import grading, text
from desktop_app.core.errors import Issue, UserError, error
from desktop_app.store import ordering
from desktop_app.store.ordering import Sort
from desktop_app.store.register import Register, Where

CRITERIA_PATTERN = "grading_criteria_v*.json"


def criteria_versions(form_dirs: list[Path]) -> dict[int, grading.Criteria]:
    """Every criteria version the office has: shipped files, then the office's own over them."""
    found: dict[int, grading.Criteria] = {}
    for folder in [paths.DATA_DIR, *form_dirs]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob(CRITERIA_PATTERN)):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise UserError(
                    f"Tệp tiêu chí chấm điểm “{path.name}” không đọc được (không phải JSON hợp lệ)."
                ) from None
            criteria = grading.parse_criteria(data, path.name)
            found[criteria.version] = criteria
    if not found:
        raise UserError("Không tìm thấy tệp tiêu chí chấm điểm Ban công tác Mặt trận.")
    return found


def _rank_labels() -> dict[str, str]:
    """Rank code → label, over the shipped criteria versions (newest wins)."""
    found: dict[str, str] = {}
    for _version, criteria in sorted(criteria_versions([]).items()):
        found.update({r.code: r.label for r in criteria.ranks})
    return found


#: What each column of the year's gradings sorts by (a rank by its label).
GRADING_ORDER: ordering.SortKeys = {
    "village_name": ordering.value("village_sort"),
    "total": ordering.value("total"),
    "rank": lambda: ordering.labels("rank", _rank_labels()),
    "previous_total": ordering.value("previous_total"),
    "previous_rank": lambda: ordering.labels("previous_rank", _rank_labels()),
    "evidence": ordering.words("evidence"),
}

#: What each column of the commendations' list sorts by.
COMMENDATION_ORDER: ordering.SortKeys = {
    "subject_name": ordering.words("subject_name"),
    "village_name": ordering.words("village_name"),
    "form": ordering.labels("form", grading.COMMENDATION_FORMS),
    "level": ordering.labels("level", grading.COMMENDATION_LEVELS),
    "status": ordering.labels("status", grading.COMMENDATION_STATUSES),
    "decision_number": ordering.words("decision_number"),
    "reason": ordering.words("reason"),
}


class Gradings(Register):
    table = "gradings"
    label = "kết quả chấm điểm"
    fields = ("year", "body_id", "village_id", "criteria_version", "scores", "evidence", "notes")
    raw_fields = ("body_id", "village_id", "scores")
    int_fields = ("year", "criteria_version")
    default_order = "year desc, village_id"

    def criteria(self, version: int | None = None) -> grading.Criteria:
        versions = criteria_versions(self.store.form_dirs())
        if version is None:
            return versions[max(versions)]
        if version not in versions:
            raise UserError(f"Không có bộ tiêu chí chấm điểm phiên bản {version}.")
        return versions[version]

    def clean(self, data: dict[str, Any]) -> dict[str, Any]:
        record = super().clean(data)
        if isinstance(data.get("scores"), dict):
            record["scores"] = json.dumps(
                {k: data["scores"][k] for k in sorted(data["scores"])}, ensure_ascii=False
            )
        return record

    @staticmethod
    def scores_of(record: dict) -> dict[str, Any]:
        try:
            value = json.loads(record.get("scores") or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def check(self, record: dict) -> list[Issue]:
        issues: list[Issue] = []
        year = record.get("year")
        if not isinstance(year, int) or not 1900 <= year <= 2100:
            return [error("year", "Năm chấm điểm phải từ 1900 đến 2100.")]
        village = self.store.villages.get(record.get("village_id") or "")
        if village is None:
            return [error("village_id", "Chưa chọn khu dân cư.")]
        body_id = record.get("body_id")
        if body_id:
            body = self.store.bodies.get(body_id)
            if (
                body is None
                or body["kind"] != "village_committee"
                or body["village_id"] != village["id"]
            ):
                issues.append(
                    error(
                        "body_id", "Ban được chấm phải là Ban công tác Mặt trận của khu dân cư này."
                    )
                )
        criteria = self.criteria(record.get("criteria_version"))
        issues += criteria.check_scores(self.scores_of(record))
        same = self.store.conn.execute(
            "select count(*) from gradings where year = ? and village_id = ? and id != ? and deleted_at is null",
            [year, village["id"], record["id"]],
        ).fetchone()[0]
        if same:
            issues.append(
                error(
                    "village_id",
                    f"{village['name']} đã được chấm điểm năm {year}; sửa kết quả đã có.",
                )
            )
        return issues

    def derive(self, record: dict) -> dict:
        if record.get("commune_code") not in (None, self.store.owner_code()):
            return {}  # a commune's verdict, under its province's criteria, is kept as it was sent
        criteria = self.criteria(record.get("criteria_version"))
        total = criteria.total(self.scores_of(record))
        return {
            "criteria_version": criteria.version,
            "total": total,
            "rank": criteria.rank_of(total).code,
        }

    def grade(
        self,
        year: int,
        village_id: str,
        scores: dict[str, int],
        evidence: str | None = None,
        body_id: str | None = None,
    ) -> dict:
        """Enter (or correct) a village's scores for the year."""
        if body_id is None:
            body_id = self.current_committee(village_id)
        existing = self.store.query(
            "select id from gradings where year = ? and village_id = ? and deleted_at is null",
            [year, village_id],
        )
        data = {
            "year": year,
            "village_id": village_id,
            "body_id": body_id,
            "scores": scores,
            "evidence": evidence,
        }
        if existing:
            return self.update(existing[0]["id"], data)
        return self.add({**data, "criteria_version": self.criteria().version})

    def current_committee(self, village_id: str) -> str | None:
        row = self.store.conn.execute(
            "select id from bodies where kind = 'village_committee' and village_id = ? and deleted_at is null "
            "and dissolved_on is null order by term_start desc limit 1",
            [village_id],
        ).fetchone()
        return row[0] if row else None

    def query(
        self,
        year: int | None = None,
        commune_code: str | None = None,
        search: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """The year's results with the village, and the same village's result the year before;
        sorted by a column of the list (GRADING_ORDER) when asked."""
        where = (
            Where(
                "select g.*, v.name as village_name, v.sort_key as village_sort, "
                "b.name as body_name, prev.total as previous_total, prev.rank as previous_rank "
                "from gradings g join villages v on v.id = g.village_id "
                "left join bodies b on b.id = g.body_id "
                "left join gradings prev on prev.village_id = g.village_id and prev.year = g.year - 1 "
                "and prev.deleted_at is null where g.deleted_at is null"
            )
            .given(year, "g.year = ?")
            .given(commune_code, "g.commune_code = ?")
            .search(search, "v.name_fold")
        )
        return ordering.listed(
            self.store,
            where.sql,
            where.params,
            "g.year desc, g.total desc, v.sort_key",
            GRADING_ORDER,
            sort,
        )

    def ranks_by_commune(self, year: int) -> list[dict]:
        """At the upper level: per commune, how many village committees earned each rank code."""
        return self.store.query(
            "select commune_code, rank, count(*) as villages, round(avg(total), 1) as average "
            "from gradings where year = ? and deleted_at is null group by commune_code, rank "
            "order by commune_code, rank",
            [year],
        )


class Commendations(Register):
    table = "commendations"
    label = "khen thưởng"
    fields = (
        "year",
        "subject_kind",
        "person_id",
        "body_id",
        "household_name",
        "village_id",
        "form",
        "level",
        "reason",
        "status",
        "decision_number",
        "decision_date",
        "notes",
    )
    raw_fields = (
        "subject_kind",
        "person_id",
        "body_id",
        "village_id",
        "form",
        "level",
        "status",
        "decision_date",
    )
    int_fields = ("year",)
    default_order = "year desc"
    validator = staticmethod(grading.validate_commendation)

    def check(self, record: dict) -> list[Issue]:
        issues = super().check(record)
        if record.get("person_id") and self.store.people.get(record["person_id"]) is None:
            issues.append(error("person_id", "Không tìm thấy người được khen trong sổ."))
        if record.get("body_id") and self.store.bodies.get(record["body_id"]) is None:
            issues.append(error("body_id", "Không tìm thấy ban được khen."))
        return issues

    def derive(self, record: dict) -> dict:
        if record.get("commune_code") not in (None, self.store.owner_code()):
            return {}  # the person may arrive in the same bundle: keep the fold the commune sent
        name = record.get("household_name")
        if record.get("person_id"):
            row = self.store.conn.execute(
                "select full_name from people where id = ?", [record["person_id"]]
            ).fetchone()
            name = row[0] if row else name
        elif record.get("body_id"):
            row = self.store.conn.execute(
                "select name from bodies where id = ?", [record["body_id"]]
            ).fetchone()
            name = row[0] if row else name
        return {"name_fold": text.fold(name)}

    def query(
        self,
        year: int | None = None,
        person_id: str | None = None,
        status: str | None = None,
        commune_code: str | None = None,
        search: str | None = None,
        sort: Sort = None,
    ) -> list[dict]:
        """Commendations, newest year first, or by a column of the list (COMMENDATION_ORDER)."""
        where = (
            Where(
                "select c.*, coalesce(p.full_name, b.name, c.household_name) as subject_name, "
                "coalesce(v.name, pv.name, bv.name) as village_name from commendations c "
                "left join people p on p.id = c.person_id left join bodies b on b.id = c.body_id "
                "left join villages v on v.id = c.village_id left join villages pv on pv.id = p.village_id "
                "left join villages bv on bv.id = b.village_id where c.deleted_at is null"
            )
            .given(year, "c.year = ?")
            .given(person_id, "c.person_id = ?")
            .given(status, "c.status = ?")
            .given(commune_code, "c.commune_code = ?")
            .search(search, "c.name_fold")
        )
        return ordering.listed(
            self.store,
            where.sql,
            where.params,
            "c.year desc, c.status, c.name_fold",
            COMMENDATION_ORDER,
            sort,
        )
