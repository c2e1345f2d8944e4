"""Vietnamese for the words Qt itself draws (dialog buttons, wizard buttons, edit menus, Qt's own
file dialog). Qt ships no Vietnamese translation of its strings: ours is
resources/translations/qt_vi.ts, compiled to qt_vi.qm by packaging/compile_forms.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app import paths

QM_FILE = paths.RESOURCES_DIR / "translations" / "qt_vi.qm"


def vietnamese_translator(parent: QCoreApplication) -> QTranslator | None:
    """A translator loaded with qt_vi.qm, or None when the file is missing or unreadable (Qt's
    strings then stay in English; nothing else depends on them)."""
    translator = QTranslator(parent)
    if not translator.load(str(QM_FILE)):
        import logging

        logging.getLogger("somattran.gui").warning("Qt translation not loaded: %s", QM_FILE)
        return None
    return translator
