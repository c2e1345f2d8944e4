"""Screenshots of the window at 1366×768 on a demo commune, for looking at and for the README.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m desktop_app.gui.screenshot \\
        --page "Người" [--dialog "Sửa"] --out /tmp/shots/people.png
    … --all /tmp/shots          every page and every dialog a page offers
    … --dialog wizard           the first-run wizard (wizard-commune, wizard-upper: its second page)
    … --upper                   an upper-level office that imported three demo communes

A page offers dialogs for screenshots through `screenshot_dialogs() -> dict[name, factory]`;
a factory returns the dialog, filled in, without running it.
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
    dialog.move(area.x() + (area.width() - dialog.width()) // 2,
                area.y() + (area.height() - dialog.height()) // 2)


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
    """A page that fills itself a moment after it is shown: fill it now."""
    if hasattr(page, "load_now"):
        page.load_now()
    return page


def dialogs_of(page: QWidget) -> dict[str, Callable[[], QWidget]]:
    offer = getattr(page, "screenshot_dialogs", None)
    return offer() if offer else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chụp màn hình Sổ Mặt trận ở 1366×768.")
    parser.add_argument("--page", default="Tổng quan")
    parser.add_argument("--dialog", help="tên hộp thoại của trang (hoặc 'wizard')")
    parser.add_argument("--out", type=Path, help="tệp PNG")
    parser.add_argument("--all", type=Path, metavar="DIR", help="chụp mọi trang và hộp thoại vào DIR")
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--data-dir", type=Path, help="dùng thư mục dữ liệu này thay vì tạo xã mẫu mới")
    parser.add_argument("--upper", action="store_true",
                        help="đơn vị cấp trên đã nhập gói của ba xã mẫu (thay vì một xã mẫu)")
    args = parser.parse_args(argv)
    if not args.out and not args.all:
        parser.error("cần --out hoặc --all")

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
            (wizard.ui.upperChoice if args.dialog == "wizard-upper" else wizard.ui.communeChoice).setChecked(True)
            wizard.next()
            form = wizard.office_form.ui
            form.province_code.set_code("20")
            if args.dialog == "wizard-commune":
                form.commune_name.setText("Hòa Cư")
                form.commune_code.setText("06280")
        grab(args.out)
        return 0

    store = build_upper_store(data_dir, args.people) if args.upper else build_store(data_dir, args.people)
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(store)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    settle(300)
    if args.all:
        for i, title in enumerate(window.titles()):
            page = ready(window.open_page(title))
            base = f"{i:02d}-{_slug(title)}"
            grab(args.all / f"{base}.png")
            for name, factory in dialogs_of(page).items():
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
            print(f"Trang “{args.page}” không có hộp thoại “{args.dialog}”. Có: {', '.join(offered) or 'không'}",
                  file=sys.stderr)
            return 2
        show_dialog(offered[args.dialog](), window)
    grab(args.out)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
