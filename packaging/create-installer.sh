#!/usr/bin/env bash
# Builds the platform's installer from the app image (so it carries the CDS archive): .deb on Linux, .dmg on
# macOS, .msi on Windows (needs WiX 3 on the PATH). Called by `mvn -Ppackage package` after the app image.
# On Linux the .deb is then completed (finish_deb below): /usr/bin/signalbox, bash and zsh completion, the man page,
# and the class-data archive made again at /opt/signalbox by the postinst.
#   create-installer.sh APP_IMAGE_DIR DEST_DIR VERSION ICON_DIR
set -euo pipefail
image=${1:?APP_IMAGE_DIR}; dest=${2:?DEST_DIR}; version=${3:?VERSION}; icons=${4:?ICON_DIR}

# jpackage installs the app image under /opt/signalbox and nothing under /usr; the command-line parts are added by
# unpacking the .deb and building it again, so that dpkg owns every file (dpkg -S /usr/bin/signalbox).
finish_deb() {
  local deb work app=opt/signalbox
  deb=$(ls -t "$dest"/signalbox_*.deb | head -1)
  work=$(mktemp -d)
  dpkg-deb -R "$deb" "$work"
  # JDK 17 accepts a class-data archive only where it was made: the postinst makes it again under /opt/signalbox.
  rm -f "$work/$app/lib/app/signalbox.jsa"
  sed -i '/SharedArchiveFile/d' "$work/$app/lib/app/Signalbox.cfg"
  install -d "$work/usr/bin" "$work/usr/share/bash-completion/completions" "$work/usr/share/zsh/vendor-completions" \
    "$work/usr/share/man/man1"
  ln -s "/$app/bin/signalbox" "$work/usr/bin/signalbox"
  install -m 644 "$image/lib/share/bash-completion/signalbox" "$work/usr/share/bash-completion/completions/signalbox"
  install -m 644 "$image/lib/share/zsh/_signalbox" "$work/usr/share/zsh/vendor-completions/_signalbox"
  gzip -9n -c "$image/lib/share/man/signalbox.1" >"$work/usr/share/man/man1/signalbox.1.gz"
  chmod 644 "$work/usr/share/man/man1/signalbox.1.gz"
  sed -i "0,/^exit 0/s||/$app/lib/dump-cds-archive.sh /$app \|\| true\nexit 0|" "$work/DEBIAN/postinst"
  sed -i "0,/^exit 0/s||rm -f /$app/lib/app/signalbox.jsa\nexit 0|" "$work/DEBIAN/prerm"
  if [ -f "$work/DEBIAN/md5sums" ]; then
    (cd "$work" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum) >"$work/DEBIAN/md5sums"
  fi
  sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --exclude=DEBIAN "$work" | cut -f1)/" "$work/DEBIAN/control"
  dpkg-deb --root-owner-group -b "$work" "$deb" >/dev/null
  rm -rf "$work"
  echo "create-installer: $deb with /usr/bin/signalbox, completion for bash and zsh, man page"
}

jpackage=${JAVA_HOME:+$JAVA_HOME/bin/}jpackage
common=(--app-image "$image" --dest "$dest" --name Signalbox --app-version "$version" --vendor Signalbox
        --description "Ops console for FastAPI + PostgreSQL + Alembic services on Railway" --copyright Signalbox)
case "$(uname -s)" in
  Linux)
    "$jpackage" --type deb "${common[@]}" --linux-package-name signalbox --linux-app-category devel \
      --linux-menu-group Development --linux-shortcut --linux-deb-maintainer team@signalbox.dev \
      --linux-package-deps libgtk-3-0 --resource-dir "$icons/../resources" --icon "$icons/signalbox.png"
    finish_deb ;;
  Darwin)
    exec "$jpackage" --type dmg "${common[@]}" --mac-package-identifier dev.signalbox.console \
      --mac-package-name Signalbox --icon "$icons/../macos/signalbox.icns" ;;
  MINGW*|MSYS*|CYGWIN*)
    exec "$jpackage" --type msi "${common[@]}" --win-menu --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6c5a4a7e-2f0e-4f1e-9b53-5b7d2f0c9a11 --icon "$icons/../windows/signalbox.ico" ;;
  *) echo "create-installer: no installer type for $(uname -s)" >&2; exit 1 ;;
esac
