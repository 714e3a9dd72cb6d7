#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller:
#   dist/career-planner/            career-planner (the app and its command line), _internal/,
#                                   install-desktop.sh and linux/ (menu entry, AppStream metainfo)
#   dist/career-planner-VERSION-linux-ARCH.tar.gz   (skip with --no-archive)
# Usage: packaging/build.sh [--no-archive]     (PYTHON=... to pick the interpreter)
# packaging/check_bundle.sh builds and then checks the bundle.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
archive=1
for arg in "$@"; do
    case "$arg" in
        --no-archive) archive=0 ;;
        *) echo "usage: packaging/build.sh [--no-archive]" >&2; exit 2 ;;
    esac
done

if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo "build.sh: installing PyInstaller" >&2
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6.10'
fi

version=$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import planner; print(planner.__version__)')
started=$(date +%s)
# The GUI's translations: .qm files built from the .ts sources (never committed), so the
# bundle needs no compiler at run time.
"$PYTHON" - <<'PY'
import pathlib, subprocess, sys
import PySide6
tool = pathlib.Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
for ts in sorted(pathlib.Path("resources/i18n").glob("gui_*.ts")):
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
PY
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/career-planner.spec

bundle=dist/career-planner
mkdir -p "$bundle/linux"
cp packaging/linux/*.desktop packaging/linux/*.metainfo.xml "$bundle/linux/"
cp packaging/linux/install-desktop.sh "$bundle/install-desktop.sh"
chmod +x "$bundle/install-desktop.sh"

if [ "$archive" = 1 ]; then
    tarball="dist/career-planner-$version-linux-$(uname -m).tar.gz"
    tar -C dist -czf "$tarball" career-planner
fi
echo "built $bundle (version $version) in $(( $(date +%s) - started )) s"
