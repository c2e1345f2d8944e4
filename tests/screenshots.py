"""Screenshots of the window at 1366×768 on a demo commune, for looking at and for the README.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m tests.screenshots \\
        --page people [--dialog "Sửa"] --out /tmp/shots/people.png
    … --all /tmp/shots          every page and every dialog a page offers
    … --dialog wizard           the first-run wizard (wizard-commune, wizard-upper: its second page)
    … --upper                   an upper-level office that imported three demo communes
    … --size 1024x600           a netbook's screen (run Xvfb at that size too)
    … --data-dir DIR --all DIR2 --pages-only    an office of your own (its dialogs need demo data)

The dialogs of each page are listed here (`DIALOGS`, by the page's class): a factory returns
the dialog, filled in, without running it. The product's pages know nothing of screenshots.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.body_dialog import BodyDialog
from desktop_app.gui.body_history import BodyHistoryDialog
from desktop_app.gui.campaign_dialogs import ActivityDialog, CampaignDialog
from desktop_app.gui.membership_dialogs import EndMembershipDialog, MembershipDialog
from desktop_app.gui.merge_dialog import MergeVillagesDialog
from desktop_app.gui.person_dialog import PersonDialog
from desktop_app.gui.petitions_page import FollowUpDialog, PetitionDialog
from desktop_app.gui.reform_dialog import ReformDialog
from desktop_app.gui.reg213_dialogs import (
    CommentDialog,
    OpenRoundDialog,
    ResidentDialog,
    TransitionDialog,
)
from desktop_app.gui.restore_dialog import RestoreConfirmation, confirmation_for
from desktop_app.gui.supervision_page import (
    CriticismDialog,
    RecommendationDialog,
    SupervisionDialog,
)
from desktop_app.gui.sync_commune import CommuneSyncPanel
from desktop_app.gui.sync_upper import UpperSyncPanel
from desktop_app.gui.term_dialog import NewTermDialog
from desktop_app.gui.villages_page import VillageDialog

WIDTH, HEIGHT = 1366, 768


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    settle()
    screen = QGuiApplication.primaryScreen()
    pixmap = screen.grabWindow(0)
    if pixmap.width() > WIDTH or pixmap.height() > HEIGHT:
        pixmap = pixmap.copy(0, 0, WIDTH, HEIGHT)
    if not pixmap.save(str(out), "PNG", 9):
        raise SystemExit(f"không lưu được {out}")
    print(out)
    return out


def _slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _centre(dialog: QWidget, over: QWidget | None) -> None:
    dialog.adjustSize()
    area = over.geometry() if over is not None else QGuiApplication.primaryScreen().geometry()
    dialog.move(
        area.x() + (area.width() - dialog.width()) // 2,
        area.y() + (area.height() - dialog.height()) // 2,
    )


def show_dialog(dialog: QWidget, over: QWidget | None) -> None:
    _centre(dialog, over)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def build_store(data_dir: Path, people: int) -> Any:
    from desktop_app import paths
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo

    store = open_store(paths.database_path(data_dir))
    if store.office() is None:
        build_demo(store, people=people, villages=12, seed=1)
    return store


def build_upper_store(data_dir: Path, people: int) -> Any:
    """An upper-level office that has imported the first bundle of three demo communes."""
    from desktop_app import paths
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.files import import_files
    from desktop_app.sync.keys import export_public_key, trust_upper_key
    from desktop_app.sync.office import setup_office

    store = open_store(paths.database_path(data_dir))
    if store.office() is None:
        setup_office(store, "upper", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "20")
        stick = data_dir / "usb"
        stick.mkdir(exist_ok=True)
        key = export_public_key(store, stick).path
        for seed, code in enumerate(("06280", "06283", "06286"), start=1):
            commune = open_store(paths.database_path(data_dir / code))
            build_demo(commune, people=people // 3, villages=4, seed=seed, commune_code=code)
            trust_upper_key(commune, key)
            import_files(store, [export_bundle(commune, stick).path], enrol=True)
            commune.close()
    return store


def ready(page: QWidget) -> QWidget:
    """A page that fills itself a moment after it is shown: fill it now; the printing page
    shows a preview of its first form without waiting for a click."""
    if hasattr(page, "load_now"):
        page.load_now()
    if type(page).__name__ == "PrintPage" and not page.preview.page_count():  # type: ignore[attr-defined]
        job = page._job_or_message()  # type: ignore[attr-defined]
        if job is not None:
            out = Path(tempfile.mkdtemp(prefix="somattran-shot-")) / "xem-truoc.pdf"
            page._show(job.run(out, False), job)  # type: ignore[attr-defined]
    return page


def dialogs_of(page: QWidget) -> dict[str, Callable[[], QWidget]]:
    """The dialogs offered for this page, by its class or a base class's name."""
    for cls in type(page).__mro__:
        if cls.__name__ in DIALOGS:
            return DIALOGS[cls.__name__](page)
    return {}


