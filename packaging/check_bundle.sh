#!/usr/bin/env bash
# Build the Linux bundle, then check it the way a user would run it, away from the checkout:
#   --version (must equal planner.__version__), plan --demo, export of the bundled demo person
#   to PDF and to iCalendar, gui --smoke-test (offscreen), no unused Qt modules inside; then
#   report the size.
# Usage: packaging/check_bundle.sh [--no-build]    (--no-build: check dist/career-planner as is)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PYTHON=${PYTHON:-python3}
# The checks below run from another folder: make a relative interpreter path absolute.
case "$PYTHON" in
    */*) PYTHON="$(cd "$(dirname "$PYTHON")" && pwd)/$(basename "$PYTHON")" ;;
esac

build=1
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        *) echo "usage: packaging/check_bundle.sh [--no-build]" >&2; exit 2 ;;
    esac
done

if [ "$build" = 1 ]; then
    started=$(date +%s)
    packaging/build.sh
    build_seconds=$(( $(date +%s) - started ))
fi

bundle="$root/dist/career-planner"
app="$bundle/career-planner"
[ -x "$app" ] || { echo "FAIL: no bundle at $app (run packaging/build.sh)"; exit 1; }
expected=$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import planner; print(planner.__version__)')

# Run as a user would: another folder, a private home, nothing pointing at the checkout.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
unset CAREER_PLANNER_RESOURCES PYTHONPATH
export CAREER_PLANNER_DB="$work/planner.db"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
export XDG_CACHE_HOME="$work/cache"

failures=0
check() {  # check NAME COMMAND...: run it, show its output, count a failure
    local name=$1
    shift
    local output status=0
    output=$("$@" 2>&1) || status=$?
    if [ "$status" = 0 ]; then
        echo "ok   $name"
    else
        echo "FAIL $name (exit $status)"
        failures=$((failures + 1))
    fi
    [ -n "$output" ] && printf '%s\n' "$output" | sed 's/^/       /'
    return 0
}

version_is_right() {
    local got
    got=$("$app" --version)
    echo "$got"
    [ "$got" = "career-planner $expected" ]
}
plan_demo() {
    "$app" plan --demo --format json > plan.json
    "$PYTHON" - plan.json <<'PY'
import json
import sys

plan = json.load(open(sys.argv[1], encoding="utf-8"))
summary = plan["summary"]
print(f"{len(plan['steps'])} steps, finish {summary['finish']}, {summary['total_hours']} h")
assert plan["steps"] and plan["track"]
PY
}
export_demo() {
    "$app" export "$bundle/_internal/resources/demo/dana.json" -o "$work/dana.pdf" --paper letter
    [ "$(head -c 5 "$work/dana.pdf")" = "%PDF-" ]
    echo "$(du -k "$work/dana.pdf" | cut -f1) KiB"
}
handout_demo() {  # python-docx reads its template from package data: it must be bundled
    "$app" export "$bundle/_internal/resources/demo/dana.json" -o "$work/dana.docx"
    [ "$(head -c 2 "$work/dana.docx")" = "PK" ]
}
calendar_demo() {
    "$app" ics "$bundle/_internal/resources/demo/dana.json" -o "$work/dana.ics"
    grep -q "BEGIN:VCALENDAR" "$work/dana.ics"
}
languages_inside() {  # the .po catalogs and Babel's CLDR data must be bundled
    "$app" plan --demo --language de | grep "Bewerbungsreif"
    "$app" plan --demo --language es | grep "RESUMEN"
}
gui_smoke() {
    QT_QPA_PLATFORM=offscreen "$app" --db "$work/smoke.db" gui --smoke-test
}
pdfium_inside() {  # print and print preview draw PDF pages with pypdfium2's PDFium
    ls "$bundle"/_internal/pypdfium2_raw/libpdfium.* "$bundle"/_internal/pypdfium2_raw/version.json
}
lean() {
    local unwanted=0 module
    for module in QtNetwork QtQml QtQuick QtOpenGL QtSql QtTest QtDBus QtWebEngineCore; do
        if [ -e "$bundle/_internal/PySide6/$module.abi3.so" ]; then
            echo "unexpected: PySide6.$module"
            unwanted=1
        fi
    done
    [ -d "$bundle/_internal/PySide6/Qt/translations" ] && { echo "unexpected: Qt translations"; unwanted=1; }
    echo "Qt modules: $(cd "$bundle/_internal/PySide6" && ls Qt*.abi3.so | sed 's/\.abi3\.so//' | tr '\n' ' ')"
    return "$unwanted"
}

check "--version is $expected" version_is_right
check "plan --demo" plan_demo
check "export of the bundled demo person" export_demo
check "Word hand-out of the bundled demo person" handout_demo
check "ics of the bundled demo person" calendar_demo
check "German and Spanish plans" languages_inside
check "gui --smoke-test (offscreen; ms to first paint)" gui_smoke
check "PDFium for print and preview" pdfium_inside
check "only the Qt modules the app uses" lean

size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $bundle: $size, $files files"
for tarball in "$root"/dist/career-planner-"$expected"-linux-*.tar.gz; do
    [ -e "$tarball" ] && echo "archive: $(basename "$tarball"): $(du -h "$tarball" | cut -f1)"
done
[ -n "${build_seconds:-}" ] && echo "build time: ${build_seconds} s"
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all bundle checks passed"
