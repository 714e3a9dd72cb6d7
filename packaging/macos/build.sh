#!/usr/bin/env bash
# Build "Career Transition Planner.app" (and a .dmg) on a Mac. Untested: the project's machines
# are Linux, and PyInstaller cannot cross-compile. See packaging/macos/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 -m PyInstaller --version >/dev/null 2>&1 || python3 -m pip install 'pyinstaller>=6.10'
python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/career-planner.spec

app="dist/Career Transition Planner.app"
version=$(python3 -c 'import planner; print(planner.__version__)')
"$app/Contents/MacOS/career-planner" --version
"$app/Contents/MacOS/career-planner" plan --demo >/dev/null
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/career-planner" --db "$(mktemp -d)/smoke.db" \
    gui --smoke-test

# Ad-hoc signature (runs on this Mac); use a Developer ID identity and notarize to distribute:
#   codesign --deep --force --options runtime --sign "Developer ID Application: NAME (TEAM)" "$app"
#   xcrun notarytool submit dist/*.dmg --keychain-profile PROFILE --wait && xcrun stapler staple "$app"
codesign --deep --force --sign - "$app"
hdiutil create -volname "Career Transition Planner" -srcfolder "$app" -ov -format UDZO \
    "dist/career-planner-$version-macos-$(uname -m).dmg"
du -sh "$app" dist/*.dmg