# ---- the dialogs of each page -------------------------------------------------------------------
def _people_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    someone = page.store.people.query(limit=1, party_member=True)[0]
    return {
        "Thêm": lambda: PersonDialog(page.store, None, page),
        "Sửa": lambda: PersonDialog(page.store, someone, page),
    }


def _campaigns_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    s = page.store
    activity = s.activities.query()[0]
    campaign = s.campaigns.query()[0]
    return {
        "Thêm hoạt động": lambda: ActivityDialog(s, None, page),
        "Sửa hoạt động": lambda: ActivityDialog(s, activity, page),
        "Thêm cuộc vận động": lambda: CampaignDialog(s, None, page),
        "Sửa cuộc vận động": lambda: CampaignDialog(s, campaign, page),
    }


def _villages_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    first = page.store.villages.query()[0]
    return {
        "Thêm": lambda: VillageDialog(page.store, None, page),
        "Sửa": lambda: VillageDialog(page.store, first, page),
        "Sáp nhập": lambda: MergeVillagesDialog(page.store, first, page),
    }


def _reg213_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    s = page.store
    year = s.today().year
    waiting = s.evaluations.query(year=year, state="requested")
    confirmed = s.evaluations.query(year=year, state="confirmed") or s.evaluations.query(
        state="returned"
    )
    resident = s.residents.query()[0]
    dialogs = {
        "Đăng ký mới": lambda: ResidentDialog(s, None, page),
        "Sửa đăng ký": lambda: ResidentDialog(s, resident, page),
        "Mở đợt": lambda: OpenRoundDialog(s, year + 1, page),
        "Xác nhận": lambda: TransitionDialog(
            "Đảng ủy xác nhận phiếu nhận xét",
            "Đảng ủy xã xác nhận phiếu nhận xét của <b>…</b> ngày:",
            lambda _d: {},
            s.today(),
            page,
        ),
    }
    if waiting:
        dialogs["Nhận xét"] = lambda: CommentDialog(s, s.evaluations.get(waiting[0]["id"]), page)
    if confirmed:
        dialogs["Sửa phiếu đã xác nhận"] = lambda: CommentDialog(
            s, s.evaluations.get(confirmed[0]["id"]), page
        )
    return dialogs


def _bodies_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    def body() -> dict:
        record = page.selected_record() or (page.model.record(0) if page.model.rowCount() else None)
        if record is None:
            raise LookupError("Trang chưa có ban nào.")
        return record

    def member() -> dict:
        return page.store.bodies.members(body()["id"])[0]

    def searching() -> QWidget:
        dialog = MembershipDialog(page.store, None, page, body=body())
        dialog.picker.search_edit.setText("nguyen van")
        dialog.picker.search_now()
        return dialog

    def new_person() -> QWidget:
        dialog = MembershipDialog(page.store, None, page, body=body())
        dialog.ui.newRadio.setChecked(True)
        return dialog

    return {
        "Thêm ban": lambda: BodyDialog(page.store, None, page, kind=page.kind),
        "Sửa ban": lambda: BodyDialog(page.store, body(), page),
        "Thêm thành viên": lambda: MembershipDialog(page.store, None, page, body=body()),
        "Tìm người": searching,
        "Thêm người mới": new_person,
        "Cho thôi": lambda: EndMembershipDialog(page.store, member(), page, body=body()),
        "Kiện toàn": lambda: ReformDialog(page.store, body(), page),
        "Nhiệm kỳ mới": lambda: NewTermDialog(page.store, body(), page),
        "Ai tham gia khi nào": lambda: BodyHistoryDialog(page.store, body(), page),
    }


