#!/usr/bin/env bash
# Screenshots of the Runbook view against the death-loop sandbox, with an idle-in-transaction session holding a lock
# on the table the migration alters (incident 2), so the migrate step waits (lock tree beside the log, light) and then
# stops on lock_timeout with its way out (dark). Needs Xvfb, xdotool, psql and ImageMagick's import; run from the
# repository root after `mvn -q -o package -DskipTests`. Writes docs/screenshots/runbook-{light,dark}.png.
set -euo pipefail
DISPLAY_NUMBER=${DISPLAY_NUMBER:-:93}
Xvfb "$DISPLAY_NUMBER" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$DISPLAY_NUMBER
tmp=${TMPDIR:-/tmp}

step_status() {  # HOME STEP -> the step's saved status, or nothing yet
  python3 - "$1" "$2" <<'PY' 2>/dev/null || true
import json, sys, glob
for f in glob.glob(sys.argv[1] + "/state/runbooks/*.json"):
    p = json.load(open(f))
    print(next(s["status"] for s in p["steps"] if s["id"] == sys.argv[2]))
PY
}

wait_for() {  # HOME STEP STATUS SECONDS
  for _ in $(seq 1 $(($4 * 4))); do
    [ "$(step_status "$1" "$2")" = "$3" ] && return 0
    sleep 0.25
  done
  echo "step $2 never reached $3" >&2
  return 1
}

for theme in light dark; do
  home=$(mktemp -d)
  mkdir -p "$home/state"
  printf 'x=0\ny=0\nwidth=1360\nheight=860\nmaximized=false\nsection=RUNBOOK\n' > "$home/state/window.properties"
  before=$(ls -d "$tmp"/signalbox-sandbox-* 2>/dev/null | sort || true)
  # The sandbox's folder in $tmp (Java ignores TMPDIR): with TMPDIR set, another sandbox started meanwhile in /tmp
  # (a test run on a shared machine) cannot be taken for this one.
  SIGNALBOX_HOME=$home java -Djava.io.tmpdir="$tmp" -cp "target/classes:target/lib/*" dev.signalbox.Signalbox --theme "$theme" --scenario death-loop \
      >"$home/console.log" 2>&1 &
  app=$!
  sleep "${WAIT_SECONDS:-15}"
  sandbox=$(comm -13 <(echo "$before") <(ls -d "$tmp"/signalbox-sandbox-* | sort) | head -1)
  url=$(python3 -c 'import json,sys,glob; print(json.load(open(glob.glob(sys.argv[1]+"/sandbox-*.json")[0]))["database"]["directUrl"])' "$sandbox")
  # The blocker: reads one row, then stays idle in its transaction (holding ACCESS SHARE) until killed.
  (echo "BEGIN; SELECT id FROM user_personalization LIMIT 1;"; sleep 120) | psql -q "$url" >/dev/null &
  blocker=$!
  xdotool mousemove 1097 141 click 1     # Start (top right of the runbook, beside Pause and Abort)
  sleep 2
  # Apply, in the confirmation dialog: by keyboard (focus starts on Cancel, Apply is next), not by position, since
  # the dialog's height follows its content.
  xdotool key Tab space
  if [ "$theme" = light ]; then
    wait_for "$home" migrate RUNNING 60
    for _ in $(seq 1 80); do             # until the migration waits on the lock (lock_timeout gives it 5 s) ...
      [ "$(psql -tAq "$url" -c "select count(*) from pg_stat_activity where wait_event_type = 'Lock'")" -gt 0 ] && break
      sleep 0.1
    done
    sleep 2.5                            # ... and the console's database poll (every 2 s) has seen it
  else
    wait_for "$home" migrate FAILED 60
    sleep 1
  fi
  import -window root "docs/screenshots/runbook-$theme.png"
  kill $blocker $app 2>/dev/null || true
  wait $app 2>/dev/null || true
  rm -rf "$home"
done
