#!/usr/bin/env bash
# The "Deploy settings" tile (Overview) and section (Variables) on the start-command-migrations scenario, light and
# dark. Same needs and set-up as take-screenshots.sh (Xvfb, ImageMagick); from the repository root:
#
#   mvn -q -B package -DskipTests && docs/screenshots/deploy-settings.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
cp="target/classes:target/lib/*"
display=${DISPLAY_NUMBER:-:92}

Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

for view in ${VIEWS:-overview variables}; do
  for theme in light dark; do
    home=$(mktemp -d)
    mkdir -p "$home/state" "$home/config/profiles"
    printf 'x=0\ny=0\nwidth=1400\nheight=900\nmaximized=false\n' > "$home/state/window.properties"
    SIGNALBOX_HOME="$home" java -Dprism.order=sw -cp "$cp" dev.signalbox.Signalbox \
        --view "$view" --theme "$theme" --scenario start-command-migrations >/dev/null 2>&1 &
    app=$!
    sleep "${SHOT_WAIT:-20}"
    import -window root "$out/deploy-settings-$view-$theme.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$home"
    echo "wrote $out/deploy-settings-$view-$theme.png"
  done
done