def _settings_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    return screenshot_confirmations(page)


def _sync_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    from desktop_app.gui.sync_dialogs import FingerprintDialog, ImportPlanDialog

    if isinstance(page.panel, CommuneSyncPanel):
        return {"Nhận tệp khóa": lambda: FingerprintDialog.for_upper_key(sample_upper_key(), page)}
    if isinstance(page.panel, UpperSyncPanel):
        return {
            "Chạy thử": lambda: ImportPlanDialog(sample_outcomes(page.store), page),
            "Ghi nhận khóa": lambda: FingerprintDialog.for_commune(
                sample_outcomes(page.store)[0].plan, page
            ),  # type: ignore[arg-type]
        }
    return {}


def sample_upper_key() -> Any:
    """An upper level's key file as a commune would receive it (for screenshots)."""
    from desktop_app.core.dates import utc_now
    from desktop_app.sync import crypto
    from desktop_app.sync.keyfile import PublicKeyFile

    keys = crypto.OfficeKeys.generate()
    return PublicKeyFile(
        "20", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "upper", keys.public(), utc_now()
    )


_samples: dict[int, list[Any]] = {}


def sample_outcomes(upper: Any) -> list[Any]:
    """The dry run of a new demo commune's first bundle at this upper level (for screenshots)."""
    if id(upper) in _samples:
        return _samples[id(upper)]
    from desktop_app import paths
    from desktop_app.store.db import open_store
    from desktop_app.store.demo import build_demo
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.files import import_files
    from desktop_app.sync.keys import export_public_key, trust_upper_key

    folder = Path(tempfile.mkdtemp(prefix="somattran-sample-"))
    commune = open_store(paths.database_path(folder / "commune"))
    build_demo(commune, people=120, villages=4, seed=7, commune_code="06310")
    trust_upper_key(commune, export_public_key(upper, folder).path)
    bundle = export_bundle(commune, folder).path
    commune.close()
    _samples[id(upper)] = import_files(upper, [bundle], dry_run=True)
    return _samples[id(upper)]


def screenshot_confirmations(page: Any) -> dict[str, Any]:
    """The confirmation over a fresh backup of the page's store, and as it reads for another commune."""
    import tempfile

    from desktop_app import paths
    from desktop_app.store.backup import backup, describe_backup

    def own() -> RestoreConfirmation:
        return confirmation_for(
            page, backup(page.store, Path(tempfile.mkdtemp(prefix="somattran-shot-backup-")))
        )

    def other() -> RestoreConfirmation:
        path = backup(page.store, Path(tempfile.mkdtemp(prefix="somattran-shot-backup-")))
        info = describe_backup(path)
        info["office"] = {**info["office"], "commune_name": "Tân Thành", "commune_code": "06283"}
        return RestoreConfirmation(
            path,
            info,
            page.store.office(),
            describe_backup(page.store.path),
            paths.backups_dir(page.store.path.parent),
            page,
        )

    return {"Khôi phục": own, "Khôi phục (xã khác)": other}


def _petitions_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    first = page.store.petitions.query()[0]
    return {
        "Thêm": lambda: PetitionDialog(page.store, None, page),
        "Chuyển": lambda: FollowUpDialog(page.store, first, page, step="forward"),
        "Trả lời": lambda: FollowUpDialog(page.store, first, page, step="reply"),
    }


def _supervision_page(page: Any) -> dict[str, Callable[[], QWidget]]:
    first = page.store.supervisions.query()[0]
    return {
        "Giám sát": lambda: SupervisionDialog(page.store, first, page),
        "Kiến nghị": lambda: RecommendationDialog(
            page.store, None, page, supervision_id=first["id"]
        ),
        "Phản biện": lambda: CriticismDialog(page.store, page.store.criticisms.query()[0], page),
    }


