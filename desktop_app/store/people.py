"""People: recorded once, linked to every body they serve in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core import bounds, enums, idnumber, rules, text
from desktop_app.core.errors import Issue, UserError, warning
from desktop_app.store import ordering, refdata
from desktop_app.store.register import Register, Where

PERSON_ROWID = 0xFFFFFFFF  # the low 32 bits of a people_search rowid: the person's rowid (m0005)
# Up to this many matches, the rows are found through people_search and sorted; beyond, walking
# the Vietnamese order meets the first page of matches sooner (about 200 × people / matches rows).
FEW_MATCHES = 8000
# A ranked group walks the order's index when that reads fewer than this many index entries
# per match it would otherwise sort (measured at 1.75 million people: bench/bench_upper.py).
WALK_RATIO = 4
# Up to about this many matches over every commune, counting them per commune is one pass
# grouping the matches; beyond, one count per commune's stretch of the index (measured at 1.75
# million people: 'nguyen' 54,000 matches grouped in 7.5 ms, 'n' 350,000 in 65 ms or 21 ms
# counted commune after commune).
GROUPED_MATCHES = 100_000
# people_search's marker words (m0011): before the given name, before the family name.
PREFIX_INDEXED = 7  # people_search indexes the first 1 to 7 letters of every word (m0011)
GIVEN_MARK = "\ue000"
FAMILY_MARK = "\ue001"
PLAIN_ORDER = "p.sort_key, p.id"  # Vietnamese order
# The upper level's every-commune order merges one stretch of its index a commune (m0013), in
# one compound SELECT; SQLite takes up to 500 SELECTs in a compound (SQLITE_MAX_COMPOUND_SELECT).
MERGED_COMMUNES = 400

#: The list's columns people can be sorted by, and what each sorts by: a coded column by the
#: name shown for it ("Dân tộc" by the group's name), in Vietnamese order.
SORTABLE: ordering.SortKeys = {
    "full_name": ordering.value("p.sort_key"),
    "sex": ordering.labels("p.sex", enums.SEXES),
    "birth_date": ordering.value("p.birth_date"),
    "ethnicity_code": lambda: ordering.labels("p.ethnicity_code", refdata.ethnic_names()),
    "village_name": ordering.value("v.sort_key"),
    "id_number": ordering.value("p.id_number"),
    "phone": ordering.value("p.phone"),
    "party_member": ordering.sql("nullif(p.party_member, 0)"),
}


def _name_rank(name_fold: str | None, word: str) -> int:
    """0: the given name (the last word) starts with the word searched; 1: the family name
    (the first) does; 2: otherwise (a middle name)."""
    words = (name_fold or "").split(" ")
    return 0 if words[-1].startswith(word) else 1 if words[0].startswith(word) else 2


def _with_village(sql: str) -> str:
    """The SELECT of a person's row and their village's name over `sql` (" from people p …")."""
    return "select p.*, v.name as village_name" + sql.replace(
        " from people p", " from people p left join villages v on v.id = p.village_id", 1
    )


def _phrase(word: str, mark: str = "") -> str:
    """The FTS5 query of the words starting with mark + word."""
    return '"' + (mark + word).replace('"', '""') + '"*'


class People(Register):
    table = "people"
    label = "người"
    fields = (
        "full_name",
        "sex",
        "birth_date",
        "ethnicity_code",
        "religion_code",
        "village_id",
        "id_number",
        "phone",
        "occupation",
        "education",
        "theory_level",
        "party_member",
        "party_admission_date",
        "notes",
    )
    raw_fields = (
        "sex",
        "birth_date",
        "ethnicity_code",
        "religion_code",
        "village_id",
        "id_number",
        "phone",
        "party_admission_date",
    )
    int_fields = ("party_member",)
    default_order = "sort_key"

    def clean(self, data: dict) -> dict:
        out = super().clean(data)
        if "id_number" in out:
            out["id_number"] = idnumber.clean(out["id_number"])
        if "party_member" in out:
            out["party_member"] = 1 if out["party_member"] else 0
        return out

    def derive(self, record: dict) -> dict:
        return {
            "name_fold": text.fold(record.get("full_name")),
            "sort_key": text.person_sort_key(record.get("full_name")),
        }

    def check(self, record: dict) -> list[Issue]:
        from desktop_app.store import refdata

        prefixes = {p["id_prefix"] for p in refdata.provinces_2008()}
        issues = rules.validate_person(record, self.store.today(), prefixes)
        if any(i.is_error for i in issues):
            return issues
        for other in self.duplicates_of(record):
            issues.append(
                warning(
                    "full_name",
                    f"Có thể trùng với {other['full_name']}"
                    f" (sinh {(other['birth_date'] or '?')[:4]}) đã có trong sổ.",
                )
            )
        return issues

    def duplicates_of(self, record: dict) -> list[dict]:
        """Same ID number, or same folded name and birth year in the same village."""
        found = []
        if record.get("id_number"):
            found += self.store.query(
                "select * from people where id_number = ? and id != ? and deleted_at is null",
                [record["id_number"], record["id"]],
            )
        if record.get("birth_date"):
            found += self.store.query(
                "select * from people where name_fold = ? and substr(birth_date, 1, 4) = ?"
                " and coalesce(village_id, '') = coalesce(?, '') and id != ? and deleted_at is null",
                [
                    text.fold(record.get("full_name")),
                    record["birth_date"][:4],
                    record.get("village_id"),
                    record["id"],
                ],
            )
        unique = {r["id"]: r for r in found}
        return list(unique.values())

    def _filters(
        self,
        search: str | None,
        village_id: str | None,
        party_member: bool | None,
        sex: str | None = None,
        commune_code: str | None = None,
    ) -> Where:
        """Every word of the search is the start of a word of the folded name (a number: the
        start of the ID number, or in the phone or the name); the same test as people_search's
        (_match), read here along an index in Vietnamese order."""
        where = Where(" from people p where p.deleted_at is null")
        terms = text.search_terms(search or "")
        for term in terms:
            if term.isdigit():  # an ID number or phone typed in part, or a digit in a name
                where.sql += (
                    " and (p.id_number like ? escape '\\' or p.phone like ? escape '\\'"
                    " or p.name_fold like ? escape '\\')"
                )
                where.params += [
                    bounds.like_prefix(term),
                    bounds.like_contains(term),
                    bounds.like_contains(term),
                ]
            else:
                where.sql += " and (' ' || p.name_fold) like ? escape '\\'"
                where.params.append(f"% {bounds.like_literal(term)}%")
        return (
            where.given(village_id, "p.village_id = ?")
            .given(
                None if party_member is None else int(party_member),
                "coalesce(p.party_member, 0) = ?",
            )
            .given(sex, "p.sex = ?")
            .given(commune_code, "p.commune_code = ?")
        )

    @staticmethod
    def _match(
        search: str | None,
        village_id: str | None = None,
        party_member: bool | None = None,
        sex: str | None = None,
        commune_code: str | None = None,
    ) -> str | None:
        """The FTS5 query of people_search (m0005) for a search the index answers alone: words
        only, every commune, no other filter. None otherwise: the filters of _filters then (one
        commune's stretch of its index is read as fast as at a commune office)."""
        terms = text.search_terms(search or "")
        if (
            not terms
            or village_id
            or party_member is not None
            or sex
            or commune_code
            or any(t.isdigit() or GIVEN_MARK in t or FAMILY_MARK in t for t in terms)
        ):
            return None
        return " ".join(_phrase(t) for t in terms)

    def _commune_rowids(self, commune_code: str) -> tuple[int, int]:
        """The range of people_search rowids that holds one commune's people."""
        row = self.store.conn.execute(
            "select key from search_communes where code = ?", [commune_code]
        ).fetchone()
        key = row[0] if row else 0  # keys start at 1: no key, no rowid in range
        return key << 32, (key << 32) | PERSON_ROWID

    def _matches(self, match: str, commune_code: str | None) -> tuple[str, list]:
        """(" from people_search s where …", params): the people a search finds, one commune's or all."""
        sql, params = " from people_search s where people_search match ?", [match]
        if commune_code:
            sql += " and s.rowid between ? and ?"
            params += list(self._commune_rowids(commune_code))
        return sql, params

    def query(
        self,
        search: str | None = None,
        village_id: str | None = None,
        party_member: bool | None = None,
        sex: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        commune_code: str | None = None,
        commune_order: Sequence[str] = (),
        commune_counts: Mapping[str, int] | None = None,
        order: str | None = None,
        descending: bool = False,
        rank: bool = True,
    ) -> list[dict]:
        """People in Vietnamese order (given name, family name, middle names), with the village name.

        A search ranks people whose given name starts with the (last) word typed first, then
        those whose family name does, then the rest, each group in Vietnamese order: "duc" lists
        the people named Đức before "Bùi Đức Anh". order, one of SORTABLE (a column of the list),
        sorts by that column instead (empty values last, ties in Vietnamese order); rank=False
        keeps Vietnamese order for a search too.

        commune_code keeps one commune's people (the upper level). commune_order, commune codes,
        lists the communes' people one commune after another in that order (communes it does not
        name come last, by code), each in Vietnamese order; commune_counts, when the caller
        already has count_by_commune() of the same filters, saves counting them again."""
        filters = {
            "search": search,
            "village_id": village_id,
            "party_member": party_member,
            "sex": sex,
        }
        if commune_order and not commune_code and not order:
            counts = self.count_by_commune(**filters) if commune_counts is None else commune_counts
            return self._by_commune(filters, commune_order, counts, limit, offset)
        order_sql, order_params = self._order(search if rank else None, order, descending)
        match = self._match(**filters, commune_code=commune_code)
        if match is not None and not commune_code and not order and order_params:
            return self._ranked(match, order_params[0], filters, limit, offset)
        if match is not None:
            found, params = self._matches(match, commune_code)
            # Every match wanted (a printed list, `list people`), an order other than the
            # Vietnamese one (ranked, or by a column: every match is sorted anyway), or few
            # matches: sorting the matches beats walking the whole order to find them.
            few = (
                limit is None
                or order_sql != PLAIN_ORDER
                or (
                    self._fts_count(match)
                    if not commune_code
                    else self.store.conn.execute(
                        f"select count(*) from (select 1{found} limit ?)",
                        [*params, FEW_MATCHES + 1],
                    ).fetchone()[0]
                )
                <= FEW_MATCHES
            )
            if few:
                sql = (
                    "select p.*, v.name as village_name"
                    + found.replace(
                        " from people_search s",
                        " from people_search s cross join people p on p.rowid ="
                        f" (s.rowid & {PERSON_ROWID}) left join villages v on v.id = p.village_id",
                        1,
                    )
                    + f" order by {order_sql}"
                )
                params += order_params
                if limit is not None or offset:
                    sql += " limit ? offset ?"
                    params += [-1 if limit is None else limit, offset]
                return self.store.query(sql, params)
        where = self._filters(**filters, commune_code=commune_code)
        if order_sql == PLAIN_ORDER:
            return self._in_order(where, limit, offset, every_commune=not commune_code)
        sql = _with_village(where.sql) + f" order by {order_sql}"
        params = where.params + order_params
        if limit is not None or offset:
            sql += " limit ? offset ?"
            params += [-1 if limit is None else limit, offset]
        return self.store.query(sql, params)

    def _in_order(
        self, where: Where, limit: int | None, offset: int, every_commune: bool = True
    ) -> list[dict]:
        """The people `where` keeps, with their village's name, in Vietnamese order.

        An upper office keeps no index of the whole province's order (m0013): every commune's
        people are read along its own stretch of the order (idx_people_commune_code_sort_key)
        and SQLite merges the stretches, one SELECT a commune in a compound ordered the same
        way, pulling from each only the rows the page needs."""
        codes = self._merged_communes() if every_commune else None
        if codes is None:
            sql, params = _with_village(where.sql) + f" order by {PLAIN_ORDER}", list(where.params)
        elif not codes:
            return []
        else:
            # A page: the merge reads the index alone, then only the page's rows are read whole
            # (and sorted again, 200 of them). Every row: the merge reads them whole as it goes.
            select = (
                "select p.rowid as person, p.sort_key, p.id" + where.sql
                if limit is not None
                else _with_village(where.sql)
            )
            sql = " union all ".join([select + " and p.commune_code = ?"] * len(codes))
            sql += " order by sort_key, id"
            params = [x for code in codes for x in (*where.params, code)]
        if limit is not None or offset:
            sql += " limit ? offset ?"
            params += [-1 if limit is None else limit, offset]
        if codes and limit is not None:
            sql = (
                "select p.*, v.name as village_name from (" + sql + ") as page"
                " cross join people p on p.rowid = page.person"
                " left join villages v on v.id = p.village_id order by page.sort_key, page.id"
            )
        return self.store.query(sql, params)

    def _merged_communes(self) -> list[str] | None:
        """The communes whose orders an every-commune list merges: at an upper office, those
        with people (people_counts); None at a commune office, whose list walks the order's own
        index, or beyond MERGED_COMMUNES (SQLite then sorts the rows: slower, the same list)."""
        if not self.store.is_upper:
            return None
        codes = sorted(self.count_by_commune())
        return codes if len(codes) <= MERGED_COMMUNES else None

    def _fts_count(self, match: str) -> int:
        """How many people a people_search query finds, every commune; remembered until the
        database changes (a keystroke's count, its first page and the next pages count once)."""
        version = (
            self.store.conn.execute("pragma data_version").fetchone()[0],
            self.store.conn.total_changes,
        )
        cache = self.__dict__.setdefault("_counts", {})
        if cache.get("version") != version:
            cache.clear()
            cache["version"] = version
        if match not in cache:
            cache[match] = self.store.conn.execute(
                "select count(*) from people_search where people_search match ?", [match]
            ).fetchone()[0]
        return cache[match]

    def forget_counts(self) -> None:
        """Drop the remembered search counts (a benchmark's repeated keystroke counts afresh)."""
        self.__dict__.pop("_counts", None)

    def _ranked(
        self, match: str, last: str, filters: dict, limit: int | None, offset: int
    ) -> list[dict]:
        """Rows offset… of a search ranked by name part (issue 13), every commune, without
        sorting every match: people_search's markers (m0011) make each group — the given name
        starts with the last word, else the family name does, else neither — a query of its own,
        counted by the index; only the groups the rows fall in are read, each in Vietnamese
        order: its few matches sorted, or its many met walking the order's index."""
        given, family = _phrase(last, GIVEN_MARK), _phrase(last, FAMILY_MARK)
        groups = [
            f"{match} {given}",
            f"({match} {family}) NOT {given}",
            f"{match} NOT ({given} OR {family})",
        ]
        people = self.count()
        rows: list[dict] = []
        for rank, group in enumerate(groups):
            if limit is not None and len(rows) >= limit:
                break
            if rank < 2:
                found = self._fts_count(group)
            else:  # the rest: what the first two groups left
                found = self._fts_count(match) - self._fts_count(groups[0])
                found -= self._fts_count(groups[1])
            if offset >= found:
                offset -= found
                continue
            take = found - offset if limit is None else min(limit - len(rows), found - offset)
            ranges = text.given_name_key_ranges(last) if rank == 0 else None
            if limit is None or found <= FEW_MATCHES or (rank == 0 and ranges is None):
                walk = None
            elif rank == 0:  # the given names starting with the word: stretches of the order
                walk = ranges
            else:  # spread over the whole order: walking it meets them at their density
                walk = [("", "\x7f")] if (offset + take) * people < WALK_RATIO * found**2 else None
            if walk:  # the stretches lie apart and in order: the first offset + take met
                self.store.conn.create_function("name_rank", 2, _name_rank, deterministic=True)
                where = self._filters(**filters)
                where.sql += (
                    " and p.sort_key >= ? and p.sort_key < ? and name_rank(p.name_fold, ?) = ?"
                )
                met: list[dict] = []
                for low, high in walk:
                    stretch = Where(where.sql)
                    stretch.params = [*where.params, low, high, last, rank]
                    met += self._in_order(stretch, offset + take - len(met), 0)
                    if len(met) >= offset + take:
                        break
                rows += met[offset : offset + take]
            else:
                rows += self.store.query(
                    "select p.*, v.name as village_name from people_search s cross join people p"
                    f" on p.rowid = (s.rowid & {PERSON_ROWID}) left join villages v"
                    " on v.id = p.village_id where people_search match ?"
                    " order by p.sort_key, p.id limit ? offset ?",
                    [group, take, offset],
                )
            offset = 0
        return rows

    def _order(
        self, search: str | None, order: str | None, descending: bool
    ) -> tuple[str, list[str]]:
        """The ORDER BY of query(), and its parameters."""
        if order:
            terms, params = ordering.order_by(SORTABLE, (order, descending))
            way = " desc" if descending else ""
            return f"{terms}, p.sort_key{way}, p.id", params
        words = [t for t in text.search_terms(search or "") if not t.isdigit()]
        if not words or len(words[-1]) < 2:  # one letter ranks nothing, and would sort every row
            return PLAIN_ORDER, []
        self.store.conn.create_function("name_rank", 2, _name_rank, deterministic=True)
        return "name_rank(p.name_fold, ?), p.sort_key, p.id", [words[-1]]

    def _by_commune(
        self,
        filters: dict,
        order: Sequence[str],
        counts: Mapping[str, int],
        limit: int | None,
        offset: int,
    ) -> list[dict]:
        """Rows offset… of the communes' lists laid end to end. An ORDER BY on the commune's rank
        would sort every match of every commune at each keystroke; knowing each commune's count,
        only the communes the rows fall in are read (one alone along its index, in order)."""
        codes = [c for c in dict.fromkeys(order) if counts.get(c)]
        codes += sorted(c for c, n in counts.items() if n and c not in set(order))
        window: list[str] = []
        for code in codes:
            if not window and offset >= counts[code]:
                offset -= counts[code]
                continue
            window.append(code)
            if limit is not None and sum(counts[c] for c in window) - offset >= limit:
                break
        if len(window) <= 1:
            return (
                self.query(
                    **filters, commune_code=window[0], limit=limit, offset=offset, rank=False
                )
                if window
                else []
            )  # commune after commune, each in its order
        marks = ", ".join("?" * len(window))
        rank = (
            "case p.commune_code "
            + " ".join(f"when ? then {i}" for i in range(len(window)))
            + " end"
        )
        match = self._match(**filters)
        if match is not None:  # the window's matches among the index's: no commune read whole
            keys = [
                key
                for (key,) in self.store.conn.execute(
                    f"select key from search_communes where code in ({marks})", window
                )
            ]
            sql = (
                "select p.*, v.name as village_name from people_search s cross join people p"
                f" on p.rowid = (s.rowid & {PERSON_ROWID}) left join villages v"
                " on v.id = p.village_id where people_search match ?"
                f" and (s.rowid >> 32) in ({', '.join('?' * len(keys))})"
                f" order by {rank}, p.sort_key, p.id limit ? offset ?"
            )
            return self.store.query(
                sql, [match, *keys, *window, -1 if limit is None else limit, offset]
            )
        where = self._filters(**filters)
        sql = (
            _with_village(where.sql)
            + f" and p.commune_code in ({marks}) order by {rank}, p.sort_key, p.id limit ? offset ?"
        )
        return self.store.query(
            sql, [*where.params, *window, *window, -1 if limit is None else limit, offset]
        )

    def _stretch_count(self, match: str, key: int) -> int:
        """The matches of `match` in one commune's stretch of the search index (its key)."""
        return self.store.conn.execute(
            "select count(*) from people_search where people_search match ? and rowid between ? and ?",
            [match, key << 32, (key << 32) | PERSON_ROWID],
        ).fetchone()[0]

    def _largest_commune_sample(self, match: str) -> tuple[int, int] | None:
        """(key, matches) of `match` in the largest commune's stretch of the search index when
        the whole index likely holds more than GROUPED_MATCHES of them (one count, under a
        millisecond), else None: few matches ("nguyen van d", 1,640 at 1.75 million people) are
        grouped by commune in one pass (10 ms), where counting commune after commune seeks 100
        stretches (57 ms)."""
        largest = self.store.conn.execute(
            "select c.key, p.people, (select sum(people) from people_counts)"
            " from people_counts p join search_communes c on c.code = p.commune_code"
            " order by p.people desc limit 1"
        ).fetchone()
        if largest is None or not largest[1]:
            return None
        key, people, everyone = largest
        sample = self._stretch_count(match, key)
        return (key, sample) if sample * everyone > GROUPED_MATCHES * people else None

    def count_by_commune(
        self,
        search: str | None = None,
        village_id: str | None = None,
        party_member: bool | None = None,
        sex: str | None = None,
    ) -> dict[str, int]:
        """How many people match, per commune code (communes with none left out)."""
        if not (search or "").strip() and not village_id and not sex:  # people_counts (m0005)
            column = (
                "people" if party_member is None else "party" if party_member else "people - party"
            )
            return dict(
                self.store.conn.execute(
                    f"select commune_code, {column} from people_counts where {column} > 0"
                ).fetchall()
            )
        match = self._match(search, village_id, party_member, sex)
        terms = text.search_terms(search)
        sampled = (
            self._largest_commune_sample(match)
            if match is not None and all(len(t) <= PREFIX_INDEXED for t in terms)
            else None
        )
        if match is not None and sampled is not None:
            # Words in the index's prefix index that many people have: their entries are read
            # once per commune's stretch of rowids (grouping every match of "n" sorts 360,000
            # rows; a stretch read costs a few seeks, 100 communes' 20 ms).
            counts = {}
            for key, code in self.store.conn.execute(
                "select key, code from search_communes order by key"
            ).fetchall():
                n = sampled[1] if key == sampled[0] else self._stretch_count(match, key)
                if n:
                    counts[code] = n
            return counts
        if match is not None:
            return dict(
                self.store.conn.execute(
                    "select c.code, n from (select s.rowid >> 32 as key, count(*) as n from people_search s"
                    " where people_search match ? group by 1) join search_communes c using (key)",
                    [match],
                ).fetchall()
            )
        where = self._filters(search, village_id, party_member, sex)
        return dict(
            self.store.conn.execute(
                "select p.commune_code, count(*)" + where.sql + " group by p.commune_code",
                where.params,
            ).fetchall()
        )

    def count_query(
        self,
        search: str | None = None,
        village_id: str | None = None,
        party_member: bool | None = None,
        sex: str | None = None,
        commune_code: str | None = None,
    ) -> int:
        if not (search or "").strip() and not village_id and not sex:  # people_counts (m0005)
            column = (
                "people" if party_member is None else "party" if party_member else "people - party"
            )
            where = Where(f"select coalesce(sum({column}), 0) from people_counts where 1").given(
                commune_code, "commune_code = ?"
            )
            return self.store.conn.execute(where.sql, where.params).fetchone()[0]
        match = self._match(search, village_id, party_member, sex, commune_code)
        if match is not None and not commune_code:
            return self._fts_count(match)
        if match is not None:
            found, params = self._matches(match, commune_code)
            return self.store.conn.execute("select count(*)" + found, params).fetchone()[0]
        where = self._filters(search, village_id, party_member, sex, commune_code)
        return self.store.conn.execute("select count(*)" + where.sql, where.params).fetchone()[0]

    def count(self, include_deleted: bool = False) -> int:
        """How many people the book holds (people_counts: a row a commune, m0005)."""
        if include_deleted:
            return super().count(include_deleted)
        return self.store.conn.execute(
            "select coalesce(sum(people), 0) from people_counts"
        ).fetchone()[0]

    def counts_by_village(self, commune_code: str | None = None) -> dict[str, int]:
        """How many people (not deleted) each village holds, in one query."""
        where = Where(
            "select village_id, count(*) from people where deleted_at is null"
            " and village_id is not null"
        ).given(commune_code, "commune_code = ?")
        return dict(
            self.store.conn.execute(where.sql + " group by village_id", where.params).fetchall()
        )

    def id_warnings(self) -> list[dict]:
        """People whose ID number disagrees with their recorded sex or birth year.

        SQL keeps only the candidates (malformed, or digits 4–6 other than the sex and birth
        year imply); core.idnumber then says what is wrong, so SQL is a filter, not the rule.
        """
        expected_digit = (
            "((cast(substr(birth_date, 1, 4) as integer) / 100 - 19) * 2 + 10) % 10"
            " + (case sex when 'female' then 1 else 0 end)"
        )
        sql = (
            "select * from people where deleted_at is null and id_number is not null and ("
            " length(id_number) != 12 or id_number glob '*[^0-9]*'"
            " or cast(substr(id_number, 4, 1) as integer) % 2 != (case sex when 'female' then 1 else 0 end)"
            f" or (birth_date is not null and (cast(substr(id_number, 4, 1) as integer) != {expected_digit}"
            "      or substr(id_number, 5, 2) != substr(birth_date, 3, 2)))"
            ") order by sort_key"
        )
        out = []
        for row in self.store.query(sql):
            birth = row["birth_date"]
            issues = idnumber.check(row["id_number"], row["sex"], int(birth[:4]) if birth else None)
            if issues:
                out.append({**row, "issues": [i.message for i in issues]})
        return out

    def _before_delete(self, record_id: str) -> None:
        active = self.store.conn.execute(
            "select count(*) from memberships where person_id = ? and end_date is null"
            " and deleted_at is null",
            [record_id],
        ).fetchone()[0]
        if active:
            raise UserError(
                f"Người này đang là thành viên của {active} ban; hãy cho thôi tham gia trước khi xóa."
            )
