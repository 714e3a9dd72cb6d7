#!/bin/sh
# Put Career Transition Planner in the desktop's application menu (per user, no root needed):
# the .desktop entry, the icons (hicolor theme) and the AppStream metainfo under
# ${XDG_DATA_HOME:-~/.local/share}.
#
#   From an unpacked Linux bundle:  ./install-desktop.sh
#       the menu entry starts this bundle; ~/.local/bin/career-planner links to it.
#   After pipx/pip install, from the checkout:  packaging/linux/install-desktop.sh
#       the menu entry starts `career-planner` from PATH.
#   --uninstall removes what was installed (your plans and database are never touched).
set -eu

ID=io.github.careerplanner.CareerPlanner
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=${XDG_BIN_HOME:-$HOME/.local/bin}
sizes="16 24 32 48 64 128 256 512"

if [ -x "$here/career-planner" ] && [ -d "$here/_internal" ]; then
    mode=bundle
    icons="$here/_internal/resources/icons"
    meta="$here/linux"
    exec_line="\"$here/career-planner\" gui"
else
    mode=checkout
    icons="$here/../../resources/icons"
    meta="$here"
    exec_line="career-planner gui"
fi

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$ID.desktop" "$data/metainfo/$ID.metainfo.xml"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$ID.png"; done
    rm -f "$data/icons/hicolor/scalable/apps/$ID.svg"
    if [ -L "$bin/career-planner" ] && [ "$(readlink "$bin/career-planner")" = "$here/career-planner" ]; then
        rm -f "$bin/career-planner"
    fi
    echo "removed the menu entry, icons and metainfo from $data"
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
sed "s|^Exec=.*|Exec=$exec_line|" "$meta/$ID.desktop" > "$data/applications/$ID.desktop"
cp "$meta/$ID.metainfo.xml" "$data/metainfo/$ID.metainfo.xml"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/career-planner-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$ID.png"
done
cp "$icons/career-planner.svg" "$data/icons/hicolor/scalable/apps/$ID.svg"

if [ "$mode" = bundle ]; then
    mkdir -p "$bin"
    ln -sfn "$here/career-planner" "$bin/career-planner"
    echo "linked $bin/career-planner -> $here/career-planner"
elif ! command -v career-planner >/dev/null 2>&1; then
    echo "note: career-planner is not on PATH yet (pipx install . / pipx ensurepath)" >&2
fi
touch "$data/icons/hicolor" "$data/applications"  # menus and icon themes notice the change
echo "installed the menu entry $data/applications/$ID.desktop (Exec=$exec_line)"
