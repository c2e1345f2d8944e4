"""Search as you type and the overview at the size of a province (issue 12): a full-text index on
the folded names of the living people, their counts per commune, an index on bodies.predecessor_id.

people_search is an FTS5 table holding no text of its own (contentless): one entry per person
not deleted, its words the folded name split at spaces, with an index of every word's first one
and two letters, so "every word of the query is the start of a word of the name" costs the
matches, not the size of the table. Its rowid carries the commune: search_communes.key << 32
plus the person's rowid, so one commune's matches are a range of rowids and the matches per
commune are counted without reading the people table. Triggers keep it in step with every
write (the commune's own, an import's upsert, a tombstone). store/people.py reads it.

people_counts: the living people and party members of each commune, kept by triggers, so the
overview's counts (per commune and in all) read a hundred rows, not 1.8 million.

bodies.predecessor_id: "is this body the current term" asks whether a later term points at it;
without an index that was a scan of every body for every body (the upper overview).

Only indexes: no record, no rev, nothing to send upward; every office rebuilds its own.
"""

from __future__ import annotations

from sqlite_utils import Database

# Every ASCII punctuation mark is part of a word, as in the LIKE form of the same search
# (store/people.py): only spaces separate words (folded names hold no other blank).
TOKEN_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

KEY = (
    "((select key from search_communes where code = coalesce({row}.commune_code, '')) << 32)"
    " + {row}.rowid"
)

PARTY = "(coalesce({row}.party_member, 0) = 1)"
COUNT_ADD = (
    "insert into people_counts (commune_code, people, party) values (coalesce({row}.commune_code, ''),"
    f" 1, {PARTY}) on conflict (commune_code) do update set people = people + 1,"
    " party = party + excluded.party"
)
COUNT_SUB = (
    f"update people_counts set people = people - 1, party = party - {PARTY}"
    " where commune_code = coalesce({row}.commune_code, '')"
)
COUNT_MOVED = (
    "new.commune_code is not old.commune_code or "
    + PARTY.format(row="new")
    + " != "
    + PARTY.format(row="old")
)

STATEMENTS = [
    "create index if not exists idx_bodies_predecessor_id on bodies (predecessor_id)"
    " where predecessor_id is not null",
    "create table if not exists search_communes (key integer primary key, code text not null unique)",
    "create virtual table if not exists people_search using fts5(name, content='', detail=none,"
    " prefix='1 2', tokenize=\"unicode61 remove_diacritics 0 tokenchars '"
    + TOKEN_CHARS.replace("'", "''").replace('"', '""')
    + "'\")",
    "create trigger if not exists people_search_insert after insert on people"
    " when new.deleted_at is null begin"
    "  insert or ignore into search_communes (code) values (coalesce(new.commune_code, ''));"
    f"  insert into people_search (rowid, name) values ({KEY.format(row='new')}, new.name_fold);"
    " end",
    "create trigger if not exists people_search_delete after delete on people"
    " when old.deleted_at is null begin"
    "  insert into people_search (people_search, rowid, name)"
    f"  values ('delete', {KEY.format(row='old')}, old.name_fold);"
    " end",
    # One trigger, the old words out before the new ones in: a word both names share has one
    # entry for the person (detail=none), which the delete would otherwise take away.
    "create trigger if not exists people_search_update after update of name_fold, deleted_at,"
    " commune_code on people when (old.deleted_at is null) != (new.deleted_at is null)"
    " or (new.deleted_at is null and (new.name_fold is not old.name_fold"
    " or new.commune_code is not old.commune_code)) begin"
    "  insert into people_search (people_search, rowid, name)"
    f"  select 'delete', {KEY.format(row='old')}, old.name_fold where old.deleted_at is null;"
    "  insert or ignore into search_communes (code) select coalesce(new.commune_code, '')"
    "  where new.deleted_at is null;"
    f"  insert into people_search (rowid, name) select {KEY.format(row='new')}, new.name_fold"
    "  where new.deleted_at is null;"
    " end",
    "create table if not exists people_counts (commune_code text primary key,"
    " people integer not null default 0, party integer not null default 0)",
    "create trigger if not exists people_counts_insert after insert on people"
    " when new.deleted_at is null begin"
    f"  {COUNT_ADD.format(row='new')};"
    " end",
    "create trigger if not exists people_counts_delete after delete on people"
    " when old.deleted_at is null begin"
    f"  {COUNT_SUB.format(row='old')};"
    " end",
    "create trigger if not exists people_counts_update_old after update of deleted_at, party_member,"
    f" commune_code on people when old.deleted_at is null and (new.deleted_at is not null or {COUNT_MOVED})"
    f" begin {COUNT_SUB.format(row='old')}; end",
    "create trigger if not exists people_counts_update_new after update of deleted_at, party_member,"
    f" commune_code on people when new.deleted_at is null and (old.deleted_at is not null or {COUNT_MOVED})"
    f" begin {COUNT_ADD.format(row='new')}; end",
]


def fill(conn) -> None:
    """(Re)build people_search and people_counts from the people table (a contentless index
    cannot rebuild itself)."""
    conn.execute("insert into people_search (people_search) values ('delete-all')")
    conn.execute(
        "insert or ignore into search_communes (code) select distinct coalesce(commune_code, '') from people"
        " where deleted_at is null"
    )
    conn.execute(
        "insert into people_search (rowid, name) select (c.key << 32) + p.rowid, p.name_fold"
        " from people p join search_communes c on c.code = coalesce(p.commune_code, '')"
        " where p.deleted_at is null order by c.key, p.rowid"
    )
    conn.execute("insert into people_search (people_search) values ('optimize')")
    conn.execute("delete from people_counts")
    conn.execute(
        "insert into people_counts (commune_code, people, party) select coalesce(commune_code, ''),"
        " count(*), sum(coalesce(party_member, 0) = 1) from people where deleted_at is null group by 1"
    )


def migrate(db: Database) -> None:
    for sql in STATEMENTS:
        db.execute(sql)
    fill(db.conn)