DIALOGS: dict[str, Callable[[Any], dict[str, Callable[[], QWidget]]]] = {
    "PeoplePage": _people_page,
    "CampaignsPage": _campaigns_page,
    "VillagesPage": _villages_page,
    "Reg213Page": _reg213_page,
    "BodiesPage": _bodies_page,
    "SettingsPage": _settings_page,
    "SyncPage": _sync_page,
    "PetitionsPage": _petitions_page,
    "SupervisionPage": _supervision_page,
}


def main(argv: list[str] | None = None) -> int:
    global WIDTH, HEIGHT
    parser = argparse.ArgumentParser(description="Chụp màn hình Sổ Mặt trận ở 1366×768.")
    parser.add_argument("--page", default="overview", help="khóa của trang (gui/pages.py)")
    parser.add_argument("--dialog", help="tên hộp thoại của trang (hoặc 'wizard')")
    parser.add_argument("--out", type=Path, help="tệp PNG")
    parser.add_argument(
        "--all", type=Path, metavar="DIR", help="chụp mọi trang và hộp thoại vào DIR"
    )
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--size", default="1366x768", help="cỡ cửa sổ, ví dụ 1024x600")
    parser.add_argument(
        "--pages-only",
        action="store_true",
        help="với --all: chỉ chụp các trang (hộp thoại cần dữ liệu của xã mẫu)",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="dùng thư mục dữ liệu này thay vì tạo xã mẫu mới"
    )
    parser.add_argument(
        "--upper",
        action="store_true",
        help="đơn vị cấp trên đã nhập gói của ba xã mẫu (thay vì một xã mẫu)",
    )
    args = parser.parse_args(argv)
    if not args.out and not args.all:
        parser.error("cần --out hoặc --all")
    WIDTH, HEIGHT = (int(n) for n in args.size.lower().split("x"))

    from desktop_app.gui.app import make_application, register_fonts
    from desktop_app.gui.ui_state import ui_settings

    app = make_application()
    register_fonts()
    QCoreApplication.setApplicationName("SoMatTran-screenshot")  # never touch the officer's layout
    ui_settings().clear()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="somattran-shot-"))
    if args.dialog and args.dialog.startswith("wizard"):
        from desktop_app import paths
        from desktop_app.gui.wizard import FirstRunWizard
        from desktop_app.store.db import open_store

        store = open_store(paths.database_path(Path(tempfile.mkdtemp(prefix="somattran-empty-"))))
        wizard = FirstRunWizard(store)
        show_dialog(wizard, None)
        if args.dialog in ("wizard-commune", "wizard-upper"):
            (
                wizard.ui.upperChoice if args.dialog == "wizard-upper" else wizard.ui.communeChoice
            ).setChecked(True)
            wizard.next()
            form = wizard.office_form.ui
            form.province_code.set_code("20")
            if args.dialog == "wizard-commune":
                form.commune_name.setText("Hòa Cư")
                form.commune_code.setText("06280")
        grab(args.out)
        return 0

    store = (
        build_upper_store(data_dir, args.people)
        if args.upper
        else build_store(data_dir, args.people)
    )
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(store)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    settle(300)
    if args.all:
        for i, (key, title) in enumerate(zip(window.keys(), window.titles(), strict=True)):
            page = ready(window.open_page(key))
            base = f"{i:02d}-{_slug(title)}"
            grab(args.all / f"{base}.png")
            for name, factory in ({} if args.pages_only else dialogs_of(page)).items():
                dialog = factory()
                show_dialog(dialog, window)
                grab(args.all / f"{base}--{_slug(name)}.png")
                dialog.hide()  # not close(): a filled-in dialog would ask about unsaved changes
                dialog.deleteLater()
        return 0
    page = ready(window.open_page(args.page))
    if args.dialog:
        offered = dialogs_of(page)
        if args.dialog not in offered:
            print(
                f"Trang “{args.page}” không có hộp thoại “{args.dialog}”. Có: {', '.join(offered) or 'không'}",
                file=sys.stderr,
            )
            return 2
        show_dialog(offered[args.dialog](), window)
    grab(args.out)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
