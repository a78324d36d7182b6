#!/usr/bin/env bash
# Records an AppCDS archive for a packaged Signalbox (app image from `mvn -Ppackage package`): one launch that
# shows the first frame and exits (--measure-startup), dumping the classes it loaded into lib/app/signalbox.jsa;
# then the launcher's configuration is told to use it. Java 17 checks that the class path at run time matches the
# one recorded, which is why the archive is made from the app image itself. Class loading from the archive is what
# brings the console's start within 1.5x of a bare JavaFX window (docs/performance.md).
#
# Needs a display; without DISPLAY it starts Xvfb when installed, otherwise it skips (the app works without).
set -euo pipefail
image=${1:?usage: create-cds-archive.sh APP_IMAGE_DIR}
launcher="$image/bin/Signalbox"
cfg="$image/lib/app/Signalbox.cfg"
archive="$image/lib/app/signalbox.jsa"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "create-cds-archive: no app image at $image" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null 2>&1; then
    Xvfb :89 -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null || true' EXIT
    export DISPLAY=:89
    for _ in $(seq 50); do [ -e /tmp/.X11-unix/X89 ] && break; sleep 0.1; done
  else
    echo "create-cds-archive: no DISPLAY and no Xvfb; the package is built without a CDS archive" >&2
    exit 0
  fi
fi

rm -f "$archive"
sed -i '/SharedArchiveFile/d' "$cfg"
home=$(mktemp -d)
SIGNALBOX_HOME="$home" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" "$launcher" --measure-startup >/dev/null 2>&1 || true
rm -rf "$home"
if [ -s "$archive" ]; then
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/signalbox.jsa|' "$cfg"
  echo "create-cds-archive: $(du -h "$archive" | cut -f1) archive at $archive"
else
  echo "create-cds-archive: the recording launch did not produce an archive; the package is built without one" >&2
fi
