"""Search as you type ranked at the size of a province (issue 12, after issue 13's ranking).

A search ranks the people whose given name (the last word of the name) starts with the last word
typed first, then those whose family name (the first word) does, then the rest, each group in
Vietnamese order. Ranking every match to show the first 200 sorted up to 240,000 rows a
keystroke at 1.75 million people. people_search (m0005) is rebuilt so that each group is a query
of its own, counted by the index alone:

* besides the words of the folded name, each entry holds two marker words: U+E000 before the
  given name and U+E001 before the family name ("nguyen van duc" is indexed as
  "nguyen van duc \\ue000duc \\ue001nguyen"). A private-use character is a letter to the tokenizer
  and never in a folded query, so a query word never meets a marker by accident;
* prefix indexes of one to seven characters (the longest syllable, and a marker with six):
  "van"* and "thi"* (half a million entries each), "nguyen"* or "\\ue000ng"* are read as one
  stored list, not merged from their words at every keystroke (+6 bytes a person);
* the curly apostrophes and the dashes of ethnic names ("H’Hen Niê") are part of a word, as
  everywhere else in the program (the name's words are its folded text split at spaces).

Same rowid (search_communes.key << 32 plus the person's rowid), same triggers' rule: only the
indexed text changes. store/people.py reads it; fill() rebuilds it from the people table.

Also an index of the current memberships by body, role and branch (the overview counts every
body's members in one pass over it: the upper level's 9,000 bodies, 190,000 memberships), and
one of the activities not deleted by date (a period's activities counted without their rows).
"""

from __future__ import annotations

from sqlite_utils import Database

GIVEN_MARK = "\ue000"
FAMILY_MARK = "\ue001"
# Only spaces separate words: ASCII punctuation, apostrophes and dashes belong to a word.
TOKEN_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~’‘ʼ‐–"

KEY = (
    "((select key from search_communes where code = coalesce({row}.commune_code, '')) << 32)"
    " + {row}.rowid"
)
_FOLD = "coalesce({row}.name_fold, '')"
# The last word of the folded name: what is left after the rest up to its last space.
_GIVEN = f"substr({_FOLD}, length(rtrim({_FOLD}, replace({_FOLD}, ' ', ''))) + 1)"
_FAMILY = f"substr({_FOLD}, 1, instr({_FOLD} || ' ', ' ') - 1)"
#: The indexed text of one person ({row}: new, old, or a table's alias).
TEXT = f"{_FOLD} || ' ' || char(57344) || {_GIVEN} || ' ' || char(57345) || {_FAMILY}"

TRIGGERS = [
    "create trigger people_search_insert after insert on people"
    " when new.deleted_at is null begin"
    "  insert or ignore into search_communes (code) values (coalesce(new.commune_code, ''));"
    f"  insert into people_search (rowid, name) values ({KEY.format(row='new')}, {TEXT.format(row='new')});"
    " end",
    "create trigger people_search_delete after delete on people"
    " when old.deleted_at is null begin"
    "  insert into people_search (people_search, rowid, name)"
    f"  values ('delete', {KEY.format(row='old')}, {TEXT.format(row='old')});"
    " end",
    # One trigger, the old words out before the new ones in (detail=none: a word both names
    # share has one entry for the person, which the delete would otherwise take away).
    "create trigger people_search_update after update of name_fold, deleted_at,"
    " commune_code on people when (old.deleted_at is null) != (new.deleted_at is null)"
    " or (new.deleted_at is null and (new.name_fold is not old.name_fold"
    " or new.commune_code is not old.commune_code)) begin"
    "  insert into people_search (people_search, rowid, name)"
    f"  select 'delete', {KEY.format(row='old')}, {TEXT.format(row='old')} where old.deleted_at is null;"
    "  insert or ignore into search_communes (code) select coalesce(new.commune_code, '')"
    "  where new.deleted_at is null;"
    f"  insert into people_search (rowid, name) select {KEY.format(row='new')}, {TEXT.format(row='new')}"
    "  where new.deleted_at is null;"
    " end",
]

TABLE = (
    "create virtual table people_search using fts5(name, content='', detail=none,"
    " prefix='1 2 3 4 5 6 7', tokenize=\"unicode61 remove_diacritics 0 tokenchars '"
    + TOKEN_CHARS.replace("'", "''").replace('"', '""')
    + "'\")"
)


def fill(conn) -> None:
    """(Re)build people_search from the people table (a contentless index cannot rebuild itself)."""
    conn.execute("insert into people_search (people_search) values ('delete-all')")
    conn.execute(
        "insert or ignore into search_communes (code) select distinct coalesce(commune_code, '') from people"
        " where deleted_at is null"
    )
    conn.execute(
        f"insert into people_search (rowid, name) select (c.key << 32) + p.rowid, {TEXT.format(row='p')}"
        " from people p join search_communes c on c.code = coalesce(p.commune_code, '')"
        " where p.deleted_at is null order by c.key, p.rowid"
    )
    conn.execute("insert into people_search (people_search) values ('optimize')")


# The overview's composition checks count every body's current members by role and branch in
# one pass (store/bodies.py tallies()): along this index, without reading the memberships.
TALLY_INDEX = (
    "create index if not exists idx_memberships_current_tally on memberships"
    " (body_id, role, branch) where deleted_at is null and end_date is null"
)


# The activities of a period at the upper level (90,000 a year in a province) counted along
# the dates without reading the rows; the list then reads its page only.
ACTIVITY_INDEX = (
    "create index if not exists idx_activities_live_date on activities"
    " (date, commune_code, campaign_id) where deleted_at is null"
)


def migrate(db: Database) -> None:
    db.execute(TALLY_INDEX)
    db.execute(ACTIVITY_INDEX)
    for name in ("people_search_insert", "people_search_delete", "people_search_update"):
        db.execute(f"drop trigger if exists {name}")
    db.execute("drop table if exists people_search")
    db.execute(TABLE)
    for sql in TRIGGERS:
        db.execute(sql)
    fill(db.conn)
