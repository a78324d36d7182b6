#!/usr/bin/env bash
# Regenerates every screenshot in docs/screenshots: each view, light and dark, each on the sandbox scenario that
# shows what the view is for. Needs Xvfb, ImageMagick and xdotool (apt-get install -y xvfb imagemagick xdotool
# libgtk-3-0). From the repository root:
#
#   mvn -q -B package -DskipTests && mvn -q -B test-compile && docs/screenshots/take-screenshots.sh [VIEW...]
# (the runbook view is delegated to runbook.sh, which also needs psql)
#
# Each shot: a fresh SIGNALBOX_HOME, the window at 0,0 on a 1440x900 screen, the console opened with
# --view/--theme/--scenario, a wait for the sandbox and the first polls, then a capture of the window's area.
# Two window sizes (SIZES, default "1440x900 1024x700": a desktop and a small laptop); 1440x900 keeps the names
# VIEW-THEME.png the README shows, the others are VIEW-THEME-WxH.png. DISPLAY_NUMBER (default 91) picks the display.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
cp="target/classes:target/lib/*"
views=("$@")
[ ${#views[@]} -gt 0 ] || views=(fleet overview health deployments migrations database variables audit profiles runbook)

read -r -a sizes <<< "${SIZES:-1440x900 1024x700}"
n=${DISPLAY_NUMBER:-91}
Xvfb ":$n" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=":$n"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done

scenario_for() {
  case "$1" in
    fleet) echo project ;;
    health) echo readiness-lies ;;
    database) echo blocked-migration ;;
    audit|profiles) echo healthy ;;
    *) echo death-loop ;;
  esac
}

for size in "${sizes[@]}"; do
 width=${size%x*}; height=${size#*x}
 suffix=$([ "$size" = 1440x900 ] && echo "" || echo "-$size")
 for view in "${views[@]}"; do
  if [ "$view" = runbook ] && [ -z "$suffix" ]; then
    # The runbook shots need a staged blocker and clicks: their own script.
    DISPLAY_NUMBER=":$((n - 1))" "$(dirname "$0")/runbook.sh"
    continue
  fi
  for theme in light dark; do
    home=$(mktemp -d)
    mkdir -p "$home/state" "$home/config/profiles"
    printf 'x=0\ny=0\nwidth=%s\nheight=%s\nmaximized=false\n' "$width" "$height" > "$home/state/window.properties"
    if [ "$view" = audit ]; then
      # A believable incident-4 recovery written through the real AuditLog (a masked secret included).
      SIGNALBOX_HOME="$home" java -cp "target/test-classes:$cp" -Dsignalbox.home="$home" dev.signalbox.ui.audit.AuditScreenshotData >/dev/null
    fi
    if [ "$view" = profiles ]; then
      cp resources/profiles/example.json "$home/config/profiles/facteur-api.json"
    fi
    SIGNALBOX_HOME="$home" java -Dprism.order=sw -cp "$cp" dev.signalbox.Signalbox \
        --view "$view" --theme "$theme" --scenario "$(scenario_for "$view")" >/dev/null 2>&1 &
    app=$!
    sleep "${SHOT_WAIT:-16}"
    import -window root -crop "${width}x${height}+0+0" +repage "$out/$view-$theme$suffix.png"
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    rm -rf "$home"
    echo "wrote $out/$view-$theme$suffix.png"
  done
 done
done
