"""Opening the office's database: WAL, foreign keys, migrations, the office row, rev."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import ids
from desktop_app.core.dates import utc_now
from desktop_app.core.errors import SchemaTooNew, UserError
from desktop_app.store import migrations
from desktop_app.store.accounts import Account, authorizer
from desktop_app.store.activities import Activities, Campaigns
from desktop_app.store.bodies import Bodies
from desktop_app.store.documents import Documents
from desktop_app.store.evaluations import Evaluations
from desktop_app.store.funds import FundEntries, Funds
from desktop_app.store.gradings import Commendations, Gradings
from desktop_app.store.memberships import Memberships
from desktop_app.store.migrations.m0012_upper_without_rev_indexes import drop_rev_indexes
from desktop_app.store.migrations.m0013_upper_without_province_order_index import (
    drop_province_order_index,
)
from desktop_app.store.migrations.m0014_upper_id_numbers_by_commune import (
    index_id_numbers_by_commune,
)
from desktop_app.store.people import People
from desktop_app.store.petitions import Petitions
from desktop_app.store.residents import Residents
from desktop_app.store.settings import SettingsStore
from desktop_app.store.supervisions import Criticisms, Recommendations, Supervisions
from desktop_app.store.villages import Villages

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop_app.store.lock import OfficeLock


class NotADatabase(UserError):
    pass


BUSY_TIMEOUT_MS = 5000  # SQLite waits this long for another connection's transaction


def _not_a_database(path: Path) -> NotADatabase:
    return NotADatabase(f"Tệp “{path.name}” không phải cơ sở dữ liệu của Sổ Mặt trận.")


class LoginRequired(UserError):
    """The office is protected: open_store needs an account and its password (or the recovery key)."""


def _connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    from desktop_app.store import cipher

    conn = cipher.connect(path, key, isolation_level=None, check_same_thread=False)
    conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
    try:
        conn.execute("pragma journal_mode = wal")
    except sqlite3.OperationalError as exc:
        conn.close()
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise ReadOnlyMedium(path.parent) from None
        if "locked" in str(exc) or "busy" in str(exc):
            raise _busy_database() from None
        raise _not_a_database(path) from None
    except sqlite3.DatabaseError:
        conn.close()
        if key is not None:
            raise NotADatabase(
                f"Tệp dữ liệu “{path.name}” không mở được bằng khóa này: tệp khóa hoặc khóa khôi phục "
                "không thuộc về dữ liệu này (có thể tệp được chép từ một đơn vị khác). "
                "Dữ liệu không bị thay đổi."
            ) from None
        raise _not_a_database(path) from None
    conn.execute("pragma foreign_keys = on")
    conn.execute("pragma synchronous = normal")
    if key is not None:
        # SQLCipher decrypts a page on every read from the file: keep up to 64 MB of decrypted
        # pages (a commune of 20,000 people is about 30 MB) so that search as you type reads memory
        conn.execute("pragma cache_size = -65536")
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A database on a medium this process cannot write (a CD, a locked stick, a folder without
    write permission): opened immutable, as nothing can change it under us."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("pragma query_only = on")
    return conn


class ReadOnlyMedium(UserError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Thư mục dữ liệu “{folder}” chỉ đọc được (ổ chỉ đọc, thẻ nhớ bị khóa ghi hoặc không có quyền ghi). "
            "Hãy chép dữ liệu sang ổ ghi được, hoặc bỏ khóa ghi, rồi thử lại."
        )


def _busy_database() -> UserError:
    from desktop_app.store.lock import OfficeBusy

    return OfficeBusy("Dữ liệu đang được dùng bởi một chương trình khác, thử lại sau.")


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations this file has been through, oldest first."""
    if not conn.execute(
        "select 1 from sqlite_master where type = 'table' and name = '_sqlite_migrations'"
    ).fetchone():
        return []
    return [
        r[0]
        for r in conn.execute(
            "select name from _sqlite_migrations where migration_set = ? order by rowid",
            [migrations.MIGRATION_SET],
        )
    ]


