#!/usr/bin/env bash
# Records what a packaged Signalbox loads and turns it into its AppCDS archive (docs/performance.md):
#  1. one JVM runs dev.signalbox.ArchiveTraining on the app image's runtime and class path: the short commands
#     (--version, --help, migrations history/lint on MIGRATIONS_DIR, check --sandbox) and then the window up to its
#     first frame, writing the classes it loaded to lib/app/signalbox.classlist (-XX:DumpLoadedClassList);
#  2. lib/dump-cds-archive.sh makes the static archive lib/app/signalbox.jsa from that list, used by both the
#     window's launcher (bin/Signalbox, through its .cfg) and the command-line launcher (bin/signalbox).
# The .deb ships the class list and runs step 2 again in its postinst: JDK 17 ties an archive to the class path's
# location, /opt/signalbox there.
#
# The window part needs a display; without DISPLAY it starts Xvfb when installed, otherwise records the commands only.
#   create-cds-archive.sh APP_IMAGE_DIR MIGRATIONS_DIR
set -euo pipefail
image=${1:?usage: create-cds-archive.sh APP_IMAGE_DIR MIGRATIONS_DIR}
migrations=${2:?usage: create-cds-archive.sh APP_IMAGE_DIR MIGRATIONS_DIR}
here=$(cd "$(dirname "$0")" && pwd)
app="$image/lib/app"
[ -x "$image/bin/Signalbox" ] && [ -f "$app/Signalbox.cfg" ] || { echo "create-cds-archive: no app image at $image" >&2; exit 1; }
install -m 755 "$here/linux/dump-cds-archive.sh" "$image/lib/dump-cds-archive.sh"

window=()
if [ -z "${DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null 2>&1; then
    Xvfb :89 -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    export DISPLAY=:89
    for _ in $(seq 50); do [ -e /tmp/.X11-unix/X89 ] && break; sleep 0.1; done
  else
    echo "create-cds-archive: no DISPLAY and no Xvfb; the archive covers the commands, not the window" >&2
    window=(--no-window)
  fi
fi

home=$(mktemp -d)
rm -f "$app/signalbox.classlist"
SIGNALBOX_HOME="$home" "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$app/signalbox.classlist" \
  -cp "$app/signalbox.jar" dev.signalbox.ArchiveTraining "$migrations" "${window[@]}" || true
rm -rf "$home"
echo "create-cds-archive: $(grep -vc '^@' "$app/signalbox.classlist" 2>/dev/null || echo 0) classes recorded"
"$image/lib/dump-cds-archive.sh" "$image"
