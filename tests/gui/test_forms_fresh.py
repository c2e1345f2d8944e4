"""Every Designer form has a compiled module, and that module is what pyside6-uic makes of it now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "compile_forms", ROOT / "packaging" / "compile_forms.py"
)
assert spec and spec.loader
compile_forms = importlib.util.module_from_spec(spec)
sys.modules["compile_forms"] = compile_forms
spec.loader.exec_module(compile_forms)

FORMS = compile_forms.forms()


def test_there_are_forms() -> None:
    assert any(f.name == "main_window.ui" for f in FORMS)


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_fresh(ui_file: Path) -> None:
    target = compile_forms.target_of(ui_file)
    assert target.exists(), f"{target.name} is missing: run python packaging/compile_forms.py"
    assert target.read_text(encoding="utf-8") == compile_forms.compile_one(ui_file), (
        f"{target.name} is stale: run python packaging/compile_forms.py and commit the result"
    )


def test_no_compiled_form_without_its_ui() -> None:
    stems = {f.stem for f in FORMS}
    orphans = [p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py") if p.stem[3:] not in stems]
    assert not orphans, f"compiled forms whose .ui file is gone: {orphans}"


TRANSLATIONS = compile_forms.translations()


def test_qt_translation_is_compiled_fresh_and_bundled(tmp_path: Path) -> None:
    """Qt's own strings in Vietnamese (issue 13 item 4): resources/translations/qt_vi.ts, compiled
    to the .qm beside it by the build step, which PyInstaller bundles with resources/."""
    assert [t.name for t in TRANSLATIONS] == ["qt_vi.ts"]
    for ts_file in TRANSLATIONS:
        target = compile_forms.qm_of(ts_file)
        assert target.exists(), f"{target.name} is missing: run python packaging/compile_forms.py"
        fresh = tmp_path / target.name
        compile_forms.compile_translation(ts_file, fresh)
        assert target.read_bytes() == fresh.read_bytes(), (
            f"{target.name} is stale: run python packaging/compile_forms.py and commit the result"
        )
    spec = (compile_forms.ROOT / "packaging" / "somattran.spec").read_text(encoding="utf-8")
    assert '"resources"' in spec and "qt_vi.qm" in spec