SCHEMA_VERSION = len(migrations.names())


def _backup_before_migrating(
    path: Path, conn: sqlite3.Connection, key: bytes | None = None
) -> Path:
    from desktop_app.store import cipher

    target = path.with_name(f"{path.stem}.before-migration-{datetime.now(UTC):%Y%m%dT%H%M%S}.db")
    cipher.copy(conn, key, target)
    return target


def _database(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    # No sqlite-utils plugins: none is used, and scanning installed packages for them costs ~50 ms.
    return Database(conn, execute_plugins=False)


class Store:
    """The office's database and its registers.

    `conn` is the SQLite connection; `db` wraps it in sqlite-utils for table writes and is made on
    first use, so opening the window never pays for importing sqlite-utils (≈150 ms: click, dateutil,
    pluggy) before the first paint.

    The registers are declared here, one repository each (store/register.py is their base);
    a new register is one module and one line in the list below and in __init__."""

    settings: SettingsStore
    villages: Villages
    people: People
    bodies: Bodies
    memberships: Memberships
    campaigns: Campaigns
    activities: Activities
    residents: Residents
    evaluations: Evaluations
    documents: Documents
    funds: Funds
    fund_entries: FundEntries
    gradings: Gradings
    commendations: Commendations
    petitions: Petitions
    supervisions: Supervisions
    recommendations: Recommendations
    criticisms: Criticisms

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        key: bytes | None = None,
        account: Account | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.lock: OfficeLock | None = None  # released by close(); see store/lock.py
        self.read_only = False
        self._db: Database | None = None
        self._db_lock = threading.Lock()
        # key: the SQLCipher key of a protected office (None: a plain file, the demo or an office
        # without accounts); account: who logged in (None: no accounts, every right)
        self.key = key
        self.account = account
        self.actor = account.name if account else _actor()
        conn.set_authorizer(authorizer(self.role))
        self.today: Callable[[], date] = date.today
        self.settings = SettingsStore(self)
        self._office: dict | None = None
        self._id_prefix: tuple[str | None, int] | None = None  # (database id, its prefix)
        self.villages = Villages(self)
        self.people = People(self)
        self.bodies = Bodies(self)
        self.memberships = Memberships(self)
        self.campaigns = Campaigns(self)
        self.activities = Activities(self)
        self.residents = Residents(self)
        self.evaluations = Evaluations(self)
        self.documents = Documents(self)
        self.funds = Funds(self)
        self.fund_entries = FundEntries(self)
        self.gradings = Gradings(self)
        self.commendations = Commendations(self)
        # the people's voice and the Front's oversight
        self.petitions = Petitions(self)
        self.supervisions = Supervisions(self)
        self.recommendations = Recommendations(self)
        self.criticisms = Criticisms(self)

    @property
    def db(self) -> Database:
        if self._db is None:
            with self._db_lock:
                if self._db is None:
                    self._db = _database(self.conn)
        return self._db

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        """Rows as dicts, over the plain connection."""
        cursor = self.conn.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

    # ---- accounts and rights -----------------------------------------------------
    @property
    def role(self) -> str | None:
        return self.account.role if self.account else None

    @property
    def protected(self) -> bool:
        return self.key is not None

    @property
    def is_demo(self) -> bool:
        return self.meta("demo") == "1"

    def may(self, permission: str) -> bool:
        from desktop_app.core import roles

        return roles.may(self.role, permission)

    def require(self, permission: str) -> None:
        """Refuse (NotPermitted, a Vietnamese message) what the logged-in account's role may not do."""
        from desktop_app.core import roles
        from desktop_app.store.accounts import NotPermitted

        if not roles.may(self.role, permission):
            raise NotPermitted(roles.refusal(self.role or "", permission))

    # ---- transactions and the rev counter --------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        from desktop_app.store.accounts import is_refusal, refused

        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.DatabaseError as exc:
            if is_refusal(exc):
                raise refused(self.account) from None
            raise

    def next_rev(self) -> int:
        row = self.db.execute(
            "update meta set value = cast(value as integer) + 1 where key = 'rev' returning value"
        ).fetchone()
        return int(row[0])

    def current_rev(self) -> int:
        return int(self.conn.execute("select value from meta where key = 'rev'").fetchone()[0])

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # ---- the audit log -------------------------------------------------------------
    def audit(self, action: str, table: str, record_id: str, old: Any, new: Any) -> None:
        self.db["audit_log"].insert(
            {
                "at": utc_now(),
                "actor": self.actor,
                "actor_role": self.role,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "old": json.dumps(old, ensure_ascii=False, default=str)
                if old is not None
                else None,
                "new": json.dumps(new, ensure_ascii=False, default=str)
                if new is not None
                else None,
            }
        )

    def audit_print(self, form: str, rows: int, details: dict | None = None) -> None:
        """A printed list with sensitive fields (ethnicity, religion, party membership): who, which
        list, how many people. Any role may print; the entry is written whatever the role."""
        with self.transaction():
            self.audit("print", form, form, None, {"rows": rows, **(details or {})})

    # ---- the office ------------------------------------------------------------------
    def office(self) -> dict | None:
        if self._office is None:
            rows = self.query("select * from office limit 1")
            self._office = rows[0] if rows else None
        return self._office

    @property
    def is_upper(self) -> bool:
        """An upper-level office: it imports and consolidates the communes' bundles."""
        return (self.office() or {}).get("role") == "upper"

    def owner_code(self) -> str:
        office = self.office()
        if office is None:
            raise UserError("Chưa thiết lập đơn vị. Hãy khai báo tên và mã xã trước.")
        return office["commune_code"]

    def new_id(self) -> str:
        """A new record's id: one that keeps this database's records together in the upper
        level's indexes (core/ids.py). Its prefix follows the database id (a restore, which
        gives a new database id, gives the next records a new prefix)."""
        office = self.office()
        database_id = office.get("database_id") if office else None
        if self._id_prefix is None or self._id_prefix[0] != database_id:
            self._id_prefix = (database_id, ids.prefix_of(database_id))
        return ids.new_id(self._id_prefix[1])

    def setup_office(self, **fields: Any) -> dict:
        """Create or change the office row (one per database)."""
        from desktop_app.core import bounds, text

        fields = {k: (text.normalize(v) if isinstance(v, str) else v) for k, v in fields.items()}
        for value in fields.values():
            if isinstance(value, str):
                bounds.check_length(value, bounds.MAX_NAME, "Tên và mã đơn vị")
        code = fields.get("commune_code")
        if not code or not str(code).isdigit():
            raise UserError("Mã đơn vị phải gồm chữ số (mã xã 5 chữ số, mã tỉnh 2 chữ số).")
        if fields.get("role", "commune") == "commune" and len(str(code)) != 5:
            raise UserError("Mã xã phải có đúng 5 chữ số (Quyết định 19/2025/QĐ-TTg).")
        now = utc_now()
        with self.transaction():
            current = self.office()
            if current is None:
                row = {
                    "id": str(uuid.uuid4()),
                    "role": "commune",
                    "unit_kind": "xa",
                    "installation_id": str(uuid.uuid4()),
                    "database_id": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    **fields,
                }
                self.db["office"].insert(row)
            else:
                self.db["office"].update(current["id"], {**fields, "updated_at": now})
            if fields.get("role") == "upper":  # indexes only a commune reads
                drop_rev_indexes(self.db)
                drop_province_order_index(self.db)
                index_id_numbers_by_commune(self.db)
            self._office = None
            self.audit("office", "office", self.office()["id"], current, fields)
        return self.office()  # type: ignore[return-value]

    def new_database_id(self) -> None:
        """A restored or copied database is a new database: sync must be able to tell."""
        office = self.office()
        if office:
            self.db["office"].update(office["id"], {"database_id": str(uuid.uuid4())})
            self._office = None

    def form_dirs(self) -> list[Path]:
        """Where an office may drop a new Regulation-213 form version (beside its database)."""
        return [self.path.parent / "forms"]

    def reader(self) -> Store:
        """Another connection to the same file, for reading in a thread: a connection must not
        be closed while another thread reads through it, so a thread reads through its own
        (and closes it). Same office, same today(); it never writes."""
        from desktop_app.store import cipher

        # a protected office's reader needs its key (SQLCipher), and keeps its account's rights
        conn = cipher.connect(
            f"file:{self.path}?mode=ro",
            self.key,
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        other = Store(self.path, conn, self.key, self.account)
        other.today = self.today
        other.read_only = True
        other.actor = self.actor
        return other

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some Windows set-ups
        return "?"


def looks_encrypted(path: Path) -> bool:
    """An encrypted office database: not a plain SQLite header, whole pages of random bytes."""
    from desktop_app.store import cipher

    if cipher.is_plain(path):
        return False
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    return size % 1024 == 0 and not all(32 <= b < 127 or b in (9, 10, 13) for b in head)


def open_store(
    path: str | Path,
    create: bool = True,
    access: str = "write",
    program: str | None = None,
    user: str | None = None,
    password: str | None = None,
    key: bytes | None = None,
) -> Store:
    """Open (or create) the office database at path, migrating it to this program's schema.

    `access` says what the caller holds while the store is open (store/lock.py): "write" (the
    one writer of the office: the window, import, demo…; a second one waits then gets OfficeBusy
    naming the holder), "read" (list, verify, previews: never blocked by a writer) or
    "exclusive" (nothing else may have the office open). A database on a read-only medium opens
    for "read" as it is, immutable; for writing it is refused with a plain message.

    A protected office (an encrypted file beside its key file) needs an account's name and
    password, or the recovery key as the password; without them LoginRequired is raised, with
    a wrong one a LoginFailed. A plain file opens as before: no accounts, every right. `key`
    with `user` reopens a store the caller already had open (after a failed restore): the
    account's name as it logged in, or None after the recovery key."""
    from desktop_app.store import lock as office_lock

    path = Path(path)
    if not path.exists() and not create:
        raise UserError(f"Không tìm thấy cơ sở dữ liệu “{path}”.")
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    if access == "read" and path.exists() and not _writable(path.parent):
        return _open_read_only(path)
    try:
        held = office_lock.acquire(path, access, program or "chương trình Sổ Mặt trận")
    except OSError as exc:
        if access == "read" and path.exists():
            return _open_read_only(path)
        raise ReadOnlyMedium(path.parent) from exc
    try:
        store = _open_locked(path, user, password, key)
    except BaseException:
        held.release()
        raise
    store.lock = held
    return store


def _open_read_only(path: Path) -> Store:
    if looks_encrypted(path):
        raise ReadOnlyMedium(path.parent)
    try:
        conn = _connect_read_only(path)
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError:
        raise _not_a_database(path) from None
    known = migrations.names()
    if any(name not in known for name in applied):
        conn.close()
        raise SchemaTooNew(
            "Cơ sở dữ liệu này do một phiên bản Sổ Mặt trận mới hơn tạo ra. "
            "Hãy cài bản mới nhất của chương trình rồi mở lại."
        )
    if not applied:
        conn.close()
        raise _not_a_database(path)
    if any(name not in applied for name in known):
        conn.close()
        raise UserError(
            f"Dữ liệu ở “{path.parent}” là của phiên bản cũ và cần được nâng cấp, nhưng ổ này chỉ đọc. "
            "Hãy chép dữ liệu sang ổ ghi được rồi mở lại."
        )
    store = Store(path, conn)
    store.read_only = True
    return store


def _open_locked(
    path: Path, user: str | None, password: str | None, known_key: bytes | None = None
) -> Store:
    from desktop_app.store import vault

    existed = path.exists() and path.stat().st_size > 0
    key, account_name = None, None
    if existed and looks_encrypted(path) and known_key is not None:
        key, account_name = known_key, user
    elif existed and looks_encrypted(path):
        if password is None:
            raise LoginRequired(
                "Dữ liệu của đơn vị được bảo vệ: hãy đăng nhập (tên tài khoản và mật khẩu)."
            )
        key, account_name = vault.unlock(vault.keys_path(path), user or "", password)
    conn = _connect(path, key)
    try:
        applied = applied_migrations(conn)
        has_tables = (
            conn.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0]
            > 0
        )
    except sqlite3.DatabaseError:
        conn.close()
        raise _not_a_database(path) from None
    known = migrations.names()
    if any(name not in known for name in applied):
        conn.close()
        raise SchemaTooNew(
            "Cơ sở dữ liệu này do một phiên bản Sổ Mặt trận mới hơn tạo ra. "
            "Hãy cài bản mới nhất của chương trình rồi mở lại."
        )
    if existed and not applied and has_tables:
        conn.close()
        raise _not_a_database(path)
    store = Store(path, conn, key)
    if any(name not in applied for name in known):
        if existed and applied:
            _backup_before_migrating(path, conn, key)
        store.conn.set_authorizer(None)
        migrations.build().apply(store.db)
        store.conn.set_authorizer(authorizer(None))
    if conn.execute("pragma user_version").fetchone()[0] != SCHEMA_VERSION:
        conn.execute(f"pragma user_version = {SCHEMA_VERSION}")
    if key is not None:
        try:
            _log_in(store, account_name)
        except BaseException:
            conn.close()
            raise
    return store


def _log_in(store: Store, name: str | None) -> None:
    """The account of a protected office from inside the database (the key file may be stale);
    the failed log-ins counted in the key file since the last one go into the audit trail."""
    from desktop_app.core import roles
    from desktop_app.store import accounts, vault

    keys = vault.keys_path(store.path)
    if name is None:
        account = Account(vault.RECOVERY_USER, roles.LANH_DAO, recovery=True)
    else:
        row = accounts.get(store, name)
        if row is None and not store.query("select 1 from accounts limit 1"):
            # a copy taken before the office had accounts, encrypted at the upgrade: whoever holds
            # the key had every right then
            row = {"name": name, "role": roles.LANH_DAO, "disabled_at": None}
        if row is None or row["disabled_at"]:
            raise vault.AccountDisabled(
                f"Tài khoản “{name}” đã bị khóa hoặc không còn. Hãy hỏi lãnh đạo Ban Thường trực."
            )
        account = Account(row["name"], row["role"])
    store.account, store.actor = account, account.name
    store.conn.set_authorizer(authorizer(account.role))
    if account.recovery:
        try:
            vault.read(keys)
        except vault.KeyFileError:
            accounts.rewrite_key_file(store)
    pending = vault.take_pending(keys)
    # plain SQL, not sqlite-utils: the window's start does not pay for importing it (≈150 ms)
    rows: list[tuple[Any, ...]] = [
        (
            datetime.fromtimestamp(float(f["at"]), UTC).isoformat(timespec="seconds"),
            str(f.get("user") or "?"),
            None,
            "login_failed",
            "accounts",
            vault.name_key(str(f.get("user") or "?")),
            None,
        )
        for f in pending
    ]
    rows.append(
        (
            utc_now(),
            account.name,
            account.role,
            "login",
            "accounts",
            vault.name_key(account.name),
            json.dumps({"recovery": True}) if account.recovery else None,
        )
    )
    conn = store.conn
    conn.execute("begin immediate")
    try:
        conn.executemany(
            "insert into audit_log (at, actor, actor_role, action, table_name, record_id, new) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
