#!/usr/bin/env bash
# Completes the app image that jpackage made (called by `mvn -Ppackage package` before the installer):
#  - bin/signalbox, the command-line launcher (packaging/linux/signalbox);
#  - lib/share: bash and zsh completion and the man page, generated from the command-line model (CommandLineDocs);
#  - the AppCDS archive for the commands and the window (create-cds-archive.sh).
#   finish-app-image.sh APP_IMAGE_DIR MIGRATIONS_DIR
set -euo pipefail
image=${1:?usage: finish-app-image.sh APP_IMAGE_DIR MIGRATIONS_DIR}
migrations=${2:?usage: finish-app-image.sh APP_IMAGE_DIR MIGRATIONS_DIR}
here=$(cd "$(dirname "$0")" && pwd)
install -m 755 "$here/linux/signalbox" "$image/bin/signalbox"
"$image/lib/runtime/bin/java" -cp "$image/lib/app/signalbox.jar" dev.signalbox.CommandLineDocs "$image/lib/share"
"$here/create-cds-archive.sh" "$image" "$migrations"
