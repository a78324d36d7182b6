#!/usr/bin/env bash
# Idle cost of the console window watching the built-in sandbox (healthy scenario): CPU of the window's JVM over a
# measuring period, and its resident memory (ps -o rss) at the end. Figures go to docs/performance.md.
#
#   packaging/measure-idle.sh [WARMUP_S] [MEASURE_S] [-- COMMAND...]
#
# WARMUP_S (default 60): time for the sandbox to start and the first polls to settle before measuring.
# MEASURE_S (default 60): the period over which CPU is read from /proc/PID/stat (utime+stime of the JVM only: the
#   sandbox's PostgreSQL runs in its own processes and is not counted).
# COMMAND: how to start the window (default: the app image's launcher when built, else the plain jar); extra JVM
#   options for the plain jar can be given in JAVA_OPTS.
# Without a DISPLAY it starts Xvfb (apt-get install -y xvfb libgtk-3-0) on display :93 (DISPLAY_NUMBER overrides).
# Prints "rss-mb=N cpu-percent=N.N" as its last line (percent of one core).
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-60}; measure=${2:-60}
shift $(( $# >= 2 ? 2 : $# )) || true
[ "${1:-}" = "--" ] && shift
if [ $# -gt 0 ]; then
  cmd=("$@")
elif [ -x target/installer/Signalbox/bin/Signalbox ]; then
  cmd=(target/installer/Signalbox/bin/Signalbox)
else
  # shellcheck disable=SC2206
  cmd=(java ${JAVA_OPTS:-} -cp "target/signalbox.jar:target/lib/*" dev.signalbox.Signalbox)
fi

cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  [ -n "${home:-}" ] && rm -rf "$home"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  n=${DISPLAY_NUMBER:-93}
  # a display that a previous run's Xvfb is still releasing would make this one fail to start
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=":$n"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi
home=$(mktemp -d)
SIGNALBOX_HOME="$home" "${cmd[@]}" >"$home/out.txt" 2>&1 &
app=$!
sleep "$warmup"
kill -0 "$app" 2>/dev/null || { echo "the window exited during the warm-up:" >&2; tail -20 "$home/out.txt" >&2; exit 1; }
# The launcher may exec the JVM or start it as a child: measure the process that holds libjvm.
pid=$app
for p in $app $(pgrep -P "$app" || true); do grep -q libjvm "/proc/$p/maps" 2>/dev/null && pid=$p && break; done
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); s0=$(date +%s.%N)
sleep "$measure"
t1=$(ticks); s1=$(date +%s.%N)
rss=$(ps -o rss= -p "$pid" | tr -d ' ')
# file-backed pages (the class-data archive, GTK and GL libraries) are shared and clean; anonymous ones are the JVM's own
grep -E '^(RssAnon|RssFile)' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ' '; echo
awk -v t="$((t1 - t0))" -v hz="$hz" -v a="$s0" -v b="$s1" -v rss="$rss" -v w="$warmup" \
  'BEGIN { printf "after %d s warm-up, over %.0f s: cpu %.2f s\nrss-mb=%d cpu-percent=%.1f\n", w, b - a, t / hz, rss / 1024, 100 * t / hz / (b - a) }'
