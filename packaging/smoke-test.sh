#!/usr/bin/env bash
# Smoke test of the packaged command-line launcher, for CI after the package is built:
#   mvn -B -Ppackage,package-smoke verify          (or: packaging/smoke-test.sh target/installer/Signalbox)
# Runs bin/signalbox from the app image as a user would: --version, a usage error, `migrations history` against the
# expected output of a known history, `check --sandbox` (embedded PostgreSQL, no network); checks that the class-data
# archive maps (-Xshare:on fails otherwise), that the completion and man page are there, and, when the .deb was built,
# that it installs /usr/bin/signalbox, the completion and the man page and that its menu entry passes no argument.
set -euo pipefail
image=${1:?usage: smoke-test.sh APP_IMAGE_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
launcher="$image/bin/signalbox"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export SIGNALBOX_HOME="$home"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { echo "smoke test: $*"; }

step "--version"
"$launcher" --version | grep -q '^signalbox ' || fail "--version printed no version"

step "a usage error exits 2"
set +e; "$launcher" chekc >/dev/null 2>"$home/err"; code=$?; set -e
[ "$code" = 2 ] || fail "'signalbox chekc' exited $code, not 2"

step "migrations history prints what alembic history prints"
history="$root/src/test/resources/migrations/graph-branchy"
"$launcher" migrations history --dir "$history/versions" --no-git >"$home/history" || true
diff -u "$history/expected-history.txt" "$home/history" || fail "migrations history differs from the expected output"

step "check --sandbox"
"$launcher" check --sandbox >"$home/check" 2>&1 || { cat "$home/check" >&2; fail "check --sandbox exited non-zero"; }
grep -q 'OK *database' "$home/check" || { cat "$home/check" >&2; fail "check --sandbox did not report the database OK"; }

step "the class-data archive maps"
"$image/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$image/lib/app/signalbox.jsa" \
  -cp "$image/lib/app/signalbox.jar" dev.signalbox.Signalbox --version >/dev/null || fail "the archive cannot be used"

step "completion and man page"
grep -q '_complete_signalbox' "$image/lib/share/bash-completion/signalbox" || fail "no bash completion"
grep -q '^#compdef signalbox' "$image/lib/share/zsh/_signalbox" || fail "no zsh completion"
grep -q '^\.TH SIGNALBOX 1' "$image/lib/share/man/signalbox.1" || fail "no man page"

deb=$(ls -t "$image"/../signalbox_*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ]; then
  step "the .deb: $deb"
  dpkg-deb -c "$deb" >"$home/files"
  for f in ./usr/bin/signalbox ./usr/share/bash-completion/completions/signalbox ./usr/share/zsh/vendor-completions/_signalbox \
      ./usr/share/man/man1/signalbox.1.gz ./opt/signalbox/bin/signalbox ./opt/signalbox/lib/dump-cds-archive.sh; do
    grep -q " $f\( \|$\)" "$home/files" || fail "the .deb lacks $f"
  done
  dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/signalbox/lib/signalbox-Signalbox.desktop 2>/dev/null >"$home/desktop" \
    || dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$home" --wildcards './opt/signalbox/lib/*.desktop'
  desktop=$(cat "$home/desktop" "$home"/opt/signalbox/lib/*.desktop 2>/dev/null || true)
  echo "$desktop" | grep -q '^Exec=' || fail "the .deb has no menu entry"
  # through bin/signalbox, which keeps GTK from loading Mesa for nothing (GDK_GL, docs/performance.md)
  echo "$desktop" | grep '^Exec=' | grep -q '/bin/signalbox$' || fail "the menu entry bypasses bin/signalbox: $(echo "$desktop" | grep '^Exec=')"
  echo "$desktop" | grep '^Exec=' | grep -q '%' && fail "the menu entry passes an argument the window rejects: $(echo "$desktop" | grep '^Exec=')"
  dpkg-deb -I "$deb" postinst | grep -q dump-cds-archive || fail "the postinst does not make the archive"
fi
echo "smoke test: all passed"
