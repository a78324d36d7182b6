#!/usr/bin/env bash
# Screenshots of the Migrations view's Rehearse action on the blocked-migration sandbox (incident 2): a session idle in
# transaction holds a lock on user_personalization, so the pending FK swap "would block now: behind pid N". Needs Xvfb,
# xdotool and ImageMagick's import; run from the repository root after `mvn -q -B package -DskipTests`.
# Writes docs/screenshots/migrations-rehearsal-{light,dark}.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
DISPLAY_NUMBER=${DISPLAY_NUMBER:-:94}
Xvfb "$DISPLAY_NUMBER" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$DISPLAY_NUMBER
tmp=${TMPDIR:-/tmp}
# Where the banner's Rehearse button is in a 1400x900 window at 0,0 (left of the refresh button).
BUTTON_X=${BUTTON_X:-1285}
BUTTON_Y=${BUTTON_Y:-92}

rehearsals() { ls -d "$tmp"/signalbox-sandbox-rehearsal-* 2>/dev/null | wc -l; }

for theme in ${THEMES:-light dark}; do
  home=$(mktemp -d)
  mkdir -p "$home/state"
  printf 'x=0\ny=0\nwidth=1400\nheight=900\nmaximized=false\n' > "$home/state/window.properties"
  SIGNALBOX_HOME=$home java -Dprism.order=sw -cp "target/classes:target/lib/*" dev.signalbox.Signalbox --view migrations \
      --theme "$theme" --scenario blocked-migration >"$home/console.log" 2>&1 &
  app=$!
  sleep "${WAIT_SECONDS:-16}"
  xdotool mousemove "$BUTTON_X" "$BUTTON_Y" click 1
  # The rehearsal's copy lives in its own temporary folder: wait for it to appear, then to be removed (the end).
  for _ in $(seq 1 100); do [ "$(rehearsals)" -gt 0 ] && break; sleep 0.1; done
  for _ in $(seq 1 1200); do [ "$(rehearsals)" -eq 0 ] && break; sleep 0.1; done
  sleep 1
  import -window root "docs/screenshots/migrations-rehearsal-$theme.png"
  kill $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  rm -rf "$home"
  echo "wrote docs/screenshots/migrations-rehearsal-$theme.png"
done
