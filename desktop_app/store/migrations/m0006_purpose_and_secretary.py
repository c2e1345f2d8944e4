"""Two columns for the law as it stands in 2026 (issue 14):

- evaluations.purpose: NULL for the yearly comment of Regulation 213; "personnel", "commendation"
  or "discipline" for a comment taken when needed (Hướng dẫn 33-HD/BTCTW §1.1), which exempt
  members may get although they are not in the yearly round;
- villages.party_secretary: the name of the village party cell's secretary, printed on the
  comment form's signature line (blank when unknown).

Both are plain columns of synced tables: existing rows keep NULL, nothing is rewritten.
"""

from __future__ import annotations

from sqlite_utils import Database


def migrate(db: Database) -> None:
    if "purpose" not in db["evaluations"].columns_dict:
        db["evaluations"].add_column("purpose", str)
    if "party_secretary" not in db["villages"].columns_dict:
        db["villages"].add_column("party_secretary", str)
