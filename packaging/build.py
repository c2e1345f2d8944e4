"""Build the one-folder program with PyInstaller (and, on Windows, the installer with Inno Setup).

python packaging/build.py            # dist/SoMatTran/
python packaging/build.py --installer   # also dist/SoMatTran-<version>-setup.exe (needs iscc on PATH)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = "pyinstaller==6.22.3"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--installer", action="store_true", help="also build the Windows installer")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from desktop_app import __version__

    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER], check=True)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "compile_forms.py")], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build"),
            str(ROOT / "packaging" / "somattran.spec"),
        ],
        check=True,
    )
    print(f"built {ROOT / 'dist' / 'SoMatTran'}")
    if args.installer:
        iscc = shutil.which("iscc")
        if not iscc:
            print("Inno Setup (iscc) is not on PATH: the installer was not built.", file=sys.stderr)
            return 1
        subprocess.run(
            [iscc, f"/DAppVersion={__version__}", str(ROOT / "packaging" / "installer.iss")],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
