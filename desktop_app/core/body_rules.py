"""Composition rules of the bodies (docs/domain.md), all warnings: the office decides.

`members` are the body's current memberships (role, branch, person's village_id).
`settings` maps the keys of core/settings.py to their values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.errors import Issue, warning


@dataclass(frozen=True)
class Tally:
    """What the rules read of a body's current members: how many, by role and by branch, and
    (for an inspection board) the members' villages. SQL can count it for every body at once
    (store/bodies.py), the rules stay here."""

    members: int
    heads: int = 0
    deputies: int = 0
    residents: int = 0
    branches: frozenset[str] = frozenset()
    villages: tuple[str | None, ...] = ()


def tally(members: list[dict]) -> Tally:
    return Tally(
        members=len(members),
        heads=sum(1 for m in members if m.get("role") == "head"),
        deputies=sum(1 for m in members if m.get("role") == "deputy"),
        residents=sum(1 for m in members if m.get("branch") == "resident"),
        branches=frozenset(m["branch"] for m in members if m.get("branch")),
        villages=tuple(m.get("village_id") for m in members),
    )


def check_composition(
    body: dict,
    members: list[dict],
    setting: Callable[[str], int],
    village_ids: set[str] | None = None,
) -> list[Issue]:
    return check_tally(body, tally(members), setting, village_ids)


def check_tally(
    body: dict,
    counted: Tally,
    setting: Callable[[str], int],
    village_ids: set[str] | None = None,
) -> list[Issue]:
    """The composition rules of one body over its members' tally (village_ids: the current
    villages of an inspection board's commune; its tally then holds the members' villages)."""
    kind = body.get("kind")
    n = counted.members
    heads, deputies = counted.heads, counted.deputies
    issues: list[Issue] = []
    if kind == "village_committee":
        lo, hi = setting("committee_size_min"), setting("committee_size_max")
        if not lo <= n <= hi:
            issues.append(
                warning("members", f"Ban có {n} thành viên, ngoài khoảng {lo}–{hi} theo cài đặt.")
            )
        if heads != 1:
            issues.append(warning("members", f"Ban cần đúng một Trưởng ban (đang có {heads})."))
    elif kind == "inspection_board":
        lo = setting("inspection_min_members")
        if n < lo:
            issues.append(
                warning("members", f"Ban thanh tra nhân dân có {n} thành viên, cần ít nhất {lo}.")
            )
        max_dep = (
            setting("inspection_max_deputies")
            if n >= setting("inspection_deputies_threshold")
            else 1
        )
        if deputies > max_dep:
            issues.append(
                warning(
                    "members",
                    f"Có {deputies} phó ban; với {n} thành viên chỉ được tối đa {max_dep}.",
                )
            )
        if heads != 1:
            issues.append(warning("members", f"Ban cần đúng một Trưởng ban (đang có {heads})."))
        if village_ids:
            covered = set(counted.villages)
            missing = len(village_ids - covered)
            doubled = n - len({v for v in counted.villages if v})
            if missing:
                issues.append(
                    warning(
                        "members",
                        f"{missing} khu dân cư chưa có thành viên ban thanh tra nhân dân.",
                    )
                )
            if doubled > 0:
                issues.append(
                    warning(
                        "members", "Có khu dân cư có hơn một thành viên ban thanh tra nhân dân."
                    )
                )
    elif kind == "supervision_board":
        lo = setting("supervision_min_members")
        if n < lo:
            issues.append(
                warning("members", f"Ban giám sát đầu tư có {n} thành viên, cần ít nhất {lo}.")
            )
        if heads != 1:
            issues.append(warning("members", f"Ban cần đúng một Trưởng ban (đang có {heads})."))
        if deputies > setting("supervision_max_deputies"):
            issues.append(
                warning(
                    "members",
                    f"Có {deputies} phó ban, tối đa {setting('supervision_max_deputies')}.",
                )
            )
        # Nghị định 29/2021 and Nghị định 59/2023 art. 17: a representative of the commune
        # Front and of the inspection board, with the residents' representatives.
        branches = counted.branches
        if setting("supervision_needs_front") and "front" not in branches:
            issues.append(
                warning("members", "Ban giám sát đầu tư chưa có đại diện Ủy ban MTTQ xã.")
            )
        if setting("supervision_needs_inspection") and "inspection" not in branches:
            issues.append(
                warning("members", "Ban giám sát đầu tư chưa có đại diện Ban thanh tra nhân dân.")
            )
        residents = counted.residents
        if residents > setting("supervision_max_residents"):
            issues.append(
                warning(
                    "members",
                    f"Có {residents} đại diện nhân dân, tối đa {setting('supervision_max_residents')}.",
                )
            )
    return issues
