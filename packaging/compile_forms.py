"""Compile every Qt Designer form ui/<name>.ui into desktop_app/gui/forms/ui_<name>.py.

Run after editing a form:  python packaging/compile_forms.py [NAME…]
The generated modules are committed and never edited by hand; tests/gui/test_forms_fresh.py
fails when one no longer matches its form.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop_app" / "gui" / "forms"


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def target_of(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_one(ui_file: Path) -> str:
    """The Python module pyside6-uic makes of one form (text, not written anywhere)."""
    from PySide6.scripts.pyside_tool import qt_tool_wrapper  # noqa: F401 - fails early without PySide6

    uic = Path(sys.executable).with_name("pyside6-uic")
    command = [str(uic)] if uic.exists() else [sys.executable, "-c",
                                                "from PySide6.scripts.pyside_tool import uic; uic()"]
    done = subprocess.run([*command, "-g", "python", str(ui_file)], capture_output=True,
                          text=True, encoding="utf-8", check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui_file.name}:\n{done.stderr}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    """Compile every form, or only those named (main_window, person_dialog.ui, ui/wizard.ui…)."""
    names = {Path(a).stem for a in (sys.argv[1:] if argv is None else argv)}
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui_file in forms():
        if names and ui_file.stem not in names:
            continue
        target = target_of(ui_file)
        text = compile_one(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8", newline="\n")
            print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
