#!/bin/sh
# Writes the app's AppCDS archive (lib/app/signalbox.jsa) from the class list recorded when the package was built
# (lib/app/signalbox.classlist, by packaging/create-cds-archive.sh), and points the window's launcher at it.
# JDK 17 accepts an archive only on the class path it was made for, so this runs where the app lives: at the end of
# the build for the app image, and in the .deb's postinst for /opt/signalbox. A static dump needs no display and
# no run of the app: a few seconds.
#   dump-cds-archive.sh APP_IMAGE_DIR
set -eu
image=${1:?usage: dump-cds-archive.sh APP_IMAGE_DIR}
app="$image/lib/app"
cfg="$app/Signalbox.cfg"
rm -f "$app/signalbox.jsa"
# OpenJDK 17.0.15 crashes in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary when a static dump is given
# the list's @lambda-proxy lines: leave them out (lambdas are then spun at run time, as without an archive).
list=$(mktemp)
trap 'rm -f "$list"' EXIT
grep -v '^@lambda-proxy' "$app/signalbox.classlist" >"$list" 2>/dev/null || true
sed -i '/SharedArchiveFile/d' "$cfg"
if [ -s "$list" ] && "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
    -XX:SharedArchiveFile="$app/signalbox.jsa" -cp "$app/signalbox.jar" >"$app/signalbox.jsa.log" 2>&1 && [ -s "$app/signalbox.jsa" ]; then
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/signalbox.jsa|' "$cfg"
  rm -f "$app/signalbox.jsa.log"
  echo "signalbox: class-data archive written ($(du -h "$app/signalbox.jsa" | cut -f1))"
else
  rm -f "$app/signalbox.jsa"
  echo "signalbox: no class-data archive (see $app/signalbox.jsa.log); the app starts without it, only slower" >&2
fi
