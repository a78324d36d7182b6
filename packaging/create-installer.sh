#!/usr/bin/env bash
# Builds the platform's installer from the app image (so it carries the CDS archive): .deb on Linux, .dmg on
# macOS, .msi on Windows (needs WiX 3 on the PATH). Called by `mvn -Ppackage package` after the app image.
#   create-installer.sh APP_IMAGE_DIR DEST_DIR VERSION ICON_DIR
set -euo pipefail
image=${1:?APP_IMAGE_DIR}; dest=${2:?DEST_DIR}; version=${3:?VERSION}; icons=${4:?ICON_DIR}
jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
common=(--app-image "$image" --dest "$dest" --name Signalbox --app-version "$version" --vendor Signalbox
        --description "Ops console for FastAPI + PostgreSQL + Alembic services on Railway" --copyright Signalbox)
case "$(uname -s)" in
  Linux)
    exec "$jpackage" --type deb "${common[@]}" --linux-package-name signalbox --linux-app-category devel \
      --linux-menu-group Development --linux-shortcut --linux-deb-maintainer team@signalbox.dev \
      --linux-package-deps libgtk-3-0 --resource-dir "$icons/../resources" --icon "$icons/signalbox.png" ;;
  Darwin)
    exec "$jpackage" --type dmg "${common[@]}" --mac-package-identifier dev.signalbox.console \
      --mac-package-name Signalbox --icon "$icons/../macos/signalbox.icns" ;;
  MINGW*|MSYS*|CYGWIN*)
    exec "$jpackage" --type msi "${common[@]}" --win-menu --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6c5a4a7e-2f0e-4f1e-9b53-5b7d2f0c9a11 --icon "$icons/../windows/signalbox.ico" ;;
  *) echo "create-installer: no installer type for $(uname -s)" >&2; exit 1 ;;
esac
