"""Compile every Qt Designer form ui/<name>.ui into desktop_app/gui/forms/ui_<name>.py, and every
translation resources/translations/<name>.ts into <name>.qm beside it (PySide6's lrelease).

Run after editing a form or a translation:  python packaging/compile_forms.py [NAME…]
The generated modules and .qm files are committed (a checkout runs as it is) and never edited by
hand; packaging/build.py runs this before PyInstaller, which bundles resources/ with the .qm.
tests/gui/test_forms_fresh.py fails when one no longer matches its source.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop_app" / "gui" / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def target_of(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_one(ui_file: Path) -> str:
    """The Python module pyside6-uic makes of one form (text, not written anywhere)."""
    from PySide6.scripts.pyside_tool import qt_tool_wrapper  # noqa: F401 - fails early without PySide6

    uic = Path(sys.executable).with_name("pyside6-uic")
    command = (
        [str(uic)]
        if uic.exists()
        else [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]
    )
    done = subprocess.run(
        [*command, "-g", "python", str(ui_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"pyside6-uic failed on {ui_file.name}:\n{done.stderr}")
    return only_used_imports(done.stdout)


def translations() -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob("*.ts"))


def qm_of(ts_file: Path) -> Path:
    return ts_file.with_suffix(".qm")


def compile_translation(ts_file: Path, out: Path) -> None:
    """Write the .qm that lrelease makes of one .ts to `out`."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = (
        [str(lrelease)]
        if lrelease.exists()
        else [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]
    )
    done = subprocess.run(
        [*command, "-silent", str(ts_file), "-qm", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"pyside6-lrelease failed on {ts_file.name}:\n{done.stderr}")


def only_used_imports(source: str) -> str:
    """uic imports a fixed list of QtCore/QtGui/QtWidgets classes into every form. PySide6 builds a
    class, with all its Python enums, when it is first imported: QLocale alone (Language, Country,
    Script) costs ~17 ms, all before the window can be drawn. Keep the names the form uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        statement = ""
        if names:
            statement = (
                "\n".join(
                    textwrap.wrap(
                        f"from {node.module} import ({', '.join(names)})",
                        width=79,
                        subsequent_indent="    ",
                        break_long_words=False,
                    )
                )
                + "\n"
            )
        lines[start:end] = [statement]
    return "".join(lines)


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
    for ts_file in translations():
        if names and ts_file.stem not in names:
            continue
        target = qm_of(ts_file)
        fresh = target.with_suffix(".qm.new")
        compile_translation(ts_file, fresh)
        if target.exists() and target.read_bytes() == fresh.read_bytes():
            fresh.unlink()
        else:
            fresh.replace(target)
            print(f"{ts_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
