#!/usr/bin/env bash
# Screenshots of the Deployments and Variables views in both themes, against the death-loop sandbox
# (a CRASHED deployment after ~5 s). Needs Xvfb, xdotool and ImageMagick's import; run from the repository root
# after `mvn -q -o package -DskipTests`. Writes docs/screenshots/{deployments,variables}-{light,dark}.png.
set -euo pipefail
DISPLAY_NUMBER=${DISPLAY_NUMBER:-:96}
Xvfb "$DISPLAY_NUMBER" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$DISPLAY_NUMBER
for theme in light dark; do
  home=$(mktemp -d)
  mkdir -p "$home/state"
  echo '{"x":0,"y":0,"width":1400,"height":900,"maximized":false,"section":"DEPLOYMENTS"}' > "$home/state/window.json"
  SIGNALBOX_HOME=$home java -cp "target/classes:target/lib/*" dev.signalbox.Signalbox --theme "$theme" --scenario death-loop \
      >"$home/console.log" 2>&1 &
  app=$!
  sleep "${WAIT_SECONDS:-20}"
  window=$(xdotool search --name '^Signalbox$' | head -1)
  import -window root "docs/screenshots/deployments-$theme.png"
  xdotool key --window "$window" ctrl+6
  sleep 2
  import -window root "docs/screenshots/variables-$theme.png"
  kill $app
  wait $app 2>/dev/null || true
  rm -rf "$home"
done
